package org.cpom.finance;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * What the taux d'endettement divides the debt by. The ANAP tableau de bord names the indicator without a formula
 * that a stored text gives (unverified), so the caller chooses; {@link #PRODUITS} is the default
 * ({@link org.cpom.Convention#FINANCIAL_RATIOS}).
 */
public enum AssietteEndettement implements Labelled {
  /** The total of the produits (class 7): the « encours de la dette / total des produits » of the EPS criteria. */
  PRODUITS,
  /** The capitaux permanents: the financements stables of the indépendance financière plus the result. */
  CAPITAUX_PERMANENTS;

  /**
   * The label in French or English.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case PRODUITS -> TraceLabels.pick(locale, "total des produits", "total revenue");
      case CAPITAUX_PERMANENTS -> TraceLabels.pick(locale, "capitaux permanents", "permanent capital");
    };
  }
}
