package org.cpom.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/**
 * Hostile decimals, texts and counts given to the money kernel: each is rejected at once, naming its field,
 * with a short message; nothing runs unbounded and no bare {@code ArithmeticException} escapes.
 */
class MoneyBoundsTest {
  private static final Duration QUICK = Duration.ofSeconds(2);

  private static void rejected(ThrowingCallable call, String field, String problem) {
    assertTimeoutPreemptively(QUICK, () -> assertThatThrownBy(call)
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).contains(problem).hasSizeLessThan(400);
        }));
  }

  @Test
  void ratesWithHugeExponentsOrDigitsAreRejectedAtOnce() {
    rejected(() -> Rate.ofFraction("1E-100000000"), "fraction", "order of magnitude");
    rejected(() -> Rate.ofFraction(new BigDecimal("1E+100000000")), "fraction", "order of magnitude");
    rejected(() -> Rate.ofFraction(BigDecimal.TEN.pow(200_000)), "fraction", "significant digits");
    rejected(() -> Rate.ofPercent(new BigDecimal("1E-100000000")), "percent", "order of magnitude");
    rejected(() -> Rate.ofFraction("0." + "1".repeat(65)), "fraction", "significant digits");
    // the bounds themselves are accepted
    assertThat(Rate.ofFraction("1E+40").toFraction()).isEqualByComparingTo("1E+40");
    assertThat(Rate.ofFraction("1.5E-40").toFraction()).isEqualByComparingTo("1.5E-40");
    rejected(() -> Rate.ofFraction("1E-41"), "fraction", "order of magnitude");
    rejected(() -> Rate.ofFraction("1E+41"), "fraction", "order of magnitude");
    assertThat(Rate.ofFraction("0." + "1".repeat(64)).toFraction().precision()).isEqualTo(64);
  }

  @Test
  void rateArithmeticStaysWithinTheBounds() {
    Rate big = Rate.ofFraction("1E+30");
    rejected(() -> big.multipliedBy(new BigDecimal("1E+30")), "rate", "order of magnitude");
    rejected(() -> big.multipliedBy(new BigDecimal("1E-100000000")), "factor", "order of magnitude");
    rejected(() -> big.plus(Rate.ofFraction("1E-39")), "rate", "significant digits");
    assertThat(big.plus(big)).isEqualTo(Rate.ofFraction("2E+30"));
    assertThat(big.minus(big)).isEqualTo(Rate.ZERO);
  }

  @Test
  void ratiosAndPercentagesNameTheirArgument() {
    rejected(() -> Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), 65, RoundingMode.HALF_UP), "precision", "at most 64");
    rejected(() -> Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), 10, RoundingMode.UNNECESSARY), "rounding", "needs rounding");
    rejected(() -> Rate.ratio(new BigDecimal("1E-100000000"), BigDecimal.ONE, 10, RoundingMode.HALF_UP), "numerator",
        "order of magnitude");
    rejected(() -> Rate.ratio(BigDecimal.ONE, new BigDecimal("1E+100000000"), 10, RoundingMode.HALF_UP), "denominator",
        "order of magnitude");
    rejected(() -> Rate.ratio(new BigDecimal("1E+40"), new BigDecimal("1E-40"), 10, RoundingMode.HALF_UP), "ratio",
        "order of magnitude");
    // 1 / 2^100 terminates, but with 70 significant digits (those of 5^100): it is rounded to the precision asked for
    BigDecimal twoTo100 = new BigDecimal(java.math.BigInteger.TWO.pow(100));
    assertThat(Rate.ratio(BigDecimal.ONE, twoTo100, 5, RoundingMode.HALF_UP).toFraction().precision()).isEqualTo(5);
    Rate third = Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), 10, RoundingMode.HALF_UP);
    rejected(() -> third.toPercent(-1, RoundingMode.HALF_UP), "decimals", "from 0 to 64");
    rejected(() -> third.toPercent(65, RoundingMode.HALF_UP), "decimals", "from 0 to 64");
    rejected(() -> third.toPercent(2, RoundingMode.UNNECESSARY), "rounding", "needs rounding");
    assertThat(third.toPercent(2, RoundingMode.HALF_UP)).isEqualByComparingTo("33.33");
  }

  @Test
  void onlyAsciiDigitsAreMoney() {
    rejected(() -> Amount.of("\uFF11\uFF12.\uFF10\uFF10"), "amount", "U+FF11 at 0");   // fullwidth 12.00
    rejected(() -> Amount.of("\u0661\u0662.\u0660\u0660"), "amount", "U+0661");        // Arabic-Indic
    rejected(() -> Amount.of("\u0967\u0968"), "amount", "U+0967");                     // Devanagari
    rejected(() -> Amount.of("12.00\u00A0"), "amount", "U+00A0");                       // a no-break space
    rejected(() -> Rate.ofPercent("\uFF11"), "percent", "U+FF11");
    rejected(() -> Rate.ofFraction("0,5"), "fraction", "U+002C");
    assertThat(Amount.of("5_566_000.00")).isEqualTo(Amount.ofCents(556_600_000L));
    assertThat(Amount.of("-0.05")).isEqualTo(Amount.ofCents(-5));
  }

  @Test
  void aLongTextIsRejectedAtOnceWithAShortMessage() {
    String million = "1" + "0".repeat(1_000_000);
    rejected(() -> Amount.of(million), "amount", "longer than 100 characters");
    rejected(() -> Rate.ofFraction(million), "fraction", "longer than 100 characters");
    rejected(() -> Amount.of("1".repeat(101)), "amount", "longer than 100 characters");
    // 100 characters are read: this one is too large an amount, not too long a text
    rejected(() -> Amount.of("1".repeat(100)), "amount", "too large");
  }

  @Test
  void splitsHaveABoundedNumberOfParts() {
    rejected(() -> Amount.of("1.00").splitEqually(Integer.MAX_VALUE), "parts", "from 1 to 1000000 parts");
    rejected(() -> Amount.of("1.00").splitEqually(Amount.MAX_PARTS + 1), "parts", "from 1 to 1000000 parts");
    rejected(() -> Amount.of("1.00").splitEqually(0), "parts", "from 1 to 1000000 parts");
    List<Amount> most = Amount.of("10000.00").splitEqually(Amount.MAX_PARTS);
    assertThat(most).hasSize(Amount.MAX_PARTS).allMatch(a -> a.equals(Amount.ofCents(1)));
    // the same limit by weights: a million equal weights share 10,000.00 a cent each; one more is refused
    List<Amount> byWeights = Amount.of("10000.00")
        .splitByWeights(java.util.Collections.nCopies(Amount.MAX_PARTS, BigDecimal.ONE));
    assertThat(byWeights).hasSize(Amount.MAX_PARTS).allMatch(a -> a.equals(Amount.ofCents(1)));
    rejected(() -> Amount.of("1.00").splitByWeights(java.util.Collections.nCopies(Amount.MAX_PARTS + 1, BigDecimal.ONE)),
        "weights", "at most 1000000 parts");
    rejected(() -> Amount.of("1.00").splitByWeights(List.of(new BigDecimal("1E-100000000"), BigDecimal.ONE)),
        "weights[0]", "order of magnitude");
    rejected(() -> Amount.of("1.00").splitByWeights(List.of(BigDecimal.ONE, new BigDecimal("1E+100000000"))),
        "weights[1]", "order of magnitude");
  }

  @Test
  void overflowIsACpomRejection() {
    Amount max = Amount.ofCents(Long.MAX_VALUE);
    Amount min = Amount.ofCents(Long.MIN_VALUE);
    rejected(() -> max.plus(Amount.ofCents(1)), "amount", "overflows");
    rejected(() -> min.minus(Amount.ofCents(1)), "amount", "overflows");
    rejected(() -> max.multipliedBy(2), "amount", "overflows");
    rejected(min::negated, "amount", "overflows");
    rejected(min::abs, "amount", "overflows");
    rejected(() -> Amount.total(max, Amount.ofCents(1)), "amount", "overflows");
    rejected(() -> Amount.ofEuros(Long.MAX_VALUE / 10), "amount", "overflows");
    assertThat(max.negated()).isEqualTo(Amount.ofCents(-Long.MAX_VALUE));
    assertThat(Amount.total(max, min)).isEqualTo(Amount.ofCents(-1));
  }

  @Test
  void roundingThatTurnsOutNeededUnderUnnecessaryIsNamed() {
    Amount ten = Amount.of("10.00");
    rejected(() -> ten.multipliedBy(new BigDecimal("0.3333"), RoundingMode.UNNECESSARY), "factor", "UNNECESSARY");
    rejected(() -> ten.dividedBy(3, RoundingMode.UNNECESSARY), "divisor", "UNNECESSARY");
    rejected(() -> ten.prorated(1, 3, RoundingMode.UNNECESSARY), "denominator", "UNNECESSARY");
    rejected(() -> Amount.of(new BigDecimal("0.005"), RoundingMode.UNNECESSARY), "euros", "UNNECESSARY");
    assertThat(ten.dividedBy(4, RoundingMode.UNNECESSARY)).isEqualTo(Amount.of("2.50"));
  }

  @Test
  void factorsAndDivisorsOfThousandsOfDigitsAreRejected() {
    BigDecimal huge = new BigDecimal(BigDecimal.TEN.pow(5_000).unscaledValue().add(java.math.BigInteger.ONE));
    rejected(() -> Amount.of("1.00").multipliedBy(huge, RoundingMode.HALF_UP), "factor", "too many digits");
    rejected(() -> Amount.of("1.00").dividedBy(huge, RoundingMode.HALF_UP), "divisor", "too many digits");
    rejected(() -> Amount.of(huge, RoundingMode.HALF_UP), "amount", "too many digits");
  }

  /** A BigDecimal that holds 5 but compares as 0.5: the kernel reads its digits, never its overriding methods. */
  static final class Disguised extends BigDecimal {
    private static final long serialVersionUID = 1L;

    Disguised() {
      super("5");
    }

    @Override
    public int compareTo(BigDecimal other) {
      return new BigDecimal("0.5").compareTo(other);
    }

    @Override
    public int signum() {
      return -1;
    }
  }

  @Test
  void aBigDecimalSubclassIsCopiedToItsPlainValue() {
    Rate r = Rate.ofFraction(new Disguised());
    assertThat(r.toFraction().getClass()).isEqualTo(BigDecimal.class);
    assertThat(r.toFraction()).isEqualByComparingTo("5");
    assertThat(Amount.of(new Disguised())).isEqualTo(Amount.of("5.00"));
    assertThat(Amount.of("2.00").multipliedBy(new Disguised(), RoundingMode.HALF_UP)).isEqualTo(Amount.of("10.00"));
    assertThat(Amount.of("10.00").splitByWeights(List.of(new Disguised(), new BigDecimal("5"))))
        .containsExactly(Amount.of("5.00"), Amount.of("5.00"));
  }

  /** A BigDecimal that holds 5 but claims to be zero. */
  static final class ClaimsZero extends BigDecimal {
    private static final long serialVersionUID = 1L;

    ClaimsZero() {
      super("5");
    }

    @Override
    public int signum() {
      return 0;
    }
  }

  @Test
  void aSubclassClaimingZeroIsStillReadByItsDigits() {
    // an amount from the copy, never from the overriding signum(), which would make it zero
    assertThat(Amount.of(new ClaimsZero())).isEqualTo(Amount.of("5.00"));
    assertThat(Amount.of(new ClaimsZero(), RoundingMode.HALF_UP)).isEqualTo(Amount.of("5.00"));
  }

  @Test
  void twoThousandBitsOfDigitsAreStillAccepted() {
    // 2^1999 has 2,000 bits, the most accepted, and 602 digits: 2^1999 x 10^-601 = 5.7406..., 5.74 to the cent
    BigDecimal longest = new BigDecimal(java.math.BigInteger.ONE.shiftLeft(1999), 601);
    assertThat(longest.unscaledValue().bitLength()).isEqualTo(2000);
    assertThat(Amount.of(longest, RoundingMode.HALF_UP)).isEqualTo(Amount.of("5.74"));
    // as a factor: one cent (unscaled 1) x 5.7406... = 0.057406... -> 0.06, the product still of 2,000 bits
    assertThat(Amount.of("0.01").multipliedBy(longest, RoundingMode.HALF_UP)).isEqualTo(Amount.of("0.06"));
    // one bit more is refused
    BigDecimal tooLong = new BigDecimal(java.math.BigInteger.ONE.shiftLeft(2000), 602);
    rejected(() -> Amount.of(tooLong, RoundingMode.HALF_UP), "amount", "too many digits");
    rejected(() -> Amount.of("1.00").multipliedBy(tooLong, RoundingMode.HALF_UP), "factor", "too many digits");
  }
}
