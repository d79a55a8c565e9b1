package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * What a share of people accompanied counts (base de calcul), a parameter of the definitions cpom chose where no
 * official formula was found ({@link org.cpom.Convention#CRETON_SHARE},
 * {@link org.cpom.Convention#OTHER_DEPARTEMENTS_SHARE}).
 */
public enum PeopleCount implements Labelled {
  /** The people in the effectif on 31 December. */
  EFFECTIF_31_DECEMBER,
  /** The file active: the effectif on 31 December plus the definitive exits of the year. */
  FILE_ACTIVE,
  /** The days of presence in the year. */
  DAYS_OF_PRESENCE;

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
      case EFFECTIF_31_DECEMBER -> TraceLabels.pick(locale, "personnes dans l'effectif au 31 décembre",
          "people in the effectif on 31 December");
      case FILE_ACTIVE -> TraceLabels.pick(locale, "personnes de la file active", "people of the file active");
      case DAYS_OF_PRESENCE -> TraceLabels.pick(locale, "journées de présence de l'année", "days of presence in the year");
    };
  }
}
