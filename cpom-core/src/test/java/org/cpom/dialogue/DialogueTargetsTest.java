package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.dialogue.ReportFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.cpom.contract.Cpom;
import org.cpom.contract.Indicator.Direction;
import org.cpom.money.Rate;
import org.cpom.param.RegulatoryParameter;
import org.junit.jupiter.api.Test;

/** Indicator values against the contract's targets, the earlier years and the thresholds, with hand-checked flags. */
class DialogueTargetsTest {
  /** Absenteeism of the whole CPOM: 9.80, 10.40, 8.50 and 8.50 in 2025 to 2028 (targets 9.50, 9.00, 8.50, none). */
  static final List<IndicatorValue> HISTORY = List.of(absenteeism(Y2025, "9.80"), absenteeism(Y2026, "10.40"),
      absenteeism(Y2027, "8.50"), absenteeism(Y2028, "8.50"));

  static IndicatorComparison absenteeismIn(Year y) {
    List<IndicatorValue> upTo = HISTORY.stream().filter(v -> !v.year().isAfter(y)).toList();
    List<IndicatorComparison> c = DialogueEngine.compareIndicators(CPOM, y, upTo, LINKS,
        AlertThreshold.libraryDefaults());
    assertThat(c).hasSize(1);
    return c.get(0);
  }

  @Test
  void year1MissesItsTargetInTheFirstYearObserved() {
    IndicatorComparison c = absenteeismIn(Y2025);
    assertThat(c.contractYear()).isEqualTo(1);
    assertThat(c.target()).contains(d("9.50"));
    assertThat(c.targetMet()).contains(false);
    // (9.80 - 10.00) / (9.50 - 10.00) = 0.4
    assertThat(c.achievement().orElseThrow().toFraction()).isEqualByComparingTo("0.4");
    assertThat(c.direction()).contains(Direction.LOWER_IS_BETTER);
    assertThat(c.earlierYears()).isEmpty();
    assertThat(c.trend()).isEmpty();
    assertThat(c.thresholdValue()).contains(d("10.00"));
    assertThat(c.flags()).containsExactly(IndicatorFlag.TARGET_MISSED, IndicatorFlag.FIRST_YEAR);
    assertThat(c.isAlert()).isTrue();
    assertThat(c.link()).contains(LINKS.get(0));
  }

  @Test
  void year2WorsensAboveTheThreshold() {
    IndicatorComparison c = absenteeismIn(Y2026);
    assertThat(c.contractYear()).isEqualTo(2);
    assertThat(c.target()).contains(d("9.00"));
    // (10.40 - 10.00) / (9.00 - 10.00) = -0.4: the wrong way
    assertThat(c.achievement().orElseThrow().toFraction()).isEqualByComparingTo("-0.4");
    assertThat(c.earlierYears()).containsExactly(java.util.Map.entry(Y2025, d("9.80")));
    assertThat(c.trend()).contains(Trend.UP);
    assertThat(c.flags()).containsExactly(IndicatorFlag.TARGET_MISSED, IndicatorFlag.WORSENED, IndicatorFlag.ALERT);
  }

  @Test
  void year3MeetsItsTargetExactlyAndImproves() {
    IndicatorComparison c = absenteeismIn(Y2027);
    assertThat(c.target()).contains(d("8.50"));
    assertThat(c.targetMet()).contains(true);
    assertThat(c.achievement()).contains(Rate.ONE);
    assertThat(c.trend()).contains(Trend.DOWN);
    assertThat(c.earlierYears().keySet()).containsExactly(Y2025, Y2026);
    assertThat(c.flags()).containsExactly(IndicatorFlag.TARGET_MET, IndicatorFlag.IMPROVED);
    assertThat(c.isAlert()).isFalse();
  }

  @Test
  void year4HasNoTargetAndIsStable() {
    IndicatorComparison c = absenteeismIn(Y2028);
    assertThat(c.contractYear()).isEqualTo(4);
    assertThat(c.target()).isEmpty();
    assertThat(c.targetMet()).isEmpty();
    assertThat(c.achievement()).isEmpty();
    assertThat(c.trend()).contains(Trend.STABLE);
    assertThat(c.flags()).containsExactly(IndicatorFlag.NO_TARGET, IndicatorFlag.STABLE);
  }

  @Test
  void aValueWithoutLinkOrThresholdHasATrendButNoDirection() {
    List<IndicatorValue> v = List.of(
        IndicatorValue.ofEsms(IME_F, IndicatorKeys.FILE_ACTIVE, Y2025, d("41"), IndicatorUnit.COUNT),
        IndicatorValue.ofEsms(IME_F, IndicatorKeys.FILE_ACTIVE, Y2026, d("44"), IndicatorUnit.COUNT));
    IndicatorComparison c = DialogueEngine.compareIndicators(CPOM, Y2026, v, LINKS, List.of()).get(0);
    assertThat(c.trend()).contains(Trend.UP);
    assertThat(c.direction()).isEmpty();
    assertThat(c.flags()).containsExactly(IndicatorFlag.NO_TARGET);
  }

  @Test
  void aPerEsmsTargetAppliesToThatEsmsOnly() {
    List<IndicatorValue> v = List.of(occupancy(IME_F, Y2025, "91.00"), occupancy(IME_F, Y2026, "93.50"),
        occupancy(MAS_F, Y2026, "97.00"));
    List<IndicatorComparison> c = DialogueEngine.compareIndicators(CPOM, Y2026, v, LINKS,
        AlertThreshold.libraryDefaults());
    assertThat(c).hasSize(2);
    // IME: 93.50 below its target of 94.00, higher is better, up from 91.00; (93.50 - 90) / (94 - 90) = 0.875
    assertThat(c.get(0).flags()).containsExactly(IndicatorFlag.TARGET_MISSED, IndicatorFlag.IMPROVED);
    assertThat(c.get(0).achievement().orElseThrow().toFraction()).isEqualByComparingTo("0.875");
    // MAS: no target (FA2 concerns the IME), direction from the atypical-value threshold, not crossed
    assertThat(c.get(1).flags()).containsExactly(IndicatorFlag.NO_TARGET, IndicatorFlag.FIRST_YEAR);
    assertThat(c.get(1).direction()).contains(Direction.LOWER_IS_BETTER);
  }

  @Test
  void aContractThresholdReplacesTheDefault() {
    AlertThreshold own = AlertThreshold.of(IndicatorKeys.ABSENTEEISM, Direction.LOWER_IS_BETTER,
        AlertThreshold.absenteeism().value().withValue(LocalDate.of(2025, 1, 1), d("8.00")));
    IndicatorComparison c = DialogueEngine.compareIndicators(CPOM, Y2025, List.of(absenteeism(Y2025, "9.80")),
        LINKS, List.of(own)).get(0);
    assertThat(c.thresholdValue()).contains(d("8.00"));
    assertThat(c.flags()).contains(IndicatorFlag.ALERT);
    // on the threshold is not beyond it
    assertThat(own.isCrossedBy(d("8.00"), Y2025)).isFalse();
    assertThat(own.isCrossedBy(d("8.01"), Y2025)).isTrue();
    assertThat(AlertThreshold.cafRate().isCrossedBy(d("1.99"), Y2025)).isTrue();
    assertThat(AlertThreshold.cafRate().isCrossedBy(d("2"), Y2025)).isFalse();
    assertThat(AlertThreshold.absenteeism().value().basis().toString()).contains("cpom:dialogue-thresholds");
  }

  @Test
  void anExerciceReadsTheContractYearHoldingIts31December() {
    Cpom july = cpomBuilder().startDate(LocalDate.of(2025, 7, 1)).build();
    IndicatorComparison c = DialogueEngine.compareIndicators(july, Y2025, List.of(absenteeism(Y2025, "9.40")),
        LINKS, List.of()).get(0);
    assertThat(c.contractYear()).isEqualTo(1);
    assertThat(c.flags()).containsExactly(IndicatorFlag.TARGET_MET, IndicatorFlag.FIRST_YEAR);
    // the contract ends on 30 June 2030: the exercice 2030 is outside it
    rejected(() -> DialogueEngine.compareIndicators(july, Year.of(2030), List.of(), LINKS, List.of()), "year",
        "31 December 2030 is outside the contract");
  }

  @Test
  void flagsAndTrendsHaveFrenchAndEnglishLabels() {
    assertThat(IndicatorFlag.TARGET_MISSED.label(Locale.FRENCH)).isEqualTo("cible non atteinte");
    assertThat(Trend.UP.label(Locale.ENGLISH)).isEqualTo("up");
  }

  static void rejected(ThrowingCallable call, String field, String problem) {
    assertThatThrownBy(call).isInstanceOfSatisfying(CpomValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(problem);
    });
  }

  static void values(List<IndicatorValue> values, String field, String problem) {
    rejected(() -> DialogueEngine.compareIndicators(CPOM, Y2026, values, LINKS, List.of()), field, problem);
  }

  static void links(List<IndicatorLink> links, String field, String problem) {
    rejected(() -> DialogueEngine.compareIndicators(CPOM, Y2026, List.of(), links, List.of()), field, problem);
  }

  @Test
  void badValuesAreRejectedNamingTheField() {
    rejected(() -> DialogueEngine.compareIndicators(CPOM, Year.of(2030), List.of(), LINKS, List.of()), "year",
        "outside the contract");
    values(List.of(IndicatorValue.ofCpom("contrat.inconnu", Y2026, BigDecimal.ONE, IndicatorUnit.RATE)),
        "values[0].key", "no indicator of the catalogue");
    values(List.of(IndicatorValue.ofCpom(IndicatorKeys.ABSENTEEISM, Y2026, BigDecimal.ONE, IndicatorUnit.COUNT)),
        "values[0].unit", "is in RATE");
    values(List.of(absenteeism(Y2026, "9"), absenteeism(Y2027, "9")), "values[1].year", "after the exercice");
    values(List.of(absenteeism(Year.of(2024), "9")), "values[0].year", "31 December 2024 is outside");
    values(List.of(occupancy(OTHER, Y2026, "90")), "values[0].esms", "not an ESMS of the perimeter");
    values(List.of(IndicatorValue.ofEsms(MAS_F, IndicatorKeys.CRETON_SHARE, Y2026, d("5"), IndicatorUnit.RATE)),
        "values[0].key", "does not apply to ESMS 690000037 of category MAS");
    values(List.of(absenteeism(Y2026, "9"), absenteeism(Y2026, "9.1")), "values[1]", "the same key, scope and year");
  }

  @Test
  void badLinksAndThresholdsAreRejectedNamingTheField() {
    links(List.of(IndicatorLink.ofCpom("FA9", "I1", IndicatorKeys.ABSENTEEISM)), "links[0].ficheAction",
        "no such fiche-action");
    links(List.of(IndicatorLink.ofCpom("FA1", "I9", IndicatorKeys.ABSENTEEISM)), "links[0].indicator",
        "has no indicator");
    links(List.of(IndicatorLink.ofCpom("FA1", "I1", "contrat.inconnu")), "links[0].key", "no indicator");
    links(List.of(IndicatorLink.ofEsms("FA2", "I1", IndicatorKeys.OCCUPANCY_RATE, MAS_F)), "links[0].esms",
        "does not concern");
    links(List.of(LINKS.get(0), IndicatorLink.ofCpom("FA2", "I1", IndicatorKeys.ABSENTEEISM)), "links[1]",
        "already take their target");
    rejected(() -> DialogueEngine.compareIndicators(CPOM, Y2026, List.of(), LINKS,
        List.of(AlertThreshold.absenteeism(), AlertThreshold.absenteeism())), "thresholds[1].key", "already given");
    AlertThreshold late = AlertThreshold.of(IndicatorKeys.ABSENTEEISM, Direction.LOWER_IS_BETTER,
        RegulatoryParameter.of("seuil", org.cpom.LegalBasis.clause("CPOM art. 12"), LocalDate.of(2027, 1, 1),
            d("9")));
    rejected(() -> DialogueEngine.compareIndicators(CPOM, Y2026, List.of(), LINKS, List.of(late)),
        "thresholds[0].value", "no value in force on 1 January 2026");
    AlertThreshold unknown = AlertThreshold.of("contrat.x", Direction.LOWER_IS_BETTER, late.value());
    rejected(() -> DialogueEngine.compareIndicators(CPOM, Y2026, List.of(), LINKS, List.of(unknown)),
        "thresholds[0].key", "no indicator");
  }
}
