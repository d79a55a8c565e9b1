package org.cpom.investment;

import java.util.Locale;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * How the interest of a loan's broken first period (période brisée, from the drawdown to the first regular date) is
 * paid: the loan contract says; the library's default is a separate line of intérêts intercalaires
 * ({@code cpom:loan-broken-period}). Either way the interest is the same amount, charged to c/66.
 */
public enum BrokenPeriodInterest implements Labelled {
  /**
   * Paid on its own as intérêts intercalaires on the first regular date, a line of interest only before the
   * regular instalments (the default).
   */
  SEPARATE,
  /**
   * Added to the first regular instalment, one period after the first regular date: that instalment's interest is
   * the period's interest plus the broken period's, its principal unchanged.
   */
  WITH_FIRST_INSTALMENT;

  /**
   * The rule the option applies.
   *
   * @return the convention {@code cpom:loan-broken-period}
   */
  public LegalBasis basis() {
    return LegalBasis.convention(Convention.LOAN_BROKEN_PERIOD);
  }

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case SEPARATE -> TraceLabels.pick(locale, "intérêts intercalaires payés à part à la première date régulière",
          "broken-period interest paid separately on the first regular date");
      case WITH_FIRST_INSTALMENT -> TraceLabels.pick(locale,
          "intérêts de la période brisée ajoutés à la première échéance",
          "broken-period interest added to the first instalment");
    };
  }
}
