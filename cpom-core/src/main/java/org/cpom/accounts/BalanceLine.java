package org.cpom.accounts;

import java.util.Objects;
import org.cpom.money.Amount;

/**
 * One account of a trial balance (balance générale): its number, its label and its six columns
 * ({@link BalanceAmounts}): the à-nouveaux (the opening balance carried from the exercice before, debit and
 * credit), the movements of the exercice (debit and credit), and the closing balance (solde de clôture) on its
 * side: debit when the debits, à-nouveaux included, exceed the credits, else credit; the other side zero.
 *
 * <p>Built by {@link AccountsEngine} only. This class is immutable and thread-safe; lines compare by value.
 */
public final class BalanceLine {
  private final CompteNum compte;
  private final String libelle;
  private final BalanceAmounts amounts;

  BalanceLine(CompteNum compte, String libelle, Amount openingDebit, Amount openingCredit, Amount movementDebit,
      Amount movementCredit) {
    this.compte = compte;
    this.libelle = libelle;
    this.amounts = BalanceAmounts.ofAccount(openingDebit, openingCredit, movementDebit, movementCredit);
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
   * The account's label: the first CompteLib read for it in a FEC, the label column of a delimited balance.
   *
   * @return the label
   */
  public String libelle() {
    return libelle;
  }

  /**
   * The à-nouveaux, movements and closing balance of the account.
   *
   * @return the six columns
   */
  public BalanceAmounts amounts() {
    return amounts;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BalanceLine)) {
      return false;
    }
    BalanceLine o = (BalanceLine) obj;
    return compte.equals(o.compte) && libelle.equals(o.libelle) && amounts.equals(o.amounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(compte, libelle, amounts);
  }

  @Override
  public String toString() {
    return "BalanceLine[" + compte + " " + libelle + " " + amounts + "]";
  }
}
