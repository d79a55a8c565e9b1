package org.cpom.result;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.cpom.CpomValidationException;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The balances of the reserve and report à nouveau accounts of one compte de résultat at one point in
 * time.
 *
 * <p>Each balance is stored on the account's own side as an amount of zero or more: a report à nouveau
 * débiteur of 20.00 is {@code balance(REPORT_A_NOUVEAU_DEBITEUR) = 20.00}. Accounts not set are zero.
 * {@link #netPosition()} gives credit balances minus debit balances, the part of the fonds propres these
 * accounts make up.
 *
 * <p>Bounds: the balances total at most {@code Long.MAX_VALUE} cents ({@link org.cpom.Convention#RESERVE_BALANCE_SIDE}: the net position is
 * then exact). This class is immutable and thread-safe.
 */
public final class ReserveBalances {
  static final LegalBasis RULE = LegalBasis.convention(Convention.RESERVE_BALANCE_SIDE);

  /** All accounts at zero. */
  public static final ReserveBalances ZERO = new ReserveBalances(new EnumMap<>(ReserveAccount.class));

  private final Map<ReserveAccount, Amount> balances;

  private ReserveBalances(EnumMap<ReserveAccount, Amount> balances) {
    balances.values().removeIf(Amount::isZero);
    // the net position sums the balances: bounded so, it is exact ({@link org.cpom.Convention#RESERVE_BALANCE_SIDE})
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("the balances of a compte");
    balances.forEach((account, amount) -> total.add(amount.cents(), () -> "balances." + account.number()));
    this.balances = Collections.unmodifiableMap(balances);
  }

  /**
   * Balances from a map; accounts absent are zero.
   *
   * @param balances the balance of each account, zero or more
   * @return the balances
   * @throws CpomValidationException if a balance is negative
   */
  public static ReserveBalances of(Map<ReserveAccount, Amount> balances) {
    Objects.requireNonNull(balances, "balances");
    EnumMap<ReserveAccount, Amount> copy = new EnumMap<>(ReserveAccount.class);
    for (Map.Entry<ReserveAccount, Amount> e : balances.entrySet()) {
      copy.put(Objects.requireNonNull(e.getKey(), "account"), checked(e.getKey(), e.getValue()));
    }
    return new ReserveBalances(copy);
  }

  private static Amount checked(ReserveAccount account, Amount amount) {
    Objects.requireNonNull(amount, "balance");
    if (amount.isNegative()) {
      throw new CpomValidationException("balances." + account.number(), amount, RULE,
          "a balance is given on the account's own side, zero or more");
    }
    return amount;
  }

  /**
   * These balances with one account set to a new balance.
   *
   * @param account the account
   * @param balance its balance, zero or more
   * @return new balances
   */
  public ReserveBalances with(ReserveAccount account, Amount balance) {
    Objects.requireNonNull(account, "account");
    EnumMap<ReserveAccount, Amount> copy = copy();
    copy.put(account, checked(account, balance));
    return new ReserveBalances(copy);
  }

  /**
   * The balance of one account.
   *
   * @param account the account
   * @return its balance on its own side, zero if not set
   */
  public Amount balance(ReserveAccount account) {
    return balances.getOrDefault(Objects.requireNonNull(account, "account"), Amount.ZERO);
  }

  /**
   * The accounts with a balance other than zero.
   *
   * @return an unmodifiable map in account order
   */
  public Map<ReserveAccount, Amount> toMap() {
    return balances;
  }

  /**
   * Credit balances minus debit balances.
   *
   * @return the net position, negative when debits dominate
   */
  public Amount netPosition() {
    Amount net = Amount.ZERO;
    for (Map.Entry<ReserveAccount, Amount> e : balances.entrySet()) {
      net = e.getKey().isDebit() ? net.minus(e.getValue()) : net.plus(e.getValue());
    }
    return net;
  }

  /**
   * Whether both report à nouveau accounts (110 and 119) hold a balance, which an EPRD compte de résultat
   * may not after an allocation (R314-234: one year of allocation).
   *
   * @return true if both are above zero
   */
  public boolean holdsBothReportsANouveau() {
    return balances.containsKey(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR)
        && balances.containsKey(ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR);
  }

  EnumMap<ReserveAccount, Amount> copy() {
    EnumMap<ReserveAccount, Amount> copy = new EnumMap<>(ReserveAccount.class);
    copy.putAll(balances);
    return copy;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReserveBalances && ((ReserveBalances) obj).balances.equals(balances);
  }

  @Override
  public int hashCode() {
    return balances.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    balances.forEach((a, v) -> sb.append(sb.length() > 1 ? ", " : "").append(a.number()).append('=').append(v));
    return sb.append('}').toString();
  }
}
