package org.cpom.referential;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;

/**
 * The legal status of an organisme gestionnaire. It matters for the fungibility of results between
 * comptes de résultat, which R314-235 opens to private gestionnaires only.
 */
public enum LegalStatus implements Labelled {
  /** Private non-profit (association, fondation, mutuelle). */
  PRIVATE_NON_PROFIT,
  /** Private commercial company. */
  PRIVATE_COMMERCIAL,
  /** Public (établissement public social et médico-social, CCAS, hospital annex). */
  PUBLIC;

  /**
   * Whether the gestionnaire is private.
   *
   * @return true for both private statuses
   */
  public boolean isPrivate() {
    return this != PUBLIC;
  }

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
      case PRIVATE_NON_PROFIT -> TraceLabels.pick(locale, "privé à but non lucratif", "private non-profit");
      case PRIVATE_COMMERCIAL -> TraceLabels.pick(locale, "privé commercial", "private commercial");
      case PUBLIC -> TraceLabels.pick(locale, "public", "public");
    };
  }
}
