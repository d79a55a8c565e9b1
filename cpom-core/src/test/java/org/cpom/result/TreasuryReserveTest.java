package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.result.Fixtures.IME;
import static org.cpom.result.Fixtures.N;
import static org.cpom.result.Fixtures.balances;
import static org.cpom.result.Fixtures.byAuthority;
import static org.cpom.result.Fixtures.byGestionnaire;
import static org.cpom.result.Fixtures.eprd;
import static org.cpom.result.Fixtures.eur;
import static org.cpom.result.Fixtures.ledger;
import static org.cpom.result.Fixtures.traditional;
import static org.cpom.result.ReserveAccount.EXCEDENTS_AFFECTES_INVESTISSEMENT;
import static org.cpom.result.ReserveAccount.RESERVE_DE_TRESORERIE;

import java.time.Year;
import java.util.List;
import org.cpom.CpomValidationException;
import org.cpom.Violation;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

class TreasuryReserveTest {

  // ---------------------------------------------------------------- BFR, R314-48 III

  @Test
  void bfrIsTheCycleUsesLessTheCycleResources() {
    // stocks 20,000, créances 450,000, charges constatées d'avance 30,000; dettes fournisseurs 180,000,
    // dettes sociales et fiscales 320,000, produits constatés d'avance 40,000: BFR -40,000
    BilanFinancier b = BilanFinancier.builder().stocks(eur("20000")).receivables(eur("450000"))
        .prepaidCharges(eur("30000")).supplierDebts(eur("180000")).socialAndTaxDebts(eur("320000"))
        .deferredIncome(eur("40000")).build();
    assertThat(b.cycleUses()).isEqualTo(eur("500000"));
    assertThat(b.cycleResources()).isEqualTo(eur("540000"));
    assertThat(b.bfr()).isEqualTo(eur("-40000"));
    assertThat(b.treasuryReserveCap()).isEqualTo(Amount.ZERO);
    assertThat(b.trace().steps()).extracting(s -> s.amount()).containsExactly(eur("500000"), eur("540000"),
        eur("-40000"), Amount.ZERO);
    assertThat(b.trace().steps()).allSatisfy(s -> assertThat(s.basis().text()).isEqualTo("CASF R314-48 III"));
  }

  @Test
  void bfrCountsSumsToReturnAndFundsDepositedExceptThoseOfMajeursProteges() {
    BilanFinancier b = BilanFinancier.builder().receivables(eur("1000")).sumsToReturnToAideSociale(eur("100"))
        .fundsDeposited(eur("300")).fundsDepositedOfMajeursProteges(eur("120")).build();
    // 1000 - (100 + 300 - 120)
    assertThat(b.bfr()).isEqualTo(eur("720"));
    assertThat(b.treasuryReserveCap()).isEqualTo(eur("720"));
    assertThat(BilanFinancier.builder().build().bfr()).isEqualTo(Amount.ZERO);
  }

  @Test
  void badBilanItemsAreRejectedNamingFieldAndRule() {
    assertThatThrownBy(() -> BilanFinancier.builder().stocks(eur("-1")).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("bilan.stocks");
          assertThat(e.rule().text()).isEqualTo("CASF R314-48 III");
        });
    assertThatThrownBy(() -> BilanFinancier.builder().fundsDeposited(eur("10"))
        .fundsDepositedOfMajeursProteges(eur("10.01")).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("bilan.fundsDepositedOfMajeursProteges");
          assertThat(e.getMessage()).contains("R314-48 III");
        });
    for (String field : new String[] {"prepaidCharges", "receivables", "supplierDebts", "socialAndTaxDebts",
        "deferredIncome", "sumsToReturnToAideSociale", "fundsDeposited", "fundsDepositedOfMajeursProteges"}) {
      BilanFinancier.Builder builder = BilanFinancier.builder();
      switch (field) {
        case "prepaidCharges": builder.prepaidCharges(eur("-1")); break;
        case "receivables": builder.receivables(eur("-1")); break;
        case "supplierDebts": builder.supplierDebts(eur("-1")); break;
        case "socialAndTaxDebts": builder.socialAndTaxDebts(eur("-1")); break;
        case "deferredIncome": builder.deferredIncome(eur("-1")); break;
        case "sumsToReturnToAideSociale": builder.sumsToReturnToAideSociale(eur("-1")); break;
        case "fundsDeposited": builder.fundsDeposited(eur("-1")); break;
        default: builder.fundsDepositedOfMajeursProteges(eur("-1")); break;
      }
      assertThatThrownBy(builder::build).as(field).isInstanceOfSatisfying(CpomValidationException.class,
          e -> assertThat(e.field()).isEqualTo("bilan." + field));
    }
  }

  // ---------------------------------------------------------------- take-back, R314-48

  static List<TreasuryCoverage> threeYearsOfCoverage() {
    return List.of(TreasuryCoverage.of(Year.of(2021), eur("500000"), eur("420000")),
        TreasuryCoverage.of(Year.of(2022), eur("520000"), eur("450000")),
        TreasuryCoverage.of(Year.of(2023), eur("540000"), eur("480000")));
  }

  @Test
  void takeBackCapIsTheLargestGapOfThreeCoveredYears() {
    assertThat(ResultEngine.treasuryTakeBackCap(threeYearsOfCoverage())).isEqualTo(eur("80000"));
    // order given does not matter; only the three most recent years count
    List<TreasuryCoverage> five = new java.util.ArrayList<>(threeYearsOfCoverage());
    five.add(0, TreasuryCoverage.of(Year.of(2019), eur("900000"), eur("100")));
    five.add(0, TreasuryCoverage.of(Year.of(2020), eur("0"), eur("100")));
    java.util.Collections.reverse(five);
    assertThat(ResultEngine.treasuryTakeBackCap(five)).isEqualTo(eur("80000"));
    // a negative BFR is covered by any reserve
    assertThat(ResultEngine.treasuryTakeBackCap(List.of(TreasuryCoverage.of(Year.of(2021), eur("10"), eur("-5")),
        TreasuryCoverage.of(Year.of(2022), eur("10"), eur("0")), TreasuryCoverage.of(Year.of(2023), eur("10"),
            eur("10"))))).isEqualTo(eur("15"));
  }

  @Test
  void noTakeBackWithoutThreeConsecutiveCoveredYears() {
    List<TreasuryCoverage> shortYear = List.of(TreasuryCoverage.of(Year.of(2021), eur("500000"), eur("420000")),
        TreasuryCoverage.of(Year.of(2022), eur("449999.99"), eur("450000")),
        TreasuryCoverage.of(Year.of(2023), eur("540000"), eur("480000")));
    assertThat(ResultEngine.treasuryTakeBackCap(shortYear)).isEqualTo(Amount.ZERO);
    assertThat(ResultEngine.treasuryTakeBackCap(threeYearsOfCoverage().subList(0, 2))).isEqualTo(Amount.ZERO);
    assertThat(ResultEngine.treasuryTakeBackCap(List.of())).isEqualTo(Amount.ZERO);
    List<TreasuryCoverage> gap = List.of(threeYearsOfCoverage().get(0), threeYearsOfCoverage().get(1),
        TreasuryCoverage.of(Year.of(2024), eur("540000"), eur("480000")));
    assertThat(ResultEngine.treasuryTakeBackCap(gap)).isEqualTo(Amount.ZERO);
    // reserve exactly equal to the BFR covers it
    assertThat(ResultEngine.treasuryTakeBackCap(List.of(TreasuryCoverage.of(Year.of(2021), eur("5"), eur("5")),
        TreasuryCoverage.of(Year.of(2022), eur("6"), eur("5")), TreasuryCoverage.of(Year.of(2023), eur("5"),
            eur("5"))))).isEqualTo(eur("1"));
    assertThatThrownBy(() -> ResultEngine.treasuryTakeBackCap(List.of(threeYearsOfCoverage().get(0), threeYearsOfCoverage().get(0))))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("R314-48");
    assertThatThrownBy(() -> TreasuryCoverage.of(Year.of(2021), eur("-1"), eur("0")))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("treasuryCoverage.reserve");
    assertThat(threeYearsOfCoverage().get(0).gap()).isEqualTo(eur("80000"));
  }

  /** The allocation of 2023, the last exercice of the three years of evidence. */
  static ClosedExercice.Builder allocating2023(ClosedExercice.Builder regime, ReserveBalances opening) {
    return regime.exercice(Year.of(2023)).ledger(ReserveLedger.opening(Year.of(2022), java.util.Map.of("IME", opening)));
  }

  @Test
  void takeBackMovesTheReserveToInvestment() {
    ClosedExercice ex = allocating2023(eprd(ledger()), balances(RESERVE_DE_TRESORERIE, "540000"))
        .addResults(ClosingResult.of(IME, eur("-10"))).build();
    AllocationDecision d = ResultEngine.allocate(ex, byGestionnaire()
        .takeBack(TreasuryTakeBack.of("IME", eur("80000"), threeYearsOfCoverage(), true)).build());
    assertThat(d.balancesAfter("IME").balance(RESERVE_DE_TRESORERIE)).isEqualTo(eur("460000"));
    assertThat(d.balancesAfter("IME").balance(EXCEDENTS_AFFECTES_INVESTISSEMENT)).isEqualTo(eur("80000"));
    assertThat(d.total()).isEqualTo(eur("-10"));
    assertThat(d.movements()).filteredOn(m -> m.kind() == MovementKind.TREASURY_TAKE_BACK)
        .extracting(Movement::amount).containsExactly(eur("-80000"), eur("80000"));
    assertThat(d.movements()).filteredOn(m -> m.kind() == MovementKind.TREASURY_TAKE_BACK)
        .allSatisfy(m -> assertThat(m.basis().text()).isEqualTo("CASF R314-48 II"));
  }

  @Test
  void takeBackAboveTheCapWithoutAgreementOrAboveTheReserveIsRejected() {
    ClosedExercice ex = allocating2023(traditional(ledger()), balances(RESERVE_DE_TRESORERIE, "50000"))
        .addResults(ClosingResult.of(IME, Amount.ZERO)).build();
    List<Violation> v = ResultEngine.validate(ex, byAuthority()
        .takeBack(TreasuryTakeBack.of("IME", eur("80000.01"), threeYearsOfCoverage(), false)).build());
    assertThat(v).extracting(Violation::field).containsOnly("treasuryTakeBacks[0]");
    assertThat(v).hasSize(3)
        .anySatisfy(x -> {
          assertThat(x.problem()).contains("agreement");
          assertThat(x.rule().text()).isEqualTo("CASF R314-48 IV");
        })
        .anySatisfy(x -> {
          assertThat(x.problem()).contains("EUR 80000.00");
          assertThat(x.rule().text()).isEqualTo("CASF R314-48 II");
        })
        .anySatisfy(x -> {
          assertThat(x.problem()).contains("EUR 50000.00");
          assertThat(x.rule().text()).isEqualTo("CASF R314-48 II");
        });
    // two take-backs count against the same reserve
    List<Violation> twice = ResultEngine.validate(ex, byAuthority()
        .takeBack(TreasuryTakeBack.of("IME", eur("30000"), threeYearsOfCoverage(), true))
        .takeBack(TreasuryTakeBack.of("IME", eur("20000.01"), threeYearsOfCoverage(), true)).build());
    assertThat(twice).singleElement().satisfies(x -> {
      assertThat(x.field()).isEqualTo("treasuryTakeBacks[1]");
      assertThat(x.problem()).contains("EUR 20000.00");
    });
  }

  @Test
  void takeBackEvidenceIsTheThreeExercicesEndingOnTheOneAllocated() {
    // the evidence covers 2021-2023: good evidence when 2023 is allocated, stale for 2024 (the 2024 bilan may no
    // longer show the reserve covering the BFR) and impossible for 2022 (2023 is not closed yet)
    for (int year : new int[] {2022, 2024}) {
      ClosedExercice ex = eprd(ReserveLedger.opening(Year.of(year - 1),
          java.util.Map.of("IME", balances(RESERVE_DE_TRESORERIE, "540000"))))
          .exercice(Year.of(year)).addResults(ClosingResult.of(IME, eur("-10"))).build();
      List<Violation> v = ResultEngine.validate(ex, byGestionnaire()
          .takeBack(TreasuryTakeBack.of("IME", eur("80000"), threeYearsOfCoverage(), true)).build());
      assertThat(v).as("allocating " + year).singleElement().satisfies(x -> {
        assertThat(x.field()).isEqualTo("treasuryTakeBacks[0].coverage");
        assertThat(x.rule().text()).isEqualTo("CASF R314-48 II");
        assertThat(x.problem()).contains(String.valueOf(year)).contains("2023");
      });
    }
    ClosedExercice ex2023 = eprd(ReserveLedger.opening(Year.of(2022),
        java.util.Map.of("IME", balances(RESERVE_DE_TRESORERIE, "540000"))))
        .exercice(Year.of(2023)).addResults(ClosingResult.of(IME, eur("-10"))).build();
    assertThat(ResultEngine.validate(ex2023, byGestionnaire()
        .takeBack(TreasuryTakeBack.of("IME", eur("80000"), threeYearsOfCoverage(), true)).build())).isEmpty();
  }

  @Test
  void takeBackCoverageGivesEachExerciceOnce() {
    // rejected when the take-back is built, so that a proposal holding it is never half-checked
    assertThatThrownBy(() -> TreasuryTakeBack.of("IME", eur("1"), List.of(threeYearsOfCoverage().get(0), threeYearsOfCoverage().get(1),
        TreasuryCoverage.of(Year.of(2021), eur("1"), eur("0"))), true))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("treasuryTakeBack.coverage");
          assertThat(e.rule().text()).isEqualTo("CASF R314-48 II");
          assertThat(e.getMessage()).contains("2021");
        });
  }

  @Test
  void takeBackLowersTheReserveBeforeTheBfrCapIsChecked() {
    ClosedExercice ex = eprd(ledger("IME", balances(RESERVE_DE_TRESORERIE, "100")))
        .addResults(ClosingResult.builder().compte(IME).result(eur("30")).bilan(Fixtures.bilanWithBfr("100")).build())
        .build();
    List<TreasuryCoverage> covered = List.of(TreasuryCoverage.of(N.minusYears(2), eur("100"), eur("50")),
        TreasuryCoverage.of(N.minusYears(1), eur("100"), eur("60")),
        TreasuryCoverage.of(N, eur("100"), eur("70")));
    AllocationProposal p = byGestionnaire()
        .allocate("IME", org.cpom.contract.SurplusDestination.RESERVE_DE_TRESORERIE, eur("30"))
        .takeBack(TreasuryTakeBack.of("IME", eur("30"), covered, true)).build();
    AllocationDecision d = ResultEngine.allocate(ex, p);
    assertThat(d.balancesAfter("IME").balance(RESERVE_DE_TRESORERIE)).isEqualTo(eur("100"));
    assertThat(d.table().lines(AllocationTable.Section.FREE)).extracting(AllocationTable.Line::label).containsExactly(
        "Affectation de l'excédent : Réserve de trésorerie (10685)",
        "Reprise de la réserve de trésorerie (10682)", "Reprise de la réserve de trésorerie (10685)");
  }
}
