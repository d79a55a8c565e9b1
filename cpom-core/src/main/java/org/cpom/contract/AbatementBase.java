package org.cpom.contract;

/**
 * What the abatement percentage of a contract clause applies to. CASF R314-43-2 III speaks of « le
 * pourcentage d'abattement de la dotation globale ou du forfait global » without saying whether the
 * crédits non reconductibles of the year count.
 */
public enum AbatementBase {
  /**
   * The perennial part of the year's dotation: the updated base and the mesures nouvelles of the year, not
   * the CNR (the default; cpom convention: a one-off credit is not the activity-funded part).
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
}
