package org.cpom.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpom.dotation.DgcDotation;
import org.cpom.money.Amount;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.Payment;
import org.cpom.payment.PaymentSchedule;
import org.cpom.referential.FinessNumber;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The baseline computes the same figures as cpom on a generated campaign. */
class BaselineTest {
  private static final long SEED = 42L;

  @Test
  void sameDgcTotalsAmountsSharesAndPaymentsAsCpom() {
    Campaign campaign = Campaign.generate(SEED, 60, 360);
    List<Baseline.Dgc> baseline = Baseline.prepare(campaign);
    List<LocalDate> dates = Baseline.paymentDates(Campaign.YEAR);
    int late = 0;
    int notifiedTotals = 0;
    int roundedShares = 0;
    for (int k = 0; k < baseline.size(); k++) {
      Campaign.CpomDgc in = campaign.cpomInputs().get(k);
      CpomRun.Result cpom = CpomRun.compute(in);
      Baseline.Result base = Baseline.compute(baseline.get(k), dates);
      DgcDotation year = cpom.year;
      DgcPaymentSchedule pay = cpom.payments;

      assertThat(amount(base.total)).as("DGC total %d", k).isEqualTo(year.total());
      List<FinessNumber> esms = in.definition.finessNumbers();
      for (int i = 0; i < esms.size(); i++) {
        assertThat(amount(base.amounts[i])).as("amount of %s", esms.get(i)).isEqualTo(year.esms(esms.get(i)).amount());
        assertThat(amount(base.shares[i])).as("share of %s", esms.get(i))
            .isEqualTo(year.provisionalSplit().share(esms.get(i)));
        if (!year.provisionalSplit().share(esms.get(i)).equals(year.esms(esms.get(i)).amount())) {
          roundedShares++;
        }
      }

      List<Payment> dgcPayments = pay.dgc().payments();
      assertThat(dgcPayments).hasSize(12);
      for (int m = 0; m < 12; m++) {
        assertThat(base.dates.get(m)).as("date of month %d", m + 1).isEqualTo(dgcPayments.get(m).date());
        assertThat(amount(base.dgcPayments[m])).as("DGC %d payment of month %d", k, m + 1)
            .isEqualTo(dgcPayments.get(m).amount());
      }
      for (int i = 0; i < esms.size(); i++) {
        PaymentSchedule s = pay.esms(esms.get(i));
        Amount total = Amount.ZERO;
        for (int m = 0; m < 12; m++) {
          Amount b = amount(base.esmsPayments[i][m]);
          Amount c = s.payments().get(m).amount();
          total = total.plus(b);
          // cpom makes the ESMS payments of a date sum to the DGC payment; the baseline does not, so an ESMS
          // payment may differ by a cent or two (seen on this campaign), never more than the number of ESMS.
          assertThat(Math.abs(b.cents() - c.cents())).as("ESMS %s month %d", esms.get(i), m + 1)
              .isLessThanOrEqualTo(esms.size());
        }
        assertThat(total).as("ESMS %s paid", esms.get(i)).isEqualTo(s.total()).isEqualTo(amount(base.shares[i]));
      }
      if (in.notified.isAfter(LocalDate.of(2025, 1, 20))) {
        late++;
      }
      if (in.year.notifiedTotal().isPresent()) {
        notifiedTotals++;
      }
    }
    // the generated campaign exercises what the comparison is about
    assertThat(late).isGreaterThan(5);
    assertThat(notifiedTotals).isGreaterThan(2);
    assertThat(roundedShares).isGreaterThan(10);
  }

  @Test
  void moneyRoundingsAreTheOnesAsked() {
    // Moneta's default rounding is HALF_EVEN: 0.125 would give 0.12
    assertThat(amount(eur("0.125").with(Baseline.CENTS_HALF_UP))).isEqualTo(Amount.of("0.13"));
    assertThat(amount(eur("-0.125").with(Baseline.CENTS_HALF_UP))).isEqualTo(Amount.of("-0.13"));
    assertThat(amount(eur("0.129").with(Baseline.CENTS_DOWN))).isEqualTo(Amount.of("0.12"));
  }

  @Test
  void paymentDatesOf2025MoveBackFromWeekendsAndHolidays() {
    assertThat(Baseline.paymentDates(Campaign.YEAR)).containsExactly(
        LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 20), LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 18),
        LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 20), LocalDate.of(2025, 7, 18), LocalDate.of(2025, 8, 20),
        LocalDate.of(2025, 9, 19), LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 19));
    assertThatThrownBy(() -> Baseline.paymentDates(java.time.Year.of(2026))).hasMessageContaining("2025");
  }

  @Test
  void handCheckedDgcNotifiedLate() {
    // 1,000,000.00 and 500,000.01 in 2024; +1.20 %: 1,012,000.00 and 506,000.01 (506,000.01012 rounded);
    // a mesure nouvelle of 36,500.00 a year from 1 October: 92/365 = 9,200.00; a CNR of 0.05.
    Baseline.Esms a = new Baseline.Esms("690000011", eur("1000000.00"),
        List.of(new Baseline.Mesure(eur("36500.00"), LocalDate.of(2025, 10, 1))), List.of());
    Baseline.Esms b = new Baseline.Esms("690000029", eur("500000.01"), List.of(), List.of(eur("0.05")));
    Baseline.Result r = Baseline.compute(new Baseline.Dgc(List.of(a, b), LocalDate.of(2025, 4, 10), Optional.empty()),
        Baseline.paymentDates(Campaign.YEAR));
    assertThat(amount(r.amounts[0])).isEqualTo(Amount.of("1021200.00"));
    assertThat(amount(r.amounts[1])).isEqualTo(Amount.of("506000.06"));
    assertThat(amount(r.total)).isEqualTo(Amount.of("1527200.06"));
    assertThat(amount(r.shares[0])).isEqualTo(Amount.of("1021200.00"));
    // 2024: 1,500,000.01 / 12 = 125,000.00 rest 0.01, so January advances 125,000.01, then 125,000.00.
    // 2025: 1,527,200.06 / 12 = 127,266.67 rest 0.02 (January, February 127,266.68).
    // April (18th, after the 10th): 4 new twelfths 509,066.70 minus 375,000.01 advanced = 134,066.69.
    assertThat(amounts(r.dgcPayments)).containsExactly(Amount.of("125000.01"), Amount.of("125000.00"),
        Amount.of("125000.00"), Amount.of("134066.69"), Amount.of("127266.67"), Amount.of("127266.67"),
        Amount.of("127266.67"), Amount.of("127266.67"), Amount.of("127266.67"), Amount.of("127266.67"),
        Amount.of("127266.67"), Amount.of("127266.67"));
    assertThat(Amount.total(amounts(r.dgcPayments))).isEqualTo(Amount.of("1527200.06"));
  }

  @Test
  void splitOfAWholeEuroTotalGoesByLargestRemainder() {
    // amounts 1,012,000.00 / 506,000.01 / 506,000.01 (sum 2,024,000.02); the DGC fixed at 2,024,000.00:
    // floors 1,011,999.99 / 506,000.00 / 506,000.00 leave one cent; the remainders of the last two are equal
    // (0.4999...) and above the first's (0.00000001), so the cent goes to the second, the first of the tie.
    Baseline.Esms a = new Baseline.Esms("690000011", eur("1000000.00"), List.of(), List.of());
    Baseline.Esms b = new Baseline.Esms("690000029", eur("500000.01"), List.of(), List.of());
    Baseline.Esms c = new Baseline.Esms("690000037", eur("500000.01"), List.of(), List.of());
    Baseline.Result r = Baseline.compute(new Baseline.Dgc(List.of(a, b, c), LocalDate.of(2024, 12, 12),
        Optional.of(eur("2024000"))), Baseline.paymentDates(Campaign.YEAR));
    assertThat(Amount.total(amounts(r.shares))).isEqualTo(Amount.of("2024000.00"));
    assertThat(amounts(r.shares)).containsExactly(Amount.of("1011999.99"), Amount.of("506000.01"),
        Amount.of("506000.00"));
    assertThat(amounts(r.dgcPayments)).containsOnly(Amount.of("168666.67"), Amount.of("168666.66"));
  }

  @Test
  void rejectsANotificationAfterTheDecemberPayment() {
    Baseline.Esms a = new Baseline.Esms("690000011", eur("1000000.00"), List.of(), List.of());
    Baseline.Esms b = new Baseline.Esms("690000029", eur("500000.01"), List.of(), List.of());
    assertThatThrownBy(() -> Baseline.compute(new Baseline.Dgc(List.of(a, b), LocalDate.of(2025, 12, 19),
        Optional.empty()), Baseline.paymentDates(Campaign.YEAR))).hasMessageContaining("December");
  }

  private static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), "EUR");
  }

  private static Amount amount(Money m) {
    return Amount.from(m);
  }

  private static List<Amount> amounts(Money[] ms) {
    List<Amount> list = new ArrayList<>();
    for (Money m : ms) {
      list.add(Amount.from(m));
    }
    return list;
  }
}
