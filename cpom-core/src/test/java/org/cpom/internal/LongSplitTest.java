package org.cpom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.cpom.Conservation;
import org.junit.jupiter.api.Test;

/** LongSplit against a plain BigInteger largest-remainder reference, and by hand. */
class LongSplitTest {
  private static final long SEED = 20261204L;
  private static final int CASES = Conservation.cases(20_000);
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  /** The textbook method on BigInteger: floors, then a stable sort of the indexes by remainder, descending. */
  static long[] reference(long total, long[] weights) {
    int n = weights.length;
    BigInteger sum = BigInteger.ZERO;
    for (long w : weights) {
      sum = sum.add(BigInteger.valueOf(w));
    }
    BigInteger abs = BigInteger.valueOf(total).abs();
    BigInteger[] parts = new BigInteger[n];
    BigInteger[] rem = new BigInteger[n];
    BigInteger left = abs;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = abs.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
      parts[i] = qr[0];
      rem[i] = qr[1];
      left = left.subtract(qr[0]);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> rem[b].compareTo(rem[a]));
    for (int k = 0; k < left.intValueExact(); k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    long[] result = new long[n];
    for (int i = 0; i < n; i++) {
      result[i] = (total < 0 ? parts[i].negate() : parts[i]).longValueExact();
    }
    return result;
  }

  @Test
  void handChecked() {
    assertThat(LongSplit.byWeights(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
    assertThat(LongSplit.byWeights(-100, new long[] {1, 1, 1})).containsExactly(-34, -33, -33);
    // 10 by 1,2,2,1: floors 1,3,3,1 (8), remainders 4,2,2,4 of 6: the two 4s, first the lower index
    assertThat(LongSplit.byWeights(10, new long[] {1, 2, 2, 1})).containsExactly(2, 3, 3, 2);
    // ties to the lower index: 2 cents over 3 equal weights
    assertThat(LongSplit.byWeights(2, new long[] {5, 5, 5})).containsExactly(1, 1, 0);
    assertThat(LongSplit.byWeights(1, new long[] {0, 7, 7})).containsExactly(0, 1, 0);
    assertThat(LongSplit.byWeights(0, new long[] {3, 4})).containsExactly(0, 0);
    assertThat(LongSplit.byWeights(12345, new long[] {9})).containsExactly(12345);
    assertThat(LongSplit.byWeights(Long.MIN_VALUE, new long[] {1})).containsExactly(Long.MIN_VALUE);
    assertThat(LongSplit.byWeights(Long.MIN_VALUE, new long[] {1, 1})).containsExactly(Long.MIN_VALUE / 2, Long.MIN_VALUE / 2);
    assertThat(LongSplit.byWeights(Long.MAX_VALUE, new long[] {1, 1})).containsExactly(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2);
    // 128-bit products: MAX x (MAX - 1) / (2 MAX - 1)
    assertThat(LongSplit.byWeights(Long.MAX_VALUE, new long[] {Long.MAX_VALUE / 2, Long.MAX_VALUE / 2}))
        .containsExactly(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2);
    // a sum of weights beyond a long: the BigInteger fallback
    assertThat(LongSplit.byWeights(3, new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE})).containsExactly(1, 1, 1);
    assertThat(LongSplit.byWeights(-5, new long[] {Long.MAX_VALUE, Long.MAX_VALUE})).containsExactly(-3, -2);
  }

  @Test
  void equalParts() {
    assertThat(LongSplit.equalParts(10000, 3)).containsExactly(3334, 3333, 3333);
    assertThat(LongSplit.equalParts(-5, 3)).containsExactly(-2, -2, -1);
    assertThat(LongSplit.equalParts(Long.MIN_VALUE, 1)).containsExactly(Long.MIN_VALUE);
    assertThat(LongSplit.equalParts(Long.MIN_VALUE, 2)).containsExactly(Long.MIN_VALUE / 2, Long.MIN_VALUE / 2);
    SplittableRandom random = new SplittableRandom(SEED);
    for (int c = 0; c < 2_000; c++) {
      long total = extremeTotal(random);
      int parts = 1 + random.nextInt(40);
      long[] ones = new long[parts];
      Arrays.fill(ones, 1);
      assertThat(LongSplit.equalParts(total, parts)).as("%d in %d", total, parts).containsExactly(reference(total, ones));
    }
  }

  @Test
  void rejectsWhatTheCallerMustNotPass() {
    assertThatThrownBy(() -> LongSplit.byWeights(1, new long[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSplit.byWeights(1, new long[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSplit.byWeights(1, new long[] {3, -1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LongSplit.equalParts(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void doesNotModifyTheWeights() {
    long[] weights = {5, 0, 3};
    LongSplit.byWeights(101, weights);
    assertThat(weights).containsExactly(5, 0, 3);
  }

  @Test
  void divide128MatchesBigInteger() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int c = 0; c < CASES; c++) {
      long d = pickWeight(random);
      if (d == 0) {
        d = 1;
      }
      long hi = Long.remainderUnsigned(random.nextLong(), d);
      if (c % 5 == 0) {
        hi = d - 1;
      }
      long lo = c % 7 == 0 ? -1L : random.nextLong();
      BigInteger u = BigInteger.valueOf(hi).shiftLeft(64).add(BigInteger.valueOf(lo).and(TWO_64.subtract(BigInteger.ONE)));
      BigInteger[] qr = u.divideAndRemainder(BigInteger.valueOf(d));
      long[] got = LongSplit.divide128(hi, lo, d);
      assertThat(new BigInteger(Long.toUnsignedString(got[0]))).as("%d:%d / %d", hi, lo, d).isEqualTo(qr[0]);
      assertThat(got[1]).as("%d:%d %% %d", hi, lo, d).isEqualTo(qr[1].longValueExact());
    }
  }

  @Test
  void equalsTheReferenceOnSeededCases() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int c = 0; c < CASES; c++) {
      long total = extremeTotal(random);
      long[] weights = weights(random, c);
      long[] got = LongSplit.byWeights(total, weights);
      assertThat(got).as("%d by %s", total, Arrays.toString(weights)).containsExactly(reference(total, weights));
      BigInteger sum = BigInteger.ZERO;
      for (long p : got) {
        sum = sum.add(BigInteger.valueOf(p));
      }
      assertThat(sum).isEqualTo(BigInteger.valueOf(total));
    }
  }

  @Test
  void theVariantIntoCallerArraysGivesTheSameParts() {
    // the same parts array and scratch reused over many totals, as a payment schedule does month by month
    SplittableRandom random = new SplittableRandom(SEED + 3);
    for (int size = 1; size <= 40; size++) {
      long[] parts = new long[size];
      long[] scratch = new long[size];
      for (int c = 0; c < 200; c++) {
        long[] weights = new long[size];
        for (int i = 0; i < size; i++) {
          // few distinct weights: many equal remainders, the ties the threshold scan must count
          weights[i] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(c % 2 == 0 ? 3 : 1_000_000);
        }
        weights[random.nextInt(size)] = 1 + random.nextInt(7);
        long total = extremeTotal(random);
        LongSplit.byWeights(total, weights, parts, scratch);
        assertThat(parts).as("%d by %s", total, Arrays.toString(weights)).containsExactly(reference(total, weights));
      }
    }
    assertThatThrownBy(() -> LongSplit.byWeights(10, new long[] {1, 2}, new long[1], new long[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length of the weights, 2");
    assertThatThrownBy(() -> LongSplit.byWeights(10, new long[] {1, 2}, new long[2], new long[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
  }

  @Test
  void thresholdIsTheKthLargestCountingEqualOnes() {
    long[] r = {5, 9, 9, 1, 5, 7};
    assertThat(LongSplit.threshold(r, 1)).isEqualTo(9);
    assertThat(LongSplit.threshold(r, 2)).isEqualTo(9);
    assertThat(LongSplit.threshold(r, 3)).isEqualTo(7);
    assertThat(LongSplit.threshold(r, 4)).isEqualTo(5);
    assertThat(LongSplit.threshold(r, 5)).isEqualTo(5);
    assertThat(LongSplit.threshold(r, 6)).isEqualTo(1);
    assertThat(LongSplit.threshold(new long[] {0, 0, 0}, 2)).isEqualTo(0);
  }

  @Test
  void equalsTheReferenceOnLargeSplits() {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    for (int size : new int[] {1_000, 50_000, 1_000_000}) {
      long[] weights = new long[size];
      for (int i = 0; i < size; i++) {
        weights[i] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3);
      }
      weights[size / 2] = 1;
      long total = size - 1 + random.nextLong(1_000_000_000L);
      // isEqualTo compares the arrays in one pass; containsExactly is quadratic on a million parts
      assertThat(LongSplit.byWeights(total, weights)).as("%d parts", size).isEqualTo(reference(total, weights));
    }
  }

  static long extremeTotal(SplittableRandom random) {
    switch (random.nextInt(8)) {
      case 0:
        return random.nextLong(-1_000, 1_000);
      case 1:
        return Long.MAX_VALUE - random.nextInt(1_000);
      case 2:
        return Long.MIN_VALUE + random.nextInt(1_000);
      case 3:
        return random.nextLong();
      case 4:
        return random.nextLong(-10_000_000_000_00L, 10_000_000_000_00L);
      case 5:
        return random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
      default:
        return random.nextLong(-100_000_000L, 100_000_000L);
    }
  }

  static long pickWeight(SplittableRandom random) {
    switch (random.nextInt(7)) {
      case 0:
        return 0;
      case 1:
        return Long.MAX_VALUE - random.nextInt(1_000);
      case 2:
        return random.nextLong(Long.MAX_VALUE);
      case 3:
        return 1 + random.nextInt(3);
      case 4:
        return random.nextLong(1L << 40);
      default:
        return random.nextInt(10_000);
    }
  }

  /** Weights of many shapes: 1 part, all equal (ties), many zeros, huge (sum beyond a long), up to 200 parts. */
  static long[] weights(SplittableRandom random, int c) {
    int n;
    switch (c % 6) {
      case 0:
        n = 1;
        break;
      case 1:
        n = 2 + random.nextInt(3);
        break;
      case 2:
        n = 1 + random.nextInt(200);
        break;
      default:
        n = 1 + random.nextInt(20);
    }
    long[] w = new long[n];
    int shape = random.nextInt(5);
    long same = 1 + random.nextLong(Long.MAX_VALUE - 1);
    for (int i = 0; i < n; i++) {
      switch (shape) {
        case 0:
          w[i] = same; // all tied
          break;
        case 1:
          w[i] = random.nextInt(4) == 0 ? 1 + random.nextInt(5) : 0; // mostly zeros
          break;
        case 2:
          w[i] = random.nextLong(Long.MAX_VALUE / n); // huge, the sum still a long
          break;
        default:
          w[i] = pickWeight(random);
      }
    }
    boolean positive = false;
    for (long x : w) {
      positive |= x > 0;
    }
    if (!positive) {
      w[random.nextInt(n)] = 1 + random.nextInt(100);
    }
    return w;
  }
}
