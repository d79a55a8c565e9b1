package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/** The labels of the predefined modulation indicators, and the contract period by value and at its bounds. */
class ContractValuesLabelsTest {

  @Test
  void thePredefinedIndicatorsReadInFrenchAndEnglish() {
    assertThat(ModulationIndicator.OCCUPANCY_RATE.label(Locale.FRENCH)).isEqualTo("taux d'occupation");
    assertThat(ModulationIndicator.PEOPLE_SUPPORTED.label(Locale.FRENCH)).isEqualTo("personnes accompagnées");
    assertThat(ModulationIndicator.SERVICES_DELIVERED.label(Locale.FRENCH)).isEqualTo("prestations délivrées");
    for (ModulationIndicator i : new ModulationIndicator[] {ModulationIndicator.OCCUPANCY_RATE,
        ModulationIndicator.PEOPLE_SUPPORTED, ModulationIndicator.SERVICES_DELIVERED}) {
      assertThat(i.label(Locale.ENGLISH)).isEqualTo(i.label()).isNotBlank();
    }
    ModulationIndicator own = ModulationIndicator.custom("SEANCES", "séances de groupe",
        ModulationIndicator.Kind.COUNT, "clause 7.4");
    assertThat(own.label(Locale.FRENCH)).isEqualTo("séances de groupe");
    assertThat(own.label(Locale.ENGLISH)).isEqualTo("séances de groupe");
  }

  @Test
  void aContractPeriodComparesByValueAndKeepsItsParts() {
    ContractPeriod a = ContractPeriod.of(LocalDate.of(2025, 1, 1), 5, Optional.of(Period.ofMonths(6)));
    ContractPeriod b = ContractPeriod.of(LocalDate.of(2025, 1, 1), 5, Optional.of(Period.ofMonths(6)));
    ContractPeriod c = ContractPeriod.of(LocalDate.of(2025, 1, 1), 5, Optional.empty());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(a.hashCode()).isNotEqualTo(c.hashCode());
    assertThat(a.durationYears()).isEqualTo(5);
    assertThat(a.extension()).contains(Period.ofMonths(6));
    assertThat(a.endDate()).isEqualTo(LocalDate.of(2030, 6, 30));
  }

  @Test
  void aContractPeriodEndsInTheLastSupportedYearAtTheLatest() {
    // from 1 January 2196, five years end on 31 December 2200: the last year cpom supports
    assertThat(ContractPeriod.of(LocalDate.of(2196, 1, 1), 5, Optional.empty()).endDate())
        .isEqualTo(LocalDate.of(2200, 12, 31));
    // one month more ends in 2201
    assertThatThrownBy(() -> ContractPeriod.of(LocalDate.of(2196, 1, 1), 5, Optional.of(Period.ofMonths(1))))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("contractPeriod.durationYears")
        .hasMessageContaining("5 + P1M").hasMessageContaining("2200");
    // from 2 January 2196, five years end on 1 January 2201
    assertThatThrownBy(() -> ContractPeriod.of(LocalDate.of(2196, 1, 2), 5, Optional.empty()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("would end after 2200");
    assertThatThrownBy(() -> ContractPeriod.of(LocalDate.of(2197, 1, 1), 5, Optional.empty()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("contractPeriod.durationYears = 5 rejected");
  }
}
