package org.cpom.contract;

import java.util.Locale;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * One line of the contract's financial clause: for a groupe fonctionnel, or for a section tarifaire (EHPAD,
 * and the sections of a jointly funded ESMS), the mode by which the yearly tariff is set (CASF R314-40,
 * modes 1° to 4°).
 *
 * <p>A line applies to one ESMS of the perimeter, or, with no ESMS named, to every ESMS of the perimeter that
 * has no line of its own for the same group or section. The {@link Cpom} checks that the named ESMS is in
 * the perimeter, that a section line names a section the ESMS is funded by, and that mode 3° (annual
 * amendments) is not used in an L313-12 IV ter or L313-12-2 contract (R314-39-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TariffModeClause {
  static final LegalBasis RULE = LegalBasis.casf("R314-40");

  TariffModeClause() {}

  /**
   * A line for a groupe fonctionnel, applying to every ESMS of the perimeter.
   *
   * @param groupe the groupe fonctionnel
   * @param mode the R314-40 mode
   * @return the line
   */
  public static TariffModeClause of(GroupeFonctionnel groupe, TariffMode mode) {
    return builder().groupe(groupe).mode(mode).build();
  }

  /**
   * A line for a section tarifaire, applying to every ESMS of the perimeter funded by that section.
   *
   * @param section the section, not {@link SectionTarifaire#GLOBAL}
   * @param mode the R314-40 mode
   * @return the line
   */
  public static TariffModeClause of(SectionTarifaire section, TariffMode mode) {
    return builder().section(section).mode(mode).build();
  }

  /**
   * A builder, to name an ESMS or state the terms of a formula.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TariffModeClause}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableTariffModeClause.Builder {
    Builder() {}
  }

  /**
   * The ESMS the line applies to, by FINESS géographique.
   *
   * @return the ESMS, or empty for every ESMS of the perimeter
   */
  public abstract Optional<FinessNumber> esms();

  /**
   * The groupe fonctionnel, for a line by group.
   *
   * @return the group, or empty for a line by section
   */
  public abstract Optional<GroupeFonctionnel> groupe();

  /**
   * The section tarifaire, for a line by section.
   *
   * @return the section, or empty for a line by group
   */
  public abstract Optional<SectionTarifaire> section();

  /**
   * The R314-40 mode.
   *
   * @return the mode
   */
  public abstract TariffMode mode();

  /**
   * The terms written in the contract for the mode, e.g. the formula of mode 2° ("+1.2 % a year on groups I
   * and III") or the equation of mode 4°.
   *
   * @return the terms, or empty
   */
  public abstract Optional<String> terms();

  /**
   * What the line is about, as text: the group or the section, by its constant's name (as the messages of the
   * contract's checks name it); {@link #target(Locale)} gives its label.
   *
   * @return e.g. "CHARGES_II_PERSONNEL" or "section SOINS"
   */
  public String target() {
    return groupe().map(Enum::name).orElseGet(() -> "section " + section().orElseThrow().name());
  }

  /**
   * What the line is about, in French or English: the label of its groupe fonctionnel, or the label of its
   * section tarifaire after the word "section".
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return e.g. "groupe II, dépenses afférentes au personnel" or "section soins" in French
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  public String target(Locale locale) {
    return groupe().map(g -> g.label(locale))
        .orElseGet(() -> "section " + section().orElseThrow().label(locale));
  }

  @Value.Check
  void check() {
    Checks.check(groupe().isPresent() != section().isPresent(), "financialClause.target",
        groupe().map(Object::toString).orElse("") + section().map(Object::toString).orElse(""), RULE,
        "a line is either by groupe fonctionnel or by section tarifaire, exactly one of the two");
    Checks.check(section().filter(s -> s == SectionTarifaire.GLOBAL).isEmpty(), "financialClause.section",
        SectionTarifaire.GLOBAL, RULE, "GLOBAL is not a section tarifaire: set a single-funded budget by groupe fonctionnel");
    Checks.check(section().filter(s -> s == SectionTarifaire.CRETON).isEmpty(), "financialClause.section",
        SectionTarifaire.CRETON, Articles.R314_115, "a Creton part is not a section tarifaire: it is the revenue billed to a"
            + " Département on the last closed exercice, not updated by the contract");
    terms().ifPresent(t -> Checks.notBlank(t, "financialClause.terms"));
  }
}
