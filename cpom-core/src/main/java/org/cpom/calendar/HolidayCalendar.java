package org.cpom.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;

/**
 * A calendar of public holidays (jours fériés) and the working days (jours ouvrés) it implies: Monday to
 * Friday, and not a holiday. The payment date of CASF R314-107 is counted on it; it is a parameter,
 * replaceable by the integrator.
 *
 * <p>The ready-made calendars are in {@link HolidayCalendars}: the national list of Code du travail
 * L3133-1 and the Alsace-Moselle list of L3134-13. An integrator adjusts one with
 * {@link #withExtraHolidays(Set)} and {@link #withoutHolidays(Set)} (a holiday decreed for one year, a
 * local day) or implements this interface (an overseas département's recurring day, for instance).
 * An implementation only has to answer {@link #isHoliday(LocalDate)}, {@link #name()} and
 * {@link #legalBasis()}; the working-day arithmetic is derived from it.
 *
 * <p>Implementations must be immutable and thread-safe; those of {@link HolidayCalendars} are.
 */
public interface HolidayCalendar {

  /**
   * The calendar's name, such as "France (national)".
   *
   * @return the name
   */
  String name();

  /**
   * The text that lists the holidays of this calendar.
   *
   * @return the legal basis
   */
  LegalBasis legalBasis();

  /**
   * Whether a date is a public holiday of this calendar, whatever its weekday.
   *
   * @param date the date
   * @return true for a holiday
   * @throws CpomValidationException if the calendar does not cover the date's year
   */
  boolean isHoliday(LocalDate date);

  /**
   * The public holidays of a year, in date order, without duplicates: when two holidays fall on the same
   * day (1 May and Ascension in 2008) the day appears once.
   *
   * <p>The default implementation asks {@link #isHoliday(LocalDate)} for every day of the year.
   *
   * @param year the year
   * @return an unmodifiable sorted set
   * @throws CpomValidationException if the calendar does not cover the year
   */
  default SortedSet<LocalDate> holidays(Year year) {
    Objects.requireNonNull(year, "year");
    TreeSet<LocalDate> days = new TreeSet<>();
    // Counted by day of year rather than by stepping past 31 December, which LocalDate.MAX cannot do.
    for (int dayOfYear = 1; dayOfYear <= year.length(); dayOfYear++) {
      LocalDate d = year.atDay(dayOfYear);
      if (isHoliday(d)) {
        days.add(d);
      }
    }
    return Collections.unmodifiableSortedSet(days);
  }

  /**
   * Whether a date is a working day (jour ouvré): Monday to Friday and not a public holiday, the reading
   * cpom takes of R314-107. Saturday is never a working day here (it is a jour ouvrable, not a jour ouvré).
   *
   * @param date the date
   * @return true for a working day
   * @throws CpomValidationException if the calendar does not cover the date's year
   */
  default boolean isWorkingDay(LocalDate date) {
    // Ask the calendar first so that an uncovered year fails even on a weekend.
    if (isHoliday(Objects.requireNonNull(date, "date"))) {
      return false;
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /**
   * The date itself if it is a working day, otherwise the last working day before it. This is the rule of
   * R314-107 for the payment on the 20th.
   *
   * @param date the date
   * @return the working day on or before the date
   * @throws CpomValidationException if the search leaves the years the calendar covers, or finds no working
   *     day within 732 days
   */
  default LocalDate previousOrSameWorkingDay(LocalDate date) {
    return WorkingDays.search(this, Objects.requireNonNull(date, "date"), -1);
  }

  /**
   * The last working day strictly before a date.
   *
   * @param date the date
   * @return the previous working day
   * @throws CpomValidationException as {@link #previousOrSameWorkingDay(LocalDate)}
   */
  default LocalDate previousWorkingDay(LocalDate date) {
    return WorkingDays.search(this, WorkingDays.step(Objects.requireNonNull(date, "date"), -1, date), -1);
  }

  /**
   * The date itself if it is a working day, otherwise the first working day after it.
   *
   * @param date the date
   * @return the working day on or after the date
   * @throws CpomValidationException as {@link #previousOrSameWorkingDay(LocalDate)}
   */
  default LocalDate nextOrSameWorkingDay(LocalDate date) {
    return WorkingDays.search(this, Objects.requireNonNull(date, "date"), 1);
  }

  /**
   * The first working day strictly after a date.
   *
   * @param date the date
   * @return the next working day
   * @throws CpomValidationException as {@link #previousOrSameWorkingDay(LocalDate)}
   */
  default LocalDate nextWorkingDay(LocalDate date) {
    return WorkingDays.search(this, WorkingDays.step(Objects.requireNonNull(date, "date"), 1, date), 1);
  }

  /**
   * Moves a date by a number of working days, like {@link LocalDate#plusDays(long)} counting only working
   * days: {@code plusWorkingDays(friday, 1)} is the next Monday that is not a holiday. A negative count
   * moves backwards; zero returns the date unchanged, even if it is not a working day.
   *
   * @param date the start date (not counted)
   * @param workingDays the number of working days to move
   * @return the date reached
   * @throws CpomValidationException as {@link #previousOrSameWorkingDay(LocalDate)}
   */
  default LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    LocalDate d = Objects.requireNonNull(date, "date");
    // forwards for a positive count, backwards for a negative one; a long counter reaches Integer.MIN_VALUE
    for (long i = 0; i < workingDays; i++) {
      d = nextWorkingDay(d);
    }
    for (long i = 0; i > workingDays; i--) {
      d = previousWorkingDay(d);
    }
    return d;
  }

  /**
   * The number of working days from a start date, included, to an end date, excluded, in the manner of
   * {@link java.time.temporal.ChronoUnit#between}: negative when the end is before the start.
   *
   * @param startInclusive the first day counted
   * @param endExclusive the day after the last day counted
   * @return the number of working days
   * @throws CpomValidationException if the calendar does not cover a day of the range
   */
  default long workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    boolean backwards = endExclusive.isBefore(startInclusive);
    LocalDate from = backwards ? endExclusive : startInclusive;
    LocalDate to = backwards ? startInclusive : endExclusive;
    long count = 0;
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return backwards ? -count : count;
  }

  /**
   * This calendar with more holidays: for instance a day decreed a holiday for one year, or a local
   * holiday of the ESMS's commune. The result keeps this calendar's legal basis and covers the same
   * years; its name gains " (adjusted)".
   *
   * @param extraHolidays the dates to add; a date already a holiday changes nothing
   * @return the adjusted calendar
   */
  default HolidayCalendar withExtraHolidays(Set<LocalDate> extraHolidays) {
    return AdjustedHolidayCalendar.adjust(this, extraHolidays, Set.of());
  }

  /**
   * This calendar without some holidays: for instance Good Friday in an Alsace-Moselle commune that has
   * neither a Protestant temple nor a mixed church (L3134-13). The result keeps this calendar's legal
   * basis and covers the same years; its name gains " (adjusted)".
   *
   * @param removedHolidays the dates that are no longer holidays; a date that was not one changes nothing
   * @return the adjusted calendar
   */
  default HolidayCalendar withoutHolidays(Set<LocalDate> removedHolidays) {
    return AdjustedHolidayCalendar.adjust(this, Set.of(), removedHolidays);
  }
}
