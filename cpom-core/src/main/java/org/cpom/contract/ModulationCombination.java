package org.cpom.contract;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * How a contract combines the percentages of several activity indicators of one ESMS (CASF R314-43-2 II:
 * activity is measured by « un ou plusieurs » indicators; III: the percentage follows « des modalités prévues
 * par le contrat »).
 *
 * <p>Whatever the rule, the combined percentage never exceeds half of the largest gap among the indicators
 * (R314-43-2 III; {@link org.cpom.Convention#LARGEST_GAP}: with several indicators, the largest gap is the one the cap is read
 * against). Each indicator's own percentage is also at most half of its own gap.
 */
public enum ModulationCombination implements Labelled {
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

  /**
   * The label in French or English (règle de combinaison).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case LARGEST -> TraceLabels.pick(locale, "le plus grand des pourcentages des indicateurs", "the largest of the indicators' percentages");
      case SUM -> TraceLabels.pick(locale, "la somme des pourcentages des indicateurs, plafonnée à la moitié du plus grand écart", "the sum of the indicators' percentages, capped at half of the largest gap");
      case WEIGHTED_MEAN -> TraceLabels.pick(locale, "la moyenne des pourcentages des indicateurs pondérée par le contrat", "the mean of the indicators' percentages weighted by the contract");
    };
  }
}
