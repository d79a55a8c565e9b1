package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.cpom.referential.Funder;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/** A DGC and a single-ESMS dotation name the first or last year outside 1900 to 2200. */
class ContractYearsTest {
  private static ResolvedDgc.Builder dgc(int first, int last) {
    return ResolvedDgc.builder().name("DGC ARS").contractReference("CPOM-69-2025").basis(CpomBasis.L313_12_2)
        .firstYear(Year.of(first)).lastYear(Year.of(last)).gestionnaire(Fixtures.GESTIONNAIRE.finess())
        .authority(Fixtures.ARS).funder(Funder.assuranceMaladie())
        .addMembers(DgcMember.of(Fixtures.IME, TariffMode.CAMPAIGN_RATE), DgcMember.of(Fixtures.MAS, TariffMode.CAMPAIGN_RATE));
  }

  private static ResolvedSingleEsmsDotation.Builder single(int first, int last) {
    return ResolvedSingleEsmsDotation.builder().contractReference("CPOM-69-2025").basis(CpomBasis.L313_12_2)
        .firstYear(Year.of(first)).lastYear(Year.of(last)).esms(Fixtures.IME).funder(Funder.assuranceMaladie())
        .mode(TariffMode.CAMPAIGN_RATE);
  }

  private static void rejectedNaming(String field, String value, Runnable r) {
    assertThatThrownBy(r::run)
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("outside the years 1900 to 2200 cpom supports for a contract")
        .satisfies(e -> {
          assertThat(((CpomValidationException) e).field()).isEqualTo(field);
          assertThat(((CpomValidationException) e).value()).isEqualTo(value);
        });
  }

  @Test
  void aDgcNamesItsFirstAndLastYear() {
    assertThat(dgc(2025, 2029).build().firstYear()).isEqualTo(Year.of(2025));
    rejectedNaming("dgc.firstYear", "1899", () -> dgc(1899, 2029).build());
    rejectedNaming("dgc.lastYear", "2201", () -> dgc(2025, 2201).build());
  }

  @Test
  void aSingleEsmsDotationNamesItsFirstAndLastYear() {
    assertThat(single(2025, 2029).build().lastYear()).isEqualTo(Year.of(2029));
    rejectedNaming("singleEsmsDotation.firstYear", "1899", () -> single(1899, 2029).build());
    rejectedNaming("singleEsmsDotation.lastYear", "2201", () -> single(2025, 2201).build());
  }
}
