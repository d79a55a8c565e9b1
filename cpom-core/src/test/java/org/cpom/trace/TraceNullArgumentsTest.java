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
        call("Trace.plus(label, amount, basis)", () -> Trace.empty().plus("x", Amount.ZERO, null), "basis"),
        call("TraceStep.of kind", () -> TraceStep.of((StepKind) null, Amount.ZERO, BASIS), "kind"),
        call("TraceStep.of kind amount", () -> TraceStep.of(StepKind.BFR, null, BASIS), "amount"),
        call("TraceStep.of kind basis", () -> TraceStep.of(StepKind.BFR, Amount.ZERO, null), "basis"),
        call("TraceStep.of arguments", () -> TraceStep.of(StepKind.BFR, Amount.ZERO, BASIS, (Object[]) null), "arguments"),
        call("TraceStep.of argument", () -> TraceStep.of(StepKind.GIVEN, Amount.ZERO, BASIS, (Object) null),
            "arguments element"),
        call("TraceStep.label(Locale)", () -> STEP.label(null), "locale"),
        call("TraceStep.render(Locale)", () -> STEP.render(null), "locale"),
        call("Trace.render(Locale)", () -> Trace.empty().render(null), "locale"),
        call("StepKind.template", () -> StepKind.BFR.template(null), "locale"),
        call("TraceLabels.format value", () -> TraceLabels.format(null, java.util.Locale.FRENCH), "value"),
        call("TraceLabels.format locale", () -> TraceLabels.format("x", null), "locale"),
        call("TraceLabels.amount", () -> TraceLabels.amount(null, java.util.Locale.FRENCH), "amount"),
        call("TraceLabels.pick french", () -> TraceLabels.pick(java.util.Locale.FRENCH, null, "b"), "french"),
        call("TraceLabels.pick english", () -> TraceLabels.pick(java.util.Locale.FRENCH, "a", null), "english"),
        call("Phrase.of french", () -> Phrase.of(null, "b"), "french"),
        call("Phrase.text english", () -> Phrase.empty().text("a", null), "english"),
        call("Phrase.value", () -> Phrase.empty().value(null), "value"),
        call("Phrase.then", () -> Phrase.empty().then(null), "other"),
        call("Phrase.label", () -> Phrase.empty().label(null), "locale"),
        call("Percentage.ofFraction", () -> Percentage.ofFraction(null), "fraction"));
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
