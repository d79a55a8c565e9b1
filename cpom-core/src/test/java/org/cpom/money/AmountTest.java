package org.cpom.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.cpom.CpomValidationException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AmountTest {

  @Test
  void hundredInThreeGivesTheExtraCentToTheFirstPart() {
    assertThat(Amount.of("100.00").splitEqually(3))
        .containsExactly(Amount.of("33.34"), Amount.of("33.33"), Amount.of("33.33"));
  }

  @Test
  void dgcInTwelfthsGivesFourInstalmentsWithTheExtraCent() {
    List<Amount> twelfths = Amount.of("5566000.00").splitTwelfths();
    assertThat(twelfths).hasSize(12);
    assertThat(twelfths.subList(0, 4)).containsOnly(Amount.of("463833.34"));
    assertThat(twelfths.subList(4, 12)).containsOnly(Amount.of("463833.33"));
    assertThat(Amount.total(twelfths)).isEqualTo(Amount.of("5566000.00"));
  }

  @Test
  void negativeTotalIsSplitAsItsAbsoluteValueThenNegated() {
    assertThat(Amount.of("-100.00").splitEqually(3))
        .containsExactly(Amount.of("-33.34"), Amount.of("-33.33"), Amount.of("-33.33"));
  }

  @Test
  void weightsSplitByLargestRemainder() {
    // 10.00 by 1:1:1:3 -> exact 1.6666.., 1.6666.., 1.6666.., 5.00: floors 1.66 x3 + 5.00 = 9.98, two cents
    // left go to the first two (equal remainders, declared first).
    List<Amount> parts = Amount.of("10.00")
        .splitByWeights(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("3")));
    assertThat(parts).containsExactly(Amount.of("1.67"), Amount.of("1.67"), Amount.of("1.66"), Amount.of("5.00"));
  }

  @Test
  void largestRemainderWinsOverDeclarationOrder() {
    // 1.00 by 0.2 / 0.35 / 0.45 (cents 20, 35, 45 exact) and 0.01 by 1/3, 2/3 -> 0.00 / 0.01.
    assertThat(Amount.of("0.01").splitByWeights(List.of(new BigDecimal("1"), new BigDecimal("2"))))
        .containsExactly(Amount.ZERO, Amount.of("0.01"));
  }

  @Test
  void keyedSplitKeepsOrderAndSums() {
    Map<String, BigDecimal> w = new LinkedHashMap<>();
    w.put("IME", new BigDecimal("1821600"));
    w.put("SESSAD", new BigDecimal("607200"));
    w.put("MAS", new BigDecimal("3137200"));
    Map<String, Amount> parts = Amount.of("5500000.00").splitByWeights(w);
    assertThat(parts.keySet()).containsExactly("IME", "SESSAD", "MAS");
    assertThat(Amount.total(parts.values())).isEqualTo(Amount.of("5500000.00"));
  }

  @Test
  void zeroOrNegativeWeightsAreRejected() {
    assertThatThrownBy(() -> Amount.of("1.00").splitByWeights(List.of(BigDecimal.ZERO)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("weights");
    assertThatThrownBy(() -> Amount.of("1.00").splitByWeights(List.of(BigDecimal.ONE, new BigDecimal("-1"))))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("weights[1]");
    assertThatThrownBy(() -> Amount.of("1.00").splitEqually(0)).isInstanceOf(CpomValidationException.class);
  }

  @Test
  void usdIsRejectedNamingFieldAndRule() {
    MonetaryAmount usd = Money.of(10, Monetary.getCurrency("USD"));
    assertThatThrownBy(() -> Amount.from(usd))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("amount.currency")
        .hasMessageContaining("USD")
        .hasMessageContaining("EUR");
    assertThatThrownBy(() -> Amount.parse("USD 10.00")).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> Amount.from(usd, RoundingMode.HALF_UP))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("USD");
  }

  @Test
  void moreThanTwoDecimalsIsRejectedUnlessRoundedExplicitly() {
    assertThatThrownBy(() -> Amount.of("1.005"))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("scale 2");
    assertThat(Amount.of(new BigDecimal("1.005"), RoundingMode.HALF_UP)).isEqualTo(Amount.of("1.01"));
    assertThat(Amount.of(new BigDecimal("1.005"), RoundingMode.HALF_EVEN)).isEqualTo(Amount.of("1.00"));
    assertThat(Amount.of("1.50000")).isEqualTo(Amount.of("1.5"));
  }

  @Test
  void roundTripsThroughJsr354() {
    Amount a = Amount.of("1234.56");
    MonetaryAmount m = a.toMonetaryAmount();
    assertThat(m.getCurrency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(Amount.from(m)).isEqualTo(a);
    assertThat(Amount.from(Money.of(new BigDecimal("2.345"), "EUR"), RoundingMode.HALF_UP)).isEqualTo(Amount.of("2.35"));
  }

  @Test
  void rateMultiplicationRoundsOnce() {
    Amount base = Amount.of("1800000.00");
    assertThat(base.multipliedBy(Rate.ofPercent("1.20").growthFactor(), RoundingMode.HALF_UP))
        .isEqualTo(Amount.of("1821600.00"));
    assertThat(Amount.of("0.05").multipliedBy(Rate.ofPercent("50"), RoundingMode.HALF_UP)).isEqualTo(Amount.of("0.03"));
    assertThat(Amount.of("0.05").multipliedBy(Rate.ofPercent("50"), RoundingMode.DOWN)).isEqualTo(Amount.of("0.02"));
  }

  @Test
  void proratesWithoutIntermediateRounding() {
    // 73,000 x 92 / 365 = 18,400 exactly.
    assertThat(Amount.of("73000.00").prorated(92, 365, RoundingMode.HALF_UP)).isEqualTo(Amount.of("18400.00"));
    assertThat(Amount.of("100.00").prorated(1, 3, RoundingMode.HALF_UP)).isEqualTo(Amount.of("33.33"));
    assertThat(Amount.of("100.00").prorated(2, 3, RoundingMode.HALF_UP)).isEqualTo(Amount.of("66.67"));
  }

  @Test
  void textFormsRoundTrip() {
    assertThat(Amount.of("-12.3")).hasToString("EUR -12.30");
    assertThat(Amount.parse("EUR -12.30")).isEqualTo(Amount.ofCents(-1230));
    assertThat(Amount.of("5_566_000.00")).isEqualTo(Amount.ofEuros(5_566_000));
  }

  @Test
  void parseReadsTheUnitLessFormAsOfDoes() {
    assertThat(Amount.parse("1234.56")).isEqualTo(Amount.of("1234.56")).isEqualTo(Amount.ofCents(123456));
    assertThat(Amount.parse(" -0.05 ")).isEqualTo(Amount.ofCents(-5));
    assertThatThrownBy(() -> Amount.parse("12.345")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("12.345");
    assertThatThrownBy(() -> Amount.parse("GBP 1.00")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("only EUR");
  }

  @Test
  void exactArithmetic() {
    Amount a = Amount.of("10.00");
    Amount b = Amount.of("3.35");
    assertThat(a.plus(b)).isEqualTo(Amount.of("13.35"));
    assertThat(a.minus(b)).isEqualTo(Amount.of("6.65"));
    assertThat(b.minus(a).abs()).isEqualTo(Amount.of("6.65"));
    assertThat(a.min(b)).isEqualTo(b);
    assertThat(a.max(b)).isEqualTo(a);
    assertThat(a.isGreaterThan(b)).isTrue();
    assertThat(b.isLessThan(a)).isTrue();
    assertThat(Amount.total()).isEqualTo(Amount.ZERO);
    assertThat(a.dividedBy(3, RoundingMode.HALF_UP)).isEqualTo(Amount.of("3.33"));
    assertThatThrownBy(() -> a.dividedBy(0, RoundingMode.HALF_UP)).isInstanceOf(CpomValidationException.class);
  }

  @Test
  void smallAmountsAreSharedAndKeepTheirValue() {
    // -1000 to 1000 cents are held once; the values on both sides of the bounds are unchanged
    for (long c = -1_005; c <= 1_005; c++) {
      Amount a = Amount.ofCents(c);
      assertThat(a.cents()).isEqualTo(c);
      assertThat(a).isEqualTo(Amount.of(BigDecimal.valueOf(c, 2)));
      assertThat(a.toString()).isEqualTo("EUR " + BigDecimal.valueOf(c, 2).toPlainString());
    }
    assertThat(Amount.ofCents(0)).isSameAs(Amount.ZERO);
    assertThat(Amount.ofCents(-1_000)).isSameAs(Amount.ofCents(-1_000));
    assertThat(Amount.ofCents(1_000)).isSameAs(Amount.ofCents(1_000));
    assertThat(Amount.ofCents(1_001)).isNotSameAs(Amount.ofCents(1_001)).isEqualTo(Amount.ofCents(1_001));
  }

  @Test
  void multipliedByHalfUpOnLongsMatchesTheDecimalProduct() {
    // the long path (factors of up to 18 digits and decimals whose product fits) against the exact product
    // rounded by BigDecimal, on seeded cases with halves, negatives and products near the long range
    java.util.SplittableRandom random = new java.util.SplittableRandom(20_251_204L);
    for (int k = 0; k < 20_000; k++) {
      long cents = random.nextInt(4) == 0 ? random.nextLong(-1_000, 1_000) : random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
      int scale = random.nextInt(19);
      long unscaled = random.nextInt(3) == 0 ? random.nextLong(-999_999L, 1_000_000L)
          : random.nextLong(-999_999_999_999_999_999L, 1_000_000_000_000_000_000L);
      BigDecimal factor = BigDecimal.valueOf(unscaled, scale);
      BigDecimal exact = BigDecimal.valueOf(cents, 2).multiply(factor).setScale(2, RoundingMode.HALF_UP);
      if (exact.unscaledValue().bitLength() > 63) {
        continue;
      }
      assertThat(Amount.ofCents(cents).multipliedBy(factor, RoundingMode.HALF_UP).cents())
          .as("%d cents x %s", cents, factor).isEqualTo(exact.unscaledValue().longValueExact());
    }
    // exact halves: 0.05 x 0.5 = 0.025 -> 0.03, -0.025 -> -0.03; 1.20 % of 0.25 = 0.003 -> 0.00
    assertThat(Amount.of("0.05").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Amount.of("0.03"));
    assertThat(Amount.of("-0.05").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Amount.of("-0.03"));
    assertThat(Amount.of("1000000.00").multipliedBy(new BigDecimal("1.0120"), RoundingMode.HALF_UP))
        .isEqualTo(Amount.of("1012000.00"));
    assertThat(Amount.halfUp(-25, 10)).isEqualTo(-3);
    assertThat(Amount.halfUp(24, 10)).isEqualTo(2);
  }
}
