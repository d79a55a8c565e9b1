package org.cpom.result;

import java.time.Year;
import java.util.Optional;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.trace.StepKind;
import org.cpom.LegalBasis;
import org.cpom.trace.TraceStep;
import org.immutables.value.Value;

/**
 * One movement of an allocation decision, with its legal basis.
 *
 * <p>{@link #amount()} is the movement's share of the compte's result: positive when it allocates a
 * surplus (or reduces a debit account), negative when it covers a deficit. The movements of one compte
 * add up exactly to its result; a take-back of the réserve de trésorerie adds two movements that cancel
 * out. On its {@link #account()}, a movement raises a credit account by its amount and a debit account
 * (119, 1141) by the opposite.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Movement {
  Movement() {}

  /**
   * The id of the compte de résultat it belongs to.
   *
   * @return the id
   */
  public abstract String compteId();

  /**
   * The kind of movement.
   *
   * @return the kind
   */
  public abstract MovementKind kind();

  /**
   * The movement's share of the result: positive for a surplus, negative for a deficit.
   *
   * @return the signed amount
   */
  public abstract Amount amount();

  /**
   * The reserve account it writes to; empty for transfers and charges of an exercice.
   *
   * @return the account, or empty
   */
  public abstract Optional<ReserveAccount> account();

  /**
   * The surplus destination, for a {@link MovementKind#SURPLUS_ALLOCATION}.
   *
   * @return the destination, or empty
   */
  public abstract Optional<SurplusDestination> destination();

  /**
   * The other compte de résultat of a transfer.
   *
   * @return its id, or empty
   */
  public abstract Optional<String> counterpartId();

  /**
   * The exercice whose charges are reduced or increased, for a reduction of charges or a deficit charged.
   *
   * @return the exercice, or empty
   */
  public abstract Optional<Year> chargesExercice();

  /**
   * The article or contract clause the movement rests on.
   *
   * @return the basis
   */
  public abstract LegalBasis basis();

  /**
   * Whether the library applied it as a mandatory step.
   *
   * @return true for a mandatory step
   */
  public boolean isMandatory() {
    return kind().isMandatory();
  }

  /**
   * A readable label: the kind, with the destination, account, counterpart or exercice.
   *
   * @return the label
   */
  public String label() {
    StringBuilder sb = new StringBuilder(kind().label());
    destination().ifPresent(d -> sb.append(" : ").append(d.label()));
    account().ifPresent(a -> sb.append(" (").append(a.number()).append(')'));
    counterpartId().ifPresent(c -> sb.append(" (").append(c).append(')'));
    chargesExercice().ifPresent(y -> sb.append(' ').append(y));
    return sb.toString();
  }

  /**
   * The movement as a trace step, labelled with its compte.
   *
   * @return the step
   */
  public TraceStep toTraceStep() {
    return TraceStep.of(StepKind.MOVEMENT, amount(), basis(), compteId(), label());
  }

  @Override
  public String toString() {
    return toTraceStep().toString();
  }
}
