package org.cpom.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.cpom.NullSweep;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The null sweep of the calendar package. */
class CalendarNullSweepTest {

  @TestFactory
  Stream<DynamicTest> nullSweep() {
    return new NullSweep()
        .sample(LocalDate.class, () -> LocalDate.of(2025, 3, 14))
        .sample(Year.class, () -> Year.of(2025))
        .sample(YearMonth.class, () -> YearMonth.of(2025, 3))
        .sample(MonthDay.class, () -> MonthDay.of(4, 30))
        .sample(LegalBasis.class, () -> LegalBasis.casf("R314-210"))
        .sample(HolidayCalendar.class, HolidayCalendars::national)
        .sample(WorkingDayAdjustment.class, () -> WorkingDayAdjustment.FOLLOWING)
        .sample(Deadline.class, () -> Deadline.of("d", LocalDate.of(2025, 4, 30), LegalBasis.casf("R314-210"),
            SourceStatus.values()[0]))
        .sample(EprdDeadlines.class, EprdDeadlines::standard)
        .sample(TraditionalDeadlines.class, TraditionalDeadlines::standard)
        .sample(EprdTransmission.class,
            () -> EprdDeadlines.standard().eprdTransmissionAfter(Year.of(2025), List.of(LocalDate.of(2025, 3, 1))))
        .sweep(CretonDeadlines.class, Deadline.class, EprdDeadlines.class, EprdTransmission.class,
            HolidayCalendar.class, HolidayCalendars.class, PaymentDates.class, TraditionalDeadlines.class,
            WorkingDayAdjustment.class);
  }
}
