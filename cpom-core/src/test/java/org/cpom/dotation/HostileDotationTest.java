package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.Hostile.rejects;
import static org.cpom.dotation.DgcFixtures.A;
import static org.cpom.dotation.DgcFixtures.B;
import static org.cpom.dotation.DgcFixtures.C;
import static org.cpom.dotation.DgcFixtures.rate;
import static org.cpom.dotation.DgcFixtures.rateDgc;
import static org.cpom.dotation.DgcFixtures.w15Bases;
import static org.cpom.dotation.DgcFixtures.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpom.CpomValidationException;
import org.cpom.PackageNullSweep;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.ResolvedSingleEsmsDotation;
import org.cpom.contract.TariffMode;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Funder;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** Hostile inputs for the dotation package: the null sweep, then extremes, each through {@link org.cpom.Hostile}. */
class HostileDotationTest {
  static final Amount MAX = Amount.ofCents(Long.MAX_VALUE);
  static final Amount HUGE = Amount.of("50000000000000000.00");

  static ResolvedSingleEsmsDotation single() {
    return SingleEsmsDotationTest.single(SingleEsmsDotationTest.ESAT, Funder.etat(), TariffMode.CAMPAIGN_RATE)
        .build();
  }

  static DecisionModificative dm(String ref, Amount amount) {
    return DecisionModificative.builder().reference(ref).submitted(LocalDate.of(2025, 5, 2)).status(DmStatus.APPROVED)
        .decisionDate(LocalDate.of(2025, 6, 1)).addTransfers(DmTransfer.of(C, A, amount)).build();
  }

  static PackageNullSweep sweep() {
    return PackageNullSweep.common()
        .with(ResolvedDgc.class, DgcFixtures::rateDgc)
        .with(ResolvedSingleEsmsDotation.class, HostileDotationTest::single)
        .with(Esms.class, () -> DgcFixtures.IME)
        .with(DgcYear.class, () -> year(2025, "1.2").build())
        .with(EsmsYear.class, () -> rate(A, "1.2").build())
        .with(Actualisation.class, () -> Actualisation.campaignRate(Rate.ofPercent("1.2")))
        .with(MesureNouvelle.class, () -> MesureNouvelle.of("Pôle", Amount.ofEuros(36_500), LocalDate.of(2025, 7, 1),
            LegalBasis.casf("R314-43-1")))
        .with(Cnr.class, () -> Cnr.of("Travaux", Amount.ofEuros(10), LegalBasis.casf("R314-43-1")))
        .with(Adjustment.class, () -> Adjustment.of("Reprise", Amount.ofEuros(-10), LegalBasis.casf("R314-43-1")))
        .with(DecisionModificative.class, () -> dm("DM 1", Amount.ofEuros(1)))
        .with(org.cpom.contract.Cpom.class, () -> RenewalAndControlTest.RENEWED)
        .with(ReservesInjustifiees.class, () -> RenewalAndControlTest.UNJUSTIFIED)
        .with(ModulationAuRenouvellement.class, () -> RenewalAndControlTest.modulation(Map.of()))
        .with(DemandeDeDm.class, () -> RenewalAndControlTest.demande(CasDeDemandeDm.AFFECTATION_NON_CONFORME).build())
        .with(CasDeDemandeDm.class, () -> CasDeDemandeDm.RECUPERATION_D_INDUS)
        .with(RejetDeDepenses.class, () -> RenewalAndControlTest.rejet(LocalDate.of(2030, 1, 15)).build())
        .with(DmTransfer.class, () -> DmTransfer.of(C, A, Amount.ofEuros(1)))
        .with(ProvisionalSplit.class, ProvisionalSplit::proportional)
        .with(DgcDotation.class, () -> DotationEngine.compute(rateDgc(), year(2025, "1.2").build(), w15Bases()))
        .with(EsmsDotation.class, () -> DotationEngine.compute(single(), SingleEsmsYear.of(Year.of(2025),
                EsmsYear.builder().esms(SingleEsmsDotationTest.ESAT.finess())
                .actualisation(Actualisation.campaignRate(Rate.ofPercent("1"))).build()), Amount.ofEuros(1000)))
        .with(DgcProjection.class, () -> DotationEngine.project(rateDgc(), List.of(year(2025, "1.2").build()), w15Bases()))
        .with(SingleEsmsProjection.class, () -> DotationEngine.project(single(),
            List.of(SingleEsmsYear.of(Year.of(2025), EsmsYear.builder().esms(SingleEsmsDotationTest.ESAT.finess())
                .actualisation(Actualisation.campaignRate(Rate.ofPercent("1"))).build())), Amount.ofEuros(1000)))
        .with(CretonSplit.class, () -> CretonTest.split("1000.00").build())
        .with(CretonRevenue.class, () -> CretonRevenue.of("59", Amount.of("10.00")))
        .with(CretonPlacement.class, () -> CretonPlacement.builder().dailyTariff(Amount.of("100.00"))
            .domicileDeSecours(org.cpom.referential.DepartementCode.of("59"))
            .orientation(CretonOrientation.DEPARTEMENT_ESTABLISHMENT).build())
        .with(org.cpom.activity.UnmodulatedPart.class, () -> org.cpom.activity.UnmodulatedPart.of("PASA", Amount.ofEuros(1),
            LegalBasis.casf("R314-163")))
        .with(org.cpom.activity.ModulationCase.class, () -> org.cpom.activity.PhModulation.builder()
            .clause(org.cpom.contract.ModulationClause.occupancy(A, Rate.ofPercent("95"), LegalBasis.clause("art. 7")))
            .build())
        .with(DgcSplit.class, () -> DotationEngine.compute(rateDgc(), year(2025, "1.2").build(), w15Bases()).splits().get(0))
        .with(org.cpom.referential.DepartementCode.class, () -> org.cpom.referential.DepartementCode.of("59"));
  }

  static final PackageNullSweep SWEEP = sweep();

  @org.junit.jupiter.api.AfterAll
  static void report() {
    SWEEP.reportGeneratedNpes();
  }

  @TestFactory
  List<DynamicTest> nullSweep() {
    return SWEEP.casesAtLeast("org.cpom.dotation", 100);
  }

  static DynamicTest case_(String name, Executable call) {
    return org.cpom.Hostile.rejecting(name, call);
  }

  static Map<FinessNumber, Amount> bases(Amount a, Amount b, Amount c) {
    Map<FinessNumber, Amount> m = new LinkedHashMap<>();
    m.put(A, a);
    m.put(B, b);
    m.put(C, c);
    return m;
  }

  static DgcYear zero() {
    return DgcYear.builder().year(Year.of(2025)).addEsms(rate(A, "0").build(), rate(B, "0").build(), rate(C, "0").build())
        .build();
  }

  @TestFactory
  List<DynamicTest> extremes() {
    List<DynamicTest> t = new ArrayList<>();
    t.add(case_("three bases of 5 x 10^16", () -> DotationEngine.compute(rateDgc(), zero(), bases(HUGE, HUGE, HUGE))));
    t.add(case_("a base of 9.2 x 10^16 at +1.2 %", () -> DotationEngine.compute(rateDgc(),
        year(2025, "1.2").build(), bases(Amount.of("92000000000000000.00"), Amount.ZERO, Amount.ZERO))));
    t.add(case_("a rate of 10^15 %", () -> DotationEngine.compute(rateDgc(), DgcYear.builder()
        .year(Year.of(2025)).addEsms(rate(A, "1000000000000000").build(), rate(B, "0").build(), rate(C, "0").build()).build(), w15Bases())));
    t.add(case_("a rate of 1E-100000000", () -> Rate.ofFraction(new BigDecimal("1E-100000000"))));
    t.add(case_("adjustments overflowing", () -> DotationEngine.compute(rateDgc(), DgcYear.builder()
        .year(Year.of(2025)).addEsms(rate(A, "0").addAdjustments(Adjustment.of("x", MAX, LegalBasis.casf("R314-43-1")),
            Adjustment.of("y", MAX, LegalBasis.casf("R314-43-1"))).build(), rate(B, "0").build(), rate(C, "0").build())
        .build(), w15Bases())));
    t.add(case_("CNR overflowing", () -> DotationEngine.compute(rateDgc(), DgcYear.builder()
        .year(Year.of(2025)).addEsms(rate(A, "0").addCnr(Cnr.of("x", MAX, LegalBasis.casf("R314-43-1"))).build(),
            rate(B, "0").build(), rate(C, "0").build()).build(), w15Bases())));
    t.add(case_("mesures nouvelles overflowing", () -> DotationEngine.compute(rateDgc(), DgcYear.builder()
        .year(Year.of(2025)).addEsms(rate(A, "0").addMesuresNouvelles(MesureNouvelle.of("x", MAX, LocalDate.of(2025, 1, 1),
            LegalBasis.casf("R314-43-1")), MesureNouvelle.of("y", MAX, LocalDate.of(2025, 1, 1),
            LegalBasis.casf("R314-43-1"))).build(), rate(B, "0").build(), rate(C, "0").build()).build(), w15Bases())));
    t.add(case_("an explicit split overflowing", () -> DotationEngine.compute(rateDgc(), DgcYear.builder()
        .from(zero()).notifiedTotal(Amount.ofEuros(1)).split(ProvisionalSplit.explicit(bases(MAX, MAX, Amount.ZERO))).build(), w15Bases())));
    t.add(case_("a DM moving more than the share", () -> DotationEngine.compute(rateDgc(), DgcYear.builder()
        .from(year(2025, "0").build()).addDecisionsModificatives(dm("DM", MAX)).build(), w15Bases())));
    t.add(case_("a DM whose receiving share overflows", () -> DotationEngine.compute(rateDgc(),
        DgcYear.builder().from(zero())
            .addDecisionsModificatives(dm("DM", Amount.of("45000000000000000.00"))).build(), bases(HUGE, Amount.ZERO, Amount.of("45000000000000000.00")))));
    t.add(case_("a DM submitted on LocalDate.MIN", () -> DecisionModificative.builder().reference("DM")
        .submitted(LocalDate.MIN).status(DmStatus.SUBMITTED).addTransfers(DmTransfer.of(C, A, Amount.ofEuros(1))).build()));
    t.add(case_("a DM decided on LocalDate.MAX", () -> DecisionModificative.builder().reference("DM")
        .submitted(LocalDate.of(2025, 1, 1)).status(DmStatus.APPROVED).decisionDate(LocalDate.MAX)
        .addTransfers(DmTransfer.of(C, A, Amount.ofEuros(1))).build()));
    t.add(case_("a mesure nouvelle starting LocalDate.MAX", () -> MesureNouvelle.of("x", Amount.ofEuros(1), LocalDate.MAX,
        LegalBasis.casf("R314-43-1"))));
    t.add(case_("a DGC year of Year.MIN", () -> DgcYear.builder().year(Year.of(Year.MIN_VALUE)).build()));
    t.add(case_("a DGC year of Year.MAX", () -> DgcYear.builder().year(Year.of(Year.MAX_VALUE)).build()));
    t.add(case_("a lone ESMS in Year.MAX", () -> DotationEngine.compute(single(), SingleEsmsYear.of(Year.of(Year.MAX_VALUE),
            EsmsYear.builder().esms(SingleEsmsDotationTest.ESAT.finess())
            .actualisation(Actualisation.campaignRate(Rate.ZERO)).build()), Amount.ofEuros(1))));
    t.add(case_("a lone ESMS's base out of range", () -> DotationEngine.compute(single(), SingleEsmsYear.of(Year.of(2025),
            EsmsYear.builder().esms(SingleEsmsDotationTest.ESAT.finess())
            .actualisation(Actualisation.campaignRate(Rate.ofPercent("1"))).build()), MAX)));
    t.add(case_("a lone ESMS's projection from Year.MAX", () -> DotationEngine.project(single(),
        List.of(SingleEsmsYear.of(Year.of(Year.MAX_VALUE), EsmsYear.builder().esms(SingleEsmsDotationTest.ESAT.finess())
            .actualisation(Actualisation.campaignRate(Rate.ZERO)).build())), Amount.ofEuros(1))));
    t.add(case_("a projection with no year", () -> DotationEngine.project(rateDgc(), List.of(), w15Bases())));
    t.add(case_("a projection with a year twice", () -> DotationEngine.project(rateDgc(), List.of(year(2025, "1").build(), year(2025, "1").build()),
        w15Bases())));
    t.add(case_("an ESMS given twice", () -> DotationEngine.compute(rateDgc(), DgcYear.builder()
        .year(Year.of(2025)).addEsms(rate(A, "0").build(), rate(A, "0").build(), rate(B, "0").build(), rate(C, "0").build())
        .build(), w15Bases())));
    t.add(case_("Creton parts overflowing", () -> CretonTest.split("1.00", CretonRevenue.of("59", MAX),
        CretonRevenue.of("62", MAX)).build()));
    t.add(case_("Creton split in Year.MIN", () -> CretonTest.split("1.00").year(Year.of(Year.MIN_VALUE)).build()));
    t.add(case_("Creton split in Year.MAX", () -> CretonTest.split("1.00").year(Year.of(Year.MAX_VALUE)).build()
        .transmissionDeadline()));
    t.add(case_("a DM with a 10 MB reference moving too much", () -> DotationEngine.compute(rateDgc(), DgcYear.builder().from(year(2025, "0").build()).addDecisionsModificatives(dm("x".repeat(10_000_000), MAX)).build(),
        w15Bases())));
    t.add(case_("givenAmount actualisation overflowing the DGC", () -> DotationEngine.compute(rateDgc(), DgcYear.builder().year(Year.of(2025)).addEsms(
            EsmsYear.builder().esms(A).actualisation(Actualisation.givenAmount(MAX, LegalBasis.casf("R314-43-1"))).build(),
            EsmsYear.builder().esms(B).actualisation(Actualisation.givenAmount(MAX, LegalBasis.casf("R314-43-1"))).build(),
            rate(C, "0").build()).build(),
        w15Bases())));
    return t;
  }

  @Test
  void anOverflowNamesTheInput() {
    CpomValidationException sum = (CpomValidationException) rejects("sum", () -> DotationEngine.compute(rateDgc(),
        zero(), bases(HUGE, HUGE, HUGE)));
    assertThat(sum.field()).isEqualTo("previousBases[" + B + "]");
    CpomValidationException one = (CpomValidationException) rejects("one", () -> DotationEngine.compute(rateDgc(),
        year(2025, "1.2").build(), bases(Amount.of("92000000000000000.00"), Amount.ZERO, Amount.ZERO)));
    assertThat(one.field()).startsWith("dgcYear.esms[" + A + "]");
  }
}
