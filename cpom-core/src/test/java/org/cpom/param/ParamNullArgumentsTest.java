package org.cpom.param;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public method of RegulatoryParameter rejects null with an NPE naming the parameter. */
class ParamNullArgumentsTest {
  private static final LegalBasis BASIS = LegalBasis.casf("R314-160");
  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  private static final RegulatoryParameter<Integer> P = RegulatoryParameter.of("p", BASIS, JAN_2024, 95);

  static Stream<Arguments> calls() {
    Map<LocalDate, Integer> nullDate = new HashMap<>();
    nullDate.put(null, 1);
    Map<LocalDate, Integer> nullValue = new HashMap<>();
    nullValue.put(JAN_2024, null);
    return Stream.of(
        call("of(map) name", () -> RegulatoryParameter.of(null, BASIS, Map.of(JAN_2024, 1)), "name"),
        call("of(map) basis", () -> RegulatoryParameter.of("p", null, Map.of(JAN_2024, 1)), "basis"),
        call("of(map) map", () -> RegulatoryParameter.of("p", BASIS, null), "valuesByEffectiveDate"),
        call("of(map) date key", () -> RegulatoryParameter.of("p", BASIS, nullDate), "effective date"),
        call("of(map) value", () -> RegulatoryParameter.of("p", BASIS, nullValue), "value"),
        call("of(date, value) date", () -> RegulatoryParameter.of("p", BASIS, null, 1), "effectiveFrom"),
        call("of(date, value) value", () -> RegulatoryParameter.of("p", BASIS, JAN_2024, null), "value"),
        call("valueAt", () -> P.valueAt(null), "date"),
        call("valueFor", () -> P.valueFor(null), "year"),
        call("find", () -> P.find(null), "date"),
        call("withValue date", () -> P.withValue(null, 1), "effectiveFrom"),
        call("withValue value", () -> P.withValue(JAN_2024, null), "value"));
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
