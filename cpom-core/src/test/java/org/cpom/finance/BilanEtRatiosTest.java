package org.cpom.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.cpom.CpomValidationException;
import org.cpom.Violation;
import org.cpom.accounts.AccountsEngine;
import org.cpom.accounts.BalanceColumns;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

/** The bilan financier, the tableau de financement and the ratios of a trial balance. */
class BilanEtRatiosTest {
  private static final BalanceColumns CLOSING = BalanceColumns.of('|', ',', "compte", "libelle", "debit", "credit");
  private static final BalanceColumns FULL = BalanceColumns.of('|', '.', "compte", "libelle", "debit", "credit")
      .withOpening("od", "oc");

  /** A trial balance from lines "account debit credit" (euros, {@code -} for none). */
  private static BalanceGenerale balance(String... lines) {
    StringBuilder text = new StringBuilder("Compte|Libellé|Débit|Crédit\n");
    for (String l : lines) {
      String[] f = l.split(" ");
      text.append(f[0]).append("|Compte ").append(f[0]).append('|').append(f[1].equals("-") ? "" : f[1]).append('|')
          .append(f[2].equals("-") ? "" : f[2]).append('\n');
    }
    return AccountsEngine.trialBalance(new StringReader(text.toString()), CLOSING);
  }

  /** A trial balance from cents by account: opening debit, opening credit, movement debit, movement credit. */
  static BalanceGenerale full(Map<String, long[]> accounts) {
    StringBuilder text = new StringBuilder("Compte|Libellé|od|oc|Débit|Crédit\n");
    accounts.forEach((a, v) -> {
      text.append(a).append("|Compte ").append(a);
      for (int i : new int[] {0, 1, 2, 3}) {
        text.append('|').append(Amount.ofCents(v[i]).toBigDecimal().toPlainString());
      }
      text.append('\n');
    });
    return AccountsEngine.trialBalance(new StringReader(text.toString()), FULL);
  }

  private static Amount eur(String euros) {
    return Amount.of(euros);
  }

  private static Rate pct(String percent) {
    return Rate.ofPercent(percent);
  }

  private static final String[] W11 = {"102 - 2000000", "131 - 350000", "151 - 400000", "164 - 1500000",
      "2813 - 2600000", "213 6200000 -", "31 20000 -", "411 450000 -", "486 30000 -", "401 - 180000",
      "431 - 320000", "487 - 40000", "512 690000 -", "606 5475000 -", "6811 10000 -", "706 - 5485000"};

  /** W11 with 5,475,000 of charges courantes on the balance: 43.33, −2.67 and 46.00 days. */
  @Test
  void w11BilanFinancierAndDays() {
    BilanFinancier b = FinanceEngine.bilanFinancier(balance(W11));
    assertThat(b.frng()).isEqualTo(eur("650000.00"));
    assertThat(b.fre()).isEqualTo(eur("400000")); // the provisions 151; no result
    assertThat(b.fri()).isEqualTo(eur("250000"));
    assertThat(b.bfr()).isEqualTo(eur("-40000"));
    assertThat(b.bfrR31448()).isEqualTo(eur("-40000"));
    assertThat(b.tresorerie()).isEqualTo(eur("690000"));
    assertThat(b.charges()).isEqualTo(eur("5475000")); // 6811 left out
    assertThat(b.frngEnJours()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("43.33"));
    assertThat(b.bfrEnJours()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-2.67"));
    assertThat(b.tresorerieEnJours()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("46.00"));
    BilanFinancier b360 = FinanceEngine.bilanFinancier(balance(W11), FondsDeRoulementAccounts.DEFAULT,
        BfrAccounts.R314_48, JoursDeCharges.of(Set.of("68", "675"), 360));
    assertThat(b360.frngEnJours()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("42.74"));
    BilanFinancier all = FinanceEngine.bilanFinancier(balance(W11), FondsDeRoulementAccounts.DEFAULT,
        BfrAccounts.R314_48, JoursDeCharges.of(Set.of(), 365));
    assertThat(all.charges()).isEqualTo(eur("5485000"));
    assertThat(all.frngEnJours()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("43.25"));
    assertThat(JoursDeCharges.forYear(Set.of("68"), Year.of(2024)).dayBase()).isEqualTo(366);
    assertThat(JoursDeCharges.forYear(Set.of("68"), Year.of(2025)).dayBase()).isEqualTo(365);
  }

  @Test
  void theResultIsFreAndNoChargesGiveNoDays() {
    BilanFinancier b = FinanceEngine.bilanFinancier(balance("706 - 100", "512 100 -"));
    assertThat(b.fre()).isEqualTo(eur("100"));
    assertThat(b.fri()).isEqualTo(Amount.ZERO);
    assertThat(b.charges()).isEqualTo(Amount.ZERO);
    assertThat(b.frngEnJours()).isEmpty();
    assertThat(b.enJours(eur("1"))).isEmpty();
    // negative charges (a credit on class 6) give no days either
    BilanFinancier neg = FinanceEngine.bilanFinancier(balance("609 - 10", "512 10 -"));
    assertThat(neg.tresorerieEnJours()).isEmpty();
  }

  /** The R314-48 III BFR leaves out 404, 46 and 481 and counts 165; the balance-sheet BFR the other way. */
  @Test
  void theTwoBfrsDiffer() {
    BilanFinancier b = FinanceEngine.bilanFinancier(balance("411 1000 -", "404 - 200", "467 - 100",
        "165 - 50", "481 30 -", "102 - 680"));
    assertThat(b.bfr()).isEqualTo(eur("730"));
    assertThat(b.bfrR31448()).isEqualTo(eur("950"));
    assertThat(b.frng()).isEqualTo(eur("730"));
    assertThat(b.fre()).isEqualTo(eur("50"));
    assertThat(b.fri()).isEqualTo(eur("680"));
    assertThat(b.tresorerie()).isEqualTo(Amount.ZERO);
    BilanFinancier own = FinanceEngine.bilanFinancier(balance("411 1000 -", "4117 - 300", "102 - 700"),
        FondsDeRoulementAccounts.of(Set.of("1"), Set.of("102")), BfrAccounts.of(Set.of("41"), Set.of("4117")),
        JoursDeCharges.CHARGES_COURANTES_365);
    assertThat(own.bfrR31448()).isEqualTo(eur("1000"));
    assertThat(own.fre()).isEqualTo(eur("700"));
    assertThat(own.fri()).isEqualTo(Amount.ZERO);
  }

  @Test
  void accountListsAreChecked() {
    assertThatThrownBy(() -> FondsDeRoulementAccounts.of(Set.of("1"), Set.of("1")))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("fre"));
    assertThatThrownBy(() -> FondsDeRoulementAccounts.of(Set.of("1a"), Set.of()))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("fri"));
    assertThatThrownBy(() -> BfrAccounts.of(Set.of(""), Set.of()))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("included"));
    assertThatThrownBy(() -> BfrAccounts.of(Set.of("41"), Set.of("41")))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("excluded"));
    assertThatThrownBy(() -> JoursDeCharges.of(Set.of("78"), 365))
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("chargesExclues"));
    assertThatThrownBy(() -> JoursDeCharges.of(Set.of(), 359))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("dayBase"));
    assertThatThrownBy(() -> JoursDeCharges.of(Set.of(), 367)).isInstanceOf(CpomValidationException.class);
    assertThat(FondsDeRoulementAccounts.of(Set.of("2", "1"), Set.of("12")))
        .isEqualTo(FondsDeRoulementAccounts.of(Set.of("1", "2"), Set.of("12")))
        .hasSameHashCodeAs(FondsDeRoulementAccounts.of(Set.of("1", "2"), Set.of("12")));
    assertThat(BfrAccounts.of(Set.of("3"), Set.of("39"))).isEqualTo(BfrAccounts.of(Set.of("3"), Set.of("39")));
    assertThat(JoursDeCharges.of(Set.of("68", "675"), 365)).isEqualTo(JoursDeCharges.CHARGES_COURANTES_365);
    assertThat(BfrAccounts.R314_48.included()).contains("165", "486").doesNotContain("404");
    assertThat(FondsDeRoulementAccounts.DEFAULT.fre()).contains("10685", "15");
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    BalanceGenerale b = balance("512 1 -", "102 - 1");
    assertThatThrownBy(() -> FinanceEngine.bilanFinancier(null)).hasMessageContaining("balance");
    assertThatThrownBy(() -> FinanceEngine.bilanFinancier(b, null, BfrAccounts.R314_48,
        JoursDeCharges.CHARGES_COURANTES_365)).hasMessageContaining("fondsDeRoulement");
    assertThatThrownBy(() -> FinanceEngine.bilanFinancier(b, FondsDeRoulementAccounts.DEFAULT, null,
        JoursDeCharges.CHARGES_COURANTES_365)).hasMessageContaining("bfrAccounts");
    assertThatThrownBy(() -> FinanceEngine.bilanFinancier(b, FondsDeRoulementAccounts.DEFAULT,
        BfrAccounts.R314_48, null)).hasMessageContaining("jours");
    assertThatThrownBy(() -> FinanceEngine.tableauDeFinancement(null)).hasMessageContaining("balance");
    assertThatThrownBy(() -> FinanceEngine.tableauDeFinancement(b, null)).hasMessageContaining("cafAccounts");
    assertThatThrownBy(() -> FinanceEngine.ratios(null, Year.of(2024))).hasMessageContaining("balance");
    assertThatThrownBy(() -> FinanceEngine.ratios(b, null)).hasMessageContaining("exercice");
    assertThatThrownBy(() -> FinanceEngine.ratios(b, Year.of(2024), null, AssietteEndettement.PRODUITS))
        .hasMessageContaining("cafAccounts");
    assertThatThrownBy(() -> FinanceEngine.ratios(b, Year.of(2024), CafAccounts.ERRD, null))
        .hasMessageContaining("assiette");
    assertThatThrownBy(() -> FondsDeRoulementAccounts.of(null, Set.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BfrAccounts.of(Set.of(), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JoursDeCharges.of(null, 365)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JoursDeCharges.forYear(Set.of(), null)).hasMessageContaining("year");
    assertThatThrownBy(() -> FinanceEngine.bilanFinancier(b).enJours(null)).hasMessageContaining("amount");
  }

  static void put(Map<String, long[]> m, String account, long od, long oc, long md, long mc) {
    long[] v = m.computeIfAbsent(account, k -> new long[4]);
    v[0] += od;
    v[1] += oc;
    v[2] += md;
    v[3] += mc;
  }

  /** An exercice that buys more than its CAF and its new subsidy finance: a prélèvement of 320. */
  @Test
  void aTableauDeFinancementWithAPrelevement() {
    Map<String, long[]> m = new TreeMap<>();
    put(m, "102", 0, 100_000, 0, 0);
    put(m, "164", 0, 20_000, 5_000, 0);
    put(m, "131", 0, 0, 0, 3_000);
    put(m, "213", 60_000, 0, 0, 0);
    put(m, "2154", 0, 0, 40_000, 0);
    put(m, "2813", 0, 10_000, 0, 8_000);
    put(m, "512", 70_000, 0, 103_000, 135_000);
    put(m, "706", 0, 0, 0, 100_000);
    put(m, "606", 0, 0, 90_000, 0);
    put(m, "6811", 0, 0, 8_000, 0);
    BalanceGenerale b = full(m);
    TableauDeFinancement t = FinanceEngine.tableauDeFinancement(b);
    assertThat(t.frngOuverture()).isEqualTo(eur("700"));
    assertThat(t.caf()).isEqualTo(eur("100"));
    assertThat(t.capitauxPropres()).isEqualTo(eur("30"));
    assertThat(t.emprunts()).isEqualTo(Amount.ZERO);
    assertThat(t.remboursementsEmprunts()).isEqualTo(eur("50"));
    assertThat(t.acquisitions()).isEqualTo(eur("400"));
    assertThat(t.autresVariations()).isEqualTo(Amount.ZERO);
    assertThat(t.ressources()).isEqualTo(eur("130"));
    assertThat(t.emplois()).isEqualTo(eur("450"));
    assertThat(t.apport()).isEqualTo(eur("-320"));
    assertThat(t.isPrelevement()).isTrue();
    assertThat(t.frngCloture()).isEqualTo(eur("380")).isEqualTo(FinanceEngine.analyse(b).frng());
    assertThat(FinanceEngine.analyse(b).tresorerie()).isEqualTo(eur("380"));
    assertThat(t).isEqualTo(FinanceEngine.tableauDeFinancement(full(m)))
        .hasSameHashCodeAs(FinanceEngine.tableauDeFinancement(full(m)));
    assertThat(t.toString()).contains("-320");
  }

  /**
   * An insuffisance d'autofinancement is an emploi; a transfer of 500 from 23 to 21 is no acquisition: the works were
   * counted when debited to 23, in an earlier exercice here. Emplois 10, ressources 0, apport −10.
   */
  @Test
  void anInsuffisanceAndATransfer() {
    Map<String, long[]> m = new TreeMap<>();
    put(m, "102", 0, 50_000, 0, 0);
    put(m, "231", 50_000, 0, 0, 50_000);
    put(m, "213", 0, 0, 50_000, 0);
    put(m, "606", 0, 0, 1_000, 0);
    put(m, "512", 0, 0, 0, 1_000);
    TableauDeFinancement t = FinanceEngine.tableauDeFinancement(full(m));
    assertThat(t.caf()).isEqualTo(eur("-10"));
    assertThat(t.virementsEnCours()).isEqualTo(eur("500"));
    assertThat(t.acquisitions()).isEqualTo(Amount.ZERO);
    assertThat(t.autresVariations()).isEqualTo(Amount.ZERO);
    assertThat(t.emplois()).isEqualTo(eur("10"));
    assertThat(t.ressources()).isEqualTo(Amount.ZERO);
    assertThat(t.apport()).isEqualTo(eur("-10"));
    assertThat(t.frngOuverture()).isEqualTo(Amount.ZERO);
    assertThat(t.frngCloture()).isEqualTo(eur("-10")).isEqualTo(FinanceEngine.analyse(full(m)).frng());
  }

  /**
   * By hand. Opening: 102 credit 500,000, works in progress 231 debit 100,000, bank 400,000: FRNG(N−1) =
   * 500,000 − 100,000 = 400,000. In the exercice: the works (100,000) put into service, 231 to 213; 30,000 of new
   * works on 231; equipment 2154 bought 20,000; sales 200,000 and purchases 150,000: CAF 50,000. Closing: 231
   * 30,000, 213 100,000, 2154 20,000, result 50,000: FRNG(N) = 500,000 + 50,000 − 150,000 = 400,000, an apport
   * of 0. The new gross is 30,000 + 20,000 = 50,000 (not the 150,000 of debits to 21 and 23): ressources 50,000
   * (the CAF) = emplois 50,000 (the acquisitions), nothing in the autres variations.
   */
  @Test
  void aMiseEnServiceIsNoNewSpending() {
    Map<String, long[]> m = new TreeMap<>();
    put(m, "102", 0, 50_000_000, 0, 0);
    put(m, "231", 10_000_000, 0, 3_000_000, 10_000_000);
    put(m, "213", 0, 0, 10_000_000, 0);
    put(m, "2154", 0, 0, 2_000_000, 0);
    put(m, "706", 0, 0, 0, 20_000_000);
    put(m, "606", 0, 0, 15_000_000, 0);
    put(m, "512", 40_000_000, 0, 20_000_000, 3_000_000 + 2_000_000 + 15_000_000);
    BalanceGenerale b = full(m);
    TableauDeFinancement t = FinanceEngine.tableauDeFinancement(b);
    assertThat(t.frngOuverture()).isEqualTo(eur("400000"));
    assertThat(t.caf()).isEqualTo(eur("50000"));
    assertThat(t.virementsEnCours()).isEqualTo(eur("100000"));
    assertThat(t.acquisitions()).isEqualTo(eur("50000"));
    assertThat(t.autresVariations()).isEqualTo(Amount.ZERO);
    assertThat(t.ressources()).isEqualTo(eur("50000"));
    assertThat(t.emplois()).isEqualTo(eur("50000"));
    assertThat(t.apport()).isEqualTo(Amount.ZERO);
    assertThat(t.frngCloture()).isEqualTo(eur("400000")).isEqualTo(FinanceEngine.analyse(b).frng());
    assertThat(t).isEqualTo(FinanceEngine.tableauDeFinancement(full(m)))
        .hasSameHashCodeAs(FinanceEngine.tableauDeFinancement(full(m)));
  }

  /**
   * A credit of 23 beyond the debits of 20 and 21 is no mise en service: an advance of 100 on 238 refunded by the
   * supplier (no 21 debit) stays in the autres variations, +100; with 40 of equipment bought on 2154 beside it, 40
   * of the credit is read as a transfer, acquisitions 0, autres variations +60. The apport is the same both ways.
   */
  @Test
  void aCreditOf23BeyondTheDebitsOf21IsNoTransfer() {
    Map<String, long[]> m = new TreeMap<>();
    put(m, "102", 0, 10_000, 0, 0);
    put(m, "238", 10_000, 0, 0, 10_000);
    put(m, "512", 0, 0, 10_000, 0);
    TableauDeFinancement t = FinanceEngine.tableauDeFinancement(full(m));
    assertThat(t.virementsEnCours()).isEqualTo(Amount.ZERO);
    assertThat(t.acquisitions()).isEqualTo(Amount.ZERO);
    assertThat(t.autresVariations()).isEqualTo(eur("100"));
    assertThat(t.apport()).isEqualTo(eur("100"));
    put(m, "2154", 0, 0, 4_000, 0);
    put(m, "512", 0, 0, 0, 4_000);
    TableauDeFinancement both = FinanceEngine.tableauDeFinancement(full(m));
    assertThat(both.virementsEnCours()).isEqualTo(eur("40"));
    assertThat(both.acquisitions()).isEqualTo(Amount.ZERO);
    assertThat(both.autresVariations()).isEqualTo(eur("60"));
    assertThat(both.apport()).isEqualTo(eur("60"));
    assertThat(both.frngCloture()).isEqualTo(FinanceEngine.analyse(full(m)).frng());
    // a transfer to 20 (a software built in-house, 232 to 205) is one as well
    Map<String, long[]> soft = new TreeMap<>();
    put(soft, "102", 0, 7_000, 0, 0);
    put(soft, "232", 7_000, 0, 0, 7_000);
    put(soft, "205", 0, 0, 7_000, 0);
    TableauDeFinancement s = FinanceEngine.tableauDeFinancement(full(soft));
    assertThat(s.virementsEnCours()).isEqualTo(eur("70"));
    assertThat(s.acquisitions()).isEqualTo(Amount.ZERO);
    assertThat(s.autresVariations()).isEqualTo(Amount.ZERO);
    // a debit of 26 or 27 does not receive a mise en service
    Map<String, long[]> shares = new TreeMap<>();
    put(shares, "102", 0, 7_000, 0, 0);
    put(shares, "231", 7_000, 0, 0, 7_000);
    put(shares, "261", 0, 0, 3_000, 0);
    put(shares, "274", 0, 0, 4_000, 0);
    TableauDeFinancement sh = FinanceEngine.tableauDeFinancement(full(shares));
    assertThat(sh.virementsEnCours()).isEqualTo(Amount.ZERO);
    assertThat(sh.acquisitions()).isEqualTo(eur("70"));
    assertThat(sh.autresVariations()).isEqualTo(eur("70"));
  }

  private static final String[] ACCOUNTS = {"102", "1068", "10685", "110", "131", "139", "141", "142", "151",
      "164", "165", "1688", "169", "181", "19", "205", "213", "2154", "2183", "231", "274", "2813", "2818", "29",
      "31", "39", "401", "404", "411", "421", "431", "445", "467", "481", "486", "487", "491", "59", "512", "531",
      "606", "641", "6811", "675", "706", "7781", "775", "777", "7815"};

  /** Over seeded generated balances: FRI + FRE = FRNG, equal to the analysis's, to the cent. */
  @Test
  void friPlusFreIsTheFrngOnGeneratedBalances() {
    Random random = new Random(1103L);
    FondsDeRoulementAccounts other = FondsDeRoulementAccounts.of(Set.of("10", "2", "1688"), Set.of("1", "16"));
    for (int i = 0; i < 10_000; i++) {
      List<String> lines = new ArrayList<>();
      long net = 0;
      int n = 1 + random.nextInt(15);
      for (int j = 0; j < n; j++) {
        String account = ACCOUNTS[random.nextInt(ACCOUNTS.length)] + j;
        long cents = random.nextInt(2_000_000_001) - 1_000_000_000L;
        net += cents;
        String amount = Amount.ofCents(Math.abs(cents)).toBigDecimal().toPlainString().replace('.', ',');
        lines.add(account + (cents >= 0 ? " " + amount + " -" : " - " + amount));
      }
      String amount = Amount.ofCents(Math.abs(net)).toBigDecimal().toPlainString().replace('.', ',');
      lines.add("58 " + (net <= 0 ? amount + " -" : "- " + amount));
      BalanceGenerale b = balance(lines.toArray(new String[0]));
      BilanFinancier f = FinanceEngine.bilanFinancier(b, i % 2 == 0 ? FondsDeRoulementAccounts.DEFAULT : other,
          BfrAccounts.R314_48, JoursDeCharges.CHARGES_COURANTES_365);
      AnalyseFinanciere a = FinanceEngine.analyse(b);
      assertThat(f.fri().plus(f.fre())).as("case %d", i).isEqualTo(a.frng()).isEqualTo(f.frng());
      assertThat(f.frng().minus(f.bfr())).as("case %d", i).isEqualTo(f.tresorerie());
    }
  }

  /**
   * Over seeded generated exercices of paired entries (each calculated charge or produit with its stable
   * counterpart): FRNG(N) = FRNG(N−1) + apport to the cent, and nothing falls outside the explicit lines.
   */
  @Test
  void theTableauIdentityOnGeneratedExercices() {
    Random random = new Random(20261203L);
    for (int i = 0; i < 10_000; i++) {
      Map<String, long[]> m = new TreeMap<>();
      // an opening bilan balanced by the bank
      long bank = 0;
      String[] opening = {"102", "164", "213", "2813", "411", "401", "151", "131", "139", "274"};
      for (String a : opening) {
        long c = random.nextInt(1_000_000);
        boolean debitSide = a.startsWith("2") && !a.startsWith("28") || a.startsWith("41") || a.startsWith("139");
        put(m, a, debitSide ? c : 0, debitSide ? 0 : c, 0, 0);
        bank += debitSide ? -c : c;
      }
      put(m, "512", Math.max(bank, 0), Math.max(-bank, 0), 0, 0);
      int ops = random.nextInt(12);
      for (int j = 0; j < ops; j++) {
        long x = 1 + random.nextInt(500_000);
        switch (random.nextInt(14)) {
          case 0 -> { put(m, "512", 0, 0, x, 0); put(m, "706", 0, 0, 0, x); }
          case 1 -> { put(m, "606", 0, 0, x, 0); put(m, "512", 0, 0, 0, x); }
          case 2 -> { put(m, "6811", 0, 0, x, 0); put(m, "2813", 0, 0, 0, x); }
          case 3 -> { put(m, "6815", 0, 0, x, 0); put(m, "151", 0, 0, 0, x); }
          case 4 -> { put(m, "151", 0, 0, x, 0); put(m, "7815", 0, 0, 0, x); }
          case 5 -> { put(m, "2154", 0, 0, x, 0); put(m, "512", 0, 0, 0, x); }
          case 6 -> { put(m, "512", 0, 0, x, 0); put(m, "164", 0, 0, 0, x); }
          case 7 -> { put(m, "164", 0, 0, x, 0); put(m, "512", 0, 0, 0, x); }
          case 8 -> { put(m, "512", 0, 0, x, 0); put(m, "131", 0, 0, 0, x); }
          case 9 -> { put(m, "139", 0, 0, x, 0); put(m, "777", 0, 0, 0, x); }
          case 10 -> { // a cession: price x, gross g, depreciation d
            long g = 1 + random.nextInt(400_000);
            long d = random.nextInt((int) g);
            put(m, "512", 0, 0, x, 0); put(m, "775", 0, 0, 0, x);
            put(m, "675", 0, 0, g - d, 0); put(m, "2813", 0, 0, d, 0); put(m, "213", 0, 0, 0, g);
          }
          case 11 -> { put(m, "231", 0, 0, x, 0); put(m, "512", 0, 0, 0, x); } // works in progress
          case 12 -> { put(m, "213", 0, 0, x, 0); put(m, "231", 0, 0, 0, x); } // their mise en service
          default -> { put(m, "274", 0, 0, 0, x); put(m, "512", 0, 0, x, 0); }
        }
      }
      BalanceGenerale b = full(m);
      TableauDeFinancement t = FinanceEngine.tableauDeFinancement(b);
      assertThat(t.frngCloture()).as("case %d", i).isEqualTo(FinanceEngine.analyse(b).frng());
      assertThat(t.frngOuverture().plus(t.apport())).as("case %d", i).isEqualTo(t.frngCloture());
      assertThat(t.ressources().minus(t.emplois())).as("case %d", i).isEqualTo(t.apport());
      assertThat(t.autresVariations()).as("case %d", i).isEqualTo(Amount.ZERO);
    }
  }

  /** W-V1: 55.00 %, 75.00 %, 80.00 %. */
  @Test
  void wV1TauxDeVetuste() {
    RatiosFinanciers r = FinanceEngine.ratios(balance("213 2000000 -", "2813 - 1100000", "215 400000 -",
        "2815 - 300000", "218 250000 -", "2818 - 200000", "102 - 1050000"), Year.of(2025));
    assertThat(r.vetusteConstructions()).contains(pct("55.00"));
    assertThat(r.vetusteInstallationsTechniques()).contains(pct("75.00"));
    assertThat(r.vetusteAutresImmobilisations()).contains(pct("80.00"));
    assertThat(r.vetusteConstructions().get().toFraction().scale()).isEqualTo(4);
  }

  /** CAF 15,000 over produits 1,000,000 (7781 left out): 1.50 %, below the 2 % of the CNSA. */
  @Test
  void aTauxDeCafUnderTwoPercentIsAnAlert() {
    RatiosFinanciers r = FinanceEngine.ratios(balance("706 - 1000000", "7781 - 50000", "606 985000 -",
        "6811 10000 -", "512 55000 -"), Year.of(2025));
    assertThat(r.caf()).isEqualTo(eur("15000"));
    assertThat(r.produitsTauxDeCaf()).isEqualTo(eur("1000000"));
    assertThat(r.tauxDeCaf()).contains(pct("1.50"));
    assertThat(r.alertes()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("tauxDeCaf");
      assertThat(v.value()).isEmpty(); // an alert rejects no value
      assertThat(v.problem()).isEqualTo("the taux de CAF, 1.50 %, is below 2.00 %, a critère de déséquilibre financier");
      assertThat(v.rule()).isEqualTo(Seuils.TAUX_DE_CAF_MINIMUM.basis());
      assertThat(v.toString()).isEqualTo("tauxDeCaf: " + v.problem() + " (" + v.rule() + ")")
          .doesNotContain("rejected");
    });
    // the same figures before the EPRD/ERRD cadre: no threshold in force, no alert
    assertThat(FinanceEngine.ratios(balance("706 - 1000000", "7781 - 50000", "606 985000 -", "6811 10000 -",
        "512 55000 -"), Year.of(2016)).alertes()).isEmpty();
  }

  @Test
  void aTauxDeCafOverTwoPercentIsNone() {
    RatiosFinanciers r = FinanceEngine.ratios(balance("706 - 1000000", "7781 - 50000", "606 965000 -",
        "6811 10000 -", "512 75000 -"), Year.of(2025));
    assertThat(r.tauxDeCaf()).contains(pct("3.50"));
    assertThat(r.alertes()).isEmpty();
    // exactly 2 %: not below
    assertThat(FinanceEngine.ratios(balance("706 - 1000", "606 980 -", "512 20 -"), Year.of(2025)).alertes())
        .isEmpty();
  }

  private static final String[] DEBT = {"164 - 600000", "1688 - 5000", "165 - 10000", "102 - 400000",
      "131 - 100000", "706 - 100000"};

  private static BalanceGenerale withCharges(long charges) {
    List<String> l = new ArrayList<>(List.of(DEBT));
    l.add("606 " + charges + " -");
    l.add("512 " + (1_215_000 - charges) + " -");
    return balance(l.toArray(new String[0]));
  }

  @Test
  void debtRatios() {
    RatiosFinanciers r = FinanceEngine.ratios(withCharges(40_000), Year.of(2025));
    assertThat(r.encoursDette()).isEqualTo(eur("600000"));
    assertThat(r.financementsStables()).isEqualTo(eur("1100000"));
    assertThat(r.independanceFinanciere()).contains(pct("54.55"));
    assertThat(r.dureeApparenteDette()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("10.00"));
    assertThat(r.tauxEndettement()).contains(pct("600"));
    assertThat(r.assiette()).isEqualTo(AssietteEndettement.PRODUITS);
    // 10 years is not above 10: the indépendance financière and the encours over the produits alert
    assertThat(r.alertes()).extracting(Violation::field).containsExactly("independanceFinanciere", "tauxEndettement");
    RatiosFinanciers longer = FinanceEngine.ratios(withCharges(50_000), Year.of(2025));
    assertThat(longer.dureeApparenteDette()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("12.00"));
    assertThat(longer.alertes()).extracting(Violation::field)
        .containsExactly("independanceFinanciere", "tauxEndettement", "dureeApparenteDette");
    RatiosFinanciers permanent = FinanceEngine.ratios(withCharges(40_000), Year.of(2025), CafAccounts.ERRD,
        AssietteEndettement.CAPITAUX_PERMANENTS);
    assertThat(permanent.assietteEndettement()).isEqualTo(eur("1160000"));
    assertThat(permanent.tauxEndettement()).contains(pct("51.72"));
    // the 30 % bound is on the produits: read on the capitaux permanents, no such alert
    assertThat(permanent.alertes()).extracting(Violation::field).containsExactly("independanceFinanciere");
  }

  /**
   * W18 (finance-formulas §6): debt 3,950,000 (c/16 4,000,000 of which 1688 50,000), capitaux permanents 7,000,000, CAF
   * 350,000, produits 12,000,000: indépendance financière 3,950,000 / 7,000,000 = 56.43 %, durée apparente
   * 3,950,000 / 350,000 = 11.29 years, encours over produits 3,950,000 / 12,000,000 = 32.92 %: each of the three
   * an alert.
   */
  @Test
  void w18TheThreeDebtCriteria() {
    RatiosFinanciers r = FinanceEngine.ratios(balance("164 - 3950000", "1688 - 50000", "102 - 3050000",
        "213 7000000 -", "706 - 12000000", "606 11650000 -", "512 400000 -"), Year.of(2026));
    assertThat(r.independanceFinanciere()).contains(pct("56.43"));
    assertThat(r.dureeApparenteDette()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("11.29"));
    assertThat(r.tauxEndettement()).contains(pct("32.92"));
    assertThat(r.alertes()).extracting(Violation::field)
        .containsExactly("independanceFinanciere", "tauxEndettement", "dureeApparenteDette");
    assertThat(r.alertes()).extracting(Violation::problem).containsExactly(
        "the debt is 56.43 % of the financements stables, above 50.00 %",
        "the debt is 32.92 % of the produits, above 30.00 %",
        "the debt needs 11.29 years of CAF, more than 10");
    assertThat(r.alertes()).allSatisfy(v -> {
      assertThat(v.value()).isEmpty();
      assertThat(v.toString()).doesNotContain("rejected").startsWith(v.field() + ": " + v.problem());
    });
  }

  /** A rebate granted (709, debit 100) lowers the produits of the taux de CAF: 1,000 - 100 = 900; CAF 100: 11.11 %. */
  @Test
  void aRebateLowersTheProduitsOfTheTauxDeCaf() {
    RatiosFinanciers r = FinanceEngine.ratios(balance("706 - 1000", "709 100 -", "606 800 -", "512 100 -"),
        Year.of(2026));
    assertThat(r.produitsTauxDeCaf()).isEqualTo(eur("900"));
    assertThat(r.tauxDeCaf()).contains(pct("11.11"));
  }

  @Test
  void aNegativeCafHasNoDureeApparenteButAnAlert() {
    RatiosFinanciers r = FinanceEngine.ratios(withCharges(130_000), Year.of(2025));
    assertThat(r.caf()).isEqualTo(eur("-30000"));
    assertThat(r.dureeApparenteDette()).isEmpty();
    assertThat(r.tauxDeCaf()).contains(pct("-30.00"));
    assertThat(r.alertes()).extracting(Violation::field)
        .containsExactly("tauxDeCaf", "independanceFinanciere", "tauxEndettement", "dureeApparenteDette");
    assertThat(r.alertes().get(0).problem()).isEqualTo(
        "the taux de CAF, -30.00 %, is below 2.00 %, a critère de déséquilibre financier");
    assertThat(r.alertes().get(3).problem()).isEqualTo(
        "a debt of EUR 600000.00 with a CAF of EUR -30000.00, not above zero, cannot be repaid from it");
    assertThat(r.alertes()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("rejected"));
    assertThat(FinanceEngine.ratios(withCharges(100_000), Year.of(2025)).dureeApparenteDette()).isEmpty();
  }

  @Test
  void prestationsExternesAndFraisDeSiege() {
    RatiosFinanciers r = FinanceEngine.ratios(balance("6111 10000 -", "621 20000 -", "6226 5000 -",
        "641 200000 -", "645 65000 -", "6556 7000 -", "6558 3000 -", "512 - 310000"), Year.of(2025));
    assertThat(r.prestationsExternes()).isEqualTo(eur("35000"));
    assertThat(r.personnelEtPrestations()).isEqualTo(eur("300000"));
    assertThat(r.tauxPrestationsExternes()).contains(pct("11.67"));
    assertThat(r.fraisDeSiege()).isEqualTo(eur("10000"));
  }

  @Test
  void zeroDenominatorsGiveEmptyRates() {
    RatiosFinanciers r = FinanceEngine.ratios(balance("512 0 -"), Year.of(2025));
    assertThat(r.tauxDeCaf()).isEmpty();
    assertThat(r.vetusteConstructions()).isEmpty();
    assertThat(r.vetusteInstallationsTechniques()).isEmpty();
    assertThat(r.vetusteAutresImmobilisations()).isEmpty();
    assertThat(r.independanceFinanciere()).isEmpty();
    assertThat(r.dureeApparenteDette()).isEmpty();
    assertThat(r.tauxEndettement()).isEmpty();
    assertThat(r.tauxPrestationsExternes()).isEmpty();
    assertThat(r.fraisDeSiege()).isEqualTo(Amount.ZERO);
    assertThat(r.alertes()).isEmpty();
    assertThat(r).isEqualTo(FinanceEngine.ratios(balance("512 0 -"), Year.of(2025)))
        .hasSameHashCodeAs(FinanceEngine.ratios(balance("512 0 -"), Year.of(2025)));
    assertThat(r).isNotEqualTo(FinanceEngine.ratios(balance("512 0 -"), Year.of(2025), CafAccounts.ERRD,
        AssietteEndettement.CAPITAUX_PERMANENTS));
  }

  private static final java.time.LocalDate Y2017 = java.time.LocalDate.of(2017, 1, 1);
  private static final org.cpom.LegalBasis CLAUSE = org.cpom.LegalBasis.clause("art. 12");

  private static BalanceGenerale tauxDeCaf150() {
    return balance("706 - 1000000", "7781 - 50000", "606 985000 -", "6811 10000 -", "512 55000 -");
  }

  private static Seuils withCafMinimum(org.cpom.param.RegulatoryParameter<Rate> min) {
    return Seuils.of(min, Seuils.INDEPENDANCE_FINANCIERE_MAXIMUM, Seuils.TAUX_ENDETTEMENT_MAXIMUM,
        Seuils.DUREE_APPARENTE_MAXIMUM);
  }

  /** Taux de CAF 1.50 %: an alert under the 2 % default, none under a CPOM's own 1.50 %, one again under 1.51 %. */
  @Test
  void theCallersTauxDeCafMinimumFlipsTheAlert() {
    RatiosFinanciers byDefault = FinanceEngine.ratios(tauxDeCaf150(), Year.of(2025), CafAccounts.ERRD,
        AssietteEndettement.PRODUITS, Seuils.DEFAULT);
    assertThat(byDefault.alertes()).extracting(Violation::field).containsExactly("tauxDeCaf");
    assertThat(byDefault).isEqualTo(FinanceEngine.ratios(tauxDeCaf150(), Year.of(2025)));
    Seuils atOneFifty = withCafMinimum(org.cpom.param.RegulatoryParameter.of("taux de CAF minimum du CPOM", CLAUSE,
        Y2017, pct("1.50")));
    assertThat(FinanceEngine.ratios(tauxDeCaf150(), Year.of(2025), CafAccounts.ERRD, AssietteEndettement.PRODUITS,
        atOneFifty).alertes()).isEmpty();
    Seuils atOneFiftyOne = withCafMinimum(org.cpom.param.RegulatoryParameter.of("taux de CAF minimum du CPOM", CLAUSE,
        Y2017, pct("1.51")));
    RatiosFinanciers r = FinanceEngine.ratios(tauxDeCaf150(), Year.of(2025), CafAccounts.ERRD,
        AssietteEndettement.PRODUITS, atOneFiftyOne);
    assertThat(r.alertes()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("tauxDeCaf");
      assertThat(v.rule()).isEqualTo(CLAUSE); // the caller's source, not the library's
      assertThat(v.problem()).contains("1.51 %");
    });
  }

  /** A newer value from 2026 of 1 %: the 2025 exercice still alerts at 2 %, the 2026 one no longer does. */
  @Test
  void aNewerValueAppliesFromItsDate() {
    Seuils newer = withCafMinimum(Seuils.TAUX_DE_CAF_MINIMUM.withValue(java.time.LocalDate.of(2026, 1, 1),
        pct("1")));
    assertThat(FinanceEngine.ratios(tauxDeCaf150(), Year.of(2025), CafAccounts.ERRD, AssietteEndettement.PRODUITS,
        newer).alertes()).extracting(Violation::field).containsExactly("tauxDeCaf");
    assertThat(FinanceEngine.ratios(tauxDeCaf150(), Year.of(2026), CafAccounts.ERRD, AssietteEndettement.PRODUITS,
        newer).alertes()).isEmpty();
    // a threshold whose first date is after the exercice is not in force: no alert on its ratio
    Seuils later = withCafMinimum(org.cpom.param.RegulatoryParameter.of("taux de CAF minimum du CPOM", CLAUSE,
        java.time.LocalDate.of(2026, 1, 2), pct("50")));
    assertThat(FinanceEngine.ratios(tauxDeCaf150(), Year.of(2026), CafAccounts.ERRD, AssietteEndettement.PRODUITS,
        later).alertes()).isEmpty();
    assertThat(FinanceEngine.ratios(tauxDeCaf150(), Year.of(2027), CafAccounts.ERRD, AssietteEndettement.PRODUITS,
        later).alertes()).extracting(Violation::field).containsExactly("tauxDeCaf");
  }

  /**
   * Debt 600,000 with a CAF of 60,000: 10.00 years, no alert at the default 10; the caller's 9.99 alerts. The
   * indépendance financière (54.55 %) alerts at 50 % but not at the caller's 54.55 %, and the encours over the
   * produits (600 %) not at a bound of 600 %.
   */
  @Test
  void theCallersDebtThresholdsFlipTheirAlerts() {
    RatiosFinanciers byDefault = FinanceEngine.ratios(withCharges(40_000), Year.of(2025));
    assertThat(byDefault.alertes()).extracting(Violation::field)
        .containsExactly("independanceFinanciere", "tauxEndettement");
    Seuils own = Seuils.of(Seuils.TAUX_DE_CAF_MINIMUM,
        org.cpom.param.RegulatoryParameter.of("indépendance financière", CLAUSE, Y2017, pct("54.55")),
        org.cpom.param.RegulatoryParameter.of("encours sur produits", CLAUSE, Y2017, pct("600")),
        org.cpom.param.RegulatoryParameter.of("durée apparente", CLAUSE, Y2017, new BigDecimal("9.99")));
    RatiosFinanciers r = FinanceEngine.ratios(withCharges(40_000), Year.of(2025), CafAccounts.ERRD,
        AssietteEndettement.PRODUITS, own);
    assertThat(r.alertes()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("dureeApparenteDette");
      assertThat(v.rule()).isEqualTo(CLAUSE);
      assertThat(v.problem()).contains("9.99");
    });
    // one cent of a percent lower on each: both alert again
    Seuils lower = Seuils.of(Seuils.TAUX_DE_CAF_MINIMUM,
        org.cpom.param.RegulatoryParameter.of("indépendance financière", CLAUSE, Y2017, pct("54.54")),
        org.cpom.param.RegulatoryParameter.of("encours sur produits", CLAUSE, Y2017, pct("599.99")),
        Seuils.DUREE_APPARENTE_MAXIMUM);
    assertThat(FinanceEngine.ratios(withCharges(40_000), Year.of(2025), CafAccounts.ERRD,
        AssietteEndettement.PRODUITS, lower).alertes()).extracting(Violation::field)
        .containsExactly("independanceFinanciere", "tauxEndettement");
  }

  @Test
  void seuilsCompareByValueAndRejectNulls() {
    assertThat(Seuils.of(Seuils.TAUX_DE_CAF_MINIMUM, Seuils.INDEPENDANCE_FINANCIERE_MAXIMUM,
        Seuils.TAUX_ENDETTEMENT_MAXIMUM, Seuils.DUREE_APPARENTE_MAXIMUM)).isEqualTo(Seuils.DEFAULT)
        .hasSameHashCodeAs(Seuils.DEFAULT).hasToString(Seuils.DEFAULT.toString());
    assertThat(Seuils.DEFAULT.tauxDeCafMinimum()).isSameAs(Seuils.TAUX_DE_CAF_MINIMUM);
    assertThat(Seuils.DEFAULT.independanceFinanciereMaximum()).isSameAs(Seuils.INDEPENDANCE_FINANCIERE_MAXIMUM);
    assertThat(Seuils.DEFAULT.tauxEndettementMaximum()).isSameAs(Seuils.TAUX_ENDETTEMENT_MAXIMUM);
    assertThat(Seuils.DEFAULT.dureeApparenteMaximum()).isSameAs(Seuils.DUREE_APPARENTE_MAXIMUM);
    assertThat(withCafMinimum(Seuils.TAUX_DE_CAF_MINIMUM.withValue(Y2017, pct("1")))).isNotEqualTo(Seuils.DEFAULT);
    assertThat(Seuils.DEFAULT).isNotEqualTo("Seuils");
    assertThatThrownBy(() -> FinanceEngine.ratios(balance("512 0 -"), Year.of(2025), CafAccounts.ERRD,
        AssietteEndettement.PRODUITS, null)).isInstanceOf(NullPointerException.class).hasMessage("seuils");
    assertThatThrownBy(() -> withCafMinimum(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("tauxDeCafMinimum");
  }

  @Test
  void thresholdsAreDatedWithTheirSource() {
    assertThat(Seuils.TAUX_DE_CAF_MINIMUM.valueFor(Year.of(2017))).isEqualTo(pct("2"));
    assertThat(Seuils.TAUX_DE_CAF_MINIMUM.find(java.time.LocalDate.of(2016, 12, 31))).isEmpty();
    assertThat(Seuils.INDEPENDANCE_FINANCIERE_MAXIMUM.valueFor(Year.of(2030))).isEqualTo(pct("50"));
    assertThat(Seuils.DUREE_APPARENTE_MAXIMUM.valueFor(Year.of(2030))).isEqualByComparingTo(BigDecimal.TEN);
    assertThat(Seuils.TAUX_DE_CAF_MINIMUM.basis().text()).contains("cpom:finance-thresholds");
    assertThat(AssietteEndettement.PRODUITS.label(Locale.FRENCH)).isEqualTo("total des produits");
  }

  @Test
  void theBilanComparesByValue() {
    BilanFinancier a = FinanceEngine.bilanFinancier(balance(W11));
    assertThat(a).isEqualTo(FinanceEngine.bilanFinancier(balance(W11)))
        .hasSameHashCodeAs(FinanceEngine.bilanFinancier(balance(W11)));
    assertThat(a).isNotEqualTo(FinanceEngine.bilanFinancier(balance(W11), FondsDeRoulementAccounts.DEFAULT,
        BfrAccounts.R314_48, JoursDeCharges.of(Set.of(), 365)));
    assertThat(a.toString()).contains("FRNG EUR 650000.00");
  }
}
