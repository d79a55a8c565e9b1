package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.accounts.FecReadingTest.HEADER;
import static org.cpom.accounts.FecReadingTest.fields;
import static org.cpom.accounts.FecReadingTest.read;
import static org.cpom.accounts.FecReadingTest.rejected;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cpom.Violation;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/**
 * The FEC reader at the edges its mutants moved: the Montant/Sens header, the warning bound, the 1900-2099 years,
 * the error bound reached inside a line, the sums that leave a long, the bound on open écritures.
 */
class FecParserMutationTest {
  /** The largest amount the reader takes: 16 integer digits and 2 decimals, 999,999,999,999,999,999 cents. */
  private static final String MAX = "9999999999999999,99";

  private static String line(String num, String compte, String debit, String credit) {
    return "OD|Divers|" + num + "|20250301|" + compte + "|Compte|||X|20250301|Libellé|" + debit + "|" + credit
        + "|||20250301||";
  }

  @Test
  void onlyMontantWithSensReplaceDebitAndCredit() {
    // Montant with Credit, or Debit with Sens, is neither layout: the one misnamed field is reported
    String montantCredit = HEADER.replace("|Debit|Credit|", "|Montant|Credit|");
    assertThat(fields(rejected(montantCredit + "\n" + line("1", "512000", "1,00", "0,00"))))
        .containsExactly("fec line 1 field 12");
    String debitSens = HEADER.replace("|Debit|Credit|", "|Debit|Sens|");
    assertThat(fields(rejected(debitSens + "\n" + line("1", "512000", "1,00", "D"))))
        .containsExactly("fec line 1 field 13");
    assertThat(read(String.join("\n", HEADER, line("1", "512000", "1,00", "0,00"), line("1", "706000", "0,00", "1,00")))
        .summary().montantSens()).isFalse();
  }

  @Test
  void inMontantSensAFieldIsNamedMontantOrSens() {
    String header = HEADER.replace("|Debit|Credit|", "|Montant|Sens|");
    LedgerRejectedException e = rejected(header + "\n" + line("1", "512000", "12.50", "D"));
    assertThat(fields(e)).containsExactly("fec line 2 Montant");
    // a zero amount is neither a debit nor a credit: the warning shows the amount and its sens
    Fec fec = read(String.join("\n", header, line("1", "512000", "0,00", "D"), line("2", "512000", "5,00", "D"),
        line("2", "706000", "5,00", "C")));
    assertThat(fec.warnings()).extracting(Violation::field).containsExactly("fec line 2 Montant");
    assertThat(fec.warnings().get(0).value()).contains("\"0,00 D\"");
  }

  @Test
  void aWarningShowsTheValueOrNothingForAnEmptyField() {
    Fec fec = read(String.join("\n", HEADER, line("1", "ABC", "5,00", "5,00"),
        "|Divers|2|20250301|512000|Compte|||X|20250301|Libellé|1,00|0,00|||20250301||",
        "|Divers|2|20250301|706000|Compte|||X|20250301|Libellé|0,00|1,00|||20250301||"));
    assertThat(fec.warnings()).extracting(Violation::field).containsExactly("fec line 2 CompteNum",
        "fec line 2 Debit", "fec line 3 JournalCode", "fec line 4 JournalCode");
    assertThat(fec.warnings().get(0).value()).contains("\"ABC\"");
    assertThat(fec.warnings().get(1).value()).contains("\"5,00 | 5,00\"");
    assertThat(fec.warnings().get(2).value().orElse("")).isEmpty();
  }

  @Test
  void aHundredWarningsAreKeptAndTheRestCounted() {
    // 51 écritures of two lines, each line on an account without three digits: 102 warnings
    List<String> lines = new ArrayList<>(List.of(HEADER));
    for (int i = 0; i < 51; i++) {
      lines.add(line(String.valueOf(i), "ABC", "1,00", "0,00"));
      lines.add(line(String.valueOf(i), "ABD", "0,00", "1,00"));
    }
    FecSummary summary = read(String.join("\n", lines)).summary();
    assertThat(summary.warnings()).hasSize(FecSummary.MAX_WARNINGS);
    assertThat(summary.warnings().get(99).field()).isEqualTo("fec line 101 CompteNum");
    assertThat(summary.warningCount()).isEqualTo(102);
  }

  @Test
  void theYears1900And2099AreInTheCheckersRangeAndTheirNeighboursOutside() {
    String text = String.join("\n", HEADER,
        "OD|Divers|1|19000101|471000|Attente|||X|18991231|a|1,00|0,00|||20991231||",
        "OD|Divers|1|19000101|472000|Attente|||X|21000101|a|0,00|1,00|||20991231||");
    Fec fec = read(text);
    assertThat(fec.warnings()).extracting(Violation::field).containsExactly("fec line 2 PieceDate",
        "fec line 3 PieceDate");
    assertThat(fec.warnings()).extracting(Violation::problem).containsOnly("year outside 1900 to 2099");
  }

  @Test
  void anUnbalancedEcritureShowsDebitMinusCredit() {
    LedgerRejectedException e = rejected(String.join("\n", HEADER, line("1", "512000", "100,00", "0,00"),
        line("1", "706000", "0,00", "30,00")));
    assertThat(fields(e)).containsExactly("fec écriture OD 1 (from line 2)");
    assertThat(e.value()).isEqualTo("debit EUR 100.00, credit EUR 30.00");
    assertThat(e.problem()).isEqualTo("does not balance: debit minus credit is EUR 70.00");
  }

  @Test
  void theErrorBoundReachedInsideALineKeepsExactlyTheBound() {
    // 98 lines of one error, then a line of three (EcritureDate, PieceDate, ValidDate): 98 + 2 kept, 1 dropped
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 98; i++) {
      b.append("BQ|Banque|").append(i).append("|20250132|512000|Banque|||R|20250131|x|1,00|0,00|||20250131||\n");
    }
    b.append("BQ|Banque|99|20250132|512000|Banque|||R|20250132|x|1,00|0,00|||20250132||\n");
    LedgerRejectedException e = rejected(b.toString());
    assertThat(e.violations()).hasSize(LedgerRejectedException.MAX_ERRORS);
    assertThat(e.violations().get(98).field()).isEqualTo("fec line 100 EcritureDate");
    assertThat(e.violations().get(99).field()).isEqualTo("fec line 100 PieceDate");
    assertThat(e.stoppedAtBound()).isTrue();
  }

  @Test
  void totalsLeavingALongStopTheRead() {
    // ten debits of 999,999,999,999,999,999 cents pass 9,223,372,036,854,775,807 on the tenth (file line 20)
    List<String> lines = new ArrayList<>(List.of(HEADER));
    for (int i = 1; i <= 10; i++) {
      lines.add(line(String.valueOf(i), "512000", MAX, "0,00"));
      lines.add(line(String.valueOf(i), "706000", "0,00", MAX));
    }
    LedgerRejectedException e = rejected(String.join("\n", lines));
    assertThat(e.violations()).hasSize(1);
    assertThat(e.field()).isEqualTo("fec line 20");
    assertThat(e.value()).isEqualTo("EUR 9999999999999999.99 | EUR 0.00");
    assertThat(e.problem()).isEqualTo("the totals leave the range of whole cents in a long");
  }

  @Test
  void anEcritureWhoseSumsLeaveALongStopsTheRead() {
    // écriture A takes ten debits of the largest amount while B takes as many negative ones: the totals stay
    // between 0 and one amount, A's sum passes a long on its tenth line (file line 20)
    List<String> lines = new ArrayList<>(List.of(HEADER));
    for (int i = 1; i <= 10; i++) {
      lines.add(line("A", "512000", MAX, "0,00"));
      lines.add(line("B", "512000", "-" + MAX, "0,00"));
    }
    LedgerRejectedException e = rejected(String.join("\n", lines));
    assertThat(e.violations()).hasSize(1);
    assertThat(e.field()).isEqualTo("fec line 20");
    assertThat(e.problem()).isEqualTo("the écriture's sums leave the range of whole cents in a long");
  }

  @Test
  void moreThanAHundredThousandOpenEcrituresStopTheRead() {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i <= FecParser.MAX_OPEN; i++) {
      b.append("OD|Divers|").append(i).append("|20250301|471000|Attente|||X|20250301|a|1,00|0,00|||20250301||\n");
    }
    LedgerRejectedException e = rejected(b.toString());
    assertThat(e.violations()).hasSize(1);
    assertThat(e.field()).isEqualTo("fec line 100002");
    assertThat(e.value()).isEqualTo("OD 100000");
    assertThat(e.problem()).isEqualTo("more than 100000 écritures unbalanced at once");
  }

  @Test
  void theByteEntryPointsGiveTheSameSummaryAndBalance() {
    byte[] bytes = FecReadingTest.text(FecReadingTest.SMALL, '|').getBytes(StandardCharsets.UTF_8);
    List<LigneFec> seen = new ArrayList<>();
    FecSummary summary = AccountsEngine.scanFec(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, seen::add);
    assertThat(summary.lineCount()).isEqualTo(10);
    assertThat(summary.totalDebit()).isEqualTo(Amount.of("3901.00"));
    assertThat(seen).hasSize(10);
    BalanceGenerale b = AccountsEngine.trialBalance(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8,
        BalanceGenerale.DEFAULT_A_NOUVEAUX);
    assertThat(b).isEqualTo(AccountsEngine.trialBalance(new StringReader(new String(bytes, StandardCharsets.UTF_8))));
    assertThat(b.line(CompteNum.of("512000")).orElseThrow().amounts().closingDebit()).isEqualTo(Amount.of("1949.50"));
  }
}
