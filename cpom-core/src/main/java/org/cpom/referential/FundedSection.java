package org.cpom.referential;

/**
 * The part of an ESMS's costs a funding covers. Single-funded ESMS have one {@link #GLOBAL} funding;
 * jointly funded ones split by section: a FAM or SAMSAH has soins (ARS) and hébergement or accompagnement
 * (Département); an EHPAD has soins (ARS), dépendance and hébergement (Département), the sections
 * tarifaires of R314-158. An IME funded GLOBAL by the assurance maladie may add one {@link #CRETON} funding
 * per Département that pays for young adults kept under L242-4.
 */
public enum FundedSection {
  /** The whole budget of a single-funded ESMS. */
  GLOBAL,
  /** Soins. */
  SOINS,
  /** Dépendance (EHPAD). */
  DEPENDANCE,
  /** Hébergement. */
  HEBERGEMENT,
  /** Accompagnement à la vie sociale (SAMSAH, SAVS). */
  ACCOMPAGNEMENT,
  /**
   * The part of one Département in the dotation globalisée of an établissement for disabled children that
   * keeps young adults under CASF L242-4 (amendement Creton): paid by the aide sociale of that Département,
   * billed as a prix de journée, and fixed with the dotation by the DG ARS (R314-115). It stands beside the
   * ESMS's GLOBAL assurance-maladie funding, never alone.
   */
  CRETON
}
