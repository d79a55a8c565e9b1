package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpomValidationExceptionTest {
  @Test
  void namesFieldValueAndRule() {
    CpomValidationException e =
        new CpomValidationException("cpom.period", 4, "CASF L313-11", "a CPOM runs five years at most");
    assertThat(e).isInstanceOf(CpomException.class)
        .hasMessage("cpom.period = 4 rejected: a CPOM runs five years at most (CASF L313-11)");
    assertThat(e.field()).isEqualTo("cpom.period");
    assertThat(e.value()).isEqualTo("4");
    assertThat(e.rule()).isEqualTo("CASF L313-11");
    assertThat(new CpomValidationException("f", null, "r", "p").value()).isEqualTo("null");
  }

  @Test
  void theRootKeepsItsCause() {
    IllegalStateException cause = new IllegalStateException("x");
    assertThat(new CpomException("m", cause)).hasMessage("m").hasCause(cause);
  }
}
