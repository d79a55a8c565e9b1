package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.cpom.LegalBasis;
import org.cpom.Violation;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** Reading a FEC (LPF A47 A-1): the fields, both separators, both charsets, Montant + Sens, errors and warnings. */
class FecReadingTest {
  static final String HEADER = "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|"
      + "CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise";

  /** Five écritures, hand-checked: total debit 3,901.00. */
  static final List<String> SMALL = List.of(HEADER,
      "AN|A nouveaux|1|20250101|512000|Banque|||AN1|20250101|Reprise des soldes|1000,00|0,00|||20250105||",
      "AN|A nouveaux|1|20250101|102000|Fonds associatifs|||AN1|20250101|Reprise des soldes|0,00|1000,00|||20250105||",
      "HA|Achats|2|20250115|606100|Fournitures|F001|Papeterie Durand|FA-77|20250114|Fournitures janvier|250,50|0,00|||20250116||",
      "HA|Achats|2|20250115|401000|Fournisseurs|F001|Papeterie Durand|FA-77|20250114|Fournitures janvier|0,00|250,50|A|20250131|20250116||",
      "VE|Ventes|3|20250120|411000|Usagers|C001|Famille Martin|V-12|20250120|Prestations janvier|1200,00|0,00|||20250121||",
      "VE|Ventes|3|20250120|706000|Prestations de services|||V-12|20250120|Prestations janvier|0,00|1200,00|||20250121||",
      "BQ|Banque|4|20250131|512000|Banque|||R-1|20250131|Règlement Martin|1200,00|0,00|||20250131||",
      "BQ|Banque|4|20250131|411000|Usagers|C001|Famille Martin|R-1|20250131|Règlement Martin|0,00|1200,00|||20250131||",
      "BQ|Banque|5|20250131|401000|Fournisseurs|F001|Papeterie Durand|P-1|20250131|Paiement Durand|250,50|0,00|A|20250131|20250131|120,5|USD",
      "BQ|Banque|5|20250131|512000|Banque|||P-1|20250131|Paiement Durand|0,00|250,50|||20250131||");

  static String text(List<String> lines, char separator) {
    return lines.stream().map(l -> l.replace('|', separator)).collect(Collectors.joining("\r\n")) + "\r\n";
  }

  static Fec read(String text) {
    return AccountsEngine.readFec(new StringReader(text));
  }

  static LedgerRejectedException rejected(String text) {
    try {
      read(text);
    } catch (LedgerRejectedException e) {
      return e;
    }
    throw new AssertionError("not rejected");
  }

  static List<String> fields(LedgerRejectedException e) {
    return e.violations().stream().map(Violation::field).collect(Collectors.toList());
  }

  @Test
  void readsTheEighteenFieldsOfEachLineWithPipes() {
    Fec fec = read(text(SMALL, '|'));
    assertThat(fec.lines()).hasSize(10);
    LigneFec l = fec.lines().get(3);
    assertThat(l.line()).isEqualTo(5);
    assertThat(l.journalCode()).isEqualTo("HA");
    assertThat(l.journalLib()).isEqualTo("Achats");
    assertThat(l.ecritureNum()).isEqualTo("2");
    assertThat(l.ecritureDate()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(l.compteNum()).isEqualTo(CompteNum.of("401000"));
    assertThat(l.compteLib()).isEqualTo("Fournisseurs");
    assertThat(l.compAuxNum()).isEqualTo("F001");
    assertThat(l.compAuxLib()).isEqualTo("Papeterie Durand");
    assertThat(l.pieceRef()).isEqualTo("FA-77");
    assertThat(l.pieceDate()).contains(LocalDate.of(2025, 1, 14));
    assertThat(l.ecritureLib()).isEqualTo("Fournitures janvier");
    assertThat(l.debit()).isEqualTo(Amount.ZERO);
    assertThat(l.credit()).isEqualTo(Amount.of("250.50"));
    assertThat(l.ecritureLet()).isEqualTo("A");
    assertThat(l.dateLet()).contains(LocalDate.of(2025, 1, 31));
    assertThat(l.validDate()).contains(LocalDate.of(2025, 1, 16));
    assertThat(l.montantDevise()).isEmpty();
    assertThat(fec.lines().get(8).montantDevise()).contains(new BigDecimal("120.5"));
    assertThat(fec.lines().get(8).idevise()).isEqualTo("USD");
    assertThat(fec.summary().separator()).isEqualTo('|');
    assertThat(fec.summary().lineCount()).isEqualTo(10);
    assertThat(fec.summary().totalDebit()).isEqualTo(Amount.of("3901.00"));
    assertThat(fec.summary().totalCredit()).isEqualTo(Amount.of("3901.00"));
    assertThat(fec.warnings()).isEmpty();
  }

  @Test
  void tabSeparatedGivesTheSameLines() {
    Fec pipes = read(text(SMALL, '|'));
    Fec tabs = read(text(SMALL, '\t'));
    assertThat(tabs.lines()).isEqualTo(pipes.lines());
    assertThat(tabs.summary().separator()).isEqualTo('\t');
  }

  @Test
  void iso885915BytesGiveTheAccentedLetterAndUtf8TheSame() {
    String text = text(SMALL, '\t');
    Fec latin = AccountsEngine.readFec(new ByteArrayInputStream(text.getBytes(Charset.forName("ISO-8859-15"))),
        Charset.forName("ISO-8859-15"));
    Fec utf8 = AccountsEngine.readFec(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
    assertThat(latin.lines().get(6).ecritureLib()).isEqualTo("Règlement Martin");
    assertThat(latin).isEqualTo(utf8);
  }

  @Test
  void iso885915BytesReadAsUtf8AreRejectedOnTheirLine() {
    byte[] bytes = text(SMALL, '\t').getBytes(Charset.forName("ISO-8859-15"));
    assertThatThrownBy(() -> AccountsEngine.readFec(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))
        .isInstanceOfSatisfying(LedgerRejectedException.class, e -> {
          assertThat(fields(e)).containsExactly("fec line 8");
          assertThat(e.problem()).contains("malformed");
        });
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() {
    assertThat(read("\uFEFF" + text(SMALL, '|')).lines()).isEqualTo(read(text(SMALL, '|')).lines());
  }

  @Test
  void montantAndSensPutTheAmountOnItsSide() {
    String text = String.join("\n",
        HEADER.replace("|Debit|Credit|", "|Montant|Sens|"),
        "VE|Ventes|3|20250120|411000|Usagers|||V-12|20250120|Prestations|1200,00|D|||20250121||",
        "VE|Ventes|3|20250120|706000|Prestations|||V-12|20250120|Prestations|1000,00|c|||20250121||",
        "VE|Ventes|3|20250120|708000|Autres|||V-12|20250120|Prestations|200,00|-1|||20250121||",
        "BQ|Banque|4|20250131|512000|Banque|||R-1|20250131|Règlement|50,00|+1|||20250131||",
        "BQ|Banque|4|20250131|411000|Usagers|||R-1|20250131|Règlement|50,00|C|||20250131||");
    Fec fec = read(text);
    assertThat(fec.summary().montantSens()).isTrue();
    assertThat(fec.lines().get(0).debit()).isEqualTo(Amount.of("1200.00"));
    assertThat(fec.lines().get(0).credit()).isEqualTo(Amount.ZERO);
    assertThat(fec.lines().get(1).credit()).isEqualTo(Amount.of("1000.00"));
    assertThat(fec.lines().get(2).credit()).isEqualTo(Amount.of("200.00"));
    assertThat(fec.lines().get(3).debit()).isEqualTo(Amount.of("50.00"));
    assertThat(fec.summary().totalDebit()).isEqualTo(Amount.of("1250.00"));
    assertThat(fec.summary().totalCredit()).isEqualTo(Amount.of("1250.00"));
  }

  @Test
  void aSignMayComeFirstOrLast() {
    String text = String.join("\n", HEADER,
        "HA|Achats|9|20250228|606100|Fournitures|||AV-1|20250228|Avoir Durand|50,00-|0|||20250228||",
        "HA|Achats|9|20250228|401000|Fournisseurs|||AV-1|20250228|Avoir Durand||-50|||20250228||",
        "HA|Achats|10|20250228|606100|Fournitures|||F-2|20250228|Facture|+7,5||||20250228||",
        "HA|Achats|10|20250228|401000|Fournisseurs|||F-2|20250228|Facture||7,50+|||20250228||");
    Fec fec = read(text);
    assertThat(fec.lines().get(0).debit()).isEqualTo(Amount.of("-50.00"));
    assertThat(fec.lines().get(1).credit()).isEqualTo(Amount.of("-50.00"));
    assertThat(fec.lines().get(2).debit()).isEqualTo(Amount.of("7.50"));
    assertThat(fec.lines().get(3).credit()).isEqualTo(Amount.of("7.50"));
    assertThat(fec.lines().get(2).balance()).isEqualTo(Amount.of("7.50"));
    assertThat(fec.summary().totalDebit()).isEqualTo(Amount.of("-42.50"));
  }

  @Test
  void headerNamesAreComparedWithoutCaseOrAccents() {
    String header = HEADER.replace("Credit", "Crédit").replace("JournalCode", "JOURNALCODE");
    assertThat(read(text(List.of(header, SMALL.get(1), SMALL.get(2)), '|')).lines()).hasSize(2);
  }

  @Test
  void theIssueListInOneReport() {
    // a "." decimal, a field count off by one, an empty mandatory field, an impossible date, an unbalanced
    // écriture and a malformed UTF-8 byte: each with its line and field, all in one report
    String good = "BQ|Banque|4|20250131|512000|Banque|||R-1|20250131|Règlement|1200,00|0,00|||20250131||";
    String body = String.join("\n", HEADER,
        "BQ|Banque|1|20250131|512000|Banque|||R-1|20250131|Règlement|12.50|0,00|||20250131||",
        "BQ|Banque|2|20250131|512000|Banque|||R-1|20250131|Règlement|12,50|0,00|||20250131|",
        "BQ|Banque|3|20250131|512000||||R-1|20250131|Règlement|12,50|0,00|||20250131||",
        "BQ|Banque|5|20250230|512000|Banque|||R-1|20250131|Règlement|12,50|0,00|||20250131||",
        good) + "\n";
    byte[] head = body.getBytes(StandardCharsets.UTF_8);
    byte[] tail = "BQ|Banque|6|20250131|512000|Caf\u00e9|||R|20250131|x|1,00|0,00|||20250131||\n"
        .getBytes(Charset.forName("ISO-8859-15"));
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    LedgerRejectedException e = (LedgerRejectedException) org.assertj.core.api.Assertions.catchThrowable(
        () -> AccountsEngine.readFec(new ByteArrayInputStream(all), StandardCharsets.UTF_8));
    assertThat(fields(e)).containsExactly("fec line 2 Debit", "fec line 3", "fec line 4 CompteLib",
        "fec line 5 EcritureDate", "fec line 7");
    assertThat(e.violations().get(0).value()).contains("\"12.50\"");
    assertThat(e.violations().get(0).rule()).isEqualTo(LegalBasis.law("LPF", "A47 A-1"));
    assertThat(e.violations().get(0).problem()).contains("comma");
    assertThat(e.violations().get(1).problem()).contains("18 fields expected", "17 found");
    assertThat(e.violations().get(2).problem()).isEqualTo("mandatory field empty");
    assertThat(e.violations().get(3).value()).contains("20250230");
    assertThat(e.violations().get(3).problem()).isEqualTo("no such date");
    assertThat(e.violations().get(4).problem()).contains("malformed");
    assertThat(e.stoppedAtBound()).isFalse();
    assertThat(e.getMessage()).contains("fec line 2 Debit", "fec line 7");
    // the unbalanced écriture is reported when the file is otherwise read to its end
    LedgerRejectedException unbalanced = rejected(String.join("\n", HEADER, good, SMALL.get(1), SMALL.get(2)));
    assertThat(fields(unbalanced)).containsExactly("fec écriture BQ 4 (from line 2)");
    assertThat(unbalanced.value()).isEqualTo("debit EUR 1200.00, credit EUR 0.00");
    assertThat(unbalanced.problem()).isEqualTo("does not balance: debit minus credit is EUR 1200.00");
  }

  @Test
  void aCommaOrSemicolonSeparatorIsRefused() {
    for (char sep : new char[] {',', ';'}) {
      LedgerRejectedException e = rejected(HEADER.replace('|', sep) + "\n" + SMALL.get(1).replace('|', sep));
      assertThat(fields(e)).containsExactly("fec line 1");
      assertThat(e.problem()).contains("TAB or |");
    }
  }

  @Test
  void theHeaderMustNameTheEighteenFieldsInOrder() {
    String swapped = HEADER.replace("EcritureNum|EcritureDate", "EcritureDate|EcritureNum");
    LedgerRejectedException e = rejected(swapped + "\n" + SMALL.get(1));
    assertThat(fields(e)).containsExactly("fec line 1 field 3", "fec line 1 field 4");
    assertThat(e.violations().get(0).problem()).startsWith("expected EcritureNum");
    LedgerRejectedException short9 = rejected("a|b|c|d|e|f|g|h|i\n1|2|3|4|5|6|7|8|9");
    assertThat(short9.problem()).contains("18 fields expected");
  }

  @Test
  void eachOtherCheckerErrorNamesItsLineAndField() {
    String base = "BQ|Banque|4|20250131|512000|Banque|||R-1|20250131|Règlement|%s|%s|||%s||";
    String text = String.join("\n", HEADER,
        String.format(base, "1 200,00", "0", "20250131"),
        String.format(base, "1,200,00", "0", "20250131"),
        String.format(base, "12a", "0", "20250131"),
        String.format(base, "1,234", "0", "20250131"),
        String.format(base, "1", "-2-", "20250131"),
        String.format(base, "1", "0", "2025-01-31"),
        String.format(base, "1", "0", "20251301"),
        "",
        "BQ|Banque||20250131|512000|Banque|||R-1|20250131|Règlement|1|0|||20250131||",
        "BQ|Banque|4|20250131|51 2|Banque|||R-1|20250131||1|0|||20250131||",
        "BQ|Banque|4|20250131|512000|Ban\u0001que|||R-1|20250131|Règlement|1|0|||20250131||",
        "BQ|Banque|4|20250131|512000|\"Banque|||R-1|20250131|Règlement|1|0|||20250131||",
        String.format(base, "1", "0", "20250131") + "|extra");
    LedgerRejectedException e = rejected(text);
    assertThat(fields(e)).containsExactly("fec line 2 Debit", "fec line 3 Debit", "fec line 4 Debit",
        "fec line 5 Debit", "fec line 6 Credit", "fec line 7 ValidDate", "fec line 8 ValidDate", "fec line 9",
        "fec line 10 EcritureNum", "fec line 11 EcritureLib", "fec line 11 CompteNum", "fec line 12 CompteLib",
        "fec line 13", "fec line 14");
    assertThat(e.violations().get(0).problem()).contains("thousands separator");
    assertThat(e.violations().get(1).problem()).contains("thousands separator");
    assertThat(e.violations().get(2).problem()).isEqualTo("not a decimal number");
    assertThat(e.violations().get(3).problem()).isEqualTo("more than 2 decimals");
    assertThat(e.violations().get(7).problem()).isEqualTo("empty line");
    assertThat(e.violations().get(12).problem()).contains("quoted field is not closed");
    assertThat(e.violations().get(13).problem()).contains("more found");
  }

  @Test
  void aBadSensIsAnError() {
    String text = String.join("\n", HEADER.replace("|Debit|Credit|", "|Montant|Sens|"),
        "VE|Ventes|3|20250120|411000|Usagers|||V-12|20250120|Prestations|1200,00|X|||20250121||",
        "VE|Ventes|3|20250120|411000|Usagers|||V-12|20250120|Prestations|1200,00|+ 1|||20250121||");
    LedgerRejectedException e = rejected(text);
    assertThat(fields(e)).containsExactly("fec line 2 Sens", "fec line 3 Sens");
    assertThat(e.problem()).contains("D, C, +1 or -1");
  }

  @Test
  void warningsComeBackWithTheData() {
    String text = String.join("\n", HEADER,
        "OD|Divers|7|20250301|ABC|Compte libre|||X|20250301|Sans classe|10,00|0,00|||20250301||",
        "OD|Divers|7|20250301|471000|Attente|||X|20250301|Les deux|5,00|5,00|||20250301||",
        "OD|Divers|7|20250301|471000|Attente|||X|20250301|Aucun|0,00|0,00|||20250301||",
        "OD|Divers|7|20250301|471000|Attente|||X|20250301|Solde|0,00|10,00|||20250301||",
        "||8|20250301|471000|Attente|||||Sans journal|1,00|0,00|||||",
        "||8|20250301|472000|Attente|||||Sans journal|0,00|1,00|||18990101||");
    Fec fec = read(text);
    assertThat(fec.lines()).hasSize(6);
    assertThat(fec.warnings()).extracting(Violation::field).containsExactly("fec line 2 CompteNum",
        "fec line 3 Debit", "fec line 4 Debit", "fec line 6 JournalCode", "fec line 6 JournalLib",
        "fec line 6 PieceRef", "fec line 6 PieceDate", "fec line 6 ValidDate", "fec line 7 JournalCode",
        "fec line 7 JournalLib", "fec line 7 PieceRef", "fec line 7 PieceDate", "fec line 7 ValidDate");
    assertThat(fec.warnings().get(0).problem()).isEqualTo("does not start with three digits");
    assertThat(fec.warnings().get(1).problem()).isEqualTo("both a debit and a credit");
    assertThat(fec.warnings().get(2).problem()).isEqualTo("neither a debit nor a credit");
    assertThat(fec.summary().warningCount()).isEqualTo(13);
  }

  @Test
  void aYearOutsideTheCheckersRangeIsAWarning() {
    String text = String.join("\n", HEADER,
        "OD|Divers|7|18990301|471000|Attente|||X|20250301|Vieux|10,00|0,00|||20250301||",
        "OD|Divers|7|18990301|472000|Attente|||X|20250301|Vieux|0,00|10,00|||20250301||");
    Fec fec = read(text);
    assertThat(fec.warnings()).extracting(Violation::problem).containsOnly("year outside 1900 to 2099");
    assertThat(fec.lines().get(0).ecritureDate()).isEqualTo(LocalDate.of(1899, 3, 1));
  }

  @Test
  void aHundredFiftyErrorsAreReportedAsTheBound() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 150; i++) {
      b.append("BQ|Banque|").append(i).append("|20250132|512000|Banque|||R|20250131|x|1,00|0,00|||20250131||\n");
    }
    LedgerRejectedException e = rejected(b.toString());
    assertThat(e.violations()).hasSize(LedgerRejectedException.MAX_ERRORS);
    assertThat(e.violations().get(99).field()).isEqualTo("fec line 101 EcritureDate");
    assertThat(e.stoppedAtBound()).isTrue();
    assertThat(e.getMessage()).contains("the read stopped at the bound");
  }

  @Test
  void anEmptyFileOrAHeaderAloneIsAnError() {
    assertThat(rejected("").problem()).contains("empty file");
    assertThat(rejected(HEADER + "\n").problem()).contains("no écriture line");
  }

  @Test
  void aTenMegabyteLineIsRejectedQuickly() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    b.append("x".repeat(10_000_000)).append('\n');
    String text = b.toString();
    long start = System.nanoTime();
    LedgerRejectedException e = rejected(text);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(fields(e)).containsExactly("fec line 2");
    assertThat(e.problem()).isEqualTo("longer than 20000 characters");
    assertThat(e.value().length()).isLessThan(200);
    assertThat(millis).isLessThan(2_000);
  }

  @Test
  void aLongFieldIsRejected() {
    String field = "y".repeat(1_001);
    LedgerRejectedException e = rejected(String.join("\n", HEADER,
        "BQ|Banque|4|20250131|512000|" + field + "|||R-1|20250131|Règlement|1|0|||20250131||"));
    assertThat(fields(e)).containsExactly("fec line 2 CompteLib");
    assertThat(e.problem()).isEqualTo("longer than 1000 characters");
  }

  @Test
  void anEcritureNeedNotBeContiguous() {
    String text = String.join("\n", HEADER, SMALL.get(3), SMALL.get(5), SMALL.get(4), SMALL.get(6));
    assertThat(read(text).lines()).hasSize(4);
  }

  @Test
  void compteNumChecksItsText() {
    assertThat(CompteNum.of("6061").startsWithThreeDigits()).isTrue();
    assertThat(CompteNum.of("60").startsWithThreeDigits()).isFalse();
    assertThat(CompteNum.of("6061").startsWith("606")).isTrue();
    assertThat(CompteNum.of("6011").compareTo(CompteNum.of("602"))).isNegative();
    assertThatThrownBy(() -> CompteNum.of("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> CompteNum.of("60 1")).hasMessageContaining("space");
    assertThatThrownBy(() -> CompteNum.of("6".repeat(41))).hasMessageContaining("longer than 40");
    assertThat(new java.util.HashSet<>(List.of(CompteNum.of("6061"), CompteNum.of("6061")))).hasSize(1);
  }
}
