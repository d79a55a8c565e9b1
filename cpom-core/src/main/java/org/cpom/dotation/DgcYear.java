package org.cpom.dotation;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.contract.Dgc;
import org.cpom.contract.ResolvedDgc;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;
import org.immutables.value.Value;

/**
 * The inputs of one year of a DGC: the year, what happens to each ESMS, the prorata method of the
 * mesures nouvelles, the arrêté's DGC amount and provisional split, and the décisions modificatives of the
 * year.
 *
 * <p>Build one with {@link #builder()}; {@code year} and one {@link EsmsYear} per member are required. This
 * class is immutable and thread-safe.
 *
 * <p>Bounds: the year is 1583 to 9999 ({@link org.cpom.Convention#ENGINE_BOUNDS}).
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

  /**
   * The common year of a DGC under mode 1°: every member's base updated by the campaign rate (CASF R314-40
   * 1°, {@link Actualisation#campaignRate(Rate)}), with nothing else in the year. For anything more
   * (mesures nouvelles, CNR, a notified total, DMs) start from {@link #builder()}, or from this value with
   * {@code builder().from(...)}.
   *
   * @param year the exercice
   * @param dgc the DGC, whose members each get an {@link EsmsYear}
   * @param rate the campaign rate, e.g. 1.20 %; may be negative
   * @return the year's inputs, in the order of the DGC's members
   */
  public static DgcYear atCampaignRate(Year year, ResolvedDgc dgc, Rate rate) {
    Objects.requireNonNull(dgc, "dgc");
    return atCampaignRate(year, dgc.finessNumbers(), rate);
  }

  /**
   * The common year of a DGC under mode 1°, for the DGC as the contract states it; see {@link
   * #atCampaignRate(Year, ResolvedDgc, Rate)}.
   *
   * @param year the exercice
   * @param dgc the DGC, whose members each get an {@link EsmsYear}
   * @param rate the campaign rate; may be negative
   * @return the year's inputs, in the order of the DGC's members
   */
  public static DgcYear atCampaignRate(Year year, Dgc dgc, Rate rate) {
    Objects.requireNonNull(dgc, "dgc");
    return atCampaignRate(year, dgc.finessNumbers(), rate);
  }

  private static DgcYear atCampaignRate(Year year, List<FinessNumber> members, Rate rate) {
    Objects.requireNonNull(year, "year");
    Actualisation actualisation = Actualisation.campaignRate(Objects.requireNonNull(rate, "rate"));
    Builder b = builder().year(year);
    members.forEach(f -> b.addEsms(EsmsYear.builder().esms(f).actualisation(actualisation).build()));
    return b.build();
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
