package org.cpom.contract;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import org.cpom.LegalBasis;

/**
 * The article of law a CPOM is signed under. It decides which tariff modes are allowed (R314-39-1) and,
 * with {@link BudgetFramework}, which result-allocation regime applies (R314-1).
 */
public enum CpomBasis implements Labelled {
  /** CASF L313-11: the general CPOM, optional; traditional budget unless the EPRD is chosen. */
  L313_11("L313-11"),
  /** CASF L313-12 IV ter: EHPAD (and some other) CPOMs signed with the ARS and the Département; EPRD. */
  L313_12_IV_TER("L313-12 IV ter"),
  /** CASF L313-12-2: ESMS for disabled people under the ARS; EPRD. */
  L313_12_2("L313-12-2");

  private final String article;

  CpomBasis(String article) {
    this.article = article;
  }

  /**
   * The article, as a legal basis.
   *
   * @return e.g. "CASF L313-12-2"
   */
  public LegalBasis legalBasis() {
    return LegalBasis.casf(article);
  }

  /**
   * Whether the EPRD is the budget framework by law (IV ter and L313-12-2, R314-1); an L313-11 contract
   * uses it only when chosen.
   *
   * @return true for IV ter and L313-12-2
   */
  public boolean requiresEprd() {
    return this != L313_11;
  }

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
      case L313_11 -> TraceLabels.pick(locale, "CPOM de l'article L313-11", "CPOM under L313-11");
      case L313_12_IV_TER -> TraceLabels.pick(locale, "CPOM de l'article L313-12 IV ter", "CPOM under L313-12 IV ter");
      case L313_12_2 -> TraceLabels.pick(locale, "CPOM de l'article L313-12-2", "CPOM under L313-12-2");
    };
  }
}
