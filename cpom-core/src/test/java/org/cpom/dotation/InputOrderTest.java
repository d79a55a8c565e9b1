package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.dotation.DgcFixtures.A;
import static org.cpom.dotation.DgcFixtures.B;
import static org.cpom.dotation.DgcFixtures.C;
import static org.cpom.dotation.DgcFixtures.rate;
import static org.cpom.dotation.DgcFixtures.rateDgc;
import static org.cpom.dotation.DgcFixtures.w15Bases;

import java.time.Year;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/** The year's inputs of the ESMS may come in any order: the result is in the members' order all the same. */
class InputOrderTest {
  private static DgcYear year(EsmsYear... esms) {
    return DgcYear.builder().year(Year.of(2025)).addEsms(esms).build();
  }

  @Test
  void inputsInAnotherOrderGiveTheSameYear() {
    DgcDotation ordered = DotationEngine.compute(rateDgc(), year(rate(A, "1").build(), rate(B, "2").build(),
        rate(C, "3").build()), w15Bases());
    DgcDotation reversed = DotationEngine.compute(rateDgc(), year(rate(C, "3").build(), rate(B, "2").build(),
        rate(A, "1").build()), w15Bases());
    assertThat(reversed).isEqualTo(ordered);
    assertThat(reversed.esms()).extracting(EsmsDotation::esms).containsExactly(A, B, C);
    assertThat(reversed.esms(A).updatedBase()).isEqualTo(ordered.esms(A).updatedBase())
        .isNotEqualTo(ordered.esms(C).updatedBase());
    assertThat(reversed.nextBases().keySet()).containsExactly(A, B, C);
  }

  @Test
  void anEsmsGivenTwiceOrMissingIsRejectedInAnyOrder() {
    assertThatThrownBy(() -> DotationEngine.compute(rateDgc(), year(rate(B, "1").build(), rate(A, "1").build(),
        rate(B, "1").build()), w15Bases()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("dgcYear.esms")
        .hasMessageContaining("690000029").hasMessageContaining("ESMS given twice");
    assertThatThrownBy(() -> DotationEngine.compute(rateDgc(), year(rate(A, "1").build(), rate(C, "1").build()),
        w15Bases()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("dgcYear.esms")
        .hasMessageContaining("missing 690000029");
    assertThatThrownBy(() -> DotationEngine.compute(rateDgc(), year(rate(A, "1").build(), rate(B, "1").build(),
        rate(C, "1").build(), rate(A, "2").build()), w15Bases()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("ESMS given twice");
  }
}
