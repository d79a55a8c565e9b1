package org.cpom.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.calendar.PaymentDates;
import org.cpom.dotation.DgcDotation;
import org.cpom.payment.Payment;
import org.cpom.referential.FinessNumber;
import org.junit.jupiter.api.Test;

/** The limit computes the same figures as cpom: amounts, totals, shares, DGC and ESMS payments, dates. */
class LimitTest {
  @Test
  void sameFiguresAsCpomOnASmallCampaign() {
    Counts counts = compare(Campaign.generate(42L, 60, 360));
    // the campaign exercises what the comparison is about
    assertThat(counts.late).isGreaterThan(5);
    assertThat(counts.notifiedTotals).isGreaterThan(2);
    assertThat(counts.roundedShares).isGreaterThan(10);
    assertThat(counts.reconciledPayments).isGreaterThan(10);
  }

  @Test
  void sameFiguresAsCpomOnTheBenchmarkCampaign() {
    Counts counts = compare(Campaign.generate(CampaignBenchmark.SEED));
    assertThat(counts.dgcs).isEqualTo(500);
    assertThat(counts.esms).isEqualTo(3_000);
  }

  @Test
  void paymentDatesAndHolidaysAreTheCalendarsFrom1990To2200() {
    HolidayCalendar national = HolidayCalendars.national();
    int[] holidays = new int[11];
    int[] dates = new int[12];
    for (int y = 1990; y <= 2200; y++) {
      Limit.nationalHolidays(y, holidays);
      // a set: two holidays may fall on the same day (Ascension on 8 May in 1997)
      java.util.SortedSet<LocalDate> limit = new java.util.TreeSet<>();
      for (int h : holidays) {
        limit.add(Limit.date(h));
      }
      assertThat(limit).as("holidays of %d", y).containsExactlyElementsOf(national.holidays(Year.of(y)));
      Limit.paymentDates(y, holidays, dates, 0);
      for (int m = 0; m < 12; m++) {
        assertThat(Limit.date(dates[m])).as("payment of %d-%d", y, m + 1)
            .isEqualTo(PaymentDates.paymentDate(YearMonth.of(y, m + 1), national));
      }
    }
  }

  @Test
  void handCheckedDgcNotifiedLate() {
    // The baseline's hand-checked DGC: 1,000,000.00 and 500,000.01 in 2024; +1.20 %: 1,012,000.00 and
    // 506,000.01; a mesure nouvelle of 36,500.00 a year from 1 October (92/365 = 9,200.00); a CNR of 0.05.
    Campaign.EsmsInput a = new Campaign.EsmsInput("690000011", new BigDecimal("1000000.00"),
        List.of(new Campaign.MesureInput(new BigDecimal("36500.00"), LocalDate.of(2025, 10, 1))), List.of());
    Campaign.EsmsInput b = new Campaign.EsmsInput("690000029", new BigDecimal("500000.01"), List.of(),
        List.of(new BigDecimal("0.05")));
    Limit.Result r = Limit.compute(Limit.prepare(List.of(new Campaign.DgcInput("690000003", List.of(a, b),
        LocalDate.of(2025, 4, 10), Optional.empty())), Campaign.YEAR, Campaign.RATE_PERCENT));
    assertThat(r.amounts).containsExactly(1_021_200_00L, 506_000_06L);
    assertThat(r.totals).containsExactly(1_527_200_06L);
    assertThat(r.shares).containsExactly(1_021_200_00L, 506_000_06L);
    // advances of 1,500,000.01 / 12 until the 18 April payment, which catches up 4 × 127,266.67 + 0.02
    // minus 375,000.01 advanced = 134,066.69
    assertThat(r.dgcPayments).containsExactly(125_000_01L, 125_000_00L, 125_000_00L, 134_066_69L, 127_266_67L,
        127_266_67L, 127_266_67L, 127_266_67L, 127_266_67L, 127_266_67L, 127_266_67L, 127_266_67L);
    assertThat(Limit.date(r.dates[3])).isEqualTo(LocalDate.of(2025, 4, 18));
    long[] first = new long[12];
    long[] second = new long[12];
    System.arraycopy(r.esmsPayments, 0, first, 0, 12);
    System.arraycopy(r.esmsPayments, 12, second, 0, 12);
    assertThat(sum(first)).isEqualTo(1_021_200_00L);
    assertThat(sum(second)).isEqualTo(506_000_06L);
    for (int m = 0; m < 12; m++) {
      assertThat(first[m] + second[m]).as("month %d", m + 1).isEqualTo(r.dgcPayments[m]);
    }
  }

  @Test
  void rejectsWhatTheCampaignNeverReaches() {
    Campaign.EsmsInput a = new Campaign.EsmsInput("690000011", new BigDecimal("1000000.00"), List.of(), List.of());
    assertThatThrownBy(() -> Limit.compute(Limit.prepare(List.of(new Campaign.DgcInput("690000003", List.of(a),
        LocalDate.of(2025, 12, 19), Optional.empty())), Campaign.YEAR, Campaign.RATE_PERCENT)))
        .hasMessageContaining("December");
    assertThatThrownBy(() -> Limit.prepare(List.of(new Campaign.DgcInput("690000003", List.of(),
        LocalDate.of(2024, 12, 1), Optional.empty())), Campaign.YEAR, Campaign.RATE_PERCENT))
        .hasMessageContaining("no ESMS");
    Campaign.EsmsInput negative = new Campaign.EsmsInput("690000011", new BigDecimal("-1.00"), List.of(), List.of());
    assertThatThrownBy(() -> Limit.prepare(List.of(new Campaign.DgcInput("690000003", List.of(negative),
        LocalDate.of(2024, 12, 1), Optional.empty())), Campaign.YEAR, Campaign.RATE_PERCENT))
        .hasMessageContaining("negative");
  }

  private static final class Counts {
    int dgcs;
    int esms;
    int late;
    int notifiedTotals;
    int roundedShares;
    int reconciledPayments;
  }

  /** Compares every figure of the limit with cpom's, DGC by DGC. */
  private static Counts compare(Campaign campaign) {
    Limit.Result limit = Limit.compute(Limit.prepare(campaign));
    Counts counts = new Counts();
    int i = 0;
    for (int k = 0; k < campaign.cpomInputs().size(); k++) {
      Campaign.CpomDgc in = campaign.cpomInputs().get(k);
      CpomRun.Result cpom = CpomRun.compute(in);
      DgcDotation year = cpom.year;
      assertThat(limit.totals[k]).as("total of DGC %d", k).isEqualTo(year.total().cents());
      List<Payment> dgc = cpom.payments.dgc().payments();
      assertThat(dgc).hasSize(12);
      for (int m = 0; m < 12; m++) {
        assertThat(Limit.date(limit.dates[k * 12 + m])).as("date %d of DGC %d", m + 1, k).isEqualTo(dgc.get(m).date());
        assertThat(limit.dgcPayments[k * 12 + m]).as("payment %d of DGC %d", m + 1, k)
            .isEqualTo(dgc.get(m).amount().cents());
      }
      for (FinessNumber f : in.definition.finessNumbers()) {
        assertThat(limit.amounts[i]).as("amount of %s", f).isEqualTo(year.esms(f).amount().cents());
        assertThat(limit.shares[i]).as("share of %s", f).isEqualTo(year.provisionalSplit().share(f).cents());
        if (limit.shares[i] != limit.amounts[i]) {
          counts.roundedShares++;
        }
        List<Payment> esms = cpom.payments.esms(f).payments();
        assertThat(esms).hasSize(12);
        for (int m = 0; m < 12; m++) {
          assertThat(limit.esmsPayments[i * 12 + m]).as("payment %d of %s", m + 1, f)
              .isEqualTo(esms.get(m).amount().cents());
          if (esms.get(m).trace().steps().size() > (esms.get(m).kind() == org.cpom.payment.PaymentKind.CATCH_UP ? 2 : 1)) {
            counts.reconciledPayments++;
          }
        }
        i++;
        counts.esms++;
      }
      counts.dgcs++;
      if (in.notified.isAfter(LocalDate.of(2025, 1, 20))) {
        counts.late++;
      }
      if (in.year.notifiedTotal().isPresent()) {
        counts.notifiedTotals++;
      }
    }
    assertThat(i).isEqualTo(limit.amounts.length);
    return counts;
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }
}
