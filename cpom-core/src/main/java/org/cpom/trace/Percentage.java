package org.cpom.trace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A percentage as a trace step shows it (pourcentage affiché): a fraction rounded half up to two decimals of a
 * percent, e.g. {@code 2.50 %}. The exact figure is in the result the step explains; this is its displayed
 * value, an argument of the step.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percentage {
  private final BigDecimal percent;

  private Percentage(BigDecimal percent) {
    this.percent = percent;
  }

  /**
   * The displayed percentage of a fraction.
   *
   * @param fraction the fraction, e.g. {@code 0.025}
   * @return the percentage, e.g. {@code 2.50 %}
   */
  public static Percentage ofFraction(BigDecimal fraction) {
    Objects.requireNonNull(fraction, "fraction");
    return new Percentage(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * The percent, with two decimals.
   *
   * @return e.g. {@code 2.50}
   */
  public BigDecimal percent() {
    return percent;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Percentage && ((Percentage) obj).percent.equals(percent);
  }

  @Override
  public int hashCode() {
    return percent.hashCode();
  }

  @Override
  public String toString() {
    return percent.toPlainString() + " %";
  }
}
