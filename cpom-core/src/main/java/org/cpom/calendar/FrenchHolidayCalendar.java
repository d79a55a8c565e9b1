package org.cpom.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cpom.LegalBasis;

/**
 * A French list of public holidays: days fixed in the year plus days fixed relative to Easter Sunday,
 * computed for each year. The two instances are in {@link HolidayCalendars}.
 */
final class FrenchHolidayCalendar implements HolidayCalendar {

  /** 1 January, 1 May, 8 May, 14 July, 15 August (Assomption), 1 November (Toussaint), 11 November, 25 December. */
  private static final List<MonthDay> NATIONAL_FIXED =
      List.of(
          MonthDay.of(Month.JANUARY, 1),
          MonthDay.of(Month.MAY, 1),
          MonthDay.of(Month.MAY, 8),
          MonthDay.of(Month.JULY, 14),
          MonthDay.of(Month.AUGUST, 15),
          MonthDay.of(Month.NOVEMBER, 1),
          MonthDay.of(Month.NOVEMBER, 11),
          MonthDay.of(Month.DECEMBER, 25));

  /** Easter Monday (+1), Ascension Thursday (+39), Whit Monday (+50), in days from Easter Sunday. */
  private static final List<Integer> NATIONAL_FROM_EASTER = List.of(1, 39, 50);

  /** L3134-13 adds 26 December (second day of Christmas). */
  private static final MonthDay BOXING_DAY = MonthDay.of(Month.DECEMBER, 26);

  /** L3134-13 adds Good Friday, two days before Easter Sunday. */
  private static final int GOOD_FRIDAY = -2;

  static final FrenchHolidayCalendar NATIONAL =
      new FrenchHolidayCalendar(
          "France (national)",
          LegalBasis.law("Code du travail", "L3133-1"),
          NATIONAL_FIXED,
          NATIONAL_FROM_EASTER);

  static final FrenchHolidayCalendar ALSACE_MOSELLE =
      new FrenchHolidayCalendar(
          "France (Alsace-Moselle)",
          LegalBasis.law("Code du travail", "L3133-1", "L3134-13"),
          concat(NATIONAL_FIXED, BOXING_DAY),
          concat(NATIONAL_FROM_EASTER, GOOD_FRIDAY));

  private final String name;
  private final LegalBasis legalBasis;
  private final List<MonthDay> fixed;
  private final List<Integer> fromEaster;

  private FrenchHolidayCalendar(
      String name, LegalBasis legalBasis, List<MonthDay> fixed, List<Integer> fromEaster) {
    this.name = name;
    this.legalBasis = legalBasis;
    this.fixed = fixed;
    this.fromEaster = fromEaster;
  }

  private static <T> List<T> concat(List<T> list, T extra) {
    ArrayList<T> all = new ArrayList<>(list);
    all.add(extra);
    return List.copyOf(all);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public LegalBasis legalBasis() {
    return legalBasis;
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int year = date.getYear();
    SupportedYears.check(year, "date", date);
    // the engines ask about the same year many times (twelve payment dates per schedule): keep the last
    // year's holidays as a bit set of days of the year
    YearHolidays y = lastYear;
    if (y == null || y.year != year) {
      y = new YearHolidays(year, dayBits(year));
      lastYear = y;
    }
    int day = date.getDayOfYear();
    return (y.days[day >>> 6] & (1L << day)) != 0;
  }

  /** The holidays of a year as bits indexed by day of the year (1 to 366). */
  private long[] dayBits(int year) {
    long[] bits = new long[6];
    for (MonthDay md : fixed) {
      int day = Year.of(year).atMonthDay(md).getDayOfYear();
      bits[day >>> 6] |= 1L << day;
    }
    LocalDate easter = Computus.easterSunday(year);
    for (int offset : fromEaster) {
      LocalDate d = easter.plusDays(offset);
      // Easter is late March to late April: the offsets used (-2 to +50) stay within its year
      if (d.getYear() == year) {
        int day = d.getDayOfYear();
        bits[day >>> 6] |= 1L << day;
      }
    }
    return bits;
  }

  /** A year and its holidays; final fields, so a racing reader sees a whole pair or the one before. */
  private static final class YearHolidays {
    final int year;
    final long[] days;

    YearHolidays(int year, long[] days) {
      this.year = year;
      this.days = days;
    }
  }

  // a cache only, not part of the value: a lost write computes the same bits again
  private YearHolidays lastYear;

  @Override
  public SortedSet<LocalDate> holidays(Year year) {
    Objects.requireNonNull(year, "year");
    SupportedYears.check(year.getValue(), "year", year);
    TreeSet<LocalDate> days = new TreeSet<>();
    for (MonthDay md : fixed) {
      days.add(year.atMonthDay(md));
    }
    LocalDate easter = Computus.easterSunday(year.getValue());
    for (int offset : fromEaster) {
      days.add(easter.plusDays(offset));
    }
    return Collections.unmodifiableSortedSet(days);
  }

  @Override
  public String toString() {
    return name + " (" + legalBasis + ")";
  }
}
