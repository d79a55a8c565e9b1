package org.cpom.investment;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * When straight-line depreciation starts and how the first exercice is prorated (prorata temporis). The PCG starts
 * depreciation at the mise en service; which reading applies to an ESMS under M22 is not verified, so it is a
 * parameter; the default ({@link #DEFAULT}) is {@link #DAYS}. The exercice is the calendar year. See
 * {@code cpom:depreciation-prorata}.
 */
public enum ProrataConvention implements Labelled {
  /** Actual days: the days from the mise en service to 31 December, both counted, over the days of that year (365 or 366). */
  DAYS,
  /** Commercial days (30/360): each month of 30 days, a 31st counting as the 30th, over 360. */
  DAYS_30_360,
  /** Months: the month of the mise en service counts whole, over 12 (1 July gives 6/12). */
  MONTHS,
  /** No prorata: nothing in the year of the mise en service, full years from 1 January of the next. */
  FULL_YEAR_NEXT;

  /** The default convention: prorata temporis by actual days. */
  public static final ProrataConvention DEFAULT = DAYS;

  /** The first exercice of the plan. */
  Year firstYear(LocalDate miseEnService) {
    Year y = Year.from(miseEnService);
    return this == FULL_YEAR_NEXT ? y.plusYears(1) : y;
  }

  /** The share of a full year the first exercice carries, as {numerator, denominator}. */
  long[] firstShare(LocalDate d) {
    Objects.requireNonNull(d, "miseEnService");
    return switch (this) {
      case DAYS -> new long[] {d.lengthOfYear() - d.getDayOfYear() + 1L, d.lengthOfYear()};
      case DAYS_30_360 -> new long[] {360L - (30L * (d.getMonthValue() - 1) + Math.min(d.getDayOfMonth(), 30) - 1), 360};
      case MONTHS -> new long[] {13L - d.getMonthValue(), 12};
      case FULL_YEAR_NEXT -> new long[] {1, 1};
    };
  }

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case DAYS -> TraceLabels.pick(locale, "prorata temporis en jours réels", "prorata temporis by actual days");
      case DAYS_30_360 -> TraceLabels.pick(locale, "prorata temporis en jours (30/360)", "prorata temporis by days (30/360)");
      case MONTHS -> TraceLabels.pick(locale, "prorata temporis en mois (mois commencé compté)",
          "prorata temporis by months (a month started counts)");
      case FULL_YEAR_NEXT -> TraceLabels.pick(locale, "année pleine à compter de N+1", "full year from N+1");
    };
  }
}
