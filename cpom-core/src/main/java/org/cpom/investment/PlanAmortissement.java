package org.cpom.investment;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.cpom.money.Amount;

/**
 * A straight-line depreciation plan (plan d'amortissement, C. com. R123-179) of one component over one duration,
 * year by year: the dotation (c/68), the cumulative (c/28) and the VNC at the end of each exercice. The dotations sum
 * exactly to the amount depreciated and the VNC ends at the residual value ({@code cpom:depreciation-schedule}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanAmortissement {
  private final Composant composant;
  private final int durationYears;
  private final ProrataConvention convention;
  private final List<AmortissementLigne> lines;

  PlanAmortissement(Composant composant, int durationYears, ProrataConvention convention, List<AmortissementLigne> lines) {
    this.composant = composant;
    this.durationYears = durationYears;
    this.convention = convention;
    this.lines = List.copyOf(lines);
  }

  /** @return the component depreciated */
  public Composant composant() {
    return composant;
  }

  /** @return the duration of this plan, in years */
  public int durationYears() {
    return durationYears;
  }

  /** @return the prorata convention of the first exercice */
  public ProrataConvention convention() {
    return convention;
  }

  /** @return the exercices, in order, from the first to the last with a dotation */
  public List<AmortissementLigne> lines() {
    return lines;
  }

  /** @return the first exercice */
  public Year firstYear() {
    return lines.get(0).year();
  }

  /** @return the last exercice */
  public Year lastYear() {
    return lines.get(lines.size() - 1).year();
  }

  /** @return the amount depreciated: the sum of the dotations */
  public Amount total() {
    return composant.depreciable();
  }

  /**
   * The dotation (c/68) of an exercice.
   *
   * @param year the exercice
   * @return its dotation, zero outside the plan
   */
  public Amount dotationIn(Year year) {
    Objects.requireNonNull(year, "year");
    return InvestmentEngine.lineIn(lines, year).amount();
  }

  /**
   * The cumulative depreciation (c/28) at the end of an exercice.
   *
   * @param year the exercice
   * @return zero before the plan, the amount depreciated after it
   */
  public Amount cumulAt(Year year) {
    Objects.requireNonNull(year, "year");
    return cumulAt(lines, year, Amount.ZERO);
  }

  /**
   * The valeur nette comptable at the end of an exercice.
   *
   * @param year the exercice
   * @return the gross amount before the plan, the residual value after it
   */
  public Amount vncAt(Year year) {
    Objects.requireNonNull(year, "year");
    return composant.gross().minus(cumulAt(year));
  }

  static Amount cumulAt(List<AmortissementLigne> lines, Year year, Amount before) {
    Amount c = before;
    for (AmortissementLigne l : lines) {
      if (l.year().isAfter(year)) {
        break;
      }
      c = l.cumulative();
    }
    return c;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PlanAmortissement o && composant.equals(o.composant) && durationYears == o.durationYears
        && convention == o.convention && lines.equals(o.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(composant, durationYears, convention, lines);
  }

  @Override
  public String toString() {
    return "PlanAmortissement[" + composant.label() + " over " + durationYears + " years, " + convention + ", " + lines + "]";
  }
}
