package org.cpom.referential;

/**
 * The part of an ESMS's costs a funding covers. Single-funded ESMS have one {@link #GLOBAL} funding;
 * jointly funded ones split by section: a FAM or SAMSAH has soins (ARS) and hébergement or accompagnement
 * (Département); an EHPAD has soins (ARS), dépendance and hébergement (Département), the sections
 * tarifaires of R314-158.
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
  ACCOMPAGNEMENT
}
