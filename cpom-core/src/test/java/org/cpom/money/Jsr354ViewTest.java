package org.cpom.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The JSR-354 view of an amount does not depend on the class path: the test resources carry a hostile
 * {@code javamoney.properties} that cuts Moneta's default precision to four digits, rounding down.
 */
class Jsr354ViewTest {

  @Test
  void theHostileConfigurationIsInForceForMonetasDefaults() {
    // without an explicit context Moneta applies the configured precision: the test would prove nothing otherwise
    assertThat(Money.of(new BigDecimal("123456.78"), "EUR").getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo("123400");
  }

  @Test
  void anAmountCrossesIntoJsr354AndBackExactly() {
    Amount a = Amount.of("123456.78");
    MonetaryAmount m = a.toMonetaryAmount();
    assertThat(m.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("123456.78");
    assertThat(m.getCurrency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(Amount.from(m)).isEqualTo(a);
  }

  @Test
  void theExtremesCrossExactly() {
    for (Amount a : new Amount[] {Amount.ofCents(Long.MAX_VALUE), Amount.ofCents(Long.MIN_VALUE), Amount.ofCents(1),
        Amount.ofCents(-1), Amount.ZERO}) {
      assertThat(Amount.from(a.toMonetaryAmount())).as(a.toString()).isEqualTo(a);
    }
  }

  @Test
  void tenThousandSeededAmountsRoundTrip() {
    SplittableRandom random = new SplittableRandom(20261203L);
    for (int i = 0; i < 10_000; i++) {
      Amount a = Amount.ofCents(random.nextLong());
      assertThat(Amount.from(a.toMonetaryAmount())).isEqualTo(a);
    }
  }
}
