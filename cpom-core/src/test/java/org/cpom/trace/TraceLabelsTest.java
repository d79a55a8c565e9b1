package org.cpom.trace;

import org.cpom.LegalBasis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

class TraceLabelsTest {
  private static final LegalBasis BASIS = LegalBasis.casf("R314-40 1°");

  @Test
  void everyKindHasAFrenchAndAnEnglishTemplateReadingTheSameArguments() {
    for (StepKind k : StepKind.values()) {
      String fr = k.template(Locale.FRENCH);
      String en = k.template(Locale.ENGLISH);
      assertThat(fr).as(k.name()).isNotBlank();
      assertThat(en).as(k.name()).isNotBlank();
      assertThat(TraceLabels.arity(fr)).as(k.name()).isEqualTo(k.arity());
      for (int i = 0; i < k.arity(); i++) {
        assertThat(fr).as(k + " fr {" + i + "}").contains("{" + i + "}");
        assertThat(en).as(k + " en {" + i + "}").contains("{" + i + "}");
      }
      Object[] args = new Object[k.arity()];
      for (int i = 0; i < args.length; i++) {
        args[i] = "a" + i;
      }
      TraceStep s = TraceStep.of(k, Amount.ZERO, BASIS, args);
      assertThat(s.label(Locale.FRENCH)).as(k.name()).doesNotContain("{", "}");
      assertThat(s.label(Locale.ENGLISH)).as(k.name()).doesNotContain("{", "}");
    }
  }

  @Test
  void valuesAreFormattedForEachLanguage() {
    assertThat(TraceLabels.format(Amount.of("-1234567.89"), Locale.FRENCH)).isEqualTo("-1 234 567,89 €");
    assertThat(TraceLabels.format(Amount.of("-1234567.89"), Locale.ENGLISH)).isEqualTo("EUR -1234567.89");
    assertThat(TraceLabels.format(Amount.of("12.00"), Locale.FRENCH)).isEqualTo("12,00 €");
    assertThat(TraceLabels.format(Rate.ofPercent("1.20"), Locale.FRENCH)).isEqualTo("1,2 %");
    assertThat(TraceLabels.format(Rate.ofPercent("1.20"), Locale.ENGLISH)).isEqualTo("1.2%");
    assertThat(TraceLabels.format(Percentage.ofFraction(new BigDecimal("0.025")), Locale.FRENCH)).isEqualTo("2,50 %");
    assertThat(TraceLabels.format(Percentage.ofFraction(new BigDecimal("0.025")), Locale.ENGLISH)).isEqualTo("2.50 %");
    assertThat(TraceLabels.format(new BigDecimal("1234.5"), Locale.FRENCH)).isEqualTo("1234,5");
    assertThat(TraceLabels.format(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("1234.5");
    assertThat(TraceLabels.format(LocalDate.of(2025, 4, 8), Locale.FRENCH)).isEqualTo("08/04/2025");
    assertThat(TraceLabels.format(LocalDate.of(2025, 4, 8), Locale.ENGLISH)).isEqualTo("2025-04-08");
    assertThat(TraceLabels.format(YearMonth.of(2025, 11), Locale.FRENCH)).isEqualTo("11/2025");
    assertThat(TraceLabels.format(YearMonth.of(2025, 11), Locale.ENGLISH)).isEqualTo("2025-11");
    assertThat(TraceLabels.format(Year.of(2025), Locale.FRENCH)).isEqualTo("2025");
    assertThat(TraceLabels.format(StepKind.CNR, Locale.FRENCH)).isEqualTo("CNR");
    assertThat(TraceLabels.format(Phrase.of("écart ", "gap ").value(Rate.ofPercent("5")), Locale.FRENCH))
        .isEqualTo("écart 5 %");
    assertThat(TraceLabels.format("texte donné", Locale.ENGLISH)).isEqualTo("texte donné");
    assertThat(TraceLabels.format(Amount.of("0.05"), Locale.FRANCE)).isEqualTo("0,05 €");
  }

  @Test
  void aLocaleOtherThanFrenchOrEnglishIsRejectedByName() {
    TraceStep s = TraceStep.of(StepKind.CNR, Amount.ofEuros(5), BASIS, "équipement", Year.of(2025));
    assertThatThrownBy(() -> s.label(Locale.GERMAN)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("locale").hasMessageContaining("de");
    assertThatThrownBy(() -> Trace.of(s).render(Locale.forLanguageTag("tr"))).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("tr");
    assertThatThrownBy(() -> TraceLabels.pick(Locale.ROOT, "a", "b")).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> s.label(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("locale");
  }

  @Test
  void aStepChecksItsArgumentsAndComparesByValue() {
    assertThatThrownBy(() -> TraceStep.of(StepKind.CNR, Amount.ZERO, BASIS, "x"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("CNR")
        .hasMessageContaining("traceStep.arguments").hasMessageContaining("cpom:trace-steps");
    // a mutable argument would change the step after it was built
    java.util.List<String> mutable = new java.util.ArrayList<>(java.util.List.of("x"));
    assertThatThrownBy(() -> TraceStep.of(StepKind.CNR, Amount.ZERO, BASIS, mutable, Year.of(2025)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("traceStep.arguments[0]")
        .hasMessageContaining("java.util.ArrayList");
    assertThatThrownBy(() -> TraceStep.of(StepKind.CNR, Amount.ZERO, BASIS, "x", new Object()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("traceStep.arguments[1]");
    assertThatThrownBy(() -> TraceStep.of(StepKind.CNR, Amount.ZERO, BASIS, "x", new java.util.Date()))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("java.util.Date");
    TraceStep a = TraceStep.of(StepKind.CNR, Amount.ofEuros(5), BASIS, "équipement", Year.of(2025));
    TraceStep b = TraceStep.of(StepKind.CNR, Amount.ofEuros(5), BASIS, "équipement", Year.of(2025));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.label(Locale.FRENCH)).isEqualTo("CNR équipement (année 2025 seulement)");
    assertThat(a.label()).isEqualTo("CNR équipement (year 2025 only)");
    assertThat(a.render(Locale.FRENCH)).isEqualTo("CNR équipement (année 2025 seulement) : 5,00 € [CASF R314-40 1°]");
    assertThat(a.toString()).isEqualTo("CNR équipement (year 2025 only): EUR 5.00 [CASF R314-40 1°]");
    TraceStep given = TraceStep.of("reprise de provision", Amount.ZERO, BASIS);
    assertThat(given.kind()).isEqualTo(StepKind.GIVEN);
    assertThat(given.label(Locale.FRENCH)).isEqualTo("reprise de provision").isEqualTo(given.label(Locale.ENGLISH));
    assertThatThrownBy(() -> TraceStep.of(" ", Amount.ZERO, BASIS)).isInstanceOf(CpomValidationException.class);
  }

  @Test
  void aPhraseGivesItsTypedValuesInOrder() {
    Phrase p = Phrase.of("écart ", "gap ").value(Rate.ofPercent("5"))
        .then(Phrase.of(" de ", " of ").value(Amount.ofEuros(7)));
    assertThat(p.values()).containsExactly(Rate.ofPercent("5"), Amount.ofEuros(7));
    assertThat(p.label(Locale.FRENCH)).isEqualTo("écart 5 % de 7,00 €");
    assertThat(p).hasToString("gap 5% of EUR 7.00").isEqualTo(Phrase.of("écart ", "gap ").value(Rate.ofPercent("5"))
        .text(" de ", " of ").value(Amount.ofEuros(7)));
    assertThat(Phrase.empty().isEmpty()).isTrue();
    assertThat(p.isEmpty()).isFalse();
  }
}
