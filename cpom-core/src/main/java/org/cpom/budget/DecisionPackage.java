package org.cpom.budget;

import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * A decision package of a BBZ (Pyhrr's method): the socle (minimum service) or one ranked
 * increment above it, with its cost and its justification.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DecisionPackage {
  DecisionPackage() {}

  /**
   * Creates a package.
   *
   * @param label what it funds, such as "Socle" or "0.5 ETP orthophoniste"
   * @param cost its cost, zero or more
   * @param justification why it is worth funding
   * @return the package
   */
  public static DecisionPackage of(String label, Amount cost, String justification) {
    return ImmutableDecisionPackage.of(label, cost, justification);
  }

  /**
   * What the package funds.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Its cost.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract Amount cost();

  /**
   * Why it is worth funding.
   *
   * @return the justification
   */
  @Value.Parameter
  public abstract String justification();

  @Value.Check
  void check() {
    Checks.notBlank(label(), "decisionPackage.label");
    Checks.check(!cost().isNegative(), "decisionPackage.cost", cost(), PackageSelection.RULE, "must not be negative");
    Checks.notBlank(justification(), "decisionPackage.justification");
  }
}
