package org.cpom.contract;

import java.time.LocalDate;
import org.cpom.internal.Checks;
import org.immutables.value.Value;

/**
 * One step of a fiche-action's timetable (échéancier): what must be done, and by when.
 * The due date must fall inside the contract's period, which the {@link Cpom} checks.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Step {
  Step() {}

  /**
   * Creates a step.
   *
   * @param label what must be done; unique within its fiche-action, it identifies the step in follow-ups
   * @param dueDate the date it is due by
   * @return the step
   */
  public static Step of(String label, LocalDate dueDate) {
    return ImmutableStep.of(label, dueDate);
  }

  /**
   * What must be done, e.g. "Sign the partnership agreement".
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The date the step is due by (inclusive).
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate dueDate();

  @Value.Check
  void check() {
    Checks.notBlank(label(), "step.label");
  }
}
