package org.cpom.dialogue;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * One band of the pyramide des âges: its ages (from, and to when it is not the last band) and the count of the
 * effectif at 31 December whose age falls in it ({@code cpom:staff-age}).
 *
 * <p>This class is immutable and thread-safe; two bands are equal when their ages and count are.
 */
public final class TrancheAge implements Labelled {
  private final int from;
  private final int to;
  private final int count;

  TrancheAge(int from, int to, int count) {
    this.from = from;
    this.to = to;
    this.count = count;
  }

  /** @return the youngest age of the band */
  public int from() {
    return from;
  }

  /** @return the oldest age of the band; empty for the last, open band */
  public OptionalInt to() {
    return to < 0 ? OptionalInt.empty() : OptionalInt.of(to);
  }

  /** @return the members of the effectif at 31 December in the band */
  public int count() {
    return count;
  }

  /**
   * The band's stable key: {@code staff.age-pyramid.under-25}, {@code staff.age-pyramid.25-29},
   * {@code staff.age-pyramid.60-plus} (a single band of all ages is {@code staff.age-pyramid.0-plus}).
   *
   * @return the key
   */
  public String key() {
    String band = to < 0 ? from + "-plus" : from == 0 ? "under-" + (to + 1) : from + "-" + to;
    return IndicateursPersonnel.AGE_PYRAMID + "." + band;
  }

  @Override
  public String label(Locale locale) {
    if (to < 0) {
      return TraceLabels.pick(locale, from + " ans et plus", from + " and over");
    }
    if (from == 0) {
      return TraceLabels.pick(locale, "moins de " + (to + 1) + " ans", "under " + (to + 1));
    }
    return TraceLabels.pick(locale, from + " à " + to + " ans", from + " to " + to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrancheAge t && from == t.from && to == t.to && count == t.count;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, count);
  }

  @Override
  public String toString() {
    return "TrancheAge[" + label(Locale.ENGLISH) + ": " + count + "]";
  }
}
