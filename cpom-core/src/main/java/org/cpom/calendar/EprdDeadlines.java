package org.cpom.calendar;

import static org.cpom.calendar.SourceStatus.SECONDARY;
import static org.cpom.calendar.SourceStatus.VERIFIED;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.trace.TraceLabels;

/**
 * The deadlines of the EPRD regime (état des prévisions de recettes et de dépenses, for ESMS under a CPOM
 * of L313-12 IV ter or L313-12-2), as functions of the dates that trigger them.
 *
 * <p>Reckoning, for every method: the texts count in calendar days (jours calendaires) or months; the day
 * of the trigger is not counted (so "30 days after a receipt on 1 March" is 31 March) and a month runs to
 * the same day number of the next month, or its last day when that number does not exist (31 January + 1
 * month = 28 or 29 February). This is the usual French reading (art. 641 of the Code de procédure civile),
 * applied here by analogy. The date returned is the last day of the time limit, included; for a tacit
 * decision, the last day of the authority's time limit, at the end of which the silence takes effect.
 *
 * <p>When a deadline falls on a non-working day the texts say nothing; by default the date is kept
 * ({@link WorkingDayAdjustment#NONE}), and {@link #withAdjustment} chooses otherwise. There is no clock:
 * every date is computed from the arguments.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EprdDeadlines {
  private static final LegalBasis TRANSMISSION_RULE = LegalBasis.casf("R314-210").withNote("secondary source");

  /** The longest EPRD transmission time limit accepted, in calendar days ({@link org.cpom.Convention#TIME_LIMIT_DAYS}). */
  public static final int MAX_TRANSMISSION_DAYS = 366;

  /** The default time limit for the EPRD after the notification of the tariff revenue: 30 days. */
  public static final int DEFAULT_EPRD_TRANSMISSION_DAYS = 30;

  /** The default latest date of the EPRD in its own year, even after a late notification: 30 June. */
  public static final MonthDay DEFAULT_EPRD_TRANSMISSION_CAP = MonthDay.of(Month.JUNE, 30);

  private static final MonthDay OCTOBER_31 = MonthDay.of(Month.OCTOBER, 31);
  private static final MonthDay APRIL_30 = MonthDay.of(Month.APRIL, 30);

  // The table of the EPRD procedure, one row per deadline: what is due, the article, its source status, and the
  // date (a day counted from the exercice, or a period after the trigger named). The EPRD transmission's time
  // limit and cap are parameters of the instance; its row gives what is due, the article and the source.
  private static final DeadlineRule ACTIVITY_FORECAST = DeadlineRule.inYear(
      "Forecast activity table (tableau prévisionnel d'activité) transmission",
      "Transmission du tableau prévisionnel d'activité", "R314-219", VERIFIED, -1, OCTOBER_31);
  private static final DeadlineRule ACTIVITY_FORECAST_COMMENTS = DeadlineRule.after(
      "Authority's comments on the forecast activity table",
      "Observations de l'autorité sur le tableau prévisionnel d'activité", "R314-219", VERIFIED, "forecastReceipt", Period.ofDays(60));
  private static final DeadlineRule EPRD_TRANSMISSION = DeadlineRule.after(
      "EPRD transmission (état des prévisions de recettes et de dépenses)",
      "Transmission de l'EPRD (état des prévisions de recettes et de dépenses)", "R314-210", SECONDARY, "tariffNotification",
      Period.ofDays(DEFAULT_EPRD_TRANSMISSION_DAYS));
  private static final DeadlineRule EPRD_DEEMED_APPROVED = DeadlineRule.after(
      "EPRD deemed approved (approbation tacite)",
      "EPRD réputé approuvé (approbation tacite)", "R314-225 II", VERIFIED, "eprdReceipt", Period.ofDays(30));
  private static final DeadlineRule EPRD_DEEMED_REJECTED = DeadlineRule.after(
      "EPRD deemed rejected (ESMS under a recovery plan)",
      "EPRD réputé rejeté (ESMS sous plan de redressement)", "R314-225 II", VERIFIED, "eprdReceipt", Period.ofDays(30));
  private static final DeadlineRule DM_TRANSMISSION = DeadlineRule.after(
      "Décision modificative transmission",
      "Transmission de la décision modificative", "R314-229", VERIFIED, "triggeringFact", Period.ofMonths(1));
  private static final DeadlineRule DM_DEEMED_APPROVED = DeadlineRule.after(
      "Décision modificative deemed approved (approbation tacite)",
      "Décision modificative réputée approuvée (approbation tacite)", "R314-225 IV", VERIFIED, "dmReceipt",
      Period.ofDays(30));
  private static final DeadlineRule DM_DEEMED_REJECTED = DeadlineRule.after(
      "Décision modificative deemed rejected (ESMS under a recovery plan)",
      "Décision modificative réputée rejetée (ESMS sous plan de redressement)", "R314-225 IV", VERIFIED, "dmReceipt",
      Period.ofDays(30));
  private static final DeadlineRule ERRD_TRANSMISSION = DeadlineRule.inYear(
      "ERRD transmission (état réalisé des recettes et des dépenses)",
      "Transmission de l'ERRD (état réalisé des recettes et des dépenses)", "R314-232 III", VERIFIED, 1, APRIL_30);

  /** The table of the EPRD procedure, in the order of the year. */
  static final List<DeadlineRule> TABLE = List.of(ACTIVITY_FORECAST, ACTIVITY_FORECAST_COMMENTS, EPRD_TRANSMISSION,
      EPRD_DEEMED_APPROVED, EPRD_DEEMED_REJECTED, DM_TRANSMISSION, DM_DEEMED_APPROVED, DM_DEEMED_REJECTED,
      ERRD_TRANSMISSION);

  private static final EprdDeadlines STANDARD =
      new EprdDeadlines(
          DEFAULT_EPRD_TRANSMISSION_DAYS, DEFAULT_EPRD_TRANSMISSION_CAP, DeadlineSchedule.UNADJUSTED);

  private final int eprdTransmissionDays;
  private final MonthDay eprdTransmissionCap;
  private final DeadlineSchedule schedule;

  private EprdDeadlines(int eprdTransmissionDays, MonthDay eprdTransmissionCap, DeadlineSchedule schedule) {
    this.eprdTransmissionDays = eprdTransmissionDays;
    this.eprdTransmissionCap = eprdTransmissionCap;
    this.schedule = schedule;
  }

  /**
   * The deadlines with cpom's defaults: the EPRD within 30 days of the notification and by 30 June, no
   * working-day adjustment.
   *
   * @return the standard deadlines
   */
  public static EprdDeadlines standard() {
    return STANDARD;
  }

  /**
   * These deadlines with another rule for the EPRD transmission. The defaults (30 days, 30 June) come from
   * secondary sources (Nexem, MAPES) citing R314-210; the article's own wording was not read, and whether
   * its latest date is 30 June or 30 April is not verified.
   *
   * @param days the time limit after the notification of the tariff revenue, in calendar days, 1 to
   *     {@value #MAX_TRANSMISSION_DAYS} ({@link org.cpom.Convention#TIME_LIMIT_DAYS}: the limit falls within the EPRD's own year)
   * @param cap the latest date in the EPRD's own year
   * @return the new deadlines
   */
  public EprdDeadlines withEprdTransmission(int days, MonthDay cap) {
    Checks.positive(days, "eprdTransmissionDays", TRANSMISSION_RULE);
    Checks.check(days <= MAX_TRANSMISSION_DAYS, "eprdTransmissionDays", days,
        LegalBasis.convention(Convention.TIME_LIMIT_DAYS), "at most " + MAX_TRANSMISSION_DAYS + " days");
    return new EprdDeadlines(days, Objects.requireNonNull(cap, "cap"), schedule);
  }

  /**
   * These deadlines with a working-day adjustment (a library option: the texts do not provide one).
   *
   * @param adjustment what to do with a deadline on a non-working day
   * @param calendar the calendar that says which days are working days
   * @return the new deadlines
   */
  public EprdDeadlines withAdjustment(WorkingDayAdjustment adjustment, HolidayCalendar calendar) {
    return new EprdDeadlines(
        eprdTransmissionDays, eprdTransmissionCap, new DeadlineSchedule(adjustment, calendar));
  }

  /**
   * The time limit for the EPRD after the notification of the tariff revenue.
   *
   * @return the number of calendar days
   */
  public int eprdTransmissionDays() {
    return eprdTransmissionDays;
  }

  /**
   * The latest date of the EPRD in its own year.
   *
   * @return the day of the year
   */
  public MonthDay eprdTransmissionCap() {
    return eprdTransmissionCap;
  }

  /**
   * The working-day adjustment applied to every deadline.
   *
   * @return the adjustment, {@link WorkingDayAdjustment#NONE} by default
   */
  public WorkingDayAdjustment adjustment() {
    return schedule.adjustment();
  }

  /**
   * The calendar used by the working-day adjustment.
   *
   * @return the calendar, {@link HolidayCalendars#national()} by default
   */
  public HolidayCalendar calendar() {
    return schedule.calendar();
  }

  /**
   * The forecast activity table (tableau prévisionnel d'activité) for an exercice: by 31 October of the
   * year before (CASF R314-219, verified).
   *
   * @param exercice the year the forecast is for
   * @return 31 October N-1
   */
  public Deadline activityForecast(Year exercice) {
    return ACTIVITY_FORECAST.dueFor(exercice, schedule);
  }

  /**
   * The end of the authority's time for comments on the forecast activity table: 60 days after it was
   * received (CASF R314-219, verified).
   *
   * @param forecastReceipt the day the authority received the table
   * @return the receipt + 60 days
   */
  public Deadline activityForecastComments(LocalDate forecastReceipt) {
    return ACTIVITY_FORECAST_COMMENTS.dueFor(forecastReceipt, schedule);
  }

  /**
   * The EPRD transmission after one notification of the tariff revenue: 30 days after it, capped at 30 June
   * of the exercice; a notification after the cap gives the notification + 30 days (CASF R314-210, secondary
   * source; both figures are parameters, see {@link #withEprdTransmission(int, MonthDay)}). The same as
   * {@link #eprdTransmissionAfter(Year, List)} with one notification, without its status.
   *
   * <p>Example: notified on 14 March 2025, the EPRD is due on 13 April 2025; notified on 10 June 2025, it
   * is due on 30 June 2025, not 10 July; notified on 2 July 2025, after the cap, it is due on 1 August 2025.
   *
   * @param exercice the year of the EPRD
   * @param tariffNotification the day the tariff revenue was notified
   * @return the deadline; its label says when the cap had passed
   */
  public Deadline eprdTransmission(Year exercice, LocalDate tariffNotification) {
    DeadlineSchedule.exercice(exercice);
    DeadlineSchedule.trigger(tariffNotification, "tariffNotification");
    return transmission(exercice, List.of(tariffNotification), "tariffNotification").deadline();
  }

  /**
   * The EPRD transmission after the notifications of the tariff revenue by each authority of the ESMS (the
   * ARS and the Département for a jointly funded one, both of which receive the EPRD, CASF R314-210 I 2°):
   * the rule runs from the <b>last</b> notification. The rule (CASF R314-210 as reported by secondary
   * sources, Nexem and MAPES; the article's own wording was not read): 30 days after the notification, no
   * later than 30 June of the exercice. When the last notification comes after 30 June the cap can no longer
   * be met; rather than an error, the deadline is the notification + 30 days with the status
   * {@link EprdTransmission.Status#CAP_PASSED} ({@link org.cpom.Convention#LATE_NOTIFICATION}: the gestionnaire still has to file).
   *
   * <p>Examples (2025): ARS on 15 May and Département on 2 June: 2 June + 30 days is 2 July, after the cap,
   * so the EPRD is due on 30 June ({@link EprdTransmission.Status#CAPPED}); Département on 2 July: due on
   * 1 August ({@link EprdTransmission.Status#CAP_PASSED}).
   *
   * @param exercice the year of the EPRD
   * @param tariffNotifications the day each authority notified the tariff revenue, at least one, no null
   * @return the deadline with its status
   * @throws org.cpom.CpomValidationException if the list is empty or a date is outside the supported years
   */
  public EprdTransmission eprdTransmissionAfter(Year exercice, List<LocalDate> tariffNotifications) {
    DeadlineSchedule.exercice(exercice);
    Objects.requireNonNull(tariffNotifications, "tariffNotifications");
    Checks.noNulls(tariffNotifications, "tariffNotifications");
    Checks.check(!tariffNotifications.isEmpty(), "tariffNotifications", "[]", TRANSMISSION_RULE,
        "at least one notification of the tariff revenue");
    for (int k = 0; k < tariffNotifications.size(); k++) {
      DeadlineSchedule.trigger(tariffNotifications.get(k), "tariffNotifications[" + k + "]");
    }
    return transmission(exercice, tariffNotifications, "tariffNotifications");
  }

  private EprdTransmission transmission(Year exercice, List<LocalDate> notifications, String field) {
    LocalDate last = notifications.get(0);
    for (LocalDate d : notifications) {
      last = d.isAfter(last) ? d : last;
    }
    LocalDate cap = exercice.atMonthDay(eprdTransmissionCap);
    LocalDate within = last.plusDays(eprdTransmissionDays);
    EprdTransmission.Status status;
    LocalDate due;
    String label = EPRD_TRANSMISSION.label();
    String frenchLabel = EPRD_TRANSMISSION.frenchLabel();
    LegalBasis basis = EPRD_TRANSMISSION.basis();
    if (last.isAfter(cap)) {
      status = EprdTransmission.Status.CAP_PASSED;
      due = within;
      label += ", " + eprdTransmissionDays + " days after the notification of " + last + ": the latest date " + cap
          + " had passed";
      frenchLabel += ", " + eprdTransmissionDays + " jours après la notification du "
          + TraceLabels.format(last, Locale.FRENCH) + " : la date limite du " + TraceLabels.format(cap, Locale.FRENCH)
          + " était passée";
      basis = basis.readWith(Convention.LATE_NOTIFICATION);
    } else if (within.isAfter(cap)) {
      status = EprdTransmission.Status.CAPPED;
      due = cap;
    } else {
      status = EprdTransmission.Status.WITHIN_TIME_LIMIT;
      due = within;
    }
    Deadline deadline = schedule.deadline(label, frenchLabel, due, basis, EPRD_TRANSMISSION.source(), field,
        notifications.size() == 1 ? last : notifications);
    return new EprdTransmission(deadline, status, last, notifications);
  }

  /**
   * The tacit decision on an EPRD (CASF R314-225 II, verified): when the authority neither approves nor
   * objects, its silence becomes an approval on the 30th day after receipt; under a recovery plan (plan de
   * redressement or contrat de retour à l'équilibre financier) the same silence becomes a rejection.
   *
   * @param eprdReceipt the day the authority received the EPRD
   * @param underRecoveryPlan whether the ESMS is under a recovery plan
   * @return the receipt + 30 days, labelled with the outcome
   */
  public Deadline eprdTacitDecision(LocalDate eprdReceipt, boolean underRecoveryPlan) {
    return (underRecoveryPlan ? EPRD_DEEMED_REJECTED : EPRD_DEEMED_APPROVED).dueFor(eprdReceipt, schedule);
  }

  /**
   * A décision modificative (DM) that the gestionnaire must send when the capacity for self-financing
   * (CAF) no longer covers the loan repayments due, or when the draw on working capital exceeds the fonds
   * de roulement net global of 1 January: due within one month of the fact (CASF R314-229, verified).
   *
   * @param triggeringFact the day the situation arose
   * @return the fact + 1 month
   */
  public Deadline dmTransmission(LocalDate triggeringFact) {
    return DM_TRANSMISSION.dueFor(triggeringFact, schedule);
  }

  /**
   * The tacit decision on a décision modificative, which follows the EPRD's rule (CASF R314-225 IV,
   * verified): silence for 30 days after receipt approves it, or rejects it under a recovery plan.
   *
   * @param dmReceipt the day the authority received the DM
   * @param underRecoveryPlan whether the ESMS is under a recovery plan
   * @return the receipt + 30 days, labelled with the outcome
   */
  public Deadline dmTacitDecision(LocalDate dmReceipt, boolean underRecoveryPlan) {
    return (underRecoveryPlan ? DM_DEEMED_REJECTED : DM_DEEMED_APPROVED).dueFor(dmReceipt, schedule);
  }

  /**
   * The ERRD (état réalisé des recettes et des dépenses) of an exercice: at the latest 30 April of the
   * next year (CASF R314-232 III, verified).
   *
   * @param exercice the closed year
   * @return 30 April N+1
   */
  public Deadline errdTransmission(Year exercice) {
    return ERRD_TRANSMISSION.dueFor(exercice, schedule);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof EprdDeadlines)) {
      return false;
    }
    EprdDeadlines o = (EprdDeadlines) obj;
    return o.eprdTransmissionDays == eprdTransmissionDays
        && o.eprdTransmissionCap.equals(eprdTransmissionCap)
        && o.schedule.equals(schedule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(eprdTransmissionDays, eprdTransmissionCap, schedule);
  }

  @Override
  public String toString() {
    return "EprdDeadlines[EPRD " + eprdTransmissionDays + " days, by " + eprdTransmissionCap + "; " + schedule + "]";
  }
}
