package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The means of a fiche-action may total exactly Long.MAX_VALUE cents, not one cent more. */
class FicheActionBoundsTest {
  @Test
  void meansTotallingExactlyTheLargestAmountBuild() {
    // fa1 has 27,500.00 of means: the rest up to Long.MAX_VALUE cents
    Amount rest = Amount.ofCents(Long.MAX_VALUE - 2_750_000L);
    FicheAction fa = Fixtures.fa1().addMeans(Means.of("Rest", rest, FundingWay.CNR)).build();
    assertThat(fa.means()).hasSize(2);
    Amount oneMore = Amount.ofCents(Long.MAX_VALUE - 2_750_000L + 1);
    assertThatThrownBy(() -> Fixtures.fa1().addMeans(Means.of("Rest", oneMore, FundingWay.CNR)).build())
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("the costs of the means add up beyond the range of an amount");
  }
}
