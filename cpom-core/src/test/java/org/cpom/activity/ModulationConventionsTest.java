package org.cpom.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cpom.activity.ActivityEngineTest.TWO_MILLION;
import static org.cpom.activity.ActivityEngineTest.Y2025;
import static org.cpom.activity.ActivityEngineTest.objective95;
import static org.cpom.activity.ActivityEngineTest.occupancy;
import static org.cpom.activity.ActivityEngineTest.ph;
import static org.cpom.activity.ModulationClauseModalitiesTest.actes;
import static org.cpom.activity.ModulationClauseModalitiesTest.both;
import static org.cpom.activity.ModulationClauseModalitiesTest.fileActive;
import static org.cpom.activity.ModulationClauseModalitiesTest.occupancy;

import java.math.BigDecimal;
import java.util.List;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.contract.AbatementBase;
import org.cpom.contract.ModulationCombination;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/**
 * The modulation steps cite the article and the convention they read it with: the gap of one indicator, the
 * largest gap of several, the rounding of a waiver, the base a contract clause abates; and a clause that would
 * carry an abatement of the notified dotation into the base is rejected citing the one-year convention.
 */
class ModulationConventionsTest {
  private static final LegalBasis ARTICLE = LegalBasis.casf("R314-43-2 III");

  @Test
  void severalIndicatorsCiteTheGapOfEachAndTheLargestGapForTheCap() {
    ActivityModulation r = both(ModulationCombination.LARGEST, occupancy(), fileActive().coefficient(new BigDecimal("0.2")));
    assertThat(r.trace().steps()).extracting(TraceStep::basis).containsExactly(
        ARTICLE.readWith(Convention.GAP_MEASURE), ARTICLE.readWith(Convention.GAP_MEASURE),
        ARTICLE.readWith(Convention.LARGEST_GAP));
  }

  @Test
  void aWaiverStepCitesTheOneRoundingOfTheNet() {
    PhModulation partial = PhModulation.builder().from(ph(objective95(), occupancy(2024, 12_410)))
        .waiver(Waiver.partial(Rate.ofPercent("40"), "works")).build();
    List<TraceStep> steps = ActivityEngine.modulate(partial, TWO_MILLION, Y2025).trace().steps();
    assertThat(steps.get(1).basis()).isEqualTo(ARTICLE.readWith(Convention.HALF_UP_ROUNDING));
    assertThat(steps.get(1).amount()).isEqualTo(Amount.ofEuros(40_000));
  }

  @Test
  void thePartsAContractLeavesOutCiteTheAbatementBase() {
    PhModulation m = ph(objective95(), occupancy(2024, 12_410));
    ActivityModulation r = ActivityEngine.modulate(m, TWO_MILLION,
        List.of(UnmodulatedPart.of("unité fermée", Amount.ofEuros(200_000), LegalBasis.clause("art. 9"))), Y2025);
    assertThat(r.trace().steps().get(0).basis()).isEqualTo(ARTICLE.readWith(Convention.ABATEMENT_BASE));
    assertThat(r.base()).isEqualTo(Amount.ofEuros(1_800_000));
  }

  @Test
  void carryingAnAbatementOfTheNotifiedDotationIntoTheBaseIsRejectedCitingTheOneYearConvention() {
    CpomValidationException e = catchThrowableOfType(
        () -> actes().abatementBase(AbatementBase.NOTIFIED_DOTATION).reducesBase(true).build(),
        CpomValidationException.class);
    assertThat(e.rule()).isEqualTo(ARTICLE.readWith(Convention.MODULATION_ONE_YEAR));
    assertThat(e.field()).isEqualTo("modulationClause.reducesBase");
  }
}
