package org.cpom.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.cpom.contract.ModulationClause;
import org.cpom.contract.ModulationCombination;
import org.cpom.contract.ModulationIndicator;
import org.cpom.contract.ModulationStep;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** The contract's own modalities of R314-43-2 III and the several indicators of R314-43-2 II. */
class ModulationClauseModalitiesTest {
  static final FinessNumber SESSAD = FinessNumber.of("690000029");
  static final Year Y2025 = Year.of(2025);
  static final Amount DOTATION = Amount.ofEuros(900_000);
  static final ModulationIndicator FILE_ACTIVE = ModulationIndicator.custom("FILE_ACTIVE", "file active",
      ModulationIndicator.Kind.COUNT, "a SESSAD follows children at home: the places do not measure its activity");

  /** An objective of 8,000 actes (R314-43-2 II 3°). */
  static ModulationClause.Builder actes() {
    return ModulationClause.builder().esms(SESSAD).indicator(ModulationIndicator.SERVICES_DELIVERED)
        .objective(new BigDecimal("8000")).clause(LegalBasis.clause("art. 7"));
  }

  static ActivityRecord actes(long done) {
    return ActivityRecord.builder().esms(SESSAD).year(Year.of(2024)).servicesDelivered(done).build();
  }

  static ActivityModulation modulate(ModulationClause clause, ActivityRecord record) {
    return ActivityEngine.modulate(PhModulation.builder().clause(clause).addActivity(record).build(), DOTATION, Y2025);
  }

  static void rejected(ThrowingCallable call, String field, String rule) {
    assertThatThrownBy(call).isInstanceOf(CpomValidationException.class).satisfies(e -> {
      CpomValidationException v = (CpomValidationException) e;
      assertThat(v.field()).isEqualTo(field);
      assertThat(v.rule().text()).contains(rule);
    });
  }

  // ------------------------------------------------------------------------------------------- franchise

  @Test
  void acceptanceSessadFranchiseOfTwoPointsThenHalfTheExcess() {
    // gap (8,000 - 7,600) / 8,000 = 5 %; franchise 2 points, then 50 % of the 3 points beyond: 1.5 % of 900,000
    // = 13,500; the legal cap is half the gap, 2.5 % = 22,500
    ModulationClause c = actes().franchise(Rate.ofPercent("2")).coefficient(new BigDecimal("0.5")).build();
    ActivityModulation r = modulate(c, actes(7_600));
    assertThat(r.gap()).isEqualTo(Rate.ofPercent("5"));
    assertThat(r.percentage()).isEqualTo(Rate.ofPercent("-1.5"));
    assertThat(r.ceiling()).isEqualTo(Rate.ofPercent("2.5"));
    assertThat(r.adjustment()).isEqualTo(Amount.ofEuros(-13_500));
    assertThat(r.trace().steps()).singleElement().satisfies(s -> {
      assertThat(s.amount()).isEqualTo(Amount.ofEuros(-13_500));
      assertThat(s.basis()).isEqualTo(LegalBasis.casf("R314-43-2 III").readWith(Convention.GAP_MEASURE));
      assertThat(s.label()).contains("services delivered 2024 7600 against objective 8000", "franchise 2.00 %",
          "x the excess 3.00 % = 1.50 %", "legal cap (R314-43-2 III) half the gap = 2.50 % = EUR 22500.00");
    });
    assertThat(c.modality()).isEqualTo("franchise 2% then coefficient 0.5 x the excess");
  }

  @Test
  void aGapExactlyAtTheFranchiseOrBelowTheObjectiveGivesNothing() {
    ModulationClause c = actes().franchise(Rate.ofPercent("2")).build();
    // 7,840 done: gap 2 %, exactly the franchise
    ActivityModulation at = modulate(c, actes(7_840));
    assertThat(at.adjustment()).isEqualTo(Amount.ZERO);
    assertThat(at.percentage()).isEqualTo(Rate.ZERO);
    assertThat(at.persistsInBase()).isFalse();
    assertThat(at.trace().steps()).singleElement().satisfies(s -> assertThat(s.label())
        .startsWith("No modulation").contains("x the excess 0.00 %", "half the gap = 1.00 % = EUR 9000.00"));
    // just beyond: 7,839 done, excess 1/8,000 x 1/2 x 900,000 = 56.25
    assertThat(modulate(c, actes(7_839)).adjustment()).isEqualTo(Amount.of("-56.25"));
    for (long done : new long[] {8_000, 8_400}) {
      ActivityModulation none = modulate(c, actes(done));
      assertThat(none.adjustment()).isEqualTo(Amount.ZERO);
      assertThat(none.ceiling()).isEqualTo(Rate.ZERO);
      assertThat(none.trace().steps()).singleElement()
          .satisfies(s -> assertThat(s.label()).startsWith("No modulation").endsWith("(activity not below the objective)"));
    }
  }

  @Test
  void aFranchiseOnANonTerminatingOccupancyIsRoundedOnce() {
    // 12,002 of 14,600 days against 95 %: gap 1,868 / 14,600; less 1 point = 1,722 / 14,600;
    // x 0.5 x 1,000,063.50 = 58,976.3475 -> 58,976.35
    FinessNumber mas = FinessNumber.of("690000037");
    ModulationClause c = ModulationClause.builder().from(ModulationClause.occupancy(mas, Rate.ofPercent("95"),
        LegalBasis.clause("art. 7"))).franchise(Rate.ofPercent("1")).build();
    ActivityRecord r = ActivityRecord.builder().esms(mas).year(Year.of(2024)).daysProvided(12_002).theoreticalDays(14_600)
        .build();
    assertThat(ActivityEngine.modulate(PhModulation.builder().clause(c).addActivity(r).build(),
        Amount.of("1000063.50"), Y2025).adjustment()).isEqualTo(Amount.of("-58976.35"));
  }

  // ----------------------------------------------------------------------------------------------- steps

  @Test
  void stepsGiveThePercentageOfTheHighestStepReached() {
    // from a gap of 2 %: 1 %; from 5 %: 2 %; from 10 %: 4 %
    ModulationClause c = actes().addSteps(ModulationStep.of(Rate.ofPercent("2"), Rate.ofPercent("1")),
        ModulationStep.of(Rate.ofPercent("5"), Rate.ofPercent("2")),
        ModulationStep.of(Rate.ofPercent("10"), Rate.ofPercent("4"))).build();
    assertThat(modulate(c, actes(7_920)).adjustment()).isEqualTo(Amount.ZERO); // gap 1 %: below the first step
    assertThat(modulate(c, actes(7_840)).adjustment()).isEqualTo(Amount.ofEuros(-9_000)); // gap 2 %: 1 %
    assertThat(modulate(c, actes(7_680)).adjustment()).isEqualTo(Amount.ofEuros(-9_000)); // gap 4 %: 1 %
    ActivityModulation five = modulate(c, actes(7_600)); // gap 5 %: 2 %
    assertThat(five.adjustment()).isEqualTo(Amount.ofEuros(-18_000));
    assertThat(five.trace().steps().get(0).label()).contains("step from a gap of 5%: 2%", "= EUR 22500.00");
    assertThat(modulate(c, actes(7_040)).adjustment()).isEqualTo(Amount.ofEuros(-36_000)); // gap 12 %: 4 %
    assertThat(modulate(c, actes(7_920)).trace().steps().get(0).label()).contains("below the first step");
    assertThat(c.modality()).startsWith("steps [from a gap of 2%: 1%");
  }

  @Test
  void aClauseThatCouldGiveMoreThanHalfTheGapIsRejectedWhenBuilt() {
    rejected(() -> actes().coefficient(new BigDecimal("0.51")).build(), "modulationClause.coefficient", "CASF R314-43-2 III");
    rejected(() -> actes().franchise(Rate.ofPercent("2")).coefficient(new BigDecimal("0.6")).build(),
        "modulationClause.coefficient", "CASF R314-43-2 III");
    // a step from a gap of 4 % allows at most 2 %
    rejected(() -> ModulationStep.of(Rate.ofPercent("4"), Rate.ofPercent("2.5")), "modulationStep.percentage",
        "CASF R314-43-2 III");
    assertThat(ModulationStep.of(Rate.ofPercent("4"), Rate.ofPercent("2")).percentage()).isEqualTo(Rate.ofPercent("2"));
    // a step may start at a gap of 100 %, not beyond
    assertThat(ModulationStep.of(Rate.ONE, Rate.ofPercent("50")).fromGap()).isEqualTo(Rate.ONE);
    rejected(() -> ModulationStep.of(Rate.ofPercent("100.01"), Rate.ofPercent("50")), "modulationStep.fromGap",
        "CASF R314-43-2 III");
    rejected(() -> ModulationStep.of(Rate.ofPercent("4"), Rate.ZERO), "modulationStep.percentage", "CASF R314-43-2 III");
    rejected(() -> ModulationStep.of(Rate.ZERO, Rate.ZERO), "modulationStep.fromGap", "CASF R314-43-2 III");
    rejected(() -> ModulationStep.of(Rate.ofPercent("4"), Rate.ZERO), "modulationStep.percentage", "CASF R314-43-2 III");
    ModulationStep two = ModulationStep.of(Rate.ofPercent("2"), Rate.ofPercent("1"));
    ModulationStep five = ModulationStep.of(Rate.ofPercent("5"), Rate.ofPercent("2"));
    rejected(() -> actes().addSteps(five, two).build(), "modulationClause.steps", "CASF R314-43-2 III");
    rejected(() -> actes().addSteps(two, two).build(), "modulationClause.steps", "CASF R314-43-2 III");
    rejected(() -> actes().addSteps(two).franchise(Rate.ofPercent("1")).build(), "modulationClause.franchise",
        "CASF R314-43-2 III");
    rejected(() -> actes().addSteps(two).coefficient(new BigDecimal("0.3")).build(), "modulationClause.coefficient",
        "CASF R314-43-2 III");
    rejected(() -> actes().franchise(Rate.ONE).build(), "modulationClause.franchise", "CASF R314-43-2 III");
    rejected(() -> actes().euroCap(Amount.ZERO).build(), "modulationClause.euroCap", "CASF R314-43-2 III");
    rejected(() -> actes().weight(BigDecimal.ZERO).build(), "modulationClause.weight", "CASF R314-43-2 III");
    rejected(() -> actes().abatementBase(org.cpom.contract.AbatementBase.NOTIFIED_DOTATION).reducesBase(true).build(),
        "modulationClause.reducesBase", "CASF R314-43-2 III");
  }

  // -------------------------------------------------------------------------------------------- euro cap

  @Test
  void aCapInEurosBindsOnlyWhenBelowTheModality() {
    // half the 5 % gap = 2.5 % = 22,500, capped at 20,000
    ActivityModulation capped = modulate(actes().euroCap(Amount.ofEuros(20_000)).build(), actes(7_600));
    assertThat(capped.adjustment()).isEqualTo(Amount.ofEuros(-20_000));
    assertThat(capped.trace().steps().get(0).label()).contains("capped by the contract at EUR 20000.00",
        "half the gap = 2.50 % = EUR 22500.00");
    assertThat(modulate(actes().euroCap(Amount.ofEuros(30_000)).build(), actes(7_600)).adjustment())
        .isEqualTo(Amount.ofEuros(-22_500));
    // a cap equal to what the modality gives does not bind: the trace says no cap
    ActivityModulation atCap = modulate(actes().euroCap(Amount.ofEuros(22_500)).build(), actes(7_600));
    assertThat(atCap.adjustment()).isEqualTo(Amount.ofEuros(-22_500));
    assertThat(atCap.trace().steps().get(0).label()).doesNotContain("capped by the contract");
    // a waiver of half keeps half of the capped amount
    PhModulation waived = PhModulation.builder().clause(actes().euroCap(Amount.ofEuros(20_000)).build())
        .addActivity(actes(7_600)).waiver(Waiver.partial(Rate.ofPercent("50"), "staff shortage")).build();
    ActivityModulation w = ActivityEngine.modulate(waived, DOTATION, Y2025);
    assertThat(w.adjustment()).isEqualTo(Amount.ofEuros(-10_000));
    assertThat(w.trace().steps()).extracting(TraceStep::amount).containsExactly(Amount.ofEuros(-20_000), Amount.ofEuros(10_000));
    assertThat(actes().euroCap(Amount.ofEuros(20_000)).build().modality()).isEqualTo("coefficient 0.5 x gap, at most EUR 20000.00");
    // a zero base gives nothing, cap or not
    assertThat(ActivityEngine.modulate(waived, Amount.ZERO, Y2025).adjustment()).isEqualTo(Amount.ZERO);
  }

  // ---------------------------------------------------------------------------------- several indicators

  /** 35 places x 220 days = 7,700 days; 6,930 provided = 90 % against 95 %: gap 5 points. */
  static ModulationClause.Builder occupancy() {
    return ModulationClause.builder().esms(SESSAD).indicator(ModulationIndicator.OCCUPANCY_RATE)
        .objective(new BigDecimal("0.95")).clause(LegalBasis.clause("art. 7.1"));
  }

  /** File active of 120 children, 108 followed: gap 10 %. */
  static ModulationClause.Builder fileActive() {
    return ModulationClause.builder().esms(SESSAD).indicator(FILE_ACTIVE).objective(new BigDecimal("120"))
        .clause(LegalBasis.clause("art. 7.2"));
  }

  static final ActivityRecord SESSAD_2024 = ActivityRecord.builder().esms(SESSAD).year(Year.of(2024)).daysProvided(6_930)
      .theoreticalDays(7_700).putOtherIndicators("FILE_ACTIVE", new BigDecimal("108")).build();

  static ActivityModulation both(ModulationCombination rule, ModulationClause.Builder a, ModulationClause.Builder b) {
    PhModulation m = PhModulation.builder().addClauses(a.combination(rule).build(), b.combination(rule).build())
        .addActivity(SESSAD_2024).build();
    return ActivityEngine.modulate(m, DOTATION, Y2025);
  }

  @Test
  void acceptanceSessadOnOccupancyAndFileActiveWithTheContractsCombination() {
    // occupancy: half of 5 points = 2.5 %; file active: 0.2 x 10 % = 2 %; legal cap half the largest gap = 5 %
    ModulationClause.Builder occ = occupancy();
    ModulationClause.Builder file = fileActive().coefficient(new BigDecimal("0.2"));
    ActivityModulation largest = both(ModulationCombination.LARGEST, occ, file);
    assertThat(largest.adjustment()).isEqualTo(Amount.ofEuros(-22_500)); // 2.5 % of 900,000
    assertThat(largest.ceiling()).isEqualTo(Rate.ofPercent("5"));
    assertThat(largest.gap()).isEqualTo(Rate.ofPercent("10"));
    assertThat(largest.observed()).isEmpty();
    assertThat(largest.trace().steps()).extracting(TraceStep::amount)
        .containsExactly(Amount.ZERO, Amount.ZERO, Amount.ofEuros(-22_500));
    assertThat(largest.trace().steps().get(0).label()).startsWith("Indicator 1 of 2: occupancy 2024 90.00 %")
        .contains("CPOM clause art. 7.1", "half its gap = 2.50 %");
    assertThat(largest.trace().steps().get(1).label()).startsWith("Indicator 2 of 2: file active (contract's own indicator")
        .contains("places do not measure", "108 against objective 120", "coefficient 0.2 x gap = 2.00 %");
    assertThat(largest.trace().steps().get(2).label()).contains(
        "2 indicators combined by the largest of the indicators' percentages (contract): 2.50 %",
        "of the perennial part EUR 900000.00", "legal cap (R314-43-2 III) half the largest gap = 5.00 % = EUR 45000.00");
    // the sum: 4.5 % = 40,500, under the 5 % cap
    ActivityModulation sum = both(ModulationCombination.SUM, occ, file);
    assertThat(sum.adjustment()).isEqualTo(Amount.ofEuros(-40_500));
    assertThat(sum.trace().steps().get(2).label()).contains("the sum of the indicators' percentages");
    // the weighted mean, 3 to 1: (3 x 2.5 + 1 x 2) / 4 = 2.375 % = 21,375
    ActivityModulation mean = both(ModulationCombination.WEIGHTED_MEAN, occ.weight(new BigDecimal("3")), file);
    assertThat(mean.adjustment()).isEqualTo(Amount.ofEuros(-21_375));
    assertThat(mean.percentage()).isEqualTo(Rate.ofPercent("-2.375"));
    assertThat(mean.trace().steps().get(2).label()).contains("weighted by the contract");
  }

  @Test
  void theSumIsCappedAtHalfTheLargestGap() {
    // 2.5 % + 5 % = 7.5 %, capped at half the largest gap (10 %): 5 % = 45,000
    ActivityModulation sum = both(ModulationCombination.SUM, occupancy(), fileActive());
    assertThat(sum.adjustment()).isEqualTo(Amount.ofEuros(-45_000));
    assertThat(sum.percentage()).isEqualTo(Rate.ofPercent("-5"));
    // with people supported (R314-43-2 II 2°) in place of the file active: 100 of 120
    ModulationClause people = ModulationClause.builder().esms(SESSAD).indicator(ModulationIndicator.PEOPLE_SUPPORTED)
        .objective(new BigDecimal("120")).clause(LegalBasis.clause("art. 7.2")).combination(ModulationCombination.SUM).build();
    ActivityRecord r = ActivityRecord.builder().from(SESSAD_2024).peopleSupported(100).build();
    // 2.5 % + 1/2 x 20/120 = 2.5 % + 8.333...% = 10.8333 %, capped at half of 16.666...%: 75,000 exactly
    ActivityModulation m = ActivityEngine.modulate(PhModulation.builder()
        .addClauses(occupancy().combination(ModulationCombination.SUM).build(), people).addActivity(r).build(), DOTATION, Y2025);
    assertThat(m.adjustment()).isEqualTo(Amount.ofEuros(-75_000));
  }

  @Test
  void severalIndicatorsAboveTheirObjectivesGiveNothing() {
    ActivityRecord good = ActivityRecord.builder().esms(SESSAD).year(Year.of(2024)).daysProvided(7_500).theoreticalDays(7_700)
        .putOtherIndicators("FILE_ACTIVE", new BigDecimal("130")).build();
    PhModulation m = PhModulation.builder().addClauses(occupancy().build(), fileActive().build()).addActivity(good).build();
    ActivityModulation r = ActivityEngine.modulate(m, DOTATION, Y2025);
    assertThat(r.adjustment()).isEqualTo(Amount.ZERO);
    assertThat(r.trace().steps()).hasSize(3);
    assertThat(r.trace().steps().get(2).label()).startsWith("No modulation: 2 indicators combined");
    // one short, one above: only the short one counts, and the largest is that one
    ActivityRecord mixed = ActivityRecord.builder().from(good).daysProvided(6_930).build();
    assertThat(ActivityEngine.modulate(PhModulation.builder().from(m).activity(List.of(mixed)).build(), DOTATION, Y2025)
        .adjustment()).isEqualTo(Amount.ofEuros(-22_500));
  }

  @Test
  void theClausesOfOneEsmsMustShareTheirTerms() {
    rejected(() -> PhModulation.builder().addClauses(occupancy().build(),
        fileActive().combination(ModulationCombination.SUM).build()).build(), "phModulation.clauses", "CASF R314-43-2 III");
    rejected(() -> PhModulation.builder().addClauses(occupancy().build(), fileActive().reducesBase(true).build()).build(),
        "phModulation.clauses", "CASF R314-43-2 III");
    rejected(() -> PhModulation.builder().addClauses(occupancy().build(),
        fileActive().abatementBase(org.cpom.contract.AbatementBase.NOTIFIED_DOTATION).build()).build(),
        "phModulation.clauses", "CASF R314-43-2 III");
    rejected(() -> PhModulation.builder().addClauses(occupancy().build(), occupancy().objective(new BigDecimal("0.9")).build())
        .build(), "phModulation.clauses", "CASF R314-43-2 II");
    rejected(() -> PhModulation.builder().addClauses(occupancy().build(),
        fileActive().esms(FinessNumber.of("690000037")).build()).build(), "phModulation.clauses", "CASF R314-43-2 III");
    rejected(() -> PhModulation.builder().build(), "phModulation.clauses", "CASF R314-43-2 III");
  }

  @Test
  void objectivesReadAsARateOrACount() {
    // legal-review (iii)-3: the builder takes a Rate for a rate and a whole number for a count
    ModulationClause services = ModulationClause.servicesDelivered(SESSAD, 8_000, LegalBasis.clause("art. 7"));
    assertThat(services).isEqualTo(actes().build());
    assertThat(ModulationClause.peopleSupported(SESSAD, 120, LegalBasis.clause("art. 7")).objective())
        .isEqualByComparingTo("120");
    assertThat(occupancy().objective(Rate.ofPercent("95")).build()).isEqualTo(occupancy().build());
    assertThat(modulate(ModulationClause.builder().from(services).objective(8_000L).build(), actes(7_600)).adjustment())
        .isEqualTo(Amount.ofEuros(-22_500));
    rejected(() -> ModulationClause.servicesDelivered(SESSAD, 0, LegalBasis.clause("art. 7")), "modulationClause.objective",
        "R314-43-2 II 3°");
  }

  // ------------------------------------------------------------------------------------- own indicators

  @Test
  void aContractsOwnIndicatorNeedsItsJustificationAndItsValue() {
    assertThat(FILE_ACTIVE.isPredefined()).isFalse();
    assertThat(FILE_ACTIVE.isCount()).isTrue();
    assertThat(FILE_ACTIVE.article()).isEqualTo("R314-43-2 II (clause contraire justifiée)");
    assertThat(FILE_ACTIVE).hasToString("FILE_ACTIVE")
        .isEqualTo(ModulationIndicator.custom("FILE_ACTIVE", "file active", ModulationIndicator.Kind.COUNT,
            "a SESSAD follows children at home: the places do not measure its activity"));
    assertThat(ModulationIndicator.OCCUPANCY_RATE.isPredefined()).isTrue();
    assertThat(ModulationIndicator.OCCUPANCY_RATE.justification()).isEmpty();
    rejected(() -> ModulationIndicator.custom("FILE_ACTIVE", "file active", ModulationIndicator.Kind.COUNT, " "),
        "modulationIndicator.justification", "R314-43-2 II");
    rejected(() -> ModulationIndicator.custom("OCCUPANCY_RATE", "occupancy", ModulationIndicator.Kind.RATE, "because"),
        "modulationIndicator.code", "R314-43-2 II");
    rejected(() -> ModulationIndicator.custom(" ", "x", ModulationIndicator.Kind.RATE, "because"),
        "modulationIndicator.code", "cpom:label-text");
    // the record must carry its value
    ActivityRecord none = ActivityRecord.builder().esms(SESSAD).year(Year.of(2024)).build();
    rejected(() -> none.observed(FILE_ACTIVE), "activity.otherIndicators[FILE_ACTIVE]", "R314-43-2 II");
    rejected(() -> ActivityRecord.builder().from(none).putOtherIndicators("FILE_ACTIVE", new BigDecimal("-1")).build(),
        "activity.otherIndicators[FILE_ACTIVE]", "R314-43-2 II");
    // zero is a value, the lowest accepted
    assertThat(ActivityRecord.builder().from(none).putOtherIndicators("FILE_ACTIVE", BigDecimal.ZERO).build()
        .observed(FILE_ACTIVE)).isZero();
  }

  @Test
  void aContractsOwnRateIsComparedInPoints() {
    // taux de réalisation of séances 85 % against 90 %: 5 points, half = 2.5 % = 22,500
    ModulationIndicator seances = ModulationIndicator.custom("SEANCES_RATE", "séances held", ModulationIndicator.Kind.RATE,
        "a CMPP works by séances, not by places");
    ModulationClause c = ModulationClause.builder().esms(SESSAD).indicator(seances).objective(new BigDecimal("0.90"))
        .clause(LegalBasis.clause("art. 7")).build();
    ActivityRecord r = ActivityRecord.builder().esms(SESSAD).year(Year.of(2024))
        .putOtherIndicators("SEANCES_RATE", new BigDecimal("0.85")).build();
    ActivityModulation m = modulate(c, r);
    assertThat(m.adjustment()).isEqualTo(Amount.ofEuros(-22_500));
    assertThat(m.trace().steps().get(0).label()).contains("séances held (contract's own indicator", "85.00 % against objective 90.00 %");
    rejected(() -> ModulationClause.builder().from(c).objective(new BigDecimal("1.1")).build(), "modulationClause.objective",
        "R314-43-2 II (clause contraire justifiée)");
  }

  @Test
  void aPartTheContractLeavesOutIsStatedWithItsReason() {
    // 900,000 less 100,000 left out by the contract: 2.5 % (half the 5 % gap) of 800,000 = 20,000
    UnmodulatedPart cnr = UnmodulatedPart.of("crédits non reconductibles", Amount.ofEuros(100_000),
        LegalBasis.clause("art. 9"));
    ActivityModulation r = ActivityEngine.modulate(PhModulation.builder().clause(actes().build())
        .addActivity(actes(7_600)).build(), DOTATION, java.util.List.of(cnr), Y2025);
    assertThat(r.base()).isEqualTo(Amount.ofEuros(800_000));
    assertThat(r.adjustment()).isEqualTo(Amount.ofEuros(-20_000));
    assertThat(r.trace().steps().get(0).label()).endsWith(
        "= EUR 800000.00; the contract leaves these parts out of the modulated base; they stay in the base reconductible");
  }

  /** A BigDecimal that holds one value but signs and compares as another, to pass a clause's checks. */
  static final class Lying extends BigDecimal {
    private static final long serialVersionUID = 1L;
    private final BigDecimal shownAs;

    Lying(String value, String shownAs) {
      super(value);
      this.shownAs = new BigDecimal(shownAs);
    }

    @Override
    public int compareTo(BigDecimal other) {
      return shownAs.compareTo(other);
    }

    @Override
    public int signum() {
      return shownAs.signum();
    }
  }

  @Test
  void aCoefficientThatPassedTheClauseByLyingIsRefusedWhenTheModulationIsBuilt() {
    // 0.9 posing as 0.5 passes the clause's own check, but the modulation keeps no BigDecimal subclass: it is
    // refused there, before anything is computed (the cap of R314-43-2 III is checked again at modulation)
    ModulationClause c = actes().coefficient(new Lying("0.9", "0.5")).build();
    rejected(() -> modulate(c, actes(7_600)), "phModulation.clauses[0].coefficient", "cpom:engine-bounds");
  }

  @Test
  void weightsThatPassedTheClausesByLyingAreRefusedWhenTheModulationIsBuilt() {
    // occupancy 2.5 % and file active 5 % weighted 1 to 3: (2.5 + 15) / 4 = 4.375 %
    ActivityModulation honest = both(ModulationCombination.WEIGHTED_MEAN, occupancy().weight(BigDecimal.ONE),
        fileActive().weight(new BigDecimal("3")));
    assertThat(honest.percentage()).isEqualTo(Rate.ofPercent("-4.375"));
    // weighted -1 posing as 1 would give (-2.5 + 15) / 2 = 6.25 %, more than half the largest gap (5 %): the
    // modulation refuses the subclass when it is built
    rejected(() -> both(ModulationCombination.WEIGHTED_MEAN, occupancy().weight(new Lying("-1", "1")),
        fileActive().weight(new BigDecimal("3"))), "phModulation.clauses[0].weight", "cpom:engine-bounds");
  }
}
