package org.cpom.calendar;

import java.time.LocalDate;
import org.cpom.CpomValidationException;
import org.cpom.Convention;
import org.cpom.LegalBasis;

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
  /**
   * The day after (step 1) or before (step -1) a date; past {@link LocalDate#MAX} or {@link LocalDate#MIN}
   * there is none, which is a rejection of the date asked about, not a {@code DateTimeException}.
   */
  static LocalDate step(LocalDate d, int step, LocalDate asked) {
    // step is 1 or -1
    boolean forwards = step == 1;
    if (d.equals(forwards ? LocalDate.MAX : LocalDate.MIN)) {
      throw new CpomValidationException("date", asked, LegalBasis.convention(Convention.DATE_RANGE),
          "there is no day " + (forwards ? "after " : "before ") + d);
    }
    return d.plusDays(step);
  }

  static LocalDate search(HolidayCalendar calendar, LocalDate from, int step) {
    LocalDate d = from;
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      if (calendar.isWorkingDay(d)) {
        return d;
      }
      d = step(d, step, from);
    }
    throw new CpomValidationException(
        "calendar",
        calendar.name(),
        LegalBasis.convention(Convention.WORKING_DAY_SEARCH),
        "no working day within " + MAX_SEARCH_DAYS + " days of " + from);
  }
}
