package org.cpom.budget;

import java.math.RoundingMode;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.money.Rate;

/** The relative gap between two amounts, shared by the BBZ and the matrice de suivi. */
final class Percent {
  /** Significant digits kept when a ratio does not terminate. */
  static final int PRECISION = 12;

  private Percent() {}

  /**
   * The gap as a share of the base: {@code difference / |base|}, exact when it terminates, otherwise to
   * {@value #PRECISION} significant digits (HALF_UP). Dividing by the absolute value keeps the sign of the
   * difference: a positive rate always means the amount went up. Empty when the base is zero: no
   * percentage is defined, and the euro difference says it all.
   */
  static Optional<Rate> of(Amount difference, Amount base) {
    if (base.isZero()) {
      return Optional.empty();
    }
    return Optional.of(Rate.ratio(difference.toBigDecimal(), base.abs().toBigDecimal(), PRECISION, RoundingMode.HALF_UP));
  }
}
