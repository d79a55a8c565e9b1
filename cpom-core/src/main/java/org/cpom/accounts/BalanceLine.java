package org.cpom.accounts;

import java.util.Objects;
import org.cpom.money.Amount;

/**
 * One account of a trial balance (balance générale): its number and label, the à-nouveaux (the opening balance
 * carried from the exercice before, debit and credit), the movements of the exercice (debit and credit), and the
 * closing balance (solde de clôture) on its side: debit when the debits, à-nouveaux included, exceed the credits,
 * else credit; the other side zero.
 *
 * <p>Built by {@link AccountsEngine#trialBalance(java.io.Reader, java.util.Set)} only. This class is immutable and
 * thread-safe; lines compare by value.
 */
public final class BalanceLine {
  private final CompteNum compte;
  private final String libelle;
  private final Amount openingDebit;
  private final Amount openingCredit;
  private final Amount movementDebit;
  private final Amount movementCredit;
  private final Amount closingDebit;
  private final Amount closingCredit;

  BalanceLine(CompteNum compte, String libelle, Amount openingDebit, Amount openingCredit, Amount movementDebit,
      Amount movementCredit) {
    this.compte = compte;
    this.libelle = libelle;
    this.openingDebit = openingDebit;
    this.openingCredit = openingCredit;
    this.movementDebit = movementDebit;
    this.movementCredit = movementCredit;
    Amount net = openingDebit.plus(movementDebit).minus(openingCredit).minus(movementCredit);
    this.closingDebit = net.isPositive() ? net : Amount.ZERO;
    this.closingCredit = net.isNegative() ? net.negated() : Amount.ZERO;
  }

  /**
   * The account.
   *
   * @return the account number
   */
  public CompteNum compte() {
    return compte;
  }

  /**
   * The account's label, the first CompteLib read for it.
   *
   * @return the label
   */
  public String libelle() {
    return libelle;
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
   * The closing balance signed, debit positive: opening and movement debits minus their credits.
   *
   * @return the signed balance
   */
  public Amount closingBalance() {
    return closingDebit.minus(closingCredit);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BalanceLine)) {
      return false;
    }
    BalanceLine o = (BalanceLine) obj;
    return compte.equals(o.compte) && libelle.equals(o.libelle) && openingDebit.equals(o.openingDebit)
        && openingCredit.equals(o.openingCredit) && movementDebit.equals(o.movementDebit)
        && movementCredit.equals(o.movementCredit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(compte, libelle, openingDebit, openingCredit, movementDebit, movementCredit);
  }

  @Override
  public String toString() {
    return "BalanceLine[" + compte + " " + libelle + " opening " + openingDebit.toBigDecimal() + "/"
        + openingCredit.toBigDecimal() + " movements " + movementDebit.toBigDecimal() + "/"
        + movementCredit.toBigDecimal() + " closing " + closingDebit.toBigDecimal() + "/"
        + closingCredit.toBigDecimal() + "]";
  }
}
