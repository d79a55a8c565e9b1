package org.cpom.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/**
 * The ends of the range: the most negative amount (whose absolute value does not fit a long) and decimals
 * whose exponent is far outside anything a cent can hold.
 */
class AmountExtremesTest {
  private static final Amount MOST_NEGATIVE = Amount.ofCents(Long.MIN_VALUE);
  private static final Duration QUICK = Duration.ofSeconds(2);

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

  @Test
  void aHugeExponentIsRejectedAtOnceAsTooLarge() {
    assertTimeoutPreemptively(QUICK, () -> {
      assertThatThrownBy(() -> Amount.of("1E+999999999"))
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("too large")
          .hasMessageContaining("cpom:amount-scale");
      assertThatThrownBy(() -> Amount.of(new BigDecimal("-1E+999999999"), RoundingMode.HALF_UP))
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("too large");
      assertThatThrownBy(() -> Amount.of("1").multipliedBy(new BigDecimal("1E+999999999"), RoundingMode.HALF_UP))
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("too large");
      assertThatThrownBy(() -> Amount.of("1").dividedBy(new BigDecimal("1E-999999999"), RoundingMode.HALF_UP))
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("too large");
    });
  }

  @Test
  void aTinyExponentRoundsAtOnceLikeAnyValueBelowOneTenthOfACent() {
    assertTimeoutPreemptively(QUICK, () -> {
      BigDecimal tiny = new BigDecimal("1E-999999999");
      assertThat(Amount.of(tiny, RoundingMode.HALF_UP)).isEqualTo(Amount.ZERO);
      assertThat(Amount.of(tiny, RoundingMode.UP)).isEqualTo(Amount.ofCents(1));
      assertThat(Amount.of(tiny.negate(), RoundingMode.UP)).isEqualTo(Amount.ofCents(-1));
      assertThat(Amount.of(tiny.negate(), RoundingMode.CEILING)).isEqualTo(Amount.ZERO);
      assertThat(Amount.of(tiny.negate(), RoundingMode.FLOOR)).isEqualTo(Amount.ofCents(-1));
      assertThatThrownBy(() -> Amount.of(tiny, RoundingMode.UNNECESSARY)).isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("UNNECESSARY");
      assertThatThrownBy(() -> Amount.of(tiny))
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("more than two decimals");
      assertThatThrownBy(() -> Amount.of("0.000000001")).isInstanceOf(CpomValidationException.class);
      assertThat(Amount.of("1").dividedBy(new BigDecimal("1E+999999999"), RoundingMode.HALF_UP)).isEqualTo(Amount.ZERO);
      assertThat(Amount.of("-1").dividedBy(new BigDecimal("1E+999999999"), RoundingMode.UP))
          .isEqualTo(Amount.ofCents(-1));
      assertThat(Amount.of("1").multipliedBy(tiny, RoundingMode.CEILING)).isEqualTo(Amount.ofCents(1));
    });
  }

  @Test
  void zeroWithAnyExponentIsZero() {
    assertTimeoutPreemptively(QUICK, () -> {
      assertThat(Amount.of(new BigDecimal("0E+999999999"))).isEqualTo(Amount.ZERO);
      assertThat(Amount.of(new BigDecimal("0E-999999999"))).isEqualTo(Amount.ZERO);
      assertThat(Amount.of(new BigDecimal("0E-999999999"), RoundingMode.UNNECESSARY)).isEqualTo(Amount.ZERO);
      assertThat(Amount.ZERO.dividedBy(new BigDecimal("1E-999999999"), RoundingMode.HALF_UP)).isEqualTo(Amount.ZERO);
    });
  }

  @Test
  void valuesJustInsideAndOutsideTheRangeOfCents() {
    // Long.MAX_VALUE cents is 92233720368547758.07 EUR: 17 digits before the point.
    assertThat(Amount.of("92233720368547758.07")).isEqualTo(Amount.ofCents(Long.MAX_VALUE));
    assertThat(Amount.of("-92233720368547758.08")).isEqualTo(MOST_NEGATIVE);
    assertThatThrownBy(() -> Amount.of("92233720368547758.08"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("too large");
    assertThatThrownBy(() -> Amount.of("100000000000000000"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("too large");
    // Values with three or more zeros after the point still round like any other.
    assertThat(Amount.of(new BigDecimal("0.0049"), RoundingMode.HALF_UP)).isEqualTo(Amount.ZERO);
    assertThat(Amount.of(new BigDecimal("0.005"), RoundingMode.HALF_UP)).isEqualTo(Amount.ofCents(1));
    assertThat(Amount.of(new BigDecimal("-0.0009"), RoundingMode.UP)).isEqualTo(Amount.ofCents(-1));
    assertThat(Amount.of(new BigDecimal("0.0001"), RoundingMode.HALF_UP)).isEqualTo(Amount.ZERO);
  }

  @Test
  void aProrataTooLargeForCentsIsRejectedLikeAProduct() {
    // Same failure as multipliedBy: a validation error naming the rule, not a bare ArithmeticException.
    Amount big = Amount.ofCents(Long.MAX_VALUE);
    assertThatThrownBy(() -> big.prorated(3, 2, RoundingMode.HALF_UP))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> big.multipliedBy(new BigDecimal("1.5"), RoundingMode.HALF_UP))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("too large");
    assertThat(big.prorated(2, 2, RoundingMode.HALF_UP)).isEqualTo(big);
    assertThat(MOST_NEGATIVE.prorated(1, 2, RoundingMode.HALF_UP)).isEqualTo(Amount.ofCents(Long.MIN_VALUE / 2));
  }

  @Test
  void divisionsNearTheShortcutsGiveTheExactRoundedQuotient() {
    // 2.00 / 300 = 0.00666..: the quotient is above a tenth of a cent, so it rounds normally to 0.01.
    assertThat(Amount.of("2.00").dividedBy(300, RoundingMode.HALF_UP)).isEqualTo(Amount.ofCents(1));
    assertThat(Amount.of("2.00").dividedBy(3000, RoundingMode.HALF_UP)).isEqualTo(Amount.ZERO);
    assertThat(Amount.of("2.00").dividedBy(3000, RoundingMode.UP)).isEqualTo(Amount.ofCents(1));
    assertThat(Amount.of("-2.00").dividedBy(new BigDecimal("-3000"), RoundingMode.UP)).isEqualTo(Amount.ofCents(1));
    assertThat(Amount.of("2.00").dividedBy(new BigDecimal("-3000"), RoundingMode.UP)).isEqualTo(Amount.ofCents(-1));
    // 9.00 / 1000 = 0.009, within a magnitude of the shortcut: HALF_UP still gives a cent.
    assertThat(Amount.of("9.00").dividedBy(1000, RoundingMode.HALF_UP)).isEqualTo(Amount.ofCents(1));
    assertThat(Amount.of("9.99").dividedBy(10000, RoundingMode.HALF_UP)).isEqualTo(Amount.ZERO);
    assertThat(Amount.of("9.99").dividedBy(10000, RoundingMode.CEILING)).isEqualTo(Amount.ofCents(1));
    // The largest amount divided by 1 or 0.5: 17 digits before the point, kept or too large.
    Amount big = Amount.ofCents(Long.MAX_VALUE);
    assertThat(big.dividedBy(1, RoundingMode.HALF_UP)).isEqualTo(big);
    assertThat(Amount.of("10000000000000000.00").dividedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP))
        .isEqualTo(Amount.of("20000000000000000.00"));
    assertThatThrownBy(() -> big.dividedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("too large");
    // A quotient sure to exceed 10^17 is refused before dividing, the message showing both operands.
    assertThatThrownBy(() -> Amount.of("1.00").dividedBy(new BigDecimal("1E-18"), RoundingMode.HALF_UP))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("EUR 1.00 / 0.000000000000000001");
  }

  @Test
  void errorMessagesShowPlainDigitsUpToFortyDecimalsThenScientificNotation() {
    String fortyDecimals = "0." + "0".repeat(39) + "1";
    assertThatThrownBy(() -> Amount.of(new BigDecimal(fortyDecimals)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("amount = " + fortyDecimals + " rejected");
    assertThatThrownBy(() -> Amount.of(new BigDecimal("1E-41")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("amount = 1E-41 rejected");
    assertThatThrownBy(() -> Amount.of("1E+999999999"))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("amount = 1E+999999999 rejected");
  }
}
