package org.cpom.contract;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * Who decides the allocation of the results of a contract's comptes de résultat (affectation des
 * résultats).
 *
 * <p>Under the EPRD the gestionnaire allocates (CASF R314-234), except the comptes de résultat of
 * R314-222 II 2° (an ESMS outside the perimeter of the contract or tariffed by the préfet), which the
 * tariff authority allocates (R314-234 4°). Under the traditional budget the tariff authority allocates
 * (R314-51 I), unless the contract lets the gestionnaire do it (R314-43).
 */
public enum AllocatingParty implements Labelled {
  /** The organisme gestionnaire (EPRD: R314-234; traditional budget under a contract: R314-43). */
  GESTIONNAIRE,
  /** The autorité de tarification (traditional budget: R314-51 I; EPRD: R314-234 4°). */
  AUTORITE_DE_TARIFICATION;

  /**
   * The label in French or English (partie qui affecte le résultat).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case GESTIONNAIRE -> TraceLabels.pick(locale, "gestionnaire", "manager (gestionnaire)");
      case AUTORITE_DE_TARIFICATION -> TraceLabels.pick(locale, "autorité de tarification", "pricing authority (autorité de tarification)");
    };
  }
}
