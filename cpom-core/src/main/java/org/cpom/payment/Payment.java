package org.cpom.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import org.cpom.money.Amount;
import org.cpom.trace.Trace;
import org.immutables.value.Value;

/**
 * One payment of a dotation schedule: its date, the month it pays, its amount and the steps behind it.
 *
 * <p>The steps of {@link #trace()} sum exactly to {@link #amount()}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Payment {
  Payment() {}

  static ImmutablePayment.Builder builder() {
    return ImmutablePayment.builder();
  }

  /**
   * The payment date: the payment day of the regime (the 20th by default, R314-107; a parameter for the
   * assurance maladie), or the last working day before.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The month whose payment this is; for a regularisation after December, the month it is paid in.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /**
   * What the payment is.
   *
   * @return the kind
   */
  public abstract PaymentKind kind();

  /**
   * The amount, signed: a catch-up after a decrease may make it negative (the funder recovers it).
   *
   * @return the amount
   */
  public abstract Amount amount();

  /**
   * The steps, summing to the amount, each with its article.
   *
   * @return the trace
   */
  public abstract Trace trace();

  @Override
  public String toString() {
    return date() + " " + kind() + " " + amount();
  }
}
