package org.cpom.contract;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.cpom.internal.Checks;
import org.cpom.money.Rate;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * An indicator of a fiche-action: what is measured, its baseline (valeur de départ, from the diagnostic),
 * and its target for the contract years that have one.
 *
 * <p><b>Achievement rate.</b> For a year with a target, the achievement of an observed value is
 * {@code (observed - baseline) / (target - baseline)}: 0 at the baseline, 1 (100 %) at the target, above 1
 * beyond it, below 0 when the value moved the wrong way. The formula reads the same whether higher or lower
 * is better, because the target sits on the better side of the baseline; that is why a target on the worse
 * side is rejected. When the target equals the baseline (the aim is to hold a level), the formula has no
 * denominator: the achievement is then 1 when the observed value meets the target in the indicator's
 * {@link Direction} and 0 when it does not. The ratio is exact when it terminates, otherwise rounded to
 * {@value #PRECISION} significant digits HALF_UP; it is never capped. The baseline, the targets and an observed
 * value have at most 64 significant digits and an order of magnitude within {@code 10^-40} to {@code 10^40}
 * ({@link org.cpom.Convention#BOUNDED_DECIMALS}: bounded decimals), so that no value makes the ratio do unbounded work.
 *
 * <p>Targets need not cover every year (an indicator may have a final target only); their years must be
 * contract years, which the {@link Cpom} checks.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {
  /** Significant digits kept when an achievement rate does not terminate. */
  public static final int PRECISION = 10;

  static final LegalBasis RULE = LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("fiche-action indicator");

  /** Which way an indicator improves. */
  public enum Direction implements Labelled {
    /** Higher values are better, e.g. an occupancy rate. */
    HIGHER_IS_BETTER,
    /** Lower values are better, e.g. an absenteeism rate or a waiting time. */
    LOWER_IS_BETTER;

    /**
     * The label in French or English.
     *
     * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     * @return the label
     * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
     */
    @Override
    public String label(Locale locale) {
      return switch (this) {
        case HIGHER_IS_BETTER -> TraceLabels.pick(locale, "plus haut est meilleur", "higher is better");
        case LOWER_IS_BETTER -> TraceLabels.pick(locale, "plus bas est meilleur", "lower is better");
      };
    }
  }

  Indicator() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * The identifier, unique within the fiche-action, e.g. "I1".
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * What is measured.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * The unit, e.g. "%", "days", "persons"; empty when the value is a plain count.
   *
   * @return the unit
   */
  @Value.Default
  public String unit() {
    return "";
  }

  /**
   * Which way the indicator improves; higher is better unless stated.
   *
   * @return the direction
   */
  @Value.Default
  public Direction direction() {
    return Direction.HIGHER_IS_BETTER;
  }

  /**
   * The value at the start, from the diagnostic partagé.
   *
   * @return the baseline
   */
  public abstract BigDecimal baseline();

  /**
   * The target by contract year number (1 for the first year), in year order.
   *
   * @return the targets, at least one
   */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, BigDecimal> targets();

  /**
   * The target of a contract year.
   *
   * @param contractYear the year's number
   * @return the target, or empty if the contract sets none for that year
   */
  public Optional<BigDecimal> target(int contractYear) {
    return Optional.ofNullable(targets().get(contractYear));
  }

  /**
   * Whether an observed value meets a target in this indicator's direction ({@code >=} when higher is
   * better, {@code <=} when lower is better).
   *
   * @param target the target
   * @param observed the observed value
   * @return true if the target is met
   */
  public boolean meets(BigDecimal target, BigDecimal observed) {
    BigDecimal t = Checks.plain(Checks.bounded(target, "target"));
    int c = Checks.plain(Checks.bounded(observed, "observed")).compareTo(t);
    return direction() == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
  }

  /**
   * The achievement rate of an observed value against the target of a contract year (formula in the class
   * comment).
   *
   * @param contractYear the year's number
   * @param observed the observed value
   * @return the rate, or empty if the year has no target
   */
  public Optional<Rate> achievement(int contractYear, BigDecimal observed) {
    BigDecimal plain = Checks.plain(Checks.bounded(observed, "observed"));
    return target(contractYear).map(t -> achievement(t, plain));
  }

  Rate achievement(BigDecimal target, BigDecimal observed) {
    BigDecimal span = target.subtract(baseline());
    if (span.signum() == 0) {
      return meets(target, observed) ? Rate.ONE : Rate.ZERO;
    }
    return Rate.ratio(observed.subtract(baseline()), span, PRECISION, RoundingMode.HALF_UP);
  }

  @Value.Check
  Indicator check() {
    // a BigDecimal subclass could compare as it likes: the value keeps plain copies, checked in their turn
    if (!Checks.isPlain(baseline()) || !targets().values().stream().allMatch(Checks::isPlain)) {
      Map<Integer, BigDecimal> plain = new java.util.TreeMap<>();
      targets().forEach((year, target) -> plain.put(year, Checks.plain(target)));
      return builder().from(this).baseline(Checks.plain(baseline())).targets(plain).build();
    }
    Checks.notBlank(id(), "indicator.id");
    Checks.notBlank(label(), "indicator.label");
    Checks.bounded(baseline(), "indicator.baseline");
    targets().forEach((year, target) -> Checks.bounded(target, "indicator.targets"));
    Checks.check(!targets().isEmpty(), "indicator.targets", id() + " {}", RULE, "an indicator needs at least one target");
    for (Map.Entry<Integer, BigDecimal> e : targets().entrySet()) {
      Checks.check(e.getKey() >= 1, "indicator.targets", id() + " year " + e.getKey(), RULE,
          "contract years are numbered from 1");
      int side = e.getValue().compareTo(baseline());
      boolean better = direction() == Direction.HIGHER_IS_BETTER ? side >= 0 : side <= 0;
      Checks.check(better, "indicator.targets", id() + " year " + e.getKey() + " = " + e.getValue(), RULE,
          "the target is on the worse side of the baseline " + baseline() + " for " + direction()
              + ", which would make the achievement rate meaningless");
    }
    return this;
  }
}
