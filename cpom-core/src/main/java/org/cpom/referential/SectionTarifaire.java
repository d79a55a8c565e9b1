package org.cpom.referential;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The part of an ESMS's costs a funding covers. Single-funded ESMS have one {@link #GLOBAL} funding;
 * jointly funded ones split by section: a FAM or SAMSAH has soins (ARS) and hébergement or accompagnement
 * (Département); an EHPAD has soins (ARS), dépendance and hébergement (Département), the sections
 * tarifaires of R314-158. An IME funded GLOBAL by the assurance maladie may add one {@link #CRETON} funding
 * per Département that pays for young adults kept under L242-4.
 */
public enum SectionTarifaire implements Labelled {
  /** The whole budget of a single-funded ESMS. */
  GLOBAL,
  /** Soins. */
  SOINS,
  /** Dépendance (EHPAD). */
  DEPENDANCE,
  /** Hébergement. */
  HEBERGEMENT,
  /** Accompagnement à la vie sociale (SAMSAH, SAVS). */
  ACCOMPAGNEMENT,
  /**
   * The part of one Département in the dotation globalisée of an établissement for disabled children that
   * keeps young adults under CASF L242-4 (amendement Creton): paid by the aide sociale of that Département,
   * billed as a prix de journée, and fixed with the dotation by the DG ARS (R314-115). It stands beside the
   * ESMS's GLOBAL assurance-maladie funding, never alone.
   */
  CRETON;

  /**
   * The label in French or English (section tarifaire).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case GLOBAL -> TraceLabels.pick(locale, "dotation globale", "global dotation");
      case SOINS -> TraceLabels.pick(locale, "soins", "care (soins)");
      case DEPENDANCE -> TraceLabels.pick(locale, "dépendance", "dependency (dépendance)");
      case HEBERGEMENT -> TraceLabels.pick(locale, "hébergement", "accommodation (hébergement)");
      case ACCOMPAGNEMENT -> TraceLabels.pick(locale, "accompagnement à la vie sociale", "social support (accompagnement)");
      case CRETON -> TraceLabels.pick(locale, "jeunes adultes Creton", "Creton young adults");
    };
  }
}
