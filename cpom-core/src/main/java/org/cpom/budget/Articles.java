package org.cpom.budget;

import org.cpom.LegalBasis;

/** The articles this package cites more than once, held once (each a {@link LegalBasis} of kind LAW). */
final class Articles {
  /** CASF R314-113. */
  static final LegalBasis R314_113 = LegalBasis.casf("R314-113");
  /** CASF R314-43-1. */
  static final LegalBasis R314_43_1 = LegalBasis.casf("R314-43-1");

  private Articles() {}
}
