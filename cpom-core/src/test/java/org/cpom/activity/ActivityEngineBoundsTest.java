package org.cpom.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

/** The parts left out of a modulated base are totalled within Long.MAX_VALUE cents, the one past it named. */
class ActivityEngineBoundsTest {
  @Test
  void theSecondPartLeftOutPastTheBoundIsNamed() {
    Amount max = Amount.ofCents(Long.MAX_VALUE);
    assertThatThrownBy(() -> ActivityEngine.modulate(HostileActivityTest.SWEEP_PH(), max,
        List.of(UnmodulatedPart.of("A", max, LegalBasis.casf("R314-163")), UnmodulatedPart.of("B", max,
            LegalBasis.casf("R314-163"))), Year.of(2025)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("the parts left out of the modulated base total more than 92233720368547758.07 EUR")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("unmodulated[1].amount"));
  }
}
