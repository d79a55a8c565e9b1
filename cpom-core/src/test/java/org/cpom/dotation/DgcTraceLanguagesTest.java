package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.dotation.DgcFixtures.A;
import static org.cpom.dotation.DgcFixtures.C;
import static org.cpom.dotation.DgcFixtures.rateDgc;
import static org.cpom.dotation.DgcFixtures.w15Bases;
import static org.cpom.dotation.DgcFixtures.year;

import java.time.LocalDate;
import java.util.Locale;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

class DgcTraceLanguagesTest {
  static DgcDotation campaignYearWithADm() {
    DecisionModificative dm = DecisionModificative.builder().reference("DM 1")
        .submitted(LocalDate.of(2025, 5, 2)).status(DmStatus.APPROVED).decisionDate(LocalDate.of(2025, 6, 1))
        .addTransfers(DmTransfer.of(C, A, Amount.ofEuros(50_000))).build();
    return DotationEngine.compute(rateDgc(), year(2025, "1.20").addDecisionsModificatives(dm).build(), w15Bases());
  }

  @Test
  void oneDgcTraceReadsInFrenchAndInEnglish() {
    DgcDotation r = campaignYearWithADm();
    assertThat(r.esms(A).trace().render(Locale.FRENCH).lines()).containsExactly(
        "Base reconductible 2024 : 1 800 000,00 € [CASF R314-39 1°]",
        "Actualisation au taux de la campagne 1,2 % sur 1 800 000,00 € : 21 600,00 € [CASF R314-40 1°]");
    assertThat(r.esms(A).trace().render(Locale.ENGLISH).lines()).containsExactly(
        "Base reconductible 2024: EUR 1800000.00 [CASF R314-39 1°]",
        "Actualisation at the campaign rate 1.2% on EUR 1800000.00: EUR 21600.00 [CASF R314-40 1°]");
    assertThat(r.finalSplit().trace().render(Locale.FRENCH).lines()).containsExactly(
        "DM 1 (approuvée le 01/06/2025, nouvelle répartition pérenne) : depuis 690000037 : -50 000,00 € "
            + "[CASF R314-43-1, R314-231]",
        "DM 1 (approuvée le 01/06/2025, nouvelle répartition pérenne) : vers 690000011 : 50 000,00 € "
            + "[CASF R314-43-1, R314-231]");
    assertThat(r.finalSplit().trace().render(Locale.ENGLISH).lines()).containsExactly(
        "DM 1 (approved on 2025-06-01, permanent re-split): from 690000037: EUR -50000.00 "
            + "[CASF R314-43-1, R314-231]",
        "DM 1 (approved on 2025-06-01, permanent re-split): to 690000011: EUR 50000.00 "
            + "[CASF R314-43-1, R314-231]");
    assertThat(r.trace().render(Locale.FRENCH).lines()).startsWith(
        "IME 690000011 (690000011) : 1 821 600,00 € [CASF R314-43-1 ; convention cpom:dotation-steps (l'ordre "
            + "des étapes d'une dotation)]");
    assertThat(r.trace().render(Locale.ENGLISH).lines()).startsWith(
        "IME 690000011 (690000011): EUR 1821600.00 [CASF R314-43-1; cpom convention cpom:dotation-steps (the order "
            + "of a dotation's steps)]");
  }

  @Test
  void aFrenchDgcTraceHoldsNoEnglishBasisText() {
    DgcDotation r = campaignYearWithADm();
    String fr = r.trace().render(Locale.FRENCH) + r.finalSplit().trace().render(Locale.FRENCH)
        + r.esms(A).trace().render(Locale.FRENCH) + r.esms(C).trace().render(Locale.FRENCH);
    assertThat(fr).contains("[CASF R314-43-1, R314-231]").contains("convention cpom:");
    assertThat(fr).doesNotContain(" to ", "approval", "clause", "cpom convention", "order of a dotation",
        "largest-remainder split");
    // the English render keeps the text of each basis
    assertThat(r.finalSplit().trace().render(Locale.ENGLISH)).contains("[CASF R314-43-1, R314-231]");
  }

  @Test
  void theKindAndArgumentsCarryWhatTheLabelShows() {
    DgcDotation r = campaignYearWithADm();
    org.cpom.trace.TraceStep from = r.finalSplit().trace().steps().get(0);
    assertThat(from.kind()).isEqualTo(org.cpom.trace.StepKind.DM_PERMANENT_FROM);
    assertThat(from.arguments()).containsExactly("DM 1", DmStatus.APPROVED, LocalDate.of(2025, 6, 1), C);
    assertThat(from.label()).isEqualTo(from.label(Locale.ENGLISH));
  }

  @Test
  void theDefaultLocaleIsNeverRead() {
    Locale before = Locale.getDefault();
    String fr = campaignYearWithADm().esms(A).trace().render(Locale.FRENCH) + campaignYearWithADm().finalSplit().trace().render(Locale.FRENCH);
    String en = campaignYearWithADm().esms(A).trace().render(Locale.ENGLISH) + campaignYearWithADm().finalSplit().trace().render(Locale.ENGLISH);
    try {
      for (Locale l : new Locale[] {Locale.GERMAN, Locale.forLanguageTag("tr"), Locale.forLanguageTag("ar-EG")}) {
        Locale.setDefault(l);
        assertThat(campaignYearWithADm().esms(A).trace().render(Locale.FRENCH) + campaignYearWithADm().finalSplit().trace().render(Locale.FRENCH))
            .isEqualTo(fr);
        assertThat(campaignYearWithADm().esms(A).trace().render(Locale.ENGLISH) + campaignYearWithADm().finalSplit().trace().render(Locale.ENGLISH))
            .isEqualTo(en);
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
