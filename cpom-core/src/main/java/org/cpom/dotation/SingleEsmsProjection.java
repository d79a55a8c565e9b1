package org.cpom.dotation;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * The dotation of an ESMS in no DGC over consecutive years of its contract, each year computed from the base
 * reconductible the year before left: the lone ESMS's counterpart of a {@link DgcProjection}.
 *
 * <p>Computed by {@link DotationEngine#project(org.cpom.contract.ResolvedSingleEsmsDotation, List,
 * Amount)}. Two projections of the same initial base and years are equal. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SingleEsmsProjection {
  SingleEsmsProjection() {}

  static ImmutableSingleEsmsProjection.Builder builder() {
    return ImmutableSingleEsmsProjection.builder();
  }

  /**
   * The base reconductible before the first year projected.
   *
   * @return the base, zero or more
   */
  public abstract Amount initialBase();

  /**
   * The years, in order.
   *
   * @return the year results, at least one
   */
  public abstract List<EsmsDotation> years();

  /**
   * The result of one year.
   *
   * @param year the year
   * @return its result
   * @throws org.cpom.CpomValidationException if the year is not projected
   */
  public EsmsDotation year(Year year) {
    Objects.requireNonNull(year, "year");
    for (EsmsDotation r : years()) {
      if (r.year().equals(year)) {
        return r;
      }
    }
    throw new org.cpom.CpomValidationException("year", year, LegalBasis.convention(Convention.SINGLE_ESMS_DOTATION),
        "not a year of this projection");
  }
}
