package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import java.util.SortedSet;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class HolidayCalendarsTest {
  private static final HolidayCalendar NATIONAL = HolidayCalendars.national();
  private static final HolidayCalendar ALSACE = HolidayCalendars.alsaceMoselle();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void nationalHolidaysOf2025() {
    // Easter 2025-04-20: Easter Monday 21/04, Ascension (+39) 29/05, Whit Monday (+50) 09/06.
    assertThat(NATIONAL.holidays(Year.of(2025)))
        .containsExactly(
            d("2025-01-01"), d("2025-04-21"), d("2025-05-01"), d("2025-05-08"), d("2025-05-29"),
            d("2025-06-09"), d("2025-07-14"), d("2025-08-15"), d("2025-11-01"), d("2025-11-11"),
            d("2025-12-25"));
  }

  @Test
  void alsaceMoselleHolidaysOf2025AddGoodFridayAndBoxingDay() {
    assertThat(ALSACE.holidays(Year.of(2025)))
        .containsExactly(
            d("2025-01-01"), d("2025-04-18"), d("2025-04-21"), d("2025-05-01"), d("2025-05-08"),
            d("2025-05-29"), d("2025-06-09"), d("2025-07-14"), d("2025-08-15"), d("2025-11-01"),
            d("2025-11-11"), d("2025-12-25"), d("2025-12-26"));
  }

  @Test
  void nationalHolidaysOfLeapYear2024() {
    // Easter 2024-03-31: Easter Monday 01/04, Ascension 09/05, Whit Monday 20/05.
    assertThat(NATIONAL.holidays(Year.of(2024)))
        .containsExactly(
            d("2024-01-01"), d("2024-04-01"), d("2024-05-01"), d("2024-05-08"), d("2024-05-09"),
            d("2024-05-20"), d("2024-07-14"), d("2024-08-15"), d("2024-11-01"), d("2024-11-11"),
            d("2024-12-25"));
    assertThat(ALSACE.holidays(Year.of(2024))).contains(d("2024-03-29"), d("2024-12-26")).hasSize(13);
  }

  @Test
  void holidaysOf2026() {
    // Easter 2026-04-05.
    assertThat(ALSACE.holidays(Year.of(2026)))
        .containsExactly(
            d("2026-01-01"), d("2026-04-03"), d("2026-04-06"), d("2026-05-01"), d("2026-05-08"),
            d("2026-05-14"), d("2026-05-25"), d("2026-07-14"), d("2026-08-15"), d("2026-11-01"),
            d("2026-11-11"), d("2026-12-25"), d("2026-12-26"));
  }

  @Test
  void ascensionOnFirstMayCountsOnce() {
    // Easter 2008-03-23: Ascension = 2008-05-01, so 2008 has ten distinct national holidays.
    SortedSet<LocalDate> h = NATIONAL.holidays(Year.of(2008));
    assertThat(h).hasSize(10).contains(d("2008-05-01"), d("2008-03-24"), d("2008-05-12"));
    assertThat(NATIONAL.isHoliday(d("2008-05-01"))).isTrue();
  }

  @Test
  void extremeEasterYears() {
    // 2285: Easter 22 March (earliest): Good Friday 20 March, Easter Monday 23 March, Ascension 30 April.
    assertThat(ALSACE.holidays(Year.of(2285)))
        .contains(d("2285-03-20"), d("2285-03-23"), d("2285-04-30"), d("2285-05-11"));
    // 2038: Easter 25 April (latest): Easter Monday 26 April, Ascension 3 June, Whit Monday 14 June.
    assertThat(NATIONAL.holidays(Year.of(2038)))
        .contains(d("2038-04-26"), d("2038-06-03"), d("2038-06-14"))
        .doesNotContain(d("2038-04-23"));
    assertThat(ALSACE.isHoliday(d("2038-04-23"))).isTrue();
  }

  @Test
  void isHolidayMatchesTheList() {
    for (HolidayCalendar cal : new HolidayCalendar[] {NATIONAL, ALSACE}) {
      SortedSet<LocalDate> list = cal.holidays(Year.of(2025));
      for (LocalDate day = d("2025-01-01"); day.getYear() == 2025; day = day.plusDays(1)) {
        assertThat(cal.isHoliday(day)).as("%s %s", cal.name(), day).isEqualTo(list.contains(day));
      }
    }
  }

  @Test
  void easterSundayAndPentecostSundayAreNotInTheList() {
    assertThat(NATIONAL.isHoliday(d("2025-04-20"))).isFalse();
    assertThat(NATIONAL.isHoliday(d("2025-06-08"))).isFalse();
    assertThat(ALSACE.isHoliday(d("2025-04-20"))).isFalse();
  }

  @Test
  void whitMondayStaysAHolidayDespiteTheJourneeDeSolidarite() {
    assertThat(NATIONAL.isHoliday(d("2025-06-09"))).isTrue();
    assertThat(NATIONAL.isWorkingDay(d("2025-06-09"))).isFalse();
  }

  @Test
  void goodFridayAndBoxingDayOnlyInAlsaceMoselle() {
    assertThat(NATIONAL.isHoliday(d("2025-04-18"))).isFalse();
    assertThat(NATIONAL.isHoliday(d("2025-12-26"))).isFalse();
    assertThat(ALSACE.isHoliday(d("2025-04-18"))).isTrue();
    assertThat(ALSACE.isHoliday(d("2025-12-26"))).isTrue();
    assertThat(ALSACE.isHoliday(d("2025-04-17"))).isFalse();
  }

  @Test
  void namesAndLegalBases() {
    assertThat(NATIONAL.name()).isEqualTo("France (national)");
    assertThat(NATIONAL.legalBasis()).isEqualTo(LegalBasis.law("Code du travail", "L3133-1"));
    assertThat(ALSACE.name()).isEqualTo("France (Alsace-Moselle)");
    assertThat(ALSACE.legalBasis().text()).contains("L3134-13");
    assertThat(NATIONAL).hasToString("France (national) (Code du travail L3133-1)");
    assertThat(HolidayCalendars.national()).isSameAs(NATIONAL);
  }

  @Test
  void workingDays() {
    assertThat(NATIONAL.isWorkingDay(d("2025-04-17"))).isTrue(); // Thursday
    assertThat(NATIONAL.isWorkingDay(d("2025-04-18"))).isTrue(); // Good Friday, national
    assertThat(ALSACE.isWorkingDay(d("2025-04-18"))).isFalse();
    assertThat(NATIONAL.isWorkingDay(d("2025-04-19"))).isFalse(); // Saturday
    assertThat(NATIONAL.isWorkingDay(d("2025-04-20"))).isFalse(); // Sunday
    assertThat(NATIONAL.isWorkingDay(d("2025-04-21"))).isFalse(); // Easter Monday
    assertThat(NATIONAL.isWorkingDay(d("2025-04-22"))).isTrue(); // Tuesday
    assertThat(NATIONAL.isWorkingDay(d("2025-11-01"))).isFalse(); // Saturday and holiday
  }

  @Test
  void nearestWorkingDays() {
    assertThat(NATIONAL.previousOrSameWorkingDay(d("2025-04-21"))).isEqualTo(d("2025-04-18"));
    assertThat(ALSACE.previousOrSameWorkingDay(d("2025-04-21"))).isEqualTo(d("2025-04-17"));
    assertThat(NATIONAL.previousOrSameWorkingDay(d("2025-04-17"))).isEqualTo(d("2025-04-17"));
    assertThat(NATIONAL.previousWorkingDay(d("2025-04-17"))).isEqualTo(d("2025-04-16"));
    assertThat(NATIONAL.previousWorkingDay(d("2025-04-22"))).isEqualTo(d("2025-04-18"));
    assertThat(NATIONAL.nextOrSameWorkingDay(d("2025-04-18"))).isEqualTo(d("2025-04-18"));
    assertThat(ALSACE.nextOrSameWorkingDay(d("2025-04-18"))).isEqualTo(d("2025-04-22"));
    assertThat(NATIONAL.nextWorkingDay(d("2025-04-18"))).isEqualTo(d("2025-04-22"));
    assertThat(NATIONAL.nextWorkingDay(d("2025-04-22"))).isEqualTo(d("2025-04-23"));
    // Christmas 2025 in Alsace-Moselle: Thu 25 and Fri 26 off, then the weekend.
    assertThat(ALSACE.nextWorkingDay(d("2025-12-24"))).isEqualTo(d("2025-12-29"));
    assertThat(NATIONAL.nextWorkingDay(d("2025-12-24"))).isEqualTo(d("2025-12-26"));
  }

  @Test
  void plusWorkingDays() {
    assertThat(NATIONAL.plusWorkingDays(d("2025-04-17"), 1)).isEqualTo(d("2025-04-18"));
    assertThat(ALSACE.plusWorkingDays(d("2025-04-17"), 1)).isEqualTo(d("2025-04-22"));
    assertThat(NATIONAL.plusWorkingDays(d("2025-04-17"), 3)).isEqualTo(d("2025-04-23"));
    assertThat(NATIONAL.plusWorkingDays(d("2025-04-22"), -1)).isEqualTo(d("2025-04-18"));
    assertThat(ALSACE.plusWorkingDays(d("2025-04-22"), -2)).isEqualTo(d("2025-04-16"));
    assertThat(NATIONAL.plusWorkingDays(d("2025-04-19"), 0)).isEqualTo(d("2025-04-19"));
    assertThat(NATIONAL.plusWorkingDays(d("2025-04-19"), 1)).isEqualTo(d("2025-04-22"));
    // Integer.MIN_VALUE has no positive int counterpart: the count is taken as a long, so it is not ignored.
    assertThatThrownBy(() -> NATIONAL.plusWorkingDays(d("2025-04-19"), Integer.MIN_VALUE))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("1582-12-");
  }

  @Test
  void workingDaysBetween() {
    // April 2025: 22 weekdays; Easter Monday off nationally, Good Friday too in Alsace-Moselle.
    assertThat(NATIONAL.workingDaysBetween(d("2025-04-01"), d("2025-05-01"))).isEqualTo(21);
    assertThat(ALSACE.workingDaysBetween(d("2025-04-01"), d("2025-05-01"))).isEqualTo(20);
    assertThat(NATIONAL.workingDaysBetween(d("2025-05-01"), d("2025-04-01"))).isEqualTo(-21);
    // 2025: 261 weekdays, 10 national holidays on a weekday (1 November is a Saturday).
    assertThat(NATIONAL.workingDaysBetween(d("2025-01-01"), d("2026-01-01"))).isEqualTo(251);
    assertThat(ALSACE.workingDaysBetween(d("2025-01-01"), d("2026-01-01"))).isEqualTo(249);
    assertThat(NATIONAL.workingDaysBetween(d("2025-04-17"), d("2025-04-17"))).isZero();
    assertThat(NATIONAL.workingDaysBetween(d("2025-04-17"), d("2025-04-18"))).isEqualTo(1);
    assertThat(NATIONAL.workingDaysBetween(d("2025-04-18"), d("2025-04-17"))).isEqualTo(-1);
  }

  @Test
  void supportedYearsAre1583To9999() {
    assertThat(NATIONAL.isHoliday(d("1583-01-01"))).isTrue();
    assertThat(NATIONAL.isHoliday(d("9999-12-25"))).isTrue();
    assertThat(NATIONAL.holidays(Year.of(1583))).first().isEqualTo(d("1583-01-01"));
    assertThat(ALSACE.holidays(Year.of(9999))).last().isEqualTo(d("9999-12-26"));
    assertThatThrownBy(() -> NATIONAL.isHoliday(d("1582-12-31")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("date = 1582-12-31")
        .hasMessageContaining("1583..9999")
        .extracting(e -> ((CpomValidationException) e).field())
        .isEqualTo("date");
    assertThatThrownBy(() -> ALSACE.isHoliday(d("+10000-01-01")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("date = +10000-01-01");
    assertThatThrownBy(() -> NATIONAL.holidays(Year.of(1582)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("year = 1582")
        .hasMessageContaining(SupportedYears.RULE.text());
    assertThatThrownBy(() -> NATIONAL.holidays(Year.of(10000)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("year = 10000");
    // A Saturday outside the range is rejected too, not answered "not a working day".
    assertThatThrownBy(() -> NATIONAL.isWorkingDay(d("1582-12-25")))
        .isInstanceOf(CpomValidationException.class);
    // 1 January 1583 is a holiday: the previous working day would be in 1582.
    assertThatThrownBy(() -> NATIONAL.previousOrSameWorkingDay(d("1583-01-01")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("date = 1582-12-31");
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> NATIONAL.isHoliday(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> NATIONAL.holidays(null)).isInstanceOf(NullPointerException.class).hasMessage("year");
    assertThatThrownBy(() -> NATIONAL.isWorkingDay(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> NATIONAL.previousOrSameWorkingDay(null)).hasMessage("date");
    assertThatThrownBy(() -> NATIONAL.previousWorkingDay(null)).hasMessage("date");
    assertThatThrownBy(() -> NATIONAL.nextOrSameWorkingDay(null)).hasMessage("date");
    assertThatThrownBy(() -> NATIONAL.nextWorkingDay(null)).hasMessage("date");
    assertThatThrownBy(() -> NATIONAL.plusWorkingDays(null, 1)).hasMessage("date");
    assertThatThrownBy(() -> NATIONAL.workingDaysBetween(null, d("2025-01-01"))).hasMessage("startInclusive");
    assertThatThrownBy(() -> NATIONAL.workingDaysBetween(d("2025-01-01"), null)).hasMessage("endExclusive");
    assertThatThrownBy(() -> NATIONAL.withExtraHolidays(null)).hasMessage("extraHolidays");
    assertThatThrownBy(() -> NATIONAL.withoutHolidays(null)).hasMessage("removedHolidays");
    Set<LocalDate> withNull = new java.util.HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> NATIONAL.withExtraHolidays(withNull)).isInstanceOf(NullPointerException.class);
  }
}
