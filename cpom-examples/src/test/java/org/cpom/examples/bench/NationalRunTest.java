package org.cpom.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import org.cpom.dotation.DgcDotation;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.PaymentSchedule;
import org.cpom.referential.FinessNumber;
import org.junit.jupiter.api.Test;

/** The national run on a small campaign: five years per DGC, each year's advances the year before's shares. */
class NationalRunTest {
  @Test
  void fiveYearsPerDgcOnOneOrTwoThreadsWithTheSameResults() {
    Campaign campaign = Campaign.generate(7L, 20, 110);
    List<NationalRun.Input> inputs = NationalRun.prepare(campaign, NationalRun.YEARS);
    List<NationalRun.Result> one = NationalRun.run(inputs, 1);
    List<NationalRun.Result> two = NationalRun.run(inputs, 2);
    assertThat(one).hasSize(20);
    // 12 payments a year for the DGC and for each ESMS, five years
    assertThat(NationalRun.payments(one)).isEqualTo(5L * 12 * (20 + 110)).isEqualTo(NationalRun.payments(two));
    for (int k = 0; k < one.size(); k++) {
      NationalRun.Result r = one.get(k);
      assertThat(r.projection.years()).extracting(DgcDotation::year)
          .containsExactly(Year.of(2025), Year.of(2026), Year.of(2027), Year.of(2028), Year.of(2029));
      assertThat(two.get(k).projection).isEqualTo(r.projection);
      for (int y = 0; y < 5; y++) {
        DgcDotation year = r.projection.years().get(y);
        DgcPaymentSchedule pay = r.payments.get(y);
        assertThat(pay.dgc().total()).isEqualTo(year.total());
        for (FinessNumber f : year.dgc().finessNumbers()) {
          PaymentSchedule s = pay.esms(f);
          assertThat(s.total()).isEqualTo(year.finalSplit().share(f));
          // the year before's final share is what was advanced until the arrêté
          Object advanced = y == 0 ? inputs.get(k).initialBases.get(f) : r.projection.years().get(y - 1).finalSplit().share(f);
          assertThat(s.previousAmount()).isEqualTo(advanced);
        }
      }
    }
  }
}
