package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.Set;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class AdjustedHolidayCalendarTest {
  private static final HolidayCalendar NATIONAL = HolidayCalendars.national();
  private static final HolidayCalendar ALSACE = HolidayCalendars.alsaceMoselle();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void extraHolidayMovesThePaymentDate() {
    HolidayCalendar cal = NATIONAL.withExtraHolidays(Set.of(d("2025-03-20")));
    assertThat(cal.isHoliday(d("2025-03-20"))).isTrue();
    assertThat(cal.isHoliday(d("2025-03-21"))).isFalse();
    assertThat(cal.isHoliday(d("2025-04-21"))).isTrue(); // base holidays stay
    assertThat(PaymentDates.paymentDate(YearMonth.of(2025, 3), cal)).isEqualTo(d("2025-03-19"));
    assertThat(cal.holidays(Year.of(2025))).hasSize(12).contains(d("2025-03-20"));
    assertThat(cal.holidays(Year.of(2024))).hasSize(11).doesNotContain(d("2025-03-20"));
    assertThat(cal.name()).isEqualTo("France (national) (adjusted)");
    assertThat(cal.legalBasis()).isEqualTo(LegalBasis.law("Code du travail", "L3133-1"));
  }

  @Test
  void goodFridayRemovedForACommuneWithoutATemple() {
    HolidayCalendar cal = ALSACE.withoutHolidays(Set.of(d("2025-04-18")));
    assertThat(cal.isHoliday(d("2025-04-18"))).isFalse();
    assertThat(cal.isHoliday(d("2025-12-26"))).isTrue();
    assertThat(PaymentDates.paymentDate(YearMonth.of(2025, 4), cal)).isEqualTo(d("2025-04-18"));
    assertThat(cal.holidays(Year.of(2025))).hasSize(12).doesNotContain(d("2025-04-18"));
  }

  @Test
  void theLatestAdjustmentWinsAndChainsStayFlat() {
    LocalDate day = d("2025-03-20");
    HolidayCalendar added = NATIONAL.withExtraHolidays(Set.of(day));
    HolidayCalendar removedAgain = added.withoutHolidays(Set.of(day));
    assertThat(removedAgain.isHoliday(day)).isFalse();
    assertThat(removedAgain.name()).isEqualTo("France (national) (adjusted)");
    HolidayCalendar addedAgain = removedAgain.withExtraHolidays(Set.of(day));
    assertThat(addedAgain.isHoliday(day)).isTrue();
    assertThat(addedAgain).isEqualTo(added).hasSameHashCodeAs(added);
    // Removing a base holiday then adding it back restores it.
    HolidayCalendar whit = NATIONAL.withoutHolidays(Set.of(d("2025-06-09")));
    assertThat(whit.isHoliday(d("2025-06-09"))).isFalse();
    assertThat(whit.withExtraHolidays(Set.of(d("2025-06-09"))).isHoliday(d("2025-06-09"))).isTrue();
    // Unrelated adjustments accumulate.
    HolidayCalendar both = added.withoutHolidays(Set.of(d("2025-06-09")));
    assertThat(both.isHoliday(day)).isTrue();
    assertThat(both.isHoliday(d("2025-06-09"))).isFalse();
    assertThat(both.withExtraHolidays(Set.of(d("2025-07-01"))).isHoliday(day)).isTrue();
  }

  @Test
  void equalityIsByBaseAndChanges() {
    HolidayCalendar a = NATIONAL.withExtraHolidays(Set.of(d("2025-03-20")));
    assertThat(a)
        .isEqualTo(NATIONAL.withExtraHolidays(Set.of(d("2025-03-20"))))
        .isNotEqualTo(ALSACE.withExtraHolidays(Set.of(d("2025-03-20"))))
        .isNotEqualTo(NATIONAL.withExtraHolidays(Set.of(d("2025-03-21"))))
        .isNotEqualTo(a.withoutHolidays(Set.of(d("2025-06-09"))))
        .isNotEqualTo(NATIONAL);
    assertThat(a.hashCode()).isNotEqualTo(NATIONAL.withExtraHolidays(Set.of(d("2025-03-21"))).hashCode());
    assertThat(a.toString()).contains("France (national) (adjusted)", "+[2025-03-20]", "-[]");
  }

  @Test
  void theBaseStillRejectsUncoveredYears() {
    HolidayCalendar cal = NATIONAL.withExtraHolidays(Set.of(d("1500-01-02")));
    assertThatThrownBy(() -> cal.isHoliday(d("1500-01-02")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("date = 1500-01-02");
    assertThatThrownBy(() -> cal.holidays(Year.of(1500))).isInstanceOf(CpomValidationException.class);
  }

  /** An integrator's own calendar: La Réunion adds 20 December (abolition of slavery) every year. */
  private static final HolidayCalendar REUNION =
      new HolidayCalendar() {
        @Override
        public String name() {
          return "La Réunion";
        }

        @Override
        public LegalBasis legalBasis() {
          return LegalBasis.given("Code du travail L3133-1 and L3422-2");
        }

        @Override
        public boolean isHoliday(LocalDate date) {
          return NATIONAL.isHoliday(date) || MonthDay.from(date).equals(MonthDay.of(12, 20));
        }
      };

  @Test
  void anIntegratorsCalendarGetsTheWorkingDayArithmetic() {
    // 20 December 2024 is a Friday, a holiday in La Réunion: payment on Thursday 19.
    assertThat(PaymentDates.paymentDate(YearMonth.of(2024, 12), REUNION)).isEqualTo(d("2024-12-19"));
    assertThat(PaymentDates.paymentDate(YearMonth.of(2024, 12), NATIONAL)).isEqualTo(d("2024-12-20"));
    // The default holidays(Year) scans the year.
    assertThat(REUNION.holidays(Year.of(2024)))
        .hasSize(12)
        .startsWith(d("2024-01-01"))
        .endsWith(d("2024-12-20"), d("2024-12-25"));
    assertThat(REUNION.holidays(Year.of(2025))).isEqualTo(NATIONAL.withExtraHolidays(Set.of(d("2025-12-20"))).holidays(Year.of(2025)));
    assertThat(REUNION.withExtraHolidays(Set.of(d("2024-12-23"))).nextWorkingDay(d("2024-12-19")))
        .isEqualTo(d("2024-12-24"));
    assertThatThrownBy(() -> REUNION.holidays(null)).hasMessage("year");
  }

  @Test
  void aCalendarWithoutWorkingDaysFailsInsteadOfLooping() {
    HolidayCalendar never =
        new HolidayCalendar() {
          @Override
          public String name() {
            return "never";
          }

          @Override
          public LegalBasis legalBasis() {
            return LegalBasis.given("test");
          }

          @Override
          public boolean isHoliday(LocalDate date) {
            return true;
          }
        };
    assertThatThrownBy(() -> never.previousOrSameWorkingDay(d("2025-04-20")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("calendar = never")
        .hasMessageContaining("no working day within 732 days of 2025-04-20");
    assertThatThrownBy(() -> never.nextWorkingDay(d("2025-04-20")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("of 2025-04-21");
  }

  /** Every day before {@code firstWorkingDay} is a holiday, every day from it a working day. */
  private static HolidayCalendar closedUntil(LocalDate firstWorkingDay) {
    return new HolidayCalendar() {
      @Override
      public String name() {
        return "closed until " + firstWorkingDay;
      }

      @Override
      public LegalBasis legalBasis() {
        return LegalBasis.given("test");
      }

      @Override
      public boolean isHoliday(LocalDate date) {
        return date.isBefore(firstWorkingDay);
      }

      @Override
      public boolean isWorkingDay(LocalDate date) {
        return !isHoliday(date);
      }
    };
  }

  @Test
  void theSearchLooksExactly732DaysAhead() {
    LocalDate start = d("2025-01-01");
    assertThat(closedUntil(start.plusDays(731)).nextOrSameWorkingDay(start)).isEqualTo(start.plusDays(731));
    assertThatThrownBy(() -> closedUntil(start.plusDays(732)).nextOrSameWorkingDay(start))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("no working day within 732 days of 2025-01-01");
  }

  @Test
  void aWorkingDayAYearAwayIsStillFound() {
    // Every day of 2025 a holiday: the search from 1 January reaches 1 January 2026 after 365 steps.
    HolidayCalendar closed2025 =
        new HolidayCalendar() {
          @Override
          public String name() {
            return "closed 2025";
          }

          @Override
          public LegalBasis legalBasis() {
            return LegalBasis.given("test");
          }

          @Override
          public boolean isHoliday(LocalDate date) {
            return date.getYear() == 2025 || NATIONAL.isHoliday(date);
          }
        };
    assertThat(closed2025.nextOrSameWorkingDay(d("2025-01-01"))).isEqualTo(d("2026-01-02"));
    assertThat(closed2025.previousOrSameWorkingDay(d("2025-12-31"))).isEqualTo(d("2024-12-31"));
  }

  @Test
  void theDefaultHolidaysScanStopsAtTheEndOfTheLastYearLocalDateHolds() {
    // A calendar with no year limit: New Year's Day only. Scanning Year.MAX_VALUE used to step past
    // LocalDate.MAX (+999999999-12-31) and fail with a DateTimeException.
    HolidayCalendar newYearOnly =
        new HolidayCalendar() {
          @Override
          public String name() {
            return "new year";
          }

          @Override
          public LegalBasis legalBasis() {
            return LegalBasis.given("test");
          }

          @Override
          public boolean isHoliday(LocalDate date) {
            return date.getDayOfYear() == 1;
          }
        };
    assertThat(newYearOnly.holidays(Year.of(Year.MAX_VALUE))).containsExactly(LocalDate.of(Year.MAX_VALUE, 1, 1));
    assertThat(newYearOnly.holidays(Year.of(Year.MIN_VALUE))).containsExactly(LocalDate.of(Year.MIN_VALUE, 1, 1));
    assertThat(newYearOnly.holidays(Year.of(2024))).containsExactly(d("2024-01-01"));
  }
}
