package org.cpom.contract;

import org.cpom.LegalBasis;

/** The articles this package cites more than once, held once (each a {@link LegalBasis} of kind LAW). */
final class Articles {
  /** CASF L313-11. */
  static final LegalBasis L313_11 = LegalBasis.casf("L313-11");

  /** CASF R314-115. */
  static final LegalBasis R314_115 = LegalBasis.casf("R314-115");

  /** CASF R314-39-1. */
  static final LegalBasis R314_39_1 = LegalBasis.casf("R314-39-1");
  static final LegalBasis R314_234 = LegalBasis.casf("R314-234");

  /** CASF R314-43-2. */
  static final LegalBasis R314_43_2 = LegalBasis.casf("R314-43-2");

  /** CASF R314-43-2 I. */
  static final LegalBasis R314_43_2_I = LegalBasis.casf("R314-43-2 I");

  /** CASF R314-43-2 III. */
  static final LegalBasis R314_43_2_III = LegalBasis.casf("R314-43-2 III");

  private Articles() {}
}
