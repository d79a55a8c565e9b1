package org.cpom.result;

import java.util.Locale;
import org.cpom.LegalBasis;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * Where the money of a report à nouveau or reserve came from (origine des fonds), which decides whether it
 * counts when a CPOM under L313-12 IV ter or L313-12-2 is renewed (CASF R314-43-3).
 */
public enum OrigineDesFonds implements Labelled {
  /** Tariff revenue (produits de la tarification): counts. */
  PRODUITS_DE_LA_TARIFICATION(true),
  /**
   * Subsidies of the State, the ARS, local authorities and their public bodies, or social security bodies
   * (subventions publiques): counts.
   */
  SUBVENTIONS_PUBLIQUES(true),
  /** The gestionnaire's own revenue, neither tariff nor public subsidy (ressources propres): excluded. */
  RESSOURCES_PROPRES(false);

  static final LegalBasis RULE = LegalBasis.casf("R314-43-3");

  private final boolean counts;

  OrigineDesFonds(boolean counts) {
    this.counts = counts;
  }

  /**
   * Whether amounts of this origin count in the base of R314-43-3.
   *
   * @return true for tariff revenue and public subsidies
   */
  public boolean counts() {
    return counts;
  }

  /**
   * The label in French or English.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case PRODUITS_DE_LA_TARIFICATION -> TraceLabels.pick(locale, "produits de la tarification", "tariff revenue");
      case SUBVENTIONS_PUBLIQUES -> TraceLabels.pick(locale, "subventions publiques", "public subsidies");
      case RESSOURCES_PROPRES -> TraceLabels.pick(locale, "ressources propres du gestionnaire",
          "the gestionnaire's own revenue");
    };
  }
}
