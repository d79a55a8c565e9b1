package org.cpom.payment;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/** What a payment of a dotation schedule is. */
public enum PaymentKind implements Labelled {
  /** A twelfth of the year's amount (R314-107). */
  TWELFTH,
  /**
   * An advance while the year's amount is not yet notified: a twelfth of the previous year's amount
   * (R314-108, R314-116).
   */
  ADVANCE,
  /**
   * The first payment after a decision (the arrêté, or a décision modificative for an ESMS): the new
   * twelfth plus the catch-up of the months already paid.
   */
  CATCH_UP,
  /** A payment after the December one, for a decision notified on or after the December payment date. */
  REGULARISATION;

  /**
   * The label in French or English (nature du versement).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case TWELFTH -> TraceLabels.pick(locale, "douzième", "twelfth");
      case ADVANCE -> TraceLabels.pick(locale, "acompte", "advance");
      case CATCH_UP -> TraceLabels.pick(locale, "rattrapage", "catch-up");
      case REGULARISATION -> TraceLabels.pick(locale, "régularisation", "regularisation");
    };
  }
}
