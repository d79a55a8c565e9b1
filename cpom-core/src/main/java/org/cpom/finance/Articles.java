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

  private Articles() {}
}
