package org.cpom.dotation;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.cpom.contract.ResolvedDgc;
import org.cpom.money.Amount;
import org.cpom.referential.FinessMap;
import org.cpom.referential.FinessNumber;
import org.cpom.trace.Trace;
import org.immutables.value.Value;

/**
 * One year of a DGC: each ESMS's computed amount, the DGC amount, the arrêté's provisional split, the split
 * after each approved décision modificative, and the bases of the next year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DgcDotation {
  DgcDotation() {}

  static ImmutableDgcDotation.Builder builder() {
    return ImmutableDgcDotation.builder();
  }

  /**
   * The DGC.
   *
   * @return its definition
   */
  @Value.Auxiliary
  public abstract ResolvedDgc dgc();

  /**
   * The exercice.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Each ESMS's computed amount, in the DGC's order.
   *
   * @return the ESMS results
   */
  public abstract List<EsmsDotation> esms();

  /**
   * The result of one ESMS.
   *
   * @param esms its FINESS
   * @return the result
   * @throws org.cpom.CpomValidationException if the ESMS is not in the DGC
   */
  public EsmsDotation esms(FinessNumber esms) {
    Objects.requireNonNull(esms, "esms");
    for (EsmsDotation d : esms()) {
      if (d.esms().equals(esms)) {
        return d;
      }
    }
    throw new org.cpom.CpomValidationException("esms", esms, Articles.R314_43_1, "not an ESMS of this DGC");
  }

  /**
   * The sum of the computed ESMS amounts.
   *
   * @return the total
   */
  public abstract Amount computedTotal();

  /**
   * One step per ESMS amount (R314-43-1), summing to {@link #computedTotal()}.
   *
   * @return the trace
   */
  public abstract Trace trace();

  /**
   * The splits of the year: the arrêté's provisional split first, then one per approved DM in decision-date
   * order.
   *
   * @return at least one split
   */
  public abstract List<DgcSplit> splits();

  /**
   * The arrêté's provisional split.
   *
   * @return the first split
   */
  public DgcSplit provisionalSplit() {
    return splits().get(0);
  }

  /**
   * The split after the last approved DM.
   *
   * @return the last split
   */
  public DgcSplit finalSplit() {
    return splits().get(splits().size() - 1);
  }

  /**
   * The DGC amount fixed by the arrêté; DMs keep it.
   *
   * @return the total
   */
  public Amount total() {
    return provisionalSplit().total();
  }

  /**
   * The DMs of the year that did not change the split because they are still submitted or were refused.
   *
   * @return the DMs not applied
   */
  public abstract List<DecisionModificative> dmsNotApplied();

  /**
   * The base reconductible of each ESMS for the next year, in the DGC's order.
   *
   * @return the bases, in the members' order
   */
  public abstract FinessMap<Amount> nextBases();

  /**
   * Each ESMS's annual amount of the year before, on which the payments before the year's arrêté rest (CASF
   * R314-108: a twelfth of the year before's amount until the new one is fixed): the year before's final
   * shares when this year was computed from that year's result, otherwise the bases reconductibles given
   * (the library's default for a first year, see {@link DotationEngine#compute(ResolvedDgc, DgcYear, Map)}).
   *
   * @return the shares, in the DGC's order
   */
  public abstract FinessMap<Amount> previousShares();
}
