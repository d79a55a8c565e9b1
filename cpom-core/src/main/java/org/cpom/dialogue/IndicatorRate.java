package org.cpom.dialogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.trace.Percentage;

/**
 * A rate of the dialogue de gestion kept as its two exact counts ({@link org.cpom.Convention#DIALOGUE_RATES}): the
 * numerator and the denominator (days, persons), the fraction rounded half up to {@value #SCALE} decimals, and the
 * percentage for display rounded half up to two decimals from the exact ratio. With a zero denominator the rate is
 * undefined: the fraction and the percentage are empty.
 *
 * <p>Built inside this package. This class is immutable and thread-safe; it compares by value (its two counts).
 */
public final class IndicatorRate {
  /** Decimals kept in the fraction. */
  public static final int SCALE = 6;

  private final long numerator;
  private final long denominator;

  IndicatorRate(long numerator, long denominator) {
    // counts of days and persons: a negative one is a bug upstream, never a rate to show
    Checks.check(numerator >= 0 && denominator >= 0, "rate", numerator + "/" + denominator,
        LegalBasis.convention(Convention.DIALOGUE_RATES), "the counts of a rate are zero or more");
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * What is counted.
   *
   * @return the numerator, zero or more
   */
  public long numerator() {
    return numerator;
  }

  /**
   * What it is counted against.
   *
   * @return the denominator, zero or more
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Whether the rate is defined: its denominator is above zero.
   *
   * @return true when the denominator is above zero
   */
  public boolean isDefined() {
    return denominator > 0;
  }

  /**
   * The fraction, numerator over denominator, rounded {@link RoundingMode#HALF_UP} to {@value #SCALE} decimals.
   *
   * @return e.g. {@code 0.116667} for 7 of 60; empty when the denominator is zero
   */
  public Optional<BigDecimal> fraction() {
    return isDefined() ? Optional.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE,
        RoundingMode.HALF_UP)) : Optional.empty();
  }

  /**
   * The percentage for display, rounded {@link RoundingMode#HALF_UP} to two decimals from the exact ratio.
   *
   * @return e.g. {@code 11.67} for 7 of 60; empty when the denominator is zero
   */
  public Optional<BigDecimal> percent() {
    return isDefined() ? Optional.of(BigDecimal.valueOf(numerator).movePointRight(2)
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)) : Optional.empty();
  }

  /**
   * The percentage as a trace shows it.
   *
   * @return e.g. {@code 11.67 %}; empty when the denominator is zero
   */
  public Optional<Percentage> percentage() {
    return percent().map(p -> Percentage.ofFraction(p.movePointLeft(2)));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicatorRate && ((IndicatorRate) obj).numerator == numerator
        && ((IndicatorRate) obj).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator + percent().map(p -> " = " + p.toPlainString() + " %").orElse(" (undefined)");
  }
}
