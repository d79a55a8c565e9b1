package org.cpom.calendar;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;

/**
 * How sure cpom is of the text behind a deadline: whether its article was read in a copy of the code, or only
 * reported by a secondary source.
 */
public enum SourceStatus implements Labelled {
  /** The article's text was read in a copy of the code (verified). */
  VERIFIED,
  /**
   * Known only from a secondary source (a guide, a federation's note, an authority's page) that cites the
   * article: the figure is likely correct, the exact text unconfirmed. cpom makes such rules parameters.
   */
  SECONDARY;

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
      case VERIFIED -> TraceLabels.pick(locale, "texte de l'article lu", "article's text read");
      case SECONDARY -> TraceLabels.pick(locale, "connu par une source secondaire", "known from a secondary source");
    };
  }
}
