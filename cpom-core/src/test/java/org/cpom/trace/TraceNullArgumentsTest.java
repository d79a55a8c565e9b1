package org.cpom.trace;

import org.cpom.LegalBasis;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public method of the trace package rejects null with an NPE naming the parameter. */
class TraceNullArgumentsTest {
  private static final LegalBasis BASIS = LegalBasis.casf("R314-107");
  private static final TraceStep STEP = TraceStep.of("douzième", Amount.ofEuros(100), BASIS);

  static Stream<Arguments> calls() {
    return Stream.of(
        call("LegalBasis.of", () -> LegalBasis.given(null), "text"),
        call("LegalBasis.casf", () -> LegalBasis.casf(null), "article"),
        call("LegalBasis.clause", () -> LegalBasis.clause(null), "clause"),
        call("TraceStep.of label", () -> TraceStep.of(null, Amount.ZERO, BASIS), "label"),
        call("TraceStep.of amount", () -> TraceStep.of("x", null, BASIS), "amount"),
        call("TraceStep.of basis", () -> TraceStep.of("x", Amount.ZERO, null), "basis"),
        call("Trace.of(List)", () -> Trace.of((List<TraceStep>) null), "steps"),
        call("Trace.of(List) element", () -> Trace.of(Arrays.asList(STEP, null)), "steps element"),
        call("Trace.of(TraceStep...)", () -> Trace.of((TraceStep[]) null), "steps"),
        call("Trace.of(TraceStep...) element", () -> Trace.of(STEP, null), "steps element"),
        call("Trace.plus(TraceStep)", () -> Trace.empty().plus(null), "step"),
        call("Trace.plus(label, amount, basis)", () -> Trace.empty().plus("x", Amount.ZERO, null), "basis"));
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
