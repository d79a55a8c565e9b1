package org.cpom.contract;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * What the abatement percentage of a contract clause applies to. CASF R314-43-2 III speaks of « le
 * pourcentage d'abattement de la dotation globale ou du forfait global » without saying whether the
 * crédits non reconductibles of the year count.
 */
public enum AbatementBase implements Labelled {
  /**
   * The perennial part of the year's dotation: the updated base and the mesures nouvelles of the year, not
   * the CNR (the default; {@link org.cpom.Convention#ABATEMENT_BASE}: a one-off credit is not the activity-funded part).
   */
  PERENNIAL_PART("perennial part"),
  /** The dotation as notified before the abatement: the perennial part and the CNR of the year. */
  NOTIFIED_DOTATION("notified dotation");

  private final String label;

  AbatementBase(String label) {
    this.label = label;
  }

  /**
   * How the base reads in a trace.
   *
   * @return e.g. "perennial part"
   */
  public String label() {
    return label;
  }

  /**
   * The label in French or English (assiette de la modulation).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case PERENNIAL_PART -> TraceLabels.pick(locale, "part pérenne", "perennial part");
      case NOTIFIED_DOTATION -> TraceLabels.pick(locale, "dotation notifiée", "notified dotation");
    };
  }
}
