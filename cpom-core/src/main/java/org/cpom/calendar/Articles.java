package org.cpom.calendar;

import org.cpom.LegalBasis;

/** The articles this package cites more than once, held once (each a {@link LegalBasis} of kind LAW). */
final class Articles {
  /** CASF R314-107. */
  static final LegalBasis R314_107 = LegalBasis.casf("R314-107");

  /** CASF R314-219. */
  static final LegalBasis R314_219 = LegalBasis.casf("R314-219");

  /** CASF R314-24. */
  static final LegalBasis R314_24 = LegalBasis.casf("R314-24");

  private Articles() {}
}
