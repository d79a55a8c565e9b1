package org.cpom.examples.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * JMH's command line, followed by the ratio of the two campaign benchmarks: takes the same arguments as
 * {@code org.openjdk.jmh.Main}, runs the benchmarks, then prints "cpom / baseline" when both ran.
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
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      if (name.endsWith(".CampaignBenchmark.cpom")) {
        cpom = r.getPrimaryResult();
      } else if (name.endsWith(".CampaignBenchmark.baseline")) {
        baseline = r.getPrimaryResult();
      }
    }
    if (cpom != null && baseline != null) {
      System.out.println();
      System.out.println(ratioLine(cpom.getScore(), cpom.getScoreError(), baseline.getScore(), baseline.getScoreError(),
          cpom.getScoreUnit()));
    }
  }

  /**
   * The ratio line: both scores and their ratio, with the ratio's error from the two relative errors
   * (first-order propagation of JMH's 99.9 % half-widths; NaN errors, as with a single iteration, count as
   * zero).
   */
  static String ratioLine(double cpom, double cpomError, double baseline, double baselineError, String unit) {
    double ratio = cpom / baseline;
    double rc = Double.isNaN(cpomError) ? 0 : cpomError / cpom;
    double rb = Double.isNaN(baselineError) ? 0 : baselineError / baseline;
    double error = ratio * Math.sqrt(rc * rc + rb * rb);
    return String.format(Locale.ROOT, "cpom %.3f %s, baseline %.3f %s: cpom / baseline = %.2f ± %.2f", cpom, unit,
        baseline, unit, ratio, error);
  }
}
