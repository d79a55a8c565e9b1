package org.cpom.investment;

import org.cpom.LegalBasis;

/** The rules this package cites more than once. */
final class Articles {
  /** CASF R314-213: the EPRD's plan global de financement pluriannuel over a sliding six years. */
  static final LegalBasis PGFP = LegalBasis.casf("R314-213");

  private Articles() {}
}
