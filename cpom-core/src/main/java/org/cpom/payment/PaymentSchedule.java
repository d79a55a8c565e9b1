package org.cpom.payment;

import java.time.Year;
import java.util.List;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.param.RegulatoryParameter;
import org.immutables.value.Value;

/**
 * The payments of one annual amount over its year: twelve monthly payments, plus a
 * regularisation after December when the amount was decided on or after the December payment date.
 *
 * <p>The payments always sum exactly to {@link #annualAmount()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentSchedule {
  PaymentSchedule() {}

  static ImmutablePaymentSchedule.Builder builder() {
    return ImmutablePaymentSchedule.builder();
  }

  /**
   * The exercice paid.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The annual amount paid, after the last decision of the year.
   *
   * @return the amount
   */
  public abstract Amount annualAmount();

  /**
   * The previous year's amount, whose twelfths are advanced until the decision.
   *
   * @return the amount
   */
  public abstract Amount previousAmount();

  /**
   * The payment regime the payments follow, which sets their articles.
   *
   * @return the regime
   */
  public abstract PaymentRegime regime();

  /**
   * The day of the month the payments were dated on (moved back to the last working day before), with its
   * source: CASF R314-107, or an UNVERIFIED default for the assurance maladie.
   *
   * @return the parameter
   */
  public abstract RegulatoryParameter<Integer> paymentDay();

  /**
   * The payments in date order: twelve monthly ones, then any regularisation.
   *
   * @return the payments
   */
  public abstract List<Payment> payments();

  /**
   * The sum of the payments, equal to {@link #annualAmount()}.
   *
   * @return the total
   */
  public Amount total() {
    long cents = 0;
    for (Payment p : payments()) {
      cents = Checks.addExact(cents, p.amount().cents(), "paymentSchedule.payments");
    }
    return Amount.ofCents(cents);
  }

  @Value.Check
  void check() {
    if (!total().equals(annualAmount())) {
      throw new IllegalStateException("schedule does not sum to its annual amount: " + total() + " vs " + annualAmount());
    }
  }
}
