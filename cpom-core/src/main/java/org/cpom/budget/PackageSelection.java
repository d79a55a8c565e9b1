package org.cpom.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The decision packages funded within an enveloppe (Pyhrr's method): the amount of the enveloppe that funds
 * them (for the key of an enveloppe in a budget's views, see {@link Enveloppe}).
 *
 * <p>The socle comes first: if it does not fit the enveloppe, nothing is funded and
 * {@link #socleCovered()} is false. Then the increments, in rank order (the order of the list):
 * {@link FillRule#STOP_AT_FIRST_MISFIT} (default) funds them until the next one does not fit and stops
 * there; {@link FillRule#SKIP_MISFITS} skips an increment that does not fit and goes on with the next.
 * A package fits when its cost is at most the enveloppe left. With a socle of 1,000,000, increments of
 * 50,000, 80,000 and 30,000 and an enveloppe of 1,100,000, the default funds the socle and the first
 * increment (50,000 left); skipping funds the third as well (20,000 left).
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: the costs total at most {@code Long.MAX_VALUE} cents ({@link org.cpom.Convention#BBZ_PACKAGES}).
 */
public final class PackageSelection {
  static final LegalBasis RULE = LegalBasis.convention(Convention.BBZ_PACKAGES);

  private final Amount enveloppe;
  private final FillRule rule;
  private final boolean socleCovered;
  private final List<DecisionPackage> funded;
  private final List<DecisionPackage> unfunded;

  private PackageSelection(Amount enveloppe, FillRule rule, boolean socleCovered, List<DecisionPackage> funded,
      List<DecisionPackage> unfunded) {
    this.enveloppe = enveloppe;
    this.rule = rule;
    this.socleCovered = socleCovered;
    this.funded = List.copyOf(funded);
    this.unfunded = List.copyOf(unfunded);
  }

  /** Selects the packages: see {@link BudgetEngine#select(DecisionPackage, List, Amount, FillRule)}. */
  static PackageSelection select(DecisionPackage socle, List<DecisionPackage> increments, Amount enveloppe,
      FillRule rule) {
    Objects.requireNonNull(socle, "socle");
    Checks.noNulls(increments, "increments");
    Objects.requireNonNull(enveloppe, "enveloppe");
    Objects.requireNonNull(rule, "rule");
    Checks.check(!enveloppe.isNegative(), "enveloppe", enveloppe, RULE, "must not be negative");
    // the totals shown are sums of these costs: bounded, they are exact
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("the costs of the packages");
    total.add(socle.cost().cents(), "socle.cost");
    for (int i = 0; i < increments.size(); i++) {
      total.add(increments.get(i).cost().cents(), "increments[" + i + "].cost");
    }
    List<DecisionPackage> funded = new ArrayList<>();
    List<DecisionPackage> unfunded = new ArrayList<>();
    if (socle.cost().isGreaterThan(enveloppe)) {
      unfunded.add(socle);
      unfunded.addAll(increments);
      return new PackageSelection(enveloppe, rule, false, funded, unfunded);
    }
    funded.add(socle);
    Amount left = enveloppe.minus(socle.cost());
    boolean stopped = false;
    for (DecisionPackage increment : increments) {
      if (!stopped && !increment.cost().isGreaterThan(left)) {
        funded.add(increment);
        left = left.minus(increment.cost());
      } else {
        unfunded.add(increment);
        stopped = rule == FillRule.STOP_AT_FIRST_MISFIT;
      }
    }
    return new PackageSelection(enveloppe, rule, true, funded, unfunded);
  }

  /**
   * The amount of the enveloppe.
   *
   * @return the amount, zero or more
   */
  public Amount enveloppe() {
    return enveloppe;
  }

  /**
   * The rule used.
   *
   * @return the rule
   */
  public FillRule rule() {
    return rule;
  }

  /**
   * Whether the socle fits the enveloppe.
   *
   * @return false when the enveloppe cannot fund even the socle
   */
  public boolean socleCovered() {
    return socleCovered;
  }

  /**
   * The funded packages: the socle, then the funded increments in rank order.
   *
   * @return an unmodifiable list, empty when the socle is not covered
   */
  public List<DecisionPackage> funded() {
    return funded;
  }

  /**
   * What stays unfunded, in rank order (the socle first when it is not covered).
   *
   * @return an unmodifiable list
   */
  public List<DecisionPackage> unfunded() {
    return unfunded;
  }

  /**
   * The total cost of the funded packages.
   *
   * @return the amount
   */
  public Amount fundedTotal() {
    return Amount.total(funded.stream().map(DecisionPackage::cost).collect(Collectors.toList()));
  }

  /**
   * The enveloppe less the funded total.
   *
   * @return zero or more
   */
  public Amount enveloppeLeft() {
    return enveloppe.minus(fundedTotal());
  }

  /**
   * The total cost of what stays unfunded.
   *
   * @return the amount
   */
  public Amount unfundedTotal() {
    return Amount.total(unfunded.stream().map(DecisionPackage::cost).collect(Collectors.toList()));
  }

  /**
   * Two selections are equal when they have the same enveloppe, rule, and funded and unfunded packages.
   *
   * @param obj the other object
   * @return whether it is an equal selection
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PackageSelection)) {
      return false;
    }
    PackageSelection o = (PackageSelection) obj;
    return o.enveloppe.equals(enveloppe) && o.rule == rule && o.socleCovered == socleCovered
        && o.funded.equals(funded) && o.unfunded.equals(unfunded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enveloppe, rule, socleCovered, funded, unfunded);
  }

  @Override
  public String toString() {
    return "PackageSelection[" + rule + ", funded " + fundedTotal() + ", left " + enveloppeLeft() + "]";
  }
}
