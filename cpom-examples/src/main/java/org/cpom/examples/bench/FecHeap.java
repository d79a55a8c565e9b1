package org.cpom.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.cpom.accounts.AccountsEngine;
import org.cpom.accounts.FecSummary;

/**
 * The heap kept while a FEC is read: for each line count given, streams a {@link FecGenerator} FEC through
 * {@code AccountsEngine.scanFec} with a trial-balance-like sink, and at ten points of the file runs a full GC
 * and reads the heap used ({@link MemoryMXBean}), which is then the memory the read keeps alive. Run it in a
 * small heap ({@code -Xmx64m}) to show that the file's length does not matter. The GCs make the time printed
 * a rough one; the speed is {@link FecBenchmark}'s.
 */
public final class FecHeap {
  private FecHeap() {}

  /**
   * Reads a FEC of each line count given.
   *
   * @param args line counts, such as {@code 100000 1000000}
   */
  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.printf(Locale.ROOT, "max heap %.0f MB%n", Runtime.getRuntime().maxMemory() / 1e6);
    for (String arg : args) {
      long lines = Long.parseLong(arg);
      long step = Math.max(1, lines / 10);
      long[] peak = new long[1];
      long[] count = new long[1];
      Map<String, long[]> sums = new HashMap<>();
      System.gc();
      long before = memory.getHeapMemoryUsage().getUsed();
      long start = System.nanoTime();
      FecSummary summary = AccountsEngine.scanFec(new FecGenerator(lines, FecBenchmark.SEED), line -> {
        long[] s = sums.computeIfAbsent(line.compteNum().number(), k -> new long[2]);
        s[0] += line.debit().cents();
        s[1] += line.credit().cents();
        if (++count[0] % step == 0) {
          System.gc();
          peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
        }
      });
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT,
          "%,d lines, %d accounts, debit %s: heap used after GC %.1f MB before, at most %.1f MB during the read"
              + " (%.1f s with the GCs)%n",
          summary.lineCount(), sums.size(), summary.totalDebit(), before / 1e6, peak[0] / 1e6, seconds);
    }
  }
}
