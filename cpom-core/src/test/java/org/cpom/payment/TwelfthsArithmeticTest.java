package org.cpom.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/**
 * The payment engine computes twelfths by arithmetic instead of splitting each amount: it must give, month by
 * month and cumulated, exactly what {@link Amount#splitTwelfths()} gives.
 */
class TwelfthsArithmeticTest {
  @Test
  void handCheckedTwelfths() {
    // 100.00 € = 12 x 8.33 + 0.04: the four extra cents go to January to April
    assertThat(PaymentEngine.Line.twelfth(10_000, 0)).isEqualTo(834);
    assertThat(PaymentEngine.Line.twelfth(10_000, 3)).isEqualTo(834);
    assertThat(PaymentEngine.Line.twelfth(10_000, 4)).isEqualTo(833);
    assertThat(PaymentEngine.Line.twelfthsTo(10_000, 4)).isEqualTo(4 * 834 + 833);
    assertThat(PaymentEngine.Line.twelfthsTo(10_000, 11)).isEqualTo(10_000);
    // a regularisation column after December still counts the whole year
    assertThat(PaymentEngine.Line.twelfthsTo(10_000, 12)).isEqualTo(10_000);
    // negative: the extra cents are negative too, on the first months
    assertThat(PaymentEngine.Line.twelfth(-13, 0)).isEqualTo(-2);
    assertThat(PaymentEngine.Line.twelfth(-13, 1)).isEqualTo(-1);
    assertThat(PaymentEngine.Line.twelfthsTo(-13, 0)).isEqualTo(-2);
  }

  @Test
  void sameAsSplitTwelfthsOnSeededAmounts() {
    SplittableRandom random = new SplittableRandom(20_261_204L);
    long[] edges = {0, 1, -1, 11, 12, 13, -11, -12, -13, Long.MAX_VALUE, Long.MAX_VALUE - 5, Long.MIN_VALUE + 1,
        Long.MIN_VALUE + 7};
    for (int k = 0; k < 20_000; k++) {
      long cents;
      if (k < edges.length) {
        cents = edges[k];
      } else if (k % 3 == 0) {
        cents = random.nextLong();
      } else {
        cents = random.nextLong(-10_000_000_000L, 10_000_000_000L);
      }
      List<Amount> split = Amount.ofCents(cents).splitTwelfths();
      long cumulative = 0;
      for (int m = 0; m < 12; m++) {
        cumulative += split.get(m).cents();
        assertThat(PaymentEngine.Line.twelfth(cents, m)).as("twelfth %d of %d", m, cents).isEqualTo(split.get(m).cents());
        assertThat(PaymentEngine.Line.twelfthsTo(cents, m)).as("to %d of %d", m, cents).isEqualTo(cumulative);
      }
    }
  }
}
