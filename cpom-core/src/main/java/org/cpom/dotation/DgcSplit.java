package org.cpom.dotation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.referential.FinessMap;
import org.cpom.referential.FinessNumber;
import org.cpom.trace.Trace;
import org.immutables.value.Value;

/**
 * The split of a DGC between its ESMS as it stands from a date: the arrêté's provisional split, or the split
 * after a décision modificative (R314-43-1). The shares always sum exactly to the total.
 *
 * <p>The trace of the provisional split has one step per ESMS share; the trace of a split after a DM has one
 * step per amount moved (plus and minus), so the steps sum to zero.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DgcSplit {
  DgcSplit() {}

  static ImmutableDgcSplit.Builder builder() {
    return ImmutableDgcSplit.builder();
  }

  /**
   * Where the split comes from: "arrêté de tarification" or the DM's reference.
   *
   * @return the origin
   */
  public abstract String origin();

  /**
   * The decision date of the DM that made this split.
   *
   * @return the date, or empty for the arrêté's provisional split
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * The DGC amount.
   *
   * @return the total
   */
  public abstract Amount total();

  /**
   * The share of each ESMS, in the DGC's order.
   *
   * @return the shares, in the members' order
   */
  public abstract FinessMap<Amount> shares();

  /**
   * The share of one ESMS.
   *
   * @param esms its FINESS
   * @return the share
   * @throws org.cpom.CpomValidationException if the ESMS is not in the DGC
   */
  public Amount share(FinessNumber esms) {
    Amount a = shares().get(Objects.requireNonNull(esms, "esms"));
    org.cpom.internal.Checks.check(a != null, "esms", esms, Articles.R314_43_1, "not an ESMS of this DGC");
    return a;
  }

  /**
   * The steps of the split.
   *
   * @return the trace
   */
  public abstract Trace trace();

  @Value.Check
  void check() {
    if (!Amount.total(shares().values()).equals(total())) {
      throw new IllegalStateException("split does not sum to its total: " + shares() + " vs " + total());
    }
  }
}
