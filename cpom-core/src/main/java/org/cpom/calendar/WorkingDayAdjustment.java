package org.cpom.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to do when a deadline falls on a day that is not a working day (a Saturday, a Sunday or a public
 * holiday).
 *
 * <p>The CASF articles cpom implements count their deadlines in calendar days and say nothing of this
 * case, so the default of {@link EprdDeadlines} and {@link TraditionalDeadlines} is {@link #NONE}: the
 * date the text gives. The other two are library options for an integrator who follows another practice:
 * {@link #FOLLOWING} is the extension of art. 642 of the Code de procédure civile (a time limit ending on a
 * non-working day runs to the next working day); {@link #PRECEDING} is the prudent planner's date.
 */
public enum WorkingDayAdjustment {
  /** Keep the date as the text gives it (the default). */
  NONE {
    @Override
    public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(calendar, "calendar");
      return date;
    }
  },
  /** Move a non-working day to the next working day. */
  FOLLOWING {
    @Override
    public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
      return Objects.requireNonNull(calendar, "calendar")
          .nextOrSameWorkingDay(Objects.requireNonNull(date, "date"));
    }
  },
  /** Move a non-working day to the previous working day. */
  PRECEDING {
    @Override
    public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
      return Objects.requireNonNull(calendar, "calendar")
          .previousOrSameWorkingDay(Objects.requireNonNull(date, "date"));
    }
  };

  /**
   * Applies this adjustment.
   *
   * @param date the date the text gives
   * @param calendar the calendar that says which days are working days
   * @return the adjusted date; a working day is never moved
   */
  public abstract LocalDate adjust(LocalDate date, HolidayCalendar calendar);
}
