package org.cpom.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.payment.PaymentEngineTest.A;
import static org.cpom.payment.PaymentEngineTest.B;
import static org.cpom.payment.PaymentEngineTest.C;
import static org.cpom.payment.PaymentEngineTest.DGC;
import static org.cpom.payment.PaymentEngineTest.GEST;
import static org.cpom.payment.PaymentEngineTest.Y2025;
import static org.cpom.payment.PaymentEngineTest.amounts;
import static org.cpom.payment.PaymentEngineTest.eur;
import static org.cpom.payment.PaymentEngineTest.request;
import static org.cpom.payment.PaymentEngineTest.w15;
import static org.cpom.payment.PaymentEngineTest.w15Year;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.TariffMode;
import org.cpom.dotation.Actualisation;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DotationEngine;
import org.cpom.dotation.EsmsYear;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.param.RegulatoryParameter;
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

/** The payment regime per financement (CASF R314-43-1, R314-111): which articles the payments cite. */
class PaymentRegimeTest {
  static final LegalBasis CSS_EHPAD = LegalBasis.css("R174-9").through(LegalBasis.casf("R314-111"));
  static final LegalBasis CSS_ESMS = LegalBasis.css("R174-16-1", "R174-16-2", "R174-16-3", "R174-16-4",
      "R174-16-5").through(LegalBasis.casf("R314-111"));

  @Test
  void theRegimeFollowsTheFunderAndTheCategory() {
    assertThat(PaymentRegime.from(Funder.assuranceMaladie(), EsmsCategory.EHPAD)).isEqualTo(PaymentRegime.CSS_R174_9);
    assertThat(PaymentRegime.from(Funder.assuranceMaladie(), EsmsCategory.IME)).isEqualTo(PaymentRegime.CSS_R174_16_1);
    assertThat(PaymentRegime.from(Funder.assuranceMaladie(), EsmsCategory.SSIAD)).isEqualTo(PaymentRegime.CSS_R174_16_1);
    assertThat(PaymentRegime.from(Funder.departement("69"), EsmsCategory.EHPAD)).isEqualTo(PaymentRegime.CASF_R314_107);
    assertThat(PaymentRegime.from(Funder.etat(), EsmsCategory.ESAT)).isEqualTo(PaymentRegime.CASF_R314_107);
    assertThat(PaymentRegime.from(DGC)).isEqualTo(PaymentRegime.CSS_R174_16_1);
    assertThat(PaymentRegime.CASF_R314_107.defaultPaymentDay().valueFor(Y2025)).isEqualTo(20);
    assertThat(PaymentRegime.CSS_R174_9.defaultPaymentDay().valueFor(Y2025)).isEqualTo(20);
    assertThat(PaymentRegime.CSS_R174_9.defaultPaymentDay().basis()).isEqualTo(LegalBasis.convention(Convention.CSS_PAYMENT_DAY));
    assertThat(PaymentRegime.CSS_R174_9.defaultPaymentDay().basis().text()).contains("UNVERIFIED");
    assertThat(PaymentRegime.CASF_R314_107.defaultPaymentDay().basis()).isEqualTo(LegalBasis.casf("R314-107"));
  }

  @Test
  void anAssuranceMaladieForfaitSoinsCitesTheCss() {
    // A11: an EHPAD's forfait soins, 1,200,000 in 2024, 1,260,000 for 2025 notified on 10 April
    ScheduleRequest.Builder r = request(1_200_000, 1_260_000, LocalDate.of(2025, 4, 10));
    PaymentSchedule casf = PaymentEngine.schedule(r.build());
    PaymentSchedule css = PaymentEngine.schedule(
        r.regime(PaymentRegime.from(Funder.assuranceMaladie(), EsmsCategory.EHPAD)).build());
    // same figures and dates (the default day is the 20th or the last working day before): only the articles move
    assertThat(amounts(css)).isEqualTo(amounts(casf));
    assertThat(css.payments()).extracting(Payment::date).isEqualTo(casf.payments().stream().map(Payment::date).toList());
    assertThat(css.regime()).isEqualTo(PaymentRegime.CSS_R174_9);
    assertThat(css.paymentDay().basis().text()).contains("UNVERIFIED");
    // January: an advance of 1,200,000 / 12 = 100,000
    assertThat(css.payments().get(0).trace().steps()).extracting(TraceStep::basis).containsExactly(CSS_EHPAD);
    // April: the twelfth 105,000 + the catch-up 3 x 5,000 = 15,000
    assertThat(css.payments().get(3).trace().steps()).extracting(TraceStep::amount)
        .containsExactly(eur(105_000), eur(15_000));
    assertThat(css.payments().get(3).trace().steps()).extracting(TraceStep::basis)
        .containsExactly(CSS_EHPAD.readWith(Convention.CSS_PAYMENT_DAY), CSS_EHPAD);
    assertThat(css.payments().get(4).trace().steps().get(0).basis().text())
        .startsWith("CSS R174-9").contains("UNVERIFIED").doesNotContain("R314-107;");
  }

  @Test
  void aFrenchAssuranceMaladieDgcTraceHoldsNoEnglishBasisText() {
    DgcPaymentSchedule s = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 4, 10)).previousShares(w15()).calendar(HolidayCalendars.national()).build());
    StringBuilder fr = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (PaymentSchedule p : List.of(s.dgc(), s.esms(A), s.esms(B), s.esms(C))) {
      p.payments().forEach(pay -> fr.append(pay.trace().render(Locale.FRENCH)));
      p.payments().forEach(pay -> en.append(pay.trace().render(Locale.ENGLISH)));
    }
    String articles = "CSS R174-16-1, R174-16-2, R174-16-3, R174-16-4, R174-16-5 (CASF R314-111)";
    assertThat(fr.toString()).contains("[" + articles + "]",
        "[" + articles + " ; convention cpom:css-payment-day "
            + "(jour de paiement de l'assurance maladie NON VÉRIFIÉ, valeur par défaut de cpom)]");
    assertThat(fr.toString()).doesNotContain(" to ", "payment day", "UNVERIFIED", "cpom convention", "clause",
        "largest-remainder split");
    // English keeps each basis's text
    assertThat(en.toString()).contains("[" + articles + "; cpom convention cpom:css-payment-day (UNVERIFIED");
  }

  @Test
  void aDepartementDotationCitesR314_107() {
    PaymentSchedule s = PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2025, 4, 10))
        .regime(PaymentRegime.from(Funder.departement("69"), EsmsCategory.FAM)).build());
    assertThat(s.regime()).isEqualTo(PaymentRegime.CASF_R314_107);
    assertThat(s.payments().get(0).trace().steps()).extracting(TraceStep::basis)
        .containsExactly(LegalBasis.casf("R314-108"));
    assertThat(s.payments().get(3).trace().steps()).extracting(TraceStep::basis)
        .containsExactly(LegalBasis.casf("R314-107"), LegalBasis.casf("R314-108"));
    // the default request, built without a regime, is the same schedule
    assertThat(PaymentEngine.schedule(request(1_200_000, 1_260_000, LocalDate.of(2025, 4, 10)).build())).isEqualTo(s);
  }

  @Test
  void anAssuranceMaladieDgcCitesTheCssOnTheDgcAndOnEachEsms() {
    // the DGC of IME, SESSAD and MAS funded by the assurance maladie, notified on 10 April 2025
    DgcPaymentSchedule s = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 4, 10)).previousShares(w15()).calendar(HolidayCalendars.national()).build());
    assertThat(s.dgc().regime()).isEqualTo(PaymentRegime.CSS_R174_16_1);
    assertThat(s.dgc().payments().get(0).trace().steps().get(0).basis()).isEqualTo(CSS_ESMS);
    assertThat(s.dgc().payments().get(3).trace().steps()).extracting(TraceStep::basis)
        .containsExactly(CSS_ESMS.readWith(Convention.CSS_PAYMENT_DAY), CSS_ESMS);
    for (FinessNumber f : List.of(A, B, C)) {
      assertThat(s.esms(f).regime()).isEqualTo(PaymentRegime.CSS_R174_16_1);
      assertThat(s.esms(f).payments().get(0).trace().steps().get(0).basis()).isEqualTo(CSS_ESMS);
    }
    // the figures are those of the R314-107 regime
    DgcPaymentSchedule casf = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 4, 10)).previousShares(w15()).calendar(HolidayCalendars.national())
        .regime(PaymentRegime.CASF_R314_107).build());
    assertThat(amounts(casf.dgc())).isEqualTo(amounts(s.dgc()));
    assertThat(amounts(casf.esms(A))).isEqualTo(amounts(s.esms(A)));
    assertThat(casf.dgc().payments().get(3).trace().steps()).extracting(TraceStep::basis)
        .containsExactly(LegalBasis.casf("R314-107"), LegalBasis.casf("R314-108"));
    // an advance basis given (R314-116) applies to every row
    DgcPaymentSchedule r116 = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(w15Year())
        .notified(LocalDate.of(2025, 4, 10)).previousShares(w15()).calendar(HolidayCalendars.national())
        .advanceBasis(LegalBasis.casf("R314-116")).build());
    assertThat(r116.esms(B).payments().get(0).trace().steps().get(0).basis()).isEqualTo(LegalBasis.casf("R314-116"));
  }

  static final TariffAuthority CD69 = TariffAuthority.departement("69");
  static final FinessNumber FOYER = FinessNumber.of("690000045");
  static final FinessNumber SAVS = FinessNumber.of("690000052");

  static Esms cdEsms(FinessNumber f, EsmsCategory cat) {
    return Esms.builder().finess(f).name(cat + " " + f).category(cat).gestionnaire(GEST)
        .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 10, 10, 365))
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.departement("69"), CD69)).build();
  }

  @Test
  void aDepartementDgcCitesR314_107() {
    ResolvedDgc dgc = ResolvedDgc.builder().name("DGC CD69").contractReference("CPOM-1").basis(CpomBasis.L313_12_2)
        .firstYear(Year.of(2024)).lastYear(Year.of(2028)).gestionnaire(GEST).authority(CD69)
        .funder(Funder.departement("69"))
        .addMembers(DgcMember.of(cdEsms(FOYER, EsmsCategory.FOYER_DE_VIE), TariffMode.CAMPAIGN_RATE),
            DgcMember.of(cdEsms(SAVS, EsmsCategory.SAVS), TariffMode.CAMPAIGN_RATE))
        .build();
    Map<FinessNumber, Amount> bases = new LinkedHashMap<>();
    bases.put(FOYER, eur(1_200_000));
    bases.put(SAVS, eur(300_000));
    DgcYear.Builder y = DgcYear.builder().year(Y2025);
    for (FinessNumber f : bases.keySet()) {
      y.addEsms(EsmsYear.builder().esms(f).actualisation(Actualisation.campaignRate(Rate.ofPercent("1.00"))).build());
    }
    DgcDotation year = DotationEngine.compute(dgc, y.build(), bases);
    DgcPaymentSchedule s = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(year)
        .notified(LocalDate.of(2025, 3, 5)).previousShares(bases).calendar(HolidayCalendars.national()).build());
    // a DGC's payment day is a day of the month too, checked when the request is built
    RegulatoryParameter<Integer> day32 = RegulatoryParameter.of("bad", LegalBasis.given("x"), LocalDate.of(2025, 1, 1), 32);
    assertThatThrownBy(() -> DgcScheduleRequest.builder().dotation(year).notified(LocalDate.of(2025, 3, 5))
        .previousShares(bases).calendar(HolidayCalendars.national()).paymentDay(day32).build())
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("dgcScheduleRequest.paymentDay[2025-01-01] = 32");
    assertThat(s.dgc().regime()).isEqualTo(PaymentRegime.CASF_R314_107);
    // January and February: advances of 1,500,000 / 12 = 125,000; March: 1,515,000 / 12 = 126,250 + 2 x 1,250
    assertThat(s.dgc().payments().get(0).amount()).isEqualTo(eur(125_000));
    assertThat(s.dgc().payments().get(0).trace().steps()).extracting(TraceStep::basis)
        .containsExactly(LegalBasis.casf("R314-108"));
    assertThat(s.dgc().payments().get(2).amount()).isEqualTo(eur(128_750));
    assertThat(s.dgc().payments().get(2).trace().steps()).extracting(TraceStep::basis)
        .containsExactly(LegalBasis.casf("R314-107"), LegalBasis.casf("R314-108"));
    assertThat(s.esms(SAVS).payments().get(5).trace().steps()).extracting(TraceStep::basis)
        .containsExactly(LegalBasis.casf("R314-107"));
  }

  @Test
  void thePaymentDayIsADatedParameter() {
    // a CPAM paying on the 25th from 1 July 2025 (a caller's parameter), the 20th before
    RegulatoryParameter<Integer> day = PaymentRegime.CSS_R174_16_1.defaultPaymentDay()
        .withValue(LocalDate.of(2025, 7, 1), 25);
    PaymentSchedule s = PaymentEngine.schedule(request(1_200_000, 1_200_000, LocalDate.of(2024, 12, 1))
        .regime(PaymentRegime.CSS_R174_16_1).paymentDay(day).build());
    // 20 January 2025 is a Monday; 25 July a Friday; 25 August a Monday; 25 October a Saturday: Friday 24
    assertThat(s.payments().get(0).date()).isEqualTo(LocalDate.of(2025, 1, 20));
    assertThat(s.payments().get(6).date()).isEqualTo(LocalDate.of(2025, 7, 25));
    assertThat(s.payments().get(7).date()).isEqualTo(LocalDate.of(2025, 8, 25));
    assertThat(s.payments().get(9).date()).isEqualTo(LocalDate.of(2025, 10, 24));
    assertThat(s.paymentDay()).isEqualTo(day);
    // the 31st in a shorter month is its last day: Friday 28 February 2025; 30 November 2025 is a Sunday: 28th
    RegulatoryParameter<Integer> last = RegulatoryParameter.of("last day", LegalBasis.given("convention CPAM"),
        LocalDate.of(2025, 1, 1), 31);
    PaymentSchedule endOfMonth = PaymentEngine.schedule(request(1_200_000, 1_200_000, LocalDate.of(2024, 12, 1))
        .regime(PaymentRegime.CSS_R174_16_1).paymentDay(last).build());
    assertThat(endOfMonth.payments().get(1).date()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(endOfMonth.payments().get(10).date()).isEqualTo(LocalDate.of(2025, 11, 28));
    assertThat(endOfMonth.payments().get(1).trace().steps().get(0).basis())
        .isEqualTo(CSS_ESMS.withNote("payment day: convention CPAM"));
    // a day outside 1..31 is rejected when the request is built
    RegulatoryParameter<Integer> bad = RegulatoryParameter.of("bad", LegalBasis.given("x"), LocalDate.of(2025, 1, 1), 32);
    assertThatThrownBy(() -> request(1, 1, LocalDate.of(2025, 1, 1)).paymentDay(bad).build())
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("scheduleRequest.paymentDay[2025-01-01] = 32");
    // 1 and 31 are the ends of the range: 0 is rejected
    RegulatoryParameter<Integer> first = RegulatoryParameter.of("first", LegalBasis.given("x"), LocalDate.of(2025, 1, 1), 1);
    assertThat(request(1, 1, LocalDate.of(2025, 1, 1)).paymentDay(first).build().paymentDay()).isEqualTo(first);
    RegulatoryParameter<Integer> zero = RegulatoryParameter.of("zero", LegalBasis.given("x"), LocalDate.of(2025, 1, 1), 0);
    assertThatThrownBy(() -> request(1, 1, LocalDate.of(2025, 1, 1)).paymentDay(zero).build())
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("scheduleRequest.paymentDay[2025-01-01] = 0");
    // a day with no value for the year is rejected when scheduling
    RegulatoryParameter<Integer> late = RegulatoryParameter.of("day", LegalBasis.given("x"), LocalDate.of(2026, 1, 1), 20);
    assertThatThrownBy(() -> PaymentEngine.schedule(request(1, 1, LocalDate.of(2025, 1, 1)).paymentDay(late).build()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("no value in force before 2026-01-01");
  }

  @Test
  void aMixedAssuranceMaladieDgcCitesEachRowsOwnCssArticles() {
    // an EHPAD (forfait soins, CSS R174-9) and an SSIAD (dotation globale, CSS R174-16-1) in one ARS DGC
    FinessNumber ehpad = FinessNumber.of("690000060");
    FinessNumber ssiad = FinessNumber.of("690000078");
    Esms e = Esms.builder().finess(ehpad).name("EHPAD").category(EsmsCategory.EHPAD).gestionnaire(GEST)
        .addCapacity(CapacityLine.of(CapacityMode.HEBERGEMENT_PERMANENT, 80, 80, 365))
        .addFundings(Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), PaymentEngineTest.ARS)).build();
    Esms s2 = Esms.builder().finess(ssiad).name("SSIAD").category(EsmsCategory.SSIAD).gestionnaire(GEST)
        .addCapacity(CapacityLine.of(CapacityMode.PLACES_DE_SERVICE, 40, 40, 365))
        .addFundings(Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), PaymentEngineTest.ARS)).build();
    ResolvedDgc dgc = ResolvedDgc.builder().name("DGC soins").contractReference("CPOM-1")
        .basis(CpomBasis.L313_12_IV_TER).firstYear(Year.of(2024)).lastYear(Year.of(2028)).gestionnaire(GEST)
        .authority(PaymentEngineTest.ARS).funder(Funder.assuranceMaladie())
        .addMembers(DgcMember.of(e, TariffMode.CAMPAIGN_RATE), DgcMember.of(s2, TariffMode.CAMPAIGN_RATE)).build();
    Map<FinessNumber, Amount> bases = new LinkedHashMap<>();
    bases.put(ehpad, eur(1_200_000));
    bases.put(ssiad, eur(600_000));
    DgcYear.Builder y = DgcYear.builder().year(Y2025);
    for (FinessNumber f : bases.keySet()) {
      y.addEsms(EsmsYear.builder().esms(f).actualisation(Actualisation.campaignRate(Rate.ofPercent("0"))).build());
    }
    DgcPaymentSchedule s = PaymentEngine.schedule(DgcScheduleRequest.builder()
        .dotation(DotationEngine.compute(dgc, y.build(), bases)).notified(LocalDate.of(2025, 2, 3))
        .previousShares(bases).calendar(HolidayCalendars.national()).build());
    assertThat(PaymentRegime.from(dgc)).isEqualTo(PaymentRegime.CSS_R174_16_1);
    assertThat(s.esms(ehpad).regime()).isEqualTo(PaymentRegime.CSS_R174_9);
    assertThat(s.esms(ehpad).payments().get(0).trace().steps().get(0).basis()).isEqualTo(CSS_EHPAD);
    assertThat(s.esms(ssiad).regime()).isEqualTo(PaymentRegime.CSS_R174_16_1);
    assertThat(s.esms(ssiad).payments().get(0).trace().steps().get(0).basis()).isEqualTo(CSS_ESMS);
    // a regime given applies to the DGC and every row
    DgcPaymentSchedule given = PaymentEngine.schedule(DgcScheduleRequest.builder()
        .dotation(DotationEngine.compute(dgc, y.build(), bases)).notified(LocalDate.of(2025, 2, 3))
        .previousShares(bases).calendar(HolidayCalendars.national()).regime(PaymentRegime.CSS_R174_9).build());
    assertThat(given.esms(ssiad).regime()).isEqualTo(PaymentRegime.CSS_R174_9);
    assertThat(given.dgc().regime()).isEqualTo(PaymentRegime.CSS_R174_9);
  }

  @Test
  void anAssuranceMaladieDgcOfEhpadsOnlyIsPaidUnderR174_9() {
    ResolvedDgc ehpads = ResolvedDgc.builder().name("DGC EHPAD").contractReference("CPOM-1")
        .basis(CpomBasis.L313_12_IV_TER).firstYear(Year.of(2024)).lastYear(Year.of(2028)).gestionnaire(GEST)
        .authority(PaymentEngineTest.ARS).funder(Funder.assuranceMaladie())
        .addMembers(DgcMember.of(ehpad(FinessNumber.of("690000060")), TariffMode.CAMPAIGN_RATE),
            DgcMember.of(ehpad(FinessNumber.of("690000078")), TariffMode.CAMPAIGN_RATE))
        .build();
    assertThat(PaymentRegime.from(ehpads)).isEqualTo(PaymentRegime.CSS_R174_9);
  }

  @Test
  void eachRegimeNamesTheArticleOfItsTwelfths() {
    assertThat(PaymentRegime.CASF_R314_107.basis()).isEqualTo(LegalBasis.casf("R314-107"));
    assertThat(PaymentRegime.CSS_R174_9.basis()).isEqualTo(CSS_EHPAD);
    assertThat(PaymentRegime.CSS_R174_16_1.basis()).isEqualTo(CSS_ESMS);
  }

  private static Esms ehpad(FinessNumber f) {
    return Esms.builder().finess(f).name("EHPAD " + f).category(EsmsCategory.EHPAD).gestionnaire(GEST)
        .addCapacity(CapacityLine.of(CapacityMode.HEBERGEMENT_PERMANENT, 80, 80, 365))
        .addFundings(Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), PaymentEngineTest.ARS)).build();
  }
}
