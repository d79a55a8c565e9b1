package org.cpom.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/** The bounds of an accepted decimal and how a rejected one is quoted, at their limits. */
class DecimalsTest {
  private static String rejectedValue(BigDecimal value) {
    try {
      Decimals.bounded(value, "x");
    } catch (CpomValidationException e) {
      return e.value();
    }
    throw new AssertionError(value + " accepted");
  }

  @Test
  void aValueOf336BitsIsReadWhenItsDigitsAreMostlyTrailingZeros() {
    // 10^101 has 336 bits, the most read; with scale 101 it is 1, one significant digit
    BigDecimal one = new BigDecimal(BigInteger.TEN.pow(101), 101);
    assertThat(one.unscaledValue().bitLength()).isEqualTo(336);
    assertThat(Decimals.bounded(one, "x")).isEqualByComparingTo("1");
    // 10^102, 339 bits, is refused unread
    assertThat(rejectedValue(new BigDecimal(BigInteger.TEN.pow(102), 102))).isEqualTo("a decimal of over 64 digits, scale 102");
  }

  @Test
  void aRejectedValueIsQuotedWholeUpTo60DigitsThenByItsLength() {
    // 2^335: 336 bits, 101 digits, too many: its digits are counted
    assertThat(rejectedValue(new BigDecimal(BigInteger.ONE.shiftLeft(335))))
        .isEqualTo("a decimal of 101 digits, scale 0");
    // 60 nines, a magnitude of 10^59 (beyond 10^40): shown whole; 61 nines: by the count
    BigDecimal sixty = new BigDecimal("9".repeat(60));
    assertThat(rejectedValue(sixty)).isEqualTo("9".repeat(60));
    assertThat(rejectedValue(new BigDecimal("9".repeat(61)))).isEqualTo("a decimal of 61 digits, scale 0");
  }

  @Test
  void aTextIsQuotedWholeUpTo60Characters() {
    assertThat(Decimals.shown("x".repeat(60))).isEqualTo("\"" + "x".repeat(60) + "\"");
    assertThat(Decimals.shown("x".repeat(61))).isEqualTo("\"" + "x".repeat(60) + "...(61 characters)\"");
    assertThatThrownBy(() -> Decimals.parse("a".repeat(60), "x", org.cpom.LegalBasis.given("r")))
        .isInstanceOf(CpomValidationException.class)
        .extracting(e -> ((CpomValidationException) e).value())
        .isEqualTo("\"" + "a".repeat(60) + "\"");
  }
}
