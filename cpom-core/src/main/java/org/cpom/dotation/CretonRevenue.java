package org.cpom.dotation;

import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.Funder;
import org.immutables.value.Value;

/**
 * The revenue an ESMS billed to one Département on its last closed exercice for the young adults it keeps
 * under CASF L242-4 (amendement Creton): the measure of that Département's part in the next dotation
 * globalisée (R314-115).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CretonRevenue {
  CretonRevenue() {}

  /**
   * Creates a revenue.
   *
   * @param departement the Département billed
   * @param revenue the amount billed on the last closed exercice, zero or more
   * @return the revenue
   */
  public static CretonRevenue of(DepartementCode departement, Amount revenue) {
    return ImmutableCretonRevenue.of(departement, revenue);
  }

  /**
   * Creates a revenue.
   *
   * @param departement the code of the Département billed, such as {@code "59"}
   * @param revenue the amount billed on the last closed exercice, zero or more
   * @return the revenue
   */
  public static CretonRevenue of(String departement, Amount revenue) {
    return of(DepartementCode.of(departement), revenue);
  }

  /**
   * The Département billed.
   *
   * @return its code
   */
  @Value.Parameter
  public abstract DepartementCode departement();

  /**
   * The amount billed on the last closed exercice.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount revenue();

  /**
   * The Département as a funder.
   *
   * @return the funder
   */
  public Funder funder() {
    return Funder.departement(departement());
  }

  @Value.Check
  void check() {
    Checks.check(!revenue().isNegative(), "cretonRevenue.revenue", revenue(), CretonSplit.RULE,
        "the revenue billed to Département " + departement() + " is zero or more");
  }
}
