package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.cpom.NullSweep;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Funder;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.referential.TariffAuthority;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The null sweep of the contract package: every value, every public builder, every empty build(). */
class ContractNullSweepTest {

  static ResolvedDgc dgc() {
    return ResolvedDgc.builder().name("DGC ARS").contractReference("CPOM-69-2025").basis(CpomBasis.L313_12_2)
        .firstYear(Year.of(2025)).lastYear(Year.of(2029)).gestionnaire(Fixtures.GESTIONNAIRE.finess()).authority(Fixtures.ARS)
        .funder(Funder.assuranceMaladie()).addMembers(DgcMember.of(Fixtures.IME, TariffMode.CAMPAIGN_RATE),
            DgcMember.of(Fixtures.MAS, TariffMode.CAMPAIGN_RATE)).build();
  }

  static Avenant avenant() {
    return Avenant.builder().number(1).effectiveDate(LocalDate.of(2027, 1, 1)).subject("Sixth year")
        .extension(Period.ofYears(1)).build();
  }

  static FollowUp followUp() {
    return FollowUp.builder().ficheAction("FA1").year(1).status(ActionStatus.values()[0]).build();
  }

  static NullSweep sweep() {
    Cpom cpom = Fixtures.cpom().build();
    return new NullSweep()
        .sample(LocalDate.class, () -> LocalDate.of(2026, 3, 1))
        .sample(Year.class, () -> Year.of(2026))
        .sample(Period.class, () -> Period.ofYears(1))
        .sample(Amount.class, () -> Amount.of("1000.00"))
        .sample(Rate.class, () -> Rate.ofPercent("90"))
        .sample(BigDecimal.class, () -> BigDecimal.ONE)
        .sample(LegalBasis.class, () -> LegalBasis.casf("R314-43-2"))
        .sample(FinessNumber.class, Fixtures.IME::finess)
        .sample(Esms.class, () -> Fixtures.IME)
        .sample(Gestionnaire.class, () -> Fixtures.GESTIONNAIRE)
        .sample(TariffAuthority.class, () -> Fixtures.ARS)
        .sample(GroupeFonctionnel.class, () -> GroupeFonctionnel.CHARGES_II_PERSONNEL)
        .sample(Cpom.class, () -> cpom)
        .sample(ContractYear.class, () -> cpom.contractYear(1))
        .sample(ContractPeriod.class, cpom::period)
        .sample(Milestone.class, () -> cpom.milestones().get(0))
        .sample(Objective.class, () -> cpom.objectives().get(0))
        .sample(FicheAction.class, () -> cpom.fichesActions().get(0))
        .sample(Indicator.class, Fixtures::creton)
        .sample(Step.class, () -> Step.of("Partnership agreement", LocalDate.of(2025, 6, 30)))
        .sample(Means.class, () -> Means.of("0.5 FTE", Amount.of("27500.00"), FundingWay.REDEPLOYMENT))
        .sample(TariffModeClause.class,
            () -> TariffModeClause.of(GroupeFonctionnel.CHARGES_II_PERSONNEL, TariffMode.CAMPAIGN_RATE))
        .sample(MaximumDuration.class, () -> MaximumDuration.defaultFor(CpomBasis.L313_11))
        .sample(DgcMember.class, () -> DgcMember.of(Fixtures.IME, TariffMode.CAMPAIGN_RATE))
        .sample(ResolvedDgc.class, ContractNullSweepTest::dgc)
        .sample(Dgc.class, () -> dgc().dgc())
        .sample(Avenant.class, ContractNullSweepTest::avenant)
        .sample(FollowUp.class, ContractNullSweepTest::followUp)
        .sample(GrilleAvancement.class, () -> GrilleAvancement.from(cpom, List.of(followUp())))
        .sample(GrilleRow.class, () -> GrilleAvancement.from(cpom, List.of(followUp())).rows().get(0))
        .sample(ModulationClause.class,
            () -> ModulationClause.occupancy(Fixtures.IME.finess(), Rate.ofPercent("90"), LegalBasis.clause("art. 7")))
        .sample(ModulationStep.class, () -> ModulationStep.of(Rate.ofPercent("90"), Rate.ofPercent("5")))
        .sample(ResultAllocationClause.class,
            () -> ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE).build())
        .sample(Funder.class, Funder::assuranceMaladie)
        .sample(org.cpom.referential.Financement.class,
            () -> org.cpom.referential.Financement.of(Funder.assuranceMaladie(), org.cpom.referential.SectionTarifaire.GLOBAL))
        .sample(ModulationIndicator.class, () -> ModulationIndicator.OCCUPANCY_RATE)
        .sample(SingleEsmsDotation.class, () -> SingleEsmsDotation.of(Fixtures.IME, Funder.assuranceMaladie(),
            TariffMode.CAMPAIGN_RATE))
        .sample(ResolvedSingleEsmsDotation.class, () -> ResolvedSingleEsmsDotation.builder()
            .contractReference("CPOM-69-2025").basis(CpomBasis.L313_12_2).firstYear(Year.of(2025))
            .lastYear(Year.of(2029)).esms(Fixtures.IME).funder(Funder.assuranceMaladie()).mode(TariffMode.CAMPAIGN_RATE)
            .build())
        .sample(ResolvedSingleEsmsDotation.Builder.class, ResolvedSingleEsmsDotation::builder)
        .sample(Avenant.Builder.class, Avenant::builder)
        .sample(Cpom.Builder.class, Cpom::builder)
        .sample(ResolvedDgc.Builder.class, ResolvedDgc::builder)
        .sample(Dgc.Builder.class, Dgc::builder)
        .sample(FicheAction.Builder.class, FicheAction::builder)
        .sample(FollowUp.Builder.class, FollowUp::builder)
        .sample(Indicator.Builder.class, Indicator::builder)
        .sample(ModulationClause.Builder.class, ModulationClause::builder)
        .sample(ResultAllocationClause.Builder.class, ResultAllocationClause::builder)
        .sample(SingleEsmsDotation.Builder.class, SingleEsmsDotation::builder)
        .sample(TariffModeClause.Builder.class, TariffModeClause::builder);
  }

  @TestFactory
  Stream<DynamicTest> nullSweep() {
    NullSweep s = sweep();
    Stream<DynamicTest> values = s.sweep(Avenant.class, ContractPeriod.class, ContractYear.class, Cpom.class, Dgc.class, ResolvedDgc.class,
        DgcMember.class, FicheAction.class, FollowUp.class, GrilleAvancement.class, GrilleCell.class, GrilleRow.class,
        Indicator.class, IndicatorAchievement.class, LateStep.class, MaximumDuration.class, Means.class,
        Milestone.class, ModulationClause.class, ModulationIndicator.class, ModulationStep.class, Objective.class,
        ResultAllocationClause.class, SingleEsmsDotation.class, ResolvedSingleEsmsDotation.class, Step.class, SurplusDestination.class,
        TariffModeClause.class);
    Stream<DynamicTest> builders = s.sweep(Avenant.Builder.class, Cpom.Builder.class, Dgc.Builder.class, ResolvedDgc.Builder.class,
        FicheAction.Builder.class, FollowUp.Builder.class, Indicator.Builder.class, ModulationClause.Builder.class,
        ResultAllocationClause.Builder.class, SingleEsmsDotation.Builder.class, ResolvedSingleEsmsDotation.Builder.class,
        TariffModeClause.Builder.class);
    Stream<DynamicTest> empty = Stream.of(
        s.emptyBuild("Avenant", () -> Avenant.builder().build()),
        s.emptyBuild("Cpom", () -> Cpom.builder().build()),
        s.emptyBuild("Dgc", () -> Dgc.builder().build()),
        s.emptyBuild("ResolvedDgc", () -> ResolvedDgc.builder().build()),
        s.emptyBuild("FicheAction", () -> FicheAction.builder().build()),
        s.emptyBuild("FollowUp", () -> FollowUp.builder().build()),
        s.emptyBuild("Indicator", () -> Indicator.builder().build()),
        s.emptyBuild("ModulationClause", () -> ModulationClause.builder().build()),
        s.emptyBuild("ResultAllocationClause", () -> ResultAllocationClause.builder().build()),
        s.emptyBuild("SingleEsmsDotation", () -> SingleEsmsDotation.builder().build()),
        s.emptyBuild("ResolvedSingleEsmsDotation", () -> ResolvedSingleEsmsDotation.builder().build()),
        s.emptyBuild("TariffModeClause", () -> TariffModeClause.builder().build()));
    return Stream.of(values, builders, empty).flatMap(x -> x);
  }

  @Test
  void everyPublicMethodHasTheSamplesItNeeds() {
    NullSweep s = sweep();
    assertThat(nullSweep()).isNotEmpty();
    // nothing skipped for want of a sample; a new public type or parameter type needs one here
    s.sweep(Cpom.class, Cpom.Builder.class, FicheAction.Builder.class, Indicator.Builder.class, FollowUp.Builder.class, ResultAllocationClause.Builder.class, SingleEsmsDotation.Builder.class, ModulationClause.Builder.class);
    assertThat(s.skipped()).isEmpty();
  }
}
