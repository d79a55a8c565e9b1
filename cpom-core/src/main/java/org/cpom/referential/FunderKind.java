package org.cpom.referential;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;

/**
 * Who pays (financeur): the assurance maladie through its ARS, a Département through its aide sociale,
 * or the State (ESAT operating budget).
 */
public enum FunderKind implements Labelled {
  /** Assurance maladie; tariffs set by the ARS. */
  ASSURANCE_MALADIE,
  /** A Département (aide sociale); tariffs set by its président. */
  DEPARTEMENT,
  /** The State (ESAT); tariffs set by the ARS on its behalf. */
  ETAT;

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
      case ASSURANCE_MALADIE -> TraceLabels.pick(locale, "assurance maladie", "assurance maladie (health insurance)");
      case DEPARTEMENT -> TraceLabels.pick(locale, "département", "Département");
      case ETAT -> TraceLabels.pick(locale, "État", "the State");
    };
  }
}
