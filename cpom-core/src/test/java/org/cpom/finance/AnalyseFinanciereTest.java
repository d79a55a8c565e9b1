package org.cpom.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.accounts.AccountsEngine;
import org.cpom.accounts.BalanceColumns;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The financial tables of a trial balance: CAF both ways, FRNG, BFR, trésorerie. */
class AnalyseFinanciereTest {
  private static final BalanceColumns LAYOUT = BalanceColumns.of('|', ',', "compte", "libelle", "debit", "credit");

  /** A trial balance from lines "account debit credit" (euros, {@code -} for none). */
  static BalanceGenerale balance(String... lines) {
    StringBuilder text = new StringBuilder("Compte|Libellé|Débit|Crédit\n");
    for (String l : lines) {
      String[] f = l.split(" ");
      text.append(f[0]).append("|Compte ").append(f[0]).append('|').append(f[1].equals("-") ? "" : f[1]).append('|')
          .append(f[2].equals("-") ? "" : f[2]).append('\n');
    }
    return AccountsEngine.trialBalance(new StringReader(text.toString()), LAYOUT);
  }

  private static Amount eur(String euros) {
    return Amount.of(euros);
  }

  /**
   * W1 (finance-formulas §6), set in French accounts: the CAF 1,533,000 both ways. The source counts the
   * dotations on current assets (6817) as paid, so the reading adds back 6811, 6812, 686, 687 and 675 only.
   */
  private static final String[] W1 = {"706 - 3000000", "641 1185000 -", "6811 190000 -", "6817 42000 -",
      "65 124000 -", "66 47000 -", "671 30000 -", "695 92000 -", "75 - 12000", "76 - 41000", "787 - 13000",
      "775 - 256000", "675 180000 -", "512 1432000 -"};

  @Test
  void w1CafByBothMethods() {
    CafAccounts w1 = CafAccounts.of(Set.of("6811", "6812", "686", "687", "675"), Set.of("78", "775", "777"));
    AnalyseFinanciere a = FinanceEngine.analyse(balance(W1), w1);
    assertThat(a.resultat()).isEqualTo(eur("1432000"));
    assertThat(a.chargesCalculees()).isEqualTo(eur("370000"));
    assertThat(a.produitsCalcules()).isEqualTo(eur("269000"));
    assertThat(a.caf()).isEqualTo(eur("1533000"));
    assertThat(a.ebe()).isEqualTo(eur("1815000"));
    assertThat(a.autresProduits()).isEqualTo(eur("53000"));
    assertThat(a.autresCharges()).isEqualTo(eur("335000"));
    assertThat(a.cafFromEbe()).isEqualTo(eur("1533000"));
    // the result stays in the FRNG until it is carried to account 12; the bank holds it here
    assertThat(a.frng()).isEqualTo(eur("1432000"));
    assertThat(a.bfr()).isEqualTo(Amount.ZERO);
    assertThat(a.tresorerie()).isEqualTo(eur("1432000"));
  }

  @Test
  void w1WithTheErrdReadingAddsBackEvery68() {
    AnalyseFinanciere a = FinanceEngine.analyse(balance(W1));
    assertThat(a.cafAccounts()).isEqualTo(CafAccounts.ERRD);
    assertThat(a.caf()).isEqualTo(eur("1575000"));
    assertThat(a.cafFromEbe()).isEqualTo(eur("1575000"));
  }

  @Test
  void theErrdReadingTakesOut778() {
    AnalyseFinanciere a = FinanceEngine.analyse(balance("7788 - 100", "6068 40 -", "512 60 -"));
    assertThat(a.resultat()).isEqualTo(eur("60"));
    assertThat(a.caf()).isEqualTo(eur("-40"));
    assertThat(a.cafFromEbe()).isEqualTo(eur("-40"));
    AnalyseFinanciere without778 = FinanceEngine.analyse(balance("7788 - 100", "6068 40 -", "512 60 -"),
        CafAccounts.of(Set.of("68", "675"), Set.of("78", "775", "777")));
    assertThat(without778.caf()).isEqualTo(eur("60"));
    assertThat(without778).isNotEqualTo(a);
  }

  /** W11 (finance-formulas §6): FRNG 650,000, BFR −40,000, trésorerie 690,000. */
  @Test
  void w11FrngBfrTresorerie() {
    AnalyseFinanciere a = FinanceEngine.analyse(balance("102 - 2000000", "131 - 350000",
        "151 - 400000", "164 - 1500000", "2813 - 2600000", "213 6200000 -", "31 20000 -", "411 450000 -",
        "486 30000 -", "401 - 180000", "431 - 320000", "487 - 40000", "512 690000 -"));
    assertThat(a.frng()).isEqualTo(eur("650000.00"));
    assertThat(a.bfr()).isEqualTo(eur("-40000.00"));
    assertThat(a.tresorerie()).isEqualTo(eur("690000.00"));
    assertThat(a.resultat()).isEqualTo(Amount.ZERO);
    assertThat(a.caf()).isEqualTo(Amount.ZERO);
    Amount chargesCourantes = eur("5475000");
    assertThat(FinanceEngine.enJours(a.frng(), chargesCourantes, 365)).isEqualByComparingTo("43.33");
    assertThat(FinanceEngine.enJours(a.bfr(), chargesCourantes, 365)).isEqualByComparingTo("-2.67");
    assertThat(FinanceEngine.enJours(a.tresorerie(), chargesCourantes, 365)).isEqualByComparingTo("46.00");
    assertThat(FinanceEngine.enJours(a.tresorerie(), chargesCourantes, 365).scale()).isEqualTo(2);
  }

  @Test
  void daysNeedChargesAboveZeroAndAYear() {
    assertThat(FinanceEngine.enJours(Amount.ZERO, eur("1"), 360)).isEqualByComparingTo("0");
    assertThat(FinanceEngine.enJours(eur("-0.01"), eur("730"), 365)).isEqualByComparingTo("-0.01");
    assertThatThrownBy(() -> FinanceEngine.enJours(eur("1"), Amount.ZERO, 365))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("charges"));
    assertThatThrownBy(() -> FinanceEngine.enJours(eur("1"), eur("-5"), 365))
        .isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> FinanceEngine.enJours(eur("1"), eur("5"), 367))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("dayBase"));
  }

  /** W6: emplois stables 100, ressources stables 120, FRNG 20. */
  @Test
  void w6Frng() {
    AnalyseFinanciere a = FinanceEngine.analyse(balance("213 100 -", "102 - 120", "512 20 -"));
    assertThat(a.frng()).isEqualTo(eur("20"));
    assertThat(a.bfr()).isEqualTo(Amount.ZERO);
    assertThat(a.tresorerie()).isEqualTo(eur("20"));
  }

  @Test
  void negativeFiguresAndAnOverdraft() {
    // a deficit, a negative FRNG, a BFR above it and a bank overdraft (519)
    AnalyseFinanciere a = FinanceEngine.analyse(balance("213 1000 -", "102 - 500", "411 300 -",
        "401 - 100", "519 - 900", "606 400 -", "6811 100 -", "736 - 300"));
    assertThat(a.resultat()).isEqualTo(eur("-200"));
    assertThat(a.caf()).isEqualTo(eur("-100"));
    assertThat(a.ebe()).isEqualTo(eur("-100"));
    assertThat(a.cafFromEbe()).isEqualTo(eur("-100"));
    assertThat(a.frng()).isEqualTo(eur("-700"));
    assertThat(a.bfr()).isEqualTo(eur("200"));
    assertThat(a.tresorerie()).isEqualTo(eur("-900"));
  }

  @Test
  void aProvisionOnTheUnusualSideCountsWithItsSign() {
    AnalyseFinanciere a = FinanceEngine.analyse(balance("491 50 -", "411 100 -", "102 - 150"));
    assertThat(a.frng()).isEqualTo(eur("100"));
    assertThat(a.bfr()).isEqualTo(eur("100"));
    assertThat(a.tresorerie()).isEqualTo(Amount.ZERO);
  }

  @Test
  void aBalanceOfZerosGivesZeros() {
    AnalyseFinanciere a = FinanceEngine.analyse(balance("512 - -", "706 - -"));
    assertThat(List.of(a.resultat(), a.caf(), a.cafFromEbe(), a.ebe(), a.frng(), a.bfr(), a.tresorerie()))
        .containsOnly(Amount.ZERO);
  }

  @Test
  void classesEightAndNineMustBalance() {
    AnalyseFinanciere a = FinanceEngine.analyse(balance("860 10 -", "870 - 10", "512 5 -",
        "102 - 5"));
    assertThat(a.tresorerie()).isEqualTo(eur("5"));
    assertThatThrownBy(() -> FinanceEngine.analyse(balance("860 10 -", "512 - 10")))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("balance");
          assertThat(e.value()).isEqualTo("860");
          assertThat(e.rule()).isEqualTo(LegalBasis.convention(Convention.FINANCIAL_ANALYSIS));
        });
  }

  @Test
  void aCafReadingIsCheckedAndComparesByValue() {
    assertThat(CafAccounts.of(Set.of("68", "675"), Set.of("78", "775", "777", "778"))).isEqualTo(CafAccounts.ERRD)
        .hasSameHashCodeAs(CafAccounts.ERRD);
    assertThatThrownBy(() -> CafAccounts.of(Set.of("78"), Set.of()))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field())
            .isEqualTo("chargesCalculees"));
    assertThatThrownBy(() -> CafAccounts.of(Set.of(), Set.of("7")))
        .isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> CafAccounts.of(Set.of(), Set.of("7a")))
        .isInstanceOf(CpomValidationException.class);
    // the digits of an account number are ASCII: an Arabic-Indic eight is not one
    assertThatThrownBy(() -> CafAccounts.of(Set.of("6\u0668"), Set.of()))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field())
            .isEqualTo("chargesCalculees"));
    assertThatThrownBy(() -> CafAccounts.of(Set.of("6811", "1".repeat(org.cpom.accounts.CompteNum.MAX_LENGTH + 1)),
        Set.of())).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> CafAccounts.of(Set.of(""), Set.of())).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> CafAccounts.of(Set.of(), Set.of("68"))).isInstanceOfSatisfying(
        CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("produitsCalcules"));
    java.util.Set<String> withNull = new java.util.HashSet<>(java.util.Arrays.asList("68", null));
    assertThatThrownBy(() -> CafAccounts.of(withNull, Set.of())).isInstanceOf(NullPointerException.class);
    assertThat(CafAccounts.ERRD.chargesCalculees()).containsExactly("675", "68");
    assertThatThrownBy(() -> CafAccounts.ERRD.chargesCalculees().add("60"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> FinanceEngine.analyse(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("balance");
    assertThatThrownBy(() -> FinanceEngine.analyse(balance("512 - -"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("cafAccounts");
  }

  @Test
  void theSameBalanceGivesEqualTables() {
    AnalyseFinanciere a = FinanceEngine.analyse(balance(W1));
    AnalyseFinanciere b = FinanceEngine.analyse(balance(W1));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString(b.toString());
    assertThat(a.toString()).contains("CAF", "FRNG");
  }

  private static final String[] ACCOUNTS = {"102", "1068", "131", "151", "164", "165", "213", "2813", "215",
      "2815", "31", "39", "401", "411", "4191", "431", "486", "487", "491", "512", "519", "59", "531", "601", "606",
      "641", "645", "655", "661", "671", "675", "6811", "6815", "6817", "686", "695", "706", "731", "736", "74",
      "755", "76", "771", "775", "777", "778", "7811", "787", "791", "860", "870"};

  /** Seeded generated balances: FRNG − BFR = trésorerie and the CAF both ways, to the cent. */
  @Test
  void identitiesOnGeneratedBalances() {
    Random random = new Random(20261203L);
    CafAccounts other = CafAccounts.of(Set.of("6811", "675"), Set.of("7811", "775"));
    for (int i = 0; i < 10_000; i++) {
      List<String> lines = new ArrayList<>();
      long net = 0;
      int n = 1 + random.nextInt(20);
      for (int j = 0; j < n; j++) {
        String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)] + j;
        long cents = random.nextInt(2_000_000_001) - 1_000_000_000L;
        if (account.startsWith("8")) {
          continue; // classes 8 are balanced pairs, below
        }
        net += cents;
        String amount = Amount.ofCents(Math.abs(cents)).toBigDecimal().toPlainString().replace('.', ',');
        lines.add(account + (cents >= 0 ? " " + amount + " -" : " - " + amount));
      }
      if (random.nextBoolean()) {
        lines.add("860x 12,34 -");
        lines.add("870x - 12,34");
      }
      String amount = Amount.ofCents(Math.abs(net)).toBigDecimal().toPlainString().replace('.', ',');
      lines.add("58 " + (net <= 0 ? amount + " -" : "- " + amount));
      AnalyseFinanciere a = FinanceEngine.analyse(balance(lines.toArray(new String[0])),
          i % 2 == 0 ? CafAccounts.ERRD : other);
      assertThat(a.frng().minus(a.bfr())).as("case %d", i).isEqualTo(a.tresorerie());
      assertThat(a.cafFromEbe()).as("case %d", i).isEqualTo(a.caf());
    }
  }
}
