package org.cpom.internal;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The largest-remainder split on primitive longs: the same parts as {@code org.cpom.money.LargestRemainder}, without
 * boxing or {@code BigInteger} in the common case.
 *
 * <p>For a total of T cents and weights w(i) of sum W, part i is first floor(|T| x w(i) / W); the cents left over
 * (fewer than the number of parts) go one each to the largest remainders |T| x w(i) mod W, ties to the lower index;
 * the sign of T is then restored on every part.
 *
 * <p>|T| is held as an unsigned long, so |Long.MIN_VALUE| = 2^63 needs no special case. The product |T| x w(i) is
 * exact in 128 bits ({@link Math#multiplyHigh}) and divided by W with a 128-by-64-bit long division; only a sum W
 * that overflows a long falls back to {@code BigInteger}.
 *
 * <p>Cost: O(n) for the floors, plus, when cents are left over, the threshold (the k-th largest remainder, k the
 * cents left over): up to 32 parts by k scans of the remainders, above that by a primitive sort of their copy,
 * O(n log n). The cents go to every remainder above the threshold and then to the remainders equal to it by
 * ascending index, which is the stable order the reference uses.
 */
public final class LongSplit {
  private static final long MASK32 = 0xFFFF_FFFFL;
  /** Up to this many parts the threshold is found by scanning rather than by sorting a copy. */
  private static final int SMALL = 32;

  private LongSplit() {}

  /**
   * Splits a total of cents in proportion to weights, by the largest-remainder method.
   *
   * @param totalCents the total, any long
   * @param weights the weights, each zero or more, with a sum above zero; not modified
   * @return one part per weight, in order, summing exactly to the total
   * @throws IllegalArgumentException if there is no weight, a weight is negative or all are zero
   */
  public static long[] byWeights(long totalCents, long[] weights) {
    int n = weights.length;
    long[] parts = new long[n];
    byWeights(totalCents, weights, parts, new long[n]);
    return parts;
  }

  /**
   * The same split into arrays the caller provides, for a caller that splits many totals over the same
   * parts (a payment schedule splits one a month): nothing is allocated unless the weights' sum overflows.
   *
   * @param totalCents the total, any long
   * @param weights the weights, each zero or more, with a sum above zero; not modified
   * @param parts receives one part per weight, in order, summing exactly to the total
   * @param scratch working space, overwritten
   * @throws IllegalArgumentException if there is no weight, a weight is negative or all are zero, or the
   *     arrays' lengths differ
   */
  public static void byWeights(long totalCents, long[] weights, long[] parts, long[] scratch) {
    int n = weights.length;
    if (parts.length != n || scratch.length != n) {
      throw new IllegalArgumentException("parts and scratch have the length of the weights, " + n + ": " + parts.length
          + " and " + scratch.length);
    }
    if (n == 0) {
      throw new IllegalArgumentException("at least one weight is needed");
    }
    long sum = 0;
    boolean overflow = false;
    for (int i = 0; i < n; i++) {
      long w = weights[i];
      if (w < 0) {
        throw new IllegalArgumentException("weights[" + i + "] is negative: " + w);
      }
      long s = sum + w;
      // both terms are non-negative: a wrap shows as a negative sum
      if (s < 0) {
        overflow = true;
      }
      sum = s;
    }
    if (overflow) {
      System.arraycopy(byWeightsBig(totalCents, weights), 0, parts, 0, n);
      return;
    }
    if (sum == 0) {
      throw new IllegalArgumentException("at least one weight must be above zero");
    }
    // |T| as an unsigned long: -Long.MIN_VALUE wraps to itself, which read unsigned is 2^63
    long abs = totalCents < 0 ? -totalCents : totalCents;
    long[] remainders = scratch;
    long left = abs;
    for (int i = 0; i < n; i++) {
      long w = weights[i];
      long lo = abs * w;
      // unsigned high word: w < 2^63, so only abs's top bit needs the correction of the signed multiplyHigh
      long hi = Math.multiplyHigh(abs, w) + ((abs >> 63) & w);
      long q;
      long r;
      if (hi == 0) {
        q = Long.divideUnsigned(lo, sum);
        r = Long.remainderUnsigned(lo, sum);
      } else {
        // w <= W, so the quotient is at most |T| <= 2^63 and hi < W: divide128 applies
        long[] qr = divide128(hi, lo, sum);
        q = qr[0];
        r = qr[1];
      }
      parts[i] = q;
      remainders[i] = r;
      left -= q;
    }
    // 0 <= left < n: each floor lost less than one cent
    distribute(parts, remainders, (int) left);
    if (totalCents < 0) {
      for (int i = 0; i < n; i++) {
        parts[i] = -parts[i];
      }
    }
  }

  /**
   * Splits a total of cents into parts as equal as the cent allows, the first parts taking the extra cents.
   *
   * @param totalCents the total, any long
   * @param parts the number of parts, at least 1
   * @return the parts, in order, summing exactly to the total
   * @throws IllegalArgumentException if parts is below 1
   */
  public static long[] equalParts(long totalCents, int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("at least one part is needed: " + parts);
    }
    // signed arithmetic: division truncates towards zero, so base and the remainder carry the total's sign
    long base = totalCents / parts;
    long extra = Math.abs(totalCents % parts);
    long cent = Long.signum(totalCents);
    long[] result = new long[parts];
    for (int i = 0; i < parts; i++) {
      result[i] = i < extra ? base + cent : base;
    }
    return result;
  }

  /**
   * Gives one cent to each of the {@code left} largest remainders, ties to the lower index. Parts are unsigned
   * magnitudes here; a part plus one never exceeds |T|.
   */
  private static void distribute(long[] parts, long[] remainders, int left) {
    if (left == 0) {
      return;
    }
    int n = parts.length;
    long threshold;
    if (left == 1) {
      threshold = Long.MIN_VALUE;
      for (long r : remainders) {
        threshold = Math.max(threshold, r);
      }
    } else if (n <= SMALL) {
      threshold = threshold(remainders, left);
    } else {
      long[] sorted = remainders.clone();
      Arrays.sort(sorted);
      threshold = sorted[n - left];
    }
    // every remainder above the threshold is among the largest; the rest go to the equal ones by index
    int equalsTaken = left;
    for (int i = 0; i < n; i++) {
      if (remainders[i] > threshold) {
        parts[i]++;
        equalsTaken--;
      }
    }
    for (int i = 0; i < n && equalsTaken > 0; i++) {
      if (remainders[i] == threshold) {
        parts[i]++;
        equalsTaken--;
      }
    }
  }

  /**
   * The {@code k}-th largest remainder, counting equal ones, found without a copy: each pass takes the next
   * value down and counts its occurrences, so at most {@code k} passes of the {@code n} remainders.
   */
  static long threshold(long[] remainders, int k) {
    long current = 0;
    boolean first = true;
    int covered = 0;
    while (covered < k) {
      long next = Long.MIN_VALUE;
      boolean found = false;
      for (long r : remainders) {
        if ((first || r < current) && (!found || r > next)) {
          next = r;
          found = true;
        }
      }
      current = next;
      first = false;
      for (long r : remainders) {
        if (r == current) {
          covered++;
        }
      }
    }
    return current;
  }

  /**
   * The unsigned quotient and remainder of the 128-bit {@code hi:lo} by {@code d}, for {@code 0 < d < 2^63} and
   * {@code hi < d} (so the quotient fits 64 bits): Knuth's algorithm D on 32-bit digits, as in Hacker's Delight
   * (divlu).
   */
  static long[] divide128(long hi, long lo, long d) {
    int s = Long.numberOfLeadingZeros(d);
    long v = d << s;
    long vn1 = v >>> 32;
    long vn0 = v & MASK32;
    long un32 = s == 0 ? hi : (hi << s) | (lo >>> (64 - s));
    long un10 = lo << s;
    long un1 = un10 >>> 32;
    long un0 = un10 & MASK32;

    long q1 = Long.divideUnsigned(un32, vn1);
    long rhat = un32 - q1 * vn1;
    while (Long.compareUnsigned(q1, 1L << 32) >= 0
        || Long.compareUnsigned(q1 * vn0, (rhat << 32) + un1) > 0) {
      q1--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, 1L << 32) >= 0) {
        break;
      }
    }
    long un21 = (un32 << 32) + un1 - q1 * v;
    long q0 = Long.divideUnsigned(un21, vn1);
    rhat = un21 - q0 * vn1;
    while (Long.compareUnsigned(q0, 1L << 32) >= 0
        || Long.compareUnsigned(q0 * vn0, (rhat << 32) + un0) > 0) {
      q0--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, 1L << 32) >= 0) {
        break;
      }
    }
    long r = ((un21 << 32) + un0 - q0 * v) >>> s;
    return new long[] {(q1 << 32) + q0, r};
  }

  /**
   * The same split on BigInteger, for a sum of weights beyond a long (only possible with huge weights). The same
   * threshold selection as {@link #distribute}, on a sorted copy of the BigInteger remainders.
   */
  private static long[] byWeightsBig(long totalCents, long[] weights) {
    int n = weights.length;
    BigInteger sum = BigInteger.ZERO;
    for (long w : weights) {
      sum = sum.add(BigInteger.valueOf(w));
    }
    BigInteger abs = BigInteger.valueOf(totalCents).abs();
    BigInteger[] parts = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger left = abs;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = abs.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      left = left.subtract(qr[0]);
    }
    int cents = left.intValueExact();
    if (cents > 0) {
      BigInteger[] sorted = remainders.clone();
      Arrays.sort(sorted);
      BigInteger threshold = sorted[n - cents];
      int equalsTaken = cents;
      for (int i = 0; i < n; i++) {
        if (remainders[i].compareTo(threshold) > 0) {
          parts[i] = parts[i].add(BigInteger.ONE);
          equalsTaken--;
        }
      }
      for (int i = 0; i < n && equalsTaken > 0; i++) {
        if (remainders[i].equals(threshold)) {
          parts[i] = parts[i].add(BigInteger.ONE);
          equalsTaken--;
        }
      }
    }
    boolean negative = totalCents < 0;
    long[] result = new long[n];
    for (int i = 0; i < n; i++) {
      // each part is at most |T|, so with its sign restored it is a long
      result[i] = (negative ? parts[i].negate() : parts[i]).longValueExact();
    }
    return result;
  }
}
