package org.cpom.dotation;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.immutables.value.Value;

/**
 * A DGC over consecutive years of its contract: each year computed from the bases the year before left
 *.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DgcProjection {
  DgcProjection() {}

  static ImmutableDgcProjection.Builder builder() {
    return ImmutableDgcProjection.builder();
  }

  /**
   * The bases reconductibles before the first year projected.
   *
   * @return the bases, in the DGC's order
   */
  public abstract Map<FinessNumber, Amount> initialBases();

  /**
   * The years, in order.
   *
   * @return the year results
   */
  public abstract List<DgcDotation> years();

  /**
   * The result of one year.
   *
   * @param year the year
   * @return its result
   * @throws org.cpom.CpomValidationException if the year is not projected
   */
  public DgcDotation year(Year year) {
    Objects.requireNonNull(year, "year");
    for (DgcDotation r : years()) {
      if (r.year().equals(year)) {
        return r;
      }
    }
    throw new org.cpom.CpomValidationException("year", year, Articles.R314_43_1, "not a year of this projection");
  }
}
