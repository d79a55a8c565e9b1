package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.Hostile.rejects;
import static org.cpom.result.Fixtures.IME;
import static org.cpom.result.Fixtures.MAS;
import static org.cpom.result.Fixtures.N;
import static org.cpom.result.Fixtures.balances;
import static org.cpom.result.Fixtures.byAuthority;
import static org.cpom.result.Fixtures.byGestionnaire;
import static org.cpom.result.Fixtures.eprd;
import static org.cpom.result.Fixtures.eur;
import static org.cpom.result.Fixtures.ledger;
import static org.cpom.result.Fixtures.traditional;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.cpom.CpomValidationException;
import org.cpom.PackageNullSweep;
import org.cpom.contract.ResultAllocationClause;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.referential.Gestionnaire;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** Hostile inputs for the result package: the null sweep, then extremes, each through {@link org.cpom.Hostile}. */
class HostileResultTest {
  static final Amount MAX = Amount.ofCents(Long.MAX_VALUE);
  static final Amount HUGE = Amount.of("50000000000000000.00");

  static ClosedExercice exercice() {
    return eprd(ledger("IME", balances(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, "50")))
        .addResults(ClosingResult.of(IME, eur("100"))).build();
  }

  static PackageNullSweep sweep() {
    return PackageNullSweep.common()
        .buildsEmpty(BilanFinancier.class)
        .buildsEmpty(AllocationProposal.class)
        .with(CompteDeResultat.class, () -> IME)
        .with(ClosingResult.class, () -> ClosingResult.of(IME, eur("100")))
        .with(org.cpom.accounts.ResultatDuCompte.class, () -> ClosingResultFromAccountsTest.figures("IME"))
        .with(ClosedExercice.class, HostileResultTest::exercice)
        .with(ReserveLedger.class, () -> ledger("IME", balances(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, "50")))
        .with(ReserveBalances.class, () -> balances(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, "50"))
        .with(AllocationProposal.class, () -> byGestionnaire().allocate("IME", SurplusDestination.INVESTISSEMENT, eur("100"))
            .build())
        .with(SurplusLine.class, () -> SurplusLine.of("IME", SurplusDestination.INVESTISSEMENT, eur("1")))
        .with(ResultTransfer.class, () -> ResultTransfer.of("IME", "MAS", eur("1")))
        .with(DeficitCharge.class, () -> DeficitCharge.of("IME", N.plusYears(1), eur("1")))
        .with(OrigineDeReserve.class, () -> OrigineDeReserve.of("IME", ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR,
            OrigineDesFonds.RESSOURCES_PROPRES, eur("10")))
        .with(OrigineDesFonds.class, () -> OrigineDesFonds.SUBVENTIONS_PUBLIQUES)
        .with(ReservesAuRenouvellement.class, ReservesAuRenouvellementTest::weighed)
        .with(TreasuryCoverage.class, () -> TreasuryCoverage.of(N, eur("10"), eur("5")))
        .with(TreasuryTakeBack.class, () -> TreasuryTakeBack.of("IME", eur("1"), List.of(), true))
        .with(BilanFinancier.class, () -> Fixtures.bilanWithBfr("10"))
        .with(AllocationDecision.class, () -> ResultEngine.allocate(exercice(),
            byGestionnaire().allocate("IME", SurplusDestination.INVESTISSEMENT, eur("100")).build()))
        .with(AllocationTable.class, () -> ResultEngine.allocate(exercice(),
            byGestionnaire().allocate("IME", SurplusDestination.INVESTISSEMENT, eur("100")).build()).table())
        .with(java.util.Map.Entry.class, () -> java.util.Map.entry("IME", org.cpom.contract.AllocatingParty.GESTIONNAIRE))
        .with(ResultAllocationClause.class, Fixtures::gestionnaireClause)
        .with(Gestionnaire.class, () -> Fixtures.PRIVATE)
        .with(org.cpom.referential.Esms.class, () -> org.cpom.referential.Esms.builder()
            .finess(org.cpom.referential.FinessNumber.of("690000011")).name("IME")
            .category(org.cpom.referential.EsmsCategory.IME).gestionnaire(org.cpom.referential.FinessNumber.of("690000003"))
            .addFundings(org.cpom.referential.Funding.of(org.cpom.referential.SectionTarifaire.GLOBAL,
                org.cpom.referential.Funder.assuranceMaladie(), org.cpom.referential.TariffAuthority.ars("ARA")))
            .build());
  }

  static final PackageNullSweep SWEEP = sweep();

  @org.junit.jupiter.api.AfterAll
  static void report() {
    SWEEP.reportGeneratedNpes();
  }

  @TestFactory
  List<DynamicTest> nullSweep() {
    return SWEEP.casesAtLeast("org.cpom.result", 100);
  }

  static DynamicTest case_(String name, Executable call) {
    return org.cpom.Hostile.rejecting(name, call);
  }

  @TestFactory
  List<DynamicTest> extremes() {
    List<DynamicTest> t = new ArrayList<>();
    t.add(case_("results of two comptes overflowing", () -> eprd(ledger()).addResults(ClosingResult.of(IME, MAX),
        ClosingResult.of(MAS, MAX)).build()));
    t.add(case_("a result and a reserve overflowing", () -> eprd(ledger("IME",
        balances(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, HUGE.toString().replace("EUR ", ""))))
        .addResults(ClosingResult.of(IME, HUGE)).build()));
    t.add(case_("apply with a proposal line overflowing", () -> ResultEngine.allocate(exercice(),
        byGestionnaire().allocate("IME", SurplusDestination.INVESTISSEMENT, MAX)
            .allocate("IME", SurplusDestination.INVESTISSEMENT, MAX).build())));
    t.add(case_("validate with a proposal line overflowing", () -> ResultEngine.validate(exercice(),
        byGestionnaire().allocate("IME", SurplusDestination.INVESTISSEMENT, MAX).build())));
    t.add(case_("validate with transfers overflowing", () -> ResultEngine.validate(exercice(),
        byGestionnaire().transfer("IME", "MAS", MAX).transfer("IME", "MAS", MAX).build())));
    t.add(case_("mandatorySteps of a result of Long.MIN cents", () -> eprd(ledger())
        .addResults(ClosingResult.of(IME, Amount.ofCents(Long.MIN_VALUE))).build()));
    t.add(case_("ClosedExercice in Year.MAX", () -> eprd(ReserveLedger.empty(Year.of(Year.MAX_VALUE - 1)))
        .exercice(Year.of(Year.MAX_VALUE)).addResults(ClosingResult.of(IME, eur("1"))).build()));
    t.add(case_("ClosedExercice in Year.MIN", () -> eprd(ReserveLedger.empty(Year.of(Year.MIN_VALUE)))
        .exercice(Year.of(Year.MIN_VALUE)).addResults(ClosingResult.of(IME, eur("1"))).build()));
    t.add(case_("spreadDeficit over Integer.MAX exercices", () -> byAuthority().spreadDeficit("IME", eur("3"), N.plusYears(1),
        Integer.MAX_VALUE)));
    t.add(case_("spreadDeficit of a negative amount", () -> byAuthority().spreadDeficit("IME", eur("-3"), N.plusYears(1), 3)));
    t.add(case_("spreadDeficit of zero", () -> byAuthority().spreadDeficit("IME", Amount.ZERO, N.plusYears(1), 3)));
    t.add(case_("spreadDeficit from Year.MAX", () -> byAuthority().spreadDeficit("IME", eur("3"), Year.of(Year.MAX_VALUE), 3)));
    t.add(case_("spreadDeficit from Year.MIN", () -> byAuthority().spreadDeficit("IME", eur("3"), Year.of(Year.MIN_VALUE), 1)));
    t.add(case_("spreadDeficit null compte id", () -> byAuthority().spreadDeficit((String) null, eur("3"), N, 1)));
    t.add(case_("spreadDeficit null compte", () -> byAuthority().spreadDeficit((CompteDeResultat) null, eur("3"), N, 1)));
    t.add(case_("spreadDeficit null amount", () -> byAuthority().spreadDeficit("IME", null, N, 1)));
    t.add(case_("DeficitCharge in Year.MAX", () -> DeficitCharge.of("IME", Year.of(Year.MAX_VALUE), eur("1"))));
    t.add(case_("TreasuryCoverage gap overflow", () -> TreasuryCoverage.of(N, MAX, Amount.ofCents(-Long.MAX_VALUE))));
    t.add(case_("TreasuryCoverage in Year.MIN", () -> TreasuryCoverage.of(Year.of(Year.MIN_VALUE), eur("1"), eur("1"))));
    t.add(case_("treasuryTakeBackCap with a duplicate exercice", () -> ResultEngine.treasuryTakeBackCap(List.of(
        TreasuryCoverage.of(N, eur("1"), eur("1")), TreasuryCoverage.of(N, eur("1"), eur("1"))))));
    t.add(case_("BilanFinancier overflowing", () -> BilanFinancier.builder().stocks(MAX).receivables(MAX).build()));
    t.add(case_("BilanFinancier BFR overflowing", () -> BilanFinancier.builder().stocks(MAX).supplierDebts(MAX).build()));
    t.add(case_("a 10 MB compte id listed twice", () -> {
      CompteDeResultat c = CompteDeResultat.of("x".repeat(10_000_000), "n");
      eprd(ledger()).addResults(ClosingResult.of(c, eur("1")), ClosingResult.of(c, eur("2"))).build();
    }));
    t.add(case_("reserve balances whose net position overflows", () -> ReserveBalances.ZERO
        .with(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, MAX).with(ReserveAccount.RESERVE_DE_COMPENSATION, MAX).netPosition()));
    t.add(case_("an exercice with no result", () -> eprd(ledger()).build()));
    t.add(case_("traditional exercice with an overflowing rejected expense", () -> traditional(ledger())
        .addResults(ClosingResult.builder().compte(IME).result(MAX).rejectedExpenses(MAX).build()).build()));
    return t;
  }

  @Test
  void anOverflowNamesTheInput() {
    CpomValidationException e = (CpomValidationException) rejects("two results", () -> eprd(ledger())
        .addResults(ClosingResult.of(IME, MAX), ClosingResult.of(MAS, MAX)).build());
    assertThat(e.field()).isEqualTo("results[IME].result");
    CpomValidationException p = (CpomValidationException) rejects("proposal", () -> ResultEngine.allocate(exercice(),
        byGestionnaire().allocate("IME", SurplusDestination.INVESTISSEMENT, MAX).build()));
    assertThat(p.field()).isEqualTo("proposal.surplusLines[0].amount");
    // the largest spread allowed builds, and validate holds it to three exercices
    AllocationProposal spread = byAuthority().spreadDeficit("IME", eur("1.00"), N.plusYears(1), AllocationProposal.MAX_SPREAD)
        .build();
    assertThat(spread.deficitCharges()).hasSize(AllocationProposal.MAX_SPREAD);
  }
}
