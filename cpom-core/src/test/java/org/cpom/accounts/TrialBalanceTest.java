package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The trial balance (balance générale) of a FEC, and the streamed read of a large one. */
class TrialBalanceTest {
  private static BalanceGenerale small() {
    return AccountsEngine.trialBalance(new StringReader(FecReadingTest.text(FecReadingTest.SMALL, '\t')));
  }

  private static BalanceLine line(BalanceGenerale b, String compte) {
    return b.line(CompteNum.of(compte)).orElseThrow();
  }

  @Test
  void theSmallFecGivesItsHandCheckedBalance() {
    BalanceGenerale b = small();
    assertThat(b.lines()).extracting(l -> l.compte().number())
        .containsExactly("102000", "401000", "411000", "512000", "606100", "706000");
    BalanceLine bank = line(b, "512000");
    assertThat(bank.libelle()).isEqualTo("Banque");
    assertThat(bank.amounts().openingDebit()).isEqualTo(Amount.of("1000.00"));
    assertThat(bank.amounts().openingCredit()).isEqualTo(Amount.ZERO);
    assertThat(bank.amounts().movementDebit()).isEqualTo(Amount.of("1200.00"));
    assertThat(bank.amounts().movementCredit()).isEqualTo(Amount.of("250.50"));
    assertThat(bank.amounts().closingDebit()).isEqualTo(Amount.of("1949.50"));
    assertThat(bank.amounts().closingCredit()).isEqualTo(Amount.ZERO);
    BalanceLine fonds = line(b, "102000");
    assertThat(fonds.amounts().openingCredit()).isEqualTo(Amount.of("1000.00"));
    assertThat(fonds.amounts().closingCredit()).isEqualTo(Amount.of("1000.00"));
    assertThat(line(b, "401000").amounts().closingBalance()).isEqualTo(Amount.ZERO);
    assertThat(line(b, "411000").amounts().closingDebit()).isEqualTo(Amount.ZERO);
    assertThat(line(b, "606100").amounts().closingDebit()).isEqualTo(Amount.of("250.50"));
    assertThat(line(b, "706000").amounts().closingCredit()).isEqualTo(Amount.of("1200.00"));
    assertThat(b.totals().openingDebit()).isEqualTo(Amount.of("1000.00"));
    assertThat(b.totals().openingCredit()).isEqualTo(Amount.of("1000.00"));
    assertThat(b.totals().movementDebit()).isEqualTo(Amount.of("2901.00"));
    assertThat(b.totals().movementCredit()).isEqualTo(Amount.of("2901.00"));
    assertThat(b.totals().closingDebit()).isEqualTo(Amount.of("2200.00"));
    assertThat(b.totals().closingCredit()).isEqualTo(Amount.of("2200.00"));
    assertThat(b.aNouveauxJournals()).isEqualTo(BalanceGenerale.DEFAULT_A_NOUVEAUX);
    assertThat(b.fec().orElseThrow().lineCount()).isEqualTo(10);
  }

  @Test
  void theANouveauxJournalsAreAParameter() {
    BalanceGenerale none = AccountsEngine.trialBalance(
        new StringReader(FecReadingTest.text(FecReadingTest.SMALL, '|')), Set.of());
    assertThat(line(none, "512000").amounts().openingDebit()).isEqualTo(Amount.ZERO);
    assertThat(line(none, "512000").amounts().movementDebit()).isEqualTo(Amount.of("2200.00"));
    assertThat(line(none, "512000").amounts().closingDebit()).isEqualTo(Amount.of("1949.50"));
    assertThat(none.totals().closingDebit()).isEqualTo(Amount.of("2200.00"));
    assertThat(none).isNotEqualTo(small());
  }

  @Test
  void balancesCompareByValue() {
    assertThat(small()).isEqualTo(small()).hasSameHashCodeAs(small());
    assertThat(small().lines().get(0)).isEqualTo(small().lines().get(0));
    assertThat(small().toString()).contains("6 accounts");
  }

  @Test
  void aRejectedFecGivesNoBalance() {
    List<String> lines = List.of(FecReadingTest.HEADER, FecReadingTest.SMALL.get(1));
    assertThatThrownBy(() -> AccountsEngine.trialBalance(new StringReader(String.join("\n", lines))))
        .isInstanceOf(LedgerRejectedException.class).hasMessageContaining("fec écriture AN 1");
  }

  /** A FEC generated line by line, never held: écriture i debits 6xx and credits 401000, (i % 997 + 1),i%100 EUR. */
  static final class GeneratedFec extends Reader {
    private final int ecritures;
    private int next;
    private String pending = FecReadingTest.HEADER.replace('|', '\t') + "\n";
    private int at;

    GeneratedFec(int ecritures) {
      this.ecritures = ecritures;
    }

    static long cents(int i) {
      return (i % 997 + 1) * 100L + i % 100;
    }

    private String ecriture(int i) {
      String amount = String.format(Locale.ROOT, "%d,%02d", cents(i) / 100, cents(i) % 100);
      String num = Integer.toString(i + 1);
      String charge = "60" + (i % 7 + 1) + "000";
      return "HA\tAchats\t" + num + "\t20250115\t" + charge + "\tAchats " + charge + "\tF001\tFournisseur\tFA-" + num
          + "\t20250114\tFacture " + num + "\t" + amount + "\t0,00\t\t\t20250116\t\t\n"
          + "HA\tAchats\t" + num + "\t20250115\t401000\tFournisseurs\tF001\tFournisseur\tFA-" + num
          + "\t20250114\tFacture " + num + "\t0,00\t" + amount + "\t\t\t20250116\t\t\n";
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (at == pending.length()) {
        if (next == ecritures) {
          return -1;
        }
        pending = ecriture(next++);
        at = 0;
      }
      int n = Math.min(len, pending.length() - at);
      pending.getChars(at, at + n, cbuf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void twoHundredThousandLinesAreStreamedInFlatMemory() {
    int ecritures = 100_000;
    long expected = 0;
    for (int i = 0; i < ecritures; i++) {
      expected += GeneratedFec.cents(i);
    }
    AtomicLong seen = new AtomicLong();
    AtomicLong debits = new AtomicLong();
    long[] heap = new long[3];
    long start = System.nanoTime();
    FecSummary summary = AccountsEngine.scanFec(new GeneratedFec(ecritures), l -> {
      long n = seen.incrementAndGet();
      debits.addAndGet(l.debit().cents());
      // the heap still in use after a collection, at a quarter of the file and at its end
      if (n == 50_000 || n == 200_000) {
        long gcStart = System.nanoTime();
        heap[n == 50_000 ? 0 : 1] = usedAfterGc();
        heap[2] += System.nanoTime() - gcStart;
      }
    });
    long millis = (System.nanoTime() - start - heap[2]) / 1_000_000;
    System.out.printf(Locale.ROOT, "FEC 200,000 lines streamed in %d ms (%.0f lines/s, the two collections aside);"
            + " heap in use after 50,000 lines %d KB, after 200,000 lines %d KB%n", millis,
        200_000 * 1000.0 / Math.max(1, millis), heap[0] >> 10, heap[1] >> 10);
    // 150,000 lines held would take well over 50 MB
    assertThat(heap[1] - heap[0]).isLessThan(16L << 20);
    assertThat(summary.lineCount()).isEqualTo(200_000);
    assertThat(seen.get()).isEqualTo(200_000);
    assertThat(summary.totalDebit()).isEqualTo(Amount.ofCents(expected));
    assertThat(summary.totalCredit()).isEqualTo(Amount.ofCents(expected));
    assertThat(debits.get()).isEqualTo(expected);
    assertThat(summary.warnings()).isEmpty();

    BalanceGenerale b = AccountsEngine.trialBalance(new GeneratedFec(ecritures));
    assertThat(b.lines()).hasSize(8);
    assertThat(line(b, "401000").amounts().closingCredit()).isEqualTo(Amount.ofCents(expected));
    assertThat(b.totals().closingDebit()).isEqualTo(Amount.ofCents(expected));
    long charges601 = 0;
    for (int i = 0; i < ecritures; i += 7) {
      charges601 += GeneratedFec.cents(i);
    }
    assertThat(line(b, "601000").amounts().closingDebit()).isEqualTo(Amount.ofCents(charges601));
  }
}
