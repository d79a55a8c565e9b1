package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;

/** Asserts a rejection names its field and its typed rule, in the exception and in its message. */
final class Rejections {
  private Rejections() {}

  static CpomValidationException rejects(ThrowingCallable call, String field, LegalBasis rule) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(CpomValidationException.class);
    CpomValidationException e = (CpomValidationException) t;
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e.getMessage()).contains(field).contains(rule.text());
    assertThat(e.violation().rule()).isEqualTo(rule);
    return e;
  }
}
