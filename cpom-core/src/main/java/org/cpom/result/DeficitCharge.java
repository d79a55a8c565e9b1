package org.cpom.result;

import java.time.Year;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * Under the traditional budget, part of a deficit left after the réserve de compensation, added to the
 * charges of an exercice (R314-51 III): the exercice after the one closed or the next, or spread over at
 * most three consecutive exercices in exceptional circumstances.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: the exercice is 1583 to 9999 ({@link org.cpom.Convention#ENGINE_BOUNDS}).
 */
@Value.Immutable
public abstract class DeficitCharge {
  DeficitCharge() {}

  /**
   * Creates a charge.
   *
   * @param compteId the compte de résultat's id
   * @param exercice the exercice whose charges take it
   * @param amount the amount, above zero
   * @return the charge
   */
  public static DeficitCharge of(String compteId, Year exercice, Amount amount) {
    return ImmutableDeficitCharge.of(compteId, exercice, amount);
  }

  /**
   * The compte de résultat's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String compteId();

  /**
   * The exercice whose charges take this part of the deficit.
   *
   * @return the exercice
   */
  @Value.Parameter
  public abstract Year exercice();

  /**
   * The amount of the deficit charged.
   *
   * @return the amount, above zero
   */
  @Value.Parameter
  public abstract Amount amount();

  @Value.Check
  void check() {
    Checks.notBlank(compteId(), "deficitCharge.compteId");
    EngineBounds.year(exercice(), "deficitCharge.exercice");
    Checks.check(amount().isPositive(), "deficitCharge.amount", amount(), AllocationProposal.RULE,
        "a proposed amount is above zero");
  }
}
