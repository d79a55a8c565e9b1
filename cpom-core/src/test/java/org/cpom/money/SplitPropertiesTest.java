package org.cpom.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of every split: exact sum, parts within one cent of the exact share, ties to the first. */
class SplitPropertiesTest {
  private static final long SEED = 20251124L;
  private static final int CASES = org.cpom.Conservation.cases(10_000);

  private static Gen<Long> cents() {
    return longs().between(-10_000_000_000_00L, 10_000_000_000_00L);
  }

  private static Gen<List<BigDecimal>> weights() {
    // Weights of scale 0 to 3, at least one above zero (a positive weight is prepended).
    Gen<BigDecimal> w = integers().between(0, 5_000_000).zip(integers().between(0, 3),
        (v, s) -> BigDecimal.valueOf(v, s));
    return lists().of(w).ofSizeBetween(0, 30)
        .zip(integers().between(1, 9_999), (l, first) -> {
          java.util.ArrayList<BigDecimal> all = new java.util.ArrayList<>();
          all.add(BigDecimal.valueOf(first));
          all.addAll(l);
          return all;
        });
  }

  @Test
  void equalPartsSumExactlyAndDifferByAtMostOneCent() {
    qt().withFixedSeed(SEED).withExamples(CASES)
        .forAll(cents(), integers().between(1, 400))
        .checkAssert((c, n) -> {
          Amount total = Amount.ofCents(c);
          List<Amount> parts = total.splitEqually(n);
          assertThat(parts).hasSize(n);
          assertThat(Amount.total(parts)).isEqualTo(total);
          long max = parts.stream().mapToLong(a -> Math.abs(a.cents())).max().orElseThrow();
          long min = parts.stream().mapToLong(a -> Math.abs(a.cents())).min().orElseThrow();
          assertThat(max - min).isLessThanOrEqualTo(1);
          // Larger parts come first: ties go to the parts declared first.
          for (int i = 1; i < n; i++) {
            assertThat(Math.abs(parts.get(i).cents())).isLessThanOrEqualTo(Math.abs(parts.get(i - 1).cents()));
          }
        });
  }

  @Test
  void twelfthsSumExactly() {
    qt().withFixedSeed(SEED + 1).withExamples(CASES)
        .forAll(cents())
        .checkAssert(c -> {
          Amount total = Amount.ofCents(c);
          List<Amount> parts = total.splitTwelfths();
          assertThat(parts).hasSize(12);
          assertThat(Amount.total(parts)).isEqualTo(total);
          assertThat(parts).allSatisfy(p -> assertThat(p.signum() * total.signum()).isNotNegative());
        });
  }

  @Test
  void weightedSplitsSumExactlyAndStayWithinOneCentOfTheExactShare() {
    qt().withFixedSeed(SEED + 2).withExamples(CASES)
        .forAll(cents(), weights())
        .checkAssert((c, w) -> {
          Amount total = Amount.ofCents(c);
          List<Amount> parts = total.splitByWeights(w);
          assertThat(parts).hasSize(w.size());
          assertThat(Amount.total(parts)).isEqualTo(total);
          BigDecimal sum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
          for (int i = 0; i < w.size(); i++) {
            // |part - exact share| < 1 cent, checked exactly: |part x W - T x w| < W.
            BigDecimal lhs = BigDecimal.valueOf(parts.get(i).cents()).multiply(sum)
                .subtract(BigDecimal.valueOf(c).multiply(w.get(i))).abs();
            assertThat(lhs).isLessThan(sum);
            if (w.get(i).signum() == 0) {
              assertThat(parts.get(i)).isEqualTo(Amount.ZERO);
            }
          }
        });
  }

  @Test
  void negatingTheTotalNegatesEveryPart() {
    qt().withFixedSeed(SEED + 3).withExamples(CASES)
        .forAll(cents(), weights())
        .checkAssert((c, w) -> {
          List<Amount> plus = Amount.ofCents(c).splitByWeights(w);
          List<Amount> minus = Amount.ofCents(-c).splitByWeights(w);
          assertThat(minus).isEqualTo(plus.stream().map(Amount::negated).collect(Collectors.toList()));
        });
  }

  @Test
  void scalingAllWeightsChangesNothing() {
    qt().withFixedSeed(SEED + 4).withExamples(CASES)
        .forAll(cents(), weights(), integers().between(2, 1000))
        .checkAssert((c, w, k) -> {
          List<BigDecimal> scaled = w.stream().map(x -> x.multiply(BigDecimal.valueOf(k))).collect(Collectors.toList());
          assertThat(Amount.ofCents(c).splitByWeights(scaled)).isEqualTo(Amount.ofCents(c).splitByWeights(w));
        });
  }

  @Test
  void equalWeightsGiveTheSameAsEqualParts() {
    qt().withFixedSeed(SEED + 5).withExamples(CASES)
        .forAll(cents(), integers().between(1, 60))
        .checkAssert((c, n) -> {
          List<BigDecimal> ones = java.util.Collections.nCopies(n, BigDecimal.ONE);
          assertThat(Amount.ofCents(c).splitByWeights(ones)).isEqualTo(Amount.ofCents(c).splitEqually(n));
        });
  }

  @Test
  void largeTotalsDoNotOverflowTheExactArithmetic() {
    Amount big = Amount.ofCents(Long.MAX_VALUE / 2);
    List<Amount> parts = big.splitByWeights(List.of(new BigDecimal("0.333"), new BigDecimal("0.667"), new BigDecimal("1E-3")));
    assertThat(Amount.total(parts)).isEqualTo(big);
    assertThat(BigInteger.valueOf(parts.get(0).cents())).isPositive();
  }
}
