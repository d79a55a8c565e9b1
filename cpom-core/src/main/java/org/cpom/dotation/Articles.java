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

  /** CASF R314-43-3: the modulation of the tariffs at the renewal of a CPOM. */
  static final LegalBasis R314_43_3 = LegalBasis.casf("R314-43-3");

  /** CASF R314-43-4: the analysis behind the unjustified amount. */
  static final LegalBasis R314_43_4 = LegalBasis.casf("R314-43-4");

  /** CASF R314-230 I: a DM asked for by the tariff authority. */
  static final LegalBasis R314_230_I = LegalBasis.casf("R314-230 I");

  /** CASF R314-230 II: its tariff impact carried forward when no DM is adopted. */
  static final LegalBasis R314_230_II = LegalBasis.casf("R314-230 II");

  /** CASF R314-236: rejected expenses under the EPRD. */
  static final LegalBasis R314_236 = LegalBasis.casf("R314-236");

  private Articles() {}
}
