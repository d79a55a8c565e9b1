package org.cpom.investment;

import java.time.LocalDate;
import java.util.Objects;
import org.cpom.money.Amount;

/**
 * One dated instalment of a loan (échéance): the outstanding capital at its start, the interest (c/66), the
 * principal repaid (c/16), the instalment paid and the outstanding capital after it. The instalment is interest plus
 * principal; a broken-period line has a principal of zero. Built only by {@link InvestmentEngine#schedule(Emprunt)}.
 * Immutable and thread-safe; compares by value.
 */
public final class Echeance {
  private final LocalDate date;
  private final Amount outstandingBefore;
  private final Amount interest;
  private final Amount principal;
  private final Amount instalment;
  private final Amount outstandingAfter;

  Echeance(LocalDate date, Amount outstandingBefore, Amount interest, Amount principal, Amount instalment,
      Amount outstandingAfter) {
    this.date = date;
    this.outstandingBefore = outstandingBefore;
    this.interest = interest;
    this.principal = principal;
    this.instalment = instalment;
    this.outstandingAfter = outstandingAfter;
  }

  /** @return the payment date */
  public LocalDate date() {
    return date;
  }

  /** @return the capital due before the payment */
  public Amount outstandingBefore() {
    return outstandingBefore;
  }

  /** @return the interest paid */
  public Amount interest() {
    return interest;
  }

  /** @return the principal repaid */
  public Amount principal() {
    return principal;
  }

  /** @return the amount paid, interest plus principal */
  public Amount instalment() {
    return instalment;
  }

  /** @return the capital due after the payment */
  public Amount outstandingAfter() {
    return outstandingAfter;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Echeance e && date.equals(e.date) && outstandingBefore.equals(e.outstandingBefore)
        && interest.equals(e.interest) && principal.equals(e.principal) && instalment.equals(e.instalment)
        && outstandingAfter.equals(e.outstandingAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, outstandingBefore, interest, principal, instalment, outstandingAfter);
  }

  @Override
  public String toString() {
    return "Echeance[" + date + ": before " + outstandingBefore + ", interest " + interest + ", principal "
        + principal + ", instalment " + instalment + ", after " + outstandingAfter + "]";
  }
}
