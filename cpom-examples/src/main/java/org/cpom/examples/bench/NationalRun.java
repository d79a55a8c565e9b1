package org.cpom.examples.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.contract.ResolvedDgc;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DgcProjection;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DotationEngine;
import org.cpom.money.Amount;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.DgcScheduleRequest;
import org.cpom.payment.PaymentEngine;
import org.cpom.referential.FinessNumber;

/**
 * The national run: every DGC of a country-sized campaign ({@code Campaign.generate(7, 7000, 40000)}: 7,000
 * gestionnaires, 40,000 ESMS) projected over a contract of five years, 2025 to 2029, by
 * {@link DotationEngine#project}, then its payments scheduled each year by {@link PaymentEngine#schedule}, the
 * year's arrêté notified on the campaign's day of that year and the previous year's final split advanced
 * until then (the 2024 bases in 2025). Each year repeats the campaign year's mesures nouvelles (their start
 * moved into the year) and CNR; the arrêté's total in whole euros applies to 2025 only. That is 200,000
 * ESMS-years with their traces.
 *
 * <p>{@code main} prints, for one and two threads (a parallel stream over the DGCs in a {@link ForkJoinPool}),
 * the time of each run (the first in a cold JVM, then warm repeats), the GC time, and the peak of the heap in
 * use (sampled every 2 ms), with the results kept until the run ends; then the time per ESMS-year of one year
 * at 3,000, 10,000, 20,000 and 40,000 ESMS, to show how the cost grows. Run it with
 * {@code mvn -q -pl cpom-examples -am compile exec:exec@national} (see the README, "Benchmark").
 */
public final class NationalRun {
  private static final HolidayCalendar CALENDAR = HolidayCalendars.national();
  static final Year FIRST = Year.of(2025);
  static final int YEARS = 5;

  private NationalRun() {}

  /** One DGC's inputs for the five years, built before the run. */
  static final class Input {
    final ResolvedDgc definition;
    final Map<FinessNumber, Amount> initialBases;
    final List<DgcYear> years;
    final LocalDate notified;

    Input(ResolvedDgc definition, Map<FinessNumber, Amount> initialBases, List<DgcYear> years, LocalDate notified) {
      this.definition = definition;
      this.initialBases = initialBases;
      this.years = years;
      this.notified = notified;
    }
  }

  /** One DGC's results: the projection and the five payment schedules. */
  static final class Result {
    final DgcProjection projection;
    final List<DgcPaymentSchedule> payments;

    Result(DgcProjection projection, List<DgcPaymentSchedule> payments) {
      this.projection = projection;
      this.payments = payments;
    }
  }

  /** The inputs of every DGC of a campaign over {@code years} years from 2025. */
  static List<Input> prepare(Campaign campaign, int years) {
    List<Input> inputs = new ArrayList<>(campaign.dgcs().size());
    for (int k = 0; k < campaign.dgcs().size(); k++) {
      Campaign.DgcInput d = campaign.dgcs().get(k);
      List<DgcYear> list = new ArrayList<>(years);
      for (int y = 0; y < years; y++) {
        list.add(Campaign.year(d, FIRST.plusYears(y), y == 0));
      }
      inputs.add(new Input(Campaign.definition(d, FIRST, FIRST.plusYears(YEARS - 1)),
          campaign.cpomInputs().get(k).previousBases, List.copyOf(list), d.notified));
    }
    return inputs;
  }

  /** One DGC over its years. */
  static Result compute(Input in) {
    DgcProjection projection = DotationEngine.project(in.definition, in.years, in.initialBases);
    List<DgcPaymentSchedule> payments = new ArrayList<>(in.years.size());
    Map<FinessNumber, Amount> advances = in.initialBases;
    for (int y = 0; y < projection.years().size(); y++) {
      DgcDotation year = projection.years().get(y);
      payments.add(PaymentEngine.schedule(DgcScheduleRequest.builder()
          .dotation(year)
          .notified(in.notified.plusYears(y))
          .previousShares(advances)
          .calendar(CALENDAR)
          .build()));
      advances = year.finalSplit().shares();
    }
    return new Result(projection, List.copyOf(payments));
  }

  /** Every DGC on {@code threads} threads (1: this thread), the results in input order. */
  static List<Result> run(List<Input> inputs, int threads) {
    if (threads == 1) {
      List<Result> results = new ArrayList<>(inputs.size());
      for (Input in : inputs) {
        results.add(compute(in));
      }
      return results;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> inputs.parallelStream().map(NationalRun::compute).collect(Collectors.toList())).join();
    } finally {
      pool.shutdown();
    }
  }

  /** Samples the heap in use every 2 ms and keeps the peak. */
  private static final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
      thread = new Thread(() -> {
        while (running) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    long peak() {
      return peak.get();
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join();
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /** Counts what a run produced, so that it cannot be optimised away and the run can be checked. */
  static long payments(List<Result> results) {
    long n = 0;
    for (Result r : results) {
      for (DgcPaymentSchedule s : r.payments) {
        n += s.dgc().payments().size();
        for (org.cpom.payment.PaymentSchedule e : s.esms().values()) {
          n += e.payments().size();
        }
      }
    }
    return n;
  }

  /**
   * Prints the national run's times and heap, then the growth with the number of ESMS.
   *
   * @param args optionally the number of warm repeats per thread count (default 4)
   * @throws InterruptedException if interrupted while sampling
   */
  public static void main(String[] args) throws InterruptedException {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "%s %s, %d processors, max heap %d MB%n", System.getProperty("java.vm.name"),
        System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20);
    Campaign campaign = Campaign.generate(7L, 7_000, 40_000);
    List<Input> inputs = prepare(campaign, YEARS);
    System.gc();
    long inputHeap = rt.totalMemory() - rt.freeMemory();
    System.out.printf(Locale.ROOT, "national run: %d DGCs, %d ESMS, %d years; heap in use by the inputs %,d MB%n",
        inputs.size(), campaign.esmsCount(), YEARS, inputHeap >> 20);
    for (int threads = 1; threads <= 2; threads++) {
      for (int r = 0; r <= repeats; r++) {
        System.gc();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        List<Result> results;
        long peak;
        try (HeapSampler sampler = new HeapSampler()) {
          results = run(inputs, threads);
          peak = sampler.peak();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long gc = gcMillis() - gc0;
        System.gc();
        long live = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT,
            "  %d thread(s), run %d%s: %,d ms (GC %,d ms), peak heap %,d MB, heap with results kept %,d MB"
                + " (results %,d B per ESMS-year), %,d payments%n",
            threads, r, r == 0 && threads == 1 ? " (cold)" : "", ms, gc, peak >> 20, live >> 20,
            (live - inputHeap) / (campaign.esmsCount() * (long) YEARS), payments(results));
        results = null;
      }
    }
    System.out.println("growth, one year, one thread, results kept (median of 5 runs after 2 warm ones):");
    for (int esms : new int[] {3_000, 10_000, 20_000, 40_000}) {
      Campaign c = Campaign.generate(7L, esms * 7 / 40, esms);
      List<Input> one = prepare(c, 1);
      long[] times = new long[7];
      for (int r = 0; r < times.length; r++) {
        System.gc();
        long t0 = System.nanoTime();
        List<Result> results = run(one, 1);
        times[r] = System.nanoTime() - t0;
        if (payments(results) == 0) {
          throw new IllegalStateException("no payment");
        }
      }
      long[] measured = java.util.Arrays.copyOfRange(times, 2, times.length);
      java.util.Arrays.sort(measured);
      System.out.printf(Locale.ROOT, "  %,6d ESMS: %.1f µs per ESMS-year%n", esms, measured[2] / 1e3 / esms);
    }
  }
}
