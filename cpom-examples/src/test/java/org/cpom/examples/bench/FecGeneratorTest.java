package org.cpom.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.cpom.accounts.AccountsEngine;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.accounts.FecSummary;
import org.cpom.accounts.LigneFec;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

class FecGeneratorTest {
  private static String text(Reader r) throws IOException {
    StringBuilder b = new StringBuilder();
    char[] buffer = new char[100];
    int n;
    while ((n = r.read(buffer, 0, buffer.length)) >= 0) {
      b.append(buffer, 0, n);
    }
    return b.toString();
  }

  @Test
  void aThousandGeneratedLinesReadWithoutErrorOrWarningAndBalance() {
    Map<String, long[]> ecritures = new HashMap<>();
    long[] lines = new long[1];
    FecSummary summary = AccountsEngine.scanFec(new FecGenerator(1_000, 7), (LigneFec l) -> {
      lines[0]++;
      long[] s = ecritures.computeIfAbsent(l.journalCode() + " " + l.ecritureNum(), k -> new long[2]);
      s[0] += l.debit().cents();
      s[1] += l.credit().cents();
      assertThat(l.compteNum().startsWithThreeDigits()).isTrue();
      assertThat(l.compteLib()).isNotEmpty();
      assertThat(l.ecritureLib()).isNotEmpty();
    });
    assertThat(summary.lineCount()).isEqualTo(1_000).isEqualTo(lines[0]);
    assertThat(summary.separator()).isEqualTo('\t');
    assertThat(summary.warningCount()).isZero();
    assertThat(summary.totalDebit()).isEqualTo(summary.totalCredit()).isGreaterThan(Amount.ZERO);
    // 2 to 4 lines each, every one balanced
    assertThat(ecritures.size()).isBetween(250, 500);
    assertThat(ecritures.values()).allSatisfy(s -> assertThat(s[0]).isEqualTo(s[1]).isPositive());
  }

  @Test
  void theTrialBalanceOfAGeneratedFecBalances() {
    BalanceGenerale b = AccountsEngine.trialBalance(new FecGenerator(1_000, 7));
    assertThat(b.totals().closingDebit()).isEqualTo(b.totals().closingCredit());
    assertThat(b.totals().movementDebit()).isEqualTo(b.fec().orElseThrow().totalDebit());
    assertThat(b.lines()).hasSizeBetween(10, 40);
  }

  @Test
  void theSeedFixesTheTextAndTheLineCountIsExact() throws IOException {
    String one = text(new FecGenerator(50, 3));
    assertThat(text(new FecGenerator(50, 3))).isEqualTo(one);
    assertThat(text(new FecGenerator(50, 4))).isNotEqualTo(one);
    assertThat(one).startsWith(FecGenerator.HEADER + "\r\n").endsWith("\r\n");
    // a decimal comma, never a point, in the amounts
    assertThat(one.split("\r\n")[1].split("\t", -1)).hasSize(18).satisfies(f -> {
      assertThat(f[11]).matches("\\d+,\\d\\d");
      assertThat(f[12]).matches("\\d+,\\d\\d");
    });
    for (int n : new int[] {2, 3, 4, 5, 9}) {
      assertThat(text(new FecGenerator(n, 11)).split("\r\n")).hasSize(n + 1);
      assertThat(AccountsEngine.scanFec(new StringReader(text(new FecGenerator(n, 11))), l -> { }).lineCount())
          .isEqualTo(n);
    }
    assertThatThrownBy(() -> new FecGenerator(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
