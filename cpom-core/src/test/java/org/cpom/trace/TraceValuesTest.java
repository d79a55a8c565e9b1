package org.cpom.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The small values of the trace package compare by value, and French amounts group their digits by three. */
class TraceValuesTest {

  @Test
  void frenchAmountsGroupThousandsWithoutALeadingSpaceAndZeroHasNoSign() {
    assertThat(TraceLabels.amount(Amount.ZERO, Locale.FRENCH)).isEqualTo("0,00 €");
    assertThat(TraceLabels.amount(Amount.ofCents(-5), Locale.FRENCH)).isEqualTo("-0,05 €");
    assertThat(TraceLabels.amount(Amount.ofCents(12_300), Locale.FRENCH)).isEqualTo("123,00 €");
    assertThat(TraceLabels.amount(Amount.ofCents(123_456_00), Locale.FRENCH)).isEqualTo("123 456,00 €");
    assertThat(TraceLabels.amount(Amount.ofCents(-1_234_567_890), Locale.FRENCH)).isEqualTo("-12 345 678,90 €");
    assertThat(TraceLabels.amount(Amount.ofCents(100_000), Locale.FRENCH)).isEqualTo("1 000,00 €");
  }

  @Test
  void percentagesCompareByValueAndShowTheirPercent() {
    Percentage a = Percentage.ofFraction(new BigDecimal("0.025"));
    Percentage b = Percentage.ofFraction(new BigDecimal("0.025"));
    Percentage c = Percentage.ofFraction(new BigDecimal("0.03"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo("2.50 %");
    assertThat(a.hashCode()).isNotEqualTo(c.hashCode());
    assertThat(a.toString()).isEqualTo(a.percent().toPlainString() + " %").contains("2.5");
  }

  @Test
  void phrasesCompareByTheirTextsAndValues() {
    Phrase a = Phrase.of("moins ", "less ").value(Amount.ofEuros(5));
    Phrase b = Phrase.of("moins ", "less ").value(Amount.ofEuros(5));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Phrase.of("moins ", "less ").value(Amount.ofEuros(6)));
    assertThat(a).isNotEqualTo(Phrase.of("plus ", "less ").value(Amount.ofEuros(5)));
    assertThat(a).isNotEqualTo(Phrase.of("moins ", "more ").value(Amount.ofEuros(5)));
    assertThat(a).isNotEqualTo(Phrase.empty()).isNotEqualTo("moins 5,00 €");
    assertThat(Phrase.of("x", "y").hashCode()).isNotEqualTo(Phrase.of("z", "y").hashCode());
    assertThat(Phrase.of("x", "y").hashCode()).isNotEqualTo(Phrase.of("x", "w").hashCode());
    assertThat(Phrase.empty()).isEqualTo(Phrase.empty()).hasSameHashCodeAs(Phrase.empty());
  }
}
