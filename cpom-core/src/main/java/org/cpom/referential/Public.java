package org.cpom.referential;

/** The people an ESMS serves (public accueilli), as the plan comptable and funding rules distinguish them. */
public enum Public {
  /** Enfants et adolescents handicapés. */
  ENFANTS_HANDICAPES,
  /** Adultes handicapés. */
  ADULTES_HANDICAPES,
  /** Personnes âgées. */
  PERSONNES_AGEES
}
