package org.cpom.payment;

import org.cpom.Convention;
import org.cpom.LegalBasis;

/** The articles this package cites more than once, held once (each a {@link LegalBasis} of kind LAW). */
final class Articles {
  /** CSS R174-16-1 to R174-16-5 (CASF R314-111). */
  static final LegalBasis CSS_R174_16_1_TO_R174_16_5_CASF_R314_111 = LegalBasis.css("R174-16-1", "R174-16-2", "R174-16-3", "R174-16-4", "R174-16-5")
      .through(LegalBasis.casf("R314-111"));

  /** CSS R174-9 (CASF R314-111). */
  static final LegalBasis CSS_R174_9_CASF_R314_111 = LegalBasis.css("R174-9").through(LegalBasis.casf("R314-111"));

  /** CASF R314-107. */
  static final LegalBasis R314_107 = LegalBasis.casf("R314-107");

  /** CASF R314-108. */
  static final LegalBasis R314_108 = LegalBasis.casf("R314-108");

  /** CASF R314-115. */
  static final LegalBasis R314_115 = LegalBasis.casf("R314-115");

  /** CASF R314-43-1. */
  static final LegalBasis R314_43_1 = LegalBasis.casf("R314-43-1");

  private Articles() {}

  /** The notification of a year's decision, read with the library's bound on how early it comes. */
  static final LegalBasis NOTIFICATION_YEAR = LegalBasis.casf("R314-36").readWith(Convention.NOTIFICATION_YEAR);
}
