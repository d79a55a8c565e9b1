package org.cpom.money;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public method of the money package rejects null with a NullPointerException naming the parameter. */
class MoneyNullArgumentsTest {
  private static final Amount TEN = Amount.ofEuros(10);
  private static final Rate FIVE = Rate.ofPercent("5");

  static Stream<Arguments> calls() {
    return Stream.of(
        call("Amount.of(BigDecimal)", () -> Amount.of((BigDecimal) null), "euros"),
        call("Amount.of(BigDecimal, RoundingMode)", () -> Amount.of(BigDecimal.ONE, null), "rounding"),
        call("Amount.of(String)", () -> Amount.of((String) null), "euros"),
        call("Amount.parse", () -> Amount.parse(null), "text"),
        call("Amount.from", () -> Amount.from(null), "amount"),
        call("Amount.total(Iterable)", () -> Amount.total((Iterable<Amount>) null), "amounts"),
        call("Amount.total(Amount...)", () -> Amount.total((Amount[]) null), "amounts"),
        call("Amount.total element", () -> Amount.total(TEN, null), "amounts element"),
        call("Amount.total(Iterable) element", () -> Amount.total(Arrays.asList(TEN, null)), "amounts element"),
        call("Amount.plus", () -> TEN.plus(null), "other"),
        call("Amount.minus", () -> TEN.minus(null), "other"),
        call("Amount.min", () -> TEN.min(null), "other"),
        call("Amount.max", () -> TEN.max(null), "other"),
        call("Amount.compareTo", () -> TEN.compareTo(null), "other"),
        call("Amount.isGreaterThan", () -> TEN.isGreaterThan(null), "other"),
        call("Amount.isLessThan", () -> TEN.isLessThan(null), "other"),
        call("Amount.multipliedBy(BigDecimal)", () -> TEN.multipliedBy((BigDecimal) null, RoundingMode.HALF_UP), "factor"),
        call("Amount.multipliedBy(Rate)", () -> TEN.multipliedBy((Rate) null, RoundingMode.HALF_UP), "rate"),
        call("Amount.multipliedBy rounding", () -> TEN.multipliedBy(FIVE, null), "rounding"),
        call("Amount.dividedBy(long)", () -> TEN.dividedBy(2, null), "rounding"),
        call("Amount.dividedBy(BigDecimal)", () -> TEN.dividedBy((BigDecimal) null, RoundingMode.HALF_UP), "divisor"),
        call("Amount.dividedBy zero amount", () -> Amount.ZERO.dividedBy(BigDecimal.ONE, null), "rounding"),
        call("Amount.prorated", () -> TEN.prorated(1, 2, null), "rounding"),
        call("Amount.splitByWeights(List)", () -> TEN.splitByWeights((List<BigDecimal>) null), "weights"),
        call("Amount.splitByWeights(Map)", () -> TEN.splitByWeights((Map<String, BigDecimal>) null), "weights"),
        call("Rate.ofFraction(BigDecimal)", () -> Rate.ofFraction((BigDecimal) null), "fraction"),
        call("Rate.ofPercent(String)", () -> Rate.ofPercent((String) null), "percent"),
        call("Rate.ratio", () -> Rate.ratio(BigDecimal.ONE, null, 6, RoundingMode.HALF_UP), "denominator"),
        call("Rate.plus", () -> FIVE.plus(null), "other"),
        call("Rate.minus", () -> FIVE.minus(null), "other"),
        call("Rate.min", () -> FIVE.min(null), "other"),
        call("Rate.max", () -> FIVE.max(null), "other"),
        call("Rate.compareTo", () -> FIVE.compareTo(null), "other"),
        call("Rate.multipliedBy", () -> FIVE.multipliedBy(null), "factor"),
        call("Rate.toPercent", () -> FIVE.toPercent(2, null), "rounding"));
  }

  private static Arguments call(String name, ThrowingCallable call, String parameter) {
    return Arguments.of(Named.of(name, call), parameter);
  }

  @ParameterizedTest
  @MethodSource("calls")
  void rejectsNullNamingTheParameter(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
  }
}
