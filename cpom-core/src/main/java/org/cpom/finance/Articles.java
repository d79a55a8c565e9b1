package org.cpom.finance;

import org.cpom.Convention;
import org.cpom.LegalBasis;

/** The rules this package cites more than once. */
final class Articles {
  /** How cpom reads the financial tables from a trial balance. */
  static final LegalBasis FINANCIAL_ANALYSIS = LegalBasis.convention(Convention.FINANCIAL_ANALYSIS);
  /** The bilan financier: FRI / FRE, the R314-48 III BFR, the days of charges. */
  static final LegalBasis BILAN_FINANCIER = LegalBasis.convention(Convention.BILAN_FINANCIER);
  /** The besoin en fonds de roulement of CASF R314-48 III, its accounts read as the library does. */
  static final LegalBasis BFR_R314_48 = LegalBasis.casf("R314-48 III").readWith(Convention.BILAN_FINANCIER);
  /** The ratios the authority reads. */
  static final LegalBasis FINANCIAL_RATIOS = LegalBasis.convention(Convention.FINANCIAL_RATIOS);
  /** The sources of the ratio thresholds. */
  static final LegalBasis FINANCE_THRESHOLDS = LegalBasis.convention(Convention.FINANCE_THRESHOLDS);
  /** The tableau de financement. */
  static final LegalBasis TABLEAU_DE_FINANCEMENT = LegalBasis.convention(Convention.TABLEAU_DE_FINANCEMENT);

  /** How cpom reads the tests of the équilibre réel of an EPRD. */
  static final LegalBasis EQUILIBRE_REEL = LegalBasis.convention(Convention.EQUILIBRE_REEL);
  /** The tariff revenue of an EPRD is the amount notified. */
  static final LegalBasis TARIFF_REVENUE = LegalBasis.casf("R314-222 I 1°");
  /** The capital repayments are not financed by loans, except renegotiations. */
  static final LegalBasis NOT_BY_LOANS = LegalBasis.casf("R314-222 I 3°");
  /** The CAF covers the loan capital due in the year. */
  static final LegalBasis CAF_COVERS_CAPITAL = LegalBasis.casf("R314-222 I 4°");
  /** A compte in the CPOM may show a deficit compatible with the PGFP. */
  static final LegalBasis DEFICIT_IN_CPOM = LegalBasis.casf("R314-222 II 1°");
  /** A compte outside the CPOM or tariffed by the préfet is balanced. */
  static final LegalBasis BALANCED_OUTSIDE_CPOM = LegalBasis.casf("R314-222 II 2°");
  /** An activity of R314-74 is balanced or in surplus. */
  static final LegalBasis BALANCED_R314_74 = LegalBasis.casf("R314-222 II 3°");
  /** A DM is presented within a month, and how cpom counts the month. */
  static final LegalBasis DM_DUE = LegalBasis.casf("R314-229 II");
  /** How cpom counts the month of R314-229 II. */
  static final LegalBasis DM_MONTH = LegalBasis.convention(Convention.DECISION_MODIFICATIVE_MONTH);
  /** The updated CAF no longer covers the capital due. */
  static final LegalBasis DM_CAF = LegalBasis.casf("R314-229 III 1°");
  /** The updated prélèvement exceeds the FRNG at 1 January. */
  static final LegalBasis DM_PRELEVEMENT = LegalBasis.casf("R314-229 III 2°");

  private Articles() {}
}
