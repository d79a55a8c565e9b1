package org.cpom.calendar;

import static org.cpom.calendar.SourceStatus.VERIFIED;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.util.List;
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

  /**
   * The default last day for the compte administratif in the year after the exercice: 30 April. R314-49
   * says "avant le 30 avril"; cpom reads it as "by 30 April" (a library decision, which lines it up with
   * the "au plus tard le 30 avril" of the ERRD in R314-232). A strict reader sets 29 April with
   * {@link #withCompteAdministratifDueDate(MonthDay)}.
   */
  public static final MonthDay DEFAULT_COMPTE_ADMINISTRATIF_DUE_DATE = MonthDay.of(Month.APRIL, 30);

  private static final MonthDay OCTOBER_31 = MonthDay.of(Month.OCTOBER, 31);

  // The table of the traditional procedure, one row per deadline: what is due, the article, its source status,
  // and the date (a day counted from the exercice, or a period after, or before, the trigger named). The day of
  // the compte administratif is a parameter of the instance; its row holds the default.
  private static final DeadlineRule BUDGET_PROPOSALS = DeadlineRule.inYear(
      "Budget proposals (propositions budgétaires) transmission",
      "Transmission des propositions budgétaires", "R314-3 I", VERIFIED, -1, OCTOBER_31);
  private static final DeadlineRule BUDGET_DECISION = DeadlineRule.after(
      "Budget decision notified by the authority",
      "Décision budgétaire notifiée par l'autorité", "R314-36", VERIFIED, "enveloppePublication", Period.ofDays(60));
  private static final DeadlineRule AUTHORITY_LETTERS = DeadlineRule.after(
      "Authority's proposals of change sent (procédure contradictoire)",
      "Envoi des propositions de modification de l'autorité (procédure contradictoire)", "R314-24", VERIFIED, "decisionDeadline",
      Period.ofDays(-12));
  private static final DeadlineRule GESTIONNAIRE_ANSWER = DeadlineRule.after(
      "Gestionnaire's answer to the proposed changes (silence = acceptance)",
      "Réponse du gestionnaire aux modifications proposées (silence = acceptation)", "R314-24", VERIFIED, "letterReceipt",
      Period.ofDays(8));
  private static final DeadlineRule COMPTE_ADMINISTRATIF = DeadlineRule.inYear(
      "Compte administratif transmission",
      "Transmission du compte administratif", "R314-49 II", VERIFIED, 1, DEFAULT_COMPTE_ADMINISTRATIF_DUE_DATE);
  private static final DeadlineRule TARIFF_REVISING_DM_APPROVED = DeadlineRule.after(
      "Tariff-revising décision modificative deemed approved (approbation tacite)",
      "Décision modificative révisant le tarif réputée approuvée (approbation tacite)", "R314-46", VERIFIED, "dmReceipt",
      Period.ofDays(60));

  /** The table of the traditional procedure, in the order of the year. */
  static final List<DeadlineRule> TABLE = List.of(BUDGET_PROPOSALS, BUDGET_DECISION, AUTHORITY_LETTERS,
      GESTIONNAIRE_ANSWER, COMPTE_ADMINISTRATIF, TARIFF_REVISING_DM_APPROVED);

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
    return BUDGET_PROPOSALS.dueFor(exercice, schedule);
  }

  /**
   * The budget decision: notified within 60 days of the publication of the act that sets the envelope (the
   * DRL arrêté, the département's deliberation, the CNSA decision...; for a joint tariff, the latest of
   * them) (CASF R314-36).
   *
   * @param enveloppePublication the day the enveloppe was published
   * @return the publication + 60 days
   */
  public Deadline budgetDecision(LocalDate enveloppePublication) {
    return BUDGET_DECISION.dueFor(enveloppePublication, schedule);
  }

  /**
   * The authority's proposals of change (procédure contradictoire, CASF R314-24): the last of its letters
   * leaves no later than the 12th day before the R314-36 decision deadline.
   *
   * @param decisionDeadline the decision deadline, usually {@code budgetDecision(publication).date()}
   * @return the decision deadline - 12 days
   */
  public Deadline authorityLetters(LocalDate decisionDeadline) {
    return AUTHORITY_LETTERS.dueFor(decisionDeadline, schedule);
  }

  /**
   * The gestionnaire's reasoned answer to one of the authority's letters: within 8 days of its receipt;
   * without an answer, the proposed change is deemed accepted (CASF R314-24).
   *
   * @param letterReceipt the day the gestionnaire received the letter
   * @return the receipt + 8 days
   */
  public Deadline gestionnaireAnswer(LocalDate letterReceipt) {
    return GESTIONNAIRE_ANSWER.dueFor(letterReceipt, schedule);
  }

  /**
   * The compte administratif of an exercice, with its activity report: "avant le 30 avril" of the next
   * year, read as due by 30 April (CASF R314-49 II; see {@link #DEFAULT_COMPTE_ADMINISTRATIF_DUE_DATE}).
   *
   * @param exercice the closed year
   * @return 30 April N+1 by default
   */
  public Deadline compteAdministratif(Year exercice) {
    return COMPTE_ADMINISTRATIF.withMonthDay(compteAdministratifDueDate).dueFor(exercice, schedule);
  }

  /**
   * The tacit approval of a décision modificative that needs a tariff revision: deemed approved 60 days
   * after receipt without an answer (CASF R314-46).
   *
   * @param dmReceipt the day the authority received the DM
   * @return the receipt + 60 days
   */
  public Deadline tariffRevisingDmTacitApproval(LocalDate dmReceipt) {
    return TARIFF_REVISING_DM_APPROVED.dueFor(dmReceipt, schedule);
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
