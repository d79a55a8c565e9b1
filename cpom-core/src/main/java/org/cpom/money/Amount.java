package org.cpom.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.cpom.CpomValidationException;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.javamoney.moneta.Money;

/**
 * An exact amount of euros, held in whole cents.
 *
 * <p>Every amount cpom computes is an {@code Amount}: scale 2, currency EUR. Operations
 * that cannot lose a cent ({@code plus}, {@code minus}, {@code negated}) take no rounding mode; every
 * operation that can ({@code multipliedBy}, {@code dividedBy}, {@code of(BigDecimal, RoundingMode)}) takes
 * an explicit {@link RoundingMode}, as in Joda-Money. A value with more than two decimals is rejected by
 * the factories that take no rounding mode, never rounded silently.
 *
 * <p>Amounts cross into JSR-354 with {@link #toMonetaryAmount()} and {@link #from(MonetaryAmount)}; any
 * currency other than EUR is rejected.
 *
 * <p>Splitting ({@link #splitEqually(int)}, {@link #splitTwelfths()}, {@link #splitByWeights(List)},
 * {@link #splitByWeights(Map)}) uses the largest-remainder method: each part is first rounded down to the
 * cent, then the cents left over go one by one to the parts with the largest remainders, ties going to the
 * part declared first. A negative total is split as its absolute value and each part negated. The parts
 * always sum exactly to the total. A split has at most {@link #MAX_PARTS} parts.
 *
 * <p>An amount lies within the range of a {@code long} number of cents, about +-9.2 x 10^16 EUR; an operation
 * whose exact result falls outside it throws a {@link CpomValidationException} ({@link Convention#EXACT_ARITHMETIC}), never a bare
 * {@code ArithmeticException}; so does a division by zero. A factor, divisor or weight has at most 64
 * significant digits and an order of magnitude between {@code 10^-40} and {@code 10^40}; a text is at most 100
 * ASCII characters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The currency code of every amount. */
  public static final String CURRENCY_CODE = "EUR";

  /** Zero euros. */
  public static final Amount ZERO = new Amount(0);

  static final LegalBasis SCALE_RULE = LegalBasis.convention(Convention.AMOUNT_SCALE);
  static final LegalBasis CURRENCY_RULE = LegalBasis.convention(Convention.AMOUNT_CURRENCY);

  static final LegalBasis ARITHMETIC_RULE = LegalBasis.convention(Convention.EXACT_ARITHMETIC);

  /** The most parts a split may have: far above any real split, low enough to bound memory. */
  public static final int MAX_PARTS = 1_000_000;

  /** Long.MAX_VALUE cents is about 9.2 x 10^16 euros: a value of 18 digits or more before the point is out. */
  private static final int MAX_MAGNITUDE = 17;
  /** About 600 digits: no amount, factor or divisor is anywhere near that long. */
  private static final int MAX_BITS = 2000;

  private final long cents;

  private Amount(long cents) {
    this.cents = cents;
  }

  // ----------------------------------------------------------------------------------------------------
  // factories

  /**
   * Obtains an amount from a number of cents.
   *
   * @param cents the amount in cents, e.g. {@code 12345} for 123.45 EUR
   * @return the amount
   */
  public static Amount ofCents(long cents) {
    // small amounts (roundings of a few cents, zero) come up by the hundred thousand in a campaign: shared, as
    // Integer.valueOf shares small integers; an amount is a value, never compared by identity
    if (cents >= -SMALL && cents <= SMALL) {
      return SMALL_AMOUNTS[(int) cents + SMALL];
    }
    return new Amount(cents);
  }

  /** The cents from -SMALL to SMALL, held once. */
  private static final int SMALL = 1_000;
  private static final Amount[] SMALL_AMOUNTS = smallAmounts();

  private static Amount[] smallAmounts() {
    Amount[] amounts = new Amount[2 * SMALL + 1];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = i == SMALL ? ZERO : new Amount(i - SMALL);
    }
    return amounts;
  }

  /**
   * Obtains an amount from whole euros.
   *
   * @param euros the amount in euros
   * @return the amount
   * @throws CpomValidationException if the amount overflows the range of cents
   */
  public static Amount ofEuros(long euros) {
    try {
      return ofCents(Math.multiplyExact(euros, 100L));
    } catch (ArithmeticException e) {
      throw overflow(euros + " euros");
    }
  }

  /**
   * Obtains an amount from a decimal with at most two decimals.
   *
   * @param euros the amount in euros, scale at most 2 once trailing zeros are removed
   * @return the amount
   * @throws CpomValidationException if the value has more than two decimals or is too large for cents
   */
  public static Amount of(BigDecimal euros) {
    Objects.requireNonNull(euros, "euros");
    euros = plain(euros);
    try {
      return ofCents(centsOf(euros, RoundingMode.UNNECESSARY));
    } catch (ArithmeticException e) {
      throw new CpomValidationException(
          "amount", shown(euros), SCALE_RULE, "more than two decimals; round it explicitly");
    }
  }

  /**
   * Obtains an amount from a decimal, rounding to the cent with the given mode.
   *
   * @param euros the amount in euros, any scale
   * @param rounding how to round to the cent
   * @return the amount
   * @throws CpomValidationException if the value is too large to be held in cents, or the mode is {@link
   *     RoundingMode#UNNECESSARY} and rounding is needed
   */
  public static Amount of(BigDecimal euros, RoundingMode rounding) {
    Objects.requireNonNull(euros, "euros");
    Objects.requireNonNull(rounding, "rounding");
    return ofCents(rounded(plain(euros), rounding, "euros"));
  }

  /**
   * Obtains an amount from a decimal text such as {@code "1234.56"} or {@code "-0.05"}, at most two
   * decimals. Underscores may group digits ({@code "5_566_000.00"}). Only ASCII digits are read (a fullwidth
   * or Arabic-Indic digit is rejected), and at most 100 characters. This is the unit-less form; {@link
   * #parse(CharSequence)} reads it too, and also the {@code "EUR 1234.56"} form of {@link #toString()}.
   *
   * @param euros the text
   * @return the amount
   * @throws CpomValidationException if the text is not a number with at most two decimals
   */
  public static Amount of(String euros) {
    Objects.requireNonNull(euros, "euros");
    return of(Decimals.parse(euros, "amount", SCALE_RULE));
  }

  /**
   * Parses an amount from text: the form {@link #toString()} produces, such as {@code "EUR 1234.56"}, or a
   * decimal alone, such as {@code "1234.56"}, read as euros like {@link #of(String)}.
   *
   * @param text the text
   * @return the amount
   * @throws CpomValidationException if the text is not a decimal of at most two decimals, optionally after {@code EUR}, or another
   *     currency is named
   */
  public static Amount parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    int space = s.indexOf(' ');
    if (space == -1) {
      // no currency: the unit-less form of(String) reads
      return of(s);
    }
    String code = s.substring(0, space);
    if (!CURRENCY_CODE.equals(code)) {
      throw new CpomValidationException("amount.currency", code, CURRENCY_RULE, "only EUR is accepted");
    }
    return of(s.substring(space + 1).trim());
  }

  /**
   * Obtains an amount from a JSR-354 amount in EUR with at most two decimals.
   *
   * @param amount the monetary amount
   * @return the amount
   * @throws CpomValidationException if the currency is not EUR or the value has more than two decimals
   */
  public static Amount from(MonetaryAmount amount) {
    Objects.requireNonNull(amount, "amount");
    checkEur(amount);
    return of(amount.getNumber().numberValue(BigDecimal.class));
  }

  /**
   * Obtains an amount from a JSR-354 amount in EUR, rounding to the cent.
   *
   * @param amount the monetary amount
   * @param rounding how to round to the cent
   * @return the amount
   * @throws CpomValidationException if the currency is not EUR
   */
  public static Amount from(MonetaryAmount amount, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    checkEur(amount);
    return of(amount.getNumber().numberValue(BigDecimal.class), rounding);
  }

  private static void checkEur(MonetaryAmount amount) {
    String code = amount.getCurrency().getCurrencyCode();
    if (!CURRENCY_CODE.equals(code)) {
      throw new CpomValidationException("amount.currency", code, CURRENCY_RULE, "only EUR is accepted");
    }
  }

  /**
   * The sum of some amounts; zero for none.
   *
   * @param amounts the amounts
   * @return their total
   * @throws CpomValidationException if the total overflows the range of cents
   */
  public static Amount total(Iterable<Amount> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    long sum = 0;
    for (Amount a : amounts) {
      long c = Objects.requireNonNull(a, "amounts element").cents;
      try {
        sum = Math.addExact(sum, c);
      } catch (ArithmeticException e) {
        throw overflow(ofCents(sum) + " + " + a);
      }
    }
    return ofCents(sum);
  }

  /**
   * The sum of some amounts; zero for none.
   *
   * @param amounts the amounts
   * @return their total
   */
  public static Amount total(Amount... amounts) {
    return total(Arrays.asList(Objects.requireNonNull(amounts, "amounts")));
  }

  /**
   * The number of digits before the decimal point of a non-zero decimal, negative below 0.1: its absolute
   * value is at least 10^(m-1) and below 10^m. Read from precision and scale, without building the number.
   */
  private static long magnitude(BigDecimal nonZero) {
    return (long) nonZero.precision() - nonZero.scale();
  }

  /**
   * A decimal in euros to whole cents, rounded once. The magnitude is checked before any rounding: a value
   * such as {@code 1E+999999999} would otherwise build a billion-digit number before being found too large.
   *
   * <p>Under {@code UNNECESSARY}, a value of more than 2 decimals makes {@code setScale} throw an
   * {@code ArithmeticException}; it never leaves this class: its two callers, {@link #of(BigDecimal)} and
   * {@link #rounded}, turn it into a {@link CpomValidationException} naming the field.
   */
  private static long centsOf(BigDecimal euros, RoundingMode rounding) {
    if (euros.signum() == 0) {
      return 0;
    }
    // precision() is quadratic in the digits: a value of thousands of digits is refused on its bit length
    if (euros.unscaledValue().bitLength() > MAX_BITS) {
      throw new CpomValidationException("amount", "a decimal of over 600 digits", SCALE_RULE, "too many digits");
    }
    long magnitude = magnitude(euros);
    if (magnitude > MAX_MAGNITUDE) {
      throw tooLarge(shown(euros));
    }
    // Below 0.001 every non-zero value rounds to the cent as 0.001 of the same sign does, whatever the mode
    // (HALF_* give 0, UP gives one cent, UNNECESSARY fails), so the rounding is done on that stand-in.
    BigDecimal rounded = (magnitude < -2 ? BigDecimal.valueOf(euros.signum(), 3) : euros).setScale(2, rounding);
    return toCents(rounded);
  }

  private static long toCents(BigDecimal scale2) {
    try {
      return scale2.unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw tooLarge(scale2.toPlainString());
    }
  }

  private static CpomValidationException tooLarge(String value) {
    return new CpomValidationException("amount", value, SCALE_RULE, "too large to be held in cents");
  }

  /** The value for an error message: plain digits unless that would be a very long text. */
  /** {@link #centsOf}, with a rounding that turns out to be needed under UNNECESSARY named as such. */
  private static long rounded(BigDecimal euros, RoundingMode rounding, String field) {
    try {
      return centsOf(euros, rounding);
    } catch (ArithmeticException e) {
      throw unnecessary(field, shown(euros));
    }
  }

  private static CpomValidationException unnecessary(String field, String value) {
    return new CpomValidationException(field, value, SCALE_RULE,
        "rounding to the cent is needed, but the rounding mode is UNNECESSARY");
  }

  /**
   * A factor or divisor: any exponent is fine (the magnitude shortcuts settle it without building the number),
   * but not thousands of digits, whose precision alone takes seconds to count.
   */
  private static BigDecimal operand(BigDecimal value, String field) {
    BigDecimal v = plain(Objects.requireNonNull(value, field));
    if (v.unscaledValue().bitLength() > MAX_BITS) {
      throw new CpomValidationException(field, "a decimal of over 600 digits", ARITHMETIC_RULE, "too many digits");
    }
    return v;
  }

  /** A subclass of BigDecimal copied to the plain class, so that no overriding method is ever called. */
  private static BigDecimal plain(BigDecimal value) {
    return value.getClass() == BigDecimal.class ? value : new BigDecimal(value.unscaledValue(), value.scale());
  }

  private static CpomValidationException overflow(String what) {
    return new CpomValidationException("amount", what, ARITHMETIC_RULE,
        "overflows the range of an amount, +-92,233,720,368,547,758.07 EUR");
  }

  private static String shown(BigDecimal value) {
    return Math.abs((long) value.scale()) <= 40 ? value.toPlainString() : value.toString();
  }

  // ----------------------------------------------------------------------------------------------------
  // access

  /**
   * The amount in cents.
   *
   * @return the number of cents, negative for a negative amount
   */
  public long cents() {
    return cents;
  }

  /**
   * The amount as a decimal of scale 2.
   *
   * @return the amount in euros, scale 2
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(cents, 2);
  }

  /**
   * The amount as a JSR-354 amount in EUR (a Moneta {@link Money}), exact to the cent.
   *
   * <p>The amount is built with an explicit monetary context of unlimited precision, so no
   * {@code javamoney.properties} on the class path (which sets Moneta's default precision and rounding) can
   * change its value; the round trip is checked.
   *
   * @return the monetary amount, whose number equals {@link #toBigDecimal()}
   * @throws org.cpom.CpomException if the JSR-354 implementation on the class path does not keep the value
   */
  public MonetaryAmount toMonetaryAmount() {
    BigDecimal value = toBigDecimal();
    MonetaryAmount m = Money.of(value, Eur.UNIT, Eur.EXACT);
    BigDecimal back = m.getNumber().numberValue(BigDecimal.class);
    if (back.compareTo(value) != 0) {
      throw new org.cpom.CpomException("the JSR-354 view of " + this + " came back as " + back
          + ": the monetary implementation on the class path does not keep exact amounts");
    }
    return m;
  }

  /**
   * The sign of this amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return Long.signum(cents);
  }

  /**
   * Whether the amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return cents == 0;
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return cents > 0;
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return cents < 0;
  }

  // ----------------------------------------------------------------------------------------------------
  // exact arithmetic

  /**
   * This amount plus another.
   *
   * @param other the amount to add
   * @return the sum
   * @throws CpomValidationException if the sum overflows the range of cents
   */
  public Amount plus(Amount other) {
    Objects.requireNonNull(other, "other");
    // adding zero (no CNR, no mesure nouvelle, no modulation...) is most of the engines' sums: no new value
    if (other.cents == 0) {
      return this;
    }
    if (cents == 0) {
      return other;
    }
    try {
      return ofCents(Math.addExact(cents, other.cents));
    } catch (ArithmeticException e) {
      throw overflow(this + " + " + other);
    }
  }

  /**
   * This amount minus another.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws CpomValidationException if the difference overflows the range of cents
   */
  public Amount minus(Amount other) {
    Objects.requireNonNull(other, "other");
    if (other.cents == 0) {
      return this;
    }
    try {
      return ofCents(Math.subtractExact(cents, other.cents));
    } catch (ArithmeticException e) {
      throw overflow(this + " - " + other);
    }
  }

  /**
   * This amount times a whole number; exact.
   *
   * @param factor the multiplier
   * @return the product
   * @throws CpomValidationException if the product overflows the range of cents
   */
  public Amount multipliedBy(long factor) {
    try {
      return ofCents(Math.multiplyExact(cents, factor));
    } catch (ArithmeticException e) {
      throw overflow(this + " x " + factor);
    }
  }

  /**
   * The opposite amount.
   *
   * @return minus this amount
   * @throws CpomValidationException for the most negative amount, -92,233,720,368,547,758.08 EUR, whose
   *     opposite is out of range
   */
  public Amount negated() {
    try {
      return ofCents(Math.negateExact(cents));
    } catch (ArithmeticException e) {
      throw overflow("-(" + this + ")");
    }
  }

  /**
   * The absolute value.
   *
   * @return this amount without its sign
   */
  public Amount abs() {
    return isNegative() ? negated() : this;
  }

  /**
   * The smaller of this amount and another.
   *
   * @param other the other amount
   * @return the smaller one
   */
  public Amount min(Amount other) {
    return cents <= Objects.requireNonNull(other, "other").cents ? this : other;
  }

  /**
   * The larger of this amount and another.
   *
   * @param other the other amount
   * @return the larger one
   */
  public Amount max(Amount other) {
    return cents >= Objects.requireNonNull(other, "other").cents ? this : other;
  }

  // ----------------------------------------------------------------------------------------------------
  // lossy arithmetic: one rounding, explicit

  /**
   * This amount times a decimal, rounded once to the cent.
   *
   * @param factor the multiplier
   * @param rounding how to round the product to the cent
   * @return the product
   * @throws CpomValidationException if the product is too large to be held in cents
   */
  public Amount multipliedBy(BigDecimal factor, RoundingMode rounding) {
    BigDecimal f = operand(factor, "factor");
    Objects.requireNonNull(rounding, "rounding");
    if (rounding == RoundingMode.HALF_UP && f.scale() >= 0 && f.scale() <= 18 && f.precision() <= 18) {
      // the update of every base by its rate: on longs when the exact product fits, the same result as below
      long unscaled = f.unscaledValue().longValue();
      long product = cents * unscaled;
      if (Math.multiplyHigh(cents, unscaled) == (product >> 63)) {
        return ofCents(halfUp(product, POWERS_OF_TEN[f.scale()]));
      }
    }
    return ofCents(rounded(toBigDecimal().multiply(f), rounding, "factor"));
  }

  private static final long[] POWERS_OF_TEN = powersOfTen();

  private static long[] powersOfTen() {
    long[] p = new long[19];
    p[0] = 1;
    for (int i = 1; i < p.length; i++) {
      p[i] = p[i - 1] * 10;
    }
    return p;
  }

  /** {@code n / d} rounded half away from zero, as {@code BigDecimal} HALF_UP does, for {@code d > 0}. */
  static long halfUp(long n, long d) {
    long q = n / d;
    long r = n % d;
    // |r| < d <= 10^18, so 2|r| cannot overflow
    if (2 * Math.abs(r) >= d) {
      q += Long.signum(n);
    }
    return q;
  }

  /**
   * This amount times a rate, rounded once to the cent: {@code 1000.00 x 1.2 %} is {@code 12.00}.
   *
   * @param rate the rate
   * @param rounding how to round the product to the cent
   * @return the product
   * @throws CpomValidationException if the product is too large to be held in cents
   */
  public Amount multipliedBy(Rate rate, RoundingMode rounding) {
    Objects.requireNonNull(rate, "rate");
    return multipliedBy(rate.toFraction(), rounding);
  }

  /**
   * This amount divided by a decimal, rounded once to the cent.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round the quotient to the cent
   * @return the quotient
   * @throws CpomValidationException if the divisor is zero, or the quotient too large to be held in cents
   */
  public Amount dividedBy(BigDecimal divisor, RoundingMode rounding) {
    divisor = operand(divisor, "divisor");
    Objects.requireNonNull(rounding, "rounding");
    if (divisor.signum() == 0) {
      throw new CpomValidationException("divisor", divisor, ARITHMETIC_RULE, "division by zero");
    }
    if (cents == 0) {
      return ZERO;
    }
    // The quotient lies between 10^(d-1) and 10^(d+1), d the difference of the two magnitudes: out of range,
    // or below a tenth of a cent, it is settled without dividing (see centsOf).
    BigDecimal euros = toBigDecimal();
    long d = magnitude(euros) - magnitude(divisor);
    if (d - 1 >= MAX_MAGNITUDE) {
      throw tooLarge(this + " / " + shown(divisor));
    }
    if (d < -3) {
      int sign = signum() == divisor.signum() ? 1 : -1;
      return ofCents(rounded(BigDecimal.valueOf(sign, 3), rounding, "divisor"));
    }
    try {
      return ofCents(toCents(euros.divide(divisor, 2, rounding)));
    } catch (ArithmeticException e) {
      throw unnecessary("divisor", this + " / " + shown(divisor));
    }
  }

  /**
   * This amount divided by a whole number, rounded once to the cent.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round the quotient to the cent
   * @return the quotient
   * @throws CpomValidationException if the divisor is zero
   */
  public Amount dividedBy(long divisor, RoundingMode rounding) {
    return dividedBy(BigDecimal.valueOf(divisor), rounding);
  }

  /**
   * This amount times {@code numerator / denominator}, computed exactly then rounded once: the way to
   * prorate (days, months) without an intermediate rounding.
   *
   * @param numerator the numerator, zero or more
   * @param denominator the denominator, above zero
   * @param rounding how to round to the cent
   * @return the prorated amount
   * @throws CpomValidationException if the denominator is not positive, the numerator negative, or the result
   *     too large to be held in cents
   */
  public Amount prorated(long numerator, long denominator, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (denominator <= 0) {
      throw new CpomValidationException("denominator", denominator, ARITHMETIC_RULE, "must be positive");
    }
    if (numerator < 0) {
      throw new CpomValidationException("numerator", numerator, ARITHMETIC_RULE, "must not be negative");
    }
    BigDecimal exact = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(numerator));
    BigDecimal quotient;
    try {
      quotient = exact.divide(BigDecimal.valueOf(denominator), 0, rounding);
    } catch (ArithmeticException e) {
      throw unnecessary("denominator", this + " x " + numerator + " / " + denominator);
    }
    return ofCents(toCents(quotient.movePointLeft(2)));
  }

  // ----------------------------------------------------------------------------------------------------
  // splitting

  /**
   * Splits this amount into {@code parts} parts as equal as the cent allows; the first parts take the
   * extra cents. {@code 100.00} in 3 gives {@code 33.34, 33.33, 33.33}.
   *
   * @param parts the number of parts, at least 1
   * @return the parts, in order, summing exactly to this amount
   */
  public List<Amount> splitEqually(int parts) {
    if (parts < 1 || parts > MAX_PARTS) {
      throw new CpomValidationException("parts", parts, LargestRemainder.RULE, "from 1 to " + MAX_PARTS + " parts");
    }
    return LargestRemainder.equalParts(this, parts);
  }

  /**
   * Splits this amount into twelve monthly instalments (douzièmes), January first. The months declared
   * first take the extra cents: {@code 5,566,000.00} gives four of {@code 463,833.34} then eight of
   * {@code 463,833.33}.
   *
   * @return twelve parts summing exactly to this amount
   */
  public List<Amount> splitTwelfths() {
    return LargestRemainder.equalParts(this, 12);
  }

  /**
   * Splits this amount in proportion to weights, by the largest-remainder method.
   *
   * @param weights the weights, zero or more each, at least one above zero
   * @return one part per weight, in order, summing exactly to this amount
   * @throws CpomValidationException if a weight is negative or all are zero
   */
  public List<Amount> splitByWeights(List<BigDecimal> weights) {
    return LargestRemainder.byWeights(this, weights);
  }

  /**
   * Splits this amount in proportion to keyed weights; the map's iteration order is the declaration order
   * used to break ties (pass a {@link LinkedHashMap} or another ordered map).
   *
   * @param <K> the key type
   * @param weights the weights by key
   * @return the parts by key, in the same order, summing exactly to this amount
   */
  public <K> Map<K, Amount> splitByWeights(Map<K, BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    List<K> keys = new ArrayList<>(weights.keySet());
    List<BigDecimal> values = new ArrayList<>(weights.values());
    List<Amount> parts = LargestRemainder.byWeights(this, values);
    Map<K, Amount> result = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      result.put(keys.get(i), parts.get(i));
    }
    return Collections.unmodifiableMap(result);
  }

  // ----------------------------------------------------------------------------------------------------

  /**
   * Compares by value.
   *
   * @param other the other amount
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Amount other) {
    return Long.compare(cents, Objects.requireNonNull(other, "other").cents);
  }

  /**
   * Whether this amount is greater than another.
   *
   * @param other the other amount
   * @return true if greater
   */
  public boolean isGreaterThan(Amount other) {
    return cents > Objects.requireNonNull(other, "other").cents;
  }

  /**
   * Whether this amount is less than another.
   *
   * @param other the other amount
   * @return true if less
   */
  public boolean isLessThan(Amount other) {
    return cents < Objects.requireNonNull(other, "other").cents;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Amount && ((Amount) obj).cents == cents;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(cents);
  }

  /**
   * The amount as {@code EUR 1234.56}, readable by {@link #parse(CharSequence)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return CURRENCY_CODE + " " + toBigDecimal().toPlainString();
  }

  BigInteger centsAsBigInteger() {
    return BigInteger.valueOf(cents);
  }

  /** EUR resolved once, lazily: Moneta's providers load on first use, not when Amount loads. */
  private static final class Eur {
    static final CurrencyUnit UNIT = Monetary.getCurrency(CURRENCY_CODE);
    /** Precision 0 is unlimited: the configured default precision of Moneta does not apply. */
    static final MonetaryContext EXACT = MonetaryContextBuilder.of(Money.class)
        .setPrecision(0)
        .set(RoundingMode.UNNECESSARY)
        .build();
  }
}
