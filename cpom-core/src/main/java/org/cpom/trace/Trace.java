package org.cpom.trace;

import org.cpom.LegalBasis;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cpom.money.Amount;

/**
 * The ordered steps behind a computed figure, each with its kind, arguments, amount and legal basis.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Trace {
  private static final Trace EMPTY = new Trace(new TraceStep[0]);

  // a TraceStep when the trace has one step (most payments), otherwise an array of the steps that no one else
  // holds, read through an unmodifiable view: a campaign keeps hundreds of thousands of traces, and a list
  // around each step would double the size of the one-step ones
  private final Object steps;

  private Trace(TraceStep[] steps) {
    this.steps = steps;
  }

  private Trace(TraceStep step) {
    this.steps = step;
  }

  /** A trace of the array, which the caller hands over. */
  private static Trace owning(TraceStep[] steps) {
    for (TraceStep s : steps) {
      Objects.requireNonNull(s, "steps element");
    }
    return steps.length == 1 ? new Trace(steps[0]) : new Trace(steps);
  }

  /**
   * The empty trace.
   *
   * @return a trace with no step
   */
  public static Trace empty() {
    return EMPTY;
  }

  /**
   * A trace of the given steps, in order.
   *
   * @param steps the steps
   * @return the trace
   */
  public static Trace of(List<TraceStep> steps) {
    // the list's own copy: the caller may change the list after the call
    return owning(Objects.requireNonNull(steps, "steps").toArray(new TraceStep[0]));
  }

  /**
   * A trace of the given steps, in order.
   *
   * @param steps the steps
   * @return the trace
   */
  public static Trace of(TraceStep... steps) {
    return owning(Objects.requireNonNull(steps, "steps").clone());
  }

  /**
   * A trace of one step.
   *
   * @param step the step
   * @return the trace
   */
  public static Trace of(TraceStep step) {
    // no array to copy: most payments are explained by one step, and a campaign builds thousands of them
    return new Trace(Objects.requireNonNull(step, "steps element"));
  }

  /**
   * A trace of two steps, in order.
   *
   * @param first the first step
   * @param second the second step
   * @return the trace
   */
  public static Trace of(TraceStep first, TraceStep second) {
    return new Trace(new TraceStep[] {Objects.requireNonNull(first, "steps element"),
        Objects.requireNonNull(second, "steps element")});
  }

  /**
   * This trace with one more step at the end.
   *
   * @param step the step
   * @return a new trace
   */
  public Trace plus(TraceStep step) {
    Objects.requireNonNull(step, "step");
    if (size() == 0) {
      return new Trace(step);
    }
    TraceStep[] more = Arrays.copyOf(array(), size() + 1);
    more[more.length - 1] = step;
    return new Trace(more);
  }

  /**
   * This trace with one more step at the end.
   *
   * @param label what the step does
   * @param amount the amount it gives
   * @param basis its legal basis
   * @return a new trace
   */
  public Trace plus(String label, Amount amount, LegalBasis basis) {
    return plus(TraceStep.of(label, amount, basis));
  }

  /**
   * This trace with one more step of a kind at the end.
   *
   * @param kind what the step does
   * @param amount the amount it gives
   * @param basis its legal basis
   * @param arguments the values its label shows, in the order {@link StepKind} gives for the kind
   * @return a new trace
   */
  public Trace plus(StepKind kind, Amount amount, LegalBasis basis, Object... arguments) {
    return plus(TraceStep.of(kind, amount, basis, arguments));
  }

  /**
   * The steps as lines, one a step, in French or English (see {@link TraceStep#render(Locale)}).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the text, each line ending with a newline
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  public String render(Locale locale) {
    TraceLabels.isFrench(locale);
    StringBuilder sb = new StringBuilder();
    for (TraceStep s : steps()) {
      sb.append(s.render(locale)).append('\n');
    }
    return sb.toString();
  }

  /**
   * The steps, in order.
   *
   * @return an unmodifiable list
   */
  public List<TraceStep> steps() {
    return steps instanceof TraceStep ? List.of((TraceStep) steps)
        : Collections.unmodifiableList(Arrays.asList((TraceStep[]) steps));
  }

  /** The steps as an array, the trace's own: not to be written. */
  private TraceStep[] array() {
    return steps instanceof TraceStep ? new TraceStep[] {(TraceStep) steps} : (TraceStep[]) steps;
  }

  /**
   * The number of steps.
   *
   * @return the size
   */
  public int size() {
    return steps instanceof TraceStep ? 1 : ((TraceStep[]) steps).length;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Trace && ((Trace) obj).steps().equals(steps());
  }

  @Override
  public int hashCode() {
    return steps().hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (TraceStep s : steps()) {
      sb.append(s).append('\n');
    }
    return sb.toString();
  }
}
