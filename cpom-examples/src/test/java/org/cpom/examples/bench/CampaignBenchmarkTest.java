package org.cpom.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

class CampaignBenchmarkTest {
  private static final Blackhole BLACKHOLE =
      new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void theThreeBenchmarksRunOnceOnTheFullCampaign() {
    CampaignBenchmark b = new CampaignBenchmark();
    b.setUp();
    // the 500 DGCs are valid cpom inputs and within the baseline's scope (no arrêté after December)
    assertThatCode(() -> b.cpom(BLACKHOLE)).doesNotThrowAnyException();
    assertThatCode(() -> b.baseline(BLACKHOLE)).doesNotThrowAnyException();
    assertThatCode(() -> b.limit(BLACKHOLE)).doesNotThrowAnyException();
  }

  @Test
  void ratioLineGivesBothScoresAndThePropagatedError() {
    // 30 ± 3 (10 %) over 10 ± 0 = 3.00 ± 0.30; 30 ± 3 over 10 ± 1 = 3 ± 3 × sqrt(0.02) = 3.00 ± 0.42
    assertThat(BenchMain.ratioLine("baseline", 30, 3, 10, 0, "ms/op"))
        .isEqualTo("cpom 30.000 ms/op, baseline 10.000 ms/op: cpom / baseline = 3.00 ± 0.30");
    assertThat(BenchMain.ratioLine("baseline", 30, 3, 10, 1, "ms/op")).endsWith("= 3.00 ± 0.42");
    assertThat(BenchMain.ratioLine("limit", 30, Double.NaN, 10, Double.NaN, "ms/op"))
        .isEqualTo("cpom 30.000 ms/op, limit 10.000 ms/op: cpom / limit = 3.00 ± 0.00");
  }
}
