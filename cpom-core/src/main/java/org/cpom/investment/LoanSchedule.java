package org.cpom.investment;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.cpom.money.Amount;

/**
 * A loan's schedule (tableau d'amortissement): the broken-period interest, if any and paid apart, then the regular
 * instalments in date order. The principal repaid sums exactly to the loan, the outstanding capital is never negative and ends
 * at zero. Immutable and thread-safe; compares by value.
 */
public final class LoanSchedule {
  private final Emprunt loan;
  private final List<Echeance> lines;
  private final Amount brokenPeriodInterest;

  LoanSchedule(Emprunt loan, List<Echeance> lines, Amount brokenPeriodInterest) {
    this.loan = loan;
    this.lines = List.copyOf(lines);
    this.brokenPeriodInterest = brokenPeriodInterest;
  }

  /** @return the loan scheduled */
  public Emprunt loan() {
    return loan;
  }

  /**
   * The lines: a line of interest only dated on the first regular date when there is a broken period whose interest
   * is paid apart ({@link BrokenPeriodInterest#SEPARATE}), then one line per regular instalment.
   *
   * @return the lines in date order
   */
  public List<Echeance> lines() {
    return lines;
  }

  /**
   * The interest of the broken first period, on its own line or within the first instalment as the loan says
   * ({@code cpom:loan-broken-period}).
   *
   * @return the interest from the drawdown to the first regular date, zero without a broken period
   */
  public Amount brokenPeriodInterest() {
    return brokenPeriodInterest;
  }

  /** @return the total interest (the loan's undiscounted cost) */
  public Amount totalInterest() {
    return sum(Echeance::interest, null);
  }

  /** @return the total principal repaid: the loan exactly */
  public Amount totalPrincipal() {
    return sum(Echeance::principal, null);
  }

  /** @return the total paid: principal plus interest */
  public Amount totalInstalments() {
    return sum(Echeance::instalment, null);
  }

  /**
   * The interest paid in a calendar year (charge of c/66 in that exercice, on a cash basis).
   *
   * @param year the year
   * @return the interest of the lines dated in it
   */
  public Amount interestIn(Year year) {
    return sum(Echeance::interest, Objects.requireNonNull(year, "year"));
  }

  /**
   * The principal repaid in a calendar year (c/16).
   *
   * @param year the year
   * @return the principal of the lines dated in it
   */
  public Amount principalIn(Year year) {
    return sum(Echeance::principal, Objects.requireNonNull(year, "year"));
  }

  /**
   * The capital due at the end of a day: zero before the drawdown, then the loan less the principal of the lines
   * dated on or before it.
   *
   * @param date the date
   * @return the outstanding capital
   */
  public Amount outstandingAt(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(loan.drawdown())) {
      return Amount.ZERO;
    }
    Amount out = loan.principal();
    for (Echeance e : lines) {
      if (!e.date().isAfter(date)) {
        out = out.minus(e.principal());
      }
    }
    return out;
  }

  private Amount sum(Function<Echeance, Amount> part, Year year) {
    Amount total = Amount.ZERO;
    for (Echeance e : lines) {
      if (year == null || e.date().getYear() == year.getValue()) {
        total = total.plus(part.apply(e));
      }
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoanSchedule s && loan.equals(s.loan) && lines.equals(s.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(loan, lines);
  }

  @Override
  public String toString() {
    return "LoanSchedule[" + loan + ", " + lines.size() + " lines]";
  }
}
