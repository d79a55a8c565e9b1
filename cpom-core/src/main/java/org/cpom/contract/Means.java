package org.cpom.contract;

import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * One line of the means (moyens) a fiche-action needs: what, its cost, and how it is funded. A cost of zero is allowed for an action carried out within existing resources.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Means {
  Means() {}

  /**
   * Creates a line of means.
   *
   * @param description what the money pays for, e.g. "0.5 FTE coordinator"
   * @param cost its cost, not negative
   * @param fundingWay how it is funded
   * @return the line
   */
  public static Means of(String description, Amount cost, FundingWay fundingWay) {
    return ImmutableMeans.of(description, cost, fundingWay);
  }

  /**
   * What the money pays for.
   *
   * @return the description
   */
  @Value.Parameter
  public abstract String description();

  /**
   * The cost, in EUR.
   *
   * @return the cost, zero or more
   */
  @Value.Parameter
  public abstract Amount cost();

  /**
   * How it is funded.
   *
   * @return the funding way
   */
  @Value.Parameter
  public abstract FundingWay fundingWay();

  @Value.Check
  void check() {
    Checks.notBlank(description(), "means.description");
    Checks.check(!cost().isNegative(), "means.cost", cost(), FicheAction.RULE, "a cost cannot be negative");
  }
}
