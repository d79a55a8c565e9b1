package org.cpom.contract;

import org.cpom.internal.Checks;
import org.cpom.money.Rate;
import org.immutables.value.Value;

/**
 * One step (palier) of a modulation clause that sets the percentage by steps of the gap: from a gap of
 * {@link #fromGap()} on, the abatement is {@link #percentage()}, until the next step.
 *
 * <p>CASF R314-43-2 III caps the percentage at half the gap. A step applies to every gap from its own lower
 * bound, so its percentage may not exceed half of that bound: a step "from 4 % of gap, 2.5 %" is rejected,
 * since a gap of 4 % allows at most 2 %.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ModulationStep {
  ModulationStep() {}

  /**
   * A step.
   *
   * @param fromGap the lowest gap the step applies to, above zero (points for a rate, relative for a count)
   * @param percentage the abatement from that gap on, above zero and at most half of {@code fromGap}
   * @return the step
   * @throws org.cpom.CpomValidationException if the percentage is above half of its lower gap (R314-43-2 III)
   */
  public static ModulationStep of(Rate fromGap, Rate percentage) {
    return ImmutableModulationStep.of(fromGap, percentage);
  }

  /**
   * The lowest gap the step applies to.
   *
   * @return above zero
   */
  @Value.Parameter
  public abstract Rate fromGap();

  /**
   * The abatement percentage of the step.
   *
   * @return above zero, at most half of {@link #fromGap()}
   */
  @Value.Parameter
  public abstract Rate percentage();

  @Value.Check
  void check() {
    Checks.check(fromGap().signum() > 0 && fromGap().compareTo(Rate.ONE) <= 0, "modulationStep.fromGap", fromGap(),
        ModulationClause.RULE, "a step starts at a gap above 0 and at most 100 %");
    Checks.check(percentage().signum() > 0, "modulationStep.percentage", percentage(), ModulationClause.RULE,
        "a step's percentage is above 0");
    Checks.check(percentage().toFraction().compareTo(fromGap().toFraction().multiply(ModulationClause.HALF)) <= 0,
        "modulationStep.percentage", percentage(), ModulationClause.RULE,
        "the percentage may not exceed half of the gap; this step starts at a gap of " + fromGap()
            + ", so it allows at most half of it");
  }

  /**
   * The step as text.
   *
   * @return e.g. "from a gap of 5 %: 2 %"
   */
  @Override
  public String toString() {
    return "from a gap of " + fromGap() + ": " + percentage();
  }
}
