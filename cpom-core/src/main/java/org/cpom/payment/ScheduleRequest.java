package org.cpom.payment;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.CpomValidationException;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.param.RegulatoryParameter;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * What is needed to schedule the payments of one annual amount: the year, the amount and the date it was
 * notified, the previous year's amount (advanced until then), the holiday calendar of the payment dates,
 * any later change of the amount, and the payment regime (by default CASF R314-107/108).
 *
 * <p>Build one with {@link #builder()}; {@code year}, {@code annualAmount} and {@code notified} are required,
 * the calendar is the national one unless given. This class is immutable and thread-safe.
 *
 * <p>Bounds: the year is 1583 to 9999 and the notification date in those years ({@link org.cpom.Convention#ENGINE_BOUNDS}: the supported
 * years, as in {@code org.cpom.calendar}).
 */
@Value.Immutable
public abstract class ScheduleRequest {
  ScheduleRequest() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScheduleRequest}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableScheduleRequest.Builder {
    Builder() {}
  }

  /**
   * The exercice.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The annual amount the decision fixes.
   *
   * @return the amount, zero or more
   */
  public abstract Amount annualAmount();

  /**
   * The date the decision was notified; before the January payment date, no advance is paid.
   *
   * @return the date
   */
  public abstract LocalDate notified();

  /**
   * The previous year's amount, advanced by twelfths until the decision (R314-108, R314-116).
   *
   * @return the amount; zero unless given
   */
  @Value.Default
  public Amount previousAmount() {
    return Amount.ZERO;
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
   * The payment regime, which sets the articles cited and the default payment day. Derive it with
   * {@link PaymentRegime#from(org.cpom.referential.Funder, org.cpom.referential.EsmsCategory)}: an
   * assurance-maladie dotation is paid under the CSS (CASF R314-111).
   *
   * @return {@link PaymentRegime#CASF_R314_107} unless given (the State or a Département; the regime cpom
   *     applied to every dotation before the regimes existed, so the figures and citations of an existing
   *     request do not change)
   */
  @Value.Default
  public PaymentRegime regime() {
    return PaymentRegime.CASF_R314_107;
  }

  /**
   * The day of the month of the payments, as a dated parameter (the value in force on the first day of each
   * month applies), moved back to the last working day before when it is not one.
   *
   * @return the regime's {@link PaymentRegime#defaultPaymentDay()} unless given: the 20th
   */
  @Value.Default
  public RegulatoryParameter<Integer> paymentDay() {
    return regime().defaultPaymentDay();
  }

  /**
   * The article of the advances and of the catch-up after the decision: R314-108 for a dotation globale,
   * R314-116 for a dotation globalisée replacing a prix de journée, the CSS articles for the assurance
   * maladie.
   *
   * @return the regime's {@link PaymentRegime#advanceBasis()} unless given (CASF R314-108 by default)
   */
  @Value.Default
  public LegalBasis advanceBasis() {
    return regime().advanceBasis();
  }

  /**
   * Later changes of the annual amount, on or after the notification.
   *
   * @return the changes, in date order
   */
  public abstract List<AmountChange> changes();

  /** Every value of a payment-day parameter is a day of a month. */
  static void checkPaymentDay(RegulatoryParameter<Integer> day, String field) {
    // messages built only on failure: this runs for every schedule
    day.values().forEach((from, d) -> {
      if (d < 1 || d > 31) {
        throw new CpomValidationException(field + "[" + from + "]", d, day.basis(),
            "a payment day is a day of the month, 1 to 31");
      }
    });
  }

  /** A year's decision is notified in that year or the year before (CASF R314-36, R314-40). */
  static void checkNotifiedYear(LocalDate notified, Year year, String field) {
    if (notified.getYear() < (long) year.getValue() - 1) {
      throw new CpomValidationException(field, notified, Articles.NOTIFICATION_YEAR,
          "the decision for " + year + " is notified in " + year.minusYears(1) + " at the earliest");
    }
  }

  @Value.Check
  void check() {
    EngineBounds.year(year(), "scheduleRequest.year");
    EngineBounds.date(notified(), "scheduleRequest.notified");
    checkNotifiedYear(notified(), year(), "scheduleRequest.notified");
    Checks.check(!annualAmount().isNegative(), "scheduleRequest.annualAmount", annualAmount(), Articles.R314_107,
        "an annual amount is not negative");
    Checks.check(!previousAmount().isNegative(), "scheduleRequest.previousAmount", previousAmount(), Articles.R314_108,
        "an annual amount is not negative");
    checkPaymentDay(paymentDay(), "scheduleRequest.paymentDay");
    LocalDate last = notified();
    for (AmountChange c : changes()) {
      Checks.check(!c.date().isBefore(last), "scheduleRequest.changes", c.date(), Articles.R314_108,
          "changes come after the notification " + notified() + " and in date order");
      last = c.date();
    }
  }
}
