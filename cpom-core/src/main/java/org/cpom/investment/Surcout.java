package org.cpom.investment;

import java.time.Year;
import java.util.Objects;
import org.cpom.money.Amount;
import org.cpom.trace.Trace;

/**
 * The surcoût of an investment in one exercice (incidence tarifaire): the dotations of the plan the tariff authority
 * accepts, plus the loan interest accrued on the exercice, less the reprise of the investment subsidies (c/777, unless
 * {@link SubsidyNetting#GROSS}) and the reprise of the réserve de compensation des charges d'amortissement (c/10687)
 * ({@code cpom:investment-surcout}). Built by {@link InvestmentEngine#surcouts}; immutable and thread-safe; compares by
 * value, trace included.
 */
public final class Surcout {
  private final Year year;
  private final Amount dotations;
  private final Amount interets;
  private final Amount repriseSubventions;
  private final Amount repriseReserveCompensation;
  private final Trace trace;

  Surcout(Year year, Amount dotations, Amount interets, Amount repriseSubventions, Amount repriseReserveCompensation,
      Trace trace) {
    this.year = year;
    this.dotations = dotations;
    this.interets = interets;
    this.repriseSubventions = repriseSubventions;
    this.repriseReserveCompensation = repriseReserveCompensation;
    this.trace = trace;
  }

  /** @return the exercice */
  public Year year() {
    return year;
  }

  /** @return the dotations aux amortissements the tariff takes (c/68) */
  public Amount dotations() {
    return dotations;
  }

  /** @return the loan interest accrued on the exercice (c/66) */
  public Amount interets() {
    return interets;
  }

  /** @return the reprise of the investment subsidies deducted (c/777); zero when the netting is off */
  public Amount repriseSubventions() {
    return repriseSubventions;
  }

  /** @return the reprise of the réserve de compensation des charges d'amortissement deducted (c/10687) */
  public Amount repriseReserveCompensation() {
    return repriseReserveCompensation;
  }

  /**
   * The surcoût: dotations + interest − subsidy reprise − reprise of c/10687. It may be negative in a year when the
   * reprises are larger than the charges.
   *
   * @return the surcoût of the exercice
   */
  public Amount total() {
    return dotations.plus(interets).minus(repriseSubventions).minus(repriseReserveCompensation);
  }

  /** @return how the surcoût was built, one step per line and the total */
  public Trace trace() {
    return trace;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Surcout s && year.equals(s.year) && dotations.equals(s.dotations)
        && interets.equals(s.interets) && repriseSubventions.equals(s.repriseSubventions)
        && repriseReserveCompensation.equals(s.repriseReserveCompensation) && trace.equals(s.trace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, dotations, interets, repriseSubventions, repriseReserveCompensation, trace);
  }

  @Override
  public String toString() {
    return "Surcout[" + year + ": dotations " + dotations + " + interest " + interets + " - 777 " + repriseSubventions
        + " - 10687 " + repriseReserveCompensation + " = " + total() + "]";
  }
}
