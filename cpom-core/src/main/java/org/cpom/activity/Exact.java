package org.cpom.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cpom.money.Amount;
import org.cpom.money.Rate;

/**
 * An exact fraction {@code numerator / denominator}, the denominator above zero, so that a modulation is
 * rounded once from the exact gap even when the occupancy rate does not terminate (12,002 days of 14,600) and
 * the contract's modality then combines several such gaps.
 */
final class Exact implements Comparable<Exact> {
  static final Exact ZERO = new Exact(BigDecimal.ZERO, BigDecimal.ONE);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Exact(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static Exact of(BigDecimal value) {
    return new Exact(value, BigDecimal.ONE);
  }

  /** {@code numerator / denominator}, the denominator above zero. */
  static Exact ratio(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator " + denominator);
    }
    return new Exact(numerator, denominator);
  }

  /** reference - days / theoreticalDays, as (reference x theoreticalDays - days) / theoreticalDays. */
  static Exact gapOfDays(BigDecimal reference, long days, long theoreticalDays) {
    BigDecimal theoretical = BigDecimal.valueOf(theoreticalDays);
    return ratio(reference.multiply(theoretical).subtract(BigDecimal.valueOf(days)), theoretical);
  }

  Exact plus(Exact o) {
    return new Exact(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  Exact minus(Exact o) {
    return plus(o.negate());
  }

  Exact negate() {
    return new Exact(numerator.negate(), denominator);
  }

  Exact abs() {
    return new Exact(numerator.abs(), denominator);
  }

  Exact times(BigDecimal factor) {
    return new Exact(numerator.multiply(factor), denominator);
  }

  Exact times(Exact o) {
    return new Exact(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  /** This divided by a positive number. */
  Exact dividedBy(BigDecimal divisor) {
    return ratio(numerator, denominator.multiply(divisor));
  }

  Exact max(Exact o) {
    return compareTo(o) >= 0 ? this : o;
  }

  Exact min(Exact o) {
    return compareTo(o) <= 0 ? this : o;
  }

  int signum() {
    return numerator.signum();
  }

  @Override
  public int compareTo(Exact o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  /** As a rate, kept to {@value ActivityRecord#PRECISION} significant digits when it does not terminate. */
  Rate rate() {
    return Rate.ratio(numerator, denominator, ActivityRecord.PRECISION, RoundingMode.HALF_UP);
  }

  /** As a fraction, kept to {@value ActivityRecord#PRECISION} significant digits: for display only. */
  BigDecimal fraction() {
    return rate().toFraction();
  }

  /** {@code base x |this|}, computed exactly and rounded once, HALF_UP. */
  Amount of(Amount base) {
    BigDecimal exact = base.toBigDecimal().multiply(numerator.abs());
    return Amount.of(exact.divide(denominator, 2, RoundingMode.HALF_UP));
  }

  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
