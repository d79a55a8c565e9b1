package org.cpom.trace;

import org.cpom.LegalBasis;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** equals, hashCode and toString of the trace values. */
class TraceValuesTest {
  private static final LegalBasis R314_107 = LegalBasis.casf("R314-107");
  private static final TraceStep JANUARY = TraceStep.of("douzième de janvier", Amount.of("463833.34"), R314_107);
  private static final TraceStep FEBRUARY = TraceStep.of("douzième de février", Amount.of("463833.34"), R314_107);

  @Test
  void legalBasisIsAValue() {
    assertThat(LegalBasis.casf("R314-107")).isEqualTo(R314_107).hasSameHashCodeAs(R314_107);
    assertThat(R314_107).isNotEqualTo(LegalBasis.casf("R314-108")).isNotEqualTo("CASF R314-107");
    assertThat(R314_107.hashCode()).isNotEqualTo(LegalBasis.casf("R314-108").hashCode());
    assertThat(LegalBasis.given("  arrêté du 3 mars 2017 ")).hasToString("arrêté du 3 mars 2017");
  }

  @Test
  void traceIsAValueOfOrderedSteps() {
    Trace t = Trace.of(JANUARY, FEBRUARY);
    assertThat(t).isEqualTo(Trace.of(List.of(JANUARY, FEBRUARY))).hasSameHashCodeAs(Trace.of(List.of(JANUARY, FEBRUARY)));
    assertThat(t).isNotEqualTo(Trace.of(FEBRUARY, JANUARY)).isNotEqualTo(Trace.empty()).isNotEqualTo(List.of(JANUARY, FEBRUARY));
    assertThat(t.hashCode()).isNotEqualTo(Trace.of(FEBRUARY, JANUARY).hashCode());
    assertThat(t.steps()).containsExactly(JANUARY, FEBRUARY);
    assertThat(t).hasToString(
        "douzième de janvier: EUR 463833.34 [CASF R314-107]\ndouzième de février: EUR 463833.34 [CASF R314-107]\n");
    assertThat(Trace.empty()).hasToString("").isEqualTo(Trace.of());
    assertThat(Trace.empty().plus(JANUARY)).isEqualTo(Trace.of(JANUARY));
  }
}
