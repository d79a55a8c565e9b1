package org.cpom.budget;

import java.math.RoundingMode;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.trace.StepKind;
import org.cpom.LegalBasis;
import org.cpom.trace.Trace;

/**
 * The prix de journée of the traditional tariff regime (CASF R314-113):
 * {@code (charges after incorporating earlier results - other revenue) / days}, where the days are the
 * average actual days of the three previous years, or forecast days for an ESMS open less than three
 * years ({@link DayBasis}).
 *
 * <p>The earlier result is given as an {@link IncorporatedResult}: a surplus lowers the charges to fund, a
 * deficit raises them. Example: charges 2,190,000.00, an earlier <b>surplus</b> of 20,000.00 (charge
 * adjustment -20,000.00), other revenue 90,000.00, days 13,900 / 14,100 / 14,000 (average 14,000):
 * {@code (2,190,000 - 20,000 - 90,000) / 14,000 = 148.5714...}, so 148.57. The division is done exactly
 * (charges to fund x 3 / total days) and rounded once, HALF_UP, to the cent.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: five times the charges, the earlier result and the other revenue total at most {@code Long.MAX_VALUE}
 * cents in absolute value ({@link org.cpom.Convention#ENGINE_BOUNDS}).
 */
public final class PrixDeJournee {
  static final LegalBasis R314_113 = Articles.R314_113;

  private final Amount charges;
  private final IncorporatedResult earlierResult;
  private final Amount otherRevenue;
  private final DayBasis days;
  private final Amount amount;

  private PrixDeJournee(Amount charges, IncorporatedResult earlierResult, Amount otherRevenue, DayBasis days, Amount amount) {
    this.charges = charges;
    this.earlierResult = earlierResult;
    this.otherRevenue = otherRevenue;
    this.days = days;
    this.amount = amount;
  }

  /** Computes the prix de journée: see {@link BudgetEngine#prixDeJournee}. */
  static PrixDeJournee compute(Amount charges, IncorporatedResult earlierResult, Amount otherRevenue, DayBasis days) {
    Objects.requireNonNull(charges, "charges");
    Objects.requireNonNull(earlierResult, "earlierResult");
    Objects.requireNonNull(otherRevenue, "otherRevenue");
    Objects.requireNonNull(days, "days");
    Checks.check(!charges.isNegative(), "charges", charges, DayBasis.RULE, "must not be negative");
    Checks.check(!otherRevenue.isNegative(), "otherRevenue", otherRevenue, DayBasis.RULE, "must not be negative");
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("five times the amounts of a prix de journée");
    total.add(charges.cents(), 5, () -> "charges");
    total.add(earlierResult.chargeAdjustment().cents(), 5, () -> "earlierResult");
    total.add(otherRevenue.cents(), 5, () -> "otherRevenue");
    Amount toFund = charges.plus(earlierResult.chargeAdjustment()).minus(otherRevenue);
    Checks.check(toFund.isPositive(), "chargesToFund", toFund, DayBasis.RULE,
        "charges after incorporating earlier results less other revenue leave nothing to fund by a prix de journée");
    Amount amount = toFund.prorated(days.years(), days.totalDays(), RoundingMode.HALF_UP);
    return new PrixDeJournee(charges, earlierResult, otherRevenue, days, amount);
  }

  /**
   * The prix de journée, rounded once HALF_UP to the cent.
   *
   * @return the amount per day
   */
  public Amount amount() {
    return amount;
  }

  /**
   * Charges after incorporating the earlier result, less other revenue.
   *
   * @return the amount to fund by the prix de journée
   */
  public Amount chargesToFund() {
    return charges.plus(earlierResult.chargeAdjustment()).minus(otherRevenue);
  }

  /**
   * The total charges given.
   *
   * @return the charges
   */
  public Amount charges() {
    return charges;
  }

  /**
   * The earlier result incorporated.
   *
   * @return the result
   */
  public IncorporatedResult earlierResult() {
    return earlierResult;
  }

  /**
   * The other revenue deducted.
   *
   * @return the revenue
   */
  public Amount otherRevenue() {
    return otherRevenue;
  }

  /**
   * The days divided by.
   *
   * @return the basis
   */
  public DayBasis days() {
    return days;
  }

  /**
   * The steps: charges, earlier result, other revenue, charges to fund, prix de journée.
   *
   * @return the trace
   */
  public Trace trace() {
    StepKind resultKind = earlierResult.isSurplus() ? StepKind.EARLIER_SURPLUS
        : earlierResult.isDeficit() ? StepKind.EARLIER_DEFICIT : StepKind.NO_EARLIER_RESULT;
    LegalBasis resultBasis = earlierResult.isSurplus() ? LegalBasis.casf("R314-51 II 1°")
        : earlierResult.isDeficit() ? LegalBasis.casf("R314-51 III") : R314_113;
    return Trace.of()
        .plus(StepKind.TOTAL_CHARGES, charges, R314_113)
        .plus(resultKind, earlierResult.chargeAdjustment(), resultBasis)
        .plus(StepKind.OTHER_REVENUE, otherRevenue.negated(), R314_113)
        .plus(StepKind.CHARGES_TO_FUND, chargesToFund(), R314_113)
        .plus(days.kind() == DayBasis.Kind.FORECAST ? StepKind.PRIX_DE_JOURNEE_FORECAST : StepKind.PRIX_DE_JOURNEE_AVERAGE,
            amount, R314_113, days.averageDays());
  }

  /**
   * Two prix de journée are equal when computed from equal charges, earlier result, other revenue and days.
   *
   * @param obj the other object
   * @return whether it is an equal prix de journée
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PrixDeJournee)) {
      return false;
    }
    PrixDeJournee o = (PrixDeJournee) obj;
    return o.charges.equals(charges) && o.earlierResult.equals(earlierResult) && o.otherRevenue.equals(otherRevenue)
        && o.days.equals(days) && o.amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(charges, earlierResult, otherRevenue, days, amount);
  }

  @Override
  public String toString() {
    return "PrixDeJournee[" + amount + " per day]";
  }
}
