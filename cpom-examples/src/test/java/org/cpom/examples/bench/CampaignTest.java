package org.cpom.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.cpom.referential.FinessNumber;
import org.junit.jupiter.api.Test;

class CampaignTest {
  private static final BigDecimal MIN_BASE = new BigDecimal("150000.00");
  private static final BigDecimal MAX_BASE = new BigDecimal("6000000.00");

  @Test
  void theBenchmarkCampaignHas500GestionnairesAnd3000Esms() {
    Campaign c = Campaign.generate(CampaignBenchmark.SEED);
    assertThat(c.dgcs()).hasSize(500);
    assertThat(c.cpomInputs()).hasSize(500);
    assertThat(c.esmsCount()).isEqualTo(3_000);
    Set<String> finess = new HashSet<>();
    int mesures = 0;
    int cnr = 0;
    int onTime = 0;
    int tenApril = 0;
    int wholeEuros = 0;
    boolean centsSeen = false;
    for (Campaign.DgcInput d : c.dgcs()) {
      assertThat(d.esms.size()).isBetween(2, 10);
      assertThat(finess.add(FinessNumber.of(d.gestionnaire).value())).isTrue();
      assertThat(Campaign.DEPARTEMENTS).contains(d.gestionnaire.substring(0, 2));
      for (Campaign.EsmsInput e : d.esms) {
        assertThat(finess.add(FinessNumber.of(e.finess).value())).as("unique FINESS").isTrue();
        assertThat(e.base).isBetween(MIN_BASE, MAX_BASE);
        assertThat(e.base.scale()).isEqualTo(2);
        centsSeen |= e.base.remainder(BigDecimal.ONE).signum() != 0;
        mesures += e.mesures.size();
        cnr += e.cnr.size();
        e.mesures.forEach(m -> assertThat(m.start.getYear()).isEqualTo(2025));
      }
      if (d.notified.getYear() == 2024) {
        assertThat(d.notified).isBetween(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 19));
        onTime++;
      } else {
        assertThat(d.notified).isBetween(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30));
        tenApril += d.notified.equals(LocalDate.of(2025, 4, 10)) ? 1 : 0;
      }
      if (d.notifiedTotal.isPresent()) {
        wholeEuros++;
        assertThat(d.notifiedTotal.get().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
      }
    }
    assertThat(centsSeen).isTrue();
    assertThat(mesures).isBetween(200, 400);
    assertThat(cnr).isBetween(250, 500);
    assertThat(onTime).isBetween(300, 400);
    assertThat(tenApril).isBetween(30, 120);
    assertThat(wholeEuros).isBetween(25, 80);
  }

  @Test
  void theSameSeedGivesTheSameCampaign() {
    Campaign a = Campaign.generate(7L, 30, 180);
    Campaign b = Campaign.generate(7L, 30, 180);
    Campaign other = Campaign.generate(8L, 30, 180);
    assertThat(a.cpomInputs().get(3).year).isEqualTo(b.cpomInputs().get(3).year);
    assertThat(a.cpomInputs().get(3).definition).isEqualTo(b.cpomInputs().get(3).definition);
    assertThat(a.dgcs().get(29).notified).isEqualTo(b.dgcs().get(29).notified);
    assertThat(a.cpomInputs().get(3).year).isNotEqualTo(other.cpomInputs().get(3).year);
  }

  @Test
  void theWholeEuroTotalIsTheComputedOneRoundedDown() {
    Campaign c = Campaign.generate(CampaignBenchmark.SEED, 40, 240);
    int seen = 0;
    for (Campaign.CpomDgc d : c.cpomInputs()) {
      if (d.year.notifiedTotal().isPresent()) {
        seen++;
        long computed = CpomRun.compute(d).year.computedTotal().cents();
        assertThat(d.year.notifiedTotal().get().cents()).isEqualTo(computed / 100 * 100);
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  void rejectsSizesThatCannotBeSpread() {
    assertThatThrownBy(() -> Campaign.generate(1L, 10, 19)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Campaign.generate(1L, 10, 101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Campaign.generate(1L, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Campaign.generate(1L, 10, 20).esmsCount()).isEqualTo(20);
    assertThat(Campaign.generate(1L, 10, 100).esmsCount()).isEqualTo(100);
  }
}
