package org.cpom.dotation;

import org.cpom.LegalBasis;

/** The articles this package cites more than once, held once (each a {@link LegalBasis} of kind LAW). */
final class Articles {
  /** CASF L242-4. */
  static final LegalBasis L242_4 = LegalBasis.casf("L242-4");

  /** CASF R314-115. */
  static final LegalBasis R314_115 = LegalBasis.casf("R314-115");

  /** CASF R314-40 2°. */
  static final LegalBasis R314_40_2 = LegalBasis.casf("R314-40 2°");

  /** CASF R314-43-1. */
  static final LegalBasis R314_43_1 = LegalBasis.casf("R314-43-1");

  /** CASF R314-43-2 I. */
  static final LegalBasis R314_43_2_I = LegalBasis.casf("R314-43-2 I");

  /** CASF R314-43-2 III. */
  static final LegalBasis R314_43_2_III = LegalBasis.casf("R314-43-2 III");

  private Articles() {}
}
