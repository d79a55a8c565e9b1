package org.cpom.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

class RateTest {
  @Test
  void percentAndFractionAreTheSameValue() {
    assertThat(Rate.ofPercent("1.20")).isEqualTo(Rate.ofFraction("0.012"));
    assertThat(Rate.ofPercent("1.20").hashCode()).isEqualTo(Rate.ofFraction("0.012").hashCode());
    assertThat(Rate.ofPercent("1.20").toFraction()).isEqualByComparingTo("0.012");
    assertThat(Rate.ofPercent("1.20").toPercent()).isEqualByComparingTo("1.2");
    assertThat(Rate.ofPercent("1.20").growthFactor()).isEqualByComparingTo("1.012");
    assertThat(Rate.ofPercent("1.2")).hasToString("1.2%");
    assertThat(Rate.ofPercent(new BigDecimal("-0.5")).signum()).isEqualTo(-1);
  }

  @Test
  void ratioIsExactWhenItTerminatesAndRoundedOtherwise() {
    assertThat(Rate.ratio(new BigDecimal("85"), new BigDecimal("100"), 10, RoundingMode.HALF_UP))
        .isEqualTo(Rate.ofPercent("85"));
    Rate third = Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), 6, RoundingMode.HALF_UP);
    assertThat(third.toFraction()).isEqualByComparingTo("0.333333");
    assertThat(third.toPercent(2, RoundingMode.HALF_UP)).isEqualByComparingTo("33.33");
    assertThatThrownBy(() -> Rate.ratio(BigDecimal.ONE, BigDecimal.ZERO, 6, RoundingMode.HALF_UP))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("denominator");
  }

  @Test
  void arithmetic() {
    Rate a = Rate.ofPercent("95");
    Rate b = Rate.ofPercent("85");
    assertThat(a.minus(b)).isEqualTo(Rate.ofPercent("10"));
    assertThat(a.minus(b).multipliedBy(new BigDecimal("0.5"))).isEqualTo(Rate.ofPercent("5"));
    assertThat(a.plus(b)).isEqualTo(Rate.ofPercent("180"));
    assertThat(a.min(b)).isEqualTo(b);
    assertThat(a.max(b)).isEqualTo(a);
    assertThat(a.compareTo(b)).isPositive();
    assertThat(Rate.ZERO.signum()).isZero();
    assertThat(Rate.ONE).isEqualTo(Rate.ofPercent("100"));
  }

  @Test
  void textThatIsNotANumberIsRejected() {
    assertThatThrownBy(() -> Rate.ofPercent("1,2")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("percent");
  }

  @Test
  void valueContractAndEquality() {
    Rate a = Rate.ofPercent("5");
    assertThat(a.min(Rate.ofFraction("0.05"))).isSameAs(a);
    assertThat(a.max(Rate.ofFraction("0.050"))).isSameAs(a);
    assertThat(a).isNotEqualTo(Rate.ofPercent("5.01")).isNotEqualTo("5%");
    assertThat(a.hashCode()).isNotEqualTo(Rate.ofPercent("6").hashCode());
    assertThat(Rate.ofPercent("5").compareTo(Rate.ofPercent("5.0"))).isZero();
  }

  @Test
  void aRatioNeedsAtLeastOneSignificantDigit() {
    // MathContext(0) means "unlimited": 1/3 then failed with a bare ArithmeticException.
    for (int precision : new int[] {0, -1}) {
      assertThatThrownBy(() -> Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), precision, RoundingMode.HALF_UP))
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("precision")
          .hasMessageContaining("cpom convention");
    }
    assertThat(Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), 1, RoundingMode.HALF_UP)).isEqualTo(Rate.ofFraction("0.3"));
    // The precision matters only when the ratio does not terminate.
    assertThat(Rate.ratio(BigDecimal.ONE, new BigDecimal("8"), 1, RoundingMode.HALF_UP)).isEqualTo(Rate.ofFraction("0.125"));
  }

  @Test
  void sixtyFourDigitsAreTheLimitOfARatioAndOfADisplayedPercentage() {
    // 1/3 to 64 significant digits, the most allowed; 65 is refused
    assertThat(Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), 64, RoundingMode.HALF_UP).toFraction())
        .isEqualTo(new BigDecimal("0." + "3".repeat(64)));
    assertThatThrownBy(() -> Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), 65, RoundingMode.HALF_UP))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("precision");
    // a terminating quotient of exactly 64 digits stays exact, whatever the precision asked for
    BigDecimal sixtyFour = new BigDecimal("0." + "1".repeat(64));
    assertThat(Rate.ratio(sixtyFour, BigDecimal.ONE, 2, RoundingMode.HALF_UP).toFraction()).isEqualTo(sixtyFour);
    // displayed with 0 and with 64 decimals
    Rate third = Rate.ofPercent("12.5");
    assertThat(third.toPercent(0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("13"));
    assertThat(third.toPercent(64, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("12.5").setScale(64));
    assertThatThrownBy(() -> third.toPercent(65, RoundingMode.HALF_UP)).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> third.toPercent(-1, RoundingMode.HALF_UP)).isInstanceOf(CpomValidationException.class);
  }
}
