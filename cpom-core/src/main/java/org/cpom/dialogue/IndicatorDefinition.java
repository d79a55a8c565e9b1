package org.cpom.dialogue;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.referential.EsmsCategory;
import org.immutables.value.Value;

/**
 * The definition of one indicator of the dialogue de gestion (fiche indicateur): a stable key, its French label,
 * its numerator, its denominator when it is a rate, its unit and period, the ESMS categories it applies to and its
 * source with its status ({@link Convention#INDICATOR_CATALOGUE}).
 *
 * <p>The key is lower-case letters, digits, dots and hyphens, starting with a letter, at most 100 characters
 * ({@code activity.occupancy-rate}); a rate has a denominator, an indicator of another unit may have none. At
 * least one category. Build one with {@link #builder()}: every field but the denominator is required.
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
@Value.Immutable
public abstract class IndicatorDefinition {
  static final LegalBasis RULE = LegalBasis.convention(Convention.INDICATOR_CATALOGUE);
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9.-]{0,99}");

  IndicatorDefinition() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorDefinition}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableIndicatorDefinition.Builder {
    Builder() {}
  }

  /**
   * The stable key.
   *
   * @return the key, such as {@code activity.occupancy-rate}
   */
  public abstract String key();

  /**
   * The French label (libellé), as the annex of the contract writes it.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * What is counted or summed.
   *
   * @return the numerator, in words
   */
  public abstract String numerator();

  /**
   * What the numerator is divided by, for a rate.
   *
   * @return the denominator in words, if the indicator is a ratio
   */
  public abstract Optional<String> denominator();

  /**
   * The unit.
   *
   * @return the unit
   */
  public abstract IndicatorUnit unit();

  /**
   * When it is observed.
   *
   * @return the period
   */
  public abstract IndicatorPeriod period();

  /**
   * The ESMS categories it applies to.
   *
   * @return at least one category
   */
  public abstract Set<EsmsCategory> categories();

  /**
   * Where the definition comes from.
   *
   * @return the source with its status
   */
  public abstract IndicatorSource source();

  /**
   * Whether the indicator applies to a category of ESMS.
   *
   * @param category the category
   * @return true when it is one of {@link #categories()}
   */
  public boolean appliesTo(EsmsCategory category) {
    return categories().contains(java.util.Objects.requireNonNull(category, "category"));
  }

  @Value.Check
  void check() {
    String k = key();
    Checks.check(KEY.matcher(k).matches(), "indicatorDefinition.key", "\"" + (k.length() <= 40 ? k : k.substring(0, 40)
        + "...") + "\"", RULE, "expected lower-case letters, digits, dots and hyphens, starting with a letter, "
        + "at most 100 characters");
    Checks.notBlank(label(), "indicatorDefinition.label");
    Checks.notBlank(numerator(), "indicatorDefinition.numerator");
    denominator().ifPresent(d -> Checks.notBlank(d, "indicatorDefinition.denominator"));
    Checks.check(unit() != IndicatorUnit.RATE || denominator().isPresent(), "indicatorDefinition.denominator",
        "absent", RULE, "the rate " + k + " needs a denominator");
    Checks.check(!categories().isEmpty(), "indicatorDefinition.categories", "[]", RULE,
        "the indicator " + k + " applies to no ESMS category");
  }
}
