package org.cpom.dialogue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.referential.EsmsCategory;
import org.cpom.trace.TraceLabels;
import org.immutables.value.Value;

/**
 * The definition of the part des « Creton » a result uses ({@link Convention#CRETON_SHARE}): no official formula was
 * found, so each choice is a parameter with the library's default.
 *
 * <ul>
 *   <li>{@link #minimumAge()}: 20 by default, the age of CASF L242-4; a higher age limit of the agreement where
 *       there is one. The age is taken on 31 December, or on the last day of the stay in the year for a person
 *       who left.
 *   <li>{@link #decisionRequired()}: true by default, a person counts only when the record says the placement is
 *       prolonged under L242-4; false counts on age alone, the proxy an ARS script uses (secondary).
 *   <li>{@link #count()}: the people in the effectif on 31 December by default, or the file active, or the days
 *       of presence of the year (the denominator is then the same count over every record).
 *   <li>{@link #categories()}: IME, IEM, EEAP and SESSAD by default, the children's establishments and services of L312-1 I 2° that the referential lets keep young adults.
 * </ul>
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
@Value.Immutable
public abstract class CretonDefinition {
  /** The age of CASF L242-4. */
  public static final int LEGAL_AGE = 20;

  private static final CretonDefinition LIBRARY_DEFAULT = builder().build();

  CretonDefinition() {}

  /**
   * The library's default definition.
   *
   * @return 20 or older on 31 December, placement prolonged under L242-4, over the effectif on 31 December, in an
   *     IME, IEM, EEAP or SESSAD
   */
  public static CretonDefinition libraryDefault() {
    return LIBRARY_DEFAULT;
  }

  /**
   * A builder starting from the library's default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CretonDefinition}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableCretonDefinition.Builder {
    Builder() {}
  }

  /**
   * The age from which a person kept counts.
   *
   * @return 16 to 30, {@value #LEGAL_AGE} by default
   */
  @Value.Default
  public int minimumAge() {
    return LEGAL_AGE;
  }

  /**
   * Whether the record must say the placement is prolonged under L242-4.
   *
   * @return true by default
   */
  @Value.Default
  public boolean decisionRequired() {
    return true;
  }

  /**
   * What the share counts.
   *
   * @return {@link PeopleCount#EFFECTIF_31_DECEMBER} by default
   */
  @Value.Default
  public PeopleCount count() {
    return PeopleCount.EFFECTIF_31_DECEMBER;
  }

  /**
   * The categories of ESMS the share applies to.
   *
   * @return IME, IEM, EEAP and SESSAD by default
   */
  @Value.Default
  public Set<EsmsCategory> categories() {
    return EnumSet.of(EsmsCategory.IME, EsmsCategory.IEM, EsmsCategory.EEAP, EsmsCategory.SESSAD);
  }

  /**
   * Whether this is the library's default definition.
   *
   * @return true when every parameter has its default
   */
  public boolean isLibraryDefault() {
    return equals(LIBRARY_DEFAULT);
  }

  /**
   * The definition in words, as a result names it.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the definition, with the convention and whether it is the library's default
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  public String text(Locale locale) {
    String id = Convention.CRETON_SHARE.id();
    String fr = "personnes âgées de " + minimumAge() + " ans ou plus"
        + (decisionRequired() ? ", maintenues au titre du CASF L242-4" : " (âge seul, sans la décision L242-4)")
        + ", " + count().label(Locale.FRENCH) + " ; " + (isLibraryDefault() ? "définition par défaut " : "définition ")
        + id;
    String en = "people aged " + minimumAge() + " or more"
        + (decisionRequired() ? ", kept under CASF L242-4" : " (age alone, without the L242-4 decision)")
        + ", " + count().label(Locale.ENGLISH) + "; " + (isLibraryDefault() ? "library default " : "definition ") + id;
    return TraceLabels.pick(locale, fr, en);
  }

  @Value.Check
  void check() {
    LegalBasis rule = LegalBasis.convention(Convention.CRETON_SHARE);
    Checks.check(minimumAge() >= 16 && minimumAge() <= 30, "cretonDefinition.minimumAge", minimumAge(), rule,
        "expected 16 to 30 (CASF L242-4: 20, or the higher age limit of the agreement)");
    Checks.check(!categories().isEmpty(), "cretonDefinition.categories", "[]", rule, "applies to no ESMS category");
  }
}
