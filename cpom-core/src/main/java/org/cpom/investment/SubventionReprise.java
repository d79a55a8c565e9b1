package org.cpom.investment;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.cpom.money.Amount;

/**
 * The reprise of an investment subsidy (quote-part des subventions d'investissement virée au résultat, c/777, the
 * cumulative in c/139) at the pace of the depreciation plan of the asset it funds; the reprises sum exactly to the
 * subsidy ({@code cpom:subsidy-reprise}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SubventionReprise {
  private final Amount subvention;
  private final List<AmortissementLigne> lines;

  SubventionReprise(Amount subvention, List<AmortissementLigne> lines) {
    this.subvention = subvention;
    this.lines = List.copyOf(lines);
  }

  /** @return the subsidy */
  public Amount subvention() {
    return subvention;
  }

  /** @return the exercices, in the plan's order: reprise, cumulative and the subsidy not yet taken to income */
  public List<AmortissementLigne> lines() {
    return lines;
  }

  /**
   * The reprise (c/777) of an exercice.
   *
   * @param year the exercice
   * @return the reprise, zero outside the plan
   */
  public Amount repriseIn(Year year) {
    Objects.requireNonNull(year, "year");
    return InvestmentEngine.lineIn(lines, year).amount();
  }

  /**
   * The subsidy not yet taken to income at the end of an exercice.
   *
   * @param year the exercice
   * @return the subsidy before the plan, zero after it
   */
  public Amount remainingAt(Year year) {
    Objects.requireNonNull(year, "year");
    return subvention.minus(PlanAmortissement.cumulAt(lines, year, Amount.ZERO));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubventionReprise o && subvention.equals(o.subvention) && lines.equals(o.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subvention, lines);
  }

  @Override
  public String toString() {
    return "SubventionReprise[" + subvention + ", " + lines + "]";
  }
}
