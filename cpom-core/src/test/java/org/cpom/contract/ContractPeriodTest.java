package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.contract.Rejections.rejects;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The period of a contract as one value, and the contract that uses it. */
class ContractPeriodTest {
  @Test
  void aPeriodHasItsEndItsDaysAndItsYears() {
    ContractPeriod p = ContractPeriod.of(LocalDate.of(2025, 7, 1), 5, Optional.of(Period.ofMonths(6)));
    assertThat(p.endDate()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(p.contains(LocalDate.of(2025, 7, 1))).isTrue();
    assertThat(p.contains(LocalDate.of(2030, 12, 31))).isTrue();
    assertThat(p.contains(LocalDate.of(2025, 6, 30))).isFalse();
    assertThat(p.contains(LocalDate.of(2031, 1, 1))).isFalse();
    assertThat(p.years()).hasSize(6);
    assertThat(p.years().get(5)).isEqualTo(ContractYear.of(6, LocalDate.of(2030, 7, 1), LocalDate.of(2030, 12, 31)));
    assertThat(p).isEqualTo(ContractPeriod.of(LocalDate.of(2025, 7, 1), 5, Optional.of(Period.ofMonths(6))))
        .hasSameHashCodeAs(ContractPeriod.of(LocalDate.of(2025, 7, 1), 5, Optional.of(Period.ofMonths(6))))
        .isNotEqualTo(ContractPeriod.of(LocalDate.of(2025, 7, 1), 5, Optional.empty()));
    assertThat(p.toString()).isEqualTo("2025-07-01 to 2030-12-31 (5 years + P6M)");
  }

  @Test
  void theContractsPeriodIsItsStartDurationAndExtension() {
    Cpom c = Fixtures.cpom().extension(Period.ofMonths(12)).build();
    assertThat(c.period()).isEqualTo(ContractPeriod.of(LocalDate.of(2025, 1, 1), 5, Optional.of(Period.ofMonths(12))));
    assertThat(c.endDate()).isEqualTo(c.period().endDate()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(c.contractYears()).isEqualTo(c.period().years());
  }

  @Test
  void aPeriodOfNoYearOrBeyondTheSupportedYearsIsRejected() {
    rejects(() -> ContractPeriod.of(LocalDate.of(2025, 1, 1), 0, Optional.empty()), "contractPeriod.durationYears",
        ContractPeriod.RULE);
    rejects(() -> ContractPeriod.of(LocalDate.of(2025, 1, 1), 1, Optional.of(Period.ofDays(10))),
        "contractPeriod.extension", ContractPeriod.RULE);
    rejects(() -> ContractPeriod.of(LocalDate.of(1899, 1, 1), 1, Optional.empty()), "contractPeriod.startDate",
        Cpom.YEARS_RULE);
    rejects(() -> ContractPeriod.of(LocalDate.of(2199, 6, 1), 2, Optional.empty()), "contractPeriod.durationYears",
        Cpom.YEARS_RULE);
    // a contract keeps its own field for the same fault
    rejects(() -> Fixtures.cpom().fichesActions(java.util.List.of()).startDate(LocalDate.of(2199, 6, 1)).durationYears(2)
        .build(), "cpom.durationYears", Cpom.YEARS_RULE);
  }
}
