package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The null sweep of the root package: the exceptions' own constructors (Throwable's methods are skipped), the
 * typed rule and the violation.
 */
class RootNullSweepTest {

  static NullSweep sweep() {
    return new NullSweep()
        .sample(Throwable.class, () -> new IllegalArgumentException("cause"))
        .sample(LegalBasis.class, () -> LegalBasis.casf("R314-1"))
        .sample(Convention.class, () -> Convention.LARGEST_REMAINDER)
        // a rejected value may itself be null (it is shown as "null"); a cause is optional, as in the JDK
        .tolerate("CpomValidationException.<init>(String, Object, LegalBasis, String) with null #2",
            "the rejected value may be null")
        .tolerate("CpomException.<init>(String, Throwable) with null #2", "the cause is optional");
  }

  @TestFactory
  Stream<DynamicTest> nullSweep() {
    return sweep().sweep(CpomException.class, CpomValidationException.class, MissingAttributeException.class,
        LegalBasis.class, Violation.class);
  }

  @Test
  void theSweepCoversTheConstructors() {
    NullSweep s = sweep();
    assertThat(s.sweep(CpomException.class, CpomValidationException.class, MissingAttributeException.class))
        .hasSizeGreaterThanOrEqualTo(6);
    assertThat(sweep().sweep(LegalBasis.class, Violation.class)).hasSizeGreaterThanOrEqualTo(12);
    assertThat(s.skipped()).hasSize(2).allMatch(x -> x.contains("tolerated"));
  }
}
