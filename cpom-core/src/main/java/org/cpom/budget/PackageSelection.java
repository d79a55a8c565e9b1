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
 * The decision packages funded within an envelope (Pyhrr's method).
 *
 * <p>The socle comes first: if it does not fit the envelope, nothing is funded and
 * {@link #socleCovered()} is false. Then the increments, in rank order (the order of the list):
 * {@link FillRule#STOP_AT_FIRST_MISFIT} (default) funds them until the next one does not fit and stops
 * there; {@link FillRule#SKIP_MISFITS} skips an increment that does not fit and goes on with the next.
 * A package fits when its cost is at most the envelope left. With a socle of 1,000,000, increments of
 * 50,000, 80,000 and 30,000 and an envelope of 1,100,000, the default funds the socle and the first
 * increment (50,000 left); skipping funds the third as well (20,000 left).
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: the costs total at most {@code Long.MAX_VALUE} cents (cpom convention).
 */
public final class PackageSelection {
  static final LegalBasis RULE = LegalBasis.convention(Convention.BBZ_PACKAGES);

  private final Amount envelope;
  private final FillRule rule;
  private final boolean socleCovered;
  private final List<DecisionPackage> funded;
  private final List<DecisionPackage> unfunded;

  private PackageSelection(Amount envelope, FillRule rule, boolean socleCovered, List<DecisionPackage> funded,
      List<DecisionPackage> unfunded) {
    this.envelope = envelope;
    this.rule = rule;
    this.socleCovered = socleCovered;
    this.funded = List.copyOf(funded);
    this.unfunded = List.copyOf(unfunded);
  }

  /**
   * Selects with the default rule, {@link FillRule#STOP_AT_FIRST_MISFIT}.
   *
   * @param socle the minimum service
   * @param increments the increments, best ranked first
   * @param envelope the envelope, zero or more
   * @return the selection
   * @throws org.cpom.CpomValidationException if the envelope is negative, or the costs total more than
   *     {@code Long.MAX_VALUE} cents (cpom convention: the bound under which every total shown is exact)
   */
  public static PackageSelection of(DecisionPackage socle, List<DecisionPackage> increments, Amount envelope) {
    return of(socle, increments, envelope, FillRule.STOP_AT_FIRST_MISFIT);
  }

  /**
   * Selects with the given rule.
   *
   * @param socle the minimum service
   * @param increments the increments, best ranked first
   * @param envelope the envelope, zero or more
   * @param rule what to do with an increment that does not fit
   * @return the selection
   */
  public static PackageSelection of(DecisionPackage socle, List<DecisionPackage> increments, Amount envelope,
      FillRule rule) {
    Objects.requireNonNull(socle, "socle");
    Checks.noNulls(increments, "increments");
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(rule, "rule");
    Checks.check(!envelope.isNegative(), "envelope", envelope, RULE, "must not be negative");
    // the totals shown are sums of these costs: bounded, they are exact
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("the costs of the packages");
    total.add(socle.cost().cents(), "socle.cost");
    for (int i = 0; i < increments.size(); i++) {
      total.add(increments.get(i).cost().cents(), "increments[" + i + "].cost");
    }
    List<DecisionPackage> funded = new ArrayList<>();
    List<DecisionPackage> unfunded = new ArrayList<>();
    if (socle.cost().isGreaterThan(envelope)) {
      unfunded.add(socle);
      unfunded.addAll(increments);
      return new PackageSelection(envelope, rule, false, funded, unfunded);
    }
    funded.add(socle);
    Amount left = envelope.minus(socle.cost());
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
    return new PackageSelection(envelope, rule, true, funded, unfunded);
  }

  /**
   * The envelope.
   *
   * @return the envelope
   */
  public Amount envelope() {
    return envelope;
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
   * Whether the socle fits the envelope.
   *
   * @return false when the envelope cannot fund even the socle
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
   * The envelope less the funded total.
   *
   * @return zero or more
   */
  public Amount envelopeLeft() {
    return envelope.minus(fundedTotal());
  }

  /**
   * The total cost of what stays unfunded.
   *
   * @return the amount
   */
  public Amount unfundedTotal() {
    return Amount.total(unfunded.stream().map(DecisionPackage::cost).collect(Collectors.toList()));
  }

  @Override
  public String toString() {
    return "PackageSelection[" + rule + ", funded " + fundedTotal() + ", left " + envelopeLeft() + "]";
  }
}
