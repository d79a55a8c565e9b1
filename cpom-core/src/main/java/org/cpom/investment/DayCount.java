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
 */
public enum DayCount implements Labelled {
  /** Actual days over 365 (exact/365). */
  ACT_365_FIXED,
  /** Actual days over 360 (exact/360, année lombarde). */
  ACT_360,
  /** Months of 30 days over 360 (30/360): a 31st counts as the 30th, and an end on the 31st too when the start is. */
  THIRTY_360;

  /** The days of the period from {@code start} (excluded) to {@code end}, by this base. */
  long days(LocalDate start, LocalDate end) {
    if (this != THIRTY_360) {
      return ChronoUnit.DAYS.between(start, end);
    }
    int d1 = Math.min(start.getDayOfMonth(), 30);
    int d2 = end.getDayOfMonth() == 31 && d1 == 30 ? 30 : end.getDayOfMonth();
    return 360L * (end.getYear() - start.getYear()) + 30L * (end.getMonthValue() - start.getMonthValue()) + d2 - d1;
  }

  /** The days of a year by this base. */
  long yearDays() {
    return this == ACT_365_FIXED ? 365 : 360;
  }

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case ACT_365_FIXED -> TraceLabels.pick(locale, "jours exacts sur 365", "actual days over 365");
      case ACT_360 -> TraceLabels.pick(locale, "jours exacts sur 360", "actual days over 360");
      case THIRTY_360 -> TraceLabels.pick(locale, "mois de 30 jours sur 360 (30/360)", "30-day months over 360 (30/360)");
    };
  }
}
