package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.contract.Fixtures.FOYER;
import static org.cpom.contract.Fixtures.MAS;
import static org.cpom.contract.Fixtures.cpom;
import static org.cpom.contract.Fixtures.d;
import static org.cpom.contract.Fixtures.fa1;
import static org.cpom.contract.Rejections.rejects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

class GrilleAvancementTest {
  static final LegalBasis RULE = LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("grille d'état d'avancement");

  /** FA2: occupancy of the foyer, higher is better, 90 % at the start, 92 then 95 %, then held at 95 %. */
  static FicheAction fa2() {
    return FicheAction.builder().id("FA2").title("Occupancy of the foyer").objective("OS2")
        .addEsms(FOYER.finess()).pilot("Chef de service")
        .addSteps(Step.of("Waiting list shared with the MDPH", LocalDate.of(2025, 3, 31)))
        .addSteps(Step.of("Temporary stays opened", LocalDate.of(2026, 9, 30)))
        .addIndicators(Indicator.builder().id("OCC").label("Occupancy").unit("%").baseline(d("90"))
            .putTargets(1, d("92")).putTargets(2, d("95")).putTargets(3, d("95")).build())
        .addIndicators(Indicator.builder().id("HOLD").label("Residents' satisfaction").unit("%").baseline(d("80"))
            .putTargets(1, d("80")).build())
        .build();
  }

  static Cpom contract() {
    return cpom().addFichesActions(fa2()).build();
  }

  static FollowUp.Builder followUp(String fiche, int year, ActionStatus status) {
    return FollowUp.builder().ficheAction(fiche).year(year).status(status);
  }

  static Optional<BigDecimal> rate(GrilleAvancement g, String fiche, int year, String indicator) {
    return g.cell(fiche, year).orElseThrow().indicators().stream()
        .filter(i -> i.indicator().id().equals(indicator)).findFirst().orElseThrow()
        .achievement().map(Rate::toFraction);
  }

  @Test
  void achievementRatesAreHandChecked() {
    List<FollowUp> followUps = List.of(
        // Creton: baseline 9, target 8 in year 1; 8.5 observed -> (8.5 - 9) / (8 - 9) = 0.5
        followUp("FA1", 1, ActionStatus.IN_PROGRESS).putObserved("I1", d("8.5")).build(),
        // year 2 target 6; 7 observed -> (7 - 9) / (6 - 9) = 2/3, rounded to 10 significant digits
        followUp("FA1", 2, ActionStatus.LATE).putObserved("I1", d("7")).build(),
        // occupancy: baseline 90, target 92; 93 observed -> 3/2 = 1.5 (beyond the target, not capped)
        // satisfaction: target = baseline = 80; 80 observed meets it -> 1
        followUp("FA2", 1, ActionStatus.IN_PROGRESS).putObserved("OCC", d("93")).putObserved("HOLD", d("80")).build(),
        // year 2 target 95; 87.5 observed, below the baseline -> (87.5 - 90) / (95 - 90) = -0.5
        followUp("FA2", 2, ActionStatus.IN_PROGRESS).putObserved("OCC", d("87.5")).build(),
        // year 3 target 95; 95 observed -> 1
        followUp("FA2", 3, ActionStatus.DONE).putObserved("OCC", d("95")).build());
    GrilleAvancement g = GrilleAvancement.from(contract(), followUps);

    assertThat(g.years()).extracting(ContractYear::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(g.rows()).extracting(GrilleRow::ficheAction).containsExactly("FA1", "FA2");
    assertThat(rate(g, "FA1", 1, "I1")).contains(d("0.5"));
    assertThat(rate(g, "FA1", 2, "I1")).contains(d("0.6666666667"));
    assertThat(rate(g, "FA2", 1, "OCC")).contains(d("1.5"));
    assertThat(rate(g, "FA2", 1, "HOLD")).contains(BigDecimal.ONE);
    assertThat(rate(g, "FA2", 2, "OCC")).contains(d("-0.5"));
    assertThat(rate(g, "FA2", 3, "OCC")).contains(BigDecimal.ONE);
    // No target for HOLD in year 2, no observation for OCC in year 4.
    assertThat(rate(g, "FA2", 2, "HOLD")).isEmpty();
    assertThat(rate(g, "FA2", 4, "OCC")).isEmpty();

    IndicatorAchievement creton1 = g.cell("FA1", 1).orElseThrow().indicators().get(0);
    assertThat(creton1.baseline()).isEqualTo(d("9"));
    assertThat(creton1.target()).contains(d("8"));
    assertThat(creton1.observed()).contains(d("8.5"));
    assertThat(creton1.isTargetMet()).isFalse();
    assertThat(g.cell("FA2", 1).orElseThrow().indicators().get(0).isTargetMet()).isTrue();
    assertThat(g.cell("FA2", 2).orElseThrow().indicators().get(1).isTargetMet()).isFalse(); // no target
    assertThat(g.cell("FA2", 4).orElseThrow().indicators().get(0).isTargetMet()).isFalse(); // no observation

    assertThat(g.row("FA1").orElseThrow().cells()).extracting(c -> c.status().map(Enum::name).orElse("-"))
        .containsExactly("IN_PROGRESS", "LATE", "-", "-", "-");
    assertThat(g.cell("FA2", 3).orElseThrow().status()).contains(ActionStatus.DONE);
    assertThat(g.cell("FA2", 4).orElseThrow().followUp()).isEmpty();
    assertThat(g.row("FA9")).isEmpty();
    assertThat(g.cell("FA1", 6)).isEmpty();
    assertThat(g.row("FA1").orElseThrow().latest().title()).isEqualTo("Reduce Creton placements");
  }

  @Test
  void targetEqualToBaselineIsMetOrNotInTheIndicatorsDirection() {
    Indicator higher = Indicator.builder().id("H").label("h").baseline(d("95")).putTargets(1, d("95")).build();
    assertThat(higher.achievement(1, d("96"))).contains(Rate.ONE);
    assertThat(higher.achievement(1, d("95"))).contains(Rate.ONE);
    assertThat(higher.achievement(1, d("94.9"))).contains(Rate.ZERO);
    Indicator lower = Indicator.builder().from(higher).direction(Indicator.Direction.LOWER_IS_BETTER).build();
    assertThat(lower.achievement(1, d("94"))).contains(Rate.ONE);
    assertThat(lower.achievement(1, d("95.1"))).contains(Rate.ZERO);
    assertThat(lower.achievement(2, d("94"))).isEmpty();
    assertThat(lower.meets(d("95"), d("95"))).isTrue();
  }

  @Test
  void lowerIsBetterUsesTheSameFormula() {
    // Absenteeism: 11 % at the start, 8 % targeted; 9.5 % observed -> (9.5 - 11) / (8 - 11) = 0.5
    Indicator absenteeism = Indicator.builder().id("ABS").label("Absenteeism").unit("%")
        .direction(Indicator.Direction.LOWER_IS_BETTER).baseline(d("11")).putTargets(1, d("8")).build();
    assertThat(absenteeism.achievement(1, d("9.5")).map(Rate::toFraction)).contains(d("0.5"));
    assertThat(absenteeism.achievement(1, d("12.5")).map(Rate::toFraction)).contains(d("-0.5"));
    assertThat(absenteeism.achievement(1, d("7.25")).map(Rate::toFraction)).contains(d("1.25"));
    assertThat(absenteeism.meets(d("8"), d("7.9"))).isTrue();
    assertThat(absenteeism.meets(d("8"), d("8.1"))).isFalse();
  }

  @Test
  void avenantsShowFromTheirYearAndNeverRewriteEarlierYears() {
    // Avenant n°1, effective 1 July 2026 (year 2): FA3 added, FA1's year-2 and year-3 targets raised to 7 and 5.
    FicheAction fa3 = FicheAction.builder().id("FA3").title("Shared replacement pool").objective("OS2")
        .addEsms(MAS.finess()).pilot("DRH").addSteps(Step.of("Pool set up", LocalDate.of(2026, 12, 31)))
        .addIndicators(Indicator.builder().id("H").label("Agency hours").direction(Indicator.Direction.LOWER_IS_BETTER)
            .baseline(d("4200")).putTargets(2, d("4000")).build())
        .build();
    Indicator relaxed = Indicator.builder().from(Fixtures.creton()).putTargets(2, d("7")).putTargets(3, d("5")).build();
    Avenant a = Avenant.builder().number(1).effectiveDate(LocalDate.of(2026, 7, 1)).subject("Pool; Creton targets")
        .addFichesActions(fa1().indicators(List.of(relaxed)).build(), fa3).build();
    // Avenant n°2, effective 1 March 2028 (year 4): FA3 withdrawn.
    Avenant b = Avenant.builder().number(2).effectiveDate(LocalDate.of(2028, 3, 1)).subject("Pool dropped")
        .addWithdrawnFichesActions("FA3").build();
    Cpom c = cpom().addAvenants(a, b).build();
    List<FollowUp> followUps = List.of(
        followUp("FA1", 1, ActionStatus.IN_PROGRESS).putObserved("I1", d("8")).build(),
        followUp("FA1", 2, ActionStatus.IN_PROGRESS).putObserved("I1", d("7")).build(),
        followUp("FA3", 2, ActionStatus.IN_PROGRESS).putObserved("H", d("4100")).build(),
        followUp("FA3", 4, ActionStatus.ABANDONED).build());
    GrilleAvancement g = GrilleAvancement.from(c, followUps);
    assertThat(g.rows()).extracting(GrilleRow::ficheAction).containsExactly("FA1", "FA3");
    // Year 1 reads the targets as signed: 8 -> 100 %.
    assertThat(g.cell("FA1", 1).orElseThrow().indicators().get(0).target()).contains(d("8"));
    assertThat(rate(g, "FA1", 1, "I1")).contains(BigDecimal.ONE);
    // Year 2 reads the amended target, 7 (not 6): (7 - 9) / (7 - 9) = 1.
    assertThat(g.cell("FA1", 2).orElseThrow().indicators().get(0).target()).contains(d("7"));
    assertThat(rate(g, "FA1", 2, "I1")).contains(BigDecimal.ONE);
    // FA3 is in force from year 2 to year 4 (withdrawn during year 4): cells in years 2, 3, 4 only.
    assertThat(g.row("FA3").orElseThrow().cells()).extracting(cell -> cell.year().number()).containsExactly(2, 3, 4);
    assertThat(rate(g, "FA3", 2, "H")).contains(d("0.5"));
    assertThat(g.cell("FA3", 1)).isEmpty();
    assertThat(g.cell("FA3", 5)).isEmpty();
    // A follow-up of FA3 in year 1 or 5 is rejected: the fiche is not in force then.
    rejects(() -> GrilleAvancement.from(c, List.of(followUp("FA3", 1, ActionStatus.NOT_STARTED).build())),
        "followUp.ficheAction", RULE);
    rejects(() -> GrilleAvancement.from(c, List.of(followUp("FA3", 5, ActionStatus.ABANDONED).build())),
        "followUp.ficheAction", RULE);
  }

  @Test
  void followUpsThatDoNotFitTheContractAreRejected() {
    Cpom c = contract();
    var unknown = rejects(() -> GrilleAvancement.from(c, List.of(followUp("FA9", 1, ActionStatus.DONE).build())),
        "followUp.ficheAction", RULE);
    assertThat(unknown.value()).isEqualTo("FA9");
    rejects(() -> GrilleAvancement.from(c, List.of(followUp("FA1", 6, ActionStatus.DONE).build())), "followUp.year", RULE);
    rejects(() -> followUp("FA1", 0, ActionStatus.DONE).build(), "followUp.year", RULE);
    rejects(() -> followUp(" ", 1, ActionStatus.DONE).build(), "followUp.ficheAction", LegalBasis.convention(Convention.LABEL_TEXT));
    rejects(() -> followUp("FA1", 1, ActionStatus.DONE).comment("").build(), "followUp.comment", LegalBasis.convention(Convention.LABEL_TEXT));
    rejects(() -> GrilleAvancement.from(c, List.of(followUp("FA1", 1, ActionStatus.DONE).build(),
        followUp("FA1", 1, ActionStatus.LATE).build())), "followUp", RULE);
    rejects(() -> GrilleAvancement.from(c, List.of(followUp("FA1", 1, ActionStatus.DONE).putObserved("OCC", d("1")).build())),
        "followUp[FA1, year 1].observed", RULE);
    rejects(() -> GrilleAvancement.from(c, List.of(followUp("FA1", 1, ActionStatus.DONE)
        .putStepsCompleted("Unknown step", LocalDate.of(2025, 5, 1)).build())), "followUp[FA1, year 1].stepsCompleted", RULE);
    rejects(() -> GrilleAvancement.from(c, List.of(followUp("FA1", 1, ActionStatus.DONE)
        .putStepsCompleted("Partnership agreement", LocalDate.of(2026, 1, 1)).build())),
        "followUp[FA1, year 1].stepsCompleted", RULE);
    rejects(() -> GrilleAvancement.from(c, List.of(
        followUp("FA1", 1, ActionStatus.IN_PROGRESS).putStepsCompleted("Partnership agreement", LocalDate.of(2025, 6, 1)).build(),
        followUp("FA1", 2, ActionStatus.IN_PROGRESS).putStepsCompleted("Partnership agreement", LocalDate.of(2025, 7, 1)).build())),
        "followUp[FA1, year 2].stepsCompleted", RULE);
    // The same completion date repeated in a later follow-up is fine.
    assertThat(GrilleAvancement.from(c, List.of(
        followUp("FA1", 1, ActionStatus.IN_PROGRESS).putStepsCompleted("Partnership agreement", LocalDate.of(2025, 6, 1)).build(),
        followUp("FA1", 2, ActionStatus.IN_PROGRESS).putStepsCompleted("Partnership agreement", LocalDate.of(2025, 6, 1)).build()))
        .rows()).hasSize(2);
  }

  @Test
  void lateStepsAsOfADate() {
    Cpom c = contract();
    // FA1: "Partnership agreement" due 2025-06-30, completed 2025-09-15; "Discovery placements" due 2026-06-30.
    // FA2: "Waiting list shared with the MDPH" due 2025-03-31, never completed; "Temporary stays opened" due 2026-09-30.
    List<FollowUp> followUps = List.of(
        followUp("FA1", 1, ActionStatus.LATE).putStepsCompleted("Partnership agreement", LocalDate.of(2025, 9, 15)).build(),
        followUp("FA2", 1, ActionStatus.LATE).build());
    assertThat(describe(GrilleAvancement.lateSteps(c, followUps, LocalDate.of(2025, 3, 31)))).isEmpty(); // due that day
    assertThat(describe(GrilleAvancement.lateSteps(c, followUps, LocalDate.of(2025, 4, 1))))
        .containsExactly("FA2 Waiting list shared with the MDPH 1");
    assertThat(describe(GrilleAvancement.lateSteps(c, followUps, LocalDate.of(2025, 9, 1))))
        .containsExactly("FA2 Waiting list shared with the MDPH 154", "FA1 Partnership agreement 63");
    assertThat(describe(GrilleAvancement.lateSteps(c, followUps, LocalDate.of(2025, 9, 15))))
        .containsExactly("FA2 Waiting list shared with the MDPH 168");
    assertThat(describe(GrilleAvancement.lateSteps(c, followUps, LocalDate.of(2026, 12, 31)))).containsExactly(
        "FA2 Waiting list shared with the MDPH 640", "FA1 Discovery placements 184", "FA2 Temporary stays opened 92");
    // A fiche reported DONE or ABANDONED for a year already started has no late step.
    List<FollowUp> closed = List.of(
        followUp("FA1", 1, ActionStatus.LATE).build(),
        followUp("FA2", 1, ActionStatus.LATE).build(),
        followUp("FA2", 2, ActionStatus.ABANDONED).build());
    assertThat(describe(GrilleAvancement.lateSteps(c, closed, LocalDate.of(2025, 12, 31))))
        .containsExactly("FA2 Waiting list shared with the MDPH 275", "FA1 Partnership agreement 184");
    assertThat(describe(GrilleAvancement.lateSteps(c, closed, LocalDate.of(2026, 1, 1))))
        .containsExactly("FA1 Partnership agreement 185");
    LateStep first = GrilleAvancement.lateSteps(c, closed, LocalDate.of(2026, 1, 1)).get(0);
    assertThat(first.asOf()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(first.step().dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void lateStepsDueTheSameDayAreSortedByLabel() {
    FicheAction twins = fa1().steps(List.of(Step.of("b second", LocalDate.of(2025, 5, 1)),
        Step.of("a first", LocalDate.of(2025, 5, 1)))).build();
    Cpom c = cpom().fichesActions(List.of(twins)).build();
    assertThat(describe(GrilleAvancement.lateSteps(c, List.of(), LocalDate.of(2025, 5, 2))))
        .containsExactly("FA1 a first 1", "FA1 b second 1");
  }

  static List<String> describe(List<LateStep> steps) {
    return steps.stream().map(s -> s.ficheAction() + " " + s.step().label() + " " + s.daysLate()).collect(Collectors.toList());
  }
}
