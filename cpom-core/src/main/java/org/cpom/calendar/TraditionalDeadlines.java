package org.cpom.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import org.cpom.LegalBasis;

/**
 * The deadlines of the traditional regime (budget prévisionnel, tariff fixed after a procédure
 * contradictoire), as functions of the dates that trigger them. Every article here was read in
 * its 2015 consolidation (research note S1).
 *
 * <p>Reckoning: calendar days, the day of the trigger not counted; the date returned is the last day of
 * the time limit, included (see {@link EprdDeadlines} for the details). By default a deadline on a
 * non-working day is kept ({@link WorkingDayAdjustment#NONE}, the texts being silent); {@link
 * #withAdjustment} chooses otherwise. There is no clock.
 *
 * <p>The procédure contradictoire of R314-24 runs backwards from the decision deadline of R314-36:
 * <pre>
 *   envelope published 2025-03-03  -&gt; decision by 2025-05-02 (+60 days)
 *   authority's last letter         -&gt; by 2025-04-20 (12 days before 2025-05-02)
 *   letter received 2025-04-22      -&gt; gestionnaire answers by 2025-04-30 (+8 days), silence = acceptance
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TraditionalDeadlines {
  private static final MonthDay OCTOBER_31 = MonthDay.of(Month.OCTOBER, 31);

  /**
   * The default last day for the compte administratif in the year after the exercice: 30 April. R314-49
   * says "avant le 30 avril"; cpom reads it as "by 30 April" (a library decision, which lines it up with
   * the "au plus tard le 30 avril" of the ERRD in R314-232). A strict reader sets 29 April with
   * {@link #withCompteAdministratifDueDate(MonthDay)}.
   */
  public static final MonthDay DEFAULT_COMPTE_ADMINISTRATIF_DUE_DATE = MonthDay.of(Month.APRIL, 30);

  private static final TraditionalDeadlines STANDARD =
      new TraditionalDeadlines(DEFAULT_COMPTE_ADMINISTRATIF_DUE_DATE, DeadlineSchedule.UNADJUSTED);

  private final MonthDay compteAdministratifDueDate;
  private final DeadlineSchedule schedule;

  private TraditionalDeadlines(MonthDay compteAdministratifDueDate, DeadlineSchedule schedule) {
    this.compteAdministratifDueDate = compteAdministratifDueDate;
    this.schedule = schedule;
  }

  /**
   * The deadlines with cpom's defaults: compte administratif by 30 April, no working-day adjustment.
   *
   * @return the standard deadlines
   */
  public static TraditionalDeadlines standard() {
    return STANDARD;
  }

  /**
   * These deadlines with another last day for the compte administratif.
   *
   * @param dueDate the last day, in the year after the exercice
   * @return the new deadlines
   */
  public TraditionalDeadlines withCompteAdministratifDueDate(MonthDay dueDate) {
    return new TraditionalDeadlines(Objects.requireNonNull(dueDate, "dueDate"), schedule);
  }

  /**
   * These deadlines with a working-day adjustment (a library option: the texts do not provide one).
   *
   * @param adjustment what to do with a deadline on a non-working day
   * @param calendar the calendar that says which days are working days
   * @return the new deadlines
   */
  public TraditionalDeadlines withAdjustment(WorkingDayAdjustment adjustment, HolidayCalendar calendar) {
    return new TraditionalDeadlines(compteAdministratifDueDate, new DeadlineSchedule(adjustment, calendar));
  }

  /**
   * The last day for the compte administratif, in the year after the exercice.
   *
   * @return the day, 30 April by default
   */
  public MonthDay compteAdministratifDueDate() {
    return compteAdministratifDueDate;
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
   * The budget proposals (propositions budgétaires) for an exercice: by 31 October of the year before
   * (CASF R314-3 I). This date does not apply to an ESMS under an EPRD.
   *
   * @param exercice the year budgeted
   * @return 31 October N-1
   */
  public Deadline budgetProposals(Year exercice) {
    DeadlineSchedule.exercice(exercice);
    return schedule.deadline(
        "Budget proposals (propositions budgétaires) transmission",
        exercice.minusYears(1).atMonthDay(OCTOBER_31),
        LegalBasis.casf("R314-3 I"),
        SourceStatus.VERIFIED,
        "exercice",
        exercice);
  }

  /**
   * The budget decision: notified within 60 days of the publication of the act that sets the envelope (the
   * DRL arrêté, the département's deliberation, the CNSA decision...; for a joint tariff, the latest of
   * them) (CASF R314-36).
   *
   * @param envelopePublication the day the envelope was published
   * @return the publication + 60 days
   */
  public Deadline budgetDecision(LocalDate envelopePublication) {
    DeadlineSchedule.trigger(envelopePublication, "envelopePublication");
    return schedule.deadline(
        "Budget decision notified by the authority",
        envelopePublication.plusDays(60),
        LegalBasis.casf("R314-36"),
        SourceStatus.VERIFIED,
        "envelopePublication",
        envelopePublication);
  }

  /**
   * The authority's proposals of change (procédure contradictoire, CASF R314-24): the last of its letters
   * leaves no later than the 12th day before the R314-36 decision deadline.
   *
   * @param decisionDeadline the decision deadline, usually {@code budgetDecision(publication).date()}
   * @return the decision deadline - 12 days
   */
  public Deadline authorityLetters(LocalDate decisionDeadline) {
    DeadlineSchedule.trigger(decisionDeadline, "decisionDeadline");
    return schedule.deadline(
        "Authority's proposals of change sent (procédure contradictoire)",
        decisionDeadline.minusDays(12),
        Articles.R314_24,
        SourceStatus.VERIFIED,
        "decisionDeadline",
        decisionDeadline);
  }

  /**
   * The gestionnaire's reasoned answer to one of the authority's letters: within 8 days of its receipt;
   * without an answer, the proposed change is deemed accepted (CASF R314-24).
   *
   * @param letterReceipt the day the gestionnaire received the letter
   * @return the receipt + 8 days
   */
  public Deadline gestionnaireAnswer(LocalDate letterReceipt) {
    DeadlineSchedule.trigger(letterReceipt, "letterReceipt");
    return schedule.deadline(
        "Gestionnaire's answer to the proposed changes (silence = acceptance)",
        letterReceipt.plusDays(8),
        Articles.R314_24,
        SourceStatus.VERIFIED,
        "letterReceipt",
        letterReceipt);
  }

  /**
   * The compte administratif of an exercice, with its activity report: "avant le 30 avril" of the next
   * year, read as due by 30 April (CASF R314-49 II; see {@link #DEFAULT_COMPTE_ADMINISTRATIF_DUE_DATE}).
   *
   * @param exercice the closed year
   * @return 30 April N+1 by default
   */
  public Deadline compteAdministratif(Year exercice) {
    DeadlineSchedule.exercice(exercice);
    return schedule.deadline(
        "Compte administratif transmission",
        exercice.plusYears(1).atMonthDay(compteAdministratifDueDate),
        LegalBasis.casf("R314-49 II"),
        SourceStatus.VERIFIED,
        "exercice",
        exercice);
  }

  /**
   * The tacit approval of a décision modificative that needs a tariff revision: deemed approved 60 days
   * after receipt without an answer (CASF R314-46).
   *
   * @param dmReceipt the day the authority received the DM
   * @return the receipt + 60 days
   */
  public Deadline tariffRevisingDmTacitApproval(LocalDate dmReceipt) {
    DeadlineSchedule.trigger(dmReceipt, "dmReceipt");
    return schedule.deadline(
        "Tariff-revising décision modificative deemed approved (approbation tacite)",
        dmReceipt.plusDays(60),
        LegalBasis.casf("R314-46"),
        SourceStatus.VERIFIED,
        "dmReceipt",
        dmReceipt);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TraditionalDeadlines
        && ((TraditionalDeadlines) obj).compteAdministratifDueDate.equals(compteAdministratifDueDate)
        && ((TraditionalDeadlines) obj).schedule.equals(schedule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(compteAdministratifDueDate, schedule);
  }

  @Override
  public String toString() {
    return "TraditionalDeadlines[compte administratif by " + compteAdministratifDueDate + "; " + schedule + "]";
  }
}
