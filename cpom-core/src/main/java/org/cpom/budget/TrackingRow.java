package org.cpom.budget;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.GroupeFonctionnel;
import org.immutables.value.Value;

/**
 * One row of the {@link MatriceDeSuivi}: an ESMS and a groupe fonctionnel (or, consolidated, a group for the
 * whole CPOM) month by month, with its totals to date and its year-end forecast.
 *
 * <p>Gaps are {@code actual - budget} (or {@code forecast - annual budget}): positive means more spent on a
 * charges group, or more received on a produits group, than budgeted. Percentages are over the budget's
 * absolute value and are empty when that budget is zero.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrackingRow {
  TrackingRow() {}

  static TrackingRow of(Optional<FinessNumber> esms, GroupeFonctionnel group, List<MonthCell> months, Amount forecast) {
    return ImmutableTrackingRow.of(esms, group, months, forecast);
  }

  /**
   * The ESMS.
   *
   * @return its FINESS, or empty for a consolidated row
   */
  @Value.Parameter
  public abstract Optional<FinessNumber> esms();

  /**
   * The groupe fonctionnel.
   *
   * @return the group
   */
  @Value.Parameter
  public abstract GroupeFonctionnel group();

  /**
   * The twelve months, January first.
   *
   * @return the cells
   */
  @Value.Parameter
  public abstract List<MonthCell> months();

  /**
   * The year-end forecast, by the matrix's {@link ForecastMethod}; for a consolidated row, the sum of the
   * ESMS rows' forecasts.
   *
   * @return the forecast
   */
  @Value.Parameter
  public abstract Amount forecast();

  /**
   * The budget of the whole year.
   *
   * @return the amount
   */
  public Amount annualBudget() {
    return Amount.total(months().stream().map(MonthCell::budget).collect(Collectors.toList()));
  }

  /**
   * The budget of the closed months.
   *
   * @return the amount
   */
  public Amount budgetToDate() {
    return Amount.total(months().stream().filter(c -> c.actual().isPresent()).map(MonthCell::budget)
        .collect(Collectors.toList()));
  }

  /**
   * The actual of the closed months.
   *
   * @return the amount
   */
  public Amount actualToDate() {
    return Amount.total(months().stream().filter(c -> c.actual().isPresent()).map(c -> c.actual().orElseThrow())
        .collect(Collectors.toList()));
  }

  /**
   * Actual to date less budget to date.
   *
   * @return the gap
   */
  public Amount gapToDate() {
    return actualToDate().minus(budgetToDate());
  }

  /**
   * The gap to date as a share of the budget to date.
   *
   * @return the rate, or empty when the budget to date is zero
   */
  public Optional<Rate> gapToDatePercent() {
    return Percent.of(gapToDate(), budgetToDate());
  }

  /**
   * Forecast less annual budget.
   *
   * @return the gap
   */
  public Amount forecastGap() {
    return forecast().minus(annualBudget());
  }

  /**
   * The forecast gap as a share of the annual budget.
   *
   * @return the rate, or empty when the annual budget is zero
   */
  public Optional<Rate> forecastGapPercent() {
    return Percent.of(forecastGap(), annualBudget());
  }
}
