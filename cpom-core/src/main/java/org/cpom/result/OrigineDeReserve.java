package org.cpom.result;

import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * A part of the balance of one report à nouveau or reserve account of one compte de résultat, with the origin of
 * its money (CASF R314-43-3): the input that says which parts were built from the gestionnaire's own revenue or
 * from public subsidies, and, in {@link ReservesAuRenouvellement#parts()}, each part as weighed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrigineDeReserve {
  OrigineDeReserve() {}

  /**
   * Creates a part.
   *
   * @param compteId the compte de résultat's id
   * @param account a credit account: the report à nouveau créditeur (110) or a reserve
   * @param origine where its money came from
   * @param amount the amount, above zero
   * @return the part
   */
  public static OrigineDeReserve of(String compteId, ReserveAccount account, OrigineDesFonds origine, Amount amount) {
    return ImmutableOrigineDeReserve.of(compteId, account, origine, amount);
  }

  /**
   * The compte de résultat's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String compteId();

  /**
   * The account.
   *
   * @return a credit account of the ledger
   */
  @Value.Parameter
  public abstract ReserveAccount account();

  /**
   * Where its money came from.
   *
   * @return the origin
   */
  @Value.Parameter
  public abstract OrigineDesFonds origine();

  /**
   * The amount of the balance built so.
   *
   * @return the amount, above zero
   */
  @Value.Parameter
  public abstract Amount amount();

  @Value.Check
  void check() {
    Checks.notBlank(compteId(), "origine.compteId");
    Checks.check(!account().isDebit(), "origine.account", account(), OrigineDesFonds.RULE,
        "only a report à nouveau créditeur or a reserve is weighed at a renewal, not a debit account");
    Checks.check(amount().isPositive(), "origine.amount", amount(), OrigineDesFonds.RULE, "the part is above zero");
  }
}
