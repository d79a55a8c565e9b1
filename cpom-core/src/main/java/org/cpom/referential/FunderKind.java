package org.cpom.referential;

/**
 * Who pays (financeur): the assurance maladie through its ARS, a Département through its aide sociale,
 * or the State (ESAT operating budget).
 */
public enum FunderKind {
  /** Assurance maladie; tariffs set by the ARS. */
  ASSURANCE_MALADIE,
  /** A Département (aide sociale); tariffs set by its président. */
  DEPARTEMENT,
  /** The State (ESAT); tariffs set by the ARS on its behalf. */
  ETAT
}
