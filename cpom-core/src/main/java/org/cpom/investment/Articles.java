package org.cpom.investment;

import org.cpom.LegalBasis;

/** The rules this package cites more than once. */
final class Articles {
  /** CASF R314-213: the EPRD's plan global de financement pluriannuel over a sliding six years. */
  static final LegalBasis PGFP = LegalBasis.casf("R314-213");

  // investment: depreciation
  /** CGI annexe II art. 15 bis: each component of a tangible asset has its own depreciation plan. */
  static final LegalBasis COMPOSANTS = LegalBasis.law("CGI annexe II", "15 bis");
  /** Code de commerce R123-179: an asset of limited life is depreciated over that life by a plan. */
  static final LegalBasis PLAN = LegalBasis.law("Code de commerce", "R123-179");

  // investment: ppi
  /**
   * CASF R314-20: investment programmes, their financing plans and loans of more than a year are approved by the
   * tariff authority (deemed approved after 60 days without objection), and so are changes that may raise the
   * operating charges.
   */
  static final LegalBasis PROGRAMME = LegalBasis.casf("R314-20");

  private Articles() {}
}
