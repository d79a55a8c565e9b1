package org.cpom.contract;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * How the means of a fiche-action are funded ("moyens" of the arrêté du 3 mars 2017
 * model contract).
 */
public enum FundingWay implements Labelled {
  /** Within the existing base (base reconductible), with no extra credit. */
  WITHIN_BASE,
  /** By redeploying credits already in the base from one use or ESMS to another. */
  REDEPLOYMENT,
  /** By crédits non reconductibles (CNR): a one-off credit for a given year, not added to the base. */
  CNR,
  /** By a mesure nouvelle: new recurring credits added to the base from the year they are granted. */
  MESURE_NOUVELLE;

  /**
   * The label in French or English (mode de financement de la fiche-action).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case WITHIN_BASE -> TraceLabels.pick(locale, "dans la base", "within the base");
      case REDEPLOYMENT -> TraceLabels.pick(locale, "redéploiement", "redeployment");
      case CNR -> TraceLabels.pick(locale, "CNR", "CNR");
      case MESURE_NOUVELLE -> TraceLabels.pick(locale, "mesure nouvelle", "mesure nouvelle");
    };
  }
}
