package org.cpom.examples.bench;

import java.util.concurrent.TimeUnit;
import org.cpom.dialogue.DialogueEngine;
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
 * The indicators of the dialogue de gestion over {@value #PEOPLE} people records and {@value #STAFF} staff records
 * with their absence periods ({@link DialogueRecords}, generated once per trial outside the measured code). One
 * operation computes every indicator of the records; the score is the average time in milliseconds.
 *
 * <p>Run it with {@code mvn -q -pl cpom-examples -am compile exec:exec@bench -Dbench.include=DialogueBenchmark}
 * (see the README, "Benchmark").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class DialogueBenchmark {
  /** The people records. */
  public static final int PEOPLE = 100_000;
  /** The staff records. */
  public static final int STAFF = 50_000;
  /** The seed of the records. */
  public static final long SEED = 20_261_231L;

  private DialogueRecords records;

  /** Generates the records, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    records = DialogueRecords.generate(PEOPLE, STAFF, SEED);
  }

  /**
   * The people indicators ({@code DialogueEngine.peopleActivity}, {@code cretonShare},
   * {@code otherDepartementsShare}, each validating the whole set) and the staff indicators
   * ({@code DialogueEngine.indicateursPersonnel}).
   *
   * @param bh consumes every result
   */
  @Benchmark
  public void indicators(Blackhole bh) {
    DialogueRecords r = records;
    bh.consume(DialogueEngine.peopleActivity(r.esms, DialogueRecords.YEAR, r.people));
    bh.consume(DialogueEngine.cretonShare(r.esms, DialogueRecords.YEAR, r.people));
    bh.consume(DialogueEngine.otherDepartementsShare(r.esms, DialogueRecords.YEAR, r.people));
    bh.consume(DialogueEngine.indicateursPersonnel(DialogueRecords.YEAR, r.staff, r.absences));
  }
}
