package org.cpom.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import org.cpom.money.Amount;
import org.cpom.trace.Trace;
import java.util.Objects;
import org.cpom.trace.TraceStep;

/**
 * One payment of a dotation schedule: its date, the month it pays, its amount and the steps behind it.
 *
 * <p>The steps of {@link #trace()} sum exactly to {@link #amount()}. Two payments are equal when their date,
 * month, kind, amount and trace are. This class is immutable and thread-safe.
 */
// Written by hand rather than generated: a national run keeps millions of payments, most with a one-step
// trace, held here as the step itself (the Trace around it is built on read); the generated class would also
// go through a builder for each.
public final class Payment {
  private final LocalDate date;
  private final YearMonth month;
  private final PaymentKind kind;
  private final Amount amount;
  // a TraceStep for a one-step trace, otherwise the Trace
  private final Object trace;

  private Payment(LocalDate date, YearMonth month, PaymentKind kind, Amount amount, Object trace) {
    this.date = date;
    this.month = month;
    this.kind = kind;
    this.amount = amount;
    this.trace = trace;
  }

  /** A payment explained by one step, whose amount is the payment's. */
  static Payment of(LocalDate date, YearMonth month, PaymentKind kind, TraceStep step) {
    return new Payment(Objects.requireNonNull(date, "date"), Objects.requireNonNull(month, "month"),
        Objects.requireNonNull(kind, "kind"), step.amount(), step);
  }

  /** A payment explained by a trace, whose steps sum to the amount. */
  static Payment of(LocalDate date, YearMonth month, PaymentKind kind, Amount amount, Trace trace) {
    Objects.requireNonNull(trace, "trace");
    return new Payment(Objects.requireNonNull(date, "date"), Objects.requireNonNull(month, "month"),
        Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(amount, "amount"),
        trace.size() == 1 ? trace.steps().get(0) : trace);
  }

  /**
   * The payment date: the payment day of the regime (the 20th by default, R314-107; a parameter for the
   * assurance maladie), or the last working day before.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The month whose payment this is; for a regularisation after December, the month it is paid in.
   *
   * @return the month
   */
  public YearMonth month() {
    return month;
  }

  /**
   * What the payment is.
   *
   * @return the kind
   */
  public PaymentKind kind() {
    return kind;
  }

  /**
   * The amount, signed: a catch-up after a decrease may make it negative (the funder recovers it).
   *
   * @return the amount
   */
  public Amount amount() {
    return amount;
  }

  /**
   * The steps, summing to the amount, each with its article.
   *
   * @return the trace
   */
  public Trace trace() {
    return trace instanceof TraceStep ? Trace.of((TraceStep) trace) : (Trace) trace;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Payment)) {
      return false;
    }
    Payment o = (Payment) obj;
    return date.equals(o.date) && month.equals(o.month) && kind == o.kind && amount.equals(o.amount)
        && trace().equals(o.trace());
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, month, kind, amount, trace());
  }

  @Override
  public String toString() {
    return date + " " + kind + " " + amount;
  }
}
