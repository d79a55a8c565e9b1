package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpom.PackageNullSweep;
import org.cpom.contract.Cpom;
import org.cpom.contract.Indicator;
import org.cpom.param.RegulatoryParameter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The null sweep of the targets and report types of the dialogue package (and of their functions of the engine),
 * through {@link org.cpom.Hostile}: the package's other sections have their own sweeps.
 */
class DialogueReportNullSweepTest {
  static RapportDialogueDeGestion report() {
    return DialogueEngine.rapport(DialogueReportTest.inputs().build());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static final PackageNullSweep SWEEP = PackageNullSweep.common()
      .with(Cpom.class, () -> ReportFixtures.CPOM)
      .with(IndicatorCatalogue.class, IndicatorCatalogue::library)
      .with(IndicatorUnit.class, () -> IndicatorUnit.RATE)
      .with(Indicator.Direction.class, () -> Indicator.Direction.LOWER_IS_BETTER)
      .with(RegulatoryParameter.class, () -> (RegulatoryParameter) AlertThreshold.absenteeism().value())
      .with(IndicatorValue.class, () -> ReportFixtures.absenteeism(ReportFixtures.Y2025, "9.80"))
      .with(IndicatorLink.class, () -> ReportFixtures.LINKS.get(0))
      .with(AlertThreshold.class, AlertThreshold::absenteeism)
      .with(IndicatorComparison.class, () -> DialogueTargetsTest.absenteeismIn(ReportFixtures.Y2026))
      .with(ReportInputs.class, () -> DialogueReportTest.inputs().build())
      .with(RapportDialogueDeGestion.class, DialogueReportNullSweepTest::report)
      .with(RapportEsms.class, () -> report().esms().get(0))
      .with(DgcSummary.class, () -> report().dgcs().get(0))
      .with(DgcShare.class, () -> report().dgcs().get(0).shares().get(0))
      .with(IndicatorFlag.class, () -> IndicatorFlag.ALERT)
      .with(Trend.class, () -> Trend.UP)
      .with(java.util.Locale.class, () -> java.util.Locale.FRENCH);

  /** The targets and report types of the package, whose methods this sweep covers. */
  private static final Set<String> MINE = Set.of("IndicatorValue", "IndicatorLink", "AlertThreshold",
      "IndicatorComparison", "IndicatorFlag", "Trend", "ReportInputs", "RapportDialogueDeGestion", "RapportEsms",
      "DgcSummary", "DgcShare", "DialogueEngine.compareIndicators", "DialogueEngine.rapport");

  @TestFactory
  List<DynamicTest> nullSweep() {
    List<DynamicTest> mine = SWEEP.cases("org.cpom.dialogue").stream()
        .filter(t -> MINE.stream().anyMatch(p -> t.getDisplayName().startsWith(p + ".")
            || t.getDisplayName().startsWith(p + "[")))
        .collect(Collectors.toList());
    System.out.println("dialogue report null sweep: " + mine.size() + " cases, skipped " + SWEEP.skipped().stream()
        .filter(s -> MINE.stream().anyMatch(s::startsWith)).toList());
    assertThat(mine).as("targets and report null sweep").hasSizeGreaterThan(40);
    return mine;
  }
}
