package org.cpom.contract;

/**
 * Who decides the allocation of the results of a contract's comptes de résultat (affectation des
 * résultats, RULES section 6).
 *
 * <p>Under the EPRD the gestionnaire allocates (CASF R314-234). Under the traditional budget the tariff
 * authority allocates (R314-51 I), unless the contract lets the gestionnaire do it (R314-43).
 */
public enum AllocatingParty {
  /** The organisme gestionnaire (EPRD: R314-234; traditional budget under a contract: R314-43). */
  GESTIONNAIRE,
  /** The autorité de tarification (traditional budget: R314-51 I). */
  AUTORITE_DE_TARIFICATION
}
