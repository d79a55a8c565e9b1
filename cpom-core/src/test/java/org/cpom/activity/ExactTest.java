package org.cpom.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The exact fraction the modulations are computed with before their one rounding. */
class ExactTest {
  private static Exact ratio(long numerator, long denominator) {
    return Exact.ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  @Test
  void aFractionShowsItsNumeratorAndDenominatorAsGiven() {
    assertThat(ratio(2, 4)).hasToString("2/4");
    assertThat(Exact.of(new BigDecimal("0.95"))).hasToString("0.95/1");
  }

  @Test
  void theDenominatorMustBeAboveZero() {
    assertThatThrownBy(() -> ratio(1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessage("denominator 0");
    assertThatThrownBy(() -> ratio(1, -3)).isInstanceOf(IllegalArgumentException.class).hasMessage("denominator -3");
    assertThat(ratio(1, 1)).hasToString("1/1");
  }

  @Test
  void timesANumberMultipliesTheNumeratorOnly() {
    // 1/4 x 3 = 3/4, not reduced
    assertThat(ratio(1, 4).times(BigDecimal.valueOf(3))).hasToString("3/4");
    assertThat(ratio(1, 4).times(ratio(3, 5))).hasToString("3/20");
  }

  @Test
  void theAbsoluteValueKeepsTheDenominator() {
    assertThat(ratio(-3, 4).abs()).hasToString("3/4");
    assertThat(ratio(3, 4).abs()).hasToString("3/4");
    assertThat(ratio(0, 4).abs()).hasToString("0/4");
  }

  @Test
  void onATieMaxAndMinKeepTheReceiver() {
    // 1/2 and 2/4 are equal: the receiver is kept, as written, so a result shows the fraction it came from.
    assertThat(ratio(1, 2).max(ratio(2, 4))).hasToString("1/2");
    assertThat(ratio(1, 2).min(ratio(2, 4))).hasToString("1/2");
    assertThat(ratio(1, 2).max(ratio(3, 4))).hasToString("3/4");
    assertThat(ratio(3, 4).max(ratio(1, 2))).hasToString("3/4");
    assertThat(ratio(1, 2).min(ratio(3, 4))).hasToString("1/2");
    assertThat(ratio(3, 4).min(ratio(1, 2))).hasToString("1/2");
  }
}
