package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.money.Rate;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class ResultAllocationClauseTest {

  @Test
  void defaultsAllowEverythingAndNoFungibility() {
    ResultAllocationClause c = ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE).build();
    assertThat(c.allowedDestinations()).containsExactlyInAnyOrder(SurplusDestination.values());
    assertThat(c.minimumShares()).isEmpty();
    assertThat(c.allowsFungibility()).isFalse();
    assertThat(c.legalBasis()).isEqualTo(LegalBasis.clause("affectation des résultats"));
    assertThat(c.allows(SurplusDestination.RESERVE_DE_TRESORERIE)).isTrue();
  }

  @Test
  void narrowedClauseWithShares() {
    ResultAllocationClause c = ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE)
        .allowedDestinations(EnumSet.of(SurplusDestination.INVESTISSEMENT, SurplusDestination.REPORT_A_NOUVEAU))
        .putMinimumShares(SurplusDestination.INVESTISSEMENT, Rate.ofPercent("60"))
        .putMinimumShares(SurplusDestination.REPORT_A_NOUVEAU, Rate.ofPercent("40"))
        .allowsFungibility(true).reference("art. 9").build();
    assertThat(c.allows(SurplusDestination.RESERVE_DE_TRESORERIE)).isFalse();
    assertThat(c.legalBasis().text()).isEqualTo("CPOM clause art. 9");
  }

  private static void rejects(ResultAllocationClause.Builder b, String field, String problem) {
    assertThatThrownBy(b::build).isInstanceOfSatisfying(CpomValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(LegalBasis.convention(Convention.RESULT_ALLOCATION_CLAUSE));
      assertThat(e.getMessage()).contains(problem);
    });
  }

  @Test
  void badClausesAreRejected() {
    rejects(ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE)
        .allowedDestinations(EnumSet.noneOf(SurplusDestination.class)), "clause.allowedDestinations", "at least one");
    rejects(ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE)
        .putMinimumShares(SurplusDestination.INVESTISSEMENT, Rate.ZERO), "clause.minimumShares.INVESTISSEMENT",
        "above 0 %");
    rejects(ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE)
        .putMinimumShares(SurplusDestination.INVESTISSEMENT, Rate.ofPercent("100.01")),
        "clause.minimumShares.INVESTISSEMENT", "at most 100 %");
    rejects(ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE)
        .allowedDestinations(EnumSet.of(SurplusDestination.REPORT_A_NOUVEAU))
        .putMinimumShares(SurplusDestination.INVESTISSEMENT, Rate.ofPercent("10")),
        "clause.minimumShares.INVESTISSEMENT", "does not allow");
    rejects(ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE)
        .putMinimumShares(SurplusDestination.INVESTISSEMENT, Rate.ofPercent("60"))
        .putMinimumShares(SurplusDestination.REPORT_A_NOUVEAU, Rate.ofPercent("40.01")), "clause.minimumShares",
        "more than 100 %");
    assertThat(ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE)
        .putMinimumShares(SurplusDestination.INVESTISSEMENT, Rate.ONE).build().minimumShares()).hasSize(1);
    assertThatThrownBy(() -> ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE)
        .reference(" ").build()).isInstanceOf(CpomValidationException.class).hasMessageContaining("clause.reference");
  }

  @Test
  void destinationsFollowTheRegime() {
    assertThat(SurplusDestination.REPORT_A_NOUVEAU.basisUnder(BudgetFramework.EPRD))
        .contains(LegalBasis.casf("R314-234 1° b"));
    assertThat(SurplusDestination.REPORT_A_NOUVEAU.isAllowedUnder(BudgetFramework.TRADITIONAL)).isFalse();
    assertThat(SurplusDestination.REDUCTION_DES_CHARGES.isAllowedUnder(BudgetFramework.EPRD)).isFalse();
    assertThat(SurplusDestination.MESURES_NON_RECONDUCTIBLES.basisUnder(BudgetFramework.TRADITIONAL))
        .contains(LegalBasis.casf("R314-51 II 3°"));
    assertThat(EnumSet.allOf(SurplusDestination.class)).filteredOn(d -> d.isAllowedUnder(BudgetFramework.EPRD))
        .hasSize(5);
    assertThat(EnumSet.allOf(SurplusDestination.class)).filteredOn(d -> d.isAllowedUnder(BudgetFramework.TRADITIONAL))
        .hasSize(6);
    assertThat(SurplusDestination.INVESTISSEMENT.label()).isEqualTo("Investissement");
  }
}
