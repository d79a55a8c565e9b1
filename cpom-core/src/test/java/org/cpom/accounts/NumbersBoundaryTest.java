package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers at their edges: a sign at each end, a separator first, exactly the scale, exactly the digit bound. */
class NumbersBoundaryTest {
  private static long parse(String s, char decimal, int scale, int max, Numbers.Problem p) {
    return Numbers.parse(s, decimal, scale, max, p);
  }

  @Test
  void signAtEitherEnd() {
    Numbers.Problem p = new Numbers.Problem();
    assertThat(parse("12,34", ',', 2, 13, p)).isEqualTo(1234);
    assertThat(parse("-12,34", ',', 2, 13, p)).isEqualTo(-1234);
    assertThat(parse("12,34-", ',', 2, 13, p)).isEqualTo(-1234);
    assertThat(parse("+12,34", ',', 2, 13, p)).isEqualTo(1234);
    assertThat(parse("12,34+", ',', 2, 13, p)).isEqualTo(1234);
    assertThat(parse("", ',', 2, 13, p)).isZero();
  }

  @Test
  void theOtherSeparatorFirstIsRejected() {
    Numbers.Problem p = new Numbers.Problem();
    assertThat(parse(".5", ',', 2, 13, p)).isEqualTo(Numbers.INVALID);
    assertThat(p.text).isEqualTo("a point: the decimal separator is a comma");
    assertThat(p.convention).isFalse();
    Numbers.Problem q = new Numbers.Problem();
    assertThat(parse(",5", '.', 2, 13, q)).isEqualTo(Numbers.INVALID);
    assertThat(q.text).isEqualTo("a comma: the decimal separator is a point");
  }

  @Test
  void aThousandsSeparatorFirstIsRejected() {
    for (String s : new String[] {" 12", "\u00A012", "\u202F12", "'12", "1,2,3", ",,5"}) {
      Numbers.Problem p = new Numbers.Problem();
      assertThat(parse(s, ',', 2, 13, p)).as(s).isEqualTo(Numbers.INVALID);
      assertThat(p.text).as(s).isEqualTo("a thousands separator (none is allowed)");
      assertThat(p.convention).isFalse();
    }
  }

  @Test
  void theDecimalSeparatorFirstHasNoWholePart() {
    Numbers.Problem p = new Numbers.Problem();
    assertThat(parse(",5", ',', 2, 13, p)).isEqualTo(50);
    assertThat(parse("-,05", ',', 2, 13, p)).isEqualTo(-5);
    assertThat(parse("5,", ',', 2, 13, p)).isEqualTo(500);
    assertThat(p.text).isNull();
  }

  @Test
  void notANumber() {
    for (String s : new String[] {"-", ",", "+,", "12a", "1,2x", "--1"}) {
      Numbers.Problem p = new Numbers.Problem();
      assertThat(parse(s, ',', 2, 13, p)).as(s).isEqualTo(Numbers.INVALID);
      assertThat(p.text).as(s).isEqualTo("not a decimal number");
    }
  }

  @Test
  void exactlyTheScaleAndTrailingZerosBeyond() {
    Numbers.Problem p = new Numbers.Problem();
    assertThat(parse("1,20", ',', 2, 13, p)).isEqualTo(120);
    assertThat(parse("1,2300", ',', 2, 13, p)).isEqualTo(123);
    assertThat(parse("5", ',', 0, 13, p)).isEqualTo(5);
    assertThat(parse("5,00", ',', 0, 13, p)).isEqualTo(5);
    assertThat(p.text).isNull();
    assertThat(parse("1,234", ',', 2, 13, p)).isEqualTo(Numbers.INVALID);
    assertThat(p.text).isEqualTo("more than 2 decimals");
    assertThat(p.convention).isTrue();
  }

  @Test
  void exactlyTheDigitBoundAndOneMore() {
    Numbers.Problem p = new Numbers.Problem();
    assertThat(parse("1234", ',', 2, 4, p)).isEqualTo(123400);
    assertThat(parse("0001234,5", ',', 2, 4, p)).isEqualTo(123450);
    assertThat(p.text).isNull();
    assertThat(parse("12345", ',', 2, 4, p)).isEqualTo(Numbers.INVALID);
    assertThat(p.text).isEqualTo("more than 4 digits before the decimal separator");
    assertThat(p.convention).isTrue();
    Numbers.Problem q = new Numbers.Problem();
    // leading zeros are dropped down to one: "000" keeps one digit, which a bound of zero digits refuses
    assertThat(parse("000", ',', 2, 0, q)).isEqualTo(Numbers.INVALID);
    assertThat(parse("000", ',', 2, 1, q)).isZero();
  }

  @Test
  void trimAtEachEnd() {
    assertThat(Numbers.trim(" a")).isEqualTo("a");
    assertThat(Numbers.trim("a ")).isEqualTo("a");
    assertThat(Numbers.trim("\u00A0a\u00A0 ")).isEqualTo("a");
    assertThat(Numbers.trim("   ")).isEmpty();
    String s = "a b";
    assertThat(Numbers.trim(s)).isSameAs(s);
  }

  @Test
  void textOfExactlyTheBoundAndOneMore() {
    assertThat(Numbers.textProblem("abcde", 5)).isNull();
    assertThat(Numbers.textProblem("abcdef", 5)).isEqualTo("longer than 5 characters");
    assertThat(Numbers.textProblem("ab\u0001", 5)).isEqualTo("control character U+0001 at 2");
    assertThat(Numbers.textProblem("\u2028", 5)).isEqualTo("control character U+2028 at 0");
  }
}
