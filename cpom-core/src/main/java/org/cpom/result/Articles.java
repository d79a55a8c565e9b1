package org.cpom.result;

import org.cpom.LegalBasis;

/** The articles this package cites more than once, held once (each a {@link LegalBasis} of kind LAW). */
final class Articles {
  /** CASF R314-234. */
  static final LegalBasis R314_234 = LegalBasis.casf("R314-234");

  /** CASF R314-48 II. */
  static final LegalBasis R314_48_II = LegalBasis.casf("R314-48 II");

  /** CASF R314-48 III. */
  static final LegalBasis R314_48_III = LegalBasis.casf("R314-48 III");

  /** CASF R314-51 III. */
  static final LegalBasis R314_51_III = LegalBasis.casf("R314-51 III");

  /** CASF R314-51 II 1°. */
  static final LegalBasis R314_51_II_1 = LegalBasis.casf("R314-51 II 1°");

  /** CASF R314-52. */
  static final LegalBasis R314_52 = LegalBasis.casf("R314-52");

  /** CASF R314-43-3: the reserves weighed at the renewal of a CPOM. */
  static final LegalBasis R314_43_3 = LegalBasis.casf("R314-43-3");

  private Articles() {}
}
