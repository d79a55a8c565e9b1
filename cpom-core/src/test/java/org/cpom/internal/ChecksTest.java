package org.cpom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

/** The argument checks at their boundaries: each returns its argument, or fails naming field and rule. */
class ChecksTest {
  private static final LegalBasis RULE = LegalBasis.casf("R314-1");

  @Test
  void checkPassesOrFailsWithFieldValueRuleAndProblem() {
    Checks.check(true, "f", 1, RULE, "never thrown");
    assertThatThrownBy(() -> Checks.check(false, "cpom.period", 7, RULE, "too short"))
        .isInstanceOf(CpomValidationException.class)
        .hasMessage("cpom.period = 7 rejected: too short (CASF R314-1)")
        .satisfies(e -> {
          CpomValidationException v = (CpomValidationException) e;
          assertThat(v.field()).isEqualTo("cpom.period");
          assertThat(v.value()).isEqualTo("7");
          assertThat(v.rule()).isEqualTo(RULE);
        });
  }

  @Test
  void notNegativeAcceptsZeroAndRejectsMinusOne() {
    assertThat(Checks.notNegative(0, "n", RULE)).isZero();
    assertThat(Checks.notNegative(5, "n", RULE)).isEqualTo(5);
    assertThatThrownBy(() -> Checks.notNegative(-1, "n", RULE))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("n = -1").hasMessageContaining(RULE.text());
    assertThat(Checks.notNegative(new BigDecimal("0.00"), "d", RULE)).isEqualByComparingTo("0");
    BigDecimal five = new BigDecimal("5.5");
    assertThat(Checks.notNegative(five, "d", RULE)).isSameAs(five);
    assertThatThrownBy(() -> Checks.notNegative(new BigDecimal("-0.01"), "d", RULE))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("d = -0.01");
    assertThatThrownBy(() -> Checks.notNegative((BigDecimal) null, "d", RULE))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("d");
  }

  @Test
  void positiveAcceptsOneAndRejectsZero() {
    assertThat(Checks.positive(1, "p", RULE)).isEqualTo(1);
    assertThat(Checks.positive(12, "p", RULE)).isEqualTo(12);
    assertThatThrownBy(() -> Checks.positive(0, "p", RULE))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("p = 0").hasMessageContaining("positive");
  }

  @Test
  void notBlankAndNullChecksReturnTheirArgument() {
    assertThat(Checks.notBlank(" x ", "t")).isEqualTo(" x ");
    assertThatThrownBy(() -> Checks.notBlank(" \t", "t"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("t = \" \t\"");
    assertThatThrownBy(() -> Checks.notBlank(null, "t")).isExactlyInstanceOf(NullPointerException.class).hasMessage("t");
    // no-break, narrow and figure spaces, zero-width space and BOM look blank too (isBlank lets them through)
    for (String invisible : new String[] {"\u00A0", "\u202F\u2007", "\u200B", "\uFEFF", " \u00A0\t\u200B", ""}) {
      assertThatThrownBy(() -> Checks.notBlank(invisible, "t")).as(invisible.codePoints().boxed().toList().toString())
          .isInstanceOf(CpomValidationException.class).hasMessageContaining("must not be blank");
    }
    assertThat(Checks.notBlank("\u00A0é", "t")).isEqualTo("\u00A0é");
    Object o = new Object();
    assertThat(Checks.notNull(o, "o")).isSameAs(o);
    List<String> list = List.of("a");
    assertThat(Checks.noNulls(list, "l")).isSameAs(list);
    assertThatThrownBy(() -> Checks.noNulls(Arrays.asList("a", null), "l"))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("l element");
  }

  @Test
  void aTextOfTheLongestLengthIsAcceptedAndANulIsAControlCharacter() {
    String longest = "a".repeat(Checks.MAX_TEXT_LENGTH);
    assertThat(Checks.notBlank(longest, "label")).isSameAs(longest);
    assertThatThrownBy(() -> Checks.notBlank(longest + "a", "label")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("is 10001 characters long");
    // U+0000, the first control character, is refused like the others
    assertThatThrownBy(() -> Checks.notBlank("a\u0000b", "label")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("holds the control character U+0000");
  }

  /** A BigDecimal that holds a value but claims to be zero. */
  static final class ClaimsZero extends BigDecimal {
    private static final long serialVersionUID = 1L;

    ClaimsZero(String value) {
      super(value);
    }

    @Override
    public int signum() {
      return 0;
    }
  }

  private static String rejectedValue(BigDecimal value) {
    try {
      Checks.bounded(value, "x");
    } catch (CpomValidationException e) {
      return e.value();
    }
    throw new AssertionError(value + " accepted");
  }

  @Test
  void anIndicatorDecimalIsBoundedAtItsLimits() {
    BigDecimal zero = new BigDecimal("0.00");
    assertThat(Checks.bounded(zero, "x")).isSameAs(zero);
    // a subclass is judged by its digits, not by its signum()
    assertThatThrownBy(() -> Checks.bounded(new ClaimsZero("1E+50"), "x")).isInstanceOf(CpomValidationException.class);
    // 10^101 x 10^-101 = 1: 336 bits, the most read; 10^102 x 10^-102, 339 bits, refused unread
    assertThat(Checks.bounded(new BigDecimal(java.math.BigInteger.TEN.pow(101), 101), "x")).isEqualByComparingTo("1");
    assertThatThrownBy(() -> Checks.bounded(new BigDecimal(java.math.BigInteger.TEN.pow(102), 102), "x"))
        .hasMessageContaining("more than 64 significant digits");
    // 64 significant digits, not 65
    assertThat(Checks.bounded(new BigDecimal("0." + "1".repeat(64)), "x")).hasToString("0." + "1".repeat(64));
    assertThatThrownBy(() -> Checks.bounded(new BigDecimal("0." + "1".repeat(65)), "x"))
        .hasMessageContaining("more than 64 significant digits");
    // orders of magnitude 10^40 and 10^-40 are in, 10^41 and 10^-41 out; 45 digits at scale 44 is about 1
    assertThat(Checks.bounded(new BigDecimal("1E+40"), "x")).isEqualByComparingTo("1E+40");
    assertThat(Checks.bounded(new BigDecimal("1E-40"), "x")).isEqualByComparingTo("1E-40");
    BigDecimal aboutOne = new BigDecimal("1." + "2".repeat(44));
    assertThat(Checks.bounded(aboutOne, "x")).isSameAs(aboutOne);
    assertThatThrownBy(() -> Checks.bounded(new BigDecimal("1E+41"), "x")).hasMessageContaining("order of magnitude");
    assertThatThrownBy(() -> Checks.bounded(new BigDecimal("1E-41"), "x")).hasMessageContaining("order of magnitude");
    // a rejected value is quoted whole up to 60 characters: 60 nines are 10^59, too large
    assertThat(rejectedValue(new BigDecimal("9".repeat(60)))).isEqualTo("9".repeat(60));
    assertThat(rejectedValue(new BigDecimal("9".repeat(61)))).isEqualTo("9".repeat(60) + "...");
  }

  @Test
  void aRejectedTextIsQuotedWithItsControlCharactersEscaped() {
    // tab, line feed and carriage return are shown as they are, U+0001 as an escape
    assertThatThrownBy(() -> Checks.notBlank("a\tb\nc\rd\u0001", "label"))
        .isInstanceOf(CpomValidationException.class)
        .extracting(e -> ((CpomValidationException) e).value())
        .isEqualTo("\"a\tb\nc\rd\\u0001\"");
    // 20 code points are quoted whole, 21 are cut
    assertThatThrownBy(() -> Checks.notBlank("a".repeat(19) + "\u0001", "label"))
        .extracting(e -> ((CpomValidationException) e).value())
        .isEqualTo("\"" + "a".repeat(19) + "\\u0001\"");
    assertThatThrownBy(() -> Checks.notBlank("a".repeat(20) + "\u0001", "label"))
        .extracting(e -> ((CpomValidationException) e).value())
        .isEqualTo("\"" + "a".repeat(20) + "...\"");
  }
}
