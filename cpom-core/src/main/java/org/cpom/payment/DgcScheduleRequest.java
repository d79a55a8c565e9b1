package org.cpom.payment;

import java.time.LocalDate;
import java.util.Map;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.dotation.DgcYearResult;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.trace.LegalBasis;
import org.immutables.value.Value;

/**
 * What is needed to schedule the payments of a DGC and of its ESMS for a year: the year's result (DGC
 * amount, provisional split, décisions modificatives), the date the arrêté was notified, each ESMS's share
 * of the year before (advanced until then; their sum is the DGC amount of the year before), and the holiday
 * calendar of the payment dates.
 *
 * <p>Build one with {@link #builder()}; every attribute but {@code advanceBasis} is required. This class is
 * immutable and thread-safe.
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
  public abstract DgcYearResult dotation();

  /**
   * The date the arrêté was notified.
   *
   * @return the date
   */
  public abstract LocalDate notified();

  /**
   * Each ESMS's share of the year before (e.g. the final split of that year); zero for an ESMS new to the
   * DGC.
   *
   * @return the shares, one per ESMS of the DGC
   */
  public abstract Map<FinessNumber, Amount> previousShares();

  /**
   * The public holidays of the payment dates.
   *
   * @return the calendar
   */
  public abstract HolidayCalendar calendar();

  /**
   * The article of the advances and of the catch-up after the arrêté: R314-108, or R314-116 for a dotation
   * globalisée replacing a prix de journée.
   *
   * @return CASF R314-108 unless given
   */
  @Value.Default
  public LegalBasis advanceBasis() {
    return PaymentEngine.R314_108;
  }
}
