package org.cpom.referential;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;

/** The people an ESMS serves (public accueilli), as the plan comptable and funding rules distinguish them. */
public enum Public implements Labelled {
  /** Enfants et adolescents handicapés. */
  ENFANTS_HANDICAPES,
  /** Adultes handicapés. */
  ADULTES_HANDICAPES,
  /** Personnes âgées. */
  PERSONNES_AGEES;

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
      case ENFANTS_HANDICAPES -> TraceLabels.pick(locale, "enfants handicapés", "disabled children");
      case ADULTES_HANDICAPES -> TraceLabels.pick(locale, "adultes handicapés", "disabled adults");
      case PERSONNES_AGEES -> TraceLabels.pick(locale, "personnes âgées", "older people");
    };
  }
}
