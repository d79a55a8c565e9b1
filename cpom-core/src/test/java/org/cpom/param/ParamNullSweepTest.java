package org.cpom.param;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;
import org.cpom.NullSweep;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The null sweep of the param package. */
class ParamNullSweepTest {

  @TestFactory
  Stream<DynamicTest> nullSweep() {
    return new NullSweep()
        .sample(LocalDate.class, () -> LocalDate.of(2025, 1, 1))
        .sample(Year.class, () -> Year.of(2025))
        .sample(LegalBasis.class, () -> LegalBasis.casf("R314-43-1"))
        .sample(RegulatoryParameter.class,
            () -> RegulatoryParameter.of("rate", LegalBasis.casf("R314-43-1"), LocalDate.of(2024, 1, 1), BigDecimal.ONE))
        .sweep(RegulatoryParameter.class);
  }
}
