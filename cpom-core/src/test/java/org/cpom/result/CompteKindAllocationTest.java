package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cpom.result.Fixtures.IME;
import static org.cpom.result.Fixtures.N;
import static org.cpom.result.Fixtures.balances;
import static org.cpom.result.Fixtures.byAuthority;
import static org.cpom.result.Fixtures.byGestionnaire;
import static org.cpom.result.Fixtures.eprd;
import static org.cpom.result.Fixtures.eur;
import static org.cpom.result.Fixtures.ledger;
import static org.cpom.result.ReserveAccount.EXCEDENTS_AFFECTES_INVESTISSEMENT;
import static org.cpom.result.ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR;
import static org.cpom.result.ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR;
import static org.cpom.result.ReserveAccount.RESERVE_DE_COMPENSATION;
import static org.cpom.result.ReserveAccount.RESERVE_DE_TRESORERIE;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.cpom.CpomValidationException;
import org.cpom.Violation;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.CompteKind;
import org.cpom.contract.ResultAllocationClause;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.SectionTarifaire;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

/**
 * The kind of each compte de résultat under the EPRD: the comptes of R314-222 II 2° are allocated by the
 * tariff authority in the order of R314-234 1° to 3° (R314-234 4°), and they, and an ESAT commercial
 * budget, take no part in transfers between comptes.
 */
class CompteKindAllocationTest {
  /** A résidence autonomie funded by the Département only, outside the CPOM, in the gestionnaire's EPRD. */
  static final CompteDeResultat RA = CompteDeResultat.builder().id("RA").name("Résidence autonomie Les Acacias")
      .kind(CompteKind.OUTSIDE_CPOM_PERIMETER).build();
  static final CompteDeResultat CHRS = CompteDeResultat.builder().id("CHRS").name("CHRS Le Relais")
      .kind(CompteKind.TARIFFED_BY_PREFET).build();
  static final CompteDeResultat ESAT = CompteDeResultat.of("ESAT", "ESAT Les Ateliers");
  static final CompteDeResultat BAPC = CompteDeResultat.builder().id("BAPC").name("ESAT Les Ateliers, commercial")
      .kind(CompteKind.ESAT_COMMERCIAL_BUDGET).build();
  static final CompteDeResultat CUISINE = CompteDeResultat.builder().id("CUISINE").name("Cuisine centrale")
      .kind(CompteKind.ACTIVITY_OUTSIDE_L312_1).build();

  private static List<String> rules(List<Violation> violations) {
    return violations.stream().map(v -> v.rule().text()).collect(Collectors.toList());
  }

  private static List<String> fields(List<Violation> violations) {
    return violations.stream().map(Violation::field).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- who allocates, per compte

  @Test
  void eachCompteHasItsAllocatingPartyUnderTheEprd() {
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.of(IME, eur("1")), ClosingResult.of(RA, eur("1")),
        ClosingResult.of(CHRS, eur("1")), ClosingResult.of(BAPC, eur("1")), ClosingResult.of(CUISINE, eur("1")))
        .build();
    assertThat(ex.allocatingParties()).containsExactly(entry("IME", AllocatingParty.GESTIONNAIRE),
        entry("RA", AllocatingParty.AUTORITE_DE_TARIFICATION), entry("CHRS", AllocatingParty.AUTORITE_DE_TARIFICATION),
        entry("BAPC", AllocatingParty.GESTIONNAIRE), entry("CUISINE", AllocatingParty.GESTIONNAIRE));
    assertThat(ex.allocatingPartyBasis(RA)).isEqualTo(LegalBasis.casf("R314-234 4°"));
    assertThat(ex.allocatingPartyBasis(CHRS)).isEqualTo(LegalBasis.casf("R314-234 4°"));
    assertThat(ex.allocatingPartyBasis(BAPC)).isEqualTo(LegalBasis.casf("R314-234"));
    // the exercice-level party stays the contract's
    assertThat(ex.allocatingParty()).isEqualTo(AllocatingParty.GESTIONNAIRE);
    assertThat(ex.allocatingPartyBasis()).isEqualTo(LegalBasis.casf("R314-234"));
    assertThat(IME.kind()).isEqualTo(CompteKind.IN_CPOM);
  }

  @Test
  void underTheTraditionalBudgetTheContractDelegatesOnlyItsOwnComptes() {
    ClosedExercice byLaw = Fixtures.traditional(ledger()).addResults(ClosingResult.of(IME, eur("1")),
        ClosingResult.of(RA, eur("1"))).build();
    assertThat(byLaw.allocatingParties()).containsOnly(entry("IME", AllocatingParty.AUTORITE_DE_TARIFICATION),
        entry("RA", AllocatingParty.AUTORITE_DE_TARIFICATION));
    assertThat(byLaw.allocatingPartyBasis(RA)).isEqualTo(LegalBasis.casf("R314-51 I"));
    // R314-43 lets the contract give the allocation to « l'établissement ou le service » whose tariff it sets
    // (R314-42 I): the IME, not the résidence autonomie outside its perimeter, which stays with the authority
    ClosedExercice delegated = Fixtures.traditional(ledger()).clause(Fixtures.gestionnaireClause())
        .addResults(ClosingResult.of(IME, eur("1")), ClosingResult.of(RA, eur("1")), ClosingResult.of(CHRS, eur("1")))
        .build();
    assertThat(delegated.allocatingParties()).containsExactly(entry("IME", AllocatingParty.GESTIONNAIRE),
        entry("RA", AllocatingParty.AUTORITE_DE_TARIFICATION), entry("CHRS", AllocatingParty.GESTIONNAIRE));
    assertThat(delegated.allocatingPartyBasis(IME)).isEqualTo(LegalBasis.casf("R314-43"));
    assertThat(delegated.allocatingPartyBasis(RA)).isEqualTo(LegalBasis.casf("R314-51 I"));
    assertThat(delegated.clauseApplies(RA)).isFalse();
    assertThat(delegated.clauseApplies(IME)).isTrue();
    // the gestionnaire deciding the résidence's result breaks R314-51 I
    List<Violation> v = ResultEngine.validate(delegated, byGestionnaire()
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("1"))
        .allocate("RA", SurplusDestination.INVESTISSEMENT, eur("1"))
        .allocate("CHRS", SurplusDestination.INVESTISSEMENT, eur("1")).build());
    assertThat(v).extracting(Violation::field).containsExactly("proposedBy");
    assertThat(v.get(0).rule()).isEqualTo(LegalBasis.casf("R314-51 I"));
    assertThat(v.get(0).problem()).contains("RA", "AUTORITE_DE_TARIFICATION");
    // decided by the authority, and a traditional movement keeps its own article
    AllocationDecision d = ResultEngine.allocate(delegated, byGestionnaire()
        .decidedBy("RA", AllocatingParty.AUTORITE_DE_TARIFICATION)
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("1"))
        .allocate("RA", SurplusDestination.INVESTISSEMENT, eur("1"))
        .allocate("CHRS", SurplusDestination.INVESTISSEMENT, eur("1")).build());
    assertThat(d.movements("RA")).extracting(m -> m.basis().text()).containsExactly("CASF R314-51 II 2°");
    assertThat(d.allocatingParties().get("RA")).isEqualTo(AllocatingParty.AUTORITE_DE_TARIFICATION);
  }

  @Test
  void underTheTraditionalBudgetTheContractsClauseDoesNotBindACompteOutsideItsPerimeter() {
    // the contract keeps investment only: the authority may still send the résidence's surplus elsewhere
    ResultAllocationClause clause = ResultAllocationClause.builder().from(Fixtures.gestionnaireClause())
        .allowedDestinations(java.util.EnumSet.of(SurplusDestination.INVESTISSEMENT)).build();
    ClosedExercice ex = Fixtures.traditional(ledger()).clause(clause)
        .addResults(ClosingResult.of(IME, eur("1")), ClosingResult.of(RA, eur("1"))).build();
    AllocationProposal.Builder p = byGestionnaire().decidedBy("RA", AllocatingParty.AUTORITE_DE_TARIFICATION)
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("1"))
        .allocate("RA", SurplusDestination.RESERVE_DE_COMPENSATION, eur("1"));
    assertThat(ResultEngine.validate(ex, p.build())).isEmpty();
    // the IME is bound
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire()
        .decidedBy("RA", AllocatingParty.AUTORITE_DE_TARIFICATION)
        .allocate("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("1"))
        .allocate("RA", SurplusDestination.RESERVE_DE_COMPENSATION, eur("1")).build());
    assertThat(v).hasSize(1);
    assertThat(v.get(0).field()).contains("IME");
  }

  // ---------------------------------------------------------------- acceptance (A14): surplus of the résidence

  @Test
  void authorityAllocatesTheSurplusOfACompteOutsideThePerimeterAfterClearingIts119() {
    // the contract keeps no réserve de compensation and imposes 50 % to investment: neither binds the résidence
    ResultAllocationClause clause = ResultAllocationClause.builder().from(Fixtures.gestionnaireClause())
        .allowedDestinations(EnumSet.complementOf(EnumSet.of(SurplusDestination.RESERVE_DE_COMPENSATION)))
        .putMinimumShares(SurplusDestination.INVESTISSEMENT, Rate.ofPercent("50")).build();
    ReserveLedger ledger = ledger("IME", balances(REPORT_A_NOUVEAU_CREDITEUR, "2000"),
        "RA", balances(REPORT_A_NOUVEAU_DEBITEUR, "4000"));
    ClosedExercice ex = eprd(ledger).clause(clause)
        .addResults(ClosingResult.of(IME, eur("-1500")), ClosingResult.of(RA, eur("10000"))).build();

    // RA: 10,000 clears the 4,000 of 119 first (1° a), which leaves 6,000 for the Département to allocate
    MandatorySteps ra = ResultEngine.mandatorySteps(ex).get(1);
    assertThat(ra.freeSurplus()).isEqualTo(eur("6000"));
    assertThat(ra.movements()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MovementKind.CLEAR_DEBIT_REPORT_A_NOUVEAU);
      assertThat(m.amount()).isEqualTo(eur("4000"));
      assertThat(m.basis()).isEqualTo(LegalBasis.casf("R314-234 4°").withNote("1° a"));
    });

    AllocationProposal p = byGestionnaire()
        .decidedBy("RA", AllocatingParty.AUTORITE_DE_TARIFICATION)
        .allocate("RA", SurplusDestination.RESERVE_DE_COMPENSATION, eur("6000")).build();
    assertThat(ResultEngine.validate(ex, p)).isEmpty();
    // leaving the 6,000 unallocated is reported under 4°
    assertThat(ResultEngine.validate(ex, byGestionnaire().decidedBy("RA", AllocatingParty.AUTORITE_DE_TARIFICATION)
        .build())).singleElement().satisfies(x -> {
          assertThat(x.field()).isEqualTo("surplus[RA]");
          assertThat(x.rule()).isEqualTo(LegalBasis.casf("R314-234 4°").withNote("1°"));
        });
    AllocationDecision d = ResultEngine.allocate(ex, p);

    assertThat(d.movements("RA")).extracting(Movement::kind, Movement::amount, m -> m.basis().text())
        .containsExactly(
            tuple(MovementKind.CLEAR_DEBIT_REPORT_A_NOUVEAU, eur("4000"), "CASF R314-234 4° (1° a)"),
            tuple(MovementKind.SURPLUS_ALLOCATION, eur("6000"), "CASF R314-234 4° (1° d)"));
    assertThat(d.balancesAfter("RA")).isEqualTo(balances(RESERVE_DE_COMPENSATION, "6000"));
    // IME, allocated by the gestionnaire: its deficit of 1,500 drawn on its 110 of 2,000, leaving 500
    assertThat(d.movements("IME")).extracting(m -> m.basis().text()).containsExactly("CASF R314-234 2° a");
    assertThat(d.balancesAfter("IME")).isEqualTo(balances(REPORT_A_NOUVEAU_CREDITEUR, "500"));
    // -1,500 + 10,000
    assertThat(d.total()).isEqualTo(eur("8500"));
    assertThat(d.allocatingParty()).isEqualTo(AllocatingParty.GESTIONNAIRE);
    assertThat(d.allocatingParties()).containsExactly(entry("IME", AllocatingParty.GESTIONNAIRE),
        entry("RA", AllocatingParty.AUTORITE_DE_TARIFICATION));

    // the table names each column's kind and party
    AllocationTable t = d.table();
    assertThat(t.kind("RA")).isEqualTo(CompteKind.OUTSIDE_CPOM_PERIMETER);
    assertThat(t.kind("IME")).isEqualTo(CompteKind.IN_CPOM);
    assertThat(t.allocatingParty("RA")).isEqualTo(AllocatingParty.AUTORITE_DE_TARIFICATION);
    assertThat(t.allocatingParty("IME")).isEqualTo(AllocatingParty.GESTIONNAIRE);
    assertThat(t.line("Affectation de l'excédent : Réserve de compensation des déficits (10686)"))
        .hasValueSatisfying(l -> assertThat(l.amount("RA")).isEqualTo(eur("6000")));

    // the same 6,000 to 10686 on IME's side would break the clause, which binds the contract's comptes
    ClosedExercice imeSurplus = ClosedExercice.builder().from(ex)
        .results(List.of(ClosingResult.of(IME, eur("6000")), ClosingResult.of(RA, eur("10000")))).build();
    List<Violation> v = ResultEngine.validate(imeSurplus, AllocationProposal.builder().from(p)
        .addSurplusLines(SurplusLine.of("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("6000"))).build());
    assertThat(fields(v)).containsExactlyInAnyOrder("surplus[IME].RESERVE_DE_COMPENSATION",
        "surplus[IME].INVESTISSEMENT");
    assertThat(rules(v)).containsOnly("CPOM clause art. 7");
  }

  // ---------------------------------------------------------------- acceptance (A14): deficit of the résidence

  @Test
  void authorityCoversADeficitLargerThanAllReservesBy110Then10686Then119() {
    ReserveBalances opening = balances(REPORT_A_NOUVEAU_CREDITEUR, "1000", RESERVE_DE_COMPENSATION, "2500",
        EXCEDENTS_AFFECTES_INVESTISSEMENT, "30000", RESERVE_DE_TRESORERIE, "8000");
    ClosedExercice ex = eprd(ledger("RA", opening)).addResults(ClosingResult.of(RA, eur("-50000"))).build();

    // an exercice of the résidence alone: the authority's decision needs no per-compte entry
    AllocationDecision d = ResultEngine.allocate(ex, byAuthority().build());

    // 50,000 = 1,000 from 110 + 2,500 from 10686 + 46,500 to 119; 10682 and 10685 are not touched
    assertThat(d.movements()).extracting(Movement::kind, Movement::amount, m -> m.basis().text()).containsExactly(
        tuple(MovementKind.DEFICIT_FROM_REPORT_A_NOUVEAU, eur("-1000"), "CASF R314-234 4° (2° a)"),
        tuple(MovementKind.DEFICIT_FROM_RESERVE_DE_COMPENSATION, eur("-2500"), "CASF R314-234 4° (2° b)"),
        tuple(MovementKind.DEFICIT_TO_DEBIT_REPORT_A_NOUVEAU, eur("-46500"), "CASF R314-234 4° (2° c)"));
    assertThat(d.movements()).allSatisfy(m -> assertThat(m.basis().text()).startsWith("CASF R314-234 4°"));
    assertThat(d.balancesAfter("RA")).isEqualTo(balances(REPORT_A_NOUVEAU_DEBITEUR, "46500",
        EXCEDENTS_AFFECTES_INVESTISSEMENT, "30000", RESERVE_DE_TRESORERIE, "8000"));
    assertThat(d.total()).isEqualTo(eur("-50000"));
    assertThat(d.allocatingParties()).containsExactly(entry("RA", AllocatingParty.AUTORITE_DE_TARIFICATION));

    // the gestionnaire may not decide it
    assertThat(ResultEngine.validate(ex, byGestionnaire().build())).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("proposedBy");
      assertThat(v.rule().text()).isEqualTo("CASF R314-234 4°");
      assertThat(v.problem()).contains("RA").contains("AUTORITE_DE_TARIFICATION").contains("not GESTIONNAIRE");
    });
  }

  @Test
  void prefetTariffedCompteFollowsTheSameOrderAndAZeroResultMovesNothing() {
    ReserveLedger ledger = ledger("CHRS", balances(REPORT_A_NOUVEAU_CREDITEUR, "300"),
        "RA", balances(RESERVE_DE_COMPENSATION, "700"));
    ClosedExercice ex = eprd(ledger).addResults(ClosingResult.of(IME, eur("0")), ClosingResult.of(CHRS, eur("-200")),
        ClosingResult.of(RA, Amount.ZERO)).build();
    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire().decidedBy(ex.allocatingParties()).build());
    // CHRS: 200 of its 300 of 110; RA: nothing moves, its 700 of 10686 carries over
    assertThat(d.movements()).extracting(Movement::compteId, Movement::amount, m -> m.basis().text())
        .containsExactly(tuple("CHRS", eur("-200"), "CASF R314-234 4° (2° a)"));
    assertThat(d.balancesAfter("CHRS")).isEqualTo(balances(REPORT_A_NOUVEAU_CREDITEUR, "100"));
    assertThat(d.balancesAfter("RA")).isEqualTo(balances(RESERVE_DE_COMPENSATION, "700"));
    // a zero result is still the authority's to decide
    assertThat(fields(ResultEngine.validate(ex, byGestionnaire().decidedBy("CHRS",
        AllocatingParty.AUTORITE_DE_TARIFICATION).build()))).containsExactly("proposedBy");
  }

  @Test
  void wrongPartiesAreReportedPerCompteWithTheirArticle() {
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.of(IME, eur("-1")), ClosingResult.of(RA, eur("-1")),
        ClosingResult.of(CHRS, eur("-1"))).build();
    // the gestionnaire's proposal covering everything: one violation naming both authority comptes
    assertThat(ResultEngine.validate(ex, byGestionnaire().build())).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("proposedBy");
      assertThat(v.rule().text()).isEqualTo("CASF R314-234 4°");
      assertThat(v.problem()).contains("RA, CHRS");
    });
    // the authority's proposal covering everything: IME is the gestionnaire's
    assertThat(ResultEngine.validate(ex, byAuthority().build())).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("proposedBy");
      assertThat(v.rule().text()).isEqualTo("CASF R314-234");
      assertThat(v.problem()).contains("IME");
    });
    // the authority's proposal with the gestionnaire's decision for IME is accepted
    assertThat(ResultEngine.validate(ex, byAuthority().decidedBy("IME", AllocatingParty.GESTIONNAIRE).build()))
        .isEmpty();
    // a wrong or unknown per-compte entry
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire().decidedBy("RA", AllocatingParty.GESTIONNAIRE)
        .decidedBy("CHRS", AllocatingParty.AUTORITE_DE_TARIFICATION).decidedBy("XYZ", AllocatingParty.GESTIONNAIRE)
        .build());
    assertThat(fields(v)).containsExactly("decidedBy[RA]", "decidedBy[XYZ]");
    assertThat(v.get(0).rule().text()).isEqualTo("CASF R314-234 4°");
    assertThat(v.get(1).rule().text()).startsWith("cpom convention cpom:exercice-comptes");
    assertThatThrownBy(() -> byGestionnaire().decidedBy(" ", AllocatingParty.GESTIONNAIRE).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("proposal.decidedBy");
  }

  // ---------------------------------------------------------------- acceptance: no transfer from or to them

  private static ClosedExercice withTransfers(CompteDeResultat... comptes) {
    ClosedExercice.Builder b = eprd(ledger()).clause(Fixtures.fungibleClause());
    b.addResults(ClosingResult.of(IME, eur("-5000")));
    for (CompteDeResultat c : comptes) {
      b.addResults(ClosingResult.of(c, eur("10000")));
    }
    return b.build();
  }

  @Test
  void aTransferFromTheResidenceOrFromAnEsatCommercialBudgetIsAViolation() {
    ClosedExercice ex = withTransfers(RA, BAPC, ESAT);
    assertThat(ex.allowsFungibility()).isTrue();
    AllocationProposal p = byGestionnaire().decidedBy("RA", AllocatingParty.AUTORITE_DE_TARIFICATION)
        .transfer("RA", "IME", eur("3000"))
        .allocate("RA", SurplusDestination.REPORT_A_NOUVEAU, eur("7000"))
        .transfer("BAPC", "IME", eur("2000"))
        .allocate("BAPC", SurplusDestination.REPORT_A_NOUVEAU, eur("8000"))
        .allocate("ESAT", SurplusDestination.REPORT_A_NOUVEAU, eur("10000"))
        .build();
    List<Violation> v = ResultEngine.validate(ex, p);
    assertThat(v).extracting(Violation::field, x -> x.rule().text()).containsExactly(
        tuple("transfers[0].fromId", "CASF R314-234 4°, R314-222 II 2°"),
        tuple("transfers[1].fromId", "CASF R344-10, R344-11"));
    assertThat(v.get(0).problem()).contains("RA").contains("takes no part in transfers");
    assertThat(v.get(1).problem()).contains("Production and commercial annex budget");
    assertThatThrownBy(() -> ResultEngine.allocate(ex, p)).isInstanceOf(AllocationRejectedException.class);

    // the same 3,000 from the ESAT's social budget, a compte of the contract, is accepted
    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire()
        .decidedBy("RA", AllocatingParty.AUTORITE_DE_TARIFICATION)
        .allocate("RA", SurplusDestination.REPORT_A_NOUVEAU, eur("10000"))
        .allocate("BAPC", SurplusDestination.REPORT_A_NOUVEAU, eur("10000"))
        .transfer("ESAT", "IME", eur("3000"))
        .allocate("ESAT", SurplusDestination.REPORT_A_NOUVEAU, eur("7000")).build());
    // IME: 5,000 - 3,000 covered = 2,000 to 119 (it holds no 110 or 10686)
    assertThat(d.balancesAfter("IME")).isEqualTo(balances(REPORT_A_NOUVEAU_DEBITEUR, "2000"));
  }

  @Test
  void noTransferCoversTheDeficitOfAnAuthorityCompteACommercialBudgetOrAnR314_74Activity() {
    ClosedExercice.Builder b = eprd(ledger()).clause(Fixtures.fungibleClause())
        .addResults(ClosingResult.of(ESAT, eur("10000")), ClosingResult.of(RA, eur("-1000")),
            ClosingResult.of(CHRS, eur("-1000")), ClosingResult.of(BAPC, eur("-1000")),
            ClosingResult.of(CUISINE, eur("-1000")));
    ClosedExercice ex = b.build();
    AllocationProposal p = byGestionnaire()
        .transfer("ESAT", "RA", eur("1000"))
        .transfer("ESAT", "CHRS", eur("1000"))
        .transfer("ESAT", "BAPC", eur("1000"))
        .transfer("ESAT", "CUISINE", eur("1000"))
        .allocate("ESAT", SurplusDestination.INVESTISSEMENT, eur("6000"))
        .decidedBy(ex.allocatingParties()).build();
    assertThat(ResultEngine.validate(ex, p)).extracting(Violation::field, x -> x.rule().text()).containsExactly(
        tuple("transfers[0].toId", "CASF R314-234 4°, R314-222 II 2°"),
        tuple("transfers[1].toId", "CASF R314-234 4°, R314-222 II 2°"),
        tuple("transfers[2].toId", "CASF R344-10, R344-11"),
        tuple("transfers[3].toId", "CASF R314-74"));
    // the R314-74 activity is refused for its deficit, the others because they take no part in transfers
    assertThat(ResultEngine.validate(ex, p)).extracting(Violation::problem).satisfiesExactly(
        m -> assertThat(m).contains("RA is a ").endsWith("takes no part in transfers (R314-235)"),
        m -> assertThat(m).contains("CHRS is a ").endsWith("takes no part in transfers (R314-235)"),
        m -> assertThat(m).contains("BAPC is a ").endsWith("takes no part in transfers (R314-235)"),
        m -> assertThat(m).contains("CUISINE is a ")
            .endsWith("its deficit may not be covered by the social and médico-social comptes"));

    // an R314-74 activity may give part of its surplus to a compte of the contract
    ClosedExercice giving = eprd(ledger()).clause(Fixtures.fungibleClause())
        .addResults(ClosingResult.of(CUISINE, eur("500")), ClosingResult.of(IME, eur("-800"))).build();
    AllocationDecision d = ResultEngine.allocate(giving, byGestionnaire().transfer("CUISINE", "IME", eur("500"))
        .build());
    // IME: 800 - 500 covered = 300 to 119
    assertThat(d.balancesAfter("IME")).isEqualTo(balances(REPORT_A_NOUVEAU_DEBITEUR, "300"));
    assertThat(d.total()).isEqualTo(eur("-300"));
  }

  // ---------------------------------------------------------------- every violation at once

  @Test
  void everyViolationAtOnceWithComptesOfSeveralKinds() {
    ReserveLedger ledger = ledger("RA", balances(REPORT_A_NOUVEAU_DEBITEUR, "4000"));
    ReserveLedger copy = ledger("RA", balances(REPORT_A_NOUVEAU_DEBITEUR, "4000"));
    ClosedExercice ex = eprd(ledger).clause(ResultAllocationClause.builder().from(Fixtures.fungibleClause())
            .allowedDestinations(EnumSet.complementOf(EnumSet.of(SurplusDestination.RESERVE_AMORTISSEMENTS))).build())
        .addResults(ClosingResult.of(IME, eur("-5000")), ClosingResult.of(RA, eur("10000")),
            ClosingResult.of(BAPC, eur("7000")), ClosingResult.of(ESAT, eur("100")))
        .build();
    AllocationProposal bad = byGestionnaire()                                     // 1 RA is the authority's
        .transfer("RA", "IME", eur("1000"))                                        // 2 from an authority compte
        .allocate("RA", SurplusDestination.REPORT_A_NOUVEAU, eur("5000"))          //   (free 6,000: 1,000 + 5,000)
        .transfer("BAPC", "IME", eur("2000"))                                      // 3 from a commercial budget
        .allocate("BAPC", SurplusDestination.REPORT_A_NOUVEAU, eur("4000"))        // 4 sum 6,000 != 7,000
        .allocate("ESAT", SurplusDestination.RESERVE_AMORTISSEMENTS, eur("100"))   // 5 clause
        .build();
    List<Violation> v = ResultEngine.validate(ex, bad);
    assertThat(v).extracting(Violation::field, x -> x.rule().text()).containsExactlyInAnyOrder(
        tuple("proposedBy", "CASF R314-234 4°"),
        tuple("transfers[0].fromId", "CASF R314-234 4°, R314-222 II 2°"),
        tuple("transfers[1].fromId", "CASF R344-10, R344-11"),
        tuple("surplus[BAPC]", "CASF R314-234 1°"),
        tuple("surplus[ESAT].RESERVE_AMORTISSEMENTS", "CPOM clause art. 7"));
    assertThatThrownBy(() -> ResultEngine.allocate(ex, bad))
        .isInstanceOfSatisfying(AllocationRejectedException.class, e -> assertThat(e.violations()).isEqualTo(v));
    assertThat(ledger).isEqualTo(copy);
    assertThat(ex.ledger().exercices()).containsExactly(N.minusYears(1));
  }

  // ---------------------------------------------------------------- construction

  @Test
  void theContractClauseStillNamesTheGestionnaireAndPointsToTheKind() {
    // the route review input A14 took: the clause is the contract's, and the résidence is outside it; the
    // contract, which supplies the clause to the exercice, rejects it
    assertThatThrownBy(() -> Fixtures.contract().resultAllocationClause(Fixtures.authorityClause()).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("cpom.resultAllocationClause.allocatingParty");
          assertThat(e.rule().text()).isEqualTo("CASF R314-234");
          assertThat(e.getMessage()).contains("R314-234 4°").contains("kind of each compte de résultat");
        });
  }

  @Test
  void anEhpadSectionCannotBeACommercialBudgetOrAnR314_74Activity() {
    for (CompteKind kind : new CompteKind[] {CompteKind.ESAT_COMMERCIAL_BUDGET, CompteKind.ACTIVITY_OUTSIDE_L312_1}) {
      assertThatThrownBy(() -> CompteDeResultat.builder().id("S").name("Soins").section(SectionTarifaire.SOINS)
          .ehpadUnderL342_1(true).kind(kind).build())
          .isInstanceOfSatisfying(CpomValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("compte.kind");
            assertThat(e.rule().text()).isEqualTo("CASF L342-1");
            assertThat(e.getMessage()).contains(kind.name());
          });
    }
    // an EHPAD outside the perimeter keeps its L342-1 restriction, and the authority allocates it
    CompteDeResultat outside = CompteDeResultat.builder().id("S").name("Soins").section(SectionTarifaire.SOINS)
        .ehpadUnderL342_1(true).kind(CompteKind.OUTSIDE_CPOM_PERIMETER).build();
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.of(outside, eur("10"))).build();
    assertThat(rules(ResultEngine.validate(ex, byAuthority().allocate("S", SurplusDestination.INVESTISSEMENT,
        eur("10")).build()))).containsExactly("CASF L342-1 (EHPAD soins and dépendance sections)");
  }

  @Test
  void kindsDescribeThemselves() {
    assertThat(CompteKind.values()).filteredOn(CompteKind::allocatedByAuthorityUnderEprd)
        .containsExactly(CompteKind.OUTSIDE_CPOM_PERIMETER, CompteKind.TARIFFED_BY_PREFET);
    assertThat(CompteKind.values()).filteredOn(CompteKind::mayGiveByTransfer)
        .containsExactly(CompteKind.IN_CPOM, CompteKind.ACTIVITY_OUTSIDE_L312_1);
    assertThat(CompteKind.values()).filteredOn(CompteKind::mayReceiveByTransfer).containsExactly(CompteKind.IN_CPOM);
    assertThat(CompteKind.OUTSIDE_CPOM_PERIMETER.legalBasis()).isEqualTo(LegalBasis.casf("R314-222 II 2°"));
    assertThat(CompteKind.ACTIVITY_OUTSIDE_L312_1.label(java.util.Locale.FRENCH)).isEqualTo(
        "Activité ne relevant pas du I de l'article L. 312-1");
  }
}
