package org.cpom.calendar;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The transmission deadline of an EPRD (état des prévisions de recettes et de dépenses) with how it was
 * reached: 30 days after the last notification of the tariff revenue, no later than 30 June of the exercice,
 * or, when the last notification itself came after that cap, 30 days after it (CASF R314-210, secondary
 * source; see {@link EprdDeadlines#eprdTransmissionAfter(java.time.Year, List)}).
 *
 * <p>A jointly funded ESMS receives a notification from each of its authorities (the ARS and the
 * Département, to both of which R314-210 I 2° sends the EPRD): the deadline runs from the last one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EprdTransmission {
  /** How the deadline was reached. */
  public enum Status implements Labelled {
    /** The notification + 30 days falls on or before the cap: that date applies. */
    WITHIN_TIME_LIMIT,
    /** The notification + 30 days falls after the cap, the notification not: the cap (30 June) applies. */
    CAPPED,
    /**
     * The notification came after the cap, which can no longer be met: the gestionnaire still files, by the
     * notification + 30 days ({@link org.cpom.Convention#LATE_NOTIFICATION}: the time limit runs in full from a late notification).
     */
    CAP_PASSED;

    /**
     * The label in French or English.
     *
     * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     * @return the label
     * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
     */
    @Override
    public String label(Locale locale) {
      return switch (this) {
        case WITHIN_TIME_LIMIT -> TraceLabels.pick(locale, "dans le délai suivant la notification", "within the time limit after the notification");
        case CAPPED -> TraceLabels.pick(locale, "à la date limite de l'exercice", "at the latest date of the exercice");
        case CAP_PASSED -> TraceLabels.pick(locale, "date limite dépassée, délai courant depuis la notification", "latest date passed, time limit running from the notification");
      };
    }
  }

  private final Deadline deadline;
  private final Status status;
  private final LocalDate lastNotification;
  private final List<LocalDate> notifications;

  EprdTransmission(Deadline deadline, Status status, LocalDate lastNotification, List<LocalDate> notifications) {
    this.deadline = deadline;
    this.status = status;
    this.lastNotification = lastNotification;
    this.notifications = List.copyOf(notifications);
  }

  /**
   * The deadline: the date, its article (CASF R314-210) and its source status (secondary).
   *
   * @return the deadline
   */
  public Deadline deadline() {
    return deadline;
  }

  /**
   * How the deadline was reached.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Whether the cap of the exercice had passed when the last notification came.
   *
   * @return true for {@link Status#CAP_PASSED}
   */
  public boolean capPassed() {
    return status == Status.CAP_PASSED;
  }

  /**
   * The notification the deadline runs from: the last of {@link #notifications()}.
   *
   * @return the date
   */
  public LocalDate lastNotification() {
    return lastNotification;
  }

  /**
   * The notifications of the tariff revenue as given, one per authority.
   *
   * @return an unmodifiable list
   */
  public List<LocalDate> notifications() {
    return notifications;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof EprdTransmission)) {
      return false;
    }
    EprdTransmission o = (EprdTransmission) obj;
    return o.deadline.equals(deadline) && o.status == status && o.notifications.equals(notifications);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deadline, status, notifications);
  }

  @Override
  public String toString() {
    return deadline + " " + status + " (last notification " + lastNotification + ")";
  }
}
