package org.cpom.dotation;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * The inputs of one year of a DGC: the year, what happens to each ESMS, the prorata method of the
 * mesures nouvelles, the arrêté's DGC amount and provisional split, and the décisions modificatives of the
 * year.
 *
 * <p>Build one with {@link #builder()}; {@code year} and one {@link EsmsYear} per member are required. This
 * class is immutable and thread-safe.
 *
 * <p>Bounds: the year is 1583 to 9999 (cpom convention).
 */
@Value.Immutable
public abstract class DgcYear {
  DgcYear() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DgcYear}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableDgcYear.Builder {
    Builder() {}
  }

  /**
   * The exercice.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * What happens to each ESMS, one per member of the DGC.
   *
   * @return the ESMS inputs
   */
  public abstract List<EsmsYear> esms();

  /**
   * How mesures nouvelles are prorated in their first year.
   *
   * @return {@link ProrataMethod#DAYS} unless the contract says otherwise
   */
  @Value.Default
  public ProrataMethod prorata() {
    return ProrataMethod.DAYS;
  }

  /**
   * The DGC amount the arrêté fixes, when it differs from the sum of the computed ESMS amounts (e.g. a
   * reference DGC of a first year). It is what the provisional split divides and what is paid; each ESMS's
   * computed amount and its next base stay as built from its own base.
   *
   * @return the amount, or empty for the computed total
   */
  public abstract Optional<Amount> notifiedTotal();

  /**
   * The arrêté's provisional split.
   *
   * @return proportional unless given
   */
  @Value.Default
  public ProvisionalSplit split() {
    return ProvisionalSplit.proportional();
  }

  /**
   * The décisions modificatives of the year, in any state; approved ones apply in decision-date order.
   *
   * @return the DMs
   */
  public abstract List<DecisionModificative> decisionsModificatives();

  @Value.Check
  void check() {
    EngineBounds.year(year(), "dgcYear.year");
    notifiedTotal().ifPresent(t -> Checks.check(!t.isNegative(), "dgcYear.notifiedTotal", t, Articles.R314_43_1,
        "a DGC amount is not negative"));
  }
}
