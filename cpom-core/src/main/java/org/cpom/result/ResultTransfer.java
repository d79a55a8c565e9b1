package org.cpom.result;

import org.cpom.contract.CompteKind;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * A transfer of part of one compte de résultat's free surplus to cover another compte's deficit of the
 * same exercice, where the contract of a private gestionnaire allows results to move between comptes
 * (fongibilité, R314-235). The receiving compte applies the deficit order of R314-234 2° to what remains
 * of its deficit.
 *
 * <p>R314-235 is known from a secondary source. The comptes a transfer may touch are
 * limited by the texts that were read ({@link CompteKind}): neither side may be a compte the tariff
 * authority allocates under the EPRD (R314-234 4°, R314-222 II 2°) or an ESAT commercial budget (R344-10,
 * R344-11), and no transfer covers the deficit of an activity of R314-74.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResultTransfer {
  ResultTransfer() {}

  /**
   * Creates a transfer.
   *
   * @param fromId the id of the compte with the surplus
   * @param toId the id of the compte with the deficit
   * @param amount the amount, above zero
   * @return the transfer
   */
  public static ResultTransfer of(String fromId, String toId, Amount amount) {
    return ImmutableResultTransfer.of(fromId, toId, amount);
  }

  /**
   * The id of the compte de résultat giving part of its surplus.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String fromId();

  /**
   * The id of the compte de résultat whose deficit is covered.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String toId();

  /**
   * The amount.
   *
   * @return the amount, above zero
   */
  @Value.Parameter
  public abstract Amount amount();

  @Value.Check
  void check() {
    Checks.notBlank(fromId(), "transfer.fromId");
    Checks.notBlank(toId(), "transfer.toId");
    Checks.check(amount().isPositive(), "transfer.amount", amount(), AllocationProposal.RULE,
        "a proposed amount is above zero");
  }
}
