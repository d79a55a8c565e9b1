package org.cpom.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.cpom.CpomValidationException;
import org.cpom.contract.ModulationClause;
import org.cpom.contract.ModulationIndicator;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.param.RegulatoryParameter;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

class ActivityEngineTest {
  static final FinessNumber MAS = FinessNumber.of("690000037");
  static final FinessNumber EHPAD = FinessNumber.of("690000094");
  static final Year Y2025 = Year.of(2025);
  static final Amount TWO_MILLION = Amount.ofEuros(2_000_000);

  /** 40 funded places open 365 days: 14,600 theoretical days. */
  static ActivityRecord occupancy(int year, long days) {
    return ActivityRecord.builder().esms(MAS).year(Year.of(year)).daysProvided(days).theoreticalDays(14_600).build();
  }

  static PhModulation ph(ModulationClause clause, ActivityRecord... records) {
    return PhModulation.builder().clause(clause).addActivity(records).build();
  }

  static ModulationClause objective95() {
    return ModulationClause.occupancy(MAS, Rate.ofPercent("95"), LegalBasis.clause("art. 7"));
  }

  @Test
  void occupancyAndRealisationRatesOfOneYearsRecord() {
    ActivityRecord r = ActivityRecord.builder().esms(MAS).year(Year.of(2024)).daysProvided(13_870)
        .theoreticalDays(40 * 365).fundedDays(13_140).build();
    assertThat(r.occupancyRate()).isEqualTo(Rate.ofPercent("95"));
    assertThat(r.realisationRate().toPercent(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("105.56");
    assertThat(r.observed(ModulationIndicator.OCCUPANCY_RATE)).isEqualByComparingTo("0.95");
  }

  @Test
  void capacityOfAnEsmsGivesTheTheoreticalDays() {
    TariffAuthority ars = TariffAuthority.ars("ARA");
    Esms ime = Esms.builder().finess(FinessNumber.of("690000011")).name("IME").category(EsmsCategory.IME)
        .gestionnaire(FinessNumber.of("690000003"))
        .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 38, 38, 210))
        .addCapacity(CapacityLine.of(CapacityMode.SEMI_INTERNAT, 22, 20, 210))
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ars)).build();
    ActivityRecord r = ActivityRecord.builder().capacityOf(ime).year(Year.of(2024)).daysProvided(11_760).build();
    assertThat(r.theoreticalDays()).isEqualTo(58L * 210);
    assertThat(r.occupancyRate()).isEqualTo(Rate.ofPercent("96.551724137900"));
    Esms ehpad = Esms.builder().finess(EHPAD).name("EHPAD").category(EsmsCategory.EHPAD)
        .gestionnaire(FinessNumber.of("690000003"))
        .addCapacity(CapacityLine.of(CapacityMode.HEBERGEMENT_PERMANENT, 80, 80, 365))
        .addCapacity(CapacityLine.of(CapacityMode.HEBERGEMENT_TEMPORAIRE, 4, 4, 365))
        .addFundings(Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), ars)).build();
    ActivityRecord p = ActivityRecord.builder().permanentCapacityOf(ehpad).year(Year.of(2024)).daysProvided(27_000)
        .absencesUnder72Hours(740).build();
    assertThat(p.theoreticalDays()).isEqualTo(80L * 365);
    assertThat(p.ehpadOccupancyRate()).isEqualTo(Rate.ofPercent("95"));
    assertThat(p.occupancyRate().compareTo(p.ehpadOccupancyRate())).isNegative();
  }

  @Test
  void ratesNeedTheirDenominators() {
    ActivityRecord r = ActivityRecord.builder().esms(MAS).year(Year.of(2024)).daysProvided(10).build();
    assertThatThrownBy(r::occupancyRate).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("activity.theoreticalDays").hasMessageContaining("R314-43-2 II 1°");
    assertThatThrownBy(r::realisationRate).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("activity.fundedDays").hasMessageContaining("taux de réalisation");
    assertThatThrownBy(() -> r.observed(ModulationIndicator.PEOPLE_SUPPORTED)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("activity.peopleSupported").hasMessageContaining("R314-43-2 II 2°");
    assertThatThrownBy(() -> r.observed(ModulationIndicator.SERVICES_DELIVERED)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("activity.servicesDelivered");
    assertThatThrownBy(() -> ActivityRecord.builder().esms(MAS).year(Year.of(2024)).daysProvided(-1).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("activity.daysProvided");
    assertThatThrownBy(() -> ActivityRecord.builder().esms(MAS).year(Year.of(2024)).peopleSupported(-1).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("activity.peopleSupported");
  }

  @Test
  void acceptanceObjective95Observed85CapsAt5PercentThat100000On2Million() {
    // 85 % of 14,600 = 12,410 days
    ActivityModulation r = ActivityEngine.modulate(ph(objective95(), occupancy(2024, 12_410)), TWO_MILLION, Y2025);
    assertThat(r.gap()).isEqualTo(Rate.ofPercent("10"));
    assertThat(r.ceiling()).isEqualTo(Rate.ofPercent("5"));
    assertThat(r.percentage()).isEqualTo(Rate.ofPercent("-5"));
    assertThat(r.adjustment()).isEqualTo(Amount.ofEuros(-100_000));
    assertThat(r.measuredYear()).contains(Year.of(2024));
    assertThat(r.persistsInBase()).isFalse();
    assertThat(r.trace().steps()).singleElement().satisfies(s -> {
      assertThat(s.amount()).isEqualTo(Amount.ofEuros(-100_000));
      assertThat(s.basis()).isEqualTo(LegalBasis.casf("R314-43-2 III").readWith(Convention.GAP_MEASURE));
      assertThat(s.label()).contains("85.00 %", "95.00 %", "CPOM clause art. 7");
    });
  }

  @Test
  void aSmallerContractCoefficientGivesLessThanTheCap() {
    ModulationClause c = ModulationClause.builder().from(objective95()).coefficient(new BigDecimal("0.3")).build();
    ActivityModulation r = ActivityEngine.modulate(ph(c, occupancy(2024, 12_410)), TWO_MILLION, Y2025);
    assertThat(r.ceiling()).isEqualTo(Rate.ofPercent("5"));
    assertThat(r.percentage()).isEqualTo(Rate.ofPercent("-3"));
    assertThat(r.adjustment()).isEqualTo(Amount.ofEuros(-60_000));
  }

  @Test
  void w4Objective96Observed95() {
    ModulationClause c = ModulationClause.occupancy(MAS, Rate.ofPercent("96"), LegalBasis.clause("art. 7"));
    ActivityModulation r = ActivityEngine.modulate(ph(c, occupancy(2024, 13_870)), TWO_MILLION, Y2025);
    assertThat(r.adjustment()).isEqualTo(Amount.ofEuros(-10_000));
  }

  @Test
  void activityAboveOrAtTheObjectiveNeverRaisesAPhDotation() {
    for (long days : new long[] {13_870, 14_000, 14_600, 16_000}) {
      ActivityModulation r = ActivityEngine.modulate(ph(objective95(), occupancy(2024, days)), TWO_MILLION, Y2025);
      assertThat(r.adjustment()).as("days %d", days).isEqualTo(Amount.ZERO);
      assertThat(r.percentage()).isEqualTo(Rate.ZERO);
      assertThat(r.trace().steps()).singleElement().satisfies(s -> assertThat(s.label()).startsWith("No modulation"));
    }
  }

  @Test
  void countIndicatorsUseTheRelativeGap() {
    ModulationClause c = ModulationClause.builder().esms(MAS).indicator(ModulationIndicator.PEOPLE_SUPPORTED)
        .objective(new BigDecimal("200")).clause(LegalBasis.clause("art. 8")).build();
    ActivityRecord r = ActivityRecord.builder().esms(MAS).year(Year.of(2024)).peopleSupported(180).build();
    ActivityModulation m = ActivityEngine.modulate(ph(c, r), TWO_MILLION, Y2025);
    // gap (200 - 180) / 200 = 10 %, half = 5 %
    assertThat(m.gap()).isEqualTo(Rate.ofPercent("10"));
    assertThat(m.adjustment()).isEqualTo(Amount.ofEuros(-100_000));
    assertThat(m.trace().steps().get(0).label()).contains("people supported 2024 180 against objective 200");

    ModulationClause s = ModulationClause.builder().from(c).indicator(ModulationIndicator.SERVICES_DELIVERED)
        .objective(new BigDecimal("3000")).build();
    ActivityRecord rs = ActivityRecord.builder().esms(MAS).year(Year.of(2024)).servicesDelivered(2_000).build();
    // gap 1/3 (kept to 12 digits), half = 16.6666666667 %: 333,333.33
    assertThat(ActivityEngine.modulate(ph(s, rs), TWO_MILLION, Y2025).adjustment()).isEqualTo(Amount.of("-333333.33"));
  }

  @Test
  void theLastKnownActivityBeforeTheYearIsUsed() {
    ActivityModulation r = ActivityEngine.modulate(
        ph(objective95(), occupancy(2022, 12_410), occupancy(2025, 10_000), occupancy(2023, 13_140)), TWO_MILLION, Y2025);
    // 2023: 90 % -> 2.5 %; the 2025 record is not yet "known" for the 2025 tariff
    assertThat(r.measuredYear()).contains(Year.of(2023));
    assertThat(r.adjustment()).isEqualTo(Amount.ofEuros(-50_000));
  }

  @Test
  void noActivityKnownIsRejected() {
    assertThatThrownBy(() -> ActivityEngine.modulate(ph(objective95(), occupancy(2025, 10_000)), TWO_MILLION, Y2025))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("modulation.activity")
        .hasMessageContaining("R314-43-2 III")
        .hasMessageContaining("last known");
    assertThatThrownBy(() -> ActivityEngine.modulate(ph(objective95(), occupancy(2024, 1), occupancy(2024, 2)),
        TWO_MILLION, Y2025)).isInstanceOf(CpomValidationException.class).hasMessageContaining("same year");
    // whatever the order of the records, and even when the duplicate is not the last year known
    for (List<ActivityRecord> records : List.of(
        List.of(occupancy(2023, 1), occupancy(2023, 2), occupancy(2024, 3)),
        List.of(occupancy(2024, 3), occupancy(2023, 1), occupancy(2023, 2)))) {
      assertThatThrownBy(() -> ActivityEngine.modulate(
          PhModulation.builder().clause(objective95()).addAllActivity(records).build(), TWO_MILLION, Y2025))
          .as(records.toString()).isInstanceOf(CpomValidationException.class).hasMessageContaining("same year");
    }
  }

  @Test
  void aNegativeBaseOrActivityOfAnotherEsmsIsRejected() {
    assertThatThrownBy(() -> ActivityEngine.modulate(ph(objective95(), occupancy(2024, 1)), Amount.ofEuros(-1), Y2025))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("modulation.base");
    ActivityRecord other = ActivityRecord.builder().esms(EHPAD).year(Year.of(2024)).build();
    assertThatThrownBy(() -> ph(objective95(), other)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("phModulation.activity");
  }

  @Test
  void aWaiverKeepsOnlyPartOfTheModulationWithItsReason() {
    PhModulation partial = PhModulation.builder().from(ph(objective95(), occupancy(2024, 12_410)))
        .waiver(Waiver.partial(Rate.ofPercent("40"), "unit closed four months for works")).build();
    ActivityModulation r = ActivityEngine.modulate(partial, TWO_MILLION, Y2025);
    assertThat(r.adjustment()).isEqualTo(Amount.ofEuros(-60_000));
    assertThat(r.trace().steps()).extracting(TraceStep::amount)
        .containsExactly(Amount.ofEuros(-100_000), Amount.ofEuros(40_000));
    assertThat(r.trace().steps().get(1).label()).contains("40.00 %", "unit closed");
    assertThat(r.waiver()).isPresent();

    PhModulation full = PhModulation.builder().from(partial).waiver(Waiver.full("epidemic")).build();
    assertThat(ActivityEngine.modulate(full, TWO_MILLION, Y2025).adjustment()).isEqualTo(Amount.ZERO);
    assertThatThrownBy(() -> Waiver.partial(Rate.ZERO, "x")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("waiver.share");
    assertThatThrownBy(() -> Waiver.partial(Rate.ofPercent("101"), "x")).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> Waiver.full(" ")).isInstanceOf(CpomValidationException.class);
  }

  @Test
  void contractMayCarryTheModulationIntoTheBase() {
    ModulationClause c = ModulationClause.builder().from(objective95()).reducesBase(true).build();
    assertThat(ActivityEngine.modulate(ph(c, occupancy(2024, 12_410)), TWO_MILLION, Y2025).persistsInBase()).isTrue();
    assertThat(ActivityEngine.modulate(ph(c, occupancy(2024, 14_000)), TWO_MILLION, Y2025).persistsInBase()).isFalse();
  }

  @Test
  void roundingIsHalfUpOnTheAbsoluteValue() {
    // 0.5 % of 1,000.01 = 5.00005 -> 5.00; 2.5 % of 100.10 = 2.5025 -> 2.50; 2.5 % of 100.30 = 2.5075 -> 2.51
    ModulationClause c = ModulationClause.occupancy(MAS, Rate.ofPercent("95"), LegalBasis.clause("art. 7"));
    ActivityRecord r = occupancy(2024, 13_140); // 90 %
    assertThat(ActivityEngine.modulate(ph(c, r), Amount.of("100.30"), Y2025).adjustment()).isEqualTo(Amount.of("-2.51"));
    assertThat(ActivityEngine.modulate(ph(c, r), Amount.of("100.10"), Y2025).adjustment()).isEqualTo(Amount.of("-2.50"));
    assertThat(ActivityEngine.modulate(ph(c, r), Amount.of("100.20"), Y2025).adjustment()).isEqualTo(Amount.of("-2.51"));
  }

  @Test
  void theAmountIsRoundedOnceFromTheExactGapNotFromARoundedRate() {
    // 12,002 / 14,600 does not terminate. Exactly: 1,000,063.50 x 1/2 x (13,870 - 12,002) / 14,600 = 63,976.665,
    // HALF_UP 63,976.67 (a rate kept to 12 digits first gives 63,976.66499... and 63,976.66)
    assertThat(ActivityEngine.modulate(ph(objective95(), occupancy(2024, 12_002)), Amount.of("1000063.50"), Y2025)
        .adjustment()).isEqualTo(Amount.of("-63976.67"));
    // a count: 100.05 x 1/2 x (3,000 - 2,000) / 3,000 = 16.675 -> 16.68
    ModulationClause services = ModulationClause.builder().esms(MAS).indicator(ModulationIndicator.SERVICES_DELIVERED)
        .objective(new BigDecimal("3000")).clause(LegalBasis.clause("art. 8")).build();
    ActivityRecord done = ActivityRecord.builder().esms(MAS).year(Year.of(2024)).servicesDelivered(2_000).build();
    assertThat(ActivityEngine.modulate(ph(services, done), Amount.of("100.05"), Y2025).adjustment())
        .isEqualTo(Amount.of("-16.68"));
    // a waiver of half: 1,000,100 x 1/2 x 1,869 / 14,600 = 64,013.25, half of it 32,006.625 -> 32,006.63
    PhModulation halved = PhModulation.builder().from(ph(objective95(), occupancy(2024, 12_001)))
        .waiver(Waiver.partial(Rate.ofPercent("50"), "works")).build();
    ActivityModulation w = ActivityEngine.modulate(halved, Amount.ofEuros(1_000_100), Y2025);
    assertThat(w.adjustment()).isEqualTo(Amount.of("-32006.63"));
    assertThat(w.trace().steps()).extracting(TraceStep::amount)
        .containsExactly(Amount.of("-64013.25"), Amount.of("32006.62"));
    // EHPAD: 1,200,850 x 1/2 x (69,350 - 66,003) / 73,000 = 27,529.075 -> 27,529.08
    EhpadModulation e = ehpad(SectionTarifaire.SOINS, EhpadFundingLevel.AT_LEAST_TARGET, ehpadRecord(2024, 66_003, 0)).build();
    assertThat(ActivityEngine.modulate(e, Amount.ofEuros(1_200_850), Y2025).adjustment())
        .isEqualTo(Amount.of("-27529.08"));
  }

  // ------------------------------------------------------------------------------------------------ EHPAD

  /** 200 permanent places open 365 days: 73,000 theoretical days. */
  static ActivityRecord ehpadRecord(int year, long days, long absences) {
    return ActivityRecord.builder().esms(EHPAD).year(Year.of(year)).daysProvided(days).absencesUnder72Hours(absences)
        .theoreticalDays(73_000).build();
  }

  static EhpadModulation.Builder ehpad(SectionTarifaire section, EhpadFundingLevel level, ActivityRecord r) {
    return EhpadModulation.builder().esms(EHPAD).section(section).fundingLevel(level).addActivity(r);
  }

  @Test
  void theSoinsThresholdsByFundingLevelAndYear() {
    EhpadThresholds t = EhpadThresholds.soins();
    assertThat(t.thresholdFor(EhpadFundingLevel.FROM_90_TO_100, Year.of(2020))).contains(Rate.ofPercent("92"));
    assertThat(t.thresholdFor(EhpadFundingLevel.FROM_90_TO_100, Year.of(2018))).contains(Rate.ofPercent("90"));
    assertThat(t.thresholdFor(EhpadFundingLevel.FROM_90_TO_100, Year.of(2023))).contains(Rate.ofPercent("95"));
    assertThat(t.thresholdFor(EhpadFundingLevel.FROM_90_TO_100, Year.of(2030))).contains(Rate.ofPercent("95"));
    assertThat(t.thresholdFor(EhpadFundingLevel.AT_LEAST_TARGET, Year.of(2020))).contains(Rate.ofPercent("95"));
    assertThat(t.thresholdFor(EhpadFundingLevel.AT_LEAST_TARGET, Year.of(2017))).isEmpty();
    assertThat(t.thresholdFor(EhpadFundingLevel.BELOW_90, Year.of(2023))).isEmpty();
    assertThat(t.thresholdFor(EhpadFundingLevel.BELOW_90, Year.of(2024))).contains(Rate.ofPercent("95"));
    assertThat(EhpadThresholds.dependance().parameter(EhpadFundingLevel.BELOW_90).basis().text()).contains("R314-174");
    assertThat(t.parameter(EhpadFundingLevel.BELOW_90).basis().text()).contains("R314-160");
  }

  @Test
  void fundingLevelFromTheFundingRatio() {
    assertThat(EhpadFundingLevel.from(Rate.ofPercent("100"))).isEqualTo(EhpadFundingLevel.AT_LEAST_TARGET);
    assertThat(EhpadFundingLevel.from(Rate.ofPercent("104"))).isEqualTo(EhpadFundingLevel.AT_LEAST_TARGET);
    assertThat(EhpadFundingLevel.from(Rate.ofPercent("99.99"))).isEqualTo(EhpadFundingLevel.FROM_90_TO_100);
    assertThat(EhpadFundingLevel.from(Rate.ofPercent("90"))).isEqualTo(EhpadFundingLevel.FROM_90_TO_100);
    assertThat(EhpadFundingLevel.from(Rate.ofPercent("89.99"))).isEqualTo(EhpadFundingLevel.BELOW_90);
  }

  @Test
  void ehpadSoinsOccupancyBelowItsThresholdIsAbatedByHalfTheGap() {
    // 66,000 days + 795 absences under 72 h = 66,795 / 73,000 = 91.5 %
    EhpadModulation c = ehpad(SectionTarifaire.SOINS, EhpadFundingLevel.AT_LEAST_TARGET, ehpadRecord(2024, 66_000, 795)).build();
    ActivityModulation r = ActivityEngine.modulate(c, Amount.ofEuros(1_200_000), Y2025);
    assertThat(r.observed()).hasValueSatisfying(o -> assertThat(o).isEqualByComparingTo("0.915"));
    assertThat(r.reference()).hasValueSatisfying(o -> assertThat(o).isEqualByComparingTo("0.95"));
    assertThat(r.percentage()).isEqualTo(Rate.ofPercent("-1.75"));
    assertThat(r.adjustment()).isEqualTo(Amount.ofEuros(-21_000));
    assertThat(r.trace().steps().get(0).basis())
        .isEqualTo(LegalBasis.casf("R314-160").readWith(Convention.EHPAD_MODULATION));
    assertThat(r.trace().steps().get(0).label()).contains("91.50 %", "95.00 %", "arrêté du 28 septembre 2017");
  }

  @Test
  void aLoneEhpadIsModulatedOnItsEquationPartWithTheRestStated() {
    // 84 permanent places x 365 = 30,660 days; (27,300 + 640) / 30,660 = 91.13 % against 95 %:
    // 1,450,000 x 1/2 x 1,187 / 30,660 = 28,068.33 (on the whole 1,630,000 it would be 31,552.67)
    ActivityRecord r = ActivityRecord.builder().esms(EHPAD).year(Year.of(2024)).daysProvided(27_300)
        .absencesUnder72Hours(640).theoreticalDays(30_660).build();
    EhpadModulation c = ehpad(SectionTarifaire.SOINS, EhpadFundingLevel.AT_LEAST_TARGET, r).build();
    UnmodulatedPart complementary = UnmodulatedPart.of("financements complémentaires", Amount.ofEuros(180_000),
        LegalBasis.casf("R314-163"));
    ActivityModulation m = ActivityEngine.modulate(c, Amount.ofEuros(1_630_000), List.of(complementary), Y2025);
    assertThat(m.base()).isEqualTo(Amount.ofEuros(1_450_000));
    assertThat(m.adjustment()).isEqualTo(Amount.of("-28068.33"));
    assertThat(m.unmodulated()).containsExactly(complementary);
    assertThat(m.trace().steps()).extracting(TraceStep::amount).containsExactly(Amount.ZERO, Amount.of("-28068.33"));
    assertThat(m.trace().steps().get(0).label()).endsWith("= EUR 1450000.00; CASF R314-160 modulates only the part of "
        + "the forfait soins of R314-159 1° (tariff equation), not the financements complémentaires (R314-163), which "
        + "stay in the base reconductible");
    assertThat(ActivityEngine.modulate(c, Amount.ofEuros(1_630_000), Y2025).adjustment()).isEqualTo(Amount.of("-31552.67"));
    // nothing left out: the trace keeps its single step
    assertThat(ActivityEngine.modulate(c, Amount.ofEuros(1_450_000), List.of(), Y2025).trace().steps()).hasSize(1);
    // a part equal to the whole base leaves nothing to modulate
    assertThat(ActivityEngine.modulate(c, Amount.ofEuros(180_000), List.of(complementary), Y2025).adjustment())
        .isEqualTo(Amount.ZERO);
    assertThatThrownBy(() -> ActivityEngine.modulate(c, Amount.ofEuros(179_999), List.of(complementary), Y2025))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("modulation.unmodulated");
  }

  @Test
  void aLeapYearCountsItsDayOpenInTheTheoreticalDays() {
    // 2024 open 366 days: 84 x 366 = 30,744 theoretical days; (27,300 + 640) / 30,744 = 90.88 %;
    // 1,450,000 x 1/2 x (0.95 x 30,744 - 27,940) / 30,744 = 725,000 x 1,266.8 / 30,744 = 29,873.4712 -> 29,873.47
    ActivityRecord r = ActivityRecord.builder().esms(EHPAD).year(Year.of(2024)).daysProvided(27_300)
        .absencesUnder72Hours(640).theoreticalDays(84L * Year.of(2024).length()).build();
    ActivityModulation m = ActivityEngine.modulate(ehpad(SectionTarifaire.SOINS, EhpadFundingLevel.AT_LEAST_TARGET, r).build(),
        Amount.ofEuros(1_450_000), Y2025);
    assertThat(m.adjustment()).isEqualTo(Amount.of("-29873.47"));
  }

  @Test
  void ehpadDependance2024Rate91Gives2Percent() {
    // 91 % of 73,000 = 66,430
    EhpadModulation c = ehpad(SectionTarifaire.DEPENDANCE, EhpadFundingLevel.BELOW_90, ehpadRecord(2023, 66_430, 0)).build();
    ActivityModulation r = ActivityEngine.modulate(c, Amount.ofEuros(500_000), Year.of(2024));
    assertThat(r.percentage()).isEqualTo(Rate.ofPercent("-2"));
    assertThat(r.adjustment()).isEqualTo(Amount.ofEuros(-10_000));
    assertThat(r.trace().steps().get(0).basis())
        .isEqualTo(LegalBasis.casf("R314-174").readWith(Convention.EHPAD_MODULATION));
  }

  @Test
  void ehpadTransitionYearsUseTheFundingLevel() {
    ActivityRecord r2019 = ehpadRecord(2019, 66_430, 0); // 91 %
    // 2020, funding 90-100 %: threshold 92 % -> 0.5 %
    assertThat(ActivityEngine.modulate(ehpad(SectionTarifaire.SOINS, EhpadFundingLevel.FROM_90_TO_100, r2019).build(),
        Amount.ofEuros(1_000_000), Year.of(2020)).adjustment()).isEqualTo(Amount.ofEuros(-5_000));
    // funding below 90 %: no modulation before 2024, and no activity needed
    EhpadModulation below = EhpadModulation.builder().esms(EHPAD).section(SectionTarifaire.SOINS)
        .fundingLevel(EhpadFundingLevel.BELOW_90).build();
    ActivityModulation none = ActivityEngine.modulate(below, Amount.ofEuros(1_000_000), Year.of(2020));
    assertThat(none.adjustment()).isEqualTo(Amount.ZERO);
    assertThat(none.measuredYear()).isEmpty();
    assertThat(none.trace().steps().get(0).label()).contains("no occupancy threshold in force in 2020");
  }

  @Test
  void soinsIsDownwardUnlessTheSymmetricOptionIsSet() {
    ActivityRecord high = ehpadRecord(2024, 70_080, 0); // 96 %
    EhpadModulation.Builder b = ehpad(SectionTarifaire.SOINS, EhpadFundingLevel.AT_LEAST_TARGET, high);
    assertThat(ActivityEngine.modulate(b.build(), Amount.ofEuros(1_000_000), Y2025).adjustment()).isEqualTo(Amount.ZERO);
    ActivityModulation up = ActivityEngine.modulate(b.upwardSoins(true).build(), Amount.ofEuros(1_000_000), Y2025);
    assertThat(up.percentage()).isEqualTo(Rate.ofPercent("0.5"));
    assertThat(up.adjustment()).isEqualTo(Amount.ofEuros(5_000));
    assertThat(up.trace().steps().get(0).label()).contains("optional symmetric reading");
    EhpadModulation upWaived = EhpadModulation.builder().from(b.upwardSoins(true).build())
        .waiver(Waiver.partial(Rate.ofPercent("50"), "budget")).build();
    ActivityModulation half = ActivityEngine.modulate(upWaived, Amount.ofEuros(1_000_000), Y2025);
    assertThat(half.adjustment()).isEqualTo(Amount.ofEuros(2_500));
    assertThat(half.trace().steps()).extracting(TraceStep::amount).containsExactly(Amount.ofEuros(5_000), Amount.ofEuros(-2_500));
  }

  @Test
  void dependanceIsDownwardOnly() {
    ActivityRecord high = ehpadRecord(2024, 70_080, 0);
    assertThat(ActivityEngine.modulate(ehpad(SectionTarifaire.DEPENDANCE, EhpadFundingLevel.AT_LEAST_TARGET, high).build(),
        Amount.ofEuros(1_000_000), Y2025).adjustment()).isEqualTo(Amount.ZERO);
    assertThatThrownBy(() -> ehpad(SectionTarifaire.DEPENDANCE, EhpadFundingLevel.AT_LEAST_TARGET, high).upwardSoins(true).build())
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("ehpadModulation.upwardSoins")
        .hasMessageContaining("R314-174");
    assertThatThrownBy(() -> ehpad(SectionTarifaire.HEBERGEMENT, EhpadFundingLevel.AT_LEAST_TARGET, high).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("ehpadModulation.section");
  }

  @Test
  void integratorThresholds() {
    RegulatoryParameter<Rate> p = RegulatoryParameter.of("t", LegalBasis.given("arrêté X"), LocalDate.of(2020, 1, 1),
        Rate.ofPercent("97"));
    EhpadThresholds t = EhpadThresholds.of(Map.of(EhpadFundingLevel.AT_LEAST_TARGET, p,
        EhpadFundingLevel.FROM_90_TO_100, p, EhpadFundingLevel.BELOW_90, p));
    assertThat(t.thresholdFor(EhpadFundingLevel.BELOW_90, Year.of(2021))).contains(Rate.ofPercent("97"));
    assertThat(t).isEqualTo(EhpadThresholds.of(Map.of(EhpadFundingLevel.AT_LEAST_TARGET, p,
        EhpadFundingLevel.FROM_90_TO_100, p, EhpadFundingLevel.BELOW_90, p)));
    assertThatThrownBy(() -> EhpadThresholds.of(Map.of(EhpadFundingLevel.BELOW_90, p)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("every funding level");
    EhpadModulation c = ehpad(SectionTarifaire.SOINS, EhpadFundingLevel.AT_LEAST_TARGET, ehpadRecord(2024, 66_430, 0))
        .thresholds(t).build();
    // (97 - 91) / 2 = 3 %
    assertThat(ActivityEngine.modulate(c, Amount.ofEuros(100_000), Y2025).adjustment()).isEqualTo(Amount.ofEuros(-3_000));
    assertThat(List.of(c.thresholds())).containsExactly(t);
  }

  @Test
  void occupancyExactlyAtTheThresholdIsNotModulated() {
    ActivityRecord at = ehpadRecord(2024, 69_350, 0); // 95 %
    for (boolean upward : new boolean[] {false, true}) {
      ActivityModulation r = ActivityEngine.modulate(
          ehpad(SectionTarifaire.SOINS, EhpadFundingLevel.AT_LEAST_TARGET, at).upwardSoins(upward).build(), Amount.ofEuros(1_000_000), Y2025);
      assertThat(r.adjustment()).isEqualTo(Amount.ZERO);
      assertThat(r.percentage()).isEqualTo(Rate.ZERO);
      assertThat(r.trace().steps()).singleElement().satisfies(s -> assertThat(s.label()).startsWith("No modulation"));
    }
    ActivityModulation ph = ActivityEngine.modulate(ph(objective95(), occupancy(2024, 13_870)), TWO_MILLION, Y2025);
    assertThat(ph.trace().steps().get(0).label()).startsWith("No modulation");
  }

  @Test
  void ehpadActivityOfAnotherEsmsIsRejected() {
    ActivityRecord other = occupancy(2024, 1);
    assertThatThrownBy(() -> ehpad(SectionTarifaire.SOINS, EhpadFundingLevel.AT_LEAST_TARGET, other).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("ehpadModulation.activity")
        .hasMessageContaining("R314-160");
  }

  @Test
  void negativeCountsAreRejected() {
    assertThatThrownBy(() -> ActivityRecord.builder().esms(MAS).year(Year.of(2024)).absencesUnder72Hours(-1).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("activity.absencesUnder72Hours");
    assertThatThrownBy(() -> ActivityRecord.builder().esms(MAS).year(Year.of(2024)).theoreticalDays(-1).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("activity.theoreticalDays");
    assertThatThrownBy(() -> ActivityRecord.builder().esms(MAS).year(Year.of(2024)).fundedDays(-1).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("activity.fundedDays");
    assertThatThrownBy(() -> ActivityRecord.builder().esms(MAS).year(Year.of(2024)).servicesDelivered(-1).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("activity.servicesDelivered");
    ActivityRecord zero = ActivityRecord.builder().esms(MAS).year(Year.of(2024)).theoreticalDays(0).fundedDays(0)
        .peopleSupported(0).servicesDelivered(0).build();
    assertThat(zero.observed(ModulationIndicator.SERVICES_DELIVERED)).isEqualByComparingTo("0");
  }

  @Test
  void thresholdTablesCompareByValue() {
    assertThat(EhpadThresholds.soins()).isNotEqualTo(EhpadThresholds.dependance()).isNotEqualTo("soins");
    assertThat(EhpadThresholds.soins().hashCode()).isEqualTo(EhpadThresholds.soins().hashCode())
        .isNotEqualTo(EhpadThresholds.dependance().hashCode());
    assertThat(EhpadThresholds.soins().toString()).contains("AT_LEAST_TARGET", "arrêté du 28 septembre 2017");
  }
}
