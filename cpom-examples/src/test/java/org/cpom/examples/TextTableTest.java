package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void columnsAreAlignedAndTrailingSpacesRemoved() {
    String text = TextTable.builder().left("FINESS").left("ESMS").right("Places")
        .row("690000011", "IME", 60)
        .row("690000045", "Foyer de vie Les Vignes", 6)
        .row(null, "Total", "66")
        .build()
        .render();
    assertThat(text).isEqualTo(
        "FINESS     ESMS                     Places\n"
            + "---------  -----------------------  ------\n"
            + "690000011  IME                          60\n"
            + "690000045  Foyer de vie Les Vignes       6\n"
            + "           Total                        66\n");
  }

  @Test
  void widthsCountAccentedLettersOnce() {
    String text = TextTable.builder().left("Nom").right("N").row("Département", 1).row("ARS", 22).build().render();
    assertThat(text.lines()).containsExactly("Nom           N", "-----------  --", "Département   1", "ARS          22");
  }

  @Test
  void anEmptyTableHasItsHeaderAndUnderline() {
    TextTable t = TextTable.builder().left("A").right("Bb").build();
    assertThat(t.render()).isEqualTo("A  Bb\n-  --\n");
    assertThat(t.rowCount()).isZero();
    assertThat(t.toString()).isEqualTo(t.render());
  }

  @Test
  void badShapesAreRejected() {
    assertThatThrownBy(() -> TextTable.builder().left("A").row("1", "2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 cells for 1 columns");
    assertThatThrownBy(() -> TextTable.builder().left("A").row("1").left("B")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TextTable.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TextTable.builder().left("A").row("two\nlines")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextTable.builder().left("A").row((List<?>) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void numbersAreFormattedInFrenchWhateverTheDefaultLocale() {
    assertThat(Formats.amount(Amount.of("1234567.89"))).isEqualTo("1 234 567,89 €");
    assertThat(Formats.amount(Amount.of("-1234.5"))).isEqualTo("-1 234,50 €");
    assertThat(Formats.amount(Amount.of("999.99"))).isEqualTo("999,99 €");
    assertThat(Formats.amount(Amount.ofEuros(1000))).isEqualTo("1 000,00 €");
    assertThat(Formats.amount(Amount.ZERO)).isEqualTo("0,00 €");
    assertThat(Formats.amount(Amount.of("-0.05"))).isEqualTo("-0,05 €");
    assertThat(Formats.decimal(new BigDecimal("4200"))).isEqualTo("4 200");
    assertThat(Formats.decimal(new BigDecimal("123456.125"))).isEqualTo("123 456,125");
    assertThat(Formats.percent(Rate.ofFraction("0.6666666667"))).isEqualTo("66,7 %");
    assertThat(Formats.percent(Rate.ofFraction("1.125"))).isEqualTo("112,5 %");
    assertThat(Formats.percent(Rate.ofFraction("-0.5"))).isEqualTo("-50,0 %");
    assertThat(Formats.percent(Rate.ofFraction("12.3456"))).isEqualTo("1 234,6 %");
    assertThat(Formats.percent(Optional.empty())).isEqualTo("n.d.");
    assertThat(Formats.date(LocalDate.of(2027, 1, 31))).isEqualTo("31/01/2027");
    assertThat(Formats.title("Déjà")).isEqualTo("Déjà\n====\n");
  }
}
