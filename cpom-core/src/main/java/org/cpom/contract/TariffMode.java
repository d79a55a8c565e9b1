package org.cpom.contract;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * How the contract's financial clause sets the yearly tariff of a groupe fonctionnel or section (CASF
 * R314-40). Mode 3° is not allowed in L313-12 IV ter and L313-12-2 contracts (R314-39-1).
 */
public enum TariffMode implements Labelled {
  /** R314-40 1°: the update rate of the limitative regional or departmental envelopes, given each year. */
  CAMPAIGN_RATE("R314-40 1°"),
  /** R314-40 2°: an update formula fixed in the contract. */
  CONTRACT_FORMULA("R314-40 2°"),
  /** R314-40 3°: annual update amendments (avenants). */
  ANNUAL_AMENDMENT("R314-40 3°"),
  /** R314-40 4°: a tariff equation, ceiling or algorithm. */
  EQUATION("R314-40 4°");

  private final String article;

  TariffMode(String article) {
    this.article = article;
  }

  /**
   * The article and paragraph.
   *
   * @return e.g. "R314-40 1°"
   */
  public String article() {
    return article;
  }

  /**
   * The label in French or English (mode de tarification).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case CAMPAIGN_RATE -> TraceLabels.pick(locale, "taux d'actualisation de la campagne (R314-40 1°)", "campaign rate (R314-40 1°)");
      case CONTRACT_FORMULA -> TraceLabels.pick(locale, "formule d'actualisation du contrat (R314-40 2°)", "contract formula (R314-40 2°)");
      case ANNUAL_AMENDMENT -> TraceLabels.pick(locale, "avenant annuel (R314-40 3°)", "annual avenant (R314-40 3°)");
      case EQUATION -> TraceLabels.pick(locale, "équation tarifaire ou plafond (R314-40 4°)", "tariff equation or ceiling (R314-40 4°)");
    };
  }
}
