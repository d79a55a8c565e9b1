package org.cpom.referential;

/**
 * The groupes fonctionnels of an ESMS budget (CASF R314-13): three groups of charges and three of
 * revenue. EHPAD budgets are set by section tarifaire instead ({@link FundedSection}).
 */
public enum GroupeFonctionnel {
  /** Charges, groupe I: dépenses afférentes à l'exploitation courante. */
  CHARGES_I_EXPLOITATION_COURANTE(true),
  /** Charges, groupe II: dépenses afférentes au personnel. */
  CHARGES_II_PERSONNEL(true),
  /** Charges, groupe III: dépenses afférentes à la structure. */
  CHARGES_III_STRUCTURE(true),
  /** Produits, groupe I: produits de la tarification. */
  PRODUITS_I_TARIFICATION(false),
  /** Produits, groupe II: autres produits relatifs à l'exploitation. */
  PRODUITS_II_AUTRES_PRODUITS(false),
  /** Produits, groupe III: produits financiers et produits non encaissables. */
  PRODUITS_III_FINANCIERS(false);

  private final boolean charges;

  GroupeFonctionnel(boolean charges) {
    this.charges = charges;
  }

  /**
   * Whether the group holds charges (expenses).
   *
   * @return true for charges groups I to III
   */
  public boolean isCharges() {
    return charges;
  }
}
