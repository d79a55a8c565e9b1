package org.cpom.payment;

/** What a payment of a dotation schedule is. */
public enum PaymentKind {
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
  REGULARISATION
}
