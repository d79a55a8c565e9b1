package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.cpom.result.Fixtures.IME;
import static org.cpom.result.Fixtures.MAS;
import static org.cpom.result.Fixtures.N;
import static org.cpom.result.Fixtures.balances;
import static org.cpom.result.Fixtures.bilanWithBfr;
import static org.cpom.result.Fixtures.byAuthority;
import static org.cpom.result.Fixtures.byGestionnaire;
import static org.cpom.result.Fixtures.eur;
import static org.cpom.result.Fixtures.ledger;
import static org.cpom.result.Fixtures.traditional;
import static org.cpom.result.ReserveAccount.DEPENSES_REFUSEES;
import static org.cpom.result.ReserveAccount.EXCEDENTS_AFFECTES_INVESTISSEMENT;
import static org.cpom.result.ReserveAccount.EXCEDENT_MESURES_NON_RECONDUCTIBLES;
import static org.cpom.result.ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR;
import static org.cpom.result.ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR;
import static org.cpom.result.ReserveAccount.RESERVE_DE_COMPENSATION;
import static org.cpom.result.ReserveAccount.RESERVE_DE_COMPENSATION_AMORTISSEMENTS;
import static org.cpom.result.ReserveAccount.RESERVE_DE_TRESORERIE;

import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.cpom.Violation;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class TraditionalAllocationTest {
  static final Year N1 = N.plusYears(1);

  private static List<String> rules(List<Violation> violations) {
    return violations.stream().map(v -> v.rule().text()).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- acceptance: deficit 90 with 10686 = 40

  @Test
  void deficitDrawsTheReserveDeCompensationThenGoesToCharges() {
    ClosedExercice ex = traditional(ledger("IME", balances(RESERVE_DE_COMPENSATION, "40")))
        .addResults(ClosingResult.of(IME, eur("-90"))).build();
    MandatorySteps steps = ResultEngine.mandatorySteps(ex).get(0);
    assertThat(steps.deficitToCharge()).isEqualTo(eur("50"));
    assertThat(steps.freeSurplus()).isEqualTo(Amount.ZERO);

    AllocationDecision d = ResultEngine.allocate(ex, byAuthority().chargeDeficit("IME", N1, eur("50")).build());
    assertThat(d.allocatingParty()).isEqualTo(AllocatingParty.AUTORITE_DE_TARIFICATION);
    assertThat(d.movements()).extracting(Movement::kind, Movement::amount, m -> m.basis().text()).containsExactly(
        Tuple.tuple(MovementKind.DEFICIT_FROM_RESERVE_DE_COMPENSATION, eur("-40"), "CASF R314-51 III"),
        Tuple.tuple(MovementKind.DEFICIT_TO_CHARGES, eur("-50"), "CASF R314-51 III"));
    assertThat(d.movements().get(1).chargesExercice()).contains(N1);
    assertThat(d.movements().get(1).account()).isEmpty();
    assertThat(d.balancesAfter("IME")).isEqualTo(ReserveBalances.ZERO);
    assertThat(d.total()).isEqualTo(eur("-90"));
    assertThat(d.table().line("Déficit ajouté aux charges " + N1).orElseThrow().amount("IME")).isEqualTo(eur("-50"));
  }

  @Test
  void deficitSpreadOverThreeYearsIsAcceptedAndFourIsRejectedNamingR314_51() {
    ClosedExercice ex = traditional(ledger()).addResults(ClosingResult.of(IME, eur("-50"))).build();
    AllocationDecision d = ResultEngine.allocate(ex, byAuthority().spreadDeficit("IME", eur("50"), N1, 3).build());
    assertThat(d.movements()).extracting(Movement::amount, m -> m.chargesExercice().orElseThrow()).containsExactly(
        Tuple.tuple(eur("-16.67"), N1), Tuple.tuple(eur("-16.67"), N1.plusYears(1)),
        Tuple.tuple(eur("-16.66"), N1.plusYears(2)));

    List<Violation> four = ResultEngine.validate(ex, byAuthority().spreadDeficit("IME", eur("50"), N1, 4).build());
    assertThat(four).singleElement().satisfies(v -> {
      assertThat(v.rule().text()).isEqualTo("CASF R314-51 III");
      assertThat(v.problem()).contains("at most three");
    });
  }

  @Test
  void deficitChargedOutsideTheWindowOrWithGapsIsRejected() {
    ClosedExercice ex = traditional(ledger()).addResults(ClosingResult.of(IME, eur("-30"))).build();
    // the exercice after the one closed, or the next, may take it
    assertThat(ResultEngine.validate(ex, byAuthority().chargeDeficit("IME", N1.plusYears(1), eur("30")).build()))
        .isEmpty();
    assertThat(ResultEngine.validate(ex, byAuthority().chargeDeficit("IME", N1.plusYears(2), eur("30")).build()))
        .singleElement().satisfies(v -> assertThat(v.problem()).contains("from " + N1));
    assertThat(ResultEngine.validate(ex, byAuthority().chargeDeficit("IME", N, eur("30")).build()))
        .singleElement().satisfies(v -> assertThat(v.rule().text()).isEqualTo("CASF R314-51 III"));
    List<Violation> gap = ResultEngine.validate(ex, byAuthority().chargeDeficit("IME", N1, eur("15"))
        .chargeDeficit("IME", N1.plusYears(2), eur("15")).build());
    assertThat(gap).singleElement().satisfies(v -> assertThat(v.problem()).contains("consecutive"));
    // two lines on the same exercice count as one exercice
    assertThat(ResultEngine.validate(ex, byAuthority().chargeDeficit("IME", N1, eur("10"))
        .chargeDeficit("IME", N1, eur("20")).build())).isEmpty();
    // the charges must add up to the deficit left
    assertThat(ResultEngine.validate(ex, byAuthority().chargeDeficit("IME", N1, eur("29.99")).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("deficitCharges[IME]");
          assertThat(v.problem()).contains("EUR 29.99").contains("EUR 30.00");
        });
    assertThat(rules(ResultEngine.validate(ex, byAuthority().build()))).containsExactly("CASF R314-51 III");
  }

  @Test
  void deficitFullyCoveredByTheReserveNeedsNoCharge() {
    ClosedExercice ex = traditional(ledger("IME", balances(RESERVE_DE_COMPENSATION, "100")))
        .addResults(ClosingResult.of(IME, eur("-90"))).build();
    AllocationDecision d = ResultEngine.allocate(ex, byAuthority().build());
    assertThat(d.balancesAfter("IME").balance(RESERVE_DE_COMPENSATION)).isEqualTo(eur("10"));
    assertThat(ResultEngine.validate(ex, byAuthority().chargeDeficit("IME", N1, eur("1")).build()))
        .singleElement().satisfies(v -> assertThat(v.rule().text()).isEqualTo("CASF R314-51 III"));
  }

  @Test
  void deficitLargerThanAllReservesDrawsOnlyTheReserveDeCompensation() {
    ReserveBalances opening = balances(RESERVE_DE_COMPENSATION, "10", REPORT_A_NOUVEAU_CREDITEUR, "100",
        RESERVE_DE_TRESORERIE, "100", EXCEDENTS_AFFECTES_INVESTISSEMENT, "100");
    ClosedExercice ex = traditional(ledger("IME", opening)).addResults(ClosingResult.of(IME, eur("-1000"))).build();
    AllocationDecision d = ResultEngine.allocate(ex, byAuthority().spreadDeficit("IME", eur("990"), N1, 3).build());
    assertThat(d.balancesAfter("IME")).isEqualTo(opening.with(RESERVE_DE_COMPENSATION, Amount.ZERO));
  }

  // ---------------------------------------------------------------- surplus: six destinations, no clearing order

  @Test
  void surplusMayGoToTheSixDestinationsOfR314_51() {
    ClosedExercice ex = traditional(ledger("IME", balances(REPORT_A_NOUVEAU_DEBITEUR, "30")))
        .addResults(ClosingResult.builder().compte(IME).result(eur("600")).bilan(bilanWithBfr("100")).build()).build();
    MandatorySteps steps = ResultEngine.mandatorySteps(ex).get(0);
    assertThat(steps.movements()).isEmpty(); // no clearing of 119 first under R314-51
    assertThat(steps.freeSurplus()).isEqualTo(eur("600"));
    AllocationDecision d = ResultEngine.allocate(ex, byAuthority()
        .reduceCharges("IME", N1, eur("100"))
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("100"))
        .allocate("IME", SurplusDestination.MESURES_NON_RECONDUCTIBLES, eur("100"))
        .allocate("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("100"))
        .allocate("IME", SurplusDestination.RESERVE_DE_TRESORERIE, eur("100"))
        .allocate("IME", SurplusDestination.RESERVE_AMORTISSEMENTS, eur("100")).build());
    assertThat(d.movements()).extracting(m -> m.basis().text()).containsExactly("CASF R314-51 II 1°",
        "CASF R314-51 II 2°", "CASF R314-51 II 3°", "CASF R314-51 II 4°", "CASF R314-51 II 5°", "CASF R314-51 II 6°");
    assertThat(d.balancesAfter("IME").toMap()).containsOnly(entry(REPORT_A_NOUVEAU_DEBITEUR, eur("30")),
        entry(EXCEDENTS_AFFECTES_INVESTISSEMENT, eur("100")), entry(EXCEDENT_MESURES_NON_RECONDUCTIBLES, eur("100")),
        entry(RESERVE_DE_COMPENSATION, eur("100")), entry(RESERVE_DE_TRESORERIE, eur("100")),
        entry(RESERVE_DE_COMPENSATION_AMORTISSEMENTS, eur("100")));
    assertThat(d.movements().get(0).chargesExercice()).contains(N1);
    assertThat(d.movements().get(0).label()).isEqualTo("Affectation de l'excédent : Réduction des charges d'exploitation " + N1);
  }

  @Test
  void reportANouveauIsNotATraditionalDestinationAndReductionOfChargesHasAWindow() {
    ClosedExercice ex = traditional(ledger()).addResults(ClosingResult.of(IME, eur("30"))).build();
    List<Violation> v = ResultEngine.validate(ex, byAuthority()
        .allocate("IME", SurplusDestination.REPORT_A_NOUVEAU, eur("10"))
        .reduceCharges("IME", N1.plusYears(2), eur("10"))
        .reduceCharges("IME", N1.plusYears(1), eur("10")).build());
    assertThat(v).extracting(Violation::field, x -> x.rule().text()).containsExactly(
        Tuple.tuple("surplus[IME].REPORT_A_NOUVEAU", "CASF R314-51 II"),
        Tuple.tuple("surplus[IME].REDUCTION_DES_CHARGES", "CASF R314-51 II 1°"));
    assertThat(v.get(1).problem()).endsWith("not " + N1.plusYears(2));
    // the closed exercice itself is too early
    assertThat(ResultEngine.validate(ex, byAuthority().reduceCharges("IME", N, eur("30")).build()))
        .singleElement().satisfies(x -> assertThat(x.problem()).endsWith("not " + N));
  }

  @Test
  void rejectedExpensesCorrectTheResultFirst() {
    // deficit 100, of which 30 of expenses rejected: the result to allocate is -70, 1141 takes 30
    ClosedExercice ex = traditional(ledger("IME", balances(RESERVE_DE_COMPENSATION, "20")))
        .addResults(ClosingResult.builder().compte(IME).result(eur("-100")).rejectedExpenses(eur("30")).build())
        .build();
    MandatorySteps steps = ResultEngine.mandatorySteps(ex).get(0);
    assertThat(steps.resultToAllocate()).isEqualTo(eur("-70"));
    assertThat(steps.deficitToCharge()).isEqualTo(eur("50"));
    AllocationDecision d = ResultEngine.allocate(ex, byAuthority().chargeDeficit("IME", N1, eur("50")).build());
    assertThat(d.movements()).extracting(Movement::kind, Movement::amount).containsExactly(
        Tuple.tuple(MovementKind.REJECTED_EXPENSES, eur("-30")),
        Tuple.tuple(MovementKind.DEFICIT_FROM_RESERVE_DE_COMPENSATION, eur("-20")),
        Tuple.tuple(MovementKind.DEFICIT_TO_CHARGES, eur("-50")));
    assertThat(d.movements().get(0).basis()).isEqualTo(LegalBasis.casf("R314-52"));
    assertThat(d.balancesAfter("IME").balance(DEPENSES_REFUSEES)).isEqualTo(eur("30"));
    assertThat(d.total()).isEqualTo(eur("-100"));
    AllocationTable t = d.table();
    assertThat(t.line("Dépenses rejetées").orElseThrow().amount("IME")).isEqualTo(eur("30"));
    assertThat(t.line("Résultat à affecter").orElseThrow().amount("IME")).isEqualTo(eur("-70"));
    assertThat(t.lines(AllocationTable.Section.MANDATORY)).extracting(AllocationTable.Line::label)
        .containsExactly("Reprise sur la réserve de compensation (10686)");
  }

  @Test
  void rejectedExpensesCanTurnADeficitIntoASurplus() {
    ClosedExercice ex = traditional(ledger()).addResults(ClosingResult.builder().compte(IME).result(eur("-10"))
        .rejectedExpenses(eur("25")).build()).build();
    assertThat(ResultEngine.mandatorySteps(ex).get(0).freeSurplus()).isEqualTo(eur("15"));
    AllocationDecision d = ResultEngine.allocate(ex, byAuthority()
        .allocate("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("15")).build());
    assertThat(d.balancesAfter("IME").netPosition()).isEqualTo(eur("-10"));
  }

  @Test
  void ehpadUnderL342_1SectionsUseOnlyR314_104Destinations() {
    // R314-104: the soins and dépendance results of an EHPAD under L342-1 go only to R314-51 II 1°, 3° and
    // 4° (reduction of charges, non-recurring measures, réserve de compensation)
    CompteDeResultat soins = CompteDeResultat.builder().id("SOINS").name("EHPAD Les Chênes - soins")
        .section(org.cpom.referential.SectionTarifaire.SOINS).ehpadUnderL342_1(true).build();
    ClosedExercice ex = traditional(ledger())
        .addResults(ClosingResult.builder().compte(soins).result(eur("60")).bilan(bilanWithBfr("100")).build())
        .build();
    assertThat(ResultEngine.validate(ex, byAuthority()
        .reduceCharges("SOINS", N1, eur("10"))
        .allocate("SOINS", SurplusDestination.MESURES_NON_RECONDUCTIBLES, eur("10"))
        .allocate("SOINS", SurplusDestination.RESERVE_DE_COMPENSATION, eur("40")).build())).isEmpty();
    List<Violation> v = ResultEngine.validate(ex, byAuthority()
        .allocate("SOINS", SurplusDestination.INVESTISSEMENT, eur("10"))
        .allocate("SOINS", SurplusDestination.RESERVE_DE_TRESORERIE, eur("10"))
        .allocate("SOINS", SurplusDestination.RESERVE_AMORTISSEMENTS, eur("10"))
        .allocate("SOINS", SurplusDestination.RESERVE_DE_COMPENSATION, eur("30")).build());
    assertThat(v).extracting(Violation::field, x -> x.rule().text()).containsExactly(
        Tuple.tuple("surplus[SOINS].INVESTISSEMENT", "CASF R314-104"),
        Tuple.tuple("surplus[SOINS].RESERVE_DE_TRESORERIE", "CASF R314-104"),
        Tuple.tuple("surplus[SOINS].RESERVE_AMORTISSEMENTS", "CASF R314-104"));
  }

  @Test
  void resultsStayWithTheirBudget() {
    ClosedExercice ex = traditional(ledger()).clause(Fixtures.fungibleClause())
        .addResults(ClosingResult.of(IME, eur("10")), ClosingResult.of(MAS, eur("-10"))).build();
    assertThat(ex.allowsFungibility()).isFalse();
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire().transfer("IME", "MAS", eur("10"))
        .chargeDeficit("MAS", N1, eur("10")).build());
    assertThat(rules(v)).containsExactly("CASF R314-51 IV");
  }

  @Test
  void authorityAllocatesUnlessTheContractAppliesR314_43() {
    ClosedExercice byLaw = traditional(ledger()).addResults(ClosingResult.of(IME, eur("-5"))).build();
    assertThat(byLaw.allocatingPartyBasis()).isEqualTo(LegalBasis.casf("R314-51 I"));
    assertThat(ResultEngine.validate(byLaw, byGestionnaire().chargeDeficit("IME", N1, eur("5")).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("proposedBy");
          assertThat(v.rule().text()).isEqualTo("CASF R314-51 I");
        });
    ClosedExercice delegated = ClosedExercice.builder().from(byLaw).clause(Fixtures.gestionnaireClause()).build();
    assertThat(delegated.allocatingParty()).isEqualTo(AllocatingParty.GESTIONNAIRE);
    assertThat(delegated.allocatingPartyBasis()).isEqualTo(LegalBasis.casf("R314-43"));
    assertThat(ResultEngine.validate(delegated, byGestionnaire().chargeDeficit("IME", N1, eur("5")).build()))
        .isEmpty();
    assertThat(rules(ResultEngine.validate(delegated, byAuthority().chargeDeficit("IME", N1, eur("5")).build())))
        .containsExactly("CASF R314-43");
  }

  @Test
  void both110And119MayCoexistUnderTheTraditionalBudget() {
    ReserveBalances opening = balances(REPORT_A_NOUVEAU_CREDITEUR, "5", REPORT_A_NOUVEAU_DEBITEUR, "7");
    ClosedExercice ex = traditional(ledger("IME", opening)).addResults(ClosingResult.of(IME, Amount.ZERO)).build();
    AllocationDecision d = ResultEngine.allocate(ex, byAuthority().build());
    assertThat(d.balancesAfter("IME").holdsBothReportsANouveau()).isTrue();
  }
}
