package org.cpom.examples.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A regional tariff campaign ({@link Campaign}: 500 gestionnaires, 3,000 ESMS) computed by cpom and by a
 * hand-written Moneta baseline, and by the {@link Limit} on primitive longs, in the same JMH run. One operation is the whole campaign; the score is the
 * average time per campaign in milliseconds.
 *
 * <p>Run it with {@code mvn -q -pl cpom-examples -am compile exec:exec@bench} (see the README, "Benchmark");
 * {@link BenchMain} prints the ratios cpom / baseline and cpom / limit after JMH's table.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class CampaignBenchmark {
  /** The seed of the campaign measured. */
  public static final long SEED = 20_250_101L;

  private List<Campaign.CpomDgc> cpomInputs;
  private List<Baseline.Dgc> baselineInputs;
  private Limit.Input limitInput;

  /** Generates the campaign and both sets of inputs, once per trial, outside the measured code. */
  @Setup(Level.Trial)
  public void setUp() {
    Campaign campaign = Campaign.generate(SEED);
    cpomInputs = campaign.cpomInputs();
    baselineInputs = Baseline.prepare(campaign);
    limitInput = Limit.prepare(campaign);
  }

  /**
   * cpom: for each DGC, the ESMS and DGC amounts with their traces and the provisional split
   * ({@code DotationEngine.compute}), then the DGC and ESMS payment schedules with their traces
   * ({@code PaymentEngine.schedule}).
   *
   * @param bh consumes every result
   */
  @Benchmark
  public void cpom(Blackhole bh) {
    for (Campaign.CpomDgc d : cpomInputs) {
      CpomRun.Result r = CpomRun.compute(d);
      bh.consume(r.year);
      bh.consume(r.payments);
    }
  }

  /**
   * The same figures in plain Moneta {@code Money} arithmetic, without traces ({@link Baseline}).
   *
   * @param bh consumes every result
   */
  @Benchmark
  public void baseline(Blackhole bh) {
    List<LocalDate> dates = Baseline.paymentDates(Campaign.YEAR);
    for (Baseline.Dgc d : baselineInputs) {
      bh.consume(Baseline.compute(d, dates));
    }
  }

  /**
   * The same figures on primitive longs, without traces, validation or value types ({@link Limit}): what the
   * campaign costs when only its arithmetic is done.
   *
   * @param bh consumes the result
   */
  @Benchmark
  public void limit(Blackhole bh) {
    bh.consume(Limit.compute(limitInput));
  }
}
