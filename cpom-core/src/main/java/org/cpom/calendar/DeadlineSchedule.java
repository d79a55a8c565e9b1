package org.cpom.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.cpom.LegalBasis;

/**
 * The reckoning shared by {@link EprdDeadlines} and {@link TraditionalDeadlines}: calendar days counted
 * from the day after the trigger, then the working-day adjustment chosen by the integrator.
 */
final class DeadlineSchedule {
  static final DeadlineSchedule UNADJUSTED =
      new DeadlineSchedule(WorkingDayAdjustment.NONE, HolidayCalendars.national());

  private final WorkingDayAdjustment adjustment;
  private final HolidayCalendar calendar;

  DeadlineSchedule(WorkingDayAdjustment adjustment, HolidayCalendar calendar) {
    this.adjustment = Objects.requireNonNull(adjustment, "adjustment");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  WorkingDayAdjustment adjustment() {
    return adjustment;
  }

  HolidayCalendar calendar() {
    return calendar;
  }

  /** Checks a trigger date. */
  static void trigger(LocalDate date, String field) {
    Objects.requireNonNull(date, field);
    SupportedYears.check(date.getYear(), field, date);
  }

  /** Checks an exercice. */
  static void exercice(Year exercice) {
    Objects.requireNonNull(exercice, "exercice");
    SupportedYears.check(exercice.getValue(), "exercice", exercice);
  }

  /** The deadline for an unadjusted date computed from an input, checked then adjusted. */
  Deadline deadline(
      String label,
      String frenchLabel,
      LocalDate unadjusted,
      LegalBasis basis,
      SourceStatus source,
      String field,
      Object value) {
    SupportedYears.checkComputed(unadjusted, field, value);
    return Deadline.of(label, frenchLabel, unadjusted, basis, source).adjusted(adjustment, calendar);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DeadlineSchedule
        && ((DeadlineSchedule) obj).adjustment == adjustment
        && ((DeadlineSchedule) obj).calendar.equals(calendar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(adjustment, calendar);
  }

  @Override
  public String toString() {
    return adjustment + " on " + calendar.name();
  }
}
