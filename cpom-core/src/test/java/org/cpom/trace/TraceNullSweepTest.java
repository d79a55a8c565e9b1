package org.cpom.trace;

import org.cpom.LegalBasis;
import java.util.stream.Stream;
import org.cpom.NullSweep;
import org.cpom.money.Amount;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The null sweep of the trace package. */
class TraceNullSweepTest {

  @TestFactory
  Stream<DynamicTest> nullSweep() {
    return new NullSweep()
        .sample(Amount.class, () -> Amount.of("10.00"))
        .sample(LegalBasis.class, () -> LegalBasis.casf("L313-11"))
        .sample(TraceStep.class, () -> TraceStep.of("base", Amount.of("10.00"), LegalBasis.casf("R314-43-1")))
        .sample(Trace.class, () -> Trace.of(TraceStep.of("base", Amount.of("10.00"), LegalBasis.casf("R314-43-1"))))
        .sweep(LegalBasis.class, Trace.class, TraceStep.class);
  }
}
