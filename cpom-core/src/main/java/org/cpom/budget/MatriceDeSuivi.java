package org.cpom.budget;

import java.math.RoundingMode;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The matrice de suivi budgétaire: budget against actual by ESMS x groupe fonctionnel x
 * month, with the gaps in euros and percent, a year-end forecast, and the consolidation for the CPOM.
 *
 * <p>The months up to {@link #closedThrough()} are closed: their actual is known (zero when nothing was
 * booked). The forecast of a row is, by default, its actual to date plus the budget of the months still
 * open ({@link ForecastMethod#ACTUAL_PLUS_REMAINING_BUDGET}); the option
 * {@link ForecastMethod#EXTRAPOLATED_ACTUAL} extrapolates the actual to date over twelve months, rounded
 * once HALF_UP. Consolidated rows add up the ESMS rows month by month, and their forecast is the sum of the
 * ESMS forecasts (not a new extrapolation), so the consolidated matrix is exactly the sum of its parts.
 *
 * <p>A row exists for every ESMS and group met in the budget or the actual entries, ordered by ESMS (in
 * order of first appearance) then group.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: twice the budget entries and twelve times the actual entries total at most {@code Long.MAX_VALUE}
 * cents in absolute value ({@link org.cpom.Convention#MATRICE_DE_SUIVI}: every figure, forecasts included, is then exact).
 */
public final class MatriceDeSuivi {
  static final LegalBasis RULE = LegalBasis.convention(Convention.MATRICE_DE_SUIVI);

  private final Year year;
  private final YearMonth closedThrough;
  private final ForecastMethod method;
  private final List<TrackingRow> rows;
  private final List<TrackingRow> consolidated;

  private MatriceDeSuivi(Year year, YearMonth closedThrough, ForecastMethod method, List<TrackingRow> rows,
      List<TrackingRow> consolidated) {
    this.year = year;
    this.closedThrough = closedThrough;
    this.method = method;
    this.rows = List.copyOf(rows);
    this.consolidated = List.copyOf(consolidated);
  }

  /** Builds the matrix: see {@link BudgetEngine#track(List, List, YearMonth, ForecastMethod)}. */
  static MatriceDeSuivi track(List<TrackingEntry> budget, List<TrackingEntry> actual, YearMonth closedThrough,
      ForecastMethod method) {
    Checks.noNulls(budget, "budget");
    Checks.noNulls(actual, "actual");
    Objects.requireNonNull(closedThrough, "closedThrough");
    Objects.requireNonNull(method, "method");
    Year year = Year.of(closedThrough.getYear());
    for (int i = 0; i < budget.size(); i++) {
      YearMonth m = budget.get(i).month();
      Checks.check(m.getYear() == year.getValue(), "budget[" + i + "].month", m, RULE, "not in year " + year);
    }
    for (int i = 0; i < actual.size(); i++) {
      YearMonth m = actual.get(i).month();
      Checks.check(m.getYear() == year.getValue(), "actual[" + i + "].month", m, RULE, "not in year " + year);
      Checks.check(!m.isAfter(closedThrough), "actual[" + i + "].month", m, RULE,
          "an actual after the last closed month " + closedThrough);
    }
    // every figure of the matrix is a sum of budgets (each used at most twice) and actuals (at most twelve
    // times when extrapolated): bounded so, every one is exact
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("twice the budget and twelve times the actual");
    for (int i = 0; i < budget.size(); i++) {
      int k = i;
      total.add(budget.get(i).amount().cents(), 2, () -> "budget[" + k + "].amount");
    }
    for (int i = 0; i < actual.size(); i++) {
      int k = i;
      total.add(actual.get(i).amount().cents(), 12, () -> "actual[" + k + "].amount");
    }
    // cell key: ESMS, group; value: amounts by month index 0..11
    Map<FinessNumber, Map<GroupeFonctionnel, long[][]>> cells = new LinkedHashMap<>();
    collect(cells, budget, 0);
    collect(cells, actual, 1);
    int closed = closedThrough.getMonthValue();
    List<TrackingRow> rows = new ArrayList<>();
    Map<GroupeFonctionnel, List<TrackingRow>> byGroup = new EnumMap<>(GroupeFonctionnel.class);
    for (Map.Entry<FinessNumber, Map<GroupeFonctionnel, long[][]>> e : cells.entrySet()) {
      for (Map.Entry<GroupeFonctionnel, long[][]> g : e.getValue().entrySet()) {
        List<MonthCell> months = cellsOf(year, closed, g.getValue());
        TrackingRow row = TrackingRow.of(Optional.of(e.getKey()), g.getKey(), months, forecast(months, closed, method));
        rows.add(row);
        byGroup.computeIfAbsent(g.getKey(), k -> new ArrayList<>()).add(row);
      }
    }
    List<TrackingRow> consolidated = new ArrayList<>();
    byGroup.forEach((group, parts) -> consolidated.add(consolidate(year, closed, group, parts)));
    return new MatriceDeSuivi(year, closedThrough, method, rows, consolidated);
  }

  private static void collect(Map<FinessNumber, Map<GroupeFonctionnel, long[][]>> cells, List<TrackingEntry> entries, int side) {
    for (TrackingEntry t : entries) {
      long[][] cell = cells.computeIfAbsent(t.esms(), k -> new EnumMap<>(GroupeFonctionnel.class))
          .computeIfAbsent(t.group(), k -> new long[2][12]);
      int m = t.month().getMonthValue() - 1;
      cell[side][m] = Checks.addExact(cell[side][m], t.amount().cents(), "matrice.entries");
    }
  }

  private static List<MonthCell> cellsOf(Year year, int closed, long[][] cell) {
    List<MonthCell> months = new ArrayList<>(12);
    for (Month m : Month.values()) {
      int i = m.ordinal();
      Optional<Amount> actual = i < closed ? Optional.of(Amount.ofCents(cell[1][i])) : Optional.empty();
      months.add(MonthCell.create(year.atMonth(m), Amount.ofCents(cell[0][i]), actual));
    }
    return months;
  }

  private static Amount forecast(List<MonthCell> months, int closed, ForecastMethod method) {
    Amount actual = Amount.ZERO;
    Amount remaining = Amount.ZERO;
    for (MonthCell c : months) {
      if (c.actual().isPresent()) {
        actual = actual.plus(c.actual().orElseThrow());
      } else {
        remaining = remaining.plus(c.budget());
      }
    }
    if (method == ForecastMethod.EXTRAPOLATED_ACTUAL) {
      return actual.prorated(12, closed, RoundingMode.HALF_UP);
    }
    return actual.plus(remaining);
  }

  private static TrackingRow consolidate(Year year, int closed, GroupeFonctionnel group, List<TrackingRow> parts) {
    long[][] cell = new long[2][12];
    Amount forecast = Amount.ZERO;
    for (TrackingRow row : parts) {
      for (MonthCell c : row.months()) {
        int i = c.month().getMonthValue() - 1;
        cell[0][i] = Checks.addExact(cell[0][i], c.budget().cents(), "matrice.budget");
        cell[1][i] = Checks.addExact(cell[1][i], c.actual().orElse(Amount.ZERO).cents(), "matrice.actual");
      }
      forecast = forecast.plus(row.forecast());
    }
    return TrackingRow.of(Optional.empty(), group, cellsOf(year, closed, cell), forecast);
  }

  /**
   * The year followed.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The last closed month.
   *
   * @return the month
   */
  public YearMonth closedThrough() {
    return closedThrough;
  }

  /**
   * The forecast method.
   *
   * @return the method
   */
  public ForecastMethod method() {
    return method;
  }

  /**
   * The rows by ESMS and group.
   *
   * @return an unmodifiable list
   */
  public List<TrackingRow> rows() {
    return rows;
  }

  /**
   * The row of one ESMS and group.
   *
   * @param esms the ESMS
   * @param group the group
   * @return the row, or empty if neither budget nor actual mentions them
   */
  public Optional<TrackingRow> row(FinessNumber esms, GroupeFonctionnel group) {
    Objects.requireNonNull(esms, "esms");
    Objects.requireNonNull(group, "group");
    return rows.stream().filter(r -> r.esms().orElseThrow().equals(esms) && r.group() == group).findFirst();
  }

  /**
   * The consolidated rows for the CPOM, one per group met, in group order.
   *
   * @return an unmodifiable list
   */
  public List<TrackingRow> consolidated() {
    return consolidated;
  }

  /**
   * Two matrices are equal when they have the same year, closing month, method and rows.
   *
   * @param obj the other object
   * @return whether it is an equal matrix
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof MatriceDeSuivi)) {
      return false;
    }
    MatriceDeSuivi o = (MatriceDeSuivi) obj;
    return o.year.equals(year) && o.closedThrough.equals(closedThrough) && o.method == method && o.rows.equals(rows)
        && o.consolidated.equals(consolidated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, closedThrough, method, rows, consolidated);
  }

  @Override
  public String toString() {
    return "MatriceDeSuivi[" + year + ", closed through " + closedThrough + ", " + rows.size() + " rows]";
  }
}
