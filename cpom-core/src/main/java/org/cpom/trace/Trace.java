package org.cpom.trace;

import org.cpom.LegalBasis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cpom.money.Amount;
import org.cpom.internal.Checks;

/**
 * The ordered steps behind a computed figure, each with its kind, arguments, amount and legal basis.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Trace {
  private static final Trace EMPTY = new Trace(List.of());

  // a TraceStep when the trace has one step (most payments), otherwise an unmodifiable List<TraceStep>: a
  // campaign keeps hundreds of thousands of one-step traces, and the list around each would double their size
  private final Object steps;

  private Trace(List<TraceStep> steps) {
    this.steps = steps;
  }

  private Trace(TraceStep step) {
    this.steps = step;
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
    List<TraceStep> copy = List.copyOf(Checks.noNulls(steps, "steps"));
    return copy.size() == 1 ? new Trace(copy.get(0)) : new Trace(copy);
  }

  /**
   * A trace of the given steps, in order.
   *
   * @param steps the steps
   * @return the trace
   */
  public static Trace of(TraceStep... steps) {
    return of(Arrays.asList(Objects.requireNonNull(steps, "steps")));
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
    return new Trace(List.of(Objects.requireNonNull(first, "steps element"),
        Objects.requireNonNull(second, "steps element")));
  }

  /**
   * This trace with one more step at the end.
   *
   * @param step the step
   * @return a new trace
   */
  public Trace plus(TraceStep step) {
    Objects.requireNonNull(step, "step");
    List<TraceStep> list = new ArrayList<>(steps());
    list.add(step);
    return new Trace(Collections.unmodifiableList(list));
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
  @SuppressWarnings("unchecked")
  public List<TraceStep> steps() {
    return steps instanceof TraceStep ? List.of((TraceStep) steps) : (List<TraceStep>) steps;
  }

  /**
   * The number of steps.
   *
   * @return the size
   */
  public int size() {
    return steps instanceof TraceStep ? 1 : ((List<?>) steps).size();
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
