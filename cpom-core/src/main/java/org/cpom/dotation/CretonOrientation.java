package org.cpom.dotation;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;

/**
 * Where the commission des droits et de l'autonomie has oriented a young adult kept in an établissement for
 * disabled children under CASF L242-4 (amendement Creton); it decides who pays the daily tariff of the
 * place kept.
 */
public enum CretonOrientation implements Labelled {
  /**
   * An établissement under the Département's competence (a foyer de vie, a foyer d'hébergement): the aide
   * sociale of the Département of the domicile de secours pays the daily tariff (L242-4).
   */
  DEPARTEMENT_ESTABLISHMENT,
  /**
   * An ESMS of V of L314-1 (a FAM, a SAMSAH): that Département pays the daily tariff less the forfait
   * journalier plafond soins of the previous exercice, which is billed to the assurance maladie (L242-4).
   */
  FAM_OR_SAMSAH,
  /** Any other orientation (a MAS, for instance): the assurance maladie pays the daily tariff (L242-4). */
  OTHER;

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
      case DEPARTEMENT_ESTABLISHMENT -> TraceLabels.pick(locale, "établissement de compétence départementale", "establishment under the Département's competence");
      case FAM_OR_SAMSAH -> TraceLabels.pick(locale, "FAM ou SAMSAH", "FAM or SAMSAH");
      case OTHER -> TraceLabels.pick(locale, "autre orientation", "other orientation");
    };
  }
}
