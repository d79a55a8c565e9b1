package org.cpom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/** The argument checks at their boundaries: each returns its argument, or fails naming field and rule. */
class ChecksTest {
  private static final String RULE = "RULES 0: test";

  @Test
  void checkPassesOrFailsWithFieldValueRuleAndProblem() {
    Checks.check(true, "f", 1, RULE, "never thrown");
    assertThatThrownBy(() -> Checks.check(false, "cpom.period", 7, RULE, "too short"))
        .isInstanceOf(CpomValidationException.class)
        .hasMessage("cpom.period = 7 rejected: too short (RULES 0: test)")
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
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("n = -1").hasMessageContaining(RULE);
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
}
