package org.cpom.budget;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;

/** How {@link PackageSelection} goes down the ranked increments once one does not fit the enveloppe. */
public enum FillRule implements Labelled {
  /** Stop at the first increment that does not fit: the ranking is respected strictly (default). */
  STOP_AT_FIRST_MISFIT,
  /** Skip an increment that does not fit and try the next ones, in rank order. */
  SKIP_MISFITS;

  /**
   * The label in French or English.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case STOP_AT_FIRST_MISFIT -> TraceLabels.pick(locale, "arrêt au premier paquet qui dépasse l'enveloppe", "stop at the first package that does not fit");
      case SKIP_MISFITS -> TraceLabels.pick(locale, "paquets qui dépassent l'enveloppe écartés", "skip the packages that do not fit");
    };
  }
}
