package org.cpom.result;

import java.time.Year;
import org.cpom.LegalBasis;
import org.cpom.Convention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.result.Fixtures.IME;
import static org.cpom.result.Fixtures.N;
import static org.cpom.result.Fixtures.balances;
import static org.cpom.result.Fixtures.bilanWithBfr;
import static org.cpom.result.Fixtures.eprd;
import static org.cpom.result.Fixtures.eur;
import static org.cpom.result.Fixtures.ledger;
import static org.cpom.result.Fixtures.traditional;
import static org.cpom.result.ReserveAccount.DEPENSES_REFUSEES;
import static org.cpom.result.ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR;
import static org.cpom.result.ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR;
import static org.cpom.result.ReserveAccount.RESERVE_DE_COMPENSATION;

import java.util.Map;
import org.cpom.CpomValidationException;
import org.cpom.contract.AllocatingParty;
import org.cpom.Violation;
import org.cpom.contract.BudgetFramework;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResultAllocationClause;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.junit.jupiter.api.Test;

class ResultInputsTest {

  private static void rejects(Runnable r, String field, String rule) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(CpomValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule().text()).contains(rule);
      assertThat(e.getMessage()).contains(field).contains(rule);
    });
  }

  // ---------------------------------------------------------------- the regime follows the contract

  @Test
  void theContractSuppliesBasisFrameworkClauseAndGestionnaire() {
    ResultAllocationClause art8 = ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE)
        .reference("art. 8").allowsFungibility(true).build();
    Cpom cpom = Fixtures.contract().resultAllocationClause(art8).build();
    ClosedExercice ex = ClosedExercice.builder().contract(cpom).exercice(N).ledger(ledger())
        .addResults(ClosingResult.of(IME, eur("1"))).build();
    assertThat(ex.basis()).isEqualTo(CpomBasis.L313_12_2);
    assertThat(ex.framework()).isEqualTo(BudgetFramework.EPRD);
    assertThat(ex.clause()).isEqualTo(art8);
    assertThat(ex.gestionnaire()).isEqualTo(Fixtures.PRIVATE);
    assertThat(ex.allocatingPartyBasis().text()).isEqualTo("CASF R314-234");
    assertThat(ex.allowsFungibility()).isTrue();
    // the same facts given one by one make the same value
    assertThat(ex).isEqualTo(eprd(ledger()).clause(art8).addResults(ClosingResult.of(IME, eur("1"))).build());
  }

  @Test
  void anExerciceBuiltFromItsContractIsOneOfTheContractsYears() {
    Cpom cpom = Fixtures.contract().build();
    int first = cpom.startDate().getYear();
    int last = cpom.period().endDate().getYear();
    for (int y : new int[] {first, last}) {
      assertThat(ClosedExercice.builder().contract(cpom).exercice(Year.of(y)).ledger(ReserveLedger.empty(Year.of(y - 1)))
          .addResults(ClosingResult.of(IME, eur("1"))).build().exercice()).isEqualTo(Year.of(y));
    }
    for (int y : new int[] {first - 1, last + 1, 1990}) {
      assertThatThrownBy(() -> ClosedExercice.builder().contract(cpom).exercice(Year.of(y))
          .ledger(ReserveLedger.empty(Year.of(y - 1))).addResults(ClosingResult.of(IME, eur("1"))).build())
          .isInstanceOf(CpomValidationException.class)
          .satisfies(e -> {
            CpomValidationException c = (CpomValidationException) e;
            assertThat(c.field()).isEqualTo("exercice.exercice");
            assertThat(c.value()).isEqualTo(String.valueOf(y));
            assertThat(c.rule()).isEqualTo(LegalBasis.convention(Convention.CONTRACT_PERIOD));
          });
    }
  }

  @Test
  void aContractWithoutClauseLeavesTheLawsAllocation() {
    ClosedExercice eprd = ClosedExercice.builder().contract(Fixtures.contract().build()).exercice(N)
        .ledger(ledger()).addResults(ClosingResult.of(IME, eur("1"))).build();
    assertThat(eprd.allocatingParty()).isEqualTo(AllocatingParty.GESTIONNAIRE);
    assertThat(eprd.allowsFungibility()).isFalse();
    assertThat(eprd.clause().allowedDestinations()).containsExactlyInAnyOrder(SurplusDestination.values());
    assertThat(eprd.clause().minimumShares()).isEmpty();
    // an L313-11 contract: the traditional budget, where the authority allocates (R314-51 I)...
    ClosedExercice traditional = ClosedExercice.builder().contract(Fixtures.contract().basis(CpomBasis.L313_11)
        .build()).exercice(N).ledger(ledger()).addResults(ClosingResult.of(IME, eur("1"))).build();
    assertThat(traditional.framework()).isEqualTo(BudgetFramework.TRADITIONAL);
    assertThat(traditional.allocatingParty()).isEqualTo(AllocatingParty.AUTORITE_DE_TARIFICATION);
    assertThat(traditional.allocatingPartyBasis().text()).isEqualTo("CASF R314-51 I");
    // ...unless it chose the EPRD
    assertThat(ClosedExercice.builder().contract(Fixtures.contract().basis(CpomBasis.L313_11)
        .budgetFramework(BudgetFramework.EPRD).build()).exercice(N).ledger(ledger())
        .addResults(ClosingResult.of(IME, eur("1"))).build().framework()).isEqualTo(BudgetFramework.EPRD);
  }

  @Test
  void theFrameworkDefaultsFromTheBasis() {
    for (CpomBasis basis : CpomBasis.values()) {
      ClosedExercice ex = ClosedExercice.builder().exercice(N).basis(basis).clause(Fixtures.gestionnaireClause())
          .gestionnaire(Fixtures.PRIVATE).ledger(ledger()).addResults(ClosingResult.of(IME, eur("1"))).build();
      assertThat(ex.framework()).isEqualTo(basis.requiresEprd() ? BudgetFramework.EPRD : BudgetFramework.TRADITIONAL);
    }
  }

  @Test
  void theContractHoldsItsRegimeAndClauseToTheLaw() {
    // the checks the exercice made when it restated the contract are the contract's own
    rejects(() -> Fixtures.contract().budgetFramework(BudgetFramework.TRADITIONAL).build(), "cpom.budgetFramework",
        "CASF R314-1");
    rejects(() -> Fixtures.contract().resultAllocationClause(Fixtures.authorityClause()).build(),
        "cpom.resultAllocationClause.allocatingParty", "CASF R314-234");
  }

  @Test
  void anExerciceWithoutItsContractNamesWhatIsMissing() {
    assertThatThrownBy(() -> ClosedExercice.builder().exercice(N).ledger(ledger())
        .addResults(ClosingResult.of(IME, eur("1"))).build())
        .isInstanceOfSatisfying(org.cpom.MissingAttributeException.class, e -> assertThat(e.missing())
            .containsExactly("basis", "clause", "gestionnaire"));
  }

  @Test
  void clauseMustFitTheRegimeOfTheExercice() {
    // a share the regime cannot satisfy would make every proposal fail: rejected up front
    org.cpom.contract.ResultAllocationClause ranShare = org.cpom.contract.ResultAllocationClause.builder()
        .from(Fixtures.authorityClause()).putMinimumShares(SurplusDestination.REPORT_A_NOUVEAU,
            org.cpom.money.Rate.ofPercent("10")).build();
    rejects(() -> traditional(ledger()).clause(ranShare).addResults(ClosingResult.of(IME, eur("1"))).build(),
        "clause.minimumShares.REPORT_A_NOUVEAU", "CASF R314-51 II");
    org.cpom.contract.ResultAllocationClause mesuresShare = org.cpom.contract.ResultAllocationClause.builder()
        .from(Fixtures.gestionnaireClause()).putMinimumShares(SurplusDestination.MESURES_NON_RECONDUCTIBLES,
            org.cpom.money.Rate.ofPercent("10")).build();
    rejects(() -> eprd(ledger()).clause(mesuresShare).addResults(ClosingResult.of(IME, eur("1"))).build(),
        "clause.minimumShares.MESURES_NON_RECONDUCTIBLES", "CASF R314-234 1°");
    // a clause that keeps no destination of the regime leaves no way to allocate a surplus
    org.cpom.contract.ResultAllocationClause onlyRan = org.cpom.contract.ResultAllocationClause.builder()
        .from(Fixtures.authorityClause()).allowedDestinations(java.util.EnumSet.of(SurplusDestination.REPORT_A_NOUVEAU))
        .build();
    rejects(() -> traditional(ledger()).clause(onlyRan).addResults(ClosingResult.of(IME, eur("1"))).build(),
        "clause.allowedDestinations", "CASF R314-51 II");
    org.cpom.contract.ResultAllocationClause onlyReduction = org.cpom.contract.ResultAllocationClause.builder()
        .from(Fixtures.gestionnaireClause()).allowedDestinations(java.util.EnumSet.of(
            SurplusDestination.REDUCTION_DES_CHARGES, SurplusDestination.MESURES_NON_RECONDUCTIBLES)).build();
    rejects(() -> eprd(ledger()).clause(onlyReduction).addResults(ClosingResult.of(IME, eur("1"))).build(),
        "clause.allowedDestinations", "CASF R314-234 1°");
    // the same clauses fit the other regime
    assertThat(eprd(ledger()).clause(org.cpom.contract.ResultAllocationClause.builder().from(ranShare)
        .allocatingParty(org.cpom.contract.AllocatingParty.GESTIONNAIRE).build())
        .addResults(ClosingResult.of(IME, eur("1"))).build().clause().minimumShares()).hasSize(1);
    assertThat(traditional(ledger()).clause(org.cpom.contract.ResultAllocationClause.builder().from(onlyReduction)
        .allocatingParty(org.cpom.contract.AllocatingParty.AUTORITE_DE_TARIFICATION).build())
        .addResults(ClosingResult.of(IME, eur("1"))).build().clause().allowedDestinations()).hasSize(2);
  }

  @Test
  void exerciceChecksResultsLedgerAndBilans() {
    rejects(() -> eprd(ledger()).build(), "exercice.results", "cpom convention");
    rejects(() -> eprd(ledger()).addResults(ClosingResult.of(IME, eur("1")), ClosingResult.of(IME, eur("2"))).build(),
        "exercice.results", "cpom convention");
    rejects(() -> eprd(ReserveLedger.empty(N.minusYears(2))).addResults(ClosingResult.of(IME, eur("1"))).build(),
        "exercice.ledger", "carry from year to year");
    rejects(() -> eprd(ledger()).bilan(bilanWithBfr("1")).addResults(ClosingResult.builder().compte(IME)
        .result(eur("1")).bilan(bilanWithBfr("1")).build()).build(), "results[IME].bilan", "CASF R314-48 III");
    rejects(() -> ClosingResult.builder().compte(IME).result(eur("1")).rejectedExpenses(eur("-0.01")).build(),
        "results[IME].rejectedExpenses", "CASF R314-52");
  }

  // ---------------------------------------------------------------- comptes, balances, ledger

  @Test
  void compteDeResultatFromAnEsmsAndChecks() {
    Esms ime = Esms.builder().finess(FinessNumber.of("690000011")).name("IME Les Tilleuls").category(EsmsCategory.IME)
        .gestionnaire(FinessNumber.of("690000003"))
        .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 38, 38, 210))
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), TariffAuthority.ars("ARA"))).build();
    CompteDeResultat simple = CompteDeResultat.of("A", "Annexe");
    assertThat(simple.id()).isEqualTo("A");
    assertThat(simple.name()).isEqualTo("Annexe");
    assertThat(simple.finess()).isEmpty();
    CompteDeResultat c = CompteDeResultat.from(ime);
    assertThat(c.id()).isEqualTo("690000011");
    assertThat(c.name()).isEqualTo("IME Les Tilleuls");
    assertThat(c.finess()).contains(FinessNumber.of("690000011"));
    assertThat(c.section()).isEqualTo(SectionTarifaire.GLOBAL);
    assertThat(c.ehpadUnderL342_1()).isFalse();
    assertThat(c.restrictedByL342_1()).isFalse();
    assertThat(CompteDeResultat.builder().from(c).ehpadUnderL342_1(true).build().restrictedByL342_1()).isFalse();
    assertThat(CompteDeResultat.builder().from(c).ehpadUnderL342_1(true).section(SectionTarifaire.DEPENDANCE).build()
        .restrictedByL342_1()).isTrue();
    assertThat(CompteDeResultat.builder().from(c).section(SectionTarifaire.SOINS).build().restrictedByL342_1()).isFalse();
    assertThat(c.toString()).isEqualTo("690000011 IME Les Tilleuls");
    rejects(() -> CompteDeResultat.of(" ", "x"), "compte.id", "cpom:label-text");
    rejects(() -> CompteDeResultat.of("x", ""), "compte.name", "cpom:label-text");
  }

  @Test
  void balancesHoldEachAccountOnItsOwnSide() {
    ReserveBalances b = balances(REPORT_A_NOUVEAU_CREDITEUR, "100", REPORT_A_NOUVEAU_DEBITEUR, "30",
        DEPENSES_REFUSEES, "5", RESERVE_DE_COMPENSATION, "0");
    assertThat(b.netPosition()).isEqualTo(eur("65"));
    assertThat(b.holdsBothReportsANouveau()).isTrue();
    assertThat(b.toMap()).doesNotContainKey(RESERVE_DE_COMPENSATION);
    assertThat(b.balance(RESERVE_DE_COMPENSATION)).isEqualTo(Amount.ZERO);
    assertThat(b.with(REPORT_A_NOUVEAU_DEBITEUR, Amount.ZERO).holdsBothReportsANouveau()).isFalse();
    assertThat(b.with(REPORT_A_NOUVEAU_CREDITEUR, Amount.ZERO).holdsBothReportsANouveau()).isFalse();
    assertThat(ReserveBalances.of(Map.of(REPORT_A_NOUVEAU_CREDITEUR, eur("100"), REPORT_A_NOUVEAU_DEBITEUR, eur("30"),
        DEPENSES_REFUSEES, eur("5")))).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(b.toString()).isEqualTo("{110=EUR 100.00, 119=EUR 30.00, 1141=EUR 5.00}");
    assertThat(ReserveBalances.ZERO.netPosition()).isEqualTo(Amount.ZERO);
    assertThat(b).isNotEqualTo(b.with(DEPENSES_REFUSEES, eur("6"))).isNotEqualTo(ReserveBalances.ZERO)
        .isNotEqualTo("b");
    assertThat(b.hashCode()).isNotEqualTo(ReserveBalances.ZERO.hashCode())
        .isNotEqualTo(b.with(DEPENSES_REFUSEES, eur("6")).hashCode());
    rejects(() -> ReserveBalances.ZERO.with(REPORT_A_NOUVEAU_DEBITEUR, eur("-1")), "balances.119", "cpom convention");
    rejects(() -> ReserveBalances.of(Map.of(RESERVE_DE_COMPENSATION, eur("-1"))), "balances.10686", "cpom convention");
  }

  @Test
  void accountsCarryNumberNameAndArticle() {
    assertThat(ReserveAccount.values()).extracting(ReserveAccount::number).containsExactly("110", "119", "10682",
        "10685", "10686", "10687", "11511", "1141");
    assertThat(ReserveAccount.RESERVE_DE_TRESORERIE.label()).isEqualTo("Réserve de trésorerie");
    assertThat(ReserveAccount.RESERVE_DE_TRESORERIE.legalBasis().text()).isEqualTo("CASF R314-48 III");
    assertThat(ReserveAccount.DEPENSES_REFUSEES.legalBasis().text()).isEqualTo("CASF R314-52");
    assertThat(ReserveAccount.values()).filteredOn(ReserveAccount::isDebit)
        .containsExactly(REPORT_A_NOUVEAU_DEBITEUR, DEPENSES_REFUSEES);
    assertThat(ReserveAccount.RESERVE_DE_COMPENSATION.toString()).isEqualTo("10686 Réserve de compensation des déficits");
  }

  @Test
  void ledgerKeepsBalancesByExercice() {
    ReserveLedger l = ledger("IME", balances(RESERVE_DE_COMPENSATION, "5"));
    assertThat(l.openingExercice()).isEqualTo(N.minusYears(1));
    assertThat(l.latestExercice()).isEqualTo(N.minusYears(1));
    assertThat(l.comptes()).containsExactly("IME");
    assertThat(l.balances("OTHER")).isEqualTo(ReserveBalances.ZERO);
    assertThat(l.balances("IME", N)).isEmpty();
    assertThat(l.balances("OTHER", N.minusYears(1))).contains(ReserveBalances.ZERO);
    ReserveLedger next = l.plus(N, Map.of("MAS", balances(RESERVE_DE_COMPENSATION, "7")));
    assertThat(next.comptes()).containsExactly("IME", "MAS");
    assertThat(next.balances("IME")).isEqualTo(balances(RESERVE_DE_COMPENSATION, "5"));
    assertThat(next.exercices()).containsExactly(N.minusYears(1), N);
    assertThat(l.exercices()).containsExactly(N.minusYears(1));
    assertThat(next).isNotEqualTo(l);
    assertThat(ledger("IME", balances(RESERVE_DE_COMPENSATION, "5"))).isEqualTo(l).hasSameHashCodeAs(l);
    assertThat(next.hashCode()).isNotEqualTo(l.hashCode());
    assertThat(l).isNotEqualTo("l");
    assertThat(l.toString()).contains("IME");
    rejects(() -> ReserveLedger.opening(N, Map.of("", ReserveBalances.ZERO)), "balances.compte", "cpom:label-text");
  }

  // ---------------------------------------------------------------- proposal lines

  @Test
  void proposalLinesAreCheckedWhenBuilt() {
    rejects(() -> SurplusLine.of("IME", SurplusDestination.INVESTISSEMENT, Amount.ZERO), "surplusLine.amount",
        "cpom convention");
    rejects(() -> SurplusLine.of("IME", SurplusDestination.REDUCTION_DES_CHARGES, eur("1")),
        "surplusLine.chargesExercice", "CASF R314-51 II 1°");
    rejects(() -> ResultTransfer.of("IME", "MAS", eur("-1")), "transfer.amount", "cpom convention");
    rejects(() -> DeficitCharge.of("IME", N, Amount.ZERO), "deficitCharge.amount", "cpom convention");
    rejects(() -> TreasuryTakeBack.of("IME", Amount.ZERO, java.util.List.of(), true), "treasuryTakeBack.amount",
        "cpom convention");
    rejects(() -> AllocationProposal.builder().proposedBy(org.cpom.contract.AllocatingParty.GESTIONNAIRE)
        .spreadDeficit("IME", eur("1"), N, 0), "exercices", "CASF R314-51 III");
    // a spread of a few cents skips the parts at zero
    AllocationProposal p = AllocationProposal.builder().proposedBy(org.cpom.contract.AllocatingParty.GESTIONNAIRE)
        .spreadDeficit("IME", eur("0.02"), N, 3).build();
    assertThat(p.deficitCharges()).extracting(DeficitCharge::amount).containsExactly(eur("0.01"), eur("0.01"));
  }

  @Test
  void violationsAndNullsAreExplicit() {
    Violation v = Violation.of("f", org.cpom.LegalBasis.casf("R314-48"), "too much");
    assertThat(v).isEqualTo(Violation.of("f", org.cpom.LegalBasis.casf("R314-48"), "too much"))
        .hasSameHashCodeAs(Violation.of("f", org.cpom.LegalBasis.casf("R314-48"), "too much"))
        .isNotEqualTo(Violation.of("g", org.cpom.LegalBasis.casf("R314-48"), "too much"))
        .isNotEqualTo(Violation.of("f", org.cpom.LegalBasis.casf("R314-49"), "too much"))
        .isNotEqualTo(Violation.of("f", org.cpom.LegalBasis.casf("R314-48"), "too little"));
    assertThat(v.toString()).isEqualTo("f: too much (CASF R314-48)");
    assertThat(v).isNotEqualTo("f");
    assertThat(v.hashCode()).isNotEqualTo(Violation.of("g", org.cpom.LegalBasis.casf("R314-48"), "too much")
        .hashCode());
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.of(IME, eur("1"))).build();
    assertThatThrownBy(() -> ResultEngine.validate(null, Fixtures.byGestionnaire().build()))
        .isInstanceOf(NullPointerException.class).hasMessage("exercice");
    assertThatThrownBy(() -> ResultEngine.allocate(ex, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("proposal");
    assertThatThrownBy(() -> ResultEngine.mandatorySteps(null)).isInstanceOf(NullPointerException.class);
  }
}
