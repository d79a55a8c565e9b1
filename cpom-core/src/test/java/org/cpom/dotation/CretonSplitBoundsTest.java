package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The Département parts of a Creton split are totalled within Long.MAX_VALUE cents, the part that passes named. */
class CretonSplitBoundsTest {
  @Test
  void theSecondPartPastTheBoundIsNamed() {
    Amount half = Amount.ofCents(Long.MAX_VALUE / 2 + 1);
    assertThatThrownBy(() -> CretonSplit.builder().esms(CretonTest.IME).year(Year.of(2025))
        .closedExercice(Year.of(2024)).dotation(Amount.ofCents(Long.MAX_VALUE))
        .addRevenues(CretonRevenue.of("59", half), CretonRevenue.of("62", half)).build())
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("the Département parts total more than 92233720368547758.07 EUR")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("cretonSplit.revenues[1].revenue"));
  }
}
