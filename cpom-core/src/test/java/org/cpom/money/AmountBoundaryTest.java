package org.cpom.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/** Comparisons at equality, sign tests at zero, and the value contract. */
class AmountBoundaryTest {
  private final Amount ten = Amount.of("10.00");

  @Test
  void comparisonsAtEquality() {
    Amount same = Amount.ofCents(1000);
    assertThat(ten.isGreaterThan(same)).isFalse();
    assertThat(ten.isLessThan(same)).isFalse();
    assertThat(ten.compareTo(same)).isZero();
    assertThat(ten.compareTo(Amount.ofCents(999))).isPositive();
    assertThat(ten.compareTo(Amount.ofCents(1001))).isNegative();
    assertThat(ten.isGreaterThan(Amount.ofCents(1001))).isFalse();
    assertThat(ten.isLessThan(Amount.ofCents(999))).isFalse();
    assertThat(ten.min(same)).isSameAs(ten);
    assertThat(ten.max(same)).isSameAs(ten);
  }

  @Test
  void signTestsAtZeroAndAroundIt() {
    assertThat(Amount.ZERO.isZero()).isTrue();
    assertThat(Amount.ZERO.isPositive()).isFalse();
    assertThat(Amount.ZERO.isNegative()).isFalse();
    assertThat(Amount.ofCents(1).isPositive()).isTrue();
    assertThat(Amount.ofCents(1).isZero()).isFalse();
    assertThat(Amount.ofCents(-1).isNegative()).isTrue();
    assertThat(Amount.ofCents(-1).isPositive()).isFalse();
    assertThat(Amount.ZERO.abs()).isSameAs(Amount.ZERO);
    assertThat(Amount.ofCents(-1).abs()).isEqualTo(Amount.ofCents(1));
    assertThat(Amount.ofCents(-1).signum()).isEqualTo(-1);
    assertThat(Amount.ofCents(0)).isSameAs(Amount.ZERO);
  }

  @Test
  void valueContract() {
    assertThat(ten).isEqualTo(Amount.of(new BigDecimal("10"))).hasSameHashCodeAs(Amount.ofEuros(10));
    assertThat(ten).isNotEqualTo(Amount.ofCents(1001)).isNotEqualTo("EUR 10.00");
    assertThat(ten.hashCode()).isNotEqualTo(Amount.ofCents(1001).hashCode());
    assertThat(ten.toBigDecimal()).isEqualTo(new BigDecimal("10.00"));
    assertThat(ten.cents()).isEqualTo(1000);
  }

  @Test
  void multiplicationAndProrataArgumentChecks() {
    assertThat(ten.multipliedBy(3)).isEqualTo(Amount.of("30.00"));
    assertThat(ten.multipliedBy(new BigDecimal("0.3333"), RoundingMode.HALF_UP)).isEqualTo(Amount.of("3.33"));
    assertThat(ten.prorated(0, 1, RoundingMode.HALF_UP)).isEqualTo(Amount.ZERO);
    assertThat(ten.prorated(1, 1, RoundingMode.HALF_UP)).isEqualTo(ten);
    assertThatThrownBy(() -> ten.prorated(1, 0, RoundingMode.HALF_UP)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("denominator").hasMessageContaining("must be positive");
    // zero of anything is zero
    assertThat(ten.prorated(0, 7, RoundingMode.UNNECESSARY)).isEqualTo(Amount.ZERO);
    assertThatThrownBy(() -> ten.prorated(-1, 2, RoundingMode.HALF_UP)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("numerator");
    // overflow is a cpom exception like every other rejection (was ArithmeticException)
    assertThatThrownBy(() -> Amount.ofCents(Long.MAX_VALUE).plus(Amount.ofCents(1)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("overflows the range of an amount");
  }

  @Test
  void parseNeedsASpaceAndEur() {
    assertThatThrownBy(() -> Amount.parse("EUR10.00")).isInstanceOf(CpomValidationException.class);
    assertThat(Amount.parse(" EUR 10.00 ")).isEqualTo(ten);
    assertThatThrownBy(() -> Amount.of("ten")).isInstanceOf(CpomValidationException.class).hasMessageContaining("ten");
    assertThatThrownBy(() -> Amount.of(new BigDecimal("1E+20"))).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void splitEdges() {
    assertThat(Amount.ZERO.splitEqually(3)).containsOnly(Amount.ZERO);
    assertThat(Amount.ofCents(2).splitEqually(3)).containsExactly(Amount.ofCents(1), Amount.ofCents(1), Amount.ZERO);
    assertThat(Amount.ofCents(3).splitEqually(3)).containsOnly(Amount.ofCents(1));
    assertThat(ten.splitEqually(1)).containsExactly(ten);
    assertThat(ten.splitByWeights(List.of(BigDecimal.ZERO, BigDecimal.ONE))).containsExactly(Amount.ZERO, ten);
    assertThatThrownBy(() -> ten.splitByWeights(List.of())).isInstanceOf(CpomValidationException.class);
    // 0.02 by 1:1:1 -> floors 0, remainders equal: the first two take a cent each.
    assertThat(Amount.ofCents(2).splitByWeights(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
        .containsExactly(Amount.ofCents(1), Amount.ofCents(1), Amount.ZERO);
  }
}
