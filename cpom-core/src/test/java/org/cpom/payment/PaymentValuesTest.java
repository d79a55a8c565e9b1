package org.cpom.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.cpom.LegalBasis;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.money.Amount;
import org.cpom.trace.StepKind;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** The payment and schedule values, written by hand: equality, hash, the trace held, the sum checked. */
class PaymentValuesTest {
  private static final LocalDate DATE = LocalDate.of(2025, 3, 20);
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final LegalBasis BASIS = LegalBasis.casf("R314-107");

  private static TraceStep twelfth(String amount) {
    return TraceStep.of(StepKind.TWELFTH, Amount.of(amount), BASIS, 3, Year.of(2025), Amount.of("1200"), "arrêté");
  }

  private static PaymentSchedule schedule(Amount annual) {
    return PaymentEngine.schedule(ScheduleRequest.builder().year(Year.of(2025)).previousAmount(Amount.of("1188"))
        .annualAmount(annual).notified(LocalDate.of(2025, 4, 10)).calendar(HolidayCalendars.national()).build());
  }

  @Test
  void aOneStepPaymentGivesTheTraceOfItsStepAndItsAmount() {
    TraceStep step = twelfth("100.00");
    Payment p = Payment.of(DATE, MARCH, PaymentKind.TWELFTH, step);
    assertThat(p.amount()).isSameAs(step.amount());
    assertThat(p.trace()).isEqualTo(Trace.of(step));
    assertThat(p.trace().steps()).containsExactly(step);
    assertThat(p.date()).isEqualTo(DATE);
    assertThat(p.month()).isEqualTo(MARCH);
    assertThat(p.kind()).isEqualTo(PaymentKind.TWELFTH);
    assertThat(p).hasToString("2025-03-20 TWELFTH EUR 100.00");
  }

  @Test
  void aPaymentGivenATraceOfOneStepEqualsThePaymentOfThatStep() {
    TraceStep step = twelfth("100.00");
    Payment viaTrace = Payment.of(DATE, MARCH, PaymentKind.TWELFTH, Amount.of("100.00"), Trace.of(step));
    Payment viaStep = Payment.of(DATE, MARCH, PaymentKind.TWELFTH, step);
    assertThat(viaTrace).isEqualTo(viaStep).hasSameHashCodeAs(viaStep);
    TraceStep rounding = TraceStep.of(StepKind.PAYMENT_ROUNDING, Amount.of("0.01"), BASIS);
    Trace two = Trace.of(step, rounding);
    Payment rounded = Payment.of(DATE, MARCH, PaymentKind.TWELFTH, Amount.of("100.01"), two);
    assertThat(rounded.trace()).isSameAs(two);
    assertThat(rounded.amount()).isEqualTo(Amount.of("100.01"));
  }

  @Test
  void paymentsDifferByEachAttribute() {
    TraceStep step = twelfth("100.00");
    Payment p = Payment.of(DATE, MARCH, PaymentKind.TWELFTH, step);
    assertThat(p).isEqualTo(p).isNotEqualTo("2025-03-20 TWELFTH EUR 100.00").isNotEqualTo(null);
    assertThat(p).isEqualTo(Payment.of(DATE, MARCH, PaymentKind.TWELFTH, twelfth("100.00")));
    assertThat(p.hashCode()).isEqualTo(Payment.of(DATE, MARCH, PaymentKind.TWELFTH, twelfth("100.00")).hashCode());
    List<Payment> others = List.of(
        Payment.of(DATE.minusDays(1), MARCH, PaymentKind.TWELFTH, step),
        Payment.of(DATE, MARCH.plusMonths(1), PaymentKind.TWELFTH, step),
        Payment.of(DATE, MARCH, PaymentKind.CATCH_UP, step),
        Payment.of(DATE, MARCH, PaymentKind.TWELFTH, Amount.of("100.01"), Trace.of(step)),
        Payment.of(DATE, MARCH, PaymentKind.TWELFTH, Amount.of("100.00"),
            Trace.of(TraceStep.of(StepKind.TWELFTH, Amount.of("100.00"), BASIS, 4, Year.of(2025), Amount.of("1200"),
                "arrêté"))));
    for (Payment o : others) {
      assertThat(p).isNotEqualTo(o);
      assertThat(o).isNotEqualTo(p);
      assertThat(p.hashCode()).isNotEqualTo(o.hashCode());
    }
  }

  @Test
  void aPaymentRejectsAMissingValue() {
    TraceStep step = twelfth("100.00");
    assertThatThrownBy(() -> Payment.of(null, MARCH, PaymentKind.TWELFTH, step)).hasMessage("date");
    assertThatThrownBy(() -> Payment.of(DATE, null, PaymentKind.TWELFTH, step)).hasMessage("month");
    assertThatThrownBy(() -> Payment.of(DATE, MARCH, null, step)).hasMessage("kind");
    assertThatThrownBy(() -> Payment.of(DATE, MARCH, PaymentKind.TWELFTH, null, Trace.of(step))).hasMessage("amount");
    assertThatThrownBy(() -> Payment.of(DATE, MARCH, PaymentKind.TWELFTH, Amount.ofCents(1), null)).hasMessage("trace");
  }

  @Test
  void schedulesAreEqualWhenTheirAttributesAreAndShowThem() {
    PaymentSchedule a = schedule(Amount.of("1200"));
    PaymentSchedule b = schedule(Amount.of("1200"));
    assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a).isNotEqualTo(null).isNotEqualTo(a.toString());
    PaymentSchedule c = schedule(Amount.of("1200.01"));
    assertThat(a).isNotEqualTo(c);
    assertThat(a.hashCode()).isNotEqualTo(c.hashCode());
    assertThat(a.toString()).startsWith("PaymentSchedule{year=2025, annualAmount=EUR 1200.00, previousAmount=EUR 1188.00, regime="
        + a.regime() + ", paymentDay=" + a.paymentDay() + ", payments=[2025-01-20 ADVANCE EUR 99.00, ").endsWith("]}");
    assertThat(a.payments()).hasSize(12);
    assertThatThrownBy(() -> a.payments().set(0, a.payments().get(1))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aScheduleChecksItsSumAndItsPayments() {
    PaymentSchedule s = schedule(Amount.of("1200"));
    Payment[] payments = s.payments().toArray(new Payment[0]);
    assertThatThrownBy(() -> PaymentSchedule.of(s.year(), Amount.of("1200.01"), s.previousAmount(), s.regime(),
        s.paymentDay(), payments.clone()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("schedule does not sum to its annual amount: EUR 1200.00 vs EUR 1200.01");
    Payment[] withNull = payments.clone();
    withNull[4] = null;
    assertThatThrownBy(() -> PaymentSchedule.of(s.year(), s.annualAmount(), s.previousAmount(), s.regime(),
        s.paymentDay(), withNull)).hasMessage("payments element");
    assertThatThrownBy(() -> PaymentSchedule.of(null, s.annualAmount(), s.previousAmount(), s.regime(),
        s.paymentDay(), payments.clone())).hasMessage("year");
    assertThatThrownBy(() -> PaymentSchedule.of(s.year(), s.annualAmount(), s.previousAmount(), null,
        s.paymentDay(), payments.clone())).hasMessage("regime");
    assertThat(PaymentSchedule.of(s.year(), s.annualAmount(), s.previousAmount(), s.regime(), s.paymentDay(),
        payments.clone())).isEqualTo(s);
  }
}
