package org.cpom.budget;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;

/** How the {@link MatriceDeSuivi} forecasts the year-end amount of a row. */
public enum ForecastMethod implements Labelled {
  /** Actual to date plus the budget of the months not yet closed (default). */
  ACTUAL_PLUS_REMAINING_BUDGET,
  /**
   * Actual to date extrapolated to twelve months: {@code actual x 12 / months closed}, rounded once
   * HALF_UP.
   */
  EXTRAPOLATED_ACTUAL;

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
      case ACTUAL_PLUS_REMAINING_BUDGET -> TraceLabels.pick(locale, "réalisé plus budget restant", "actual plus remaining budget");
      case EXTRAPOLATED_ACTUAL -> TraceLabels.pick(locale, "réalisé extrapolé", "extrapolated actual");
    };
  }
}
