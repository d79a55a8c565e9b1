package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentDatesTest {
  private static final HolidayCalendar NATIONAL = HolidayCalendars.national();
  private static final HolidayCalendar ALSACE = HolidayCalendars.alsaceMoselle();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void april2025AcceptanceNational() {
    // 20 April 2025 is Easter Sunday, 19 a Saturday: Friday 18. Easter Monday (21) plays no part.
    LocalDate date = PaymentDates.paymentDate(YearMonth.of(2025, 4), NATIONAL);
    assertThat(date).isEqualTo(d("2025-04-18"));
    assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
  }

  @Test
  void april2025AcceptanceAlsaceMoselle() {
    // Friday 18 April 2025 is Good Friday in Alsace-Moselle: Thursday 17.
    LocalDate date = PaymentDates.paymentDate(YearMonth.of(2025, 4), ALSACE);
    assertThat(date).isEqualTo(d("2025-04-17"));
    assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
  }

  @Test
  void everyMonthOf2025National() {
    // Hand-checked: the 20th falls on a Sunday in April (Easter) and July, a Saturday in September and
    // December; every other 20th is a working day.
    assertThat(PaymentDates.paymentDates(Year.of(2025), NATIONAL))
        .containsExactly(
            d("2025-01-20"), // Mon
            d("2025-02-20"), // Thu
            d("2025-03-20"), // Thu
            d("2025-04-18"), // Sun 20 -> Fri 18
            d("2025-05-20"), // Tue (Ascension is 29 May)
            d("2025-06-20"), // Fri
            d("2025-07-18"), // Sun 20 -> Fri 18
            d("2025-08-20"), // Wed
            d("2025-09-19"), // Sat 20 -> Fri 19
            d("2025-10-20"), // Mon
            d("2025-11-20"), // Thu
            d("2025-12-19")); // Sat 20 -> Fri 19
  }

  @Test
  void everyMonthOf2025AlsaceMoselle() {
    assertThat(PaymentDates.paymentDates(Year.of(2025), ALSACE))
        .containsExactly(
            d("2025-01-20"), d("2025-02-20"), d("2025-03-20"),
            d("2025-04-17"), // Sun 20, Sat 19, Good Friday 18 -> Thu 17
            d("2025-05-20"), d("2025-06-20"), d("2025-07-18"), d("2025-08-20"), d("2025-09-19"),
            d("2025-10-20"), d("2025-11-20"), d("2025-12-19"));
  }

  @Test
  void everyMonthOf2026National() {
    // Easter 5 April 2026: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May, none on a 20th.
    assertThat(PaymentDates.paymentDates(Year.of(2026), NATIONAL))
        .containsExactly(
            d("2026-01-20"), // Tue
            d("2026-02-20"), // Fri
            d("2026-03-20"), // Fri
            d("2026-04-20"), // Mon
            d("2026-05-20"), // Wed
            d("2026-06-19"), // Sat 20 -> Fri 19
            d("2026-07-20"), // Mon
            d("2026-08-20"), // Thu
            d("2026-09-18"), // Sun 20 -> Fri 18
            d("2026-10-20"), // Tue
            d("2026-11-20"), // Fri
            d("2026-12-18")); // Sun 20 -> Fri 18
  }

  @Test
  void everyMonthOf2026AlsaceMoselleIsTheSame() {
    // Good Friday 3 April and 26 December (a Saturday) are far from a 20th.
    assertThat(PaymentDates.paymentDates(Year.of(2026), ALSACE))
        .isEqualTo(PaymentDates.paymentDates(Year.of(2026), NATIONAL))
        .hasSize(12);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    // Whit Monday on Monday 20 May 2024 (leap year, Easter 31 March): back over the weekend to Fri 17.
    "2024-05, national, 2024-05-17",
    "2024-05, alsace, 2024-05-17",
    // Ascension on Thursday 20 May 2004 (Easter 11 April): Wednesday 19.
    "2004-05, national, 2004-05-19",
    // Easter Monday on 20 April 1992: Friday 17, or Thursday 16 in Alsace-Moselle (Good Friday 17).
    "1992-04, national, 1992-04-17",
    "1992-04, alsace, 1992-04-16",
    // Earliest Easter (22 March 2285): Good Friday is Friday 20 March, a holiday only in Alsace-Moselle.
    "2285-03, national, 2285-03-20",
    "2285-03, alsace, 2285-03-19",
    // Good Friday on 20 April 2057 (Easter 22 April).
    "2057-04, national, 2057-04-20",
    "2057-04, alsace, 2057-04-19",
    // Ascension on Thursday 18 May 2023, 20 May a Saturday: Friday 19 (the 'pont' is a working day).
    "2023-05, national, 2023-05-19",
    // Latest Easter (25 April 2038): 20 April is a Tuesday.
    "2038-04, alsace, 2038-04-20",
    // February of a leap year: 20 February 2024 is a Tuesday.
    "2024-02, national, 2024-02-20",
    // Range ends.
    "1583-01, national, 1583-01-20",
    "9999-12, alsace, 9999-12-20"
  })
  void holidaysNearThe20th(YearMonth month, String calendar, LocalDate expected) {
    HolidayCalendar cal = calendar.equals("alsace") ? ALSACE : NATIONAL;
    assertThat(PaymentDates.paymentDate(month, cal)).isEqualTo(expected);
  }

  @Test
  void paymentDatesOfAYearAreTheTwelveMonthlyDatesInOrder() {
    List<LocalDate> dates = PaymentDates.paymentDates(Year.of(2024), ALSACE);
    assertThat(dates).hasSize(12).isSorted();
    for (int m = 1; m <= 12; m++) {
      assertThat(dates.get(m - 1)).isEqualTo(PaymentDates.paymentDate(YearMonth.of(2024, m), ALSACE));
    }
    assertThatThrownBy(() -> dates.add(d("2024-12-31"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theRuleIsR314107OnThe20th() {
    assertThat(PaymentDates.PAYMENT_DAY).isEqualTo(20);
    assertThat(PaymentDates.LEGAL_BASIS).isEqualTo(LegalBasis.casf("R314-107"));
  }

  @Test
  void thePaymentDateIsTheLastWorkingDayOnOrBeforeThe20th() {
    // Over 10,000 distinct random months of 1583..9999, each with one of the two calendars. QuickTheories
    // runs a few percent fewer checks than examples asked, hence 12,000.
    Set<YearMonth> months = new HashSet<>();
    qt().withFixedSeed(20250420L)
        .withExamples(12_000)
        .forAll(integers().between(1583, 9999), integers().between(1, 12), booleans().all())
        .checkAssert(
            (year, month, alsace) -> {
              HolidayCalendar cal = alsace ? ALSACE : NATIONAL;
              YearMonth ym = YearMonth.of(year, month);
              months.add(ym);
              LocalDate twentieth = ym.atDay(20);
              LocalDate pay = PaymentDates.paymentDate(ym, cal);
              assertThat(cal.isWorkingDay(pay)).as("%s working day", pay).isTrue();
              assertThat(pay).isBeforeOrEqualTo(twentieth);
              assertThat(YearMonth.from(pay)).isEqualTo(ym);
              for (LocalDate between = pay.plusDays(1); !between.isAfter(twentieth); between = between.plusDays(1)) {
                assertThat(cal.isWorkingDay(between)).as("%s after %s", between, pay).isFalse();
              }
              // The Alsace-Moselle date is never after the national one.
              assertThat(PaymentDates.paymentDate(ym, ALSACE)).isBeforeOrEqualTo(PaymentDates.paymentDate(ym, NATIONAL));
            });
    assertThat(months).hasSizeGreaterThanOrEqualTo(10_000);
  }

  @Test
  void badInputIsRejectedNamingTheField() {
    assertThatThrownBy(() -> PaymentDates.paymentDate(YearMonth.of(1582, 12), NATIONAL))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("month = 1582-12")
        .hasMessageContaining(SupportedYears.RULE.text())
        .extracting(e -> ((CpomValidationException) e).field())
        .isEqualTo("month");
    // the same with a payment day given
    assertThatThrownBy(() -> PaymentDates.paymentDate(YearMonth.of(1582, 12), 20, NATIONAL))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("month = 1582-12")
        .hasMessageContaining(SupportedYears.RULE.text())
        .extracting(e -> ((CpomValidationException) e).field())
        .isEqualTo("month");
    assertThatThrownBy(() -> PaymentDates.paymentDate(YearMonth.of(10000, 1), NATIONAL))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("month = 10000-01");
    assertThatThrownBy(() -> PaymentDates.paymentDates(Year.of(1582), NATIONAL))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("year = 1582");
    assertThatThrownBy(() -> PaymentDates.paymentDates(Year.of(10000), NATIONAL))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("year = 10000");
    assertThatThrownBy(() -> PaymentDates.paymentDate(null, NATIONAL))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("month");
    assertThatThrownBy(() -> PaymentDates.paymentDate(YearMonth.of(2025, 4), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("calendar");
    assertThatThrownBy(() -> PaymentDates.paymentDates(null, NATIONAL)).hasMessage("year");
    assertThatThrownBy(() -> PaymentDates.paymentDates(Year.of(2025), null)).hasMessage("calendar");
  }

  @Test
  void anotherPaymentDay() {
    // the 20th through the day overload is the R314-107 date: Easter Sunday 20 April 2025 gives Friday 18
    assertThat(PaymentDates.paymentDate(YearMonth.of(2025, 4), 20, NATIONAL))
        .isEqualTo(PaymentDates.paymentDate(YearMonth.of(2025, 4), NATIONAL)).isEqualTo(LocalDate.of(2025, 4, 18));
    // the 31st of a 30-day month is its last day: Monday 30 June 2025
    assertThat(PaymentDates.paymentDate(YearMonth.of(2025, 6), 31, NATIONAL)).isEqualTo(LocalDate.of(2025, 6, 30));
    // 29 February 2024 (leap year) is a Thursday; in 2025 the 29th gives Friday 28 February
    assertThat(PaymentDates.paymentDate(YearMonth.of(2024, 2), 29, NATIONAL)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PaymentDates.paymentDate(YearMonth.of(2025, 2), 29, NATIONAL)).isEqualTo(LocalDate.of(2025, 2, 28));
    // 1 January is a holiday: back to the last working day of December, Tuesday 31 December 2024
    assertThat(PaymentDates.paymentDate(YearMonth.of(2025, 1), 1, NATIONAL)).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThatThrownBy(() -> PaymentDates.paymentDate(YearMonth.of(2025, 1), 0, NATIONAL))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("paymentDay = 0");
    assertThatThrownBy(() -> PaymentDates.paymentDate(YearMonth.of(2025, 1), 32, NATIONAL))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("paymentDay = 32");
  }
}
