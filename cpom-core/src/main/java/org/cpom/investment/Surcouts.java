package org.cpom.investment;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.cpom.money.Amount;
import org.cpom.trace.Trace;

/**
 * The surcoûts of an operation or of a whole PPI, exercice by exercice, from the first year with a charge or a
 * reprise to the last, without gaps ({@code cpom:investment-surcout}). Built by {@link InvestmentEngine#surcouts};
 * immutable and thread-safe; compares by value.
 */
public final class Surcouts {
  private final String label;
  private final SubsidyNetting netting;
  private final List<Surcout> years;

  Surcouts(String label, SubsidyNetting netting, List<Surcout> years) {
    this.label = label;
    this.netting = netting;
    this.years = List.copyOf(years);
  }

  /** @return the operation's label, or "PPI" for a whole plan */
  public String label() {
    return label;
  }

  /** @return whether the subsidy reprise was deducted */
  public SubsidyNetting netting() {
    return netting;
  }

  /** @return the exercices in order, consecutive; empty when nothing is charged */
  public List<Surcout> years() {
    return years;
  }

  /**
   * The surcoût of an exercice.
   *
   * @param year the exercice
   * @return its surcoût; one of zero with an empty trace for a year outside the schedule
   */
  public Surcout in(Year year) {
    Objects.requireNonNull(year, "year");
    for (Surcout s : years) {
      if (s.year().equals(year)) {
        return s;
      }
    }
    return new Surcout(year, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Trace.empty());
  }

  /** @return the sum of the surcoûts of every exercice */
  public Amount total() {
    return Amount.total(years.stream().map(Surcout::total).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Surcouts s && label.equals(s.label) && netting == s.netting && years.equals(s.years);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, netting, years);
  }

  @Override
  public String toString() {
    return "Surcouts[" + label + ", " + netting + ", " + years + "]";
  }
}
