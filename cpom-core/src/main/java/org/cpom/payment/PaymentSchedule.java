package org.cpom.payment;

import java.time.Year;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.param.RegulatoryParameter;

/**
 * The payments of one annual amount over its year: twelve monthly payments, plus a
 * regularisation after December when the amount was decided on or after the December payment date.
 *
 * <p>The payments always sum exactly to {@link #annualAmount()}. Two schedules are equal when all their
 * attributes are. This class is immutable and thread-safe.
 */
// Written by hand rather than generated: the generated class copies the payments twice (into its builder,
// then out of it), for every ESMS of every DGC of a campaign.
public final class PaymentSchedule {
  private final Year year;
  private final Amount annualAmount;
  private final Amount previousAmount;
  private final PaymentRegime regime;
  private final RegulatoryParameter<Integer> paymentDay;
  private final List<Payment> payments;

  private PaymentSchedule(Year year, Amount annualAmount, Amount previousAmount, PaymentRegime regime,
      RegulatoryParameter<Integer> paymentDay, List<Payment> payments) {
    this.year = Objects.requireNonNull(year, "year");
    this.annualAmount = Objects.requireNonNull(annualAmount, "annualAmount");
    this.previousAmount = Objects.requireNonNull(previousAmount, "previousAmount");
    this.regime = Objects.requireNonNull(regime, "regime");
    this.paymentDay = Objects.requireNonNull(paymentDay, "paymentDay");
    this.payments = payments;
    if (!total().equals(annualAmount)) {
      throw new IllegalStateException("schedule does not sum to its annual amount: " + total() + " vs " + annualAmount);
    }
  }

  /**
   * A schedule of the payments given, which it keeps: the caller hands the array over and no longer writes
   * to it.
   */
  static PaymentSchedule of(Year year, Amount annualAmount, Amount previousAmount, PaymentRegime regime,
      RegulatoryParameter<Integer> paymentDay, Payment[] payments) {
    for (Payment p : payments) {
      Objects.requireNonNull(p, "payments element");
    }
    return new PaymentSchedule(year, annualAmount, previousAmount, regime, paymentDay,
        Collections.unmodifiableList(Arrays.asList(payments)));
  }

  /**
   * The exercice paid.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The annual amount paid, after the last decision of the year.
   *
   * @return the amount
   */
  public Amount annualAmount() {
    return annualAmount;
  }

  /**
   * The previous year's amount, whose twelfths are advanced until the decision.
   *
   * @return the amount
   */
  public Amount previousAmount() {
    return previousAmount;
  }

  /**
   * The payment regime the payments follow, which sets their articles.
   *
   * @return the regime
   */
  public PaymentRegime regime() {
    return regime;
  }

  /**
   * The day of the month the payments were dated on (moved back to the last working day before), with its
   * source: CASF R314-107, or an UNVERIFIED default for the assurance maladie.
   *
   * @return the parameter
   */
  public RegulatoryParameter<Integer> paymentDay() {
    return paymentDay;
  }

  /**
   * The payments in date order: twelve monthly ones, then any regularisation.
   *
   * @return the payments
   */
  public List<Payment> payments() {
    return payments;
  }

  /**
   * The sum of the payments, equal to {@link #annualAmount()}.
   *
   * @return the total
   */
  public Amount total() {
    long cents = 0;
    for (Payment p : payments) {
      cents = Checks.addExact(cents, p.amount().cents(), "paymentSchedule.payments");
    }
    return Amount.ofCents(cents);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PaymentSchedule)) {
      return false;
    }
    PaymentSchedule o = (PaymentSchedule) obj;
    return year.equals(o.year) && annualAmount.equals(o.annualAmount) && previousAmount.equals(o.previousAmount)
        && regime == o.regime && paymentDay.equals(o.paymentDay) && payments.equals(o.payments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, annualAmount, previousAmount, regime, paymentDay, payments);
  }

  @Override
  public String toString() {
    return "PaymentSchedule{year=" + year + ", annualAmount=" + annualAmount + ", previousAmount=" + previousAmount
        + ", regime=" + regime + ", paymentDay=" + paymentDay + ", payments=" + payments + "}";
  }
}
