package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * How far the definition of an indicator of the dialogue de gestion was checked (statut de la définition).
 */
public enum IndicatorStatus implements Labelled {
  /** Read in a primary or official text: an article, an official tool's source (ANAP TdB as Hélios quotes it). */
  VERIFIED,
  /** From a secondary source: a trade or practitioners' source, another project's documentation. */
  SECONDARY,
  /** No official formula was found: the library's own documented default, a parameter the caller may change. */
  LIBRARY_DEFAULT;

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
      case VERIFIED -> TraceLabels.pick(locale, "vérifiée", "verified");
      case SECONDARY -> TraceLabels.pick(locale, "source secondaire", "secondary source");
      case LIBRARY_DEFAULT -> TraceLabels.pick(locale, "définition par défaut de la bibliothèque", "library default");
    };
  }
}
