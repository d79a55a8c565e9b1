package org.cpom.budget;

/** How the {@link MatriceDeSuivi} forecasts the year-end amount of a row. */
public enum ForecastMethod {
  /** Actual to date plus the budget of the months not yet closed (default). */
  ACTUAL_PLUS_REMAINING_BUDGET,
  /**
   * Actual to date extrapolated to twelve months: {@code actual x 12 / months closed}, rounded once
   * HALF_UP.
   */
  EXTRAPOLATED_ACTUAL
}
