package org.cpom.result;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * Taking back part of the réserve de trésorerie (10685) of a compte de résultat to fund investment
 * (10682): allowed only after three successive exercices in which the reserve covered the BFR, capped at
 * the largest reserve-minus-BFR gap of those years (R314-48 II), and with the authority's agreement on the
 * amount (R314-48 IV). The three exercices are those ending on the exercice allocated, whose bilan
 * financier is the latest one; each exercice is given once.
 *
 * <p>The movement is a reclassification between reserves: it does not allocate any result.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TreasuryTakeBack {
  TreasuryTakeBack() {}

  /**
   * Creates a take-back.
   *
   * @param compteId the compte de résultat's id
   * @param amount the amount taken back, above zero
   * @param coverage the reserve and BFR of the exercices that justify it
   * @param authorityAgreed whether the authority agreed
   * @return the take-back
   */
  public static TreasuryTakeBack of(String compteId, Amount amount, List<TreasuryCoverage> coverage,
      boolean authorityAgreed) {
    return ImmutableTreasuryTakeBack.of(compteId, amount, org.cpom.internal.Checks.noNulls(coverage, "coverage"),
        authorityAgreed);
  }

  /**
   * The compte de résultat's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String compteId();

  /**
   * The amount moved from the réserve de trésorerie to investment.
   *
   * @return the amount, above zero
   */
  @Value.Parameter
  public abstract Amount amount();

  /**
   * The reserve and BFR of the exercices that justify it (see
   * {@link ResultEngine#treasuryTakeBackCap(List)}).
   *
   * @return the figures, by exercice
   */
  @Value.Parameter
  public abstract List<TreasuryCoverage> coverage();

  /**
   * Whether the authority agreed to the take-back.
   *
   * @return true if it did
   */
  @Value.Parameter
  public abstract boolean authorityAgreed();

  @Value.Check
  void check() {
    Checks.notBlank(compteId(), "treasuryTakeBack.compteId");
    Checks.check(amount().isPositive(), "treasuryTakeBack.amount", amount(), AllocationProposal.RULE,
        "a proposed amount is above zero");
    Set<Year> seen = new HashSet<>();
    for (TreasuryCoverage c : coverage()) {
      Checks.check(seen.add(c.exercice()), "treasuryTakeBack.coverage", c.exercice(), Articles.R314_48_II,
          "an exercice is given twice");
    }
  }
}
