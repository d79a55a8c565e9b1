package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** Five times each amount of a prix de journée counts against Long.MAX_VALUE cents, and is named past it. */
class PrixDeJourneeBoundsTest {
  /** Five times this passes Long.MAX_VALUE cents. */
  private static final Amount FIFTH_PLUS = Amount.ofCents(Long.MAX_VALUE / 5 + 1);
  private static final Amount SMALL = Amount.of("100.00");

  private static void rejectedNaming(String field, Runnable r) {
    assertThatThrownBy(r::run)
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("five times the amounts of a prix de journée total more than 92233720368547758.07 EUR")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo(field));
  }

  @Test
  void eachAmountIsNamedWhenFiveTimesItPassesTheBound() {
    DayBasis days = DayBasis.forecast(100);
    rejectedNaming("charges", () -> BudgetEngine.prixDeJournee(FIFTH_PLUS, IncorporatedResult.ofChargeAdjustment(Amount.ZERO), SMALL, days));
    rejectedNaming("earlierResult", () -> BudgetEngine.prixDeJournee(SMALL, IncorporatedResult.ofChargeAdjustment(FIFTH_PLUS), SMALL, days));
    rejectedNaming("otherRevenue", () -> BudgetEngine.prixDeJournee(SMALL, IncorporatedResult.ofChargeAdjustment(Amount.ZERO), FIFTH_PLUS, days));
  }

  @Test
  void aFifthOfTheBoundComputes() {
    Amount fifth = Amount.ofCents(Long.MAX_VALUE / 5);
    PrixDeJournee pj = BudgetEngine.prixDeJournee(fifth, IncorporatedResult.ofChargeAdjustment(Amount.ZERO), Amount.ZERO,
        DayBasis.forecast(1));
    assertThat(pj.amount()).isEqualTo(fifth);
  }
}
