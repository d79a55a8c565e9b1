package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.cpom.money.Amount;
import org.cpom.referential.GroupeFonctionnel;
import org.junit.jupiter.api.Test;

/**
 * The values of the accounts package compare by value: equal to an equal one with the same hash, unequal (and
 * here of another hash) to one that differs in a field, unequal to another type; and each prints what it holds.
 */
class AccountsValueSemanticsTest {
  private static Fec small() {
    return FecReadingTest.read(FecReadingTest.text(FecReadingTest.SMALL, '|'));
  }

  private static BalanceGenerale balance(Set<String> aNouveaux) {
    return AccountsEngine.trialBalance(new StringReader(FecReadingTest.text(FecReadingTest.SMALL, '|')), aNouveaux);
  }

  /** Equal to its twin with the same hash; unequal to each other value, with another hash; unequal to a string. */
  private static void byValue(Object value, Object twin, Object... others) {
    assertThat(value).isNotSameAs(twin);
    assertThat(value.equals(twin)).isTrue();
    assertThat(value.hashCode()).isEqualTo(twin.hashCode());
    assertThat(value.equals("x")).isFalse();
    assertThat(value.equals(null)).isFalse();
    for (Object other : others) {
      assertThat(value.equals(other)).as("equals %s", other).isFalse();
      assertThat(value.hashCode()).as("hash of %s", other).isNotEqualTo(other.hashCode());
    }
  }

  @Test
  void theFecItsLinesAndItsSummary() {
    Fec fec = small();
    Fec shorter = FecReadingTest.read(FecReadingTest.text(FecReadingTest.SMALL.subList(0, 9), '|'));
    byValue(fec, small(), shorter);
    byValue(fec.summary(), small().summary(), shorter.summary());
    byValue(fec.lines().get(0), small().lines().get(0), fec.lines().get(1));
    assertThat(fec.summary().montantSens()).isFalse();
    assertThat(fec.summary()).hasToString("FecSummary[10 lines, debit EUR 3901.00, credit EUR 3901.00, 0 warnings]");
    assertThat(fec).hasToString("Fec[FecSummary[10 lines, debit EUR 3901.00, credit EUR 3901.00, 0 warnings]]");
    assertThat(fec.lines().get(0))
        .hasToString("LigneFec[line 2 AN 1 2025-01-01 512000 debit EUR 1000.00 credit EUR 0.00]");
  }

  @Test
  void theTrialBalanceItsLinesAndTheirAmounts() {
    BalanceGenerale b = balance(BalanceGenerale.DEFAULT_A_NOUVEAUX);
    BalanceGenerale anOnly = balance(Set.of("AN"));
    BalanceGenerale none = balance(Set.of());
    // AN alone or AN and RAN read the same figures here: the balances differ by their journals only
    byValue(b, balance(BalanceGenerale.DEFAULT_A_NOUVEAUX), none);
    assertThat(b.equals(anOnly)).isFalse();
    BalanceLine bank = b.line(CompteNum.of("512000")).orElseThrow();
    BalanceLine suppliers = b.line(CompteNum.of("401000")).orElseThrow();
    byValue(bank, balance(BalanceGenerale.DEFAULT_A_NOUVEAUX).line(CompteNum.of("512000")).orElseThrow(), suppliers,
        new BalanceLine(CompteNum.of("512000"), "Banque 2", Amount.of("1000.00"), Amount.ZERO, Amount.of("1200.00"),
            Amount.of("250.50")));
    byValue(bank.amounts(), new BalanceLine(CompteNum.of("512000"), "Banque", Amount.of("1000.00"), Amount.ZERO,
        Amount.of("1200.00"), Amount.of("250.50")).amounts(), suppliers.amounts(),
        none.line(CompteNum.of("512000")).orElseThrow().amounts());
    // 512000: à-nouveaux 1,000.00 debit; movements 1,200.00 debit and 250.50 credit; closing 1,949.50 debit
    assertThat(bank.amounts()).hasToString("opening 1000.00/0.00 movements 1200.00/250.50 closing 1949.50/0.00");
    assertThat(bank)
        .hasToString("BalanceLine[512000 Banque opening 1000.00/0.00 movements 1200.00/250.50 closing 1949.50/0.00]");
  }

  @Test
  void theLayoutOfADelimitedBalance() {
    BalanceColumns plain = BalanceColumns.of(';', '.', "Compte", "Intitulé", "Débit", "Crédit");
    BalanceColumns full = plain.withOpening("AN D", "AN C").withClosing("S D", "S C");
    byValue(plain, BalanceColumns.of(';', '.', "Compte", "Intitulé", "Débit", "Crédit"), full,
        BalanceColumns.of(';', ',', "Compte", "Intitulé", "Débit", "Crédit"),
        BalanceColumns.of('|', '.', "Compte", "Intitulé", "Débit", "Crédit"),
        BalanceColumns.of(';', '.', "Compte", "Libellé", "Débit", "Crédit"), plain.withOpening("AN D", "AN C"),
        plain.withClosing("S D", "S C"));
    assertThat(plain).hasToString("BalanceColumns[separator ';', decimal '.', Compte, Intitulé, Débit/Crédit]");
    assertThat(full).hasToString("BalanceColumns[separator ';', decimal '.', Compte, Intitulé, Débit/Crédit, "
        + "opening AN D/AN C, closing S D/S C]");
  }

  @Test
  void theTableTheKeysAndTheVentilation() {
    Rattachement ime = Rattachement.of(CodeSource.ACCOUNT_SUFFIX, "01", "IME");
    byValue(ime, Rattachement.of(CodeSource.ACCOUNT_SUFFIX, "01", "IME"),
        Rattachement.of(CodeSource.JOURNAL_CODE, "01", "IME"), Rattachement.of(CodeSource.ACCOUNT_SUFFIX, "02", "IME"),
        Rattachement.of(CodeSource.ACCOUNT_SUFFIX, "01", "SESSAD"));
    assertThat(ime).hasToString("ACCOUNT_SUFFIX;01;IME");

    RattachementTable one = RattachementTable.of(List.of(ime));
    byValue(VentilationTest.TABLE, RattachementTable.parse("ACCOUNT_SUFFIX;01;IME\nACCOUNT_SUFFIX;02;SESSAD\n"
        + "JOURNAL_CODE;SIE;SIEGE"), one);
    assertThat(VentilationTest.TABLE).hasToString("RattachementTable[3 rows]");

    RepartitionKeys other = RepartitionKeys.parse("SIEGE;IME;1\nSIEGE;SESSAD;1\n");
    byValue(VentilationTest.KEYS, RepartitionKeys.parse("SIEGE;IME;3.00\nSIEGE;SESSAD;1\n"), other,
        RepartitionKeys.none());
    assertThat(VentilationTest.KEYS).hasToString("RepartitionKeys{SIEGE={IME=3, SESSAD=1}}");

    List<LigneFec> lines = VentilationTest.fec(VentilationTest.LEDGER).lines();
    Ventilation<GroupeFonctionnel> v = AccountsEngine.ventilate(lines, VentilationTest.TABLE, VentilationTest.KEYS,
        VentilationTest.GROUPS);
    Ventilation<GroupeFonctionnel> evenly = AccountsEngine.ventilate(lines, VentilationTest.TABLE, other,
        VentilationTest.GROUPS);
    byValue(v, AccountsEngine.ventilate(lines, VentilationTest.TABLE, VentilationTest.KEYS, VentilationTest.GROUPS),
        evenly);
    ResultatDuCompte<GroupeFonctionnel> imeResult = v.compte("IME").orElseThrow();
    byValue(imeResult, AccountsEngine.ventilate(lines, VentilationTest.TABLE, VentilationTest.KEYS,
        VentilationTest.GROUPS).compte("IME").orElseThrow(), v.compte("SESSAD").orElseThrow(),
        evenly.compte("IME").orElseThrow());
    // IME: charges 93,025.01, produits 95,000.00 (VentilationTest); the ledger's result 599.99
    assertThat(imeResult.toString()).startsWith("IME[charges {").contains("produits {")
        .endsWith(", result EUR 1974.99]");
    assertThat(v.toString()).startsWith("Ventilation[IME[charges {").endsWith("], result EUR 599.99");
  }
}
