package org.cpom.examples.bench;

import java.util.concurrent.TimeUnit;
import org.cpom.accounts.AccountsEngine;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.accounts.FecSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a FEC of {@value #LINES} lines ({@link FecGenerator}, written on the fly) through the public API. One
 * operation is one line, so the score is in lines per second; each invocation reads the whole file.
 *
 * <p>Run it with {@code mvn -q -pl cpom-examples -am compile exec:exec@bench -Dbench.include=FecBenchmark} (see the
 * README, "Benchmark"); add JMH's {@code -prof gc} for the bytes allocated per line, and {@link FecHeap} for the
 * heap kept.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class FecBenchmark {
  /** The lines of the FEC read, the header aside. */
  public static final int LINES = 1_000_000;
  /** The seed of the FEC read. */
  public static final long SEED = 20_251_231L;

  /**
   * The generator alone, read to its end: the part of the other scores that is not cpom's.
   *
   * @return the characters read
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long generate() {
    char[] buffer = new char[8192];
    long chars = 0;
    try (FecGenerator g = new FecGenerator(LINES, SEED)) {
      int n;
      while ((n = g.read(buffer, 0, buffer.length)) >= 0) {
        chars += n;
      }
    }
    return chars;
  }

  /**
   * {@code AccountsEngine.scanFec} with a sink that sums the charges (class 6) debited, as a user's aggregate.
   *
   * @param bh consumes the summary and the sum
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void scan(Blackhole bh) {
    long[] charges = new long[1];
    FecSummary summary = AccountsEngine.scanFec(new FecGenerator(LINES, SEED), line -> {
      if (line.compteNum().startsWith("6")) {
        charges[0] += line.debit().cents();
      }
    });
    bh.consume(summary);
    bh.consume(charges[0]);
  }

  /**
   * {@code AccountsEngine.trialBalance}: the balance générale of the FEC, account by account.
   *
   * @return the trial balance
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public BalanceGenerale trialBalance() {
    return AccountsEngine.trialBalance(new FecGenerator(LINES, SEED));
  }
}
