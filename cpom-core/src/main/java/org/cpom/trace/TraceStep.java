package org.cpom.trace;

import org.cpom.LegalBasis;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * One step of a computation a user may have to justify to an authority: what was done, the amount it
 * gave, and the article or clause it rests on.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TraceStep {
  TraceStep() {}

  /**
   * Creates a step.
   *
   * @param label what the step does, e.g. "actualisation 1.20 %"
   * @param amount the amount the step gives
   * @param basis the legal basis
   * @return the step
   */
  public static TraceStep of(String label, Amount amount, LegalBasis basis) {
    return ImmutableTraceStep.of(label, amount, basis);
  }

  /**
   * What the step does.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The amount the step gives.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount amount();

  /**
   * The article or clause the step rests on.
   *
   * @return the legal basis
   */
  @Value.Parameter
  public abstract LegalBasis basis();

  @Value.Check
  void check() {
    org.cpom.internal.Checks.notBlank(label(), "traceStep.label");
  }

  @Override
  public String toString() {
    return label() + ": " + amount() + " [" + basis() + "]";
  }
}
