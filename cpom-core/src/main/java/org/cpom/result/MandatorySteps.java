package org.cpom.result;

import java.util.List;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * What the mandatory steps do to one compte de résultat before any proposal, and what they leave to the
 * proposal: the free surplus to allocate, or under the traditional budget the deficit left to charge to
 * later exercices. Under the EPRD a deficit needs no proposal unless another compte
 * covers part of it by a transfer; the steps shown then assume no transfer.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MandatorySteps {
  MandatorySteps() {}

  /**
   * The compte de résultat.
   *
   * @return the compte
   */
  public abstract CompteDeResultat compte();

  /**
   * The result to allocate: the result, plus rejected expenses under the traditional budget (R314-52).
   *
   * @return the result to allocate
   */
  public abstract Amount resultToAllocate();

  /**
   * The mandatory movements, in order.
   *
   * @return the movements
   */
  public abstract List<Movement> movements();

  /**
   * The surplus left for the proposal's free choices.
   *
   * @return the free surplus, zero or more
   */
  public abstract Amount freeSurplus();

  /**
   * Under the traditional budget, the deficit left after the réserve de compensation, which the proposal
   * charges to one to three exercices (R314-51 III); zero under the EPRD.
   *
   * @return the deficit to charge, zero or more
   */
  public abstract Amount deficitToCharge();
}
