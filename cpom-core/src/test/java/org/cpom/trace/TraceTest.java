package org.cpom.trace;

import org.cpom.LegalBasis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

class TraceTest {
  @Test
  void stepsKeepTheirOrderAndBasis() {
    Trace t = Trace.empty()
        .plus("base reconductible 2024", Amount.ofEuros(1_800_000), LegalBasis.casf("R314-43-1"))
        .plus("actualisation 1.2 %", Amount.ofEuros(21_600), LegalBasis.casf("R314-40 1°"));
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.steps().get(1).basis().text()).isEqualTo("CASF R314-40 1°");
    assertThat(t.steps().get(1)).hasToString("actualisation 1.2 %: EUR 21600.00 [CASF R314-40 1°]");
    assertThat(Trace.empty().size()).isZero();
    assertThat(t).isEqualTo(Trace.of(t.steps()));
    assertThat(t.toString()).contains("base reconductible 2024");
  }

  @Test
  void legalBasisForms() {
    assertThat(LegalBasis.casf(" R314-107 ")).hasToString("CASF R314-107");
    assertThat(LegalBasis.clause("art. 4.2").text()).isEqualTo("CPOM clause art. 4.2");
    assertThat(LegalBasis.given("arrêté du 3 mars 2017")).isEqualTo(LegalBasis.given("arrêté du 3 mars 2017"));
    assertThatThrownBy(() -> LegalBasis.given(" ")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("legalBasis");
    assertThatThrownBy(() -> TraceStep.of("", Amount.ZERO, LegalBasis.casf("R314-107")))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("traceStep.label");
  }

  @Test
  void stepsOfAnyArityHoldTheirArgumentsAsGiven() {
    LegalBasis basis = LegalBasis.casf("R314-108");
    Object[] given = {3, Phrase.of("arrêté", "arrêté"), Amount.ofEuros(10)};
    TraceStep fixed = TraceStep.of(StepKind.CATCH_UP, Amount.ofEuros(5), basis, 3, Phrase.of("arrêté", "arrêté"),
        Amount.ofEuros(10));
    TraceStep spread = TraceStep.of(StepKind.CATCH_UP, Amount.ofEuros(5), basis, given);
    given[0] = 4;
    // the caller's array changed after the call: the step keeps the values it was given
    assertThat(spread.arguments()).containsExactly(3, Phrase.of("arrêté", "arrêté"), Amount.ofEuros(10));
    assertThat(spread).isEqualTo(fixed).hasSameHashCodeAs(fixed);
    assertThat(fixed.hashCode()).isNotEqualTo(TraceStep.of(StepKind.CATCH_UP, Amount.ofEuros(5), basis, 2,
        Phrase.of("arrêté", "arrêté"), Amount.ofEuros(10)).hashCode());
    assertThat(spread.label()).isEqualTo(fixed.label());
    assertThatThrownBy(() -> fixed.arguments().set(0, 5)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fixed.arguments().get(3)).isInstanceOf(IndexOutOfBoundsException.class);

    // five arguments: kept apart from the caller's array too
    Object[] five = {"extension", Amount.ofEuros(36_500), java.time.LocalDate.of(2025, 10, 1), 92, 365};
    TraceStep mesure = TraceStep.of(StepKind.MESURE_NOUVELLE_PRORATA_DAYS, Amount.ofEuros(9_200), basis, five);
    five[3] = 93;
    assertThat(mesure.arguments()).hasSize(5).containsExactly("extension", Amount.ofEuros(36_500),
        java.time.LocalDate.of(2025, 10, 1), 92, 365);
    assertThat(mesure.arguments().hashCode()).isEqualTo(java.util.List.of("extension", Amount.ofEuros(36_500),
        java.time.LocalDate.of(2025, 10, 1), 92, 365).hashCode());
    assertThat(mesure).isNotEqualTo(fixed);
    assertThatThrownBy(() -> TraceStep.of(StepKind.CATCH_UP, Amount.ZERO, basis, 1, 2))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("takes 3");
    assertThatThrownBy(() -> TraceStep.of(StepKind.CATCH_UP, Amount.ZERO, basis, 1, new StringBuilder("x"), 3))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("traceStep.arguments[1]");
  }
}
