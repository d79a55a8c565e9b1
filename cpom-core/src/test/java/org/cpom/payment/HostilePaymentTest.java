package org.cpom.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.Hostile.rejects;
import static org.cpom.payment.PaymentEngineTest.Y2025;
import static org.cpom.payment.PaymentEngineTest.eur;
import static org.cpom.payment.PaymentEngineTest.request;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpom.PackageNullSweep;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.contract.ResolvedDgc;
import org.cpom.dotation.DgcDotation;
import org.cpom.money.Amount;
import org.cpom.referential.EsmsCategory;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** Hostile inputs for the payment package: the null sweep, then extremes, each through {@link org.cpom.Hostile}. */
class HostilePaymentTest {
  static final Amount MAX = Amount.ofCents(Long.MAX_VALUE);
  static final LocalDate APRIL = LocalDate.of(2025, 4, 10);

  static DgcScheduleRequest dgcRequest() {
    return DgcScheduleRequest.builder().dotation(PaymentEngineTest.w15Year()).notified(APRIL)
        .previousShares(PaymentEngineTest.w15()).calendar(HolidayCalendars.national()).build();
  }

  static PackageNullSweep sweep() {
    return PackageNullSweep.common()
        .with(ScheduleRequest.class, () -> request(1200, 1200, APRIL).build())
        .with(DgcScheduleRequest.class, HostilePaymentTest::dgcRequest)
        .with(AmountChange.class, () -> AmountChange.of(LocalDate.of(2025, 6, 1), eur(2400), "DM", LegalBasis.casf("R314-108")))
        .with(PaymentSchedule.class, () -> PaymentEngine.schedule(request(1200, 1200, APRIL).build()))
        .with(DgcPaymentSchedule.class, () -> PaymentEngine.schedule(dgcRequest()))
        .with(HolidayCalendar.class, HolidayCalendars::national)
        .with(DgcDotation.class, PaymentEngineTest::w15Year)
        .with(ResolvedDgc.class, () -> PaymentEngineTest.DGC)
        .with(EsmsCategory.class, () -> EsmsCategory.IME)
        .with(PaymentRegime.class, () -> PaymentRegime.values()[0])
        .with(org.cpom.param.RegulatoryParameter.class, () -> dgcRequest().paymentDay())
        .with(Map.Entry.class, () -> Map.entry(PaymentEngineTest.A, eur(1)))
        .with(org.cpom.contract.ResolvedSingleEsmsDotation.class, () -> org.cpom.contract.ResolvedSingleEsmsDotation.builder()
            .contractReference("CPOM-1").basis(org.cpom.contract.CpomBasis.L313_12_IV_TER).firstYear(Year.of(2025))
            .lastYear(Year.of(2029)).esms(PaymentEngineTest.esms(PaymentEngineTest.A, EsmsCategory.IME))
            .funder(org.cpom.referential.Funder.assuranceMaladie()).mode(org.cpom.contract.TariffMode.CAMPAIGN_RATE).build());
  }

  static final PackageNullSweep SWEEP = sweep();

  @org.junit.jupiter.api.AfterAll
  static void report() {
    SWEEP.reportGeneratedNpes();
  }

  @TestFactory
  List<DynamicTest> nullSweep() {
    return SWEEP.casesAtLeast("org.cpom.payment", 40);
  }

  static DynamicTest case_(String name, Executable call) {
    return org.cpom.Hostile.rejecting(name, call);
  }

  static AmountChange change(LocalDate d, Amount a) {
    return AmountChange.of(d, a, "DM", LegalBasis.casf("R314-108"));
  }

  @TestFactory
  List<DynamicTest> extremes() {
    List<DynamicTest> t = new ArrayList<>();
    t.add(case_("a schedule of Year.MAX", () -> PaymentEngine.schedule(request(1, 1, APRIL).year(Year.of(Year.MAX_VALUE))
        .notified(LocalDate.of(Year.MAX_VALUE, 1, 1)).build())));
    t.add(case_("a schedule of Year.MIN", () -> PaymentEngine.schedule(request(1, 1, APRIL).year(Year.of(Year.MIN_VALUE))
        .notified(LocalDate.of(Year.MIN_VALUE, 1, 1)).build())));
    t.add(case_("notified LocalDate.MAX", () -> PaymentEngine.schedule(request(1, 1, LocalDate.MAX).build())));
    t.add(case_("notified LocalDate.MIN", () -> PaymentEngine.schedule(request(1, 1, LocalDate.MIN).build())));
    t.add(case_("a change on LocalDate.MAX", () -> PaymentEngine.schedule(request(1, 1, APRIL)
        .addChanges(change(LocalDate.MAX, eur(2))).build())));
    t.add(case_("a previous amount of Long.MIN cents", () -> PaymentEngine.schedule(request(1, 1, APRIL)
        .previousAmount(Amount.ofCents(Long.MIN_VALUE)).build())));
    t.add(case_("changes out of order", () -> PaymentEngine.schedule(request(1, 1, APRIL)
        .addChanges(change(LocalDate.of(2025, 8, 1), eur(2)), change(LocalDate.of(2025, 6, 1), eur(3))).build())));
    t.add(case_("a change with a 10 MB label before the notification", () -> PaymentEngine.schedule(request(1, 1, APRIL)
        .addChanges(AmountChange.of(LocalDate.of(2025, 1, 1), eur(2), "x".repeat(10_000_000), LegalBasis.casf("R314-108")))
        .build())));
    t.add(case_("a DGC schedule with previous shares overflowing", () -> PaymentEngine.schedule(DgcScheduleRequest.builder()
        .from(dgcRequest()).previousShares(Map.of(PaymentEngineTest.A, MAX, PaymentEngineTest.B, MAX, PaymentEngineTest.C,
            MAX)).build())));
    t.add(case_("a DGC schedule notified LocalDate.MAX", () -> PaymentEngine.schedule(DgcScheduleRequest.builder()
        .from(dgcRequest()).notified(LocalDate.MAX).build())));
    t.add(case_("a DGC schedule with a share missing", () -> PaymentEngine.schedule(DgcScheduleRequest.builder()
        .from(dgcRequest()).previousShares(Map.of(PaymentEngineTest.A, eur(1))).build())));
    return t;
  }

  @Test
  void theLargestAmountIsPaidExactly() {
    PaymentSchedule s = PaymentEngine.schedule(request(0, 0, LocalDate.of(2025, 1, 1)).previousAmount(MAX).annualAmount(MAX)
        .build());
    assertThat(s.total()).isEqualTo(MAX);
    assertThat(Y2025).isEqualTo(s.payments().get(0).date().getYear() == 2025 ? Y2025 : null);
  }
}
