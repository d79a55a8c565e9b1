package org.cpom.payment;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.trace.LegalBasis;
import org.immutables.value.Value;

/**
 * What is needed to schedule the payments of one annual amount: the year, the amount and the date it was
 * notified, the previous year's amount (advanced until then), the holiday calendar of the payment dates,
 * and any later change of the amount.
 *
 * <p>Build one with {@link #builder()}; {@code year}, {@code annualAmount}, {@code notified} and
 * {@code calendar} are required. This class is immutable and thread-safe.
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
   * @return the calendar
   */
  public abstract HolidayCalendar calendar();

  /**
   * The article of the advances and of the catch-up after the decision: R314-108 for a dotation globale,
   * R314-116 for a dotation globalisée replacing a prix de journée.
   *
   * @return CASF R314-108 unless given
   */
  @Value.Default
  public LegalBasis advanceBasis() {
    return PaymentEngine.R314_108;
  }

  /**
   * Later changes of the annual amount, on or after the notification.
   *
   * @return the changes, in date order
   */
  public abstract List<AmountChange> changes();

  @Value.Check
  void check() {
    Checks.check(!annualAmount().isNegative(), "scheduleRequest.annualAmount", annualAmount(), "CASF R314-107",
        "an annual amount is not negative");
    Checks.check(!previousAmount().isNegative(), "scheduleRequest.previousAmount", previousAmount(), "CASF R314-108",
        "an annual amount is not negative");
    LocalDate last = notified();
    for (AmountChange c : changes()) {
      Checks.check(!c.date().isBefore(last), "scheduleRequest.changes", c.date(), "RULES 4",
          "changes come after the notification " + notified() + " and in date order");
      last = c.date();
    }
  }
}
