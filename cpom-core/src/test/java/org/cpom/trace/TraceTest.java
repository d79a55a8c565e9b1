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

  @Test
  void stepsAndTracesAreEqualByEveryPartAndHashAlike() {
    LegalBasis basis = LegalBasis.casf("R314-107");
    TraceStep step = TraceStep.of(StepKind.CATCH_UP, Amount.ofEuros(5), basis, 3, "arrêté", Amount.ofEuros(10));
    TraceStep same = TraceStep.of(StepKind.CATCH_UP, Amount.ofEuros(5), basis, 3, "arrêté", Amount.ofEuros(10));
    assertThat(step).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(step).isNotEqualTo(null).isNotEqualTo("x");
    // each part on its own makes another step, with another hash
    java.util.List<TraceStep> others = java.util.List.of(
        TraceStep.of(StepKind.CATCH_UP, Amount.ofEuros(6), basis, 3, "arrêté", Amount.ofEuros(10)),
        TraceStep.of(StepKind.CATCH_UP, Amount.ofEuros(5), LegalBasis.casf("R314-108"), 3, "arrêté", Amount.ofEuros(10)),
        TraceStep.of(StepKind.CATCH_UP, Amount.ofEuros(5), basis, 4, "arrêté", Amount.ofEuros(10)),
        TraceStep.of(StepKind.CATCH_UP, Amount.ofEuros(5), basis, 3, "arrêtés", Amount.ofEuros(10)),
        TraceStep.of(StepKind.CATCH_UP, Amount.ofEuros(5), basis, 3, "arrêté", Amount.ofEuros(11)),
        TraceStep.of(StepKind.GIVEN, Amount.ofEuros(5), basis, "arrêté"));
    for (TraceStep other : others) {
      assertThat(other).isNotEqualTo(step);
      assertThat(other.hashCode()).as("%s", other).isNotEqualTo(step.hashCode());
    }
    // the hash of a step: 5381-based, of its kind, its arguments as a list, its amount and its basis
    int h = 5381;
    h += (h << 5) + StepKind.CATCH_UP.hashCode();
    h += (h << 5) + java.util.List.of(3, "arrêté", Amount.ofEuros(10)).hashCode();
    h += (h << 5) + Amount.ofEuros(5).hashCode();
    h += (h << 5) + basis.hashCode();
    assertThat(step.hashCode()).isEqualTo(h);

    // a trace of one step equals the same trace built from a list, and hashes as its list of steps
    Trace one = Trace.of(step);
    assertThat(one).isEqualTo(Trace.of(java.util.List.of(same))).isEqualTo(Trace.empty().plus(same))
        .hasSameHashCodeAs(Trace.of(java.util.List.of(same)));
    assertThat(one.hashCode()).isEqualTo(java.util.List.of(step).hashCode());
    assertThat(one.size()).isEqualTo(1);
    assertThat(one.steps()).containsExactly(step);
    assertThat(one).isNotEqualTo(Trace.of(step, same)).isNotEqualTo(Trace.empty()).isNotEqualTo(step);
    assertThat(Trace.of(step, same).size()).isEqualTo(2);
  }

  @Test
  void stepArgumentsAreImmutableValuesOnly() {
    LegalBasis basis = LegalBasis.casf("R314-107");
    for (Object ok : new Object[] {"texte", 12, 12L, new java.math.BigDecimal("1.5"), java.math.BigInteger.TEN,
        java.time.LocalDate.of(2025, 1, 1), java.time.Year.of(2025), java.time.YearMonth.of(2025, 1),
        java.time.MonthDay.of(1, 20), StepKind.GIVEN, Amount.ZERO, basis, Phrase.of("a", "a")}) {
      assertThat(TraceStep.isImmutable(ok)).as("%s", ok.getClass()).isTrue();
    }
    for (Object mutable : new Object[] {new StringBuilder("x"), new java.util.ArrayList<>(), new java.util.HashMap<>(),
        new java.util.Date(0), new int[1], java.util.List.of(), new Object()}) {
      assertThat(TraceStep.isImmutable(mutable)).as("%s", mutable.getClass()).isFalse();
    }
  }
}
