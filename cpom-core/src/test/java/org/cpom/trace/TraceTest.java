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
}
