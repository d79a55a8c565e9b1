package org.cpom.referential;

/** How places are used (mode d'accueil), as the capacity of an ESMS is authorised and funded by mode. */
public enum CapacityMode {
  /** Internat (residential). */
  INTERNAT,
  /** Semi-internat (day attendance with meals). */
  SEMI_INTERNAT,
  /** Externat. */
  EXTERNAT,
  /** Accueil de jour. */
  ACCUEIL_DE_JOUR,
  /** Hébergement permanent (the places that count for EHPAD occupancy, R314-160). */
  HEBERGEMENT_PERMANENT,
  /** Hébergement temporaire. */
  HEBERGEMENT_TEMPORAIRE,
  /** Places de service (SESSAD, SAVS, SAMSAH, SSIAD). */
  PLACES_DE_SERVICE
}
