package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/** When an indicator of the dialogue de gestion is observed (période d'observation). */
public enum IndicatorPeriod implements Labelled {
  /** Over the calendar year, 1 January to 31 December (a flow: days, exits, absences). */
  CALENDAR_YEAR,
  /** On 31 December of the year (a stock: the effectif, a headcount). */
  AT_31_DECEMBER,
  /** The closed exercice, as its accounts and its bilan at the closing date give it. */
  EXERCICE;

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
      case CALENDAR_YEAR -> TraceLabels.pick(locale, "année civile", "calendar year");
      case AT_31_DECEMBER -> TraceLabels.pick(locale, "au 31 décembre", "on 31 December");
      case EXERCICE -> TraceLabels.pick(locale, "exercice clos", "closed exercice");
    };
  }
}
