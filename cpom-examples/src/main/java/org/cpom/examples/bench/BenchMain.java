package org.cpom.examples.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * JMH's command line, followed by the ratio of the two campaign benchmarks: takes the same arguments as
 * {@code org.openjdk.jmh.Main}, runs the benchmarks, then prints "cpom / baseline" and "cpom / limit" for the
 * pairs that ran.
 */
public final class BenchMain {
  private BenchMain() {}

  /**
   * Runs JMH, then prints the ratio.
   *
   * @param args JMH's arguments
   * @throws Exception if an argument is wrong or JMH fails
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions options = new CommandLineOptions(args);
    if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams() || options.shouldListProfilers()
        || options.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> results = new Runner(options).run();
    Result<?> cpom = null;
    Result<?> baseline = null;
    Result<?> limit = null;
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      if (name.endsWith(".CampaignBenchmark.cpom")) {
        cpom = r.getPrimaryResult();
      } else if (name.endsWith(".CampaignBenchmark.baseline")) {
        baseline = r.getPrimaryResult();
      } else if (name.endsWith(".CampaignBenchmark.limit")) {
        limit = r.getPrimaryResult();
      }
    }
    if (cpom != null && (baseline != null || limit != null)) {
      System.out.println();
    }
    if (cpom != null && baseline != null) {
      System.out.println(ratioLine("baseline", cpom.getScore(), cpom.getScoreError(), baseline.getScore(),
          baseline.getScoreError(), cpom.getScoreUnit()));
    }
    if (cpom != null && limit != null) {
      System.out.println(ratioLine("limit", cpom.getScore(), cpom.getScoreError(), limit.getScore(),
          limit.getScoreError(), cpom.getScoreUnit()));
    }
  }

  /**
   * The ratio line of cpom to another benchmark ({@code baseline} or {@code limit}): both scores and their ratio, with the ratio's error from the two relative errors
   * (first-order propagation of JMH's 99.9 % half-widths; NaN errors, as with a single iteration, count as
   * zero).
   */
  static String ratioLine(String other, double cpom, double cpomError, double reference, double referenceError,
      String unit) {
    double ratio = cpom / reference;
    double rc = Double.isNaN(cpomError) ? 0 : cpomError / cpom;
    double rb = Double.isNaN(referenceError) ? 0 : referenceError / reference;
    double error = ratio * Math.sqrt(rc * rc + rb * rb);
    return String.format(Locale.ROOT, "cpom %.3f %s, %s %.3f %s: cpom / %s = %.2f ± %.2f", cpom, unit, other,
        reference, unit, other, ratio, error);
  }
}
