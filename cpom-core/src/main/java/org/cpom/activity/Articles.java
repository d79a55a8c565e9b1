package org.cpom.activity;

import org.cpom.LegalBasis;

/** The articles this package cites more than once, held once (each a {@link LegalBasis} of kind LAW). */
final class Articles {
  /** CASF R314-160 / R314-174. */
  static final LegalBasis R314_160_R314_174 = LegalBasis.casf("R314-160", "R314-174");

  /** CASF R314-43-2 III. */
  static final LegalBasis R314_43_2_III = LegalBasis.casf("R314-43-2 III");

  private Articles() {}
}
