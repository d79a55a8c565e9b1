package org.cpom.calendar;

import java.time.LocalDate;
import org.cpom.CpomValidationException;

/** The search for the nearest working day, shared by the default methods of {@link HolidayCalendar}. */
final class WorkingDays {
  /** No real calendar goes two years without a working day; the bound stops a broken one from looping. */
  static final int MAX_SEARCH_DAYS = 2 * 366;

  private WorkingDays() {}

  /**
   * The first working day met from a date, the date included, stepping one day at a time.
   *
   * @param calendar the calendar
   * @param from the first day examined
   * @param step +1 to search forwards, -1 backwards
   * @return the working day found
   */
  static LocalDate search(HolidayCalendar calendar, LocalDate from, int step) {
    LocalDate d = from;
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      if (calendar.isWorkingDay(d)) {
        return d;
      }
      d = d.plusDays(step);
    }
    throw new CpomValidationException(
        "calendar",
        calendar.name(),
        "RULES 4: working day",
        "no working day within " + MAX_SEARCH_DAYS + " days of " + from);
  }
}
