package org.cpom.investment;

import java.time.LocalDate;
import java.util.List;
import org.cpom.PackageNullSweep;
import org.cpom.accounts.CompteNum;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The null sweep of the depreciation types of the investment package, through {@link org.cpom.Hostile}. */
class HostileDepreciationTest {
  static final PackageNullSweep SWEEP = PackageNullSweep.common().namingParameters()
      .with(CompteNum.class, () -> CompteNum.of("2154"))
      .with(Composant.class, DepreciationTest::equipment)
      .with(ProrataConvention.class, () -> ProrataConvention.MONTHS)
      .with(java.util.Locale.class, () -> java.util.Locale.FRENCH)
      .with(AmortissementEcart.Nature.class, () -> AmortissementEcart.Nature.DOTATION_DEROGATOIRE)
      // investment: PPI and surcoûts
      .with(OperationInvestissement.class, PpiValuesTest::op)
      .with(Ppi.class, () -> Ppi.of(PpiValuesTest.op()))
      .with(Surcouts.class, () -> InvestmentEngine.surcouts(PpiValuesTest.op()))
      .with(SubsidyNetting.class, () -> SubsidyNetting.NET)
      // investment: loans
      .with(DayCount.class, () -> DayCount.ACT_360)
      .with(LoanType.class, () -> LoanType.IN_FINE)
      .with(Periodicity.class, () -> Periodicity.QUARTERLY)
      .with(Emprunt.class, HostileDepreciationTest::loan)
      .with(LoanSchedule.class, () -> InvestmentEngine.schedule(loan()))
      .with(Immobilisation.class, () -> DepreciationTest.w17(LocalDate.of(2026, 7, 1)))
      .with(List.class, () -> List.of(DepreciationTest.equipment()))
      .with(AmortissementImmobilisation.class, () -> InvestmentEngine.depreciate(DepreciationTest.w17(LocalDate.of(2026, 7, 1))))
      .with(AmortissementComposant.class, () -> InvestmentEngine.depreciate(DepreciationTest.w17(LocalDate.of(2026, 7, 1)))
          .composant("équipement"))
      .with(PlanAmortissement.class, () -> InvestmentEngine.depreciate(DepreciationTest.w17(LocalDate.of(2026, 7, 1)))
          .composant("équipement").comptable())
      .with(SubventionReprise.class, () -> InvestmentEngine.repriseSubvention(org.cpom.money.Amount.of("100.00"),
          InvestmentEngine.depreciate(DepreciationTest.w17(LocalDate.of(2026, 7, 1))).composant("équipement").comptable()))
      // investment: pgfp
      .with(PgfpYear.class, () -> PgfpTest.year(2025).build())
      .with(Pgfp.class, PgfpTest::plan)
      // investment: the contract's financial evaluation
      .with(org.cpom.contract.Cpom.class, EvaluationFinanciereTest::handChecked)
      .with(EvaluationFinanciere.class, () -> InvestmentEngine.evaluation(EvaluationFinanciereTest.handChecked()))
      .with(org.cpom.finance.EprdCompteDeResultat.class, () -> org.cpom.finance.EprdCompteDeResultat.builder()
          .name("IME").resultat(org.cpom.money.Amount.ZERO).build())
      .with(PgfpComparison.class, () -> InvestmentEngine.comparePgfp(PgfpTest.plan(), PgfpTest.plan()));

  static Emprunt loan() {
    return Emprunt.of(org.cpom.money.Amount.of("1000.00"), org.cpom.money.Rate.ofPercent("3"), 4, Periodicity.QUARTERLY,
        LoanType.CONSTANT_ANNUITY, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 1), DayCount.ACT_360);
  }

  @TestFactory
  List<DynamicTest> nullSweep() {
    return SWEEP.casesAtLeast("org.cpom.investment", 55);
  }
}
