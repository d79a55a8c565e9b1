package org.cpom.contract;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;

/**
 * The budget framework of the ESMS of a contract, which decides the result-allocation regime.
 *
 * <p>EPRD (état prévisionnel des recettes et des dépenses): compulsory under L313-12 IV ter and L313-12-2,
 * chosen under L313-11; the gestionnaire allocates results within the contract (R314-234) and R314-51 to
 * R314-53 do not apply (R314-1). Traditional (budget prévisionnel and compte administratif): the authority
 * allocates (R314-51) unless the contract lets the gestionnaire do it (R314-43).
 */
public enum BudgetFramework implements Labelled {
  /** État prévisionnel des recettes et des dépenses, with its ERRD. */
  EPRD,
  /** Budget prévisionnel and compte administratif. */
  TRADITIONAL;

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
      case EPRD -> TraceLabels.pick(locale, "EPRD (état des prévisions de recettes et de dépenses)", "EPRD (état des prévisions de recettes et de dépenses)");
      case TRADITIONAL -> TraceLabels.pick(locale, "budget prévisionnel (procédure budgétaire classique)", "traditional budget (budget prévisionnel)");
    };
  }
}
