package org.cpom.referential;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;

/** How places are used (mode d'accueil), as the capacity of an ESMS is authorised and funded by mode. */
public enum CapacityMode implements Labelled {
  /** Internat (residential). */
  INTERNAT,
  /** Semi-internat (day attendance with meals). */
  SEMI_INTERNAT,
  /** Externat. */
  EXTERNAT,
  /** Accueil de jour. */
  ACCUEIL_DE_JOUR,
  /** Hébergement permanent (the places that count for EHPAD occupancy, R314-160). */
  HEBERGEMENT_PERMANENT,
  /** Hébergement temporaire. */
  HEBERGEMENT_TEMPORAIRE,
  /** Places de service (SESSAD, SAVS, SAMSAH, SSIAD). */
  PLACES_DE_SERVICE;

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
      case INTERNAT -> TraceLabels.pick(locale, "internat", "residential (internat)");
      case SEMI_INTERNAT -> TraceLabels.pick(locale, "semi-internat", "day with meals (semi-internat)");
      case EXTERNAT -> TraceLabels.pick(locale, "externat", "day (externat)");
      case ACCUEIL_DE_JOUR -> TraceLabels.pick(locale, "accueil de jour", "day care (accueil de jour)");
      case HEBERGEMENT_PERMANENT -> TraceLabels.pick(locale, "hébergement permanent", "permanent accommodation");
      case HEBERGEMENT_TEMPORAIRE -> TraceLabels.pick(locale, "hébergement temporaire", "temporary accommodation");
      case PLACES_DE_SERVICE -> TraceLabels.pick(locale, "places de service", "service places");
    };
  }
}
