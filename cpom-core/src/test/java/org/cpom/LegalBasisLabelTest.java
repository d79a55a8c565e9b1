package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A basis in French and in English: the same parts, French connecting words, and {@code text()} unchanged. */
class LegalBasisLabelTest {
  @Test
  void aClauseAndAConventionReadInFrench() {
    assertThat(LegalBasis.clause("art. 7.2").label(Locale.FRENCH)).isEqualTo("clause du CPOM art. 7.2");
    assertThat(LegalBasis.clause("art. 7.2").label(Locale.ENGLISH)).isEqualTo("CPOM clause art. 7.2");
    LegalBasis lr = LegalBasis.convention(Convention.LARGEST_REMAINDER);
    assertThat(lr.label(Locale.FRENCH))
        .isEqualTo("convention cpom:largest-remainder (répartition au plus fort reste)");
    assertThat(lr.label(Locale.UK)).isEqualTo(lr.text())
        .isEqualTo("cpom convention cpom:largest-remainder (largest-remainder split)");
  }

  @Test
  void aLawKeepsItsCodeAndArticleAndTranslatesItsConnectingWords() {
    assertThat(LegalBasis.casf("R314-107").label(Locale.FRENCH)).isEqualTo("CASF R314-107");
    assertThat(LegalBasis.css("R174-16-1 to R174-16-5 (CASF R314-111)").label(Locale.FRENCH))
        .isEqualTo("CSS R174-16-1 à R174-16-5 (CASF R314-111)");
    assertThat(LegalBasis.casf("R344-9 to R344-11").label(Locale.CANADA_FRENCH)).isEqualTo("CASF R344-9 à R344-11");
    assertThat(LegalBasis.casf("R314-43-1; approval CASF R314-231").label(Locale.FRENCH))
        .isEqualTo("CASF R314-43-1 ; approbation CASF R314-231");
    assertThat(LegalBasis.casf("R314-210 (secondary source)").label(Locale.FRENCH))
        .isEqualTo("CASF R314-210 (source secondaire)");
    assertThat(LegalBasis.casf("L342-1 (EHPAD soins and dépendance sections)").label(Locale.FRENCH))
        .isEqualTo("CASF L342-1 (sections soins et dépendance de l'EHPAD)");
    assertThat(LegalBasis.casf("R314-234 (one year of allocation: 110 and 119 never together)").label(Locale.FRENCH))
        .isEqualTo("CASF R314-234 (une affectation par an : 110 et 119 jamais ensemble)");
    assertThat(LegalBasis.law("arrêté du 3 mars 2017", "fiche-action indicator").label(Locale.FRENCH))
        .isEqualTo("arrêté du 3 mars 2017 indicateur de fiche-action");
    // a basis composed into an article (a payment day's source) reads in French too
    LegalBasis day = LegalBasis.css("R174-9 (CASF R314-111); payment day: "
        + LegalBasis.convention(Convention.CSS_PAYMENT_DAY).text());
    assertThat(day.label(Locale.FRENCH)).isEqualTo("CSS R174-9 (CASF R314-111) ; jour de paiement : "
        + "convention cpom:css-payment-day (jour de paiement de l'assurance maladie NON VÉRIFIÉ, valeur par défaut "
        + "de cpom)");
    assertThat(day.label(Locale.ENGLISH)).isEqualTo(day.text()).contains("; payment day: cpom convention");
  }

  @Test
  void anArticleReadWithAConventionReadsBothInFrench() {
    LegalBasis b = LegalBasis.casf("R314-43-2 III").readWith(Convention.GAP_MEASURE);
    assertThat(b.label(Locale.FRENCH))
        .isEqualTo("CASF R314-43-2 III ; convention cpom:gap-measure (un écart se mesure par rapport à l'objectif)");
    assertThat(b.label(Locale.ENGLISH)).isEqualTo(b.text());
    assertThat(LegalBasis.clause("art. 8").readWith(Convention.RESULT_ALLOCATION_CLAUSE).label(Locale.FRENCH))
        .isEqualTo("clause du CPOM art. 8 ; convention cpom:result-allocation-clause (clause d'affectation des "
            + "résultats du contrat)");
  }

  @Test
  void aGivenTextIsShownAsGiven() {
    LegalBasis given = LegalBasis.given("arrêté du 3 mars 2017; order to pay");
    assertThat(given.label(Locale.FRENCH)).isEqualTo(given.label(Locale.ENGLISH)).isEqualTo(given.text());
  }

  @Test
  void anotherLanguageIsRejectedAndTheTextStaysEnglish() {
    LegalBasis b = LegalBasis.css("R174-16-1 to R174-16-5");
    assertThatThrownBy(() -> b.label(Locale.GERMAN)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("locale").hasMessageContaining("de");
    assertThatThrownBy(() -> Convention.CNR.title(Locale.ITALIAN)).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> b.label(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    assertThat(b.text()).isEqualTo("CSS R174-16-1 to R174-16-5");
    assertThat(b.toString()).isEqualTo(b.text());
  }
}
