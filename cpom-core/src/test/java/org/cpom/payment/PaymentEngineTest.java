package org.cpom.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpom.CpomValidationException;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.TariffMode;
import org.cpom.dotation.Actualisation;
import org.cpom.dotation.DecisionModificative;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DmStatus;
import org.cpom.dotation.DmTransfer;
import org.cpom.dotation.DotationEngine;
import org.cpom.dotation.EsmsYear;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.cpom.LegalBasis;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

class PaymentEngineTest {
  static final Year Y2025 = Year.of(2025);

  static Amount eur(long euros) {
    return Amount.ofEuros(euros);
  }

  static ScheduleRequest.Builder request(long previous, long annual, LocalDate notified) {
    return ScheduleRequest.builder().year(Y2025).previousAmount(eur(previous)).annualAmount(eur(annual)).notified(notified)
        .calendar(HolidayCalendars.national());
  }

  static List<Amount> amounts(PaymentSchedule s) {
    return s.payments().stream().map(Payment::amount).toList();
  }

  static void assertTracesSum(PaymentSchedule s) {
    for (Payment p : s.payments()) {
      assertThat(Amount.total(p.trace().steps().stream().map(TraceStep::amount).toList())).as(p.toString()).isEqualTo(p.amount());
    }
  }

  @Test
  void acceptanceLateNotificationOn10April() {
    PaymentSchedule s = PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2025, 4, 10)).build());
    assertThat(amounts(s)).containsExactly(eur(100_000), eur(100_000), eur(100_000), eur(120_000), eur(105_000),
        eur(105_000), eur(105_000), eur(105_000), eur(105_000), eur(105_000), eur(105_000), eur(105_000));
    assertThat(s.total()).isEqualTo(eur(1_260_000));
    assertThat(s.annualAmount()).isEqualTo(eur(1_260_000));
    assertThat(s.previousAmount()).isEqualTo(eur(1_200_000));
    assertThat(s.payments()).extracting(Payment::kind).containsExactly(PaymentKind.ADVANCE, PaymentKind.ADVANCE,
        PaymentKind.ADVANCE, PaymentKind.CATCH_UP, PaymentKind.TWELFTH, PaymentKind.TWELFTH, PaymentKind.TWELFTH,
        PaymentKind.TWELFTH, PaymentKind.TWELFTH, PaymentKind.TWELFTH, PaymentKind.TWELFTH, PaymentKind.TWELFTH);
    // 20 April 2025 is Easter Sunday and the 19th a Saturday: paid on Friday 18 April
    Payment april = s.payments().get(3);
    assertThat(april.date()).isEqualTo(LocalDate.of(2025, 4, 18));
    assertThat(april.month()).isEqualTo(YearMonth.of(2025, 4));
    assertThat(april.trace().steps()).extracting(TraceStep::amount).containsExactly(eur(105_000), eur(15_000));
    assertThat(april.trace().steps()).extracting(TraceStep::basis)
        .containsExactly(LegalBasis.casf("R314-107"), LegalBasis.casf("R314-108"));
    assertThat(s.payments().get(0).trace().steps().get(0).basis()).isEqualTo(LegalBasis.casf("R314-108"));
    assertThat(s.payments().get(0).trace().steps().get(0).label()).contains("Advance 1/12", "2024 amount EUR 1200000.00");
    assertThat(s.payments().get(1).trace().steps().get(0).label()).startsWith("Advance 2/12: twelfth of the 2024 amount");
    assertThat(april.trace().steps().get(0).label())
        .isEqualTo("Twelfth 4/12 of the 2025 amount EUR 1260000.00 (arrêté notified on 2025-04-10)");
    assertThat(april.trace().steps().get(1).label()).contains("Catch-up of months 1 to 3", "EUR 300000.00 paid");
    assertThat(april.toString()).isEqualTo("2025-04-18 CATCH_UP EUR 120000.00");
    assertThat(request(0, 1, LocalDate.of(2025, 1, 1)).previousAmount(Amount.ZERO).build())
        .isEqualTo(ScheduleRequest.builder().year(Y2025).annualAmount(eur(1)).notified(LocalDate.of(2025, 1, 1))
            .calendar(HolidayCalendars.national()).build());
    assertThat(s.payments()).extracting(Payment::date).containsExactly(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 20),
        LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 20),
        LocalDate.of(2025, 7, 18), LocalDate.of(2025, 8, 20), LocalDate.of(2025, 9, 19), LocalDate.of(2025, 10, 20),
        LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 19));
    assertTracesSum(s);
  }

  @Test
  void aTimelyDecisionPaysTwelfthsFromJanuary() {
    PaymentSchedule s = PaymentEngine.schedule(request(1_200_000, 5_566_000, LocalDate.of(2024, 12, 15)).build());
    assertThat(s.payments()).hasSize(12).extracting(Payment::kind).containsOnly(PaymentKind.TWELFTH);
    assertThat(amounts(s).subList(0, 4)).containsOnly(Amount.of("463833.34"));
    assertThat(amounts(s).subList(4, 12)).containsOnly(Amount.of("463833.33"));
    assertThat(s.total()).isEqualTo(eur(5_566_000));
    // notified in January before the January payment: no advance either
    assertThat(PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2025, 1, 10)).build()).payments())
        .extracting(Payment::kind).containsOnly(PaymentKind.TWELFTH);
  }

  @Test
  void aDecisionNotifiedMoreThanAYearBeforeItsYearIsRejected() {
    // the tariff is fixed year by year (R314-40), notified within 60 days of the year's DRL (R314-36): an arrêté for
    // 2025 notified in 2020 is refused, naming the date and the rule; notified on 1 January 2024 it is accepted
    for (Runnable r : List.<Runnable>of(
        () -> PaymentEngine.schedule(w15Year(), LocalDate.of(2020, 6, 1)),
        () -> PaymentEngine.schedule(w15Year(), LocalDate.of(2023, 12, 31)))) {
      assertThatThrownBy(r::run).isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("the decision for 2025 is notified in 2024 at the earliest")
          .satisfies(e -> {
            CpomValidationException v = (CpomValidationException) e;
            assertThat(v.field()).isEqualTo("dgcScheduleRequest.notified");
            assertThat(v.rule().text()).contains("R314-36");
          });
    }
    assertThatThrownBy(() -> request(1_200_000, 1_260_000, LocalDate.of(2020, 6, 1)).build())
        .isInstanceOf(CpomValidationException.class)
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("scheduleRequest.notified"))
        .hasMessageContaining("2020-06-01");
    assertThat(PaymentEngine.schedule(w15Year(), LocalDate.of(2024, 1, 1)).dgc().payments())
        .extracting(Payment::kind).containsOnly(PaymentKind.TWELFTH);
    assertThat(PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2024, 1, 1)).build()).total())
        .isEqualTo(eur(1_260_000));
  }

  @Test
  void aDecisionNotifiedOnThePaymentDayCountsFromTheNextPayment() {
    PaymentSchedule s = PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2025, 4, 18)).build());
    assertThat(amounts(s).subList(0, 5)).containsExactly(eur(100_000), eur(100_000), eur(100_000), eur(100_000), eur(125_000));
    assertThat(s.payments().get(3).kind()).isEqualTo(PaymentKind.ADVANCE);
    assertThat(s.payments().get(4).kind()).isEqualTo(PaymentKind.CATCH_UP);
    assertThat(s.total()).isEqualTo(eur(1_260_000));
    // one day earlier, the April payment takes it into account
    assertThat(PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2025, 4, 17)).build()).payments().get(3)
        .amount()).isEqualTo(eur(120_000));
  }

  @Test
  void aNotificationAfterTheDecemberPaymentIsRegularisedTheNextJanuary() {
    PaymentSchedule s = PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2025, 12, 22)).build());
    assertThat(s.payments()).hasSize(13);
    assertThat(amounts(s).subList(0, 12)).containsOnly(eur(100_000));
    Payment reg = s.payments().get(12);
    assertThat(reg.kind()).isEqualTo(PaymentKind.REGULARISATION);
    assertThat(reg.amount()).isEqualTo(eur(60_000));
    assertThat(reg.date()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(reg.month()).isEqualTo(YearMonth.of(2026, 1));
    assertThat(reg.trace().steps().get(0).basis()).isEqualTo(LegalBasis.casf("R314-108"));
    assertThat(s.total()).isEqualTo(eur(1_260_000));
    // notified on the December payment date itself (Friday 19 December 2025): same
    PaymentSchedule onDay = PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2025, 12, 19)).build());
    assertThat(onDay.payments()).hasSize(13);
    assertThat(onDay.payments().get(11).kind()).isEqualTo(PaymentKind.ADVANCE);
    // notified on 20 January 2026, the January payment day: regularised in February
    PaymentSchedule later = PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2026, 1, 20)).build());
    assertThat(later.payments().get(12).date()).isEqualTo(LocalDate.of(2026, 2, 20));
    // an unchanged amount leaves nothing to regularise
    assertThat(PaymentEngine.schedule(request(1_200_000, 1_200_000, LocalDate.of(2025, 12, 22)).build()).payments())
        .hasSize(12);
    assertThat(PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2025, 12, 22)).advanceBasis(
        LegalBasis.casf("R314-116")).build()).payments().get(12).trace().steps().get(0).basis())
        .isEqualTo(LegalBasis.casf("R314-116"));
  }

  @Test
  void aDecisionMoreThanAYearLateIsRejected() {
    assertThatThrownBy(() -> PaymentEngine.schedule(request(1, 2, LocalDate.of(2026, 12, 21)).build()))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("decision")
        .hasMessageContaining("CASF R314-108")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("scheduleRequest.notified"));
    // the error names the late change, not the notification
    assertThatThrownBy(() -> PaymentEngine.schedule(request(1, 2, LocalDate.of(2025, 3, 1))
            .addChanges(AmountChange.of(LocalDate.of(2027, 1, 5), eur(3), "DM", LegalBasis.casf("R314-43-1"))).build()))
        .isInstanceOf(CpomValidationException.class)
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("scheduleRequest.changes[0].date"));
    // the last possible decision, before the December payment of the next year (Friday 18 December 2026)
    assertThat(PaymentEngine.schedule(request(1, 2, LocalDate.of(2026, 12, 17)).build()).payments().get(12).date())
        .isEqualTo(LocalDate.of(2026, 12, 18));
  }

  @Test
  void aDecreaseIsRecoveredAtTheFirstPaymentAfterTheDecision() {
    PaymentSchedule s = PaymentEngine.schedule(request(1_200_000, 1_140_000, LocalDate.of(2025, 4, 10)).build());
    assertThat(s.payments().get(3).amount()).isEqualTo(eur(80_000));
    assertThat(s.payments().get(4).amount()).isEqualTo(eur(95_000));
    // a cut to 120,000 notified in December: the December payment is negative (the funder recovers)
    PaymentSchedule cut = PaymentEngine.schedule(request(1_200_000, 120_000, LocalDate.of(2025, 12, 5)).build());
    assertThat(cut.payments().get(11).amount()).isEqualTo(eur(-980_000));
    assertThat(cut.total()).isEqualTo(eur(120_000));
    assertTracesSum(cut);
  }

  @Test
  void zeroAmounts() {
    PaymentSchedule none = PaymentEngine.schedule(request(0, 0, LocalDate.of(2025, 4, 10)).build());
    assertThat(amounts(none)).hasSize(12).containsOnly(Amount.ZERO);
    PaymentSchedule first = PaymentEngine.schedule(request(0, 1_200_000, LocalDate.of(2025, 4, 10)).build());
    assertThat(amounts(first).subList(0, 4)).containsExactly(Amount.ZERO, Amount.ZERO, Amount.ZERO, eur(400_000));
    assertThat(first.total()).isEqualTo(eur(1_200_000));
    PaymentSchedule stop = PaymentEngine.schedule(request(1_200_000, 0, LocalDate.of(2025, 4, 10)).build());
    assertThat(stop.payments().get(3).amount()).isEqualTo(eur(-300_000));
    assertThat(stop.total()).isEqualTo(Amount.ZERO);
  }

  @Test
  void theHolidayCalendarIsAParameter() {
    PaymentSchedule s = PaymentEngine.schedule(request(0, 1_200_000, LocalDate.of(2024, 12, 1))
        .calendar(HolidayCalendars.alsaceMoselle()).build());
    // Good Friday 18 April 2025 is a holiday in Alsace-Moselle
    assertThat(s.payments().get(3).date()).isEqualTo(LocalDate.of(2025, 4, 17));
  }

  @Test
  void aChangeDuringTheYearAppliesFromTheNextPayment() {
    PaymentSchedule s = PaymentEngine.schedule(request(1_200_000, 1_200_000, LocalDate.of(2024, 12, 1))
        .addChanges(AmountChange.of(LocalDate.of(2025, 6, 1), eur(1_260_000), "DM 1", LegalBasis.casf("R314-43-1")))
        .build());
    // June: 105,000 + 5 x 5,000
    assertThat(amounts(s).subList(4, 7)).containsExactly(eur(100_000), eur(130_000), eur(105_000));
    assertThat(s.payments().get(5).kind()).isEqualTo(PaymentKind.CATCH_UP);
    assertThat(s.payments().get(5).trace().steps().get(1).basis()).isEqualTo(LegalBasis.casf("R314-43-1"));
    assertThat(s.payments().get(5).trace().steps().get(1).label()).contains("DM 1");
    assertThat(s.annualAmount()).isEqualTo(eur(1_260_000));
    assertThatThrownBy(() -> request(1, 1, LocalDate.of(2025, 3, 1))
        .addChanges(AmountChange.of(LocalDate.of(2025, 2, 1), eur(1), "DM", LegalBasis.casf("R314-43-1"))).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("scheduleRequest.changes");
  }

  @Test
  void badRequestsAreRejected() {
    assertThatThrownBy(() -> request(0, -1, LocalDate.of(2025, 1, 1)).build()).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("scheduleRequest.annualAmount").hasMessageContaining("R314-107");
    assertThatThrownBy(() -> request(-1, 1, LocalDate.of(2025, 1, 1)).build()).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("scheduleRequest.previousAmount").hasMessageContaining("R314-108");
    assertThatThrownBy(() -> AmountChange.of(LocalDate.of(2025, 1, 1), eur(-1), "x", LegalBasis.given("y")))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("amountChange.annualAmount");
  }

  // --------------------------------------------------------------------------------------------- DGC

  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");
  static final FinessNumber GEST = FinessNumber.of("690000003");
  static final FinessNumber A = FinessNumber.of("690000011");
  static final FinessNumber B = FinessNumber.of("690000029");
  static final FinessNumber C = FinessNumber.of("690000037");

  static Esms esms(FinessNumber f, EsmsCategory cat) {
    return Esms.builder().finess(f).name(cat + " " + f).category(cat).gestionnaire(GEST)
        .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 10, 10, 365))
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS)).build();
  }

  static final ResolvedDgc DGC = ResolvedDgc.builder().name("DGC ARS").contractReference("CPOM-1")
      .basis(CpomBasis.L313_12_2).firstYear(Year.of(2024)).lastYear(Year.of(2028)).gestionnaire(GEST).authority(ARS)
      .funder(Funder.assuranceMaladie())
      .addMembers(DgcMember.of(esms(A, EsmsCategory.IME), TariffMode.CAMPAIGN_RATE),
          DgcMember.of(esms(B, EsmsCategory.SESSAD), TariffMode.CAMPAIGN_RATE),
          DgcMember.of(esms(C, EsmsCategory.MAS), TariffMode.CAMPAIGN_RATE))
      .build();

  static Map<FinessNumber, Amount> w15() {
    Map<FinessNumber, Amount> m = new LinkedHashMap<>();
    m.put(A, eur(1_800_000));
    m.put(B, eur(600_000));
    m.put(C, eur(3_100_000));
    return m;
  }

  static DgcDotation w15Year(DecisionModificative... dms) {
    DgcYear.Builder y = DgcYear.builder().year(Y2025);
    for (FinessNumber f : List.of(A, B, C)) {
      y.addEsms(EsmsYear.builder().esms(f).actualisation(Actualisation.campaignRate(Rate.ofPercent("1.20"))).build());
    }
    return DotationEngine.compute(DGC, y.addDecisionsModificatives(dms).build(), w15());
  }

  static DecisionModificative dm(LocalDate decided) {
    return DecisionModificative.builder().reference("DM 1").submitted(decided.minusDays(30)).status(DmStatus.APPROVED)
        .decisionDate(decided).addTransfers(DmTransfer.of(C, A, eur(50_000))).build();
  }

  static void assertDatesSum(DgcPaymentSchedule s) {
    Map<LocalDate, Long> byDate = new LinkedHashMap<>();
    s.esms().values().forEach(e -> e.payments().forEach(p -> byDate.merge(p.date(), p.amount().cents(), Long::sum)));
    Map<LocalDate, Long> dgc = new LinkedHashMap<>();
    s.dgc().payments().forEach(p -> dgc.put(p.date(), p.amount().cents()));
    assertThat(byDate.keySet()).containsAll(dgc.keySet());
    // a date only the ESMS have (a DM regularised after December) sums to zero
    byDate.forEach((d, cents) -> assertThat(cents).as(d.toString()).isEqualTo(dgc.getOrDefault(d, 0L)));
  }

  @Test
  void dgcScheduleWithALateArreteAndADm() {
    DgcDotation year = w15Year(dm(LocalDate.of(2025, 6, 1)));
    DgcPaymentSchedule s = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(year)
        .notified(LocalDate.of(2025, 4, 10)).previousShares(w15()).calendar(HolidayCalendars.national()).build());
    // DGC: 5,500,000 / 12 = 458,333.33(34) advanced, then 5,566,000 with the catch-up in April
    PaymentSchedule dgc = s.dgc();
    assertThat(dgc.total()).isEqualTo(eur(5_566_000));
    assertThat(dgc.previousAmount()).isEqualTo(eur(5_500_000));
    assertThat(amounts(dgc).subList(0, 3)).containsOnly(Amount.of("458333.34"));
    // April: 463,833.34 + 3 x 463,833.34 - 3 x 458,333.34
    assertThat(dgc.payments().get(3).amount()).isEqualTo(Amount.of("480333.34"));
    // the DM leaves the DGC schedule as it would be without it
    DgcPaymentSchedule noDm = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 4, 10)).previousShares(w15()).calendar(HolidayCalendars.national()).build());
    assertThat(noDm.dgc().payments()).isEqualTo(dgc.payments());

    PaymentSchedule a = s.esms(A);
    assertThat(amounts(a).subList(0, 5)).containsExactly(eur(150_000), eur(150_000), eur(150_000), eur(157_200), eur(151_800));
    assertThat(noDm.esms(A).payments().subList(0, 5)).isEqualTo(a.payments().subList(0, 5));
    // June, after the DM of 1 June: the new twelfth of 1,871,600 plus the catch-up of January to May,
    // 176,800.02 by the rule, within the cents of the DGC rounding
    Payment june = a.payments().get(5);
    assertThat(june.kind()).isEqualTo(PaymentKind.CATCH_UP);
    assertThat(june.amount().minus(Amount.of("176800.02")).abs().cents()).isLessThanOrEqualTo(2);
    assertThat(june.trace().steps().get(1).basis().text()).contains("R314-43-1", "R314-231");
    assertThat(a.total()).isEqualTo(eur(1_871_600));
    assertThat(s.esms(C).total()).isEqualTo(eur(3_087_200));
    assertThat(s.esms(B).total()).isEqualTo(eur(607_200));
    assertThat(s.esms(C).payments().get(5).amount().isLessThan(s.esms(C).payments().get(4).amount())).isTrue();
    assertDatesSum(s);
    assertDatesSum(noDm);
    assertThatThrownBy(() -> s.esms(FinessNumber.of("690000045"))).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("not an ESMS");
    s.esms().values().forEach(PaymentEngineTest::assertTracesSum);
  }

  @Test
  void aDmOnOrAfterTheDecemberPaymentIsRegularisedForTheEsmsOnly() {
    DgcDotation year = w15Year(dm(LocalDate.of(2025, 12, 19)));
    DgcPaymentSchedule s = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(year)
        .notified(LocalDate.of(2024, 12, 20)).previousShares(w15()).calendar(HolidayCalendars.national()).build());
    assertThat(s.dgc().payments()).hasSize(12);
    assertThat(s.esms(A).payments()).hasSize(13);
    assertThat(s.esms(A).payments().get(12).kind()).isEqualTo(PaymentKind.REGULARISATION);
    assertThat(s.esms(A).payments().get(12).amount()).isEqualTo(eur(50_000));
    assertThat(s.esms(C).payments().get(12).amount()).isEqualTo(eur(-50_000));
    assertThat(s.esms(B).payments()).hasSize(12);
    assertThat(s.esms(A).total()).isEqualTo(eur(1_871_600));
    assertDatesSum(s);
  }

  @Test
  void dgcRequestsAreChecked() {
    DgcDotation year = w15Year(dm(LocalDate.of(2025, 3, 1)));
    Map<FinessNumber, Amount> missing = new LinkedHashMap<>(w15());
    missing.remove(B);
    assertThatThrownBy(() -> PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 1, 1)).previousShares(missing).calendar(HolidayCalendars.national()).build()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("dgcScheduleRequest.previousShares")
        .hasMessageContaining("missing 690000029");
    Map<FinessNumber, Amount> extra = new LinkedHashMap<>(w15());
    extra.put(FinessNumber.of("690000045"), eur(1));
    assertThatThrownBy(() -> PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 1, 1)).previousShares(extra).calendar(HolidayCalendars.national()).build()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("not an ESMS");
    Map<FinessNumber, Amount> negative = new LinkedHashMap<>(w15());
    negative.put(B, eur(-1));
    assertThatThrownBy(() -> PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 1, 1)).previousShares(negative).calendar(HolidayCalendars.national()).build()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("previousShares[690000029]");
    // as many shares as members, one of another ESMS in place of the last member and the first negative: the
    // other ESMS is named first, as when the shares are more or fewer than the members
    Map<FinessNumber, Amount> swapped = new LinkedHashMap<>(w15());
    FinessNumber first = swapped.keySet().iterator().next();
    FinessNumber last = List.copyOf(swapped.keySet()).get(swapped.size() - 1);
    swapped.remove(last);
    swapped.put(first, eur(-1));
    swapped.put(FinessNumber.of("690000045"), eur(1));
    assertThatThrownBy(() -> PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 1, 1)).previousShares(swapped).calendar(HolidayCalendars.national()).build()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("690000045")
        .hasMessageContaining("not an ESMS");
    // a DM decided before the arrêté was notified
    assertThatThrownBy(() -> PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(year)
        .notified(LocalDate.of(2025, 4, 10)).previousShares(w15()).calendar(HolidayCalendars.national()).build()))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("dotation.splits[DM 1].effectiveFrom")
        .hasMessageContaining("R314-43-1");
    // an arrêté notified after the December payment of the next year
    assertThatThrownBy(() -> PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2026, 12, 21)).previousShares(w15()).calendar(HolidayCalendars.national()).build()))
        .isInstanceOf(CpomValidationException.class)
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("dgcScheduleRequest.notified"));
  }

  @Test
  void aNewEsmsWithoutPreviousShareReceivesNothingUntilTheArrete() {
    Map<FinessNumber, Amount> prev = new LinkedHashMap<>(w15());
    prev.put(B, Amount.ZERO);
    DgcPaymentSchedule s = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 2, 25)).previousShares(prev).calendar(HolidayCalendars.national()).build());
    assertThat(amounts(s.esms(B)).subList(0, 3)).containsExactly(Amount.ZERO, Amount.ZERO, eur(151_800));
    assertThat(s.dgc().previousAmount()).isEqualTo(eur(4_900_000));
    assertDatesSum(s);
  }

  @Test
  void nothingIsDueBeforeTheArreteWhenNoShareWasPaidTheYearBefore() {
    Map<FinessNumber, Amount> none = new LinkedHashMap<>();
    List.of(A, B, C).forEach(f -> none.put(f, Amount.ZERO));
    DgcPaymentSchedule s = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 3, 5)).previousShares(none).calendar(HolidayCalendars.national()).build());
    assertThat(amounts(s.dgc()).subList(0, 2)).containsOnly(Amount.ZERO);
    assertThat(amounts(s.esms(A)).subList(0, 3)).containsExactly(Amount.ZERO, Amount.ZERO, Amount.of("455400.00"));
    assertThat(s.esms(A).total()).isEqualTo(eur(1_821_600));
    assertDatesSum(s);
  }
}
