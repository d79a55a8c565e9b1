package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_II_PERSONNEL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.cpom.referential.GroupeFonctionnel;
import org.junit.jupiter.api.Test;

/**
 * The table de rattachement and the keys at their bounds (10,000 rows, 10,000 keys, each way in and each way
 * read), codes with a space, a key line short of a field, the comptes in order of id, the keys shown in the trace.
 */
class VentilationBoundsTest {
  private static List<Rattachement> rows(int n) {
    List<Rattachement> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(Rattachement.of(CodeSource.JOURNAL_CODE, "J" + i, "X"));
    }
    return rows;
  }

  private static String rowText(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("JOURNAL_CODE;J").append(i).append(";X\n");
    }
    return b.toString();
  }

  private static Map<String, Map<String, BigDecimal>> keys(int n) {
    Map<String, BigDecimal> pool = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      pool.put("C" + i, BigDecimal.ONE);
    }
    return Map.of("P", pool);
  }

  private static String keyText(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("P;C").append(i).append(";1\n");
    }
    return b.toString();
  }

  private static CpomValidationException rejected(Runnable r) {
    CpomValidationException e = catchThrowableOfType(r::run, CpomValidationException.class);
    assertThat(e).as("rejected").isNotNull();
    return e;
  }

  @Test
  void aTableHoldsTenThousandRowsAndNoMore() {
    assertThat(RattachementTable.of(rows(RattachementTable.MAX_ROWS)).rows()).hasSize(10_000);
    CpomValidationException e = rejected(() -> RattachementTable.of(rows(10_001)));
    assertThat(e.field()).isEqualTo("rattachementTable");
    assertThat(e.value()).isEqualTo("10001 rows");
    assertThat(e.problem()).isEqualTo("at most 10000 rows");
  }

  @Test
  void aTableReadsTenThousandRowsAndStopsOnTheNext() {
    assertThat(RattachementTable.parse(rowText(10_000)).rows()).hasSize(10_000);
    CpomValidationException e = rejected(() -> RattachementTable.parse(rowText(10_001)));
    assertThat(e.field()).isEqualTo("rattachementTable line 10001");
    assertThat(e.problem()).isEqualTo("at most 10000 rows");
  }

  @Test
  void aCodeOrATargetWithASpaceAroundIsRejected() {
    CpomValidationException code = rejected(() -> Rattachement.of(CodeSource.JOURNAL_CODE, " AN", "X"));
    assertThat(code.field()).isEqualTo("rattachement.code");
    assertThat(code.problem()).isEqualTo("a code has no leading or trailing space");
    CpomValidationException target = rejected(() -> Rattachement.of(CodeSource.JOURNAL_CODE, "AN", "X "));
    assertThat(target.field()).isEqualTo("rattachement.target");
    assertThat(target.problem()).isEqualTo("an id has no leading or trailing space");
  }

  @Test
  void keysCountTenThousandAndNoMore() {
    assertThat(RepartitionKeys.of(keys(RepartitionKeys.MAX_KEYS)).weights("P")).hasSize(10_000);
    CpomValidationException e = rejected(() -> RepartitionKeys.of(keys(10_001)));
    assertThat(e.field()).isEqualTo("repartitionKeys");
    assertThat(e.value()).isEqualTo("10001 keys");
    assertThat(e.problem()).isEqualTo("at most 10000 keys");
  }

  @Test
  void keysReadTenThousandLinesAndStopOnTheNext() {
    assertThat(RepartitionKeys.parse(keyText(10_000)).weights("P")).hasSize(10_000);
    CpomValidationException e = rejected(() -> RepartitionKeys.parse(keyText(10_001)));
    assertThat(e.field()).isEqualTo("repartitionKeys line 10001");
    assertThat(e.problem()).isEqualTo("at most 10000 keys");
  }

  @Test
  void aKeyLineNeedsItsThreeFields() {
    CpomValidationException e = rejected(() -> RepartitionKeys.parse("# pool;compte;weight\nSIEGE;IME\n"));
    assertThat(e.field()).isEqualTo("repartitionKeys line 2");
    assertThat(e.problem()).isEqualTo("expected pool;compte;weight");
  }

  @Test
  void theComptesComeInOrderOfIdWhateverTheTableOrder() {
    RattachementTable reversed = RattachementTable.parse("ACCOUNT_SUFFIX;02;SESSAD\nACCOUNT_SUFFIX;01;IME\n"
        + "JOURNAL_CODE;SIE;SIEGE\n");
    Ventilation<GroupeFonctionnel> v = AccountsEngine.ventilate(VentilationTest.fec(VentilationTest.LEDGER).lines(),
        reversed, VentilationTest.KEYS, VentilationTest.GROUPS);
    assertThat(v.comptes()).extracting(ResultatDuCompte::id).containsExactly("IME", "SESSAD");
  }

  @Test
  void aClassifierGivingNoKeyRejectsTheAccount() {
    LedgerRejectedException e = catchThrowableOfType(() -> AccountsEngine.ventilate(
        VentilationTest.fec(VentilationTest.LEDGER).lines(), VentilationTest.TABLE, VentilationTest.KEYS,
        n -> n.number().startsWith("606") ? null : GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE),
        LedgerRejectedException.class);
    assertThat(e.violations()).extracting(x -> x.field()).containsExactly("line 2 CompteNum", "line 9 CompteNum");
    assertThat(e.problem()).isEqualTo("the classifier gives no key to the account");
  }

  @Test
  void theTraceShowsAnEnumKeyAsItselfAndAnyOtherKeyAsText() {
    List<LigneFec> lines = VentilationTest.fec(VentilationTest.LEDGER).lines();
    Ventilation<GroupeFonctionnel> byGroup = AccountsEngine.ventilate(lines, VentilationTest.TABLE,
        VentilationTest.KEYS, VentilationTest.GROUPS);
    assertThat(byGroup.trace().steps().get(0).arguments()).containsExactly("SIEGE", CHARGES_II_PERSONNEL);
    // the second digit of the account: the siège's 613200 (500.00) is key 1, its 641100 (1,000.01) key 4
    Ventilation<Integer> byDigit = AccountsEngine.ventilate(lines, VentilationTest.TABLE, VentilationTest.KEYS,
        n -> n.number().charAt(1) - '0');
    assertThat(byDigit.trace().steps().get(0).amount()).isEqualTo(Amount.of("500.00"));
    assertThat(byDigit.trace().steps().get(0).arguments()).containsExactly("SIEGE", "1");
    assertThat(byDigit.trace().steps().get(3).arguments()).containsExactly("SIEGE", "4");
    Ventilation<String> byText = AccountsEngine.ventilate(lines, VentilationTest.TABLE, VentilationTest.KEYS,
        n -> n.number().substring(0, 2));
    assertThat(byText.trace().steps().get(0).arguments()).containsExactly("SIEGE", "61");
  }
}
