package org.cpom.investment;

import java.time.Year;
import java.util.Objects;
import org.cpom.money.Amount;

/**
 * One exercice of a schedule: the amount of the year (a dotation c/68 of a depreciation plan, or a reprise c/777 of
 * a subsidy), the cumulative at its end (c/28, or c/139) and what remains at its end (the valeur nette comptable,
 * or the subsidy not yet taken to income).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AmortissementLigne {
  private final Year year;
  private final Amount amount;
  private final Amount cumulative;
  private final Amount remaining;

  AmortissementLigne(Year year, Amount amount, Amount cumulative, Amount remaining) {
    this.year = year;
    this.amount = amount;
    this.cumulative = cumulative;
    this.remaining = remaining;
  }

  /** @return the exercice */
  public Year year() {
    return year;
  }

  /** @return the amount of the year, zero or more */
  public Amount amount() {
    return amount;
  }

  /** @return the cumulative at the end of the year */
  public Amount cumulative() {
    return cumulative;
  }

  /** @return what remains at the end of the year (VNC, or subsidy not yet taken to income) */
  public Amount remaining() {
    return remaining;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AmortissementLigne o && year.equals(o.year) && amount.equals(o.amount)
        && cumulative.equals(o.cumulative) && remaining.equals(o.remaining);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, amount, cumulative, remaining);
  }

  @Override
  public String toString() {
    return year + ": " + amount + " (cumul " + cumulative + ", remaining " + remaining + ")";
  }
}
