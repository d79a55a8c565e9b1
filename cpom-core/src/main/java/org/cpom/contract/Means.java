package org.cpom.contract;

import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * One line of the means (moyens) a fiche-action needs: what, its cost, how it is funded, and the contract year
 * from which it is granted. A cost of zero is allowed for an action carried out within existing resources.
 *
 * <p>The cost is a whole year's (a CNR's one-off amount). Its contract year is optional and defaults to the contract's first year
 * ({@code cpom:contract-evaluation}): a mesure nouvelle, a redeployment or a line within the base counts from that
 * year through the contract's last; a CNR counts in that year only. The contract checks that the year is one of
 * its years.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Means {
  Means() {}

  /**
   * Creates a line of means from the contract's first year.
   *
   * @param description what the money pays for, e.g. "0.5 FTE coordinator"
   * @param cost its cost for a year (a CNR's one-off amount), not negative
   * @param fundingWay how it is funded
   * @return the line
   */
  public static Means of(String description, Amount cost, FundingWay fundingWay) {
    return ImmutableMeans.of(description, cost, fundingWay);
  }

  /**
   * Creates a line of means granted from a given contract year.
   *
   * @param description what the money pays for, e.g. "0.5 FTE coordinator"
   * @param cost its cost for a year (a CNR's one-off amount), not negative
   * @param fundingWay how it is funded
   * @param contractYear the contract year (1 for the first) in which the credit is granted or, for a CNR, spent
   * @return the line
   * @throws org.cpom.CpomValidationException naming {@code means.contractYear} if the year is below 1
   */
  public static Means of(String description, Amount cost, FundingWay fundingWay, int contractYear) {
    return ImmutableMeans.builder().description(description).cost(cost).fundingWay(fundingWay)
        .contractYear(contractYear).build();
  }

  /**
   * What the money pays for.
   *
   * @return the description
   */
  @Value.Parameter
  public abstract String description();

  /**
   * The cost, in EUR: for a line that stays in the base (a mesure nouvelle, a redeployment, a line within the
   * base) its cost for a whole year, with no prorata for a start during a year; for a CNR its one-off amount.
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

  /**
   * The contract year in which the credit is granted (a mesure nouvelle, from that year on) or used (a CNR, that
   * year only); 1 by default, the contract's first year.
   *
   * @return the year's number, 1 for the first
   */
  @Value.Default
  public int contractYear() {
    return 1;
  }

  @Value.Check
  void check() {
    Checks.notBlank(description(), "means.description");
    Checks.check(!cost().isNegative(), "means.cost", cost(), FicheAction.RULE, "a cost cannot be negative");
    Checks.check(contractYear() >= 1, "means.contractYear", contractYear(), FicheAction.RULE,
        "contract years are numbered from 1");
  }
}
