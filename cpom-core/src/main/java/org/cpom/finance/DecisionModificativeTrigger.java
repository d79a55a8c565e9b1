package org.cpom.finance;

import java.util.Locale;
import org.cpom.LegalBasis;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * What makes a décision modificative of an EPRD due: the two conditions under which CASF R314-229 III deems the
 * « économie générale du budget » upset, so that a DM is presented within a month (R314-229 II).
 */
public enum DecisionModificativeTrigger implements Labelled {
  /** The updated CAF does not cover the loan capital falling due in the year (R314-229 III 1°). */
  CAF_BELOW_CAPITAL_DUE(Articles.DM_CAF),
  /** The updated prélèvement sur le fonds de roulement exceeds the FRNG available on 1 January (R314-229 III 2°). */
  PRELEVEMENT_ABOVE_FRNG(Articles.DM_PRELEVEMENT);

  private final LegalBasis legalBasis;

  DecisionModificativeTrigger(LegalBasis legalBasis) {
    this.legalBasis = legalBasis;
  }

  /**
   * The article that sets the condition.
   *
   * @return the basis
   */
  public LegalBasis legalBasis() {
    return legalBasis;
  }

  /**
   * The label in French or English.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case CAF_BELOW_CAPITAL_DUE -> TraceLabels.pick(locale,
          "capacité d'autofinancement actualisée insuffisante pour couvrir le remboursement en capital des emprunts",
          "updated CAF below the loan capital due");
      case PRELEVEMENT_ABOVE_FRNG -> TraceLabels.pick(locale,
          "prélèvement actualisé sur le fonds de roulement supérieur au FRNG disponible au 1er janvier",
          "updated prélèvement sur fonds de roulement above the FRNG at 1 January");
    };
  }
}
