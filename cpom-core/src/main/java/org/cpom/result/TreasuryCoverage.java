package org.cpom.result;

import java.time.Year;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The réserve de trésorerie and the BFR of one exercice, as the bilan financier shows them: the evidence
 * for taking the reserve back (R314-48).
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: the exercice is 1583 to 9999 and the reserve and the BFR total at most {@code Long.MAX_VALUE} cents in
 * absolute value ({@link org.cpom.Convention#ENGINE_BOUNDS}).
 */
@Value.Immutable
public abstract class TreasuryCoverage {
  TreasuryCoverage() {}

  /**
   * Creates the figures of one exercice.
   *
   * @param exercice the exercice
   * @param reserve the réserve de trésorerie (10685), zero or more
   * @param bfr the BFR, possibly negative
   * @return the coverage
   */
  public static TreasuryCoverage of(Year exercice, Amount reserve, Amount bfr) {
    return ImmutableTreasuryCoverage.of(exercice, reserve, bfr);
  }

  /**
   * The exercice.
   *
   * @return the exercice
   */
  @Value.Parameter
  public abstract Year exercice();

  /**
   * The réserve de trésorerie.
   *
   * @return the reserve, zero or more
   */
  @Value.Parameter
  public abstract Amount reserve();

  /**
   * The besoin en fonds de roulement (R314-48 III).
   *
   * @return the BFR
   */
  @Value.Parameter
  public abstract Amount bfr();

  /**
   * Whether the reserve covered the BFR that year.
   *
   * @return true if the reserve is at least the BFR
   */
  public boolean covers() {
    return !reserve().isLessThan(bfr());
  }

  /**
   * The reserve minus the BFR.
   *
   * @return the gap, negative when the reserve falls short
   */
  public Amount gap() {
    return reserve().minus(bfr());
  }

  @Value.Check
  void check() {
    EngineBounds.year(exercice(), "treasuryCoverage.exercice");
    BilanFinancier.notNegative(reserve(), "treasuryCoverage.reserve", LegalBasis.casf("R314-48"));
    // the gap is reserve - BFR: bounded so, it is exact
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("the reserve and the BFR");
    total.add(reserve().cents(), "treasuryCoverage.reserve");
    total.add(bfr().cents(), "treasuryCoverage.bfr");
  }
}
