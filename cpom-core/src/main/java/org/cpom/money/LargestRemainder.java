package org.cpom.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.cpom.CpomValidationException;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.internal.LongSplit;

/**
 * The largest-remainder method on exact integers: no floating point, no intermediate rounding.
 *
 * <p>For a total of T cents and weights w(i) of sum W, part i is first floor(T x w(i) / W); the remainders
 * T x w(i) mod W share the denominator W, so they compare exactly. The cents left over (fewer than the
 * number of parts) go to the largest remainders, ties to the lower index.
 */
final class LargestRemainder {
  static final LegalBasis RULE = LegalBasis.convention(Convention.LARGEST_REMAINDER);

  private LargestRemainder() {}

  static List<Amount> equalParts(Amount total, int parts) {
    // Signed arithmetic: |Long.MIN_VALUE| does not fit a long, so the absolute value is never taken.
    // Java's division truncates towards zero: base and the remainder carry the total's sign, and the
    // remainder's absolute value (the cents left over) is below the number of parts.
    long cents = total.cents();
    long base = cents / parts;
    long extra = Math.abs(cents % parts);
    long cent = Long.signum(cents);
    List<Amount> result = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      result.add(Amount.ofCents(i < extra ? base + cent : base));
    }
    return Collections.unmodifiableList(result);
  }

  private static List<Amount> amounts(long[] cents) {
    Amount[] parts = new Amount[cents.length];
    for (int i = 0; i < cents.length; i++) {
      parts[i] = Amount.ofCents(cents[i]);
    }
    return Collections.unmodifiableList(Arrays.asList(parts));
  }

  static List<Amount> byWeights(Amount total, List<BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.isEmpty()) {
      throw new CpomValidationException("weights", "[]", RULE, "at least one weight is needed");
    }
    if (weights.size() > Amount.MAX_PARTS) {
      throw new CpomValidationException("weights", weights.size() + " weights", RULE,
          "at most " + Amount.MAX_PARTS + " parts");
    }
    // bounded and plain copies: the arithmetic below stays small, and no BigDecimal subclass is called
    List<BigDecimal> checked = new ArrayList<>(weights.size());
    for (int i = 0; i < weights.size(); i++) {
      checked.add(Decimals.bounded(Objects.requireNonNull(weights.get(i), "weights element"), "weights[" + i + "]"));
    }
    weights = checked;
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = weights.get(i);
      if (w.signum() < 0) {
        throw new CpomValidationException("weights[" + i + "]", w.toPlainString(), RULE, "must not be negative");
      }
      sum = sum.add(w);
    }
    if (sum.signum() == 0) {
      throw new CpomValidationException("weights", weights, RULE, "at least one weight must be above zero");
    }
    // Bring every weight to a common integer scale so the arithmetic is on BigInteger only.
    int scale = Math.max(0, sum.scale());
    for (BigDecimal w : weights) {
      scale = Math.max(scale, w.scale());
    }
    int n = weights.size();
    // Weights that fit a long at the common scale take the primitive path, the same parts without BigInteger.
    long[] longWeights = new long[n];
    boolean fits = true;
    for (int i = 0; i < n && fits; i++) {
      BigInteger u = weights.get(i).setScale(scale).unscaledValue();
      fits = u.bitLength() < Long.SIZE;
      longWeights[i] = fits ? u.longValue() : 0;
    }
    if (fits) {
      return amounts(LongSplit.byWeights(total.cents(), longWeights));
    }
    BigInteger denominator = sum.setScale(scale).unscaledValue();
    BigInteger abs = total.centsAsBigInteger().abs();
    // BigInteger parts: the share of |Long.MIN_VALUE| does not fit a long until its sign is restored.
    BigInteger[] parts = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger left = abs;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = abs.multiply(weights.get(i).setScale(scale).unscaledValue()).divideAndRemainder(denominator);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      left = left.subtract(qr[0]);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Stable sort: equal remainders keep declaration order, so ties go to the part declared first.
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    // Fewer cents are left than there are parts (at most Amount.MAX_PARTS, an int): each floor lost less than one,
    // so intValueExact cannot fail.
    for (int k = 0, cents = left.intValueExact(); k < cents; k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    boolean negative = total.isNegative();
    List<Amount> result = new ArrayList<>(n);
    // each part is at most the total's absolute value, itself a long: longValueExact cannot fail
    for (BigInteger p : parts) {
      result.add(Amount.ofCents((negative ? p.negate() : p).longValueExact()));
    }
    return Collections.unmodifiableList(result);
  }
}
