package org.cpom.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cpom.LegalBasis;

/**
 * The monthly payment date of a dotation globale: the 20th of the month, moved back to the closest earlier
 * working day when the 20th is a weekend day or a holiday (CASF R314-107; the same date serves the dotation
 * globalisée of R314-115). Another day of the month can be given, for a payment regime whose day is a
 * parameter (the assurance-maladie twelfths, whose day the CSS texts read do not name).
 *
 * <p>Example: in April 2025 the 20th is Easter Sunday and the 19th a Saturday, so the payment is due on
 * Friday 18 April with the national calendar; in Alsace-Moselle the 18th is Good Friday, so it is due on
 * Thursday 17 April. Easter Monday, the 21st, plays no part: the date only moves backwards.
 *
 * <p>The calendar is a parameter: the one of the ESMS's département ({@link HolidayCalendars}).
 */
public final class PaymentDates {
  /** The day of the month R314-107 sets for each monthly payment. */
  public static final int PAYMENT_DAY = 20;

  /** The article that sets the payment date: CASF R314-107. */
  public static final LegalBasis LEGAL_BASIS = Articles.R314_107;

  private PaymentDates() {}

  /**
   * The payment date of a month: the 20th if it is a working day of the calendar, otherwise the last
   * working day before it.
   *
   * @param month the month paid, in the years 1583 to 9999
   * @param calendar the public holidays that apply
   * @return the payment date
   * @throws org.cpom.CpomValidationException if the month is outside the supported years
   */
  public static LocalDate paymentDate(YearMonth month, HolidayCalendar calendar) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(calendar, "calendar");
    SupportedYears.check(month.getYear(), "month", month);
    return calendar.previousOrSameWorkingDay(month.atDay(PAYMENT_DAY));
  }

  /**
   * The payment date of a month on another day than the 20th: that day (the month's last day when the month
   * is shorter), or the last working day before it.
   *
   * @param month the month paid, in the years 1583 to 9999
   * @param dayOfMonth the day of the payment, 1 to 31
   * @param calendar the public holidays that apply
   * @return the payment date
   * @throws org.cpom.CpomValidationException if the month is outside the supported years or the day outside 1
   *     to 31
   */
  public static LocalDate paymentDate(YearMonth month, int dayOfMonth, HolidayCalendar calendar) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(calendar, "calendar");
    SupportedYears.check(month.getYear(), "month", month);
    checkDay(dayOfMonth);
    return calendar.previousOrSameWorkingDay(month.atDay(Math.min(dayOfMonth, month.lengthOfMonth())));
  }

  /**
   * Checks a payment day of the month.
   *
   * @param dayOfMonth the day
   * @throws org.cpom.CpomValidationException unless 1 to 31
   */
  public static void checkDay(int dayOfMonth) {
    org.cpom.internal.Checks.check(dayOfMonth >= 1 && dayOfMonth <= 31, "paymentDay", dayOfMonth, Articles.R314_107,
        "a payment day is a day of the month, 1 to 31");
  }

  /**
   * The twelve payment dates of a year (exercice), January first.
   *
   * @param year the year, 1583 to 9999
   * @param calendar the public holidays that apply
   * @return an unmodifiable list of twelve dates
   * @throws org.cpom.CpomValidationException if the year is outside the supported years
   */
  public static List<LocalDate> paymentDates(Year year, HolidayCalendar calendar) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(calendar, "calendar");
    SupportedYears.check(year.getValue(), "year", year);
    List<LocalDate> dates = new ArrayList<>(12);
    for (Month m : Month.values()) {
      dates.add(paymentDate(year.atMonth(m), calendar));
    }
    return List.copyOf(dates);
  }
}
