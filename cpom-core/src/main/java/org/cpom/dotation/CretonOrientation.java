package org.cpom.dotation;

/**
 * Where the commission des droits et de l'autonomie has oriented a young adult kept in an établissement for
 * disabled children under CASF L242-4 (amendement Creton); it decides who pays the daily tariff of the
 * place kept.
 */
public enum CretonOrientation {
  /**
   * An établissement under the Département's competence (a foyer de vie, a foyer d'hébergement): the aide
   * sociale of the Département of the domicile de secours pays the daily tariff (L242-4).
   */
  DEPARTEMENT_ESTABLISHMENT,
  /**
   * An ESMS of V of L314-1 (a FAM, a SAMSAH): that Département pays the daily tariff less the forfait
   * journalier plafond soins of the previous exercice, which is billed to the assurance maladie (L242-4).
   */
  FAM_OR_SAMSAH,
  /** Any other orientation (a MAS, for instance): the assurance maladie pays the daily tariff (L242-4). */
  OTHER
}
