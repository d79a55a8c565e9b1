package org.cpom.finance;

import org.cpom.Convention;
import org.cpom.LegalBasis;

/** The rules this package cites more than once. */
final class Articles {
  /** How cpom reads the financial tables from a trial balance. */
  static final LegalBasis FINANCIAL_ANALYSIS = LegalBasis.convention(Convention.FINANCIAL_ANALYSIS);

  private Articles() {}
}
