package org.cpom.payment;

import java.time.LocalDate;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A decision during the year that changes the annual amount of a schedule, such as a décision modificative
 * re-splitting a DGC for one ESMS: the payments change from the first payment after its date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: its date is in the years 1583 to 9999 ({@link org.cpom.Convention#ENGINE_BOUNDS}).
 */
@Value.Immutable
public abstract class AmountChange {
  AmountChange() {}

  /**
   * Creates a change.
   *
   * @param date the decision date
   * @param annualAmount the new annual amount, zero or more
   * @param label what the decision is, e.g. "DM n° 1"
   * @param basis its article
   * @return the change
   */
  public static AmountChange of(LocalDate date, Amount annualAmount, String label, LegalBasis basis) {
    return ImmutableAmountChange.of(date, annualAmount, label, basis);
  }

  /**
   * The decision date.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The new annual amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount annualAmount();

  /**
   * What the decision is.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * Its article.
   *
   * @return the basis
   */
  @Value.Parameter
  public abstract LegalBasis basis();

  @Value.Check
  void check() {
    EngineBounds.date(date(), "amountChange.date");
    Checks.notBlank(label(), "amountChange.label");
    Checks.check(!annualAmount().isNegative(), "amountChange.annualAmount", annualAmount(), Articles.R314_107,
        "an annual amount is not negative");
  }
}
