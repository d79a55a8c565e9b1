package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A sample of the calendar's public methods: null is rejected with an NPE naming the parameter. */
class CalendarNullArgumentsTest {
  private static final HolidayCalendar NATIONAL = HolidayCalendars.national();
  private static final LocalDate DAY = LocalDate.of(2025, 4, 18);
  private static final Deadline DEADLINE =
      Deadline.of("ERRD transmission", DAY, LegalBasis.casf("R314-232 III"), SourceStatus.VERIFIED);

  static Stream<Arguments> calls() {
    return Stream.of(
        call("previousOrSameWorkingDay", () -> NATIONAL.previousOrSameWorkingDay(null), "date"),
        call("nextWorkingDay", () -> NATIONAL.nextWorkingDay(null), "date"),
        call("plusWorkingDays", () -> NATIONAL.plusWorkingDays(null, 1), "date"),
        call("workingDaysBetween start", () -> NATIONAL.workingDaysBetween(null, DAY), "startInclusive"),
        call("workingDaysBetween end", () -> NATIONAL.workingDaysBetween(DAY, null), "endExclusive"),
        call("withExtraHolidays", () -> NATIONAL.withExtraHolidays(null), "extraHolidays"),
        call("withoutHolidays", () -> NATIONAL.withoutHolidays(null), "removedHolidays"),
        call("PaymentDates.paymentDate month", () -> PaymentDates.paymentDate(null, NATIONAL), "month"),
        call("PaymentDates.paymentDate calendar", () -> PaymentDates.paymentDate(YearMonth.of(2025, 4), null), "calendar"),
        call("PaymentDates.paymentDates", () -> PaymentDates.paymentDates(Year.of(2025), null), "calendar"),
        call("WorkingDayAdjustment.FOLLOWING", () -> WorkingDayAdjustment.FOLLOWING.adjust(null, NATIONAL), "date"),
        call("WorkingDayAdjustment.NONE", () -> WorkingDayAdjustment.NONE.adjust(DAY, null), "calendar"),
        call("Deadline.of", () -> Deadline.of("x", null, LegalBasis.casf("R314-3"), SourceStatus.VERIFIED), "date"),
        call("Deadline.adjusted", () -> DEADLINE.adjusted(null, NATIONAL), "adjustment"),
        call("EprdDeadlines.withEprdTransmission", () -> EprdDeadlines.standard().withEprdTransmission(30, null), "cap"),
        call("EprdDeadlines.withAdjustment", () -> EprdDeadlines.standard().withAdjustment(null, NATIONAL), "adjustment"),
        call("EprdDeadlines.eprdTransmission", () -> EprdDeadlines.standard().eprdTransmission(Year.of(2025), null), "tariffNotification"),
        call("TraditionalDeadlines.withCompteAdministratifDueDate",
            () -> TraditionalDeadlines.standard().withCompteAdministratifDueDate(null), "dueDate"),
        call("TraditionalDeadlines.budgetDecision", () -> TraditionalDeadlines.standard().budgetDecision(null), "enveloppePublication"));
  }

  private static Arguments call(String name, ThrowingCallable call, String parameter) {
    return Arguments.of(Named.of(name, call), parameter);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void rejectsNullNamingTheParameter(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
  }
}
