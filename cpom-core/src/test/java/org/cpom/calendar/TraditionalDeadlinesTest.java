package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class TraditionalDeadlinesTest {
  private static final TraditionalDeadlines TRAD = TraditionalDeadlines.standard();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void budgetProposalsBy31OctoberOfTheYearBefore() {
    Deadline dl = TRAD.budgetProposals(Year.of(2026));
    assertThat(dl.date()).isEqualTo(d("2025-10-31"));
    assertThat(dl.legalBasis()).isEqualTo(LegalBasis.casf("R314-3 I"));
    assertThat(dl.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(dl.label()).contains("propositions budgétaires");
  }

  @Test
  void theProcedureContradictoireRunsBackFromTheDecisionDeadline() {
    // Envelope published Monday 3 March 2025: decision by Friday 2 May (+60 days: 31 March is day 28,
    // 30 April day 58). The authority's letters by 20 April (-12 days); a letter received on 22 April is
    // answered by 30 April (+8 days).
    Deadline decision = TRAD.budgetDecision(d("2025-03-03"));
    assertThat(decision.date()).isEqualTo(d("2025-05-02"));
    assertThat(decision.legalBasis()).isEqualTo(LegalBasis.casf("R314-36"));
    Deadline letters = TRAD.authorityLetters(decision.date());
    assertThat(letters.date()).isEqualTo(d("2025-04-20"));
    assertThat(letters.legalBasis()).isEqualTo(LegalBasis.casf("R314-24"));
    assertThat(letters.label()).contains("procédure contradictoire");
    Deadline answer = TRAD.gestionnaireAnswer(d("2025-04-22"));
    assertThat(answer.date()).isEqualTo(d("2025-04-30"));
    assertThat(answer.legalBasis()).isEqualTo(LegalBasis.casf("R314-24"));
    assertThat(answer.label()).contains("silence = acceptance");
    assertThat(decision.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(letters.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(answer.source()).isEqualTo(SourceStatus.VERIFIED);
  }

  @Test
  void sixtyDaysAcrossAFebruary() {
    // 15 January + 60 days: 15 March in leap 2024, 16 March in 2025.
    assertThat(TRAD.budgetDecision(d("2024-01-15")).date()).isEqualTo(d("2024-03-15"));
    assertThat(TRAD.budgetDecision(d("2025-01-15")).date()).isEqualTo(d("2025-03-16"));
  }

  @Test
  void compteAdministratifBy30AprilOfTheNextYear() {
    Deadline dl = TRAD.compteAdministratif(Year.of(2025));
    assertThat(dl.date()).isEqualTo(d("2026-04-30"));
    assertThat(dl.legalBasis()).isEqualTo(LegalBasis.casf("R314-49 II"));
    assertThat(dl.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(TRAD.compteAdministratifDueDate())
        .isEqualTo(MonthDay.of(4, 30))
        .isEqualTo(TraditionalDeadlines.DEFAULT_COMPTE_ADMINISTRATIF_DUE_DATE);
    // The strict reading of "avant le 30 avril".
    TraditionalDeadlines strict = TRAD.withCompteAdministratifDueDate(MonthDay.of(4, 29));
    assertThat(strict.compteAdministratif(Year.of(2025)).date()).isEqualTo(d("2026-04-29"));
    assertThat(strict.compteAdministratifDueDate()).isEqualTo(MonthDay.of(4, 29));
  }

  @Test
  void tariffRevisingDmDeemedApprovedAfter60Days() {
    // 15 September + 60: 30 September is day 15, 31 October day 46, 14 November day 60.
    Deadline dl = TRAD.tariffRevisingDmTacitApproval(d("2025-09-15"));
    assertThat(dl.date()).isEqualTo(d("2025-11-14"));
    assertThat(dl.legalBasis()).isEqualTo(LegalBasis.casf("R314-46"));
    assertThat(dl.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(dl.label()).contains("deemed approved");
  }

  @Test
  void noShiftByDefaultAndShiftsOnRequest() {
    // Proposals for 2027: Saturday 31 October 2026; Sunday 1 November is also a holiday.
    assertThat(TRAD.budgetProposals(Year.of(2027)).date()).isEqualTo(d("2026-10-31"));
    assertThat(TRAD.adjustment()).isEqualTo(WorkingDayAdjustment.NONE);
    assertThat(TRAD.calendar()).isEqualTo(HolidayCalendars.national());
    TraditionalDeadlines following =
        TRAD.withAdjustment(WorkingDayAdjustment.FOLLOWING, HolidayCalendars.national());
    assertThat(following.budgetProposals(Year.of(2027)).date()).isEqualTo(d("2026-11-02"));
    assertThat(following.budgetProposals(Year.of(2027)).unadjustedDate()).isEqualTo(d("2026-10-31"));
    TraditionalDeadlines preceding =
        TRAD.withAdjustment(WorkingDayAdjustment.PRECEDING, HolidayCalendars.alsaceMoselle());
    assertThat(preceding.budgetProposals(Year.of(2027)).date()).isEqualTo(d("2026-10-30"));
    // The authority's last letter of the example falls on Easter Sunday 2025.
    assertThat(following.authorityLetters(d("2025-05-02")).date()).isEqualTo(d("2025-04-22"));
    assertThat(preceding.authorityLetters(d("2025-05-02")).date()).isEqualTo(d("2025-04-17"));
    assertThat(TRAD.withAdjustment(WorkingDayAdjustment.PRECEDING, HolidayCalendars.national())
            .authorityLetters(d("2025-05-02")).date())
        .isEqualTo(d("2025-04-18"));
    // The two settings keep each other.
    assertThat(following.withCompteAdministratifDueDate(MonthDay.of(4, 29)).adjustment())
        .isEqualTo(WorkingDayAdjustment.FOLLOWING);
    assertThat(TRAD.withCompteAdministratifDueDate(MonthDay.of(4, 29))
            .withAdjustment(WorkingDayAdjustment.FOLLOWING, HolidayCalendars.national())
            .compteAdministratifDueDate())
        .isEqualTo(MonthDay.of(4, 29));
  }

  @Test
  void valueSemantics() {
    assertThat(TraditionalDeadlines.standard())
        .isSameAs(TRAD)
        .isEqualTo(TRAD.withCompteAdministratifDueDate(MonthDay.of(4, 30)))
        .hasSameHashCodeAs(TRAD.withCompteAdministratifDueDate(MonthDay.of(4, 30)))
        .isNotEqualTo(TRAD.withCompteAdministratifDueDate(MonthDay.of(4, 29)))
        .isNotEqualTo(TRAD.withAdjustment(WorkingDayAdjustment.PRECEDING, HolidayCalendars.national()))
        .isNotEqualTo(EprdDeadlines.standard());
    assertThat(TRAD.hashCode())
        .isNotEqualTo(TRAD.withCompteAdministratifDueDate(MonthDay.of(4, 29)).hashCode())
        .isNotEqualTo(TRAD.withAdjustment(WorkingDayAdjustment.PRECEDING, HolidayCalendars.national()).hashCode());
    assertThat(TRAD).hasToString("TraditionalDeadlines[compte administratif by --04-30; NONE on France (national)]");
  }

  @Test
  void badInputIsRejectedNamingTheField() {
    assertThatThrownBy(() -> TRAD.budgetProposals(Year.of(1583)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("exercice = 1583")
        .hasMessageContaining(SupportedYears.RULE.text());
    assertThatThrownBy(() -> TRAD.compteAdministratif(Year.of(9999)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("exercice = 9999");
    assertThatThrownBy(() -> TRAD.compteAdministratif(Year.of(1500)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("exercice = 1500");
    assertThatThrownBy(() -> TRAD.budgetDecision(d("9999-12-01")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("enveloppePublication = 9999-12-01");
    assertThatThrownBy(() -> TRAD.authorityLetters(d("1583-01-05")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("decisionDeadline = 1583-01-05");
    assertThatThrownBy(() -> TRAD.gestionnaireAnswer(d("1582-01-05")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("letterReceipt = 1582-01-05");
    assertThatThrownBy(() -> TRAD.tariffRevisingDmTacitApproval(d("9999-12-01")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("dmReceipt = 9999-12-01");
    assertThatThrownBy(() -> TRAD.budgetProposals(null)).isInstanceOf(NullPointerException.class).hasMessage("exercice");
    assertThatThrownBy(() -> TRAD.compteAdministratif(null)).hasMessage("exercice");
    assertThatThrownBy(() -> TRAD.budgetDecision(null)).hasMessage("enveloppePublication");
    assertThatThrownBy(() -> TRAD.authorityLetters(null)).hasMessage("decisionDeadline");
    assertThatThrownBy(() -> TRAD.gestionnaireAnswer(null)).hasMessage("letterReceipt");
    assertThatThrownBy(() -> TRAD.tariffRevisingDmTacitApproval(null)).hasMessage("dmReceipt");
    assertThatThrownBy(() -> TRAD.withCompteAdministratifDueDate(null)).hasMessage("dueDate");
    assertThatThrownBy(() -> TRAD.withAdjustment(null, HolidayCalendars.national())).hasMessage("adjustment");
  }
}
