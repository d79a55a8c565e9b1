package org.cpom.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.cpom.CpomValidationException;
import org.cpom.money.Rate;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class RegulatoryParameterTest {
  private final RegulatoryParameter<Rate> threshold = RegulatoryParameter.of(
      "EHPAD occupancy threshold",
      LegalBasis.casf("R314-160"),
      Map.of(LocalDate.of(2018, 1, 1), Rate.ofPercent("93"), LocalDate.of(2024, 1, 1), Rate.ofPercent("95")));

  @Test
  void theValueInForceIsTheLastOneOnOrBeforeTheDate() {
    assertThat(threshold.valueAt(LocalDate.of(2023, 12, 31))).isEqualTo(Rate.ofPercent("93"));
    assertThat(threshold.valueAt(LocalDate.of(2024, 1, 1))).isEqualTo(Rate.ofPercent("95"));
    assertThat(threshold.valueFor(Year.of(2030))).isEqualTo(Rate.ofPercent("95"));
    assertThat(threshold.find(LocalDate.of(2017, 12, 31))).isEmpty();
    assertThat(threshold.values().firstKey()).isEqualTo(LocalDate.of(2018, 1, 1));
  }

  @Test
  void beforeTheFirstValueFailsNamingTheParameterAndItsBasis() {
    assertThatThrownBy(() -> threshold.valueAt(LocalDate.of(2017, 6, 1)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("EHPAD occupancy threshold.date")
        .hasMessageContaining("CASF R314-160");
  }

  @Test
  void anIntegratorCanAddAValueWithoutChangingTheOriginal() {
    RegulatoryParameter<Rate> next = threshold.withValue(LocalDate.of(2027, 1, 1), Rate.ofPercent("96"));
    assertThat(next.valueFor(Year.of(2027))).isEqualTo(Rate.ofPercent("96"));
    assertThat(threshold.valueFor(Year.of(2027))).isEqualTo(Rate.ofPercent("95"));
    assertThat(next).isNotEqualTo(threshold);
    assertThat(RegulatoryParameter.of("x", LegalBasis.given("y"), LocalDate.of(2020, 1, 1), 1).valueFor(Year.of(2020))).isEqualTo(1);
  }

  @Test
  void anEmptyParameterIsRejected() {
    assertThatThrownBy(() -> RegulatoryParameter.of("x", LegalBasis.given("y"), Map.of()))
        .isInstanceOf(CpomValidationException.class);
  }

  @Test
  void valueContract() {
    RegulatoryParameter<Rate> same = RegulatoryParameter.of(
        "EHPAD occupancy threshold",
        LegalBasis.casf("R314-160"),
        Map.of(LocalDate.of(2024, 1, 1), Rate.ofPercent("95"), LocalDate.of(2018, 1, 1), Rate.ofPercent("93")));
    assertThat(same).isEqualTo(threshold).hasSameHashCodeAs(threshold);
    assertThat(threshold.name()).isEqualTo("EHPAD occupancy threshold");
    assertThat(threshold.basis()).isEqualTo(LegalBasis.casf("R314-160"));
    assertThat(threshold).hasToString("EHPAD occupancy threshold (CASF R314-160) {2018-01-01=93%, 2024-01-01=95%}");
    // Each component counts: name, basis, values.
    RegulatoryParameter<Rate> otherName = RegulatoryParameter.of("x", threshold.basis(), threshold.values());
    RegulatoryParameter<Rate> otherBasis = RegulatoryParameter.of(threshold.name(), LegalBasis.casf("R314-43-2"), threshold.values());
    RegulatoryParameter<Rate> otherValue = threshold.withValue(LocalDate.of(2024, 1, 1), Rate.ofPercent("94"));
    assertThat(threshold).isNotEqualTo(otherName).isNotEqualTo(otherBasis).isNotEqualTo(otherValue).isNotEqualTo("x");
    assertThat(threshold.hashCode()).isNotEqualTo(otherValue.hashCode());
    assertThatThrownBy(() -> threshold.values().put(LocalDate.of(2030, 1, 1), Rate.ONE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
