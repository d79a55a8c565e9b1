package org.cpom.calendar;

import java.time.LocalDate;

/**
 * Easter Sunday by the Gregorian computus, computed rather than looked up in a table.
 *
 * <p>The arithmetic is the anonymous Gregorian algorithm (Meeus/Jones/Butcher), exact for every year of the
 * Gregorian calendar. Callers check the year range first ({@link SupportedYears}).
 */
final class Computus {
  private Computus() {}

  /**
   * Easter Sunday of a Gregorian year.
   *
   * @param year a year from 1583 on
   * @return Easter Sunday, between 22 March and 25 April
   */
  static LocalDate easterSunday(int year) {
    int golden = year % 19; // position in the 19-year Metonic cycle
    int century = year / 100;
    int yearOfCentury = year % 100;
    int skippedLeapDays = century / 4;
    int centuryRest = century % 4;
    int moonCorrection = (century + 8) / 25;
    int lunarShift = (century - moonCorrection + 1) / 3;
    // Days from 21 March to the paschal full moon, before the weekday is taken into account.
    int epact = (19 * golden + century - skippedLeapDays - lunarShift + 15) % 30;
    int quarter = yearOfCentury / 4;
    int quarterRest = yearOfCentury % 4;
    // Days from the paschal full moon to the following Sunday.
    int weekday = (32 + 2 * centuryRest + 2 * quarter - epact - quarterRest) % 7;
    int exception = (golden + 11 * epact + 22 * weekday) / 451;
    int n = epact + weekday - 7 * exception + 114;
    return LocalDate.of(year, n / 31, n % 31 + 1);
  }
}
