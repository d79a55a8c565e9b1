package org.cpom.examples.bench;

import org.cpom.calendar.HolidayCalendar;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DotationEngine;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.DgcScheduleRequest;
import org.cpom.payment.PaymentEngine;

/**
 * What the {@code cpom} benchmark measures for one DGC: the year's amount of each ESMS and of the DGC with
 * their traces, the provisional split (both from {@link DotationEngine#compute}), then the monthly payments of
 * the DGC and of each ESMS ({@link PaymentEngine#schedule(DgcScheduleRequest)}), on the national holiday
 * calendar, with the 2024 bases as the 2024 shares advanced until the arrêté.
 */
final class CpomRun {
  private static final HolidayCalendar CALENDAR = HolidayCalendars.national();

  private CpomRun() {}

  /** The results of one DGC. */
  static final class Result {
    final DgcDotation year;
    final DgcPaymentSchedule payments;

    Result(DgcDotation year, DgcPaymentSchedule payments) {
      this.year = year;
      this.payments = payments;
    }
  }

  static Result compute(Campaign.CpomDgc dgc) {
    DgcDotation year = DotationEngine.compute(dgc.definition, dgc.year, dgc.previousBases);
    DgcPaymentSchedule payments = PaymentEngine.schedule(DgcScheduleRequest.builder()
        .dotation(year)
        .notified(dgc.notified)
        .previousShares(dgc.previousBases)
        .calendar(CALENDAR)
        .build());
    return new Result(year, payments);
  }
}
