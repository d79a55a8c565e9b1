package org.cpom.contract;

/**
 * Who decides the allocation of the results of a contract's comptes de résultat (affectation des
 * résultats).
 *
 * <p>Under the EPRD the gestionnaire allocates (CASF R314-234), except the comptes de résultat of
 * R314-222 II 2° (an ESMS outside the perimeter of the contract or tariffed by the préfet), which the
 * tariff authority allocates (R314-234 4°). Under the traditional budget the tariff authority allocates
 * (R314-51 I), unless the contract lets the gestionnaire do it (R314-43).
 */
public enum AllocatingParty {
  /** The organisme gestionnaire (EPRD: R314-234; traditional budget under a contract: R314-43). */
  GESTIONNAIRE,
  /** The autorité de tarification (traditional budget: R314-51 I; EPRD: R314-234 4°). */
  AUTORITE_DE_TARIFICATION
}
