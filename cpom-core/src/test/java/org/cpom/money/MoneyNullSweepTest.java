package org.cpom.money;

import java.math.BigDecimal;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.cpom.NullSweep;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The null sweep of the money package. */
class MoneyNullSweepTest {

  @TestFactory
  Stream<DynamicTest> nullSweep() {
    return new NullSweep()
        .sample(Amount.class, () -> Amount.of("10.00"))
        .sample(Rate.class, () -> Rate.ofPercent("5"))
        .sample(BigDecimal.class, () -> BigDecimal.ONE)
        .sample(MonetaryAmount.class, () -> Amount.of("10.00").toMonetaryAmount())
        .sweep(Amount.class, Rate.class);
  }
}
