package org.cpom.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.Hostile.rejects;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cpom.CpomValidationException;
import org.cpom.PackageNullSweep;
import org.cpom.contract.ModulationClause;
import org.cpom.contract.ModulationIndicator;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** Hostile inputs for the activity package: the null sweep, then extremes, each through {@link org.cpom.Hostile}. */
class HostileActivityTest {
  static final Amount MAX = Amount.ofCents(Long.MAX_VALUE);
  static final FinessNumber MAS = ActivityEngineTest.MAS;
  static final FinessNumber EHPAD = ActivityEngineTest.EHPAD;

  static Esms esms(FinessNumber f, CapacityLine line) {
    return Esms.builder().finess(f).name("E " + f).category(EsmsCategory.EHPAD).gestionnaire(FinessNumber.of("690000003"))
        .addCapacity(line).addFundings(Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), TariffAuthority.ars("ARA")))
        .build();
  }

  static PackageNullSweep sweep() {
    return PackageNullSweep.common()
        .with(ActivityRecord.class, () -> ActivityEngineTest.occupancy(2024, 13_870))
        .with(PhModulation.class, () -> ActivityEngineTest.ph(ActivityEngineTest.objective95(),
            ActivityEngineTest.occupancy(2024, 13_870)))
        .with(EhpadModulation.class, () -> ActivityEngineTest.ehpad(SectionTarifaire.SOINS, EhpadFundingLevel.AT_LEAST_TARGET,
            ActivityEngineTest.ehpadRecord(2024, 60_000, 0)).build())
        .with(ModulationClause.class, ActivityEngineTest::objective95)
        .with(ModulationIndicator.class, () -> ModulationIndicator.OCCUPANCY_RATE)
        .with(Waiver.class, () -> Waiver.full("exceptional closure"))
        .with(UnmodulatedPart.class, () -> UnmodulatedPart.of("PASA", Amount.of("10.00"), LegalBasis.casf("R314-163")))
        .with(EhpadThresholds.class, EhpadThresholds::soins)
        .with(org.cpom.param.RegulatoryParameter.class, () -> EhpadThresholds.soins().parameter(EhpadFundingLevel.AT_LEAST_TARGET))
        .with(ActivityModulation.class, () -> ActivityEngine.modulate(ActivityEngineTest.ph(
            ActivityEngineTest.objective95(), ActivityEngineTest.occupancy(2024, 13_000)), Amount.ofEuros(1000),
            Year.of(2025)))
        .with(Esms.class, () -> esms(EHPAD, CapacityLine.of(CapacityMode.HEBERGEMENT_PERMANENT, 80, 80, 365)));
  }

  static final PackageNullSweep SWEEP = sweep();

  @org.junit.jupiter.api.AfterAll
  static void report() {
    SWEEP.reportGeneratedNpes();
  }

  @TestFactory
  List<DynamicTest> nullSweep() {
    return SWEEP.casesAtLeast("org.cpom.activity", 60);
  }

  static DynamicTest case_(String name, Executable call) {
    return org.cpom.Hostile.rejecting(name, call);
  }

  static ActivityRecord.Builder record() {
    return ActivityRecord.builder().esms(EHPAD).year(Year.of(2024)).theoreticalDays(100);
  }

  /** A decimal that holds 10^30 but says it is 1. */
  static final class Sneaky extends BigDecimal {
    private static final long serialVersionUID = 1L;

    Sneaky() {
      super("1E30");
    }

    @Override
    public int signum() {
      return 1;
    }
  }

  @TestFactory
  List<DynamicTest> extremes() {
    List<DynamicTest> t = new ArrayList<>();
    t.add(case_("ehpadOccupancyRate of Long.MAX days", () -> record().daysProvided(Long.MAX_VALUE).absencesUnder72Hours(1)
        .build().ehpadOccupancyRate()));
    t.add(case_("absences of Long.MAX", () -> record().absencesUnder72Hours(Long.MAX_VALUE).build()));
    t.add(case_("theoretical days of Long.MAX", () -> record().theoreticalDays(Long.MAX_VALUE).build()));
    t.add(case_("funded days of Long.MAX", () -> record().fundedDays(Long.MAX_VALUE).build()));
    t.add(case_("people of Long.MAX", () -> record().peopleSupported(Long.MAX_VALUE).build()));
    t.add(case_("services of Long.MIN", () -> record().servicesDelivered(Long.MIN_VALUE).build()));
    t.add(case_("record of Year.MIN", () -> record().year(Year.of(Year.MIN_VALUE)).build()));
    t.add(case_("record of Year.MAX", () -> record().year(Year.of(Year.MAX_VALUE)).build()));
    t.add(case_("capacityOf a line of 2^31-1 places", () -> ActivityRecord.builder().capacityOf(
        esms(EHPAD, CapacityLine.of(CapacityMode.HEBERGEMENT_PERMANENT, Integer.MAX_VALUE, Integer.MAX_VALUE, 366)))
        .year(Year.of(2024)).build()));
    t.add(case_("own indicator of 1E+1000000", () -> record().putOtherIndicators("X", new BigDecimal("1E+1000000")).build()));
    t.add(case_("own indicator of 1E-1000000", () -> record().putOtherIndicators("X", new BigDecimal("1E-1000000")).build()));
    t.add(case_("own indicator of a BigDecimal subclass", () -> record().putOtherIndicators("X", new Sneaky()).build()));
    t.add(case_("own indicator with a 10 MB code and a negative value", () -> record()
        .putOtherIndicators("x".repeat(10_000_000), new BigDecimal("-1")).build()));
    t.add(case_("modulate in Year.MIN", () -> ActivityEngine.modulate(SWEEP_PH(), Amount.ofEuros(1000),
        Year.of(Year.MIN_VALUE))));
    t.add(case_("modulate in Year.MAX", () -> ActivityEngine.modulate(SWEEP_PH(), Amount.ofEuros(1000),
        Year.of(Year.MAX_VALUE))));
    t.add(case_("parts left out overflow", () -> ActivityEngine.modulate(SWEEP_PH(), MAX,
        List.of(UnmodulatedPart.of("A", MAX, LegalBasis.casf("R314-163")), UnmodulatedPart.of("B", MAX,
            LegalBasis.casf("R314-163"))), Year.of(2025))));
    t.add(case_("parts left out above the base", () -> ActivityEngine.modulate(SWEEP_PH(), Amount.ofEuros(1),
        List.of(UnmodulatedPart.of("A", Amount.ofEuros(2), LegalBasis.casf("R314-163"))), Year.of(2025))));
    // the largest occupancy the bounds allow, upward: half the excess of 73,200,000 % of a large base
    t.add(case_("EHPAD upward modulation out of range", () -> ActivityEngine.modulate(EhpadModulation.builder()
        .esms(EHPAD).section(SectionTarifaire.SOINS).fundingLevel(EhpadFundingLevel.AT_LEAST_TARGET).upwardSoins(true)
        .addActivity(record().daysProvided(366_000_000).absencesUnder72Hours(366_000_000).theoreticalDays(1).build())
        .build(), Amount.of("50000000000000000.00"), Year.of(2025))));
    t.add(case_("EHPAD modulation with no activity", () -> ActivityEngine.modulate(EhpadModulation.builder()
        .esms(EHPAD).section(SectionTarifaire.SOINS).fundingLevel(EhpadFundingLevel.AT_LEAST_TARGET).build(),
        Amount.ofEuros(1000), Year.of(2025))));
    t.add(case_("two records of one year", () -> ActivityEngine.modulate(ActivityEngineTest.ph(
        ActivityEngineTest.objective95(), ActivityEngineTest.occupancy(2024, 1), ActivityEngineTest.occupancy(2024, 2)),
        Amount.ofEuros(1000), Year.of(2025))));
    t.add(case_("waiver share of a disguised decimal", () -> Waiver.partial(Rate.ofFraction(new Sneaky()), "r")));
    t.add(case_("waiver share of 200 % with a 10 MB reason", () -> Waiver.partial(Rate.ofPercent("200"), "x".repeat(10_000_000))));
    t.add(case_("observed of an absent own indicator with a 10 MB code", () -> record().build().observed(
        ModulationIndicator.custom("x".repeat(10_000_000), "l", ModulationIndicator.Kind.COUNT, "j"))));
    t.add(case_("a count objective of 1E+1000000", () -> PhModulation.builder().clause(ModulationClause.builder()
        .esms(MAS).indicator(ModulationIndicator.PEOPLE_SUPPORTED).objective(new BigDecimal("1E+1000000"))
        .clause(LegalBasis.clause("art. 7")).build()).build()));
    t.add(case_("a weight of 1E-1000000", () -> PhModulation.builder().clause(ModulationClause.builder()
        .esms(MAS).indicator(ModulationIndicator.PEOPLE_SUPPORTED).objective(new BigDecimal("100"))
        .weight(new BigDecimal("1E-1000000")).clause(LegalBasis.clause("art. 7")).build()).build()));
    t.add(case_("EhpadThresholds.of an empty map", () -> EhpadThresholds.of(Map.of())));
    return t;
  }

  @Test
  void anObjectiveOfABigDecimalSubclassIsKeptAsItsPlainValue() {
    // the clause copies it to a plain BigDecimal (contract package), so its overriding methods are never called
    ModulationClause c = ModulationClause.builder().esms(MAS).indicator(ModulationIndicator.PEOPLE_SUPPORTED)
        .objective(new Sneaky()).clause(LegalBasis.clause("art. 7")).build();
    org.assertj.core.api.Assertions.assertThat(c.objective().getClass()).isEqualTo(BigDecimal.class);
    org.assertj.core.api.Assertions.assertThat(c.objective()).isEqualByComparingTo("1E30");
  }

  static PhModulation SWEEP_PH() {
    return ActivityEngineTest.ph(ActivityEngineTest.objective95(), ActivityEngineTest.occupancy(2024, 13_000));
  }

  @Test
  void theLargestCountsGiveExactRates() {
    ActivityRecord r = record().daysProvided(366_000_000).absencesUnder72Hours(366_000_000).theoreticalDays(366_000_000).build();
    assertThat(r.ehpadOccupancyRate()).isEqualTo(Rate.ofPercent("200"));
    assertThat(r.occupancyRate()).isEqualTo(Rate.ONE);
    CpomValidationException e = (CpomValidationException) rejects("one day more", () -> record().daysProvided(366_000_001).build());
    assertThat(e.field()).isEqualTo("activity.daysProvided");
    CpomValidationException up = (CpomValidationException) rejects("upward out of range", () -> ActivityEngine.modulate(
        EhpadModulation.builder().esms(EHPAD).section(SectionTarifaire.SOINS).fundingLevel(EhpadFundingLevel.AT_LEAST_TARGET)
            .upwardSoins(true).addActivity(record().daysProvided(366_000_000).theoreticalDays(1).build()).build(),
        Amount.of("50000000000000000.00"), Year.of(2025)));
    assertThat(up.field()).isEqualTo("modulation.base");
  }
}
