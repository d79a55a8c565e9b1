package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An article or a clause read with a convention of the library: both parts kept, both in the text. */
class LegalBasisReadWithTest {

  @Test
  void anArticleReadWithAConventionKeepsItsPartsAndNamesTheConvention() {
    LegalBasis b = LegalBasis.casf("R314-43-1").readWith(Convention.DOTATION_STEPS);
    assertThat(b.kind()).isEqualTo(LegalBasis.Kind.LAW);
    assertThat(b.source()).contains("CASF");
    assertThat(b.article()).contains("R314-43-1");
    assertThat(b.convention()).contains(Convention.DOTATION_STEPS);
    assertThat(b).hasToString("CASF R314-43-1; cpom convention cpom:dotation-steps (the order of a dotation's steps)");
    assertThat(b).isEqualTo(LegalBasis.casf("R314-43-1").readWith(Convention.DOTATION_STEPS))
        .hasSameHashCodeAs(LegalBasis.casf("R314-43-1").readWith(Convention.DOTATION_STEPS))
        .isNotEqualTo(LegalBasis.casf("R314-43-1"))
        .isNotEqualTo(LegalBasis.casf("R314-43-1").readWith(Convention.HALF_UP_ROUNDING));
  }

  @Test
  void aClauseCanBeReadWithAConvention() {
    LegalBasis b = LegalBasis.clause("art. 7").readWith(Convention.LARGEST_GAP);
    assertThat(b.kind()).isEqualTo(LegalBasis.Kind.CLAUSE);
    assertThat(b.article()).contains("art. 7");
    assertThat(b.convention()).contains(Convention.LARGEST_GAP);
    assertThat(b.text()).startsWith("CPOM clause art. 7; cpom convention cpom:largest-gap");
  }

  @Test
  void onlyAnArticleOrAClauseWithoutAConventionIsReadWithOne() {
    LegalBasis read = LegalBasis.casf("R314-160").readWith(Convention.EHPAD_MODULATION);
    assertThatThrownBy(() -> read.readWith(Convention.HALF_UP_ROUNDING)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CASF R314-160");
    assertThatThrownBy(() -> LegalBasis.convention(Convention.CNR).readWith(Convention.HALF_UP_ROUNDING))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LegalBasis.given("arrêté").readWith(Convention.HALF_UP_ROUNDING))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LegalBasis.casf("R1").readWith(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("convention");
  }
}
