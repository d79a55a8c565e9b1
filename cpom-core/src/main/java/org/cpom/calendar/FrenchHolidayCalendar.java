package org.cpom.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.ChronoUnit;
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
    SupportedYears.check(date.getYear(), "date", date);
    if (fixed.contains(MonthDay.from(date))) {
      return true;
    }
    long fromSunday = ChronoUnit.DAYS.between(Computus.easterSunday(date.getYear()), date);
    return fromEaster.contains((int) fromSunday);
  }

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
