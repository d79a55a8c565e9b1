package org.cpom.accounts;

import java.util.Objects;
import org.cpom.money.Amount;

/**
 * The six columns of a trial balance (balance générale), for one account or as the totals of all: the à-nouveaux
 * (opening balance, debit and credit), the movements of the exercice (debit and credit), and the closing balance
 * (solde de clôture, debit and credit). For one account the closing balance is on its side, the other zero; for the
 * totals each closing column is the sum of the accounts' ({@link org.cpom.Convention#TRIAL_BALANCE}).
 *
 * <p>Built by {@link AccountsEngine} only. This class is immutable and thread-safe; it compares by value.
 */
public final class BalanceAmounts {
  private final Amount openingDebit;
  private final Amount openingCredit;
  private final Amount movementDebit;
  private final Amount movementCredit;
  private final Amount closingDebit;
  private final Amount closingCredit;

  private BalanceAmounts(Amount openingDebit, Amount openingCredit, Amount movementDebit, Amount movementCredit,
      Amount closingDebit, Amount closingCredit) {
    this.openingDebit = openingDebit;
    this.openingCredit = openingCredit;
    this.movementDebit = movementDebit;
    this.movementCredit = movementCredit;
    this.closingDebit = closingDebit;
    this.closingCredit = closingCredit;
  }

  /** The columns of one account: the closing balance on its side. */
  static BalanceAmounts ofAccount(Amount openingDebit, Amount openingCredit, Amount movementDebit,
      Amount movementCredit) {
    Amount net = openingDebit.plus(movementDebit).minus(openingCredit).minus(movementCredit);
    return new BalanceAmounts(openingDebit, openingCredit, movementDebit, movementCredit,
        net.isPositive() ? net : Amount.ZERO, net.isNegative() ? net.negated() : Amount.ZERO);
  }

  /** Nothing, to add accounts to. */
  static final BalanceAmounts NONE = new BalanceAmounts(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO,
      Amount.ZERO, Amount.ZERO);

  /** These totals with an account's columns added, column by column. */
  BalanceAmounts plus(BalanceAmounts o) {
    return new BalanceAmounts(openingDebit.plus(o.openingDebit), openingCredit.plus(o.openingCredit),
        movementDebit.plus(o.movementDebit), movementCredit.plus(o.movementCredit), closingDebit.plus(o.closingDebit),
        closingCredit.plus(o.closingCredit));
  }

  /**
   * The à-nouveaux debit: the debits of the lines of the à-nouveaux journals.
   *
   * @return the opening debit
   */
  public Amount openingDebit() {
    return openingDebit;
  }

  /**
   * The à-nouveaux credit.
   *
   * @return the opening credit
   */
  public Amount openingCredit() {
    return openingCredit;
  }

  /**
   * The debits of the exercice, à-nouveaux aside.
   *
   * @return the debit movements
   */
  public Amount movementDebit() {
    return movementDebit;
  }

  /**
   * The credits of the exercice, à-nouveaux aside.
   *
   * @return the credit movements
   */
  public Amount movementCredit() {
    return movementCredit;
  }

  /**
   * The closing debit balance (solde débiteur), zero for an account with a credit balance.
   *
   * @return the closing debit
   */
  public Amount closingDebit() {
    return closingDebit;
  }

  /**
   * The closing credit balance (solde créditeur), zero for an account with a debit balance.
   *
   * @return the closing credit
   */
  public Amount closingCredit() {
    return closingCredit;
  }

  /**
   * The closing balance signed, debit positive.
   *
   * @return closing debit minus closing credit
   */
  public Amount closingBalance() {
    return closingDebit.minus(closingCredit);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BalanceAmounts)) {
      return false;
    }
    BalanceAmounts o = (BalanceAmounts) obj;
    return openingDebit.equals(o.openingDebit) && openingCredit.equals(o.openingCredit)
        && movementDebit.equals(o.movementDebit) && movementCredit.equals(o.movementCredit)
        && closingDebit.equals(o.closingDebit) && closingCredit.equals(o.closingCredit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(openingDebit, openingCredit, movementDebit, movementCredit, closingDebit, closingCredit);
  }

  /** The six columns, as {@code opening d/c movements d/c closing d/c}. */
  @Override
  public String toString() {
    return "opening " + openingDebit.toBigDecimal() + "/" + openingCredit.toBigDecimal() + " movements "
        + movementDebit.toBigDecimal() + "/" + movementCredit.toBigDecimal() + " closing "
        + closingDebit.toBigDecimal() + "/" + closingCredit.toBigDecimal();
  }
}
