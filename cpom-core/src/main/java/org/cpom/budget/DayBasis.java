package org.cpom.budget;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.LegalBasis;

/**
 * The number of days a prix de journée divides by (CASF R314-113): the average of the actual days of the
 * three years before the tariff year, or forecast days when the ESMS has been open less than three years
 * (or in particular circumstances).
 *
 * <p>The average is kept as a fraction (total days over the number of years), so the prix de journée is
 * computed exactly and rounded once; {@link #averageDays()} is rounded for display only.
 *
 * <p>Bounds ({@link org.cpom.Convention#ENGINE_BOUNDS}): the tariff year is between 1583 and 9999 and a year's day count is at most
 * {@link EngineBounds#MAX_DAYS} (366 days for each of at most 1,000,000 places), so the sums are exact.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DayBasis {
  static final LegalBasis RULE = Articles.R314_113;

  /** Where the days come from. */
  public enum Kind implements Labelled {
    /** Average of the actual days of the three previous years. */
    AVERAGE_OF_THREE_PREVIOUS_YEARS,
    /** Forecast days: an ESMS open less than three years, or particular circumstances. */
    FORECAST;

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
        case AVERAGE_OF_THREE_PREVIOUS_YEARS -> TraceLabels.pick(locale, "moyenne des trois années précédentes", "average of the three previous years");
        case FORECAST -> TraceLabels.pick(locale, "journées prévisionnelles", "forecast days");
      };
    }
  }

  private final Kind kind;
  private final long totalDays;
  private final int years;

  private DayBasis(Kind kind, long totalDays, int years) {
    this.kind = kind;
    this.totalDays = totalDays;
    this.years = years;
  }

  /**
   * The average of the actual days of the three years before the tariff year.
   *
   * @param tariffYear the year the prix de journée is for
   * @param actualDays actual days by year; must hold the three previous years (others are ignored)
   * @return the basis
   * @throws org.cpom.CpomValidationException if a year is missing, a count is negative or above the bound, all
   *     are zero, or the tariff year is outside 1583 to 9999
   */
  public static DayBasis averageOfPreviousYears(Year tariffYear, Map<Year, Long> actualDays) {
    EngineBounds.year(tariffYear, "tariffYear");
    Objects.requireNonNull(actualDays, "actualDays");
    long total = 0;
    for (int back = 1; back <= 3; back++) {
      Year y = tariffYear.minusYears(back);
      Long days = actualDays.get(y);
      Checks.check(days != null, "actualDays", y, RULE, "the actual days of " + y + " are needed");
      total += EngineBounds.days(days, "actualDays[" + y + "]", RULE);
    }
    Checks.check(total > 0, "actualDays", 0, RULE, "the three previous years have no day");
    return new DayBasis(Kind.AVERAGE_OF_THREE_PREVIOUS_YEARS, total, 3);
  }

  /**
   * Forecast days, for an ESMS open less than three years or in particular circumstances.
   *
   * @param days the forecast days, at least 1 and at most {@link EngineBounds#MAX_DAYS}
   * @return the basis
   * @throws org.cpom.CpomValidationException if the days are not positive or above the bound
   */
  public static DayBasis forecast(long days) {
    Checks.check(days > 0, "forecastDays", days, RULE, "must be positive");
    EngineBounds.days(days, "forecastDays", RULE);
    return new DayBasis(Kind.FORECAST, days, 1);
  }

  /** Chooses the basis for a tariff year: see {@link BudgetEngine#dayBasis(Year, LocalDate, Map, long)}. */
  static DayBasis forYear(Year tariffYear, LocalDate openedOn, Map<Year, Long> actualDays, long forecastDays) {
    EngineBounds.year(tariffYear, "tariffYear");
    EngineBounds.date(openedOn, "openedOn");
    // checked on both paths, so that a null map or a null count is refused whether or not it is read
    Objects.requireNonNull(actualDays, "actualDays");
    actualDays.forEach((y, d) -> {
      Objects.requireNonNull(y, "actualDays key");
      Objects.requireNonNull(d, "actualDays value");
    });
    if (openedOn.isAfter(tariffYear.minusYears(3).atDay(1))) {
      return forecast(forecastDays);
    }
    return averageOfPreviousYears(tariffYear, actualDays);
  }

  /**
   * Where the days come from.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The days added up: three years' actual days, or the forecast.
   *
   * @return the total
   */
  public long totalDays() {
    return totalDays;
  }

  /**
   * The number of years averaged: 3, or 1 for a forecast.
   *
   * @return the count
   */
  public int years() {
    return years;
  }

  /**
   * The days divided by, rounded to two decimals HALF_UP for display.
   *
   * @return the average days
   */
  public BigDecimal averageDays() {
    return BigDecimal.valueOf(totalDays).divide(BigDecimal.valueOf(years), 2, RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DayBasis && ((DayBasis) obj).kind == kind && ((DayBasis) obj).totalDays == totalDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, totalDays);
  }

  @Override
  public String toString() {
    return kind + " " + averageDays().toPlainString() + " days";
  }
}
