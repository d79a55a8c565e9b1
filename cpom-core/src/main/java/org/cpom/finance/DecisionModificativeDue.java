package org.cpom.finance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.calendar.Deadline;

/**
 * Whether an in-year update makes a décision modificative of the EPRD due (CASF R314-229 II and III), and by when:
 * the conditions of R314-229 III met, in their order, and the last day to present the DM, one calendar month after
 * the update is established ({@code cpom:decision-modificative-month}).
 *
 * <p>Built only by {@link FinanceEngine#checkDecisionModificative}; compares by value; immutable and thread-safe.
 */
public final class DecisionModificativeDue {
  private final EprdUpdate update;
  private final List<DecisionModificativeTrigger> triggers;
  private final Deadline deadline;

  DecisionModificativeDue(EprdUpdate update, List<DecisionModificativeTrigger> triggers, Deadline deadline) {
    this.update = update;
    this.triggers = List.copyOf(triggers);
    this.deadline = deadline;
  }

  /**
   * The update tested.
   *
   * @return the update
   */
  public EprdUpdate update() {
    return update;
  }

  /**
   * The conditions of R314-229 III the update meets, 1° before 2°; empty when none is.
   *
   * @return the triggers, unmodifiable
   */
  public List<DecisionModificativeTrigger> triggers() {
    return triggers;
  }

  /**
   * Whether a décision modificative is due.
   *
   * @return true if at least one trigger is met
   */
  public boolean required() {
    return !triggers.isEmpty();
  }

  /**
   * The last day to present the décision modificative (R314-229 II, « dans le délai d'un mois »), not moved off a
   * non-working day ({@link Deadline#adjusted} does that on a calendar); empty when none is due.
   *
   * @return the deadline
   */
  public Optional<Deadline> deadline() {
    return Optional.ofNullable(deadline);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof DecisionModificativeDue)) {
      return false;
    }
    DecisionModificativeDue other = (DecisionModificativeDue) obj;
    return update.equals(other.update) && triggers.equals(other.triggers) && Objects.equals(deadline, other.deadline);
  }

  @Override
  public int hashCode() {
    return Objects.hash(update, triggers, deadline);
  }

  @Override
  public String toString() {
    return required() ? "DecisionModificativeDue" + triggers + " by " + deadline.date() : "DecisionModificativeDue[none]";
  }
}
