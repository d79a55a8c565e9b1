package org.cpom.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The guard of the performance work: the benchmark's campaign gives the same figures and the same trace steps,
 * label for label in both languages, as it did before any of it (fingerprint recorded on 3 December 2026 at
 * commit e682984, before the first optimisation).
 */
class CampaignFingerprintTest {
  @Test
  void theCampaignsFiguresAndTracesAreUnchanged() {
    assertThat(CampaignFingerprint.of(Campaign.generate(CampaignBenchmark.SEED).cpomInputs()))
        .isEqualTo("2190a2d1046bc7dedbd12e7661be03140f34d2fefa378ae552f12b48a44d79c5 (67735 steps)");
  }

  @Test
  void anotherCampaignGivesAnotherFingerprint() {
    assertThat(CampaignFingerprint.of(Campaign.generate(42, 20, 60).cpomInputs()))
        .isNotEqualTo(CampaignFingerprint.of(Campaign.generate(43, 20, 60).cpomInputs()));
  }
}
