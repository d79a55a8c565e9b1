package org.cpom.contract;

/**
 * How a contract combines the percentages of several activity indicators of one ESMS (CASF R314-43-2 II:
 * activity is measured by « un ou plusieurs » indicators; III: the percentage follows « des modalités prévues
 * par le contrat »).
 *
 * <p>Whatever the rule, the combined percentage never exceeds half of the largest gap among the indicators
 * (R314-43-2 III; cpom convention: with several indicators, the largest gap is the one the cap is read
 * against). Each indicator's own percentage is also at most half of its own gap.
 */
public enum ModulationCombination {
  /** The largest of the indicators' percentages. */
  LARGEST("the largest of the indicators' percentages"),
  /** The sum of the indicators' percentages, capped at half of the largest gap. */
  SUM("the sum of the indicators' percentages, capped at half of the largest gap"),
  /** The mean of the indicators' percentages weighted by each clause's {@link ModulationClause#weight()}. */
  WEIGHTED_MEAN("the mean of the indicators' percentages weighted by the contract");

  private final String description;

  ModulationCombination(String description) {
    this.description = description;
  }

  /**
   * The rule as it reads in a trace.
   *
   * @return e.g. "the largest of the indicators' percentages"
   */
  public String description() {
    return description;
  }
}
