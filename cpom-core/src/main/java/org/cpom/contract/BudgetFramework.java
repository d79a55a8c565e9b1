package org.cpom.contract;

/**
 * The budget framework of the ESMS of a contract, which decides the result-allocation regime.
 *
 * <p>EPRD (état prévisionnel des recettes et des dépenses): compulsory under L313-12 IV ter and L313-12-2,
 * chosen under L313-11; the gestionnaire allocates results within the contract (R314-234) and R314-51 to
 * R314-53 do not apply (R314-1). Traditional (budget prévisionnel and compte administratif): the authority
 * allocates (R314-51) unless the contract lets the gestionnaire do it (R314-43).
 */
public enum BudgetFramework {
  /** État prévisionnel des recettes et des dépenses, with its ERRD. */
  EPRD,
  /** Budget prévisionnel and compte administratif. */
  TRADITIONAL
}
