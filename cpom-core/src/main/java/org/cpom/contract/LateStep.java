package org.cpom.contract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A step of a fiche-action not completed by its due date, as of a given date
 * ({@link GrilleAvancement#lateSteps}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LateStep {
  LateStep() {}

  static LateStep create(String ficheAction, Step step, LocalDate asOf) {
    return ImmutableLateStep.of(ficheAction, step, asOf);
  }

  /**
   * The fiche-action's identifier.
   *
   * @return the identifier
   */
  @Value.Parameter
  public abstract String ficheAction();

  /**
   * The step.
   *
   * @return the step
   */
  @Value.Parameter
  public abstract Step step();

  /**
   * The date the lateness is assessed on.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Days from the due date to the assessment date.
   *
   * @return the days, at least 1
   */
  public long daysLate() {
    return ChronoUnit.DAYS.between(step().dueDate(), asOf());
  }
}
