package org.cpom.payment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.contract.ResolvedDgc;
import org.cpom.dotation.CretonSplit;
import org.cpom.dotation.DgcDotation;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.param.RegulatoryParameter;
import org.cpom.referential.FinessMap;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.FunderKind;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * What is needed to schedule the payments of a DGC and of its ESMS for a year: the year's result (DGC
 * amount, provisional split, décisions modificatives), the date the arrêté was notified, each ESMS's share
 * of the year before (advanced until then; their sum is the DGC amount of the year before), and the holiday
 * calendar of the payment dates.
 *
 * <p>Build one with {@link #builder()}; {@code dotation} and {@code notified} are required, every other
 * attribute has a default: for the usual case {@link PaymentEngine#schedule(DgcDotation, LocalDate)} builds
 * the request itself. This class is immutable and thread-safe.
 *
 * <p>Bounds: the notification date is in the years 1583 to 9999, and the previous shares total at most {@code
 * Long.MAX_VALUE} cents ({@link org.cpom.Convention#ENGINE_BOUNDS}).
 */
@Value.Immutable
public abstract class DgcScheduleRequest {
  DgcScheduleRequest() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DgcScheduleRequest}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableDgcScheduleRequest.Builder {
    Builder() {}
  }

  /**
   * The year of the DGC.
   *
   * @return the result of the dotation engine
   */
  public abstract DgcDotation dotation();

  /**
   * The date the arrêté was notified.
   *
   * @return the date
   */
  public abstract LocalDate notified();

  /**
   * Each ESMS's share of the year before, on which the payments before the arrêté rest (CASF R314-108);
   * zero for an ESMS that was paid nothing the year before.
   *
   * @return the shares, one per ESMS of the DGC: the {@link DgcDotation#previousShares()} of the dotation
   *     unless given (the year before's final shares, or for a first year the bases reconductibles given
   *     to the dotation engine)
   */
  @Value.Default
  public Map<FinessNumber, Amount> previousShares() {
    return dotation().previousShares();
  }

  /**
   * The public holidays of the payment dates.
   *
   * @return {@link HolidayCalendars#national()} unless given (e.g. {@link HolidayCalendars#alsaceMoselle()})
   */
  @Value.Default
  public HolidayCalendar calendar() {
    return HolidayCalendars.national();
  }

  /**
   * The payment regime of the DGC and of every ESMS row, when the caller sets it.
   *
   * @return the regime; empty (the default) to derive it from the DGC's funder: the DGC total follows
   *     {@link PaymentRegime#from(ResolvedDgc)} and each ESMS row
   *     {@link PaymentRegime#from(org.cpom.referential.Funder, org.cpom.referential.EsmsCategory)}, so that a
   *     Département DGC cites CASF R314-107/108 and an assurance-maladie one the CSS articles (CASF R314-111)
   */
  public abstract Optional<PaymentRegime> regime();

  /**
   * The regime of the DGC total: {@link #regime()}, or the one derived from the DGC.
   *
   * @return the regime
   */
  public PaymentRegime dgcRegime() {
    return regime().orElseGet(() -> PaymentRegime.from(dotation().dgc()));
  }

  /**
   * The day of the month of the payments, as a dated parameter, common to the DGC and its ESMS.
   *
   * @return the {@link PaymentRegime#defaultPaymentDay()} of {@link #dgcRegime()} unless given: the 20th
   */
  @Value.Default
  public RegulatoryParameter<Integer> paymentDay() {
    return dgcRegime().defaultPaymentDay();
  }

  /**
   * The article of the advances and of the catch-up after the arrêté: R314-108, or R314-116 for a dotation
   * globalisée replacing a prix de journée, or the CSS articles for the assurance maladie. When left to its
   * default each ESMS row cites its own regime's; a basis given applies to every row.
   *
   * @return the {@link PaymentRegime#advanceBasis()} of {@link #dgcRegime()} unless given
   */
  @Value.Default
  public LegalBasis advanceBasis() {
    return dgcRegime().advanceBasis();
  }

  /**
   * The R314-115 splits of the IMEs (or SESSADs) of an assurance-maladie DGC that keep young adults under
   * CASF L242-4 (amendement Creton). Their dotation globalisée, the DGC share, includes the part of each
   * Département, which the ESMS bills to that Département as a prix de journée; the assurance maladie pays
   * only the rest (CASF R314-115). So each such ESMS row pays its share less its {@link
   * CretonSplit#departementsTotal()}, for the arrêté and after each DM, and the DGC total pays the DGC amount
   * less all of them; the rows still sum to the DGC payments. The {@link #previousShares()} are then what the
   * assurance maladie paid each ESMS the year before.
   *
   * @return the splits, one per ESMS at most, of the DGC's year; none unless given
   */
  public abstract List<CretonSplit> cretonSplits();

  /**
   * The Département parts to take off each ESMS's share (CASF R314-115), from {@link #cretonSplits()}.
   *
   * @return the sum of the Département parts of each ESMS, in the order of the splits; the ESMS without a Creton
   *     split are absent
   */
  public FinessMap<Amount> cretonParts() {
    FinessMap.Builder<Amount> parts = FinessMap.builder(cretonSplits().size());
    cretonSplits().forEach(c -> parts.put(c.esms().finess(), c.departementsTotal()));
    return parts.build();
  }

  @Value.Check
  void check() {
    EngineBounds.date(notified(), "dgcScheduleRequest.notified");
    ScheduleRequest.checkNotifiedYear(notified(), dotation().year(), "dgcScheduleRequest.notified");
    ScheduleRequest.checkPaymentDay(paymentDay(), "dgcScheduleRequest.paymentDay");
    ResolvedDgc dgc = dotation().dgc();
    Set<FinessNumber> seen = new HashSet<>();
    for (int i = 0; i < cretonSplits().size(); i++) {
      CretonSplit c = cretonSplits().get(i);
      String field = "dgcScheduleRequest.cretonSplits[" + i + "]";
      Checks.check(dgc.funder().kind() == FunderKind.ASSURANCE_MALADIE, field, dgc.financement(), Articles.R314_115,
          "the Creton parts are taken off the assurance-maladie dotation globalisée, not off a DGC of " + dgc.funder());
      Checks.check(dgc.member(c.esms().finess()).isPresent(), field + ".esms", c.esms().finess(), Articles.R314_115,
          "not an ESMS of " + dgc.name());
      Checks.check(dgc.member(c.esms().finess()).get().esms().equals(c.esms()), field + ".esms", c.esms().finess(),
          Articles.R314_115, "the split's ESMS differs from the member of the same FINESS in " + dgc.name());
      Checks.check(seen.add(c.esms().finess()), field + ".esms", c.esms().finess(), Articles.R314_115,
          "one Creton split per ESMS");
      Checks.check(c.year().equals(dotation().year()), field + ".year", c.year(), Articles.R314_115,
          "the split of the DGC's year " + dotation().year());
    }
  }
}
