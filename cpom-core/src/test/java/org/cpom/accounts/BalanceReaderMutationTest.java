package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.cpom.Violation;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/**
 * The delimited trial balance at the edges its mutants moved: an empty file, a header or a line that cannot be
 * split, a line too long, the field count, a declared column first in the line, the bound on accounts.
 */
class BalanceReaderMutationTest {
  private static final BalanceColumns PLAIN = BalanceColumns.of(';', '.', "Compte", "Intitulé", "Débit", "Crédit");

  private static LedgerRejectedException rejected(String text, BalanceColumns layout) {
    try {
      AccountsEngine.trialBalance(new StringReader(text), layout);
    } catch (LedgerRejectedException e) {
      return e;
    }
    throw new AssertionError("not rejected");
  }

  @Test
  void anEmptyFileIsAnErrorOnLineOne() {
    LedgerRejectedException e = rejected("", PLAIN);
    assertThat(e.violations()).hasSize(1);
    assertThat(e.field()).isEqualTo("balance line 1");
    assertThat(e.problem()).isEqualTo("empty file: the first line names the columns");
  }

  @Test
  void aHeaderThatCannotBeSplitIsAnErrorOnLineOne() {
    LedgerRejectedException e = rejected("\"Compte;Intitulé;Débit;Crédit\n512000;Banque;0;0\n", PLAIN);
    assertThat(e.violations()).extracting(Violation::field).containsExactly("balance line 1");
    assertThat(e.problem()).contains("quoted field is not closed");
  }

  @Test
  void aLineTooLongStopsTheRead() {
    String text = "Compte;Intitulé;Débit;Crédit\n512000;" + "x".repeat(20_001) + ";0;0\n706000;y;0;0\n";
    LedgerRejectedException e = rejected(text, PLAIN);
    assertThat(e.violations()).extracting(Violation::field).containsExactly("balance line 2");
    assertThat(e.problem()).isEqualTo("longer than 20000 characters");
  }

  @Test
  void emptyUnsplittableShortAndLongLinesAreEachNamed() {
    String text = String.join("\n", "Compte;Intitulé;Débit;Crédit",
        "512000;Banque;100.00;0",
        "",
        "706000;\"Prestations;100.00;0",
        "706000;Prestations;0",
        "706000;Prestations;0;100.00;x",
        "706000;Prestations;0;100.00");
    LedgerRejectedException e = rejected(text, PLAIN);
    assertThat(e.violations()).extracting(Violation::field).containsExactly("balance line 3", "balance line 4",
        "balance line 5", "balance line 6");
    assertThat(e.violations().get(0).problem()).isEqualTo("empty line");
    assertThat(e.violations().get(1).problem()).contains("quoted field is not closed");
    assertThat(e.violations().get(2).problem()).isEqualTo("4 fields expected as in the header, 3 found");
    assertThat(e.violations().get(3).problem()).isEqualTo("4 fields expected as in the header, more found");
  }

  @Test
  void aMovementColumnMayComeFirst() {
    String text = "Débit;Compte;Intitulé;Crédit\n100.00;512000;Banque;0\n0;706000;Prestations;100.00\n";
    BalanceGenerale b = AccountsEngine.trialBalance(new StringReader(text), PLAIN);
    assertThat(b.line(CompteNum.of("512000")).orElseThrow().amounts().movementDebit()).isEqualTo(Amount.of("100.00"));
    assertThat(b.totals().closingDebit()).isEqualTo(Amount.of("100.00"));
  }

  @Test
  void aClosingColumnFirstIsStillChecked() {
    BalanceColumns layout = PLAIN.withClosing("Solde Débit", "Solde Crédit");
    String text = "Solde Débit;Compte;Intitulé;Débit;Crédit;Solde Crédit\n"
        + "999.00;512000;Banque;100.00;0;0\n0;706000;Prestations;0;100.00;100.00\n";
    LedgerRejectedException e = rejected(text, layout);
    assertThat(e.violations()).extracting(Violation::field).containsExactly("balance line 2 Solde Débit");
    assertThat(e.value()).isEqualTo("EUR 999.00 | EUR 0.00");
  }

  @Test
  void moreThanAHundredThousandAccountsStopTheRead() {
    StringBuilder b = new StringBuilder("Compte;Intitulé;Débit;Crédit\n");
    for (int i = 0; i <= BalanceGenerale.MAX_ACCOUNTS; i++) {
      b.append(6_000_000 + i).append(";c;0;0\n");
    }
    LedgerRejectedException e = rejected(b.toString(), PLAIN);
    assertThat(e.violations()).hasSize(1);
    assertThat(e.field()).isEqualTo("balance line 100002 Compte");
    assertThat(e.value()).isEqualTo("6100000");
    assertThat(e.problem()).isEqualTo("more than 100000 accounts");
  }

  @Test
  void theByteEntryPointReadsTheSameBalance() {
    String text = "Compte;Intitulé;Débit;Crédit\n512000;Banque;100.00;0\n706000;Prestations;0;100.00\n";
    BalanceGenerale b = AccountsEngine.trialBalance(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8, PLAIN);
    assertThat(b).isEqualTo(AccountsEngine.trialBalance(new StringReader(text), PLAIN));
    assertThat(b.lines()).hasSize(2);
  }
}
