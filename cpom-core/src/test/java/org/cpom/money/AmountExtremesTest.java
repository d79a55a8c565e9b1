package org.cpom.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ends of the range: the most negative amount (whose absolute value does not fit a long) and decimals
 * whose exponent is far outside anything a cent can hold.
 */
class AmountExtremesTest {
  private static final Amount MOST_NEGATIVE = Amount.ofCents(Long.MIN_VALUE);

  @Test
  void theMostNegativeAmountSplitsEquallyIntoNegativePartsThatSumToIt() {
    // -9223372036854775808 cents in 2: two parts of -4611686018427387904.
    assertThat(MOST_NEGATIVE.splitEqually(2))
        .containsExactly(Amount.ofCents(-4_611_686_018_427_387_904L), Amount.ofCents(-4_611_686_018_427_387_904L));
    // In 3: -3074457345618258602 remainder -2, so the first two parts take one more cent each.
    assertThat(MOST_NEGATIVE.splitEqually(3))
        .containsExactly(
            Amount.ofCents(-3_074_457_345_618_258_603L),
            Amount.ofCents(-3_074_457_345_618_258_603L),
            Amount.ofCents(-3_074_457_345_618_258_602L));
    assertThat(MOST_NEGATIVE.splitEqually(1)).containsExactly(MOST_NEGATIVE);
  }

  @Test
  void theMostNegativeAmountSplitsIntoTwelfthsThatSumToIt() {
    List<Amount> twelfths = MOST_NEGATIVE.splitTwelfths();
    assertThat(twelfths).allSatisfy(p -> assertThat(p.isNegative()).isTrue());
    assertThat(Amount.total(twelfths)).isEqualTo(MOST_NEGATIVE);
  }

  @Test
  void theMostNegativeAmountSplitsByWeights() {
    assertThat(MOST_NEGATIVE.splitByWeights(List.of(BigDecimal.ONE))).containsExactly(MOST_NEGATIVE);
    assertThat(MOST_NEGATIVE.splitByWeights(List.of(BigDecimal.ONE, BigDecimal.ONE)))
        .containsExactly(Amount.ofCents(-4_611_686_018_427_387_904L), Amount.ofCents(-4_611_686_018_427_387_904L));
    List<Amount> parts = MOST_NEGATIVE.splitByWeights(List.of(BigDecimal.ONE, new BigDecimal("2"), BigDecimal.ZERO));
    assertThat(Amount.total(parts)).isEqualTo(MOST_NEGATIVE);
    assertThat(parts.get(2)).isEqualTo(Amount.ZERO);
  }
}
