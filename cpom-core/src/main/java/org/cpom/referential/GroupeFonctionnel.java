package org.cpom.referential;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The groupes fonctionnels of an ESMS budget (CASF R314-13): three groups of charges and three of
 * revenue. EHPAD budgets are set by section tarifaire instead ({@link SectionTarifaire}).
 */
public enum GroupeFonctionnel implements Labelled {
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

  /**
   * The label in French or English (groupe fonctionnel).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case CHARGES_I_EXPLOITATION_COURANTE -> TraceLabels.pick(locale, "groupe I, dépenses afférentes à l'exploitation courante", "groupe I, current operating expenses");
      case CHARGES_II_PERSONNEL -> TraceLabels.pick(locale, "groupe II, dépenses afférentes au personnel", "groupe II, staff expenses");
      case CHARGES_III_STRUCTURE -> TraceLabels.pick(locale, "groupe III, dépenses afférentes à la structure", "groupe III, structure expenses");
      case PRODUITS_I_TARIFICATION -> TraceLabels.pick(locale, "groupe I, produits de la tarification", "groupe I, tariff revenue");
      case PRODUITS_II_AUTRES_PRODUITS -> TraceLabels.pick(locale, "groupe II, autres produits relatifs à l'exploitation", "groupe II, other operating revenue");
      case PRODUITS_III_FINANCIERS -> TraceLabels.pick(locale, "groupe III, produits financiers et produits non encaissables", "groupe III, financial and non-cash revenue");
    };
  }
}
