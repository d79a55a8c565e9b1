package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/** The unit an indicator of the dialogue de gestion is expressed in (unité). */
public enum IndicatorUnit implements Labelled {
  /** A rate: numerator over denominator, shown as a percentage. */
  RATE,
  /** A count per 1,000 of its denominator, such as events per 1,000 days of presence. */
  PER_THOUSAND,
  /** A count of persons, contracts or events. */
  COUNT,
  /** A number of days. */
  DAYS,
  /** A number of years (an average age). */
  YEARS,
  /** An amount in euros. */
  EUROS,
  /** A distribution of counts by band (a pyramid). */
  DISTRIBUTION;

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
      case RATE -> TraceLabels.pick(locale, "taux (%)", "rate (%)");
      case PER_THOUSAND -> TraceLabels.pick(locale, "pour 1 000", "per 1,000");
      case COUNT -> TraceLabels.pick(locale, "nombre", "count");
      case DAYS -> TraceLabels.pick(locale, "jours", "days");
      case YEARS -> TraceLabels.pick(locale, "années", "years");
      case EUROS -> TraceLabels.pick(locale, "euros", "euros");
      case DISTRIBUTION -> TraceLabels.pick(locale, "répartition par tranche", "distribution by band");
    };
  }
}
