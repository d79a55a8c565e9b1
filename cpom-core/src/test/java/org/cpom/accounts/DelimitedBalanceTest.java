package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.stream.Collectors;
import org.cpom.Violation;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** A trial balance read from a delimited file in a declared layout. */
class DelimitedBalanceTest {
  private static final BalanceColumns LAYOUT = BalanceColumns.of(';', '.', "Compte", "Intitulé", "Mvt Débit",
      "Mvt Crédit").withOpening("AN Débit", "AN Crédit").withClosing("Solde Débit", "Solde Crédit");

  /** The balance of FecReadingTest.SMALL, as an ERP would export it, with a column the reader ignores. */
  private static final String SMALL = String.join("\n",
      "Compte;Intitulé;Journal;AN Débit;AN Crédit;Mvt Débit;Mvt Crédit;Solde Débit;Solde Crédit",
      "102000;Fonds associatifs;x;0;1000.00;0;0;0;1000.00",
      "401000;Fournisseurs;x;;;250.50;250.50;;",
      "411000;Usagers;x;0;0;1200.00;1200.00;0;0",
      "512000;Banque;x;1000.00;0;1200.00;250.50;1949.50;0",
      "606100;Fournitures;x;0;0;250.50;0;250.50;0",
      "706000;\"Prestations; services\";x;0;0;0;1200.00;0;1200.00");

  private static LedgerRejectedException rejected(String text, BalanceColumns layout) {
    try {
      AccountsEngine.trialBalance(new StringReader(text), layout);
    } catch (LedgerRejectedException e) {
      return e;
    }
    throw new AssertionError("not rejected");
  }

  @Test
  void readsTheDeclaredColumnsToTheSameFiguresAsTheFec() {
    BalanceGenerale b = AccountsEngine.trialBalance(new StringReader(SMALL), LAYOUT);
    BalanceGenerale fromFec = AccountsEngine.trialBalance(
        new StringReader(FecReadingTest.text(FecReadingTest.SMALL, '|')));
    assertThat(b.lines()).extracting(l -> l.amounts().closingBalance())
        .isEqualTo(fromFec.lines().stream().map(l -> l.amounts().closingBalance()).collect(Collectors.toList()));
    assertThat(b.line(CompteNum.of("706000")).orElseThrow().libelle()).isEqualTo("Prestations; services");
    assertThat(b.totals().closingDebit()).isEqualTo(Amount.of("2200.00"));
    assertThat(b.totals().closingCredit()).isEqualTo(Amount.of("2200.00"));
    assertThat(b.totals().openingDebit()).isEqualTo(Amount.of("1000.00"));
    assertThat(b.fec()).isEmpty();
    assertThat(fromFec.fec()).isPresent();
  }

  @Test
  void withoutOpeningOrClosingColumnsTheMovementsAreTheBalance() {
    String text = "Compte|Libellé|Débit|Crédit\n512000|Banque|100,00|\n706000|Prestations||100,00\n";
    BalanceGenerale b = AccountsEngine.trialBalance(new StringReader(text),
        BalanceColumns.of('|', ',', "compte", "libelle", "debit", "credit"));
    assertThat(b.line(CompteNum.of("512000")).orElseThrow().amounts().closingDebit()).isEqualTo(Amount.of("100.00"));
    assertThat(b.totals().closingCredit()).isEqualTo(Amount.of("100.00"));
  }

  @Test
  void everyErrorIsReportedWithItsLineAndColumn() {
    String text = String.join("\n",
        "Compte;Intitulé;Journal;AN Débit;AN Crédit;Mvt Débit;Mvt Crédit;Solde Débit;Solde Crédit",
        "102000;Fonds associatifs;x;0;1000,00;0;0;0;1000.00",
        "401000;;x;0;0;0;0;0;0",
        "411000;Usagers;x;0;0;1200.00;1200.00;0",
        "512000;Banque;x;1000.00;0;1200.00;250.50;1949.00;0",
        "606100;Fournitures;x;0;0;250.50;0;250.50;0",
        "606100;Fournitures;x;0;0;250.50;0;250.50;0",
        "6 06;Fournitures;x;0;0;1 250.50;0;250.50;0");
    LedgerRejectedException e = rejected(text, LAYOUT);
    assertThat(e.violations()).extracting(Violation::field).containsExactly("balance line 2 AN Crédit",
        "balance line 3 Intitulé", "balance line 4", "balance line 5 Solde Débit", "balance line 7 Compte",
        "balance line 8 Compte", "balance line 8 Mvt Débit");
    assertThat(e.violations().get(0).problem()).isEqualTo("a comma: the decimal separator is a point");
    assertThat(e.violations().get(3).problem()).contains("differs");
    assertThat(e.violations().get(4).problem()).isEqualTo("account given twice, first on line 6");
  }

  @Test
  void anUnbalancedBalanceAndAMissingColumnAreRejected() {
    LedgerRejectedException e = rejected("Compte;Intitulé;Mvt Débit;Mvt Crédit\n512000;Banque;100.00;0\n",
        BalanceColumns.of(';', '.', "Compte", "Intitulé", "Mvt Débit", "Mvt Crédit"));
    assertThat(e.field()).isEqualTo("balance");
    assertThat(e.problem()).isEqualTo("does not balance: closing debits minus credits is EUR 100.00");
    LedgerRejectedException missing = rejected(SMALL,
        BalanceColumns.of(';', '.', "Compte", "Label", "Mvt Débit", "Mvt Crédit"));
    assertThat(missing.problem()).contains("no column named \"Label\"");
  }

  @Test
  void theLayoutChecksItsSeparators() {
    assertThatThrownBy(() -> BalanceColumns.of(',', ',', "a", "b", "c", "d")).hasMessageContaining("separator");
    assertThatThrownBy(() -> BalanceColumns.of(';', ';', "a", "b", "c", "d")).hasMessageContaining("decimal");
    assertThatThrownBy(() -> BalanceColumns.of(';', ',', " ", "b", "c", "d")).hasMessageContaining("column name");
    assertThatThrownBy(() -> BalanceColumns.of(';', ',', null, "b", "c", "d")).hasMessage("compte");
    assertThat(LAYOUT).isEqualTo(BalanceColumns.of(';', '.', "Compte", "Intitulé", "Mvt Débit", "Mvt Crédit")
        .withOpening("AN Débit", "AN Crédit").withClosing("Solde Débit", "Solde Crédit"));
    assertThatThrownBy(() -> AccountsEngine.trialBalance(new StringReader(SMALL), (BalanceColumns) null))
        .hasMessage("columns");
  }
}
