package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.function.Function;
import org.cpom.CpomValidationException;
import org.cpom.accounts.AccountsEngine;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.accounts.CompteNum;
import org.cpom.accounts.RattachementTable;
import org.cpom.accounts.RepartitionKeys;
import org.cpom.accounts.ResultatDuCompte;
import org.cpom.accounts.Ventilation;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The historical base of a BBZ taken from a compte de résultat of the accounts, by account. */
class HistoricalBaseFromAccountsTest {
  private static final String HEADER = "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|"
      + "CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|"
      + "Montantdevise|Idevise";

  /**
   * The IME (suffix 01) buys 1,200.00 of supplies and gets a 200.00 rebate on them, pays 8,000.00 of salaries and
   * receives 9,500.00 of dotation; the siège (journal SIE) pays 300.01 of rent, shared 2 to 1 with the SESSAD
   * (suffix 02): the IME's share is 200.01 (the spare cent to the larger remainder), the SESSAD's 100.00.
   */
  private static final String LEDGER = String.join("\n", HEADER,
      "HA|Achats|1|20250131|60610001|Fournitures IME|||F1|20250131|Fournitures|1200,00|0,00|||||",
      "HA|Achats|1|20250131|401000|Fournisseurs|||F1|20250131|Fournitures|0,00|1200,00|||||",
      "HA|Achats|2|20250228|401000|Fournisseurs|||A1|20250228|Rabais|200,00|0,00|||||",
      "HA|Achats|2|20250228|60610001|Fournitures IME|||A1|20250228|Rabais|0,00|200,00|||||",
      "PA|Paie|3|20250131|64110001|Salaires IME|||P1|20250131|Paie|8000,00|0,00|||||",
      "PA|Paie|3|20250131|421000|Personnel|||P1|20250131|Paie|0,00|8000,00|||||",
      "SIE|Siège|4|20250131|613200|Locations siège|||S1|20250131|Loyer|300,01|0,00|||||",
      "SIE|Siège|4|20250131|512000|Banque|||S1|20250131|Loyer|0,00|300,01|||||",
      "VE|Dotations|5|20250131|411000|ARS|||D1|20250131|Dotation|9500,00|0,00|||||",
      "VE|Dotations|5|20250131|73110001|Dotation IME|||D1|20250131|Dotation|0,00|9500,00|||||",
      "VE|Dotations|6|20250131|64110002|Salaires SESSAD|||P2|20250131|Paie|0,00|0,00|||||",
      "VE|Dotations|6|20250131|421000|Personnel|||P2|20250131|Paie|0,00|0,00|||||") + "\n";
  private static final RattachementTable TABLE = RattachementTable.parse(
      "# source;code;target\nACCOUNT_SUFFIX;01;IME\nACCOUNT_SUFFIX;02;SESSAD\nJOURNAL_CODE;SIE;SIEGE\n");
  private static final RepartitionKeys KEYS = RepartitionKeys.parse("# pool;compte;weight\nSIEGE;IME;2\nSIEGE;SESSAD;1\n");

  private static Ventilation<CompteNum> byAccount() {
    return AccountsEngine.ventilate(new StringReader(LEDGER), TABLE, KEYS, Function.identity());
  }

  static ResultatDuCompte<CompteNum> ime() {
    return byAccount().compte("IME").orElseThrow();
  }

  static BalanceGenerale balance() {
    return AccountsEngine.trialBalance(new StringReader(LEDGER));
  }

  @Test
  void theImesChargesAndProduitsByAccountWithItsShareOfTheSiege() {
    ResultatDuCompte<CompteNum> ime = byAccount().compte("IME").orElseThrow();

    List<BudgetItem> base = BudgetEngine.historicalBase(ime, balance());

    assertThat(base).containsExactly(
        BudgetItem.of("60610001", "Fournitures IME", Amount.of("1000.00")),
        BudgetItem.of("613200", "Locations siège", Amount.of("200.01")),
        BudgetItem.of("64110001", "Salaires IME", Amount.of("8000.00")),
        BudgetItem.of("73110001", "Dotation IME", Amount.of("9500.00")));
    // feeds a BBZ's comparison with the last accounts: charges 9,200.01 in groups I to III
    assertThat(base.stream().filter(i -> i.account().startsWith("6")).map(BudgetItem::amount)
        .reduce(Amount.ZERO, Amount::plus)).isEqualTo(ime.totalCharges());
  }

  @Test
  void anAccountWithNothingNetGivesNoLine() {
    ResultatDuCompte<CompteNum> sessad = byAccount().compte("SESSAD").orElseThrow();

    assertThat(BudgetEngine.historicalBase(sessad, balance()))
        .containsExactly(BudgetItem.of("613200", "Locations siège", Amount.of("100.00")));
  }

  @Test
  void aBalanceFromAnotherLedgerIsRejectedNamingTheAccount() {
    ResultatDuCompte<CompteNum> ime = byAccount().compte("IME").orElseThrow();
    BalanceGenerale other = AccountsEngine.trialBalance(new StringReader(String.join("\n", HEADER,
        "HA|Achats|1|20250131|60610001|Fournitures IME|||F1|20250131|Fournitures|1200,00|0,00|||||",
        "HA|Achats|1|20250131|401000|Fournisseurs|||F1|20250131|Fournitures|0,00|1200,00|||||") + "\n"));

    assertThatThrownBy(() -> BudgetEngine.historicalBase(ime, other))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("compte[IME].account");
          assertThat(e.value()).isEqualTo("613200");
          assertThat(e.rule().toString()).contains("cpom:ventilation");
        });
    assertThatThrownBy(() -> BudgetEngine.historicalBase(null, other)).hasMessage("compte");
    assertThatThrownBy(() -> BudgetEngine.historicalBase(ime, null)).hasMessage("balance");
  }
}
