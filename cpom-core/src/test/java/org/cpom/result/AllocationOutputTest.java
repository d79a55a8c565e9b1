package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.result.Fixtures.IME;
import static org.cpom.result.Fixtures.MAS;
import static org.cpom.result.Fixtures.N;
import static org.cpom.result.Fixtures.balances;
import static org.cpom.result.Fixtures.byGestionnaire;
import static org.cpom.result.Fixtures.eprd;
import static org.cpom.result.Fixtures.eur;
import static org.cpom.result.Fixtures.ledger;

import java.time.Year;
import java.util.Map;
import org.cpom.Violation;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.BudgetFramework;
import org.cpom.contract.CompteKind;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class AllocationOutputTest {

  static AllocationDecision decision() {
    ClosedExercice ex = eprd(ledger("IME", balances(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, "10")))
        .addResults(ClosingResult.of(IME, eur("-4")), ClosingResult.of(MAS, eur("6"))).build();
    return ResultEngine.allocate(ex, byGestionnaire().allocate("MAS", SurplusDestination.INVESTISSEMENT, eur("6"))
        .build());
  }

  @Test
  void decisionDescribesItself() {
    AllocationDecision d = decision();
    assertThat(d.exercice()).isEqualTo(N);
    assertThat(d.framework()).isEqualTo(BudgetFramework.EPRD);
    assertThat(d.allocatingParty()).isEqualTo(AllocatingParty.GESTIONNAIRE);
    assertThat(d.allocatingParties()).containsOnlyKeys("IME", "MAS").containsValue(AllocatingParty.GESTIONNAIRE);
    assertThat(d.movements("MAS")).singleElement().satisfies(m -> {
      assertThat(m.toString()).isEqualTo("MAS: Affectation de l'excédent : Investissement (10682): EUR 6.00 "
          + "[CASF R314-234 1° c]");
      assertThat(m.isMandatory()).isFalse();
      assertThat(m.destination()).contains(SurplusDestination.INVESTISSEMENT);
      assertThat(m.counterpartId()).isEmpty();
      assertThat(m.chargesExercice()).isEmpty();
    });
    assertThat(d.movements("NONE")).isEmpty();
    assertThat(d.total()).isEqualTo(eur("2"));
    assertThat(d.trace().steps()).extracting(s -> s.label()).containsExactly(
        "IME: Imputation sur le report à nouveau créditeur (110)",
        "MAS: Affectation de l'excédent : Investissement (10682)");
    assertThat(d.balancesAfter("IME")).isEqualTo(balances(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, "6"));
  }

  @Test
  void tableLinesAndEquality() {
    AllocationTable t = decision().table();
    AllocationTable same = decision().table();
    assertThat(t).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("table");
    assertThat(t.hashCode()).isNotEqualTo(new AllocationTable(t.comptes(), t.allocatingParties(), t.lines().subList(0, 1)).hashCode());
    assertThat(t.toString()).contains("DETERMINATION Résultat de l'exercice {IME=EUR -4.00, MAS=EUR 6.00}");
    assertThat(t.line("nothing")).isEmpty();
    AllocationTable.Line result = t.line("Résultat de l'exercice").orElseThrow();
    assertThat(result.section()).isEqualTo(AllocationTable.Section.DETERMINATION);
    assertThat(result.account()).isEmpty();
    assertThat(result.basis()).isEmpty();
    assertThat(result.total()).isEqualTo(eur("2"));
    assertThat(result.amount("OTHER")).isEqualTo(Amount.ZERO);
    assertThat(result).isEqualTo(same.line("Résultat de l'exercice").orElseThrow())
        .hasSameHashCodeAs(same.line("Résultat de l'exercice").orElseThrow())
        .isNotEqualTo(t.line("Résultat à affecter").orElseThrow())
        .isNotEqualTo(null);
    assertThat(result.hashCode()).isNotEqualTo(t.line("Résultat à affecter").orElseThrow().hashCode());
    AllocationTable.Line free = t.lines(AllocationTable.Section.FREE).get(0);
    assertThat(free.label()).isEqualTo("Affectation de l'excédent : Investissement (10682)");
    assertThat(free.account()).contains(ReserveAccount.EXCEDENTS_AFFECTES_INVESTISSEMENT);
    assertThat(free.basis()).contains(LegalBasis.casf("R314-234 1° c"));
    assertThat(free.amounts()).isEqualTo(Map.of("IME", Amount.ZERO, "MAS", eur("6")));
    // lines differing only in section, account, basis or amounts are different
    AllocationTable.Line base = new AllocationTable.Line(AllocationTable.Section.FREE, "x", null, null,
        Map.of("A", Amount.ZERO));
    assertThat(base).isNotEqualTo(new AllocationTable.Line(AllocationTable.Section.MANDATORY, "x", null, null,
        Map.of("A", Amount.ZERO)));
    assertThat(base).isNotEqualTo(new AllocationTable.Line(AllocationTable.Section.FREE, "x",
        ReserveAccount.RESERVE_DE_COMPENSATION, null, Map.of("A", Amount.ZERO)));
    assertThat(base).isNotEqualTo(new AllocationTable.Line(AllocationTable.Section.FREE, "x", null,
        LegalBasis.casf("R314-48"), Map.of("A", Amount.ZERO)));
    assertThat(base).isNotEqualTo(new AllocationTable.Line(AllocationTable.Section.FREE, "x", null, null,
        Map.of("A", eur("1"))));
    assertThat(new AllocationTable(t.comptes(), t.allocatingParties(), t.lines().subList(0, 1))).isNotEqualTo(t);
    assertThat(new AllocationTable(t.comptes().subList(0, 1), t.allocatingParties(), t.lines())).isNotEqualTo(t);
    assertThat(new AllocationTable(t.comptes(), Map.of("IME", AllocatingParty.GESTIONNAIRE,
        "MAS", AllocatingParty.AUTORITE_DE_TARIFICATION), t.lines())).isNotEqualTo(t);
    // each column knows its kind and its allocating party
    assertThat(t.allocatingParties()).containsExactly(Map.entry("IME", AllocatingParty.GESTIONNAIRE),
        Map.entry("MAS", AllocatingParty.GESTIONNAIRE));
    assertThat(t.kind("MAS")).isEqualTo(CompteKind.IN_CPOM);
    assertThat(t.allocatingParty("IME")).isEqualTo(AllocatingParty.GESTIONNAIRE);
    assertThatThrownBy(() -> t.kind("NONE")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NONE");
    assertThatThrownBy(() -> t.allocatingParty("NONE")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void movementKindsKnowWhetherTheyAreMandatory() {
    assertThat(MovementKind.values()).filteredOn(MovementKind::isMandatory).containsExactly(
        MovementKind.REJECTED_EXPENSES, MovementKind.CLEAR_DEBIT_REPORT_A_NOUVEAU,
        MovementKind.DEFICIT_FROM_REPORT_A_NOUVEAU, MovementKind.DEFICIT_FROM_RESERVE_DE_COMPENSATION,
        MovementKind.DEFICIT_TO_DEBIT_REPORT_A_NOUVEAU);
    assertThat(MovementKind.TREASURY_TAKE_BACK.label()).isEqualTo("Reprise de la réserve de trésorerie");
  }

  @Test
  void eachCompteIsDecidedByItsOwnPartyElseByTheProposer() {
    AllocationProposal p = byGestionnaire().decidedBy("RA", AllocatingParty.AUTORITE_DE_TARIFICATION).build();
    assertThat(p.partyFor("RA")).contains(AllocatingParty.AUTORITE_DE_TARIFICATION);
    assertThat(p.partyFor("IME")).contains(AllocatingParty.GESTIONNAIRE);
  }

  @Test
  void withoutProposedByTheExercicesAllocatingPartyProposes() {
    AllocationProposal p = AllocationProposal.builder().decidedBy(MAS, AllocatingParty.AUTORITE_DE_TARIFICATION)
        .build();
    assertThat(p.proposedBy()).isEmpty();
    assertThat(p.partyFor("IME")).isEmpty();
    assertThat(p.partyFor("MAS")).contains(AllocatingParty.AUTORITE_DE_TARIFICATION);
    // EPRD: the gestionnaire; traditional with the authority's clause: the authority. Same figures as when
    // the proposal names the party itself
    ClosedExercice eprd = eprd(ledger()).addResults(ClosingResult.of(IME, eur("18500.00"))).build();
    AllocationProposal unnamed = AllocationProposal.builder()
        .allocate(IME, SurplusDestination.RESERVE_DE_COMPENSATION, eur("18500.00")).build();
    assertThat(ResultEngine.validate(eprd, unnamed)).isEmpty();
    assertThat(ResultEngine.allocate(eprd, unnamed)).isEqualTo(ResultEngine.allocate(eprd,
        byGestionnaire().allocate("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("18500.00")).build()));
    ClosedExercice traditional = Fixtures.traditional(ledger()).addResults(ClosingResult.of(IME, eur("100"))).build();
    assertThat(ResultEngine.validate(traditional, AllocationProposal.builder()
        .allocate(IME, SurplusDestination.RESERVE_DE_COMPENSATION, eur("100")).build())).isEmpty();
    // a party named wrongly is still reported
    assertThat(ResultEngine.validate(traditional, byGestionnaire()
        .allocate(IME, SurplusDestination.RESERVE_DE_COMPENSATION, eur("100")).build()))
        .extracting(Violation::field).containsExactly("proposedBy");
  }

  @Test
  void aProposalNamesItsComptesByValueOrById() {
    Year next = N.plusYears(1);
    AllocationProposal byValue = AllocationProposal.builder().decidedBy(IME, AllocatingParty.GESTIONNAIRE)
        .allocate(IME, SurplusDestination.INVESTISSEMENT, eur("1")).reduceCharges(IME, next, eur("2"))
        .transfer(MAS, IME, eur("3")).chargeDeficit(MAS, next, eur("4")).spreadDeficit(IME, eur("5"), next, 2)
        .build();
    AllocationProposal byId = AllocationProposal.builder().decidedBy("IME", AllocatingParty.GESTIONNAIRE)
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("1")).reduceCharges("IME", next, eur("2"))
        .transfer("MAS", "IME", eur("3")).chargeDeficit("MAS", next, eur("4")).spreadDeficit("IME", eur("5"), next, 2)
        .build();
    assertThat(byValue).isEqualTo(byId).hasSameHashCodeAs(byId).hasToString(byId.toString());
  }

  @Test
  void everyResultComparesByValue() {
    AllocationDecision a = decision();
    AllocationDecision b = decision();
    assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b).hasToString(b.toString());
    assertThat(a.table()).isEqualTo(b.table()).hasSameHashCodeAs(b.table()).hasToString(b.table().toString());
    assertThat(a.ledger()).isEqualTo(b.ledger()).hasSameHashCodeAs(b.ledger()).hasToString(b.ledger().toString());
    assertThat(a.movements()).isEqualTo(b.movements());
    assertThat(a.movements().get(0)).hasSameHashCodeAs(b.movements().get(0))
        .hasToString(b.movements().get(0).toString());
    ClosedExercice ex = eprd(ledger("IME", balances(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, "10")))
        .addResults(ClosingResult.of(IME, eur("-4")), ClosingResult.of(MAS, eur("6"))).build();
    assertThat(ResultEngine.mandatorySteps(ex)).isEqualTo(ResultEngine.mandatorySteps(ex))
        .hasSameHashCodeAs(ResultEngine.mandatorySteps(ex)).hasToString(ResultEngine.mandatorySteps(ex).toString());
    assertThat(Fixtures.bilanWithBfr("10")).isEqualTo(Fixtures.bilanWithBfr("10"))
        .hasSameHashCodeAs(Fixtures.bilanWithBfr("10")).hasToString(Fixtures.bilanWithBfr("10").toString());
    // and a different input gives a different value
    assertThat(a).isNotEqualTo(ResultEngine.allocate(ex, byGestionnaire()
        .allocate("MAS", SurplusDestination.RESERVE_DE_COMPENSATION, eur("6")).build()));
  }
}
