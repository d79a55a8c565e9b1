package org.cpom.referential;

import org.cpom.LegalBasis;

/** The articles this package cites more than once, held once (each a {@link LegalBasis} of kind LAW). */
final class Articles {
  /** CASF L242-4. */
  static final LegalBasis L242_4 = LegalBasis.casf("L242-4");

  /** CASF R314-115. */
  static final LegalBasis R314_115 = LegalBasis.casf("R314-115");

  private Articles() {}
}
