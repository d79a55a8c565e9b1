package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.contract.Fixtures.cpom;
import static org.cpom.contract.Rejections.rejects;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The clauses later engines read from the contract, and how avenants carry them. */
class CpomSlotsTest {
  private static ResultAllocationClause clause(AllocatingParty party) {
    return ResultAllocationClause.builder().allocatingParty(party).allowsFungibility(true).reference("art. 9").build();
  }

  @Test
  void aContractCarriesItsResultAllocationClauseThroughAsOf() {
    Cpom c = cpom().budgetFramework(BudgetFramework.EPRD).resultAllocationClause(clause(AllocatingParty.GESTIONNAIRE)).build();
    assertThat(c.resultAllocationClause()).hasValueSatisfying(r -> assertThat(r.allowsFungibility()).isTrue());
    assertThat(c.asOf(LocalDate.of(2027, 3, 1)).resultAllocationClause()).isEqualTo(c.resultAllocationClause());
    assertThat(cpom().build().resultAllocationClause()).isEmpty();
  }

  @Test
  void underTheEprdTheClauseCannotLetTheAuthorityAllocate() {
    rejects(() -> cpom().budgetFramework(BudgetFramework.EPRD)
            .resultAllocationClause(clause(AllocatingParty.AUTORITE_DE_TARIFICATION)).build(),
        "cpom.resultAllocationClause.allocatingParty", "CASF R314-234");
    // Under the traditional budget the authority allocates unless the contract says otherwise (R314-51 I, R314-43).
    assertThat(cpom().budgetFramework(BudgetFramework.TRADITIONAL)
        .resultAllocationClause(clause(AllocatingParty.AUTORITE_DE_TARIFICATION)).build().resultAllocationClause())
        .isPresent();
  }
}
