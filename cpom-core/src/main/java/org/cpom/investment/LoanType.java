package org.cpom.investment;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/** How a loan's principal is repaid (mode d'amortissement de l'emprunt). */
public enum LoanType implements Labelled {
  /** Constant instalments (annuités constantes): the principal share grows as the interest falls. */
  CONSTANT_ANNUITY,
  /** Constant principal (amortissement constant): the instalment falls with the interest. */
  CONSTANT_AMORTISATION,
  /** Interest only, all the principal with the last instalment (in fine). */
  IN_FINE;

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case CONSTANT_ANNUITY -> TraceLabels.pick(locale, "annuités constantes", "constant annuity");
      case CONSTANT_AMORTISATION -> TraceLabels.pick(locale, "amortissement constant", "constant amortisation");
      case IN_FINE -> TraceLabels.pick(locale, "in fine", "bullet (in fine)");
    };
  }
}
