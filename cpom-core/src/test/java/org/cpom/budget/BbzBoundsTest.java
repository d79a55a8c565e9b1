package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

/**
 * Twice the BBZ lines and base are bounded by Long.MAX_VALUE cents; the input that passes the bound is named
 * by its place among staffing, activity costs, fixed costs, other revenue and the historical base.
 */
class BbzBoundsTest {
  /** Twice this passes Long.MAX_VALUE cents. */
  private static final Amount HUGE = Amount.ofCents(Long.MAX_VALUE / 2 + 1);
  private static final Amount SMALL = Amount.of("100.00");

  /** One input of each kind, the one at {@code huge} (0 to 4) of the HUGE amount. */
  private static Bbz oneOfEach(int huge) {
    return Bbz.builder().esms(BbzTest.ESMS).activity(Activity.of(1, 200, Rate.ONE))
        .addStaffing(StaffPost.builder().qualification("Éducateur").etp(BigDecimal.ONE)
            .annualCost(huge == 0 ? HUGE : SMALL).employerChargesRate(Rate.ZERO).gvtRate(Rate.ZERO)
            .justification("needed").build())
        .addActivityCosts(ActivityCost.builder().label("Transport").account("6242").unitCost(huge == 1 ? HUGE : SMALL)
            .driver(VolumeDriver.PLACE).justification("par place").build())
        .addFixedCosts(BudgetItem.of("613", "Loyer", huge == 2 ? HUGE : SMALL, "bail"))
        .addOtherRevenue(BudgetItem.of("70822", "Participations", huge == 3 ? HUGE : SMALL, "barème"))
        .addHistoricalBase(BudgetItem.of("613", "Loyer", huge == 4 ? HUGE : SMALL))
        .build();
  }

  private static void rejectedNaming(int huge, String field) {
    Bbz bbz = oneOfEach(huge);
    assertThatThrownBy(() -> BudgetEngine.compute(bbz, BbzTest.MAPPING))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("twice the lines and the base of a BBZ total more than 92233720368547758.07 EUR")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo(field));
  }

  @Test
  void aStaffCostTwicePastTheBoundIsNamed() {
    rejectedNaming(0, "bbz.staffing[0].cost");
  }

  @Test
  void anActivityCostRightAfterTheStaffingIsNamed() {
    rejectedNaming(1, "bbz.activityCosts[0].unitCost");
  }

  @Test
  void aFixedCostRightAfterTheActivityCostsIsNamed() {
    rejectedNaming(2, "bbz.fixedCosts[0].amount");
  }

  @Test
  void anOtherRevenueRightAfterTheFixedCostsIsNamed() {
    rejectedNaming(3, "bbz.otherRevenue[0].amount");
  }

  @Test
  void aHistoricalBaseLineIsNamed() {
    rejectedNaming(4, "bbz.historicalBase[0].amount");
  }

  @Test
  void smallInputsCompute() {
    assertThat(BudgetEngine.compute(oneOfEach(-1), BbzTest.MAPPING).lines()).extracting(BbzLine::amount)
        .containsExactly(SMALL, SMALL, SMALL, SMALL);
  }
}
