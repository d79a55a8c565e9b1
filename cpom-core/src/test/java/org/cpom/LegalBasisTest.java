package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** The four kinds of a typed rule, their parts, their text, and equality by kind and parts. */
class LegalBasisTest {

  @Test
  void aLawHasItsSourceAndArticle() {
    LegalBasis b = LegalBasis.casf("R314-107");
    assertThat(b.kind()).isEqualTo(LegalBasis.Kind.LAW);
    assertThat(b.source()).contains("CASF");
    assertThat(b.article()).contains("R314-107");
    assertThat(b.convention()).isEmpty();
    assertThat(b).hasToString("CASF R314-107");
    assertThat(b.text()).isEqualTo("CASF R314-107");
    assertThat(LegalBasis.css("R174-9")).hasToString("CSS R174-9")
        .isEqualTo(LegalBasis.law("CSS", "R174-9"));
    assertThat(LegalBasis.law(" Code du travail ", " L3133-1 ")).hasToString("Code du travail L3133-1")
        .satisfies(l -> assertThat(l.source()).contains("Code du travail"));
  }

  @Test
  void aClauseHasItsClauseAndNoSource() {
    LegalBasis b = LegalBasis.clause("art. 4.2");
    assertThat(b.kind()).isEqualTo(LegalBasis.Kind.CLAUSE);
    assertThat(b.article()).contains("art. 4.2");
    assertThat(b.source()).isEmpty();
    assertThat(b.convention()).isEmpty();
    assertThat(b).hasToString("CPOM clause art. 4.2");
  }

  @Test
  void aConventionCarriesItsStableId() {
    LegalBasis b = LegalBasis.convention(Convention.LARGEST_REMAINDER);
    assertThat(b.kind()).isEqualTo(LegalBasis.Kind.CONVENTION);
    assertThat(b.convention()).contains(Convention.LARGEST_REMAINDER);
    assertThat(b.source()).isEmpty();
    assertThat(b.article()).isEmpty();
    assertThat(b).hasToString("cpom convention cpom:largest-remainder (largest-remainder split)");
    assertThat(b).isEqualTo(LegalBasis.convention(Convention.LARGEST_REMAINDER))
        .isNotEqualTo(LegalBasis.convention(Convention.HALF_UP_ROUNDING));
  }

  @Test
  void aGivenBasisIsKeptAsGivenTrimmed() {
    LegalBasis b = LegalBasis.given(" arrêté du 3 mars 2017 ");
    assertThat(b.kind()).isEqualTo(LegalBasis.Kind.GIVEN);
    assertThat(b).hasToString("arrêté du 3 mars 2017");
    assertThat(b.source()).isEmpty();
    assertThat(b.article()).isEmpty();
    assertThat(b.convention()).isEmpty();
  }

  @Test
  void equalityIsByKindAndPartsNotByText() {
    // the same text, of two kinds, is two bases: a law the library cites and a text a caller typed
    assertThat(LegalBasis.given("CASF R314-107")).hasToString(LegalBasis.casf("R314-107").text())
        .isNotEqualTo(LegalBasis.casf("R314-107"));
    assertThat(LegalBasis.given("CPOM clause art. 4")).isNotEqualTo(LegalBasis.clause("art. 4"));
    assertThat(LegalBasis.law("CASF", "R314-1")).isEqualTo(LegalBasis.casf("R314-1"))
        .hasSameHashCodeAs(LegalBasis.casf("R314-1"))
        .isNotEqualTo(LegalBasis.casf("R314-2"))
        .isNotEqualTo(LegalBasis.law("CSS", "R314-1"))
        .isNotEqualTo("CASF R314-1")
        .isNotEqualTo(null);
  }

  @Test
  void blankOrNullPartsAreRejected() {
    assertThatThrownBy(() -> LegalBasis.casf(" ")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("article");
    assertThatThrownBy(() -> LegalBasis.law("", "R1")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("source");
    assertThatThrownBy(() -> LegalBasis.clause("\u00A0")).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> LegalBasis.given("")).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> LegalBasis.convention(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("convention");
    assertThatThrownBy(() -> LegalBasis.law(null, "R1")).isInstanceOf(NullPointerException.class)
        .hasMessage("source");
    assertThatThrownBy(() -> LegalBasis.given(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void itSerializesToAnEqualValue() throws Exception {
    for (LegalBasis b : new LegalBasis[] {LegalBasis.casf("R314-1"), LegalBasis.clause("art. 7"),
        LegalBasis.convention(Convention.CSS_PAYMENT_DAY), LegalBasis.given("instruction 2025")}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(b);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertThat(in.readObject()).isEqualTo(b);
      }
    }
  }
}
