package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.dotation.DgcFixtures.A;
import static org.cpom.dotation.DgcFixtures.B;
import static org.cpom.dotation.DgcFixtures.C;
import static org.cpom.dotation.DgcFixtures.rateDgc;
import static org.cpom.dotation.DgcFixtures.w15Bases;
import static org.cpom.dotation.DgcFixtures.year;
import static org.cpom.dotation.DotationEngineTest.assertRejected;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.TariffMode;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.DgcScheduleRequest;
import org.cpom.payment.PaymentEngine;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

/** Last year's figures enter once, last, and the payments read them from the dotation. */
class LastYearFiguresTest {
  @Test
  void theCommonYearActualisesEveryMemberAtTheCampaignRate() {
    DgcYear y = DgcYear.atCampaignRate(Year.of(2025), rateDgc(), Rate.ofPercent("1.20"));
    assertThat(y).isEqualTo(year(2025, "1.20").build());
    assertThat(DgcYear.atCampaignRate(Year.of(2025), rateDgc().dgc(), Rate.ofPercent("1.20"))).isEqualTo(y);
    assertThat(y.esms()).extracting(EsmsYear::esms).containsExactly(A, B, C);
  }

  @Test
  void aFirstYearsPreviousSharesAreTheBasesGiven() {
    DgcDotation r = DotationEngine.compute(rateDgc(), year(2025, "1.20").build(), w15Bases());
    assertThat(r.previousShares()).isEqualTo(w15Bases());
    assertThat(r.previousShares().keySet()).containsExactly(A, B, C);
  }

  @Test
  void theYearAfterTakesLastYearsBasesAndFinalShares() {
    DgcYear y2025 = DgcYear.builder().year(Year.of(2025)).addEsms(DgcFixtures.rate(A, "1.20")
            .addCnr(Cnr.of("one-off works", Amount.ofEuros(10_000), LegalBasis.casf("R314-43-1"))).build(),
        DgcFixtures.rate(B, "1.20").build(), DgcFixtures.rate(C, "1.20").build()).build();
    DgcDotation first = DotationEngine.compute(rateDgc(), y2025, w15Bases());
    DgcDotation second = DotationEngine.compute(rateDgc(), year(2026, "1.00").build(), first);
    // the bases exclude the CNR; the shares paid in 2025, on which the 2026 advances rest, include it
    assertThat(second.esms(A).previousBase()).isEqualTo(first.nextBases().get(A));
    assertThat(second.previousShares()).isEqualTo(first.finalSplit().shares());
    assertThat(second.previousShares().get(A)).isEqualTo(first.nextBases().get(A).plus(Amount.ofEuros(10_000)));
    // the same as the projection's second year
    DgcProjection p = DotationEngine.project(rateDgc(), List.of(y2025, year(2026, "1.00").build()), w15Bases());
    assertThat(p.years().get(1)).isEqualTo(second);
    assertThat(p.years().get(1).previousShares()).isEqualTo(p.years().get(0).finalSplit().shares());
  }

  @Test
  void theYearAfterMustFollowLastYearOfTheSameDgc() {
    DgcDotation first = DotationEngine.compute(rateDgc(), year(2025, "1.20").build(), w15Bases());
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2027, "1").build(), first), "dgcYear.year",
        "cpom:consecutive-years", "the year after 2025 is 2026");
    ResolvedDgc other = ResolvedDgc.builder().from(DgcFixtures.dgc(TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE,
        TariffMode.CAMPAIGN_RATE)).name("DGC ARS bis").build();
    assertRejected(() -> DotationEngine.compute(other, year(2026, "1").build(), first), "lastYear.dgc", "R314-43-1",
        "another DGC than DGC ARS bis");
  }

  @Test
  void thePaymentsOfADotationDefaultToItsPreviousSharesAndTheNationalCalendar() {
    DgcDotation r = DotationEngine.compute(rateDgc(), year(2025, "1.20").build(), w15Bases());
    LocalDate notified = LocalDate.of(2025, 4, 10);
    DgcPaymentSchedule byDefault = PaymentEngine.schedule(r, notified);
    assertThat(byDefault).isEqualTo(PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(r).notified(notified)
        .previousShares(w15Bases()).calendar(HolidayCalendars.national()).build()));
    assertThat(byDefault.dgc().previousAmount()).isEqualTo(Amount.total(w15Bases().values()));
    // Alsace-Moselle's Good Friday (18 April 2025) moves the April payment, so the option is heard
    assertThat(PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(r).notified(notified)
        .calendar(HolidayCalendars.alsaceMoselle()).build()).dgc().payments().get(3).date())
        .isEqualTo(LocalDate.of(2025, 4, 17));
    assertThat(byDefault.dgc().payments().get(3).date()).isEqualTo(LocalDate.of(2025, 4, 18));
  }
}
