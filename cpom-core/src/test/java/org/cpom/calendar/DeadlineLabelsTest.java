package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

/** The deadlines of the tables in French and in English. */
class DeadlineLabelsTest {
  @Test
  void everyRowOfTheTablesHasAFrenchLabelOfItsOwn() {
    List<DeadlineRule> all = new ArrayList<>(EprdDeadlines.TABLE);
    all.addAll(TraditionalDeadlines.TABLE);
    assertThat(all).extracting(DeadlineRule::frenchLabel).doesNotHaveDuplicates().allSatisfy(fr -> {
      assertThat(fr).isNotBlank();
      assertThat(fr).doesNotContain("deemed", "transmission", "Authority", " the ", "answer");
    });
    for (DeadlineRule r : all) {
      assertThat(r.frenchLabel()).as(r.label()).isNotEqualTo(r.label());
    }
  }

  @Test
  void aProcedureDeadlineReadsInBothLanguages() {
    Deadline decision = TraditionalDeadlines.standard().budgetDecision(LocalDate.of(2025, 2, 3));
    assertThat(decision.label(Locale.FRENCH)).isEqualTo("Décision budgétaire notifiée par l'autorité");
    assertThat(decision.label(Locale.ENGLISH)).isEqualTo(decision.label())
        .isEqualTo("Budget decision notified by the authority");
    Deadline errd = EprdDeadlines.standard().errdTransmission(Year.of(2025));
    assertThat(errd.label(Locale.FRANCE))
        .isEqualTo("Transmission de l'ERRD (état réalisé des recettes et des dépenses)");
    assertThat(errd.legalBasis().label(Locale.FRENCH)).isEqualTo("CASF R314-232 III");
    Deadline tacit = EprdDeadlines.standard().eprdTacitDecision(LocalDate.of(2025, 5, 2), true);
    assertThat(tacit.label(Locale.FRENCH)).isEqualTo("EPRD réputé rejeté (ESMS sous plan de redressement)");
    Deadline creton = CretonDeadlines.departementPartsTransmission(Year.of(2026));
    assertThat(creton.label(Locale.FRENCH)).startsWith("Creton : parts des départements");
    assertThat(creton.label(Locale.ENGLISH)).startsWith("Creton: Département parts");
  }

  @Test
  void theEprdTransmissionAfterTheCapSaysSoInBothLanguages() {
    EprdTransmission t = EprdDeadlines.standard()
        .eprdTransmissionAfter(Year.of(2025), List.of(LocalDate.of(2025, 7, 10)));
    assertThat(t.deadline().label(Locale.FRENCH)).isEqualTo("Transmission de l'EPRD (état des prévisions de recettes "
        + "et de dépenses), 30 jours après la notification du 10/07/2025 : la date limite du 30/06/2025 était passée");
    assertThat(t.deadline().label(Locale.ENGLISH)).endsWith("30 days after the notification of 2025-07-10: the latest "
        + "date 2025-06-30 had passed");
    assertThat(t.deadline().legalBasis().label(Locale.FRENCH)).isEqualTo("CASF R314-210 ; convention "
        + "cpom:late-notification (un délai court en entier depuis une notification tardive)");
  }

  @Test
  void aDeadlineTheCallerBuildsKeepsItsLabelsAndAdjustingKeepsBoth() {
    Deadline given = Deadline.of("Board meeting", LocalDate.of(2025, 5, 1), LegalBasis.given("statuts"),
        SourceStatus.VERIFIED);
    assertThat(given.label(Locale.FRENCH)).isEqualTo(given.label(Locale.ENGLISH)).isEqualTo("Board meeting");
    Deadline both = Deadline.of("ERRD transmission", " Transmission de l'ERRD ", LocalDate.of(2028, 4, 30),
        LegalBasis.casf("R314-232 III"), SourceStatus.VERIFIED);
    Deadline moved = both.adjusted(WorkingDayAdjustment.FOLLOWING, HolidayCalendars.national());
    assertThat(moved.date()).isEqualTo(LocalDate.of(2028, 5, 2));
    assertThat(moved.label(Locale.FRENCH)).isEqualTo("Transmission de l'ERRD");
    assertThat(moved.label(Locale.ENGLISH)).isEqualTo("ERRD transmission");
    // the French label is part of the value
    assertThat(both).isNotEqualTo(Deadline.of("ERRD transmission", "Autre", LocalDate.of(2028, 4, 30),
        LegalBasis.casf("R314-232 III"), SourceStatus.VERIFIED));
    assertThatThrownBy(() -> both.label(Locale.GERMAN)).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> Deadline.of("x", " ", LocalDate.of(2028, 4, 30), LegalBasis.casf("R314-232 III"),
        SourceStatus.VERIFIED)).isInstanceOf(CpomValidationException.class).hasMessageContaining("frenchLabel");
  }
}
