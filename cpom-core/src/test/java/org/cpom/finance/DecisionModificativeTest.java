package org.cpom.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.MissingAttributeException;
import org.cpom.calendar.Deadline;
import org.cpom.calendar.SourceStatus;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** When an in-year update makes a décision modificative due (CASF R314-229 II and III), and by when. */
class DecisionModificativeTest {

  /** Updated CAF 120,000.00 over a capital due of 100,000.00; prélèvement 40,000.00 within a FRNG of 50,000.00. */
  static EprdUpdate.Builder update() {
    return EprdUpdate.builder().year(Year.of(2026)).establishedOn(LocalDate.of(2026, 3, 15))
        .updatedCaf(Amount.of("120000.00")).capitalDue(Amount.of("100000.00"))
        .prelevementSurFondsDeRoulement(Amount.of("40000.00")).frngAtJanuary1(Amount.of("50000.00"));
  }

  @Test
  void noConditionMetNoDecisionModificative() {
    DecisionModificativeDue due = FinanceEngine.checkDecisionModificative(update().build());
    assertThat(due.required()).isFalse();
    assertThat(due.triggers()).isEmpty();
    assertThat(due.deadline()).isEmpty();
    assertThat(due.toString()).contains("none");
  }

  @Test
  void aPrelevementAboveTheFrngAtJanuary1TriggersIII2WithItsMonth() {
    DecisionModificativeDue due = FinanceEngine.checkDecisionModificative(update()
        .prelevementSurFondsDeRoulement(Amount.of("50000.01")).build());
    assertThat(due.required()).isTrue();
    assertThat(due.triggers()).containsExactly(DecisionModificativeTrigger.PRELEVEMENT_ABOVE_FRNG);
    assertThat(due.triggers().get(0).legalBasis()).isEqualTo(LegalBasis.casf("R314-229 III 2°"));
    Deadline d = due.deadline().orElseThrow();
    assertThat(d.date()).isEqualTo(LocalDate.of(2026, 4, 15));
    assertThat(d.legalBasis()).isEqualTo(LegalBasis.casf("R314-229 II"));
    assertThat(d.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(d.label(Locale.FRENCH)).isEqualTo("Présentation d'une décision modificative");
    // equal to the FRNG does not exceed it
    assertThat(FinanceEngine.checkDecisionModificative(update().prelevementSurFondsDeRoulement(Amount.of("50000.00"))
        .build()).required()).isFalse();
  }

  @Test
  void aCafBelowTheCapitalDueTriggersIII1() {
    DecisionModificativeDue due = FinanceEngine.checkDecisionModificative(update()
        .updatedCaf(Amount.of("99999.99")).build());
    assertThat(due.triggers()).containsExactly(DecisionModificativeTrigger.CAF_BELOW_CAPITAL_DUE);
    assertThat(due.triggers().get(0).legalBasis()).isEqualTo(LegalBasis.casf("R314-229 III 1°"));
    assertThat(FinanceEngine.checkDecisionModificative(update().updatedCaf(Amount.of("100000.00")).build())
        .required()).isFalse();
  }

  @Test
  void bothConditionsAreReportedInTheirOrderWithOneDeadline() {
    DecisionModificativeDue due = FinanceEngine.checkDecisionModificative(update().updatedCaf(Amount.of("-1.00"))
        .prelevementSurFondsDeRoulement(Amount.of("60000.00")).build());
    assertThat(due.triggers()).containsExactly(DecisionModificativeTrigger.CAF_BELOW_CAPITAL_DUE,
        DecisionModificativeTrigger.PRELEVEMENT_ABOVE_FRNG);
    assertThat(due.deadline().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 4, 15));
    assertThat(due.toString()).contains("2026-04-15");
  }

  @Test
  void aNegativeFrngIsExceededByAnyPrelevementButNotByNone() {
    assertThat(FinanceEngine.checkDecisionModificative(update().frngAtJanuary1(Amount.of("-10.00"))
        .prelevementSurFondsDeRoulement(Amount.of("0.01")).build()).triggers())
        .containsExactly(DecisionModificativeTrigger.PRELEVEMENT_ABOVE_FRNG);
    assertThat(FinanceEngine.checkDecisionModificative(update().frngAtJanuary1(Amount.of("-10.00"))
        .prelevementSurFondsDeRoulement(Amount.ZERO).build()).required()).isFalse();
  }

  @Test
  void theMonthEndsOnTheLastDayOfAShorterMonth() {
    EprdUpdate.Builder late = update().updatedCaf(Amount.ZERO);
    // 31 January 2026 → 28 February 2026; 31 January 2028, a leap year → 29 February 2028
    assertThat(due(late.establishedOn(LocalDate.of(2026, 1, 31)).build())).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(due(late.year(Year.of(2028)).establishedOn(LocalDate.of(2028, 1, 31)).build()))
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(due(late.year(Year.of(2028)).establishedOn(LocalDate.of(2028, 1, 29)).build()))
        .isEqualTo(LocalDate.of(2028, 2, 29));
    // 31 March → 30 April; 29 February 2028 → 29 March 2028
    assertThat(due(late.year(Year.of(2026)).establishedOn(LocalDate.of(2026, 3, 31)).build()))
        .isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(due(late.year(Year.of(2028)).establishedOn(LocalDate.of(2028, 2, 29)).build()))
        .isEqualTo(LocalDate.of(2028, 3, 29));
    // across the year end: 15 December 2026 → 15 January 2027
    assertThat(due(late.year(Year.of(2026)).establishedOn(LocalDate.of(2026, 12, 15)).build()))
        .isEqualTo(LocalDate.of(2027, 1, 15));
  }

  private static LocalDate due(EprdUpdate u) {
    return FinanceEngine.checkDecisionModificative(u).deadline().orElseThrow().date();
  }

  @Test
  void badInputIsRejectedNamingFieldValueAndRule() {
    assertThatThrownBy(() -> update().establishedOn(LocalDate.of(2027, 1, 2)).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("eprdUpdate.establishedOn");
          assertThat(e.value()).contains("2027-01-02");
          assertThat(e.rule()).isEqualTo(LegalBasis.casf("R314-229 II"));
        });
    assertThatThrownBy(() -> update().capitalDue(Amount.of("-0.01")).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("eprdUpdate.capitalDue");
          assertThat(e.rule()).isEqualTo(LegalBasis.casf("R314-229 III 1°"));
        });
    assertThatThrownBy(() -> update().prelevementSurFondsDeRoulement(Amount.of("-0.01")).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("eprdUpdate.prelevementSurFondsDeRoulement");
          assertThat(e.rule()).isEqualTo(LegalBasis.casf("R314-229 III 2°"));
        });
    assertThatThrownBy(() -> update().year(Year.of(9999)).establishedOn(LocalDate.of(9999, 12, 15)).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("eprdUpdate.year"));
  }

  @Test
  void incompleteBuilderNamesWhatIsMissing() {
    assertThatThrownBy(() -> EprdUpdate.builder().year(Year.of(2026)).build())
        .isInstanceOfSatisfying(MissingAttributeException.class, e -> assertThat(e.missing()).containsExactly(
            "establishedOn", "updatedCaf", "capitalDue", "prelevementSurFondsDeRoulement", "frngAtJanuary1"));
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> FinanceEngine.checkDecisionModificative(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("update");
    assertThatThrownBy(() -> EprdUpdate.builder().establishedOn(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("establishedOn");
    assertThatThrownBy(() -> EprdUpdate.builder().frngAtJanuary1(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("frngAtJanuary1");
    assertThatThrownBy(() -> DecisionModificativeTrigger.CAF_BELOW_CAPITAL_DUE.label(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void labelsInFrenchAndEnglish() {
    assertThat(DecisionModificativeTrigger.PRELEVEMENT_ABOVE_FRNG.label(Locale.FRENCH))
        .isEqualTo("prélèvement actualisé sur le fonds de roulement supérieur au FRNG disponible au 1er janvier");
    assertThat(DecisionModificativeTrigger.CAF_BELOW_CAPITAL_DUE.label(Locale.ENGLISH))
        .isEqualTo("updated CAF below the loan capital due");
  }

  @Test
  void resultsCompareByValue() {
    DecisionModificativeDue a = FinanceEngine.checkDecisionModificative(update().updatedCaf(Amount.ZERO).build());
    DecisionModificativeDue b = FinanceEngine.checkDecisionModificative(update().updatedCaf(Amount.ZERO).build());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(FinanceEngine.checkDecisionModificative(update()
        .build())).isNotEqualTo("x");
    assertThat(a.update()).isEqualTo(update().updatedCaf(Amount.ZERO).build());
    assertThatThrownBy(() -> a.triggers().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
