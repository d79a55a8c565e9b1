package org.cpom.dotation;

import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.immutables.value.Value;

/**
 * One move of a décision modificative: an amount taken from one ESMS's share of the DGC and given to
 * another's (R314-43-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DmTransfer {
  DmTransfer() {}

  /**
   * Creates a move.
   *
   * @param from the ESMS giving
   * @param to the ESMS receiving
   * @param amount the amount moved, above zero
   * @return the move
   */
  public static DmTransfer of(FinessNumber from, FinessNumber to, Amount amount) {
    return ImmutableDmTransfer.of(from, to, amount);
  }

  /**
   * The ESMS giving.
   *
   * @return its FINESS
   */
  @Value.Parameter
  public abstract FinessNumber from();

  /**
   * The ESMS receiving.
   *
   * @return its FINESS
   */
  @Value.Parameter
  public abstract FinessNumber to();

  /**
   * The amount moved.
   *
   * @return the amount, above zero
   */
  @Value.Parameter
  public abstract Amount amount();

  @Value.Check
  void check() {
    Checks.check(!from().equals(to()), "dmTransfer.to", to(), Articles.R314_43_1, "a move goes to another ESMS");
    Checks.check(amount().isPositive(), "dmTransfer.amount", amount(), Articles.R314_43_1, "must be above zero");
  }
}
