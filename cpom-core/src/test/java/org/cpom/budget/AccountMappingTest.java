package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_III_STRUCTURE;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_II_PERSONNEL;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_III_FINANCIERS;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_II_AUTRES_PRODUITS;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_I_TARIFICATION;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

class AccountMappingTest {
  static final AccountMapping DEFAULTS = AccountMapping.standard();

  @Test
  void defaultsMapTheAccountsOfRegulationSection5() {
    assertThat(DEFAULTS.groupOf("6063")).isEqualTo(CHARGES_I_EXPLOITATION_COURANTE);
    assertThat(DEFAULTS.groupOf("6111")).isEqualTo(CHARGES_I_EXPLOITATION_COURANTE);
    assertThat(DEFAULTS.groupOf("6242")).isEqualTo(CHARGES_I_EXPLOITATION_COURANTE);
    assertThat(DEFAULTS.groupOf("6281")).isEqualTo(CHARGES_I_EXPLOITATION_COURANTE);
    assertThat(DEFAULTS.groupOf("62113")).isEqualTo(CHARGES_II_PERSONNEL);
    assertThat(DEFAULTS.groupOf("6226")).isEqualTo(CHARGES_II_PERSONNEL);
    assertThat(DEFAULTS.groupOf("6311")).isEqualTo(CHARGES_II_PERSONNEL);
    assertThat(DEFAULTS.groupOf("64111")).isEqualTo(CHARGES_II_PERSONNEL);
    assertThat(DEFAULTS.groupOf("6125")).isEqualTo(CHARGES_III_STRUCTURE);
    assertThat(DEFAULTS.groupOf("6132")).isEqualTo(CHARGES_III_STRUCTURE);
    assertThat(DEFAULTS.groupOf("623")).isEqualTo(CHARGES_III_STRUCTURE);
    assertThat(DEFAULTS.groupOf("63512")).isEqualTo(CHARGES_III_STRUCTURE);
    assertThat(DEFAULTS.groupOf("6556")).isEqualTo(CHARGES_III_STRUCTURE);
    assertThat(DEFAULTS.groupOf("6611")).isEqualTo(CHARGES_III_STRUCTURE);
    assertThat(DEFAULTS.groupOf("6811")).isEqualTo(CHARGES_III_STRUCTURE);
    assertThat(DEFAULTS.groupOf("7312112")).isEqualTo(PRODUITS_I_TARIFICATION);
    assertThat(DEFAULTS.groupOf("70822")).isEqualTo(PRODUITS_II_AUTRES_PRODUITS);
    assertThat(DEFAULTS.groupOf("7488")).isEqualTo(PRODUITS_II_AUTRES_PRODUITS);
    assertThat(DEFAULTS.groupOf("764")).isEqualTo(PRODUITS_III_FINANCIERS);
    assertThat(DEFAULTS.groupOf("777")).isEqualTo(PRODUITS_III_FINANCIERS);
    assertThat(DEFAULTS.groupOf("7815")).isEqualTo(PRODUITS_III_FINANCIERS);
  }

  @Test
  void theLongestPrefixWins() {
    AccountMapping mapping = AccountMapping.parse(String.join("\n",
        "62;CHARGES_I_EXPLOITATION_COURANTE;UNVERIFIED;Autres services extérieurs;",
        "621;CHARGES_II_PERSONNEL;UNVERIFIED;Personnel extérieur;",
        "6218;CHARGES_III_STRUCTURE;UNVERIFIED;Autres personnels extérieurs;test only"));
    assertThat(mapping.groupOf("62")).isEqualTo(CHARGES_I_EXPLOITATION_COURANTE);
    assertThat(mapping.groupOf("6288")).isEqualTo(CHARGES_I_EXPLOITATION_COURANTE);
    assertThat(mapping.groupOf("621")).isEqualTo(CHARGES_II_PERSONNEL);
    assertThat(mapping.groupOf("62113")).isEqualTo(CHARGES_II_PERSONNEL);
    assertThat(mapping.groupOf("6218")).isEqualTo(CHARGES_III_STRUCTURE);
    assertThat(mapping.groupOf("62181")).isEqualTo(CHARGES_III_STRUCTURE);
    assertThat(mapping.entryFor("62113").prefix()).isEqualTo("621");
    assertThat(mapping.entryFor("62113").label()).isEqualTo("Personnel extérieur");
    assertThat(mapping.entryFor("6218").source()).isEqualTo("test only");
    assertThat(mapping.entryFor("6218").status()).isEqualTo(MappingStatus.UNVERIFIED);
  }

  @Test
  void aOneDigitPrefixCoversItsWholeClass() {
    AccountMapping mapping = AccountMapping.parse("6;CHARGES_I_EXPLOITATION_COURANTE;UNVERIFIED;Charges;");
    assertThat(mapping.entryFor("6").prefix()).isEqualTo("6");
    assertThat(mapping.entryFor("6226").prefix()).isEqualTo("6");
  }

  @Test
  void anAccountThatMapsToNoGroupIsRejectedWithItsNumber() {
    for (String account : new String[] {"695", "619", "6291", "69"}) {
      assertThatThrownBy(() -> DEFAULTS.groupOf(account))
          .as(account)
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("account " + account + " maps to no groupe fonctionnel")
          .hasMessageContaining("R314-13")
          .satisfies(e -> {
            assertThat(((CpomValidationException) e).field()).isEqualTo("account");
            assertThat(((CpomValidationException) e).value()).isEqualTo(account);
          });
    }
  }

  @Test
  void malformedAccountsAreRejected() {
    for (String bad : new String[] {"", "6a1", " 64", "6-4", "1234567890123456"}) {
      assertThatThrownBy(() -> DEFAULTS.groupOf(bad)).as(bad).isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("1 to 15 digits").hasMessageContaining("cpom:budget-account");
    }
    for (String other : new String[] {"512", "1068", "8"}) {
      assertThatThrownBy(() -> DEFAULTS.groupOf(other)).as(other).isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("class 6 (charges) or class 7 (produits)");
    }
    assertThat(DEFAULTS.groupOf("641111111111111")).isEqualTo(CHARGES_II_PERSONNEL);
  }

  @Test
  void theShippedTableIsMarkedHonestly() {
    List<MappingEntry> entries = DEFAULTS.entries();
    assertThat(entries).hasSize(36);
    assertThat(entries).noneMatch(e -> e.status() == MappingStatus.VERIFIED);
    assertThat(entries).filteredOn(e -> e.status() == MappingStatus.SECONDARY)
        .extracting(MappingEntry::prefix).containsExactly("64", "73", "76", "77");
    assertThat(entries).allMatch(e -> !e.source().isBlank() && e.source().contains("PCESMS 2014"));
    assertThat(entries).allMatch(e -> e.group().isCharges() == e.prefix().startsWith("6"));
    assertThat(entries).extracting(MappingEntry::prefix).isSorted();
    assertThat(AccountMapping.standard()).isSameAs(DEFAULTS);
  }

  @Test
  void aReplacementTableIsReadFromAStreamSkippingCommentsAndBlankLines() {
    String text = "# my table\n\n  64;CHARGES_II_PERSONNEL;VERIFIED;Personnel;my source; with; semicolons\n"
        + "7;PRODUITS_I_TARIFICATION;UNVERIFIED;Everything else\n";
    AccountMapping mapping = AccountMapping.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(mapping.entries()).hasSize(2);
    assertThat(mapping.entryFor("6411").source()).isEqualTo("my source; with; semicolons");
    assertThat(mapping.entryFor("6411").status()).isEqualTo(MappingStatus.VERIFIED);
    assertThat(mapping.entryFor("70").source()).isEmpty();
    assertThat(mapping.groupOf("758")).isEqualTo(PRODUITS_I_TARIFICATION);
    assertThatThrownBy(() -> mapping.groupOf("60")).hasMessageContaining("account 60 maps to no groupe");
    assertThat(mapping).isEqualTo(AccountMapping.parse(text)).hasSameHashCodeAs(AccountMapping.parse(text));
    assertThat(mapping).isNotEqualTo(DEFAULTS);
    assertThat(mapping.toString()).contains("2 entries");
  }

  @Test
  void aTableSavedWithAByteOrderMarkIsRead() {
    // spreadsheet tools often save UTF-8 with a leading BOM (U+FEFF), which is not whitespace
    AccountMapping data = AccountMapping.parse("\uFEFF64;CHARGES_II_PERSONNEL;UNVERIFIED;Personnel;\n");
    assertThat(data.groupOf("6411")).isEqualTo(CHARGES_II_PERSONNEL);
    AccountMapping comment = AccountMapping.parse(new ByteArrayInputStream(
        "\uFEFF# my table\n64;CHARGES_II_PERSONNEL;UNVERIFIED;Personnel;\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(comment.entries()).hasSize(1);
    // only a leading mark is dropped: elsewhere it is still a malformed line
    assertFormatError("60;CHARGES_I_EXPLOITATION_COURANTE;UNVERIFIED;Achats;\n\uFEFF64;CHARGES_II_PERSONNEL;UNVERIFIED;P;",
        "accountMapping line 2", "digits");
  }

  @Test
  void malformedTablesAreRejectedNamingTheLine() {
    assertFormatError("64;CHARGES_II_PERSONNEL;UNVERIFIED", "accountMapping line 1", "expected prefix;GROUP;STATUS");
    assertFormatError("# x\n64;PERSONNEL;UNVERIFIED;Personnel;", "accountMapping line 2", "not a GroupeFonctionnel");
    assertFormatError("64;CHARGES_II_PERSONNEL;MAYBE;Personnel;", "accountMapping line 1", "not a MappingStatus");
    assertFormatError("64;PRODUITS_I_TARIFICATION;UNVERIFIED;Personnel;", "accountMapping line 1",
        "prefix 64 is a charges account and cannot go to PRODUITS_I_TARIFICATION");
    assertFormatError("73;CHARGES_I_EXPLOITATION_COURANTE;UNVERIFIED;Tarification;", "accountMapping line 1",
        "prefix 73 is a produits account");
    assertFormatError("6x;CHARGES_I_EXPLOITATION_COURANTE;UNVERIFIED;Achats;", "accountMapping line 1", "digits");
    assertFormatError("60;CHARGES_I_EXPLOITATION_COURANTE;UNVERIFIED; ;", "accountMapping line 1", "blank");
    assertFormatError("60;CHARGES_I_EXPLOITATION_COURANTE;UNVERIFIED;Achats;\n\n60;CHARGES_I_EXPLOITATION_COURANTE;UNVERIFIED;Bis;",
        "accountMapping line 3", "prefix 60 already given on line 1");
    assertFormatError("# nothing\n", "accountMapping", "at least one entry");
  }

  @Test
  void entriesCanBeGivenDirectly() {
    MappingEntry a = MappingEntry.of("60", CHARGES_I_EXPLOITATION_COURANTE, MappingStatus.UNVERIFIED, "Achats", "");
    MappingEntry b = MappingEntry.of("6", CHARGES_II_PERSONNEL, MappingStatus.UNVERIFIED, "Tout", "");
    assertThat(AccountMapping.of(List.of(a)).groupOf("6022")).isEqualTo(CHARGES_I_EXPLOITATION_COURANTE);
    AccountMapping both = AccountMapping.of(List.of(a, b));
    assertThat(both.entries()).containsExactly(b, a); // sorted by prefix
    assertThat(both.groupOf("6022")).isEqualTo(CHARGES_I_EXPLOITATION_COURANTE);
    assertThat(both.groupOf("64")).isEqualTo(CHARGES_II_PERSONNEL);
    assertThat(both.hashCode()).isNotEqualTo(AccountMapping.of(List.of(a)).hashCode());
    assertThatThrownBy(() -> AccountMapping.of(List.of(a, a))).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("prefix listed twice");
  }

  @Test
  void aFailingReaderSurfacesAsUncheckedIo() {
    Reader broken = new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> AccountMapping.parse(broken)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk gone");
  }

  private static void assertFormatError(String text, String field, String message) {
    assertThatThrownBy(() -> AccountMapping.parse(text))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo(field));
  }
}
