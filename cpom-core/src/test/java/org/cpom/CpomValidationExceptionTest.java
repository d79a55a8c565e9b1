package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpomValidationExceptionTest {
  @Test
  void namesFieldValueTypedRuleAndProblem() {
    CpomValidationException e =
        new CpomValidationException("cpom.period", 4, LegalBasis.casf("L313-11"), "a CPOM runs five years at most");
    assertThat(e).isInstanceOf(CpomException.class)
        .hasMessage("cpom.period = 4 rejected: a CPOM runs five years at most (CASF L313-11)");
    assertThat(e.field()).isEqualTo("cpom.period");
    assertThat(e.value()).isEqualTo("4");
    assertThat(e.rule()).isEqualTo(LegalBasis.casf("L313-11"));
    assertThat(e.rule().kind()).isEqualTo(LegalBasis.Kind.LAW);
    assertThat(e.problem()).isEqualTo("a CPOM runs five years at most");
    assertThat(new CpomValidationException("f", null, LegalBasis.given("r"), "p").value()).isEqualTo("null");
  }

  @Test
  void itsViolationHasTheSamePartsAndTheSameText() {
    CpomValidationException e = new CpomValidationException("dgc.shares", "3 parts",
        LegalBasis.convention(Convention.LARGEST_REMAINDER), "the parts do not sum to the total");
    Violation v = e.violation();
    assertThat(v).isEqualTo(Violation.of("dgc.shares", "3 parts", LegalBasis.convention(Convention.LARGEST_REMAINDER),
        "the parts do not sum to the total"));
    assertThat(v.field()).isEqualTo(e.field());
    assertThat(v.value()).contains(e.value());
    assertThat(v.rule()).isEqualTo(e.rule());
    assertThat(v.problem()).isEqualTo(e.problem());
    assertThat(v.toString()).isEqualTo(e.getMessage()).isEqualTo("dgc.shares = 3 parts rejected: the parts do not sum"
        + " to the total (cpom convention cpom:largest-remainder (largest-remainder split))");
  }

  @Test
  void aVeryLongGivenRuleIsCutInTheMessageButKeptWholeInTheRule() {
    LegalBasis longRule = LegalBasis.given("r".repeat(600));
    CpomValidationException e = new CpomValidationException("f", 1, longRule, "p");
    assertThat(e.rule()).isEqualTo(longRule);
    assertThat(e.getMessage()).endsWith("r... (600 chars))").hasSizeLessThan(600);
  }

  @Test
  void aViolationWithoutAValueReadsAsFieldProblemAndRule() {
    Violation v = Violation.of("surplus[IME]", LegalBasis.casf("R314-51"), "too much");
    assertThat(v.value()).isEmpty();
    assertThat(v).hasToString("surplus[IME]: too much (CASF R314-51)")
        .isNotEqualTo(Violation.of("surplus[IME]", "x", LegalBasis.casf("R314-51"), "too much"));
  }

  @Test
  void theRootKeepsItsCause() {
    IllegalStateException cause = new IllegalStateException("x");
    assertThat(new CpomException("m", cause)).hasMessage("m").hasCause(cause);
  }
}
