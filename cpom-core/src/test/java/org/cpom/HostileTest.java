package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The judge of the hostile suites fails what it should fail. */
class HostileTest {

  @Test
  void aRejectionNamingItsFieldPasses() {
    Throwable t = Hostile.rejects("field", () -> {
      throw new CpomValidationException("amount", "x", LegalBasis.given("rule"), "bad");
    });
    assertThat(t).isInstanceOf(CpomValidationException.class);
    assertThat(Hostile.rejects("npe", () -> Objects.requireNonNull(null, "amount"))).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everythingElseFails() {
    assertThatThrownBy(() -> Hostile.rejects("accepted", () -> { })).isInstanceOf(AssertionError.class)
        .hasMessageContaining("accepted");
    assertThatThrownBy(() -> Hostile.rejects("arith", () -> Math.addExact(Long.MAX_VALUE, 1)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("ArithmeticException");
    String s = null;
    assertThatThrownBy(() -> Hostile.rejects("jvm npe", () -> s.length())).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> Hostile.rejects("long message", () -> {
      throw new CpomException("x".repeat(5000));
    })).isInstanceOf(AssertionError.class).hasMessageContaining("message length");
    assertThatThrownBy(() -> Hostile.rejects("slow", () -> Thread.sleep(10_000))).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ran longer");
  }
}
