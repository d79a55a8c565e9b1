package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.contract.Fixtures.FOYER;
import static org.cpom.contract.Fixtures.IME;
import static org.cpom.contract.Fixtures.cpom;
import static org.cpom.contract.Fixtures.creton;
import static org.cpom.contract.Fixtures.d;
import static org.cpom.contract.Fixtures.fa1;
import static org.cpom.contract.Rejections.rejects;

import java.time.LocalDate;
import java.util.List;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.junit.jupiter.api.Test;

class FicheActionTest {
  static final LegalBasis RULE = LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("fiche-action");

  @Test
  void aFicheActionKeepsItsContent() {
    FicheAction f = fa1()
        .addMeans(Means.of("Training", Amount.of("4000.00"), FundingWay.CNR))
        .addMeans(Means.of("Training, second session", Amount.of("1500.50"), FundingWay.CNR))
        .build();
    assertThat(f.totalCost()).isEqualTo(Amount.of("33000.50"));
    assertThat(f.totalCost(FundingWay.CNR)).isEqualTo(Amount.of("5500.50"));
    assertThat(f.totalCost(FundingWay.REDEPLOYMENT)).isEqualTo(Amount.of("27500.00"));
    assertThat(f.totalCost(FundingWay.MESURE_NOUVELLE)).isEqualTo(Amount.ZERO);
    assertThat(f.indicator("I1")).isPresent();
    assertThat(f.indicator("I2")).isEmpty();
    assertThat(f.step("Partnership agreement").map(Step::dueDate)).contains(LocalDate.of(2025, 6, 30));
    assertThat(f.step("Nothing")).isEmpty();
    assertThat(fa1().means(List.of()).build().totalCost()).isEqualTo(Amount.ZERO);
  }

  @Test
  void theObjectiveMustExistInTheContract() {
    var e = rejects(() -> cpom().fichesActions(List.of(fa1().objective("OS9").build())).build(),
        "cpom.fichesActions[FA1].objective", RULE);
    assertThat(e.value()).isEqualTo("OS9");
  }

  @Test
  void theEsmsMustBeInThePerimeter() {
    rejects(() -> cpom().fichesActions(List.of(fa1().addEsms(FinessNumber.of("690000099")).build())).build(),
        "cpom.fichesActions[FA1].esms", RULE);
    // The foyer is in the perimeter: accepted.
    assertThat(cpom().fichesActions(List.of(fa1().addEsms(FOYER.finess()).build())).build().ficheAction("FA1")
        .orElseThrow().esms()).hasSize(3);
  }

  @Test
  void stepsMustFallInsideThePeriod() {
    rejects(() -> cpom().fichesActions(List.of(fa1().addSteps(Step.of("Too early", LocalDate.of(2024, 12, 31))).build())).build(),
        "cpom.fichesActions[FA1].steps", RULE);
    rejects(() -> cpom().fichesActions(List.of(fa1().addSteps(Step.of("Too late", LocalDate.of(2030, 1, 1))).build())).build(),
        "cpom.fichesActions[FA1].steps", RULE);
    assertThat(cpom().fichesActions(List.of(fa1()
        .addSteps(Step.of("First day", LocalDate.of(2025, 1, 1)), Step.of("Last day", LocalDate.of(2029, 12, 31)))
        .build())).build().ficheAction("FA1").orElseThrow().steps()).hasSize(4);
  }

  @Test
  void targetsMustBeForContractYears() {
    Indicator year6 = Indicator.builder().from(creton()).putTargets(6, d("1")).build();
    rejects(() -> cpom().fichesActions(List.of(fa1().indicators(List.of(year6)).build())).build(),
        "cpom.fichesActions[FA1].indicators[I1].targets", RULE);
    rejects(() -> Indicator.builder().from(creton()).putTargets(0, d("9")).build(), "indicator.targets",
        LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("fiche-action indicator"));
  }

  @Test
  void identifiersMustBeUnique() {
    rejects(() -> cpom().addFichesActions(fa1().title("Another").build()).build(), "cpom.fichesActions", RULE);
    rejects(() -> cpom().addObjectives(Objective.of("OS1", "Again")).build(), "cpom.objectives", LegalBasis.convention(Convention.CONTRACT_CONTENT));
    rejects(() -> fa1().addSteps(Step.of("Partnership agreement", LocalDate.of(2025, 9, 30))).build(),
        "ficheAction[FA1].steps", RULE);
    rejects(() -> fa1().addIndicators(creton()).build(), "ficheAction[FA1].indicators", RULE);
    rejects(() -> fa1().addEsms(IME.finess()).build(), "ficheAction[FA1].esms", RULE);
  }

  @Test
  void aFicheActionNeedsEsmsStepsAndIndicators() {
    rejects(() -> fa1().esms(List.of()).build(), "ficheAction[FA1].esms", RULE);
    rejects(() -> fa1().steps(List.of()).build(), "ficheAction[FA1].steps", RULE);
    rejects(() -> fa1().indicators(List.of()).build(), "ficheAction[FA1].indicators", RULE);
    rejects(() -> fa1().pilot(" ").build(), "ficheAction[FA1].pilot", LegalBasis.convention(Convention.LABEL_TEXT));
    rejects(() -> fa1().title("").build(), "ficheAction[FA1].title", LegalBasis.convention(Convention.LABEL_TEXT));
    rejects(() -> fa1().id("").build(), "ficheAction.id", LegalBasis.convention(Convention.LABEL_TEXT));
    rejects(() -> fa1().objective(" ").build(), "ficheAction[FA1].objective", LegalBasis.convention(Convention.LABEL_TEXT));
  }

  @Test
  void meansCannotCostANegativeAmount() {
    rejects(() -> Means.of("Refund", Amount.of("-0.01"), FundingWay.CNR), "means.cost", RULE);
    assertThat(Means.of("Within resources", Amount.ZERO, FundingWay.WITHIN_BASE).cost()).isEqualTo(Amount.ZERO);
    rejects(() -> Means.of(" ", Amount.ZERO, FundingWay.WITHIN_BASE), "means.description", LegalBasis.convention(Convention.LABEL_TEXT));
  }

  @Test
  void aTargetOnTheWorseSideOfTheBaselineIsRejected() {
    LegalBasis rule = LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("fiche-action indicator");
    rejects(() -> Indicator.builder().from(creton()).putTargets(6, d("10")).build(), "indicator.targets", rule);
    rejects(() -> Indicator.builder().id("I2").label("Occupancy").baseline(d("90")).putTargets(1, d("89.9")).build(),
        "indicator.targets", rule);
    rejects(() -> Indicator.builder().id("I2").label("Occupancy").baseline(d("90")).build(), "indicator.targets", rule);
    // Equal to the baseline is allowed either way: the aim is to hold the level.
    assertThat(Indicator.builder().id("I2").label("Occupancy").baseline(d("90")).putTargets(1, d("90")).build()
        .direction()).isEqualTo(Indicator.Direction.HIGHER_IS_BETTER);
    assertThat(Indicator.builder().from(creton()).putTargets(5, d("9")).build().target(5)).contains(d("9"));
    rejects(() -> Indicator.builder().from(creton()).id(" ").build(), "indicator.id", LegalBasis.convention(Convention.LABEL_TEXT));
    rejects(() -> Indicator.builder().from(creton()).label("").build(), "indicator.label", LegalBasis.convention(Convention.LABEL_TEXT));
  }

  @Test
  void objectivesAndStepsNeedText() {
    rejects(() -> Objective.of(" ", "x"), "objective.id", LegalBasis.convention(Convention.LABEL_TEXT));
    rejects(() -> Objective.of("OS1", ""), "objective.title", LegalBasis.convention(Convention.LABEL_TEXT));
    rejects(() -> Objective.of("OS1", "x", " "), "objective.diagnosticFinding", LegalBasis.convention(Convention.LABEL_TEXT));
    rejects(() -> Step.of("", LocalDate.of(2025, 1, 1)), "step.label", LegalBasis.convention(Convention.LABEL_TEXT));
  }
}
