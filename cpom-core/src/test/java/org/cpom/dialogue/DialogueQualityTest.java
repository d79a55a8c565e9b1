package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.cpom.CpomValidationException;
import org.cpom.referential.FinessNumber;
import org.junit.jupiter.api.Test;

/** The quality indicators of the dialogue de gestion, from complaints, adverse events and HAS evaluations. */
class DialogueQualityTest {
  static final FinessNumber IME = FinessNumber.of("690000011");
  static final FinessNumber OTHER = FinessNumber.of("690000003");
  static final Year Y2026 = Year.of(2026);

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** Five complaints of 2026 for the IME (three closed by 31 December), one of 2025, one of another ESMS. */
  static List<Reclamation> complaints() {
    return List.of(
        Reclamation.of("R1", IME, d("2026-01-10"), MotifReclamation.SOINS_MEDICAUX).closedOn(d("2026-02-01")),
        Reclamation.of("R2", IME, d("2026-03-05"), MotifReclamation.SOINS_MEDICAUX).closedOn(d("2026-12-31")),
        Reclamation.of("R3", IME, d("2026-06-30"), MotifReclamation.FACTURATION).closedOn(d("2026-07-15")),
        Reclamation.of("R4", IME, d("2026-11-20"), MotifReclamation.MALTRAITANCE).closedOn(d("2027-01-04")),
        Reclamation.of("R5", IME, d("2026-12-31"), MotifReclamation.NON_RENSEIGNE),
        Reclamation.of("R6", IME, d("2025-12-31"), MotifReclamation.FACTURATION),
        Reclamation.of("R7", OTHER, d("2026-05-01"), MotifReclamation.FACTURATION));
  }

  /** Four events happened in 2026 (two serious), one happened in 2025 though declared in 2026. */
  static List<EvenementIndesirable> events() {
    return List.of(
        EvenementIndesirable.of("E1", IME, d("2026-02-02"), d("2026-02-02"), GraviteEvenement.EVENEMENT_INDESIRABLE),
        EvenementIndesirable.of("E2", IME, d("2026-04-10"), d("2026-04-11"), GraviteEvenement.EVENEMENT_INDESIRABLE),
        EvenementIndesirable.of("E3", IME, d("2026-08-01"), d("2026-08-01"), GraviteEvenement.EVENEMENT_GRAVE),
        EvenementIndesirable.of("E4", IME, d("2026-12-31"), d("2027-01-02"),
            GraviteEvenement.EVENEMENT_INDESIRABLE_GRAVE_SOINS),
        EvenementIndesirable.of("E5", IME, d("2025-12-30"), d("2026-01-03"), GraviteEvenement.EVENEMENT_GRAVE));
  }

  /** The 2024 report, the 2026 one (the latest by 31 December 2026) and a 2027 one, not yet counted. */
  static List<EvaluationHas> evaluations() {
    return List.of(EvaluationHas.of("H2024", IME, d("2024-05-01"), 150, 120, 4),
        EvaluationHas.of("H2026", IME, d("2026-10-15"), 157, 141, 2),
        EvaluationHas.of("H2027", IME, d("2027-01-15"), 157, 157, 0),
        EvaluationHas.of("HX", OTHER, d("2026-11-01"), 100, 10, 5));
  }

  @Test
  void countsRatesAndTheLatestEvaluation() {
    IndicateursQualite q = DialogueEngine.indicateursQualite(IME, Y2026, complaints(), events(), evaluations(),
        14_600);
    assertThat(q.esms()).isEqualTo(IME);
    assertThat(q.year()).isEqualTo(Y2026);
    assertThat(q.complaints()).isEqualTo(5);
    assertThat(q.complaintsClosed()).isEqualTo(3); // R4 closed in 2027, R5 open
    assertThat(q.complaintsInProgress()).isEqualTo(2);
    assertThat(q.complaintsByMotive()).hasSize(13).containsEntry(MotifReclamation.SOINS_MEDICAUX, 2L)
        .containsEntry(MotifReclamation.FACTURATION, 1L).containsEntry(MotifReclamation.MALTRAITANCE, 1L)
        .containsEntry(MotifReclamation.NON_RENSEIGNE, 1L).containsEntry(MotifReclamation.COVID_19, 0L);
    assertThat(q.complaintsByMotive().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(q.complaints());
    // 5 x 1,000 / 14,600 = 0.3425 -> 0.34; 4 x 1,000 / 14,600 = 0.2740 -> 0.27
    assertThat(q.complaintsPerThousandDays().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.34"));
    assertThat(q.adverseEvents()).isEqualTo(4);
    assertThat(q.seriousAdverseEvents()).isEqualTo(2);
    assertThat(q.adverseEventsByKind()).containsEntry(GraviteEvenement.EVENEMENT_INDESIRABLE, 2L)
        .containsEntry(GraviteEvenement.EVENEMENT_GRAVE, 1L)
        .containsEntry(GraviteEvenement.EVENEMENT_INDESIRABLE_GRAVE_SOINS, 1L);
    assertThat(q.adverseEventsPerThousandDays().value())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.27"));
    assertThat(q.adverseEventsPerThousandDays()).isEqualTo(new TauxPourMille(4, 14_600));
    assertThat(q.evaluation()).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("H2026"));
    // 141 / 157 = 89.81 %
    assertThat(q.criteriaSatisfied()).hasValueSatisfying(r -> assertThat(r.percent())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("89.81")));
    assertThat(q.counts()).containsExactly(java.util.Map.entry(IndicatorKeys.COMPLAINTS, 5L),
        java.util.Map.entry(IndicatorKeys.COMPLAINTS_CLOSED, 3L), java.util.Map.entry(IndicatorKeys.ADVERSE_EVENTS, 4L),
        java.util.Map.entry(IndicatorKeys.SERIOUS_ADVERSE_EVENTS, 2L),
        java.util.Map.entry(IndicatorKeys.HAS_IMPERATIVE_NOT_SATISFIED, 2L));
    for (String key : List.of(IndicatorKeys.COMPLAINTS, IndicatorKeys.COMPLAINTS_CLOSED,
        IndicatorKeys.COMPLAINTS_PER_THOUSAND_DAYS, IndicatorKeys.ADVERSE_EVENTS, IndicatorKeys.SERIOUS_ADVERSE_EVENTS,
        IndicatorKeys.ADVERSE_EVENTS_PER_THOUSAND_DAYS, IndicatorKeys.HAS_CRITERIA_SATISFIED,
        IndicatorKeys.HAS_IMPERATIVE_NOT_SATISFIED)) {
      assertThat(IndicatorCatalogue.library().definition(key)).as(key).isPresent();
    }
    assertThat(IndicatorCatalogue.library().definition(IndicatorKeys.COMPLAINTS_PER_THOUSAND_DAYS))
        .hasValueSatisfying(def -> assertThat(def.unit()).isEqualTo(IndicatorUnit.PER_THOUSAND));
    assertThat(q).isEqualTo(DialogueEngine.indicateursQualite(IME, Y2026, complaints(), events(), evaluations(),
        14_600)).hasSameHashCodeAs(DialogueEngine.indicateursQualite(IME, Y2026, complaints(), events(),
        evaluations(), 14_600));
    assertThat(q).isNotEqualTo(DialogueEngine.indicateursQualite(IME, Y2026, complaints(), events(), evaluations(),
        14_601));
    assertThat(q.toString()).contains("690000011", "quality.complaints=5");
  }

  @Test
  void nothingToCountAndZeroDays() {
    IndicateursQualite q = DialogueEngine.indicateursQualite(OTHER, Year.of(2020), complaints(), events(),
        evaluations(), 0);
    assertThat(q.complaints()).isZero();
    assertThat(q.adverseEvents()).isZero();
    assertThat(q.complaintsPerThousandDays().value()).isEmpty();
    assertThat(q.evaluation()).isEmpty();
    assertThat(q.criteriaSatisfied()).isEmpty();
    assertThat(q.counts()).doesNotContainKey(IndicatorKeys.HAS_IMPERATIVE_NOT_SATISFIED).containsEntry(
        IndicatorKeys.COMPLAINTS, 0L);
    assertThat(new TauxPourMille(0, 0).toString()).contains("undefined");
    assertThat(new TauxPourMille(5, 14_600).toString()).isEqualTo("5 per 14600 days = 0.34 per 1,000 days");
    assertThat(new TauxPourMille(1, 3).value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("333.33"));
  }

  @Test
  void badRecordsAreRejectedNamingRecordAndField() {
    assertThatThrownBy(() -> Reclamation.of("R1", IME, d("2026-03-01"), MotifReclamation.FACTURATION)
        .closedOn(d("2026-02-28"))).isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("reclamation[R1].closed");
          assertThat(e.getMessage()).contains("2026-02-28", "cpom:quality-records");
        });
    assertThatThrownBy(() -> Reclamation.of(" ", IME, d("2026-03-01"), MotifReclamation.FACTURATION))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("reclamation.id"));
    assertThatThrownBy(() -> Reclamation.of("R1", IME, d("1500-01-01"), MotifReclamation.FACTURATION))
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("reclamation[R1].received"));
    assertThatThrownBy(() -> EvenementIndesirable.of("E1", IME, d("2026-03-02"), d("2026-03-01"),
        GraviteEvenement.EVENEMENT_GRAVE)).isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("evenement[E1].declared"));
    assertThatThrownBy(() -> EvaluationHas.of("H", IME, d("2026-01-01"), 0, 0, 0))
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("evaluation[H].assessed"));
    assertThatThrownBy(() -> EvaluationHas.of("H", IME, d("2026-01-01"), 10, 11, 0))
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("evaluation[H].satisfied"));
    // 10 assessed, 8 satisfied: at most 2 impératifs not satisfied
    assertThat(EvaluationHas.of("H", IME, d("2026-01-01"), 10, 8, 2).imperativeNotSatisfied()).isEqualTo(2);
    assertThatThrownBy(() -> EvaluationHas.of("H", IME, d("2026-01-01"), 10, 8, 3))
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("evaluation[H].imperativeNotSatisfied"));
    assertThatThrownBy(() -> EvaluationHas.of("H", IME, d("2026-01-01"), 10, 8, -1))
        .isInstanceOf(CpomValidationException.class);
    // a set with an id twice computes nothing
    List<Reclamation> twice = List.of(complaints().get(0), Reclamation.of("R1", OTHER, d("2026-01-01"),
        MotifReclamation.COVID_19));
    assertThatThrownBy(() -> DialogueEngine.indicateursQualite(IME, Y2026, twice, List.of(), List.of(), 10))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("reclamations[1].id");
          assertThat(e.getMessage()).contains("reclamations[0]");
        });
    assertThatThrownBy(() -> DialogueEngine.indicateursQualite(IME, Y2026, List.of(), List.of(events().get(0),
        events().get(0)), List.of(), 10)).isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("evenements[1].id"));
    assertThatThrownBy(() -> DialogueEngine.indicateursQualite(IME, Y2026, List.of(), List.of(), List.of(), -1))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("daysOfPresence"));
  }

  @Test
  void valuesAndLabels() {
    Reclamation r = Reclamation.of("R1", IME, d("2026-03-01"), MotifReclamation.FACTURATION);
    assertThat(r.closed()).isEmpty();
    assertThat(r.closedOn(d("2026-03-01"))).isEqualTo(r.closedOn(d("2026-03-01")))
        .hasSameHashCodeAs(r.closedOn(d("2026-03-01"))).isNotEqualTo(r);
    assertThat(r.toString()).contains("R1", "FACTURATION");
    EvenementIndesirable e = events().get(3);
    assertThat(e).isEqualTo(events().get(3)).hasSameHashCodeAs(events().get(3)).isNotEqualTo(events().get(2));
    assertThat(e.toString()).contains("E4");
    assertThat(evaluations().get(1)).isEqualTo(evaluations().get(1)).hasSameHashCodeAs(evaluations().get(1));
    assertThat(evaluations().get(1).toString()).contains("141/157");
    assertThat(GraviteEvenement.EVENEMENT_INDESIRABLE.grave()).isFalse();
    assertThat(GraviteEvenement.EVENEMENT_INDESIRABLE_GRAVE_SOINS.grave()).isTrue();
    assertThat(GraviteEvenement.EVENEMENT_INDESIRABLE_GRAVE_SOINS.label(Locale.FRENCH))
        .isEqualTo("événement indésirable grave associé aux soins");
    assertThat(MotifReclamation.MALTRAITANCE.label(Locale.ENGLISH)).isEqualTo("mistreatment");
  }
}
