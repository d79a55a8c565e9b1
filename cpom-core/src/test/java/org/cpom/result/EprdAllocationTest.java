package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.result.Fixtures.FOYER;
import static org.cpom.result.Fixtures.IME;
import static org.cpom.result.Fixtures.MAS;
import static org.cpom.result.Fixtures.N;
import static org.cpom.result.Fixtures.balances;
import static org.cpom.result.Fixtures.bilanWithBfr;
import static org.cpom.result.Fixtures.byAuthority;
import static org.cpom.result.Fixtures.byGestionnaire;
import static org.cpom.result.Fixtures.eprd;
import static org.cpom.result.Fixtures.eur;
import static org.cpom.result.Fixtures.ledger;
import static org.cpom.result.ReserveAccount.DEPENSES_REFUSEES;
import static org.cpom.result.ReserveAccount.EXCEDENTS_AFFECTES_INVESTISSEMENT;
import static org.cpom.result.ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR;
import static org.cpom.result.ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR;
import static org.cpom.result.ReserveAccount.RESERVE_DE_COMPENSATION;
import static org.cpom.result.ReserveAccount.RESERVE_DE_COMPENSATION_AMORTISSEMENTS;
import static org.cpom.result.ReserveAccount.RESERVE_DE_TRESORERIE;

import java.util.List;
import java.util.stream.Collectors;
import org.cpom.Violation;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class EprdAllocationTest {

  private static List<String> rules(List<Violation> violations) {
    return violations.stream().map(v -> v.rule().text()).collect(Collectors.toList());
  }

  // ---------------------------------------------------------------- acceptance: deficit 100, 110 = 50, 10686 = 30

  @Test
  void deficitDrawsReportANouveauThenReserveThenLeavesDebitReportANouveau() {
    ReserveLedger ledger = ledger("IME", balances(REPORT_A_NOUVEAU_CREDITEUR, "50", RESERVE_DE_COMPENSATION, "30"));
    ClosedExercice ex = eprd(ledger).addResults(ClosingResult.of(IME, eur("-100"))).build();

    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire().build());

    ReserveBalances after = d.balancesAfter("IME");
    assertThat(after.balance(REPORT_A_NOUVEAU_CREDITEUR)).isEqualTo(Amount.ZERO);
    assertThat(after.balance(RESERVE_DE_COMPENSATION)).isEqualTo(Amount.ZERO);
    assertThat(after.balance(REPORT_A_NOUVEAU_DEBITEUR)).isEqualTo(eur("20"));
    assertThat(d.movements()).extracting(Movement::kind, Movement::amount, m -> m.basis().text()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(MovementKind.DEFICIT_FROM_REPORT_A_NOUVEAU, eur("-50"), "CASF R314-234 2° a"),
        org.assertj.core.groups.Tuple.tuple(MovementKind.DEFICIT_FROM_RESERVE_DE_COMPENSATION, eur("-30"),
            "CASF R314-234 2° b"),
        org.assertj.core.groups.Tuple.tuple(MovementKind.DEFICIT_TO_DEBIT_REPORT_A_NOUVEAU, eur("-20"),
            "CASF R314-234 2° c"));
    assertThat(d.movements()).allMatch(Movement::isMandatory);
    assertThat(d.total()).isEqualTo(eur("-100"));
    assertThat(d.ledger().latestExercice()).isEqualTo(N);
    assertThat(d.ledger().balances("IME", N.minusYears(1))).contains(ledger.balances("IME"));
    // accounts emptied and accounts opened both show in the balance lines
    assertThat(d.table().lines(AllocationTable.Section.BALANCES_AFTER)).extracting(l -> l.account().orElseThrow())
        .containsExactly(REPORT_A_NOUVEAU_CREDITEUR, REPORT_A_NOUVEAU_DEBITEUR, RESERVE_DE_COMPENSATION);
    assertThat(d.table().lines(AllocationTable.Section.BALANCES_BEFORE)).extracting(l -> l.amount("IME"))
        .containsExactly(eur("50"), Amount.ZERO, eur("30"));
  }

  // ---------------------------------------------------------------- acceptance: surplus 80 with 119 = 30

  @Test
  void surplusFirstClearsDebitReportANouveauThenLeavesTheRestFree() {
    ClosedExercice ex = eprd(ledger("IME", balances(REPORT_A_NOUVEAU_DEBITEUR, "30")))
        .addResults(ClosingResult.builder().compte(IME).result(eur("80")).bilan(bilanWithBfr("1000")).build())
        .build();

    MandatorySteps steps = ResultEngine.mandatorySteps(ex).get(0);
    assertThat(steps.freeSurplus()).isEqualTo(eur("50"));
    assertThat(steps.deficitToCharge()).isEqualTo(Amount.ZERO);
    assertThat(steps.movements()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MovementKind.CLEAR_DEBIT_REPORT_A_NOUVEAU);
      assertThat(m.amount()).isEqualTo(eur("30"));
      assertThat(m.account()).contains(REPORT_A_NOUVEAU_DEBITEUR);
      assertThat(m.basis()).isEqualTo(LegalBasis.casf("R314-234 1° a"));
    });

    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("20"))
        .allocate("IME", SurplusDestination.REPORT_A_NOUVEAU, eur("30")).build());
    ReserveBalances after = d.balancesAfter("IME");
    assertThat(after.balance(REPORT_A_NOUVEAU_DEBITEUR)).isEqualTo(Amount.ZERO);
    assertThat(after.balance(EXCEDENTS_AFFECTES_INVESTISSEMENT)).isEqualTo(eur("20"));
    assertThat(after.balance(REPORT_A_NOUVEAU_CREDITEUR)).isEqualTo(eur("30"));
    assertThat(d.total()).isEqualTo(eur("80"));
  }

  @Test
  void treasuryReserveAboveTheBfrIsRejectedNamingR314_48() {
    ReserveLedger ledger = ledger("IME", balances(REPORT_A_NOUVEAU_DEBITEUR, "30", RESERVE_DE_TRESORERIE, "10"));
    ClosedExercice ex = eprd(ledger)
        .addResults(ClosingResult.builder().compte(IME).result(eur("80")).bilan(bilanWithBfr("40")).build())
        .build();
    // 10 held + 30.01 proposed = 40.01 > BFR 40
    AllocationProposal tooMuch = byGestionnaire()
        .allocate("IME", SurplusDestination.RESERVE_DE_TRESORERIE, eur("30.01"))
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("19.99")).build();

    List<Violation> violations = ResultEngine.validate(ex, tooMuch);
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.rule().text()).isEqualTo("CASF R314-48 III");
      assertThat(v.field()).isEqualTo("surplus[IME].RESERVE_DE_TRESORERIE");
      assertThat(v.problem()).contains("EUR 40.01").contains("EUR 40.00");
    });
    assertThatThrownBy(() -> ResultEngine.allocate(ex, tooMuch))
        .isInstanceOf(AllocationRejectedException.class)
        .hasMessageContaining("R314-48 III");

    // exactly at the cap is fine
    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.RESERVE_DE_TRESORERIE, eur("30"))
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("20")).build());
    assertThat(d.balancesAfter("IME").balance(RESERVE_DE_TRESORERIE)).isEqualTo(eur("40"));
  }

  @Test
  void negativeBfrCapsTheTreasuryReserveAtZero() {
    BilanFinancier bilan = bilanWithBfr("-40000");
    assertThat(bilan.bfr()).isEqualTo(eur("-40000"));
    assertThat(bilan.treasuryReserveCap()).isEqualTo(Amount.ZERO);
    ClosedExercice ex = eprd(ledger())
        .addResults(ClosingResult.builder().compte(IME).result(eur("100")).bilan(bilan).build()).build();
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.RESERVE_DE_TRESORERIE, eur("0.01"))
        .allocate("IME", SurplusDestination.REPORT_A_NOUVEAU, eur("99.99")).build());
    assertThat(rules(v)).containsExactly("CASF R314-48 III");
  }

  @Test
  void treasuryReserveWithoutAnyBilanIsReported() {
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.of(IME, eur("100"))).build();
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.RESERVE_DE_TRESORERIE, eur("100")).build());
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.rule().text()).isEqualTo("CASF R314-48 III");
      assertThat(x.problem()).contains("no bilan financier");
    });
  }

  @Test
  void perimeterBilanCapsTheSumOfAllTreasuryReserves() {
    // FOYER is in the ledger but not in the exercice: its reserve still counts against the perimeter's BFR
    ReserveLedger ledger = ledger("IME", balances(RESERVE_DE_TRESORERIE, "100"), "FOYER",
        balances(RESERVE_DE_TRESORERIE, "50"));
    ClosedExercice.Builder b = eprd(ledger).addResults(ClosingResult.of(IME, eur("60")), ClosingResult.of(MAS, eur("40")));
    AllocationProposal p = byGestionnaire()
        .allocate("IME", SurplusDestination.RESERVE_DE_TRESORERIE, eur("60"))
        .allocate("MAS", SurplusDestination.RESERVE_DE_TRESORERIE, eur("40")).build();
    assertThat(ResultEngine.validate(b.bilan(bilanWithBfr("250")).build(), p)).isEmpty();
    List<Violation> v = ResultEngine.validate(b.bilan(bilanWithBfr("249.99")).build(), p);
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.field()).isEqualTo("bilan");
      assertThat(x.rule().text()).isEqualTo("CASF R314-48 III");
      assertThat(x.problem()).contains("EUR 250.00");
    });
  }

  @Test
  void treasuryReserveAlreadyAboveTheBfrIsNotAViolationWhenNothingIsAdded() {
    ClosedExercice ex = eprd(ledger("IME", balances(RESERVE_DE_TRESORERIE, "500")))
        .addResults(ClosingResult.builder().compte(IME).result(eur("10")).bilan(bilanWithBfr("100")).build()).build();
    assertThat(ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("10")).build())).isEmpty();
  }

  // ---------------------------------------------------------------- edge cases

  @Test
  void zeroResultMovesNothingAndCarriesTheBalances() {
    ReserveBalances opening = balances(REPORT_A_NOUVEAU_CREDITEUR, "12.34", RESERVE_DE_COMPENSATION, "5");
    ClosedExercice ex = eprd(ledger("IME", opening)).addResults(ClosingResult.of(IME, Amount.ZERO)).build();
    assertThat(ResultEngine.mandatorySteps(ex).get(0).movements()).isEmpty();
    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire().build());
    assertThat(d.movements()).isEmpty();
    assertThat(d.balancesAfter("IME")).isEqualTo(opening);
    assertThat(d.total()).isEqualTo(Amount.ZERO);
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("1")).build());
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.field()).isEqualTo("surplus[IME]");
      assertThat(x.rule().text()).isEqualTo("CASF R314-234 1°");
      assertThat(x.problem()).contains("nothing to allocate");
    });
  }

  @Test
  void deficitLargerThanAllReservesLeavesOtherReservesUntouched() {
    ReserveBalances opening = balances(REPORT_A_NOUVEAU_CREDITEUR, "10", RESERVE_DE_COMPENSATION, "20",
        EXCEDENTS_AFFECTES_INVESTISSEMENT, "1000", RESERVE_DE_TRESORERIE, "300", RESERVE_DE_COMPENSATION_AMORTISSEMENTS,
        "40");
    ClosedExercice ex = eprd(ledger("IME", opening)).addResults(ClosingResult.of(IME, eur("-5000"))).build();
    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire().build());
    ReserveBalances after = d.balancesAfter("IME");
    assertThat(after.balance(REPORT_A_NOUVEAU_CREDITEUR)).isEqualTo(Amount.ZERO);
    assertThat(after.balance(RESERVE_DE_COMPENSATION)).isEqualTo(Amount.ZERO);
    assertThat(after.balance(REPORT_A_NOUVEAU_DEBITEUR)).isEqualTo(eur("4970"));
    assertThat(after.balance(EXCEDENTS_AFFECTES_INVESTISSEMENT)).isEqualTo(eur("1000"));
    assertThat(after.balance(RESERVE_DE_TRESORERIE)).isEqualTo(eur("300"));
    assertThat(after.balance(RESERVE_DE_COMPENSATION_AMORTISSEMENTS)).isEqualTo(eur("40"));
    assertThat(after.netPosition()).isEqualTo(opening.netPosition().minus(eur("5000")));
  }

  @Test
  void deficitOnAnExistingDebitReportANouveauAddsToIt() {
    ClosedExercice ex = eprd(ledger("IME", balances(REPORT_A_NOUVEAU_DEBITEUR, "7")))
        .addResults(ClosingResult.of(IME, eur("-3"))).build();
    assertThat(ResultEngine.allocate(ex, byGestionnaire().build()).balancesAfter("IME")
        .balance(REPORT_A_NOUVEAU_DEBITEUR)).isEqualTo(eur("10"));
  }

  @Test
  void deficitCoveredByReportANouveauAloneStopsThere() {
    ClosedExercice ex = eprd(ledger("IME", balances(REPORT_A_NOUVEAU_CREDITEUR, "50", RESERVE_DE_COMPENSATION, "30")))
        .addResults(ClosingResult.of(IME, eur("-50"))).build();
    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire().build());
    assertThat(d.movements()).extracting(Movement::kind).containsExactly(MovementKind.DEFICIT_FROM_REPORT_A_NOUVEAU);
    assertThat(d.balancesAfter("IME").balance(RESERVE_DE_COMPENSATION)).isEqualTo(eur("30"));
    assertThat(d.balancesAfter("IME").balance(REPORT_A_NOUVEAU_DEBITEUR)).isEqualTo(Amount.ZERO);
  }

  @Test
  void surplusWithoutDebitReportANouveauIsAllFree() {
    ClosedExercice ex = eprd(ledger("IME", balances(REPORT_A_NOUVEAU_CREDITEUR, "15")))
        .addResults(ClosingResult.of(IME, eur("80"))).build();
    MandatorySteps steps = ResultEngine.mandatorySteps(ex).get(0);
    assertThat(steps.movements()).isEmpty();
    assertThat(steps.freeSurplus()).isEqualTo(eur("80"));
    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("50"))
        .allocate("IME", SurplusDestination.RESERVE_AMORTISSEMENTS, eur("25"))
        .allocate("IME", SurplusDestination.REPORT_A_NOUVEAU, eur("5")).build());
    assertThat(d.balancesAfter("IME").toMap()).containsOnly(
        org.assertj.core.api.Assertions.entry(REPORT_A_NOUVEAU_CREDITEUR, eur("20")),
        org.assertj.core.api.Assertions.entry(RESERVE_DE_COMPENSATION, eur("50")),
        org.assertj.core.api.Assertions.entry(RESERVE_DE_COMPENSATION_AMORTISSEMENTS, eur("25")));
    assertThat(d.movements()).extracting(m -> m.basis().text())
        .containsExactly("CASF R314-234 1° d", "CASF R314-234 1° f", "CASF R314-234 1° b");
  }

  @Test
  void surplusSmallerThanDebitReportANouveauOnlyReducesIt() {
    ClosedExercice ex = eprd(ledger("IME", balances(REPORT_A_NOUVEAU_DEBITEUR, "100")))
        .addResults(ClosingResult.of(IME, eur("60"))).build();
    assertThat(ResultEngine.mandatorySteps(ex).get(0).freeSurplus()).isEqualTo(Amount.ZERO);
    assertThat(ResultEngine.allocate(ex, byGestionnaire().build()).balancesAfter("IME")
        .balance(REPORT_A_NOUVEAU_DEBITEUR)).isEqualTo(eur("40"));
  }

  @Test
  void unallocatedFreeSurplusIsReported() {
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.of(IME, eur("80"))).build();
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("79.99")).build());
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.field()).isEqualTo("surplus[IME]");
      assertThat(x.rule().text()).isEqualTo("CASF R314-234 1°");
      assertThat(x.problem()).contains("EUR 79.99").contains("EUR 80.00");
    });
  }

  // ---------------------------------------------------------------- 110 and 119

  @Test
  void compteEndingWithBoth110And119IsReported() {
    // an opening ledger that still holds both (e.g. taken over from the traditional budget), and a surplus
    // too small to clear the 119
    ClosedExercice ex = eprd(ledger("IME", balances(REPORT_A_NOUVEAU_CREDITEUR, "5", REPORT_A_NOUVEAU_DEBITEUR, "50")))
        .addResults(ClosingResult.of(IME, eur("20"))).build();
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire().build());
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.field()).isEqualTo("ledger[IME]");
      assertThat(x.rule().text()).startsWith("CASF R314-234");
      assertThat(x.problem()).contains("EUR 5.00").contains("EUR 30.00");
    });
    // a deficit draws the 110 first and resolves it
    ClosedExercice deficit = eprd(ledger("IME", balances(REPORT_A_NOUVEAU_CREDITEUR, "5", REPORT_A_NOUVEAU_DEBITEUR,
        "50"))).addResults(ClosingResult.of(IME, eur("-20"))).build();
    AllocationDecision d = ResultEngine.allocate(deficit, byGestionnaire().build());
    assertThat(d.balancesAfter("IME").holdsBothReportsANouveau()).isFalse();
    assertThat(d.balancesAfter("IME").balance(REPORT_A_NOUVEAU_DEBITEUR)).isEqualTo(eur("65"));
  }

  // ---------------------------------------------------------------- destinations

  @Test
  void destinationsOfTheTraditionalBudgetAreNotOpenUnderTheEprd() {
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.of(IME, eur("30"))).build();
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.MESURES_NON_RECONDUCTIBLES, eur("10"))
        .reduceCharges("IME", N.plusYears(1), eur("20")).build());
    assertThat(v).extracting(Violation::field).containsExactly("surplus[IME].MESURES_NON_RECONDUCTIBLES",
        "surplus[IME].REDUCTION_DES_CHARGES");
    assertThat(rules(v)).containsOnly("CASF R314-234 1°");
  }

  @Test
  void destinationForbiddenByTheClauseIsReportedWithTheClause() {
    ClosedExercice ex = eprd(ledger())
        .clause(org.cpom.contract.ResultAllocationClause.builder().from(Fixtures.gestionnaireClause()).allowedDestinations(
            java.util.EnumSet.of(SurplusDestination.INVESTISSEMENT, SurplusDestination.RESERVE_DE_COMPENSATION)).build())
        .addResults(ClosingResult.of(IME, eur("30"))).build();
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.REPORT_A_NOUVEAU, eur("30")).build());
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.rule().text()).isEqualTo("CPOM clause art. 7");
      assertThat(x.field()).isEqualTo("surplus[IME].REPORT_A_NOUVEAU");
    });
  }

  @Test
  void ehpadUnderL342_1KeepsSoinsAndDependanceSurplusesOutOfInvestmentTreasuryAndDepreciation() {
    CompteDeResultat soins = CompteDeResultat.builder().id("SOINS").name("EHPAD Les Chênes - soins")
        .section(org.cpom.referential.SectionTarifaire.SOINS).ehpadUnderL342_1(true).build();
    CompteDeResultat dependance = CompteDeResultat.builder().from(soins).id("DEP")
        .section(org.cpom.referential.SectionTarifaire.DEPENDANCE).build();
    CompteDeResultat hebergement = CompteDeResultat.builder().from(soins).id("HEB")
        .section(org.cpom.referential.SectionTarifaire.HEBERGEMENT).build();
    ClosedExercice ex = eprd(ledger()).basis(org.cpom.contract.CpomBasis.L313_12_IV_TER)
        .addResults(ClosingResult.builder().compte(soins).result(eur("30")).bilan(bilanWithBfr("100")).build(),
            ClosingResult.of(dependance, eur("10")),
            ClosingResult.builder().compte(hebergement).result(eur("30")).bilan(bilanWithBfr("100")).build())
        .build();
    AllocationProposal p = byGestionnaire()
        .allocate("SOINS", SurplusDestination.INVESTISSEMENT, eur("10"))
        .allocate("SOINS", SurplusDestination.RESERVE_DE_TRESORERIE, eur("10"))
        .allocate("SOINS", SurplusDestination.RESERVE_AMORTISSEMENTS, eur("10"))
        .allocate("DEP", SurplusDestination.INVESTISSEMENT, eur("5"))
        .allocate("DEP", SurplusDestination.RESERVE_DE_COMPENSATION, eur("5"))
        .allocate("HEB", SurplusDestination.INVESTISSEMENT, eur("10"))
        .allocate("HEB", SurplusDestination.RESERVE_DE_TRESORERIE, eur("10"))
        .allocate("HEB", SurplusDestination.RESERVE_AMORTISSEMENTS, eur("10")).build();
    List<Violation> v = ResultEngine.validate(ex, p);
    assertThat(v).extracting(Violation::field).containsExactly("surplus[SOINS].INVESTISSEMENT",
        "surplus[SOINS].RESERVE_DE_TRESORERIE", "surplus[SOINS].RESERVE_AMORTISSEMENTS", "surplus[DEP].INVESTISSEMENT");
    assertThat(rules(v)).allMatch(r -> r.startsWith("CASF L342-1"));
    // the same sections without the L342-1 flag are free
    ClosedExercice notL342 = ClosedExercice.builder().from(ex).results(ex.results().stream()
        .map(r -> ClosingResult.builder().from(r).compte(
            CompteDeResultat.builder().from(r.compte()).ehpadUnderL342_1(false).build()).build())
        .collect(Collectors.toList())).build();
    assertThat(ResultEngine.validate(notL342, p)).isEmpty();
  }

  @Test
  void shareOnADestinationTheLawClosesToAnL342_1SectionDoesNotApplyToIt() {
    // the contract imposes 20 % to investment; the soins section of an EHPAD under L342-1 may not send
    // anything there, so the clause cannot require it of that section (the law prevails); the other shares
    // and the other comptes are unchanged
    CompteDeResultat soins = CompteDeResultat.builder().id("SOINS").name("EHPAD Les Chênes - soins")
        .section(org.cpom.referential.SectionTarifaire.SOINS).ehpadUnderL342_1(true).build();
    ClosedExercice ex = eprd(ledger()).basis(org.cpom.contract.CpomBasis.L313_12_IV_TER)
        .clause(org.cpom.contract.ResultAllocationClause.builder().from(Fixtures.gestionnaireClause())
            .putMinimumShares(SurplusDestination.INVESTISSEMENT, org.cpom.money.Rate.ofPercent("20"))
            .putMinimumShares(SurplusDestination.RESERVE_DE_COMPENSATION, org.cpom.money.Rate.ofPercent("30")).build())
        .addResults(ClosingResult.of(soins, eur("100")), ClosingResult.of(IME, eur("100"))).build();
    assertThat(ResultEngine.validate(ex, byGestionnaire()
        .allocate("SOINS", SurplusDestination.RESERVE_DE_COMPENSATION, eur("30"))
        .allocate("SOINS", SurplusDestination.REPORT_A_NOUVEAU, eur("70"))
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("20"))
        .allocate("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("80")).build())).isEmpty();
    assertThat(ResultEngine.validate(ex, byGestionnaire()
        .allocate("SOINS", SurplusDestination.RESERVE_DE_COMPENSATION, eur("29.99"))
        .allocate("SOINS", SurplusDestination.REPORT_A_NOUVEAU, eur("70.01"))
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("19.99"))
        .allocate("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("80.01")).build()))
        .extracting(Violation::field)
        .containsExactly("surplus[SOINS].RESERVE_DE_COMPENSATION", "surplus[IME].INVESTISSEMENT");
  }

  @Test
  void minimumShareImposedByTheClauseIsChecked() {
    ClosedExercice ex = eprd(ledger())
        .clause(org.cpom.contract.ResultAllocationClause.builder().from(Fixtures.gestionnaireClause())
            .putMinimumShares(SurplusDestination.INVESTISSEMENT, org.cpom.money.Rate.ofPercent("50")).build())
        .addResults(ClosingResult.of(IME, eur("100.01"))).build();
    // 50 % of 100.01 is 50.005, rounded HALF_UP to 50.01
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("50.00"))
        .allocate("IME", SurplusDestination.REPORT_A_NOUVEAU, eur("50.01")).build());
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.rule().text()).isEqualTo("CPOM clause art. 7");
      assertThat(x.field()).isEqualTo("surplus[IME].INVESTISSEMENT");
      assertThat(x.problem()).contains("EUR 50.01");
    });
    assertThat(ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("50.01"))
        .allocate("IME", SurplusDestination.REPORT_A_NOUVEAU, eur("50.00")).build())).isEmpty();
    // no free surplus: nothing imposed
    ClosedExercice deficit = ClosedExercice.builder().from(ex).results(List.of(ClosingResult.of(IME, eur("-1")))).build();
    assertThat(ResultEngine.validate(deficit, byGestionnaire().build())).isEmpty();
  }

  @Test
  void sharesAddingUpToTheWholeFreeSurplusCanAllBeMetToTheCent() {
    // 50 % + 50 % of 100.01: each share alone rounds to 50.01, but both cannot have it; the free surplus is
    // split between the shares by the largest remainder (the largest-remainder convention), the cent going to the share declared
    // first in destination order, so 50.01 to investment and 50.00 to the réserve de compensation
    ClosedExercice ex = eprd(ledger())
        .clause(org.cpom.contract.ResultAllocationClause.builder().from(Fixtures.gestionnaireClause())
            .putMinimumShares(SurplusDestination.RESERVE_DE_COMPENSATION, org.cpom.money.Rate.ofPercent("50"))
            .putMinimumShares(SurplusDestination.INVESTISSEMENT, org.cpom.money.Rate.ofPercent("50")).build())
        .addResults(ClosingResult.of(IME, eur("100.01"))).build();
    assertThat(ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("50.01"))
        .allocate("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("50.00")).build())).isEmpty();
    assertThat(ResultEngine.validate(ex, byGestionnaire()
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("50.00"))
        .allocate("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("50.01")).build()))
        .singleElement().satisfies(x -> {
          assertThat(x.field()).isEqualTo("surplus[IME].INVESTISSEMENT");
          assertThat(x.problem()).contains("EUR 50.01");
        });
    // three thirds of 0.02: 0.01, 0.01, 0.00 in destination order
    ClosedExercice thirds = ClosedExercice.builder().from(ex)
        .clause(org.cpom.contract.ResultAllocationClause.builder().from(Fixtures.gestionnaireClause())
            .putMinimumShares(SurplusDestination.RESERVE_AMORTISSEMENTS, org.cpom.money.Rate.ofFraction("0.3333"))
            .putMinimumShares(SurplusDestination.INVESTISSEMENT, org.cpom.money.Rate.ofFraction("0.3333"))
            .putMinimumShares(SurplusDestination.REPORT_A_NOUVEAU, org.cpom.money.Rate.ofFraction("0.3334"))
            .build())
        .results(List.of(ClosingResult.of(IME, eur("0.02")))).build();
    assertThat(ResultEngine.validate(thirds, byGestionnaire()
        .allocate("IME", SurplusDestination.REPORT_A_NOUVEAU, eur("0.01"))
        .allocate("IME", SurplusDestination.INVESTISSEMENT, eur("0.01")).build())).isEmpty();
  }

  // ---------------------------------------------------------------- fungibility, R314-235

  private static ClosedExercice twoComptes(org.cpom.referential.Gestionnaire g,
      org.cpom.contract.ResultAllocationClause clause) {
    ReserveLedger ledger = ledger("IME", balances(REPORT_A_NOUVEAU_CREDITEUR, "10", RESERVE_DE_COMPENSATION, "10"),
        "MAS", balances(REPORT_A_NOUVEAU_DEBITEUR, "5"));
    return eprd(ledger).gestionnaire(g).clause(clause)
        .addResults(ClosingResult.of(IME, eur("-100")), ClosingResult.of(MAS, eur("75"))).build();
  }

  @Test
  void transferCoversAnotherCompteDeficitWhichThenFollowsTheDeficitOrder() {
    ClosedExercice ex = twoComptes(Fixtures.PRIVATE, Fixtures.fungibleClause());
    assertThat(ex.allowsFungibility()).isTrue();
    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire()
        .transfer("MAS", "IME", eur("60"))
        .allocate("MAS", SurplusDestination.REPORT_A_NOUVEAU, eur("10")).build());
    // MAS: 75 clears 5 of 119, 60 to IME, 10 to 110
    assertThat(d.movements("MAS")).extracting(Movement::kind, Movement::amount).containsExactly(
        org.assertj.core.groups.Tuple.tuple(MovementKind.CLEAR_DEBIT_REPORT_A_NOUVEAU, eur("5")),
        org.assertj.core.groups.Tuple.tuple(MovementKind.TRANSFER_OUT, eur("60")),
        org.assertj.core.groups.Tuple.tuple(MovementKind.SURPLUS_ALLOCATION, eur("10")));
    // IME: deficit 100, 60 covered by MAS, then 10 from 110, 10 from 10686, 20 to 119
    assertThat(d.movements("IME")).extracting(Movement::kind, Movement::amount).containsExactly(
        org.assertj.core.groups.Tuple.tuple(MovementKind.TRANSFER_IN, eur("-60")),
        org.assertj.core.groups.Tuple.tuple(MovementKind.DEFICIT_FROM_REPORT_A_NOUVEAU, eur("-10")),
        org.assertj.core.groups.Tuple.tuple(MovementKind.DEFICIT_FROM_RESERVE_DE_COMPENSATION, eur("-10")),
        org.assertj.core.groups.Tuple.tuple(MovementKind.DEFICIT_TO_DEBIT_REPORT_A_NOUVEAU, eur("-20")));
    assertThat(d.movements("IME").get(0).counterpartId()).contains("MAS");
    assertThat(d.movements("IME").get(0).basis()).isEqualTo(LegalBasis.casf("R314-235"));
    assertThat(d.movements("MAS").get(1).label()).isEqualTo("Transfert vers un autre compte de résultat (IME)");
    assertThat(d.balancesAfter("IME").balance(REPORT_A_NOUVEAU_DEBITEUR)).isEqualTo(eur("20"));
    assertThat(d.balancesAfter("MAS").balance(REPORT_A_NOUVEAU_CREDITEUR)).isEqualTo(eur("10"));
    assertThat(d.total()).isEqualTo(eur("-25"));
  }

  @Test
  void transferNeedsAPrivateGestionnaireAndTheClause() {
    AllocationProposal p = byGestionnaire().transfer("MAS", "IME", eur("60"))
        .allocate("MAS", SurplusDestination.REPORT_A_NOUVEAU, eur("10")).build();
    ClosedExercice publicOne = twoComptes(Fixtures.PUBLIC, Fixtures.fungibleClause());
    assertThat(publicOne.allowsFungibility()).isFalse();
    assertThat(rules(ResultEngine.validate(publicOne, p))).containsExactly("CASF R314-235");
    ClosedExercice noClause = twoComptes(Fixtures.PRIVATE, Fixtures.gestionnaireClause());
    assertThat(ResultEngine.validate(noClause, p)).singleElement().satisfies(v -> {
      assertThat(v.rule().text()).isEqualTo("CPOM clause art. 7");
      assertThat(v.problem()).contains("R314-234 3°");
    });
    ClosedExercice neither = twoComptes(Fixtures.PUBLIC, Fixtures.gestionnaireClause());
    assertThat(rules(ResultEngine.validate(neither, p))).containsExactly("CASF R314-235", "CPOM clause art. 7");
  }

  @Test
  void transferBeyondTheReceivingDeficitOrToItselfIsRejected() {
    ClosedExercice ex = ClosedExercice.builder().from(twoComptes(Fixtures.PRIVATE, Fixtures.fungibleClause()))
        .results(List.of(ClosingResult.of(IME, eur("-50")), ClosingResult.of(MAS, eur("75")))).build();
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire().transfer("MAS", "IME", eur("60"))
        .allocate("MAS", SurplusDestination.REPORT_A_NOUVEAU, eur("10")).build());
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.rule().text()).isEqualTo("CASF R314-235");
      assertThat(x.problem()).contains("EUR 60.00").contains("EUR 50.00");
    });
    List<Violation> self = ResultEngine.validate(ex, byGestionnaire().transfer("MAS", "MAS", eur("70")).build());
    assertThat(self).extracting(Violation::field).contains("transfers[0]", "transfers[to MAS]");
  }

  // ---------------------------------------------------------------- who allocates, unknown comptes, rejected expenses

  @Test
  void underTheEprdTheGestionnaireAllocates() {
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.of(IME, eur("-1"))).build();
    assertThat(ex.allocatingParty()).isEqualTo(org.cpom.contract.AllocatingParty.GESTIONNAIRE);
    assertThat(ResultEngine.validate(ex, byAuthority().build())).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("proposedBy");
      assertThat(v.rule().text()).isEqualTo("CASF R314-234");
    });
  }

  @Test
  void unknownCompteIsReported() {
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.of(IME, eur("-1"))).build();
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire()
        .allocate("XYZ", SurplusDestination.INVESTISSEMENT, eur("1"))
        .transfer("XYZ", "IME", eur("1"))
        .chargeDeficit("XYZ", N.plusYears(1), eur("1"))
        .takeBack(TreasuryTakeBack.of("XYZ", eur("1"), List.of(), true)).build());
    assertThat(v).extracting(Violation::field).contains("surplusLines[0].compteId", "transfers[0].fromId",
        "deficitCharges[0].compteId", "treasuryTakeBacks[0].compteId");
    assertThat(v).filteredOn(x -> x.field().endsWith("Id")).allSatisfy(x ->
        assertThat(x.rule().text()).startsWith("cpom convention cpom:exercice-comptes"));
  }

  @Test
  void rejectedExpensesGoThroughTheTariffUnderTheEprd() {
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.builder().compte(IME).result(eur("-10"))
        .rejectedExpenses(eur("4")).build()).build();
    assertThat(ResultEngine.validate(ex, byGestionnaire().build())).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("results[IME].rejectedExpenses");
      assertThat(v.rule().text()).isEqualTo("CASF R314-236");
    });
    assertThat(ResultEngine.mandatorySteps(ex).get(0).resultToAllocate()).isEqualTo(eur("-10"));
  }

  @Test
  void deficitChargesAreNotAnEprdStep() {
    ClosedExercice ex = eprd(ledger()).addResults(ClosingResult.of(IME, eur("-10"))).build();
    List<Violation> v = ResultEngine.validate(ex, byGestionnaire().chargeDeficit("IME", N.plusYears(1), eur("10"))
        .build());
    assertThat(rules(v)).contains("CASF R314-234 2°");
  }

  // ---------------------------------------------------------------- invalid proposal: nothing changes, all violations

  @Test
  void invalidProposalChangesNothingAndReportsEveryViolation() {
    ReserveLedger ledger = ledger("IME", balances(REPORT_A_NOUVEAU_DEBITEUR, "30"), "MAS",
        balances(RESERVE_DE_COMPENSATION, "5"));
    ReserveLedger copy = ledger("IME", balances(REPORT_A_NOUVEAU_DEBITEUR, "30"), "MAS",
        balances(RESERVE_DE_COMPENSATION, "5"));
    ClosedExercice ex = eprd(ledger).clause(org.cpom.contract.ResultAllocationClause.builder()
            .from(Fixtures.gestionnaireClause()).allowedDestinations(java.util.EnumSet.complementOf(
                java.util.EnumSet.of(SurplusDestination.RESERVE_AMORTISSEMENTS))).build())
        .addResults(ClosingResult.builder().compte(IME).result(eur("80")).bilan(bilanWithBfr("10")).build(),
            ClosingResult.of(MAS, eur("-20")), ClosingResult.of(FOYER, eur("0")))
        .build();
    AllocationProposal bad = byAuthority()                                         // 1 wrong party
        .allocate("IME", SurplusDestination.RESERVE_DE_TRESORERIE, eur("20"))      // 2 above the BFR
        .allocate("IME", SurplusDestination.RESERVE_AMORTISSEMENTS, eur("10"))     // 3 clause
        .allocate("IME", SurplusDestination.MESURES_NON_RECONDUCTIBLES, eur("5"))  // 4 regime
        .transfer("IME", "MAS", eur("10"))                                         // 5 no fungibility clause
        .build();                                                                  // 6 sum 45 != 50
    List<Violation> v = ResultEngine.validate(ex, bad);
    assertThat(v).hasSize(6);
    assertThat(rules(v)).containsExactlyInAnyOrder("CASF R314-234", "CASF R314-48 III", "CPOM clause art. 7",
        "CASF R314-234 1°", "CPOM clause art. 7", "CASF R314-234 1°");
    assertThatThrownBy(() -> ResultEngine.allocate(ex, bad))
        .isInstanceOfSatisfying(AllocationRejectedException.class, e -> {
          assertThat(e.violations()).isEqualTo(v);
          assertThat(e.field()).isEqualTo("proposal");
          assertThat(e.rule()).isEqualTo(v.get(0).rule());
          assertThat(e.violations()).extracting(x -> x.rule().text()).contains("CASF R314-48 III", "CPOM clause art. 7");
          assertThat(e.getMessage()).contains("R314-48 III").contains("art. 7").contains("6 violation(s)");
        });
    assertThat(ledger).isEqualTo(copy);
    assertThat(ex.ledger().latestExercice()).isEqualTo(N.minusYears(1));
    assertThat(ex.ledger().exercices()).containsExactly(N.minusYears(1));
  }

  // ---------------------------------------------------------------- trace and table

  @Test
  void traceAndTableFollowTheMovements() {
    ClosedExercice ex = twoComptes(Fixtures.PRIVATE, Fixtures.fungibleClause());
    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire()
        .transfer("MAS", "IME", eur("60"))
        .allocate("MAS", SurplusDestination.REPORT_A_NOUVEAU, eur("10")).build());
    assertThat(d.trace().steps()).hasSize(d.movements().size());
    assertThat(d.trace().steps().get(0).label()).startsWith("IME: Couverture par un autre compte de résultat");
    assertThat(d.trace().steps()).allSatisfy(s -> assertThat(s.basis().text()).startsWith("CASF R314-23"));

    AllocationTable t = d.table();
    assertThat(t.comptes()).extracting(CompteDeResultat::id).containsExactly("IME", "MAS");
    assertThat(t.line("Résultat à affecter").orElseThrow().amounts()).containsExactly(
        org.assertj.core.api.Assertions.entry("IME", eur("-100")), org.assertj.core.api.Assertions.entry("MAS",
            eur("75")));
    assertThat(t.line("Dépenses rejetées")).isEmpty();
    for (CompteDeResultat c : t.comptes()) {
      Amount steps = Amount.total(t.lines().stream()
          .filter(l -> l.section() == AllocationTable.Section.MANDATORY || l.section() == AllocationTable.Section.FREE)
          .map(l -> l.amount(c.id())).collect(Collectors.toList()));
      assertThat(steps).as(c.id()).isEqualTo(t.line("Résultat à affecter").orElseThrow().amount(c.id()));
    }
    assertThat(t.lines(AllocationTable.Section.MANDATORY)).extracting(AllocationTable.Line::label).containsExactly(
        "Apurement du report à nouveau débiteur (119)", "Imputation sur le report à nouveau créditeur (110)",
        "Reprise sur la réserve de compensation (10686)", "Report à nouveau débiteur (119)");
    assertThat(t.lines(AllocationTable.Section.FREE)).extracting(AllocationTable.Line::label).containsExactly(
        "Transfert vers un autre compte de résultat", "Couverture par un autre compte de résultat",
        "Affectation de l'excédent : Report à nouveau créditeur (110)");
    assertThat(t.line("Transfert vers un autre compte de résultat").orElseThrow().total()).isEqualTo(eur("60"));
    AllocationTable.Line ran = t.lines(AllocationTable.Section.BALANCES_AFTER).stream()
        .filter(l -> l.account().equals(java.util.Optional.of(REPORT_A_NOUVEAU_DEBITEUR))).findFirst().orElseThrow();
    assertThat(ran.amount("IME")).isEqualTo(eur("20"));
    assertThat(ran.amount("MAS")).isEqualTo(Amount.ZERO);
    assertThat(ran.basis()).contains(LegalBasis.casf("R314-234 2° c"));
    assertThat(t.lines(AllocationTable.Section.BALANCES_BEFORE)).hasSameSizeAs(
        t.lines(AllocationTable.Section.BALANCES_AFTER));
    assertThat(t.lines(AllocationTable.Section.BALANCES_BEFORE)).extracting(l -> l.account().orElseThrow())
        .doesNotContain(DEPENSES_REFUSEES);
  }

  @Test
  void ledgerCarriesFromYearToYear() {
    ClosedExercice first = eprd(ledger("IME", balances(REPORT_A_NOUVEAU_CREDITEUR, "50", RESERVE_DE_COMPENSATION, "30")))
        .addResults(ClosingResult.of(IME, eur("-100"))).build();
    AllocationDecision d1 = ResultEngine.allocate(first, byGestionnaire().build());
    ClosedExercice second = eprd(d1.ledger()).exercice(N.plusYears(1))
        .addResults(ClosingResult.of(IME, eur("45"))).build();
    assertThat(ResultEngine.mandatorySteps(second).get(0).freeSurplus()).isEqualTo(eur("25"));
    AllocationDecision d2 = ResultEngine.allocate(second, byGestionnaire()
        .allocate("IME", SurplusDestination.RESERVE_DE_COMPENSATION, eur("25")).build());
    assertThat(d2.ledger().exercices()).containsExactly(N.minusYears(1), N, N.plusYears(1));
    assertThat(d2.ledger().balances("IME", N).orElseThrow().balance(REPORT_A_NOUVEAU_DEBITEUR)).isEqualTo(eur("20"));
    assertThat(d2.balancesAfter("IME")).isEqualTo(balances(RESERVE_DE_COMPENSATION, "25"));
    // the same exercice cannot be allocated twice on the new ledger
    assertThatThrownBy(() -> eprd(d2.ledger()).addResults(ClosingResult.of(IME, eur("1"))).build())
        .isInstanceOf(org.cpom.CpomValidationException.class)
        .hasMessageContaining("exercice.ledger").hasMessageContaining("carry from year to year");
  }
}
