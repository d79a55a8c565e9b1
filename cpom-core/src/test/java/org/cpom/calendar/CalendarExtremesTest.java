package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

/** At the ends of the date range, a working-day search is a cpom rejection, never a DateTimeException. */
class CalendarExtremesTest {
  /** A calendar with no holiday at all, for any year: only weekends stop a search. */
  private static final HolidayCalendar NONE = new HolidayCalendar() {
    @Override
    public String name() {
      return "none";
    }

    @Override
    public LegalBasis legalBasis() {
      return LegalBasis.given("test");
    }

    @Override
    public boolean isHoliday(LocalDate date) {
      return false;
    }
  };

  @Test
  void thereIsNoWorkingDayBeforeTheFirstDateOrAfterTheLast() {
    for (HolidayCalendar c : new HolidayCalendar[] {NONE, HolidayCalendars.national(), HolidayCalendars.alsaceMoselle(),
        NONE.withExtraHolidays(java.util.Set.of(LocalDate.of(2025, 1, 2)))}) {
      assertThatThrownBy(() -> c.previousWorkingDay(LocalDate.MIN)).as(c.name())
          .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isIn("date", "calendar"));
      assertThatThrownBy(() -> c.nextWorkingDay(LocalDate.MAX)).as(c.name())
          .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isIn("date", "calendar"));
      assertThatThrownBy(() -> c.plusWorkingDays(LocalDate.MAX.minusDays(1), 5)).as(c.name())
          .isInstanceOf(CpomValidationException.class);
    }
    // the error says which way there is no day
    assertThatThrownBy(() -> NONE.nextWorkingDay(LocalDate.MAX))
        .hasMessageContaining("there is no day after +999999999-12-31");
    assertThatThrownBy(() -> NONE.previousWorkingDay(LocalDate.MIN))
        .hasMessageContaining("there is no day before -999999999-01-01");
    // LocalDate.MAX, +999999999-12-31, is a Friday: a working day of a calendar without holidays
    assertThat(NONE.nextOrSameWorkingDay(LocalDate.MAX)).isEqualTo(LocalDate.MAX);
    assertThat(NONE.previousWorkingDay(LocalDate.MAX)).isEqualTo(LocalDate.MAX.minusDays(1));
    // LocalDate.MIN, -999999999-01-01, is a Monday
    assertThat(NONE.previousOrSameWorkingDay(LocalDate.MIN)).isEqualTo(LocalDate.MIN);
  }

  @Test
  void theLastDayOfTheYearIsAmongTheHolidaysOfACustomCalendar() {
    // the default holidays(Year) scans every day up to and including 31 December (a PIT survivor: < instead of <=)
    HolidayCalendar newYearsEve = NONE.withExtraHolidays(java.util.Set.of(LocalDate.of(2024, 12, 31)));
    assertThat(newYearsEve.holidays(Year.of(2024))).containsExactly(LocalDate.of(2024, 12, 31));
    HolidayCalendar lastDayOfLeapYear = new HolidayCalendar() {
      @Override
      public String name() {
        return "31 December";
      }

      @Override
      public LegalBasis legalBasis() {
        return LegalBasis.given("test");
      }

      @Override
      public boolean isHoliday(LocalDate date) {
        return date.getMonthValue() == 12 && date.getDayOfMonth() == 31;
      }
    };
    assertThat(lastDayOfLeapYear.holidays(Year.of(2024))).containsExactly(LocalDate.of(2024, 12, 31));
    assertThat(lastDayOfLeapYear.holidays(Year.of(2025))).containsExactly(LocalDate.of(2025, 12, 31));
  }
}
