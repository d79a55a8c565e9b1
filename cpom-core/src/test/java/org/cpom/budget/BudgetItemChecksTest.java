package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/**
 * A BBZ line with a bad account is rejected when the line is built, before any BBZ is computed (the
 * reliability review's PIT survivors in ActivityCost.check and BudgetItem.check).
 */
class BudgetItemChecksTest {

  @Test
  void aFixedCostOnANonBudgetAccountIsRejectedWhenBuilt() {
    for (String bad : new String[] {"512", "", "6x", "1234567890123456"}) {
      assertThatThrownBy(() -> BudgetItem.of(bad, "Loyer", Amount.of("100.00"))).as(bad)
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("budgetItem.account");
    }
  }

  @Test
  void anActivityCostOnANonBudgetAccountIsRejectedWhenBuilt() {
    for (String bad : new String[] {"401", "", "60 63"}) {
      assertThatThrownBy(() -> ActivityCost.builder().label("Repas").account(bad).unitCost(Amount.of("6.45"))
          .driver(VolumeDriver.FORECAST_DAY).justification("prix du marché").build()).as(bad)
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("activityCost.account");
    }
  }
}
