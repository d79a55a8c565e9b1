package org.cpom.budget;

import java.time.YearMonth;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.immutables.value.Value;

/**
 * One month of a row of the {@link MatriceDeSuivi}: its budget and, once the month is closed, its actual
 * and the gap.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonthCell {
  MonthCell() {}

  static MonthCell create(YearMonth month, Amount budget, Optional<Amount> actual) {
    return ImmutableMonthCell.of(month, budget, actual);
  }

  /**
   * The month.
   *
   * @return the month
   */
  @Value.Parameter
  public abstract YearMonth month();

  /**
   * The budget of the month.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount budget();

  /**
   * The actual of the month.
   *
   * @return the amount (zero if nothing was booked), or empty for a month not yet closed
   */
  @Value.Parameter
  public abstract Optional<Amount> actual();

  /**
   * Actual less budget.
   *
   * @return the gap, or empty for a month not yet closed
   */
  public Optional<Amount> gap() {
    return actual().map(a -> a.minus(budget()));
  }

  /**
   * The gap as a share of the budget's absolute value.
   *
   * @return the rate, or empty for a month not closed or a budget of zero
   */
  public Optional<Rate> gapPercent() {
    return gap().flatMap(g -> Percent.of(g, budget()));
  }
}
