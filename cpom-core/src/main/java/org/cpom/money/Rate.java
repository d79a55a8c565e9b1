package org.cpom.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.cpom.CpomValidationException;
import org.cpom.internal.Checks;

/**
 * A rate or percentage held as an exact decimal fraction: {@code 1.20 %} is the fraction {@code 0.012}.
 *
 * <p>A rate can be negative (a campaign rate may be) and above one (an occupancy above 100 %). It is never
 * rounded unless a method says so with an explicit {@link RoundingMode}. Two rates are equal when they
 * have the same numeric value, whatever their scale.
 *
 * <p>Every rate, and every decimal a rate is built or multiplied from, has at most 64 significant digits and
 * an order of magnitude between {@code 10^-40} and {@code 10^40}; a text is at most 100 ASCII characters.
 * Beyond these bounds a {@link CpomValidationException} names the argument, so no input makes a rate do
 * unbounded work ({@code 1E-100000000} is a valid {@code BigDecimal}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rate implements Comparable<Rate>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Zero. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO);

  /** One hundred percent. */
  public static final Rate ONE = new Rate(BigDecimal.ONE);

  private final BigDecimal fraction;
  private transient volatile BigDecimal growthFactor;

  private Rate(BigDecimal fraction) {
    this.fraction = fraction;
  }

  /**
   * Obtains a rate from a fraction: {@code 0.012} is 1.2 %.
   *
   * @param fraction the fraction
   * @return the rate
   */
  public static Rate ofFraction(BigDecimal fraction) {
    return new Rate(Decimals.bounded(fraction, "fraction"));
  }

  /**
   * Obtains a rate from a fraction written as text, such as {@code "0.012"}.
   *
   * @param fraction the fraction
   * @return the rate
   */
  public static Rate ofFraction(String fraction) {
    return ofFraction(decimal(fraction, "fraction"));
  }

  /**
   * Obtains a rate from a percentage: {@code 1.20} is 1.20 %.
   *
   * @param percent the percentage
   * @return the rate
   */
  public static Rate ofPercent(BigDecimal percent) {
    return new Rate(Decimals.bounded(Decimals.bounded(percent, "percent").movePointLeft(2), "percent"));
  }

  /**
   * Obtains a rate from a percentage written as text, such as {@code "1.20"}.
   *
   * @param percent the percentage
   * @return the rate
   */
  public static Rate ofPercent(String percent) {
    return ofPercent(decimal(percent, "percent"));
  }

  /**
   * The exact ratio {@code numerator / denominator} when it has a finite decimal expansion, otherwise
   * rounded to the given number of significant digits.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @param precision significant digits kept when the ratio does not terminate, at least 1
   * @param rounding how to round when it does not terminate
   * @return the ratio as a rate
   * @throws CpomValidationException if the denominator is zero or the precision below 1
   */
  public static Rate ratio(BigDecimal numerator, BigDecimal denominator, int precision, RoundingMode rounding) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(rounding, "rounding");
    // Checked up front: MathContext reads 0 as "unlimited" and rejects a negative value with its own error.
    Checks.positive(precision, "precision", Amount.ARITHMETIC_RULE);
    Checks.check(precision <= Decimals.MAX_DIGITS, "precision", precision, Decimals.RULE,
        "at most " + Decimals.MAX_DIGITS + " significant digits");
    BigDecimal n = Decimals.bounded(numerator, "numerator");
    BigDecimal d = Decimals.bounded(denominator, "denominator");
    if (d.signum() == 0) {
      throw new CpomValidationException("denominator", d, Amount.ARITHMETIC_RULE, "division by zero");
    }
    MathContext context = new MathContext(precision, rounding);
    BigDecimal quotient;
    try {
      quotient = n.divide(d);
      // a terminating quotient is kept exact, unless it is longer than any rate may be (1 / 2^100)
      if (quotient.precision() > Decimals.MAX_DIGITS) {
        quotient = n.divide(d, context);
      }
    } catch (ArithmeticException nonTerminating) {
      quotient = divide(n, d, context);
    }
    return new Rate(Decimals.bounded(quotient, "ratio"));
  }

  private static BigDecimal divide(BigDecimal n, BigDecimal d, MathContext context) {
    try {
      return n.divide(d, context);
    } catch (ArithmeticException unnecessary) {
      throw new CpomValidationException("rounding", context.getRoundingMode(), Amount.ARITHMETIC_RULE,
          "the ratio " + n + " / " + d + " needs rounding to " + context.getPrecision() + " digits");
    }
  }

  private static BigDecimal decimal(String text, String field) {
    return Decimals.parse(text, field, Decimals.RULE);
  }

  /**
   * The rate as a fraction, e.g. {@code 0.012} for 1.2 %.
   *
   * @return the fraction, exact
   */
  public BigDecimal toFraction() {
    return fraction;
  }

  /**
   * The rate as a percentage, e.g. {@code 1.2} for 1.2 %.
   *
   * @return the percentage, exact
   */
  public BigDecimal toPercent() {
    return fraction.multiply(HUNDRED).stripTrailingZeros();
  }

  /**
   * The rate as a percentage rounded for display.
   *
   * @param decimals the number of decimals
   * @param rounding how to round
   * @return the percentage
   */
  public BigDecimal toPercent(int decimals, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    Checks.check(decimals >= 0 && decimals <= Decimals.MAX_DIGITS, "decimals", decimals, Decimals.RULE,
        "from 0 to " + Decimals.MAX_DIGITS + " decimals");
    try {
      return fraction.multiply(HUNDRED).setScale(decimals, rounding);
    } catch (ArithmeticException unnecessary) {
      throw new CpomValidationException("rounding", rounding, Amount.ARITHMETIC_RULE,
          this + " needs rounding to " + decimals + " decimals");
    }
  }

  /**
   * The growth factor {@code 1 + rate}, used to apply an update rate to a base.
   *
   * @return one plus the fraction
   */
  public BigDecimal growthFactor() {
    // built once: every base of a campaign is updated by the same rate (a race builds the same value twice)
    BigDecimal g = growthFactor;
    if (g == null) {
      g = BigDecimal.ONE.add(fraction);
      growthFactor = g;
    }
    return g;
  }

  /**
   * This rate plus another.
   *
   * @param other the other rate
   * @return the sum
   */
  public Rate plus(Rate other) {
    return new Rate(Decimals.bounded(fraction.add(Objects.requireNonNull(other, "other").fraction), "rate"));
  }

  /**
   * This rate minus another.
   *
   * @param other the other rate
   * @return the difference
   */
  public Rate minus(Rate other) {
    return new Rate(Decimals.bounded(fraction.subtract(Objects.requireNonNull(other, "other").fraction), "rate"));
  }

  /**
   * This rate times a decimal, exact.
   *
   * @param factor the multiplier
   * @return the product
   */
  public Rate multipliedBy(BigDecimal factor) {
    return new Rate(Decimals.bounded(fraction.multiply(Decimals.bounded(factor, "factor")), "rate"));
  }

  /**
   * The sign of the rate.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return fraction.signum();
  }

  /**
   * The smaller of this rate and another.
   *
   * @param other the other rate
   * @return the smaller one
   */
  public Rate min(Rate other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of this rate and another.
   *
   * @param other the other rate
   * @return the larger one
   */
  public Rate max(Rate other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(Rate other) {
    return fraction.compareTo(Objects.requireNonNull(other, "other").fraction);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rate && ((Rate) obj).fraction.compareTo(fraction) == 0;
  }

  @Override
  public int hashCode() {
    return fraction.stripTrailingZeros().hashCode();
  }

  /**
   * The rate as a percentage, e.g. {@code 1.2%}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return toPercent().toPlainString() + "%";
  }
}
