package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cpom.CpomValidationException;
import org.cpom.Hostile;
import org.cpom.referential.GroupeFonctionnel;
import org.junit.jupiter.api.Test;

/** A replacement account table is text from outside: read strictly, bounded, and kept free of active content. */
class AccountMappingInputTest {
  private static final String GOOD = "621;CHARGES_II_PERSONNEL;UNVERIFIED;Personnel extérieur;PCESMS 2014\n";

  private static CpomValidationException rejected(String name, String text) {
    return (CpomValidationException) Hostile.rejects(name, () -> AccountMapping.parse(text));
  }

  @Test
  void anIso88591FileIsRejectedWithItsLineNotReadAsReplacementCharacters() {
    byte[] latin1 = ("# table\n" + GOOD).getBytes(StandardCharsets.ISO_8859_1);   // é is one byte 0xE9
    CpomValidationException e = (CpomValidationException) Hostile.rejects("latin-1",
        () -> AccountMapping.parse(new ByteArrayInputStream(latin1)));
    assertThat(e.field()).isEqualTo("accountMapping line 2");
    assertThat(e.getMessage()).contains("malformed");
    assertThat(AccountMapping.parse(new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8)))
        .groupOf("6211")).isEqualTo(GroupeFonctionnel.CHARGES_II_PERSONNEL);
  }

  @Test
  void formulasAndControlCharactersAreRejectedInLabelsAndSources() {
    assertThat(rejected("formula label", "621;CHARGES_II_PERSONNEL;UNVERIFIED;=cmd|' /C calc'!A0;src").field())
        .isEqualTo("accountMapping line 1 label");
    assertThat(rejected("formula source", "621;CHARGES_II_PERSONNEL;UNVERIFIED;Personnel;+HYPERLINK(\"x\")")
        .getMessage()).contains("formula");
    assertThat(rejected("at sign", "621;CHARGES_II_PERSONNEL;UNVERIFIED;@SUM(A1);src").getMessage()).contains("formula");
    assertThat(rejected("escape", "621;CHARGES_II_PERSONNEL;UNVERIFIED;Per\u001Bsonnel;src").getMessage())
        .contains("control character U+001B at 3");
    assertThat(rejected("nul", "621;CHARGES_II_PERSONNEL;UNVERIFIED;Personnel;s\u0000rc").field())
        .isEqualTo("accountMapping line 1 source");
    // U+2028 ends no line for the reader but is a line separator on screen
    assertThat(rejected("line separator", "621;CHARGES_II_PERSONNEL;UNVERIFIED;Per\u2028sonnel;src").getMessage())
        .contains("U+2028");
  }

  @Test
  void aQuotedLabelMayHoldTheSeparatorAndTheSourceIsTheRestOfTheLine() {
    AccountMapping m = AccountMapping.parse(
        "621;CHARGES_II_PERSONNEL;UNVERIFIED;\"Personnel; intérim \"\"long\"\"\";PCESMS; label \"x\"\n");
    MappingEntry e = m.entryFor("621");
    assertThat(e.label()).isEqualTo("Personnel; intérim \"long\"");
    assertThat(e.source()).isEqualTo("PCESMS; label \"x\"");
    assertThat(rejected("unclosed quote", "621;CHARGES_II_PERSONNEL;UNVERIFIED;\"Per;sonnel;src").getMessage())
        .contains("not closed");
    assertThat(rejected("text after quote", "621;CHARGES_II_PERSONNEL;UNVERIFIED;\"Per\"sonnel;src").getMessage())
        .contains("after the closing quote");
  }

  @Test
  void longLinesAndFieldsAreRejectedAtOnceWithAShortMessage() {
    String tenMegabytes = "6" + "1".repeat(10_000_000);
    CpomValidationException e = rejected("10 MB line", tenMegabytes);
    assertThat(e.field()).isEqualTo("accountMapping line 1");
    assertThat(e.getMessage()).contains("longer than 2000 characters").hasSizeLessThan(400);
    assertThat(rejected("long label", "621;CHARGES_II_PERSONNEL;UNVERIFIED;" + "x".repeat(201) + ";src").getMessage())
        .contains("longer than 200 characters");
    assertThat(rejected("few fields, long line", "x".repeat(1999)).getMessage()).hasSizeLessThan(400);
  }

  @Test
  void crLfAndCrEndLinesAndTheLastLineNeedsNoEnd() {
    String two = "621;CHARGES_II_PERSONNEL;UNVERIFIED;A;s\r\n606;CHARGES_I_EXPLOITATION_COURANTE;UNVERIFIED;B;s\r"
        + "70;PRODUITS_II_AUTRES_PRODUITS;UNVERIFIED;C;s";
    AccountMapping m = AccountMapping.parse(two);
    assertThat(m.entries()).hasSize(3);
    assertThat(rejected("duplicate on line 3", GOOD + "\r\n" + GOOD).getMessage()).contains("already given on line 1");
  }

  @Test
  void aFailingReaderIsAnUncheckedIoException() {
    Reader broken = new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {
      }
    };
    assertThatThrownBy(() -> AccountMapping.parse(broken)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk gone");
  }
}
