package org.cpom.investment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The loan contract's day count (base de calcul des intérêts), which sets the interest of a broken first period
 * (période intercalaire, {@code cpom:loan-schedule}). Over whole periods every base gives the same interest; on a
 * broken period they differ. For a professional borrower the base is contractual.
 *
 * <p>The year fraction of a period is {@link #numerator} over {@link #denominator}, both exact integers, so the
 * interest is one exact division.
 */
public enum DayCount implements Labelled {
  /** Actual days over 365 (exact/365). */
  ACT_365_FIXED,
  /** Actual days over 360 (exact/360, année lombarde). */
  ACT_360,
  /** Months of 30 days over 360 (30/360): a 31st counts as the 30th, and an end on the 31st too when the start is. */
  THIRTY_360,
  /**
   * Actual days over actual days (exact/exact, ACT/ACT ISDA): the days of the period falling in a leap year over 366,
   * the others over 365, so a period straddling 31 December adds two fractions.
   */
  ACT_ACT_ISDA;

  /** The days of a leap year times those of a common one: the denominator of ACT/ACT ISDA. */
  private static final long LEAP_TIMES_COMMON = 366L * 365L;

  /**
   * The numerator of the year fraction of the period from {@code start} to {@code end}: its days for a fixed base;
   * for ACT/ACT ISDA, the days falling in each calendar year times the length of the other kind of year, so that
   * the sum over {@code 366 × 365} is the sum of days over the days of their year.
   */
  long numerator(LocalDate start, LocalDate end) {
    if (this != ACT_ACT_ISDA) {
      return days(start, end);
    }
    long sum = 0;
    LocalDate from = start;
    while (from.isBefore(end)) {
      LocalDate nextYear = LocalDate.of(from.getYear() + 1, 1, 1);
      LocalDate to = end.isBefore(nextYear) ? end : nextYear;
      sum += ChronoUnit.DAYS.between(from, to) * (from.isLeapYear() ? 365 : 366);
      from = to;
    }
    return sum;
  }

  /** The denominator of the year fraction: the days of a year by this base, or 366 × 365 for ACT/ACT ISDA. */
  long denominator() {
    return switch (this) {
      case ACT_365_FIXED -> 365;
      case ACT_360, THIRTY_360 -> 360;
      case ACT_ACT_ISDA -> LEAP_TIMES_COMMON;
    };
  }

  /** The days of the period from {@code start} (excluded) to {@code end}, by this base. */
  long days(LocalDate start, LocalDate end) {
    if (this != THIRTY_360) {
      return ChronoUnit.DAYS.between(start, end);
    }
    int d1 = Math.min(start.getDayOfMonth(), 30);
    int d2 = end.getDayOfMonth() == 31 && d1 == 30 ? 30 : end.getDayOfMonth();
    return 360L * (end.getYear() - start.getYear()) + 30L * (end.getMonthValue() - start.getMonthValue()) + d2 - d1;
  }

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case ACT_365_FIXED -> TraceLabels.pick(locale, "jours exacts sur 365", "actual days over 365");
      case ACT_360 -> TraceLabels.pick(locale, "jours exacts sur 360", "actual days over 360");
      case THIRTY_360 -> TraceLabels.pick(locale, "mois de 30 jours sur 360 (30/360)", "30-day months over 360 (30/360)");
      case ACT_ACT_ISDA -> TraceLabels.pick(locale, "jours exacts sur jours exacts de l'année (exact/exact ISDA)",
          "actual days over actual days of the year (ACT/ACT ISDA)");
    };
  }
}
