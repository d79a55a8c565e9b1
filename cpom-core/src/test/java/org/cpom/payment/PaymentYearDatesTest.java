package org.cpom.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Set;
import java.util.SortedSet;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.calendar.PaymentDates;
import org.cpom.param.RegulatoryParameter;
import org.junit.jupiter.api.Test;

/** The payment dates kept from one schedule to the next are those of the same year, calendar and day only. */
class PaymentYearDatesTest {
  private static final RegulatoryParameter<Integer> DAY = PaymentRegime.CASF_R314_107.defaultPaymentDay();

  @Test
  void eachCalendarAndYearGetsItsOwnDates() {
    // 20 April 2025 is a Sunday: the 18th (Friday) nationally, the 17th in Alsace-Moselle, where Good Friday
    // is a holiday; asked in turn, each keeps its own
    for (int round = 0; round < 3; round++) {
      assertThat(april(Year.of(2025), HolidayCalendars.national())).isEqualTo(LocalDate.of(2025, 4, 18));
      assertThat(april(Year.of(2025), HolidayCalendars.alsaceMoselle())).isEqualTo(LocalDate.of(2025, 4, 17));
      assertThat(april(Year.of(2026), HolidayCalendars.national())).isEqualTo(LocalDate.of(2026, 4, 20));
    }
    PaymentEngine.YearDates a = PaymentEngine.YearDates.of(Year.of(2027), HolidayCalendars.national(), DAY);
    assertThat(PaymentEngine.YearDates.of(Year.of(2027), HolidayCalendars.national(), DAY)).isSameAs(a);
    for (int m = 0; m < 12; m++) {
      assertThat(a.dates.get(m)).isEqualTo(PaymentDates.paymentDate(YearMonth.of(2027, m + 1), HolidayCalendars.national()));
      assertThat(a.months[m]).isEqualTo(YearMonth.of(2027, m + 1));
    }
  }

  @Test
  void aCalendarOfTheCallerIsNeverKept() {
    // a calendar written by the caller may answer differently from one call to the next: not kept
    HolidayCalendar own = new HolidayCalendar() {
      @Override
      public String name() {
        return "own";
      }

      @Override
      public org.cpom.LegalBasis legalBasis() {
        return org.cpom.LegalBasis.given("own calendar");
      }

      @Override
      public boolean isHoliday(LocalDate date) {
        return Set.of(LocalDate.of(2025, 6, 20)).contains(date);
      }
    };
    PaymentEngine.YearDates first = PaymentEngine.YearDates.of(Year.of(2025), own, DAY);
    assertThat(first.dates.get(5)).isEqualTo(LocalDate.of(2025, 6, 19));
    assertThat(PaymentEngine.YearDates.of(Year.of(2025), own, DAY)).isNotSameAs(first);
    SortedSet<LocalDate> none = own.holidays(Year.of(2024));
    assertThat(none).isEmpty();
  }

  @Test
  void aYearOutsideTheSupportedOnesIsRejectedUnderItsOwnName() {
    for (int y : new int[] {1582, 10_000}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> PaymentEngine.Columns.of(Year.of(y),
          HolidayCalendars.national(), DAY, java.util.List.of()))
          .isInstanceOf(org.cpom.CpomValidationException.class).hasMessageContaining("year")
          .hasMessageContaining(String.valueOf(y));
    }
    assertThat(PaymentEngine.Columns.of(Year.of(1583), HolidayCalendars.national(), DAY, java.util.List.of()).dates)
        .hasSize(12);
    assertThat(PaymentEngine.Columns.of(Year.of(9999), HolidayCalendars.national(), DAY, java.util.List.of()).dates)
        .hasSize(12);
  }

  private static LocalDate april(Year year, HolidayCalendar calendar) {
    return PaymentEngine.YearDates.of(year, calendar, DAY).dates.get(3);
  }
}
