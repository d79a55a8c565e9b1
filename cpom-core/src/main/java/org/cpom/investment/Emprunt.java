package org.cpom.investment;

import java.time.LocalDate;
import java.util.Objects;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.money.Rate;

/**
 * A loan (emprunt) as its contract states it: principal, annual nominal rate, number of instalments, periodicity,
 * repayment type, the drawdown date (mise à disposition des fonds), the first regular date from which the regular
 * periods run, the day count of the broken period between the two and how its interest is paid ({@code
 * cpom:loan-schedule}, {@code cpom:loan-broken-period}).
 *
 * <p>This class is immutable and thread-safe; two loans are equal when every term is.
 */
public final class Emprunt {
  /** The most instalments a loan may have: 100 years of monthly instalments. */
  public static final int MAX_PERIODS = 1200;

  private final Amount principal;
  private final Rate annualRate;
  private final int periods;
  private final Periodicity periodicity;
  private final LoanType type;
  private final LocalDate drawdown;
  private final LocalDate firstRegularDate;
  private final DayCount dayCount;
  private final BrokenPeriodInterest brokenPeriodInterest;

  private Emprunt(Amount principal, Rate annualRate, int periods, Periodicity periodicity, LoanType type,
      LocalDate drawdown, LocalDate firstRegularDate, DayCount dayCount, BrokenPeriodInterest brokenPeriodInterest) {
    this.principal = principal;
    this.annualRate = annualRate;
    this.periods = periods;
    this.periodicity = periodicity;
    this.type = type;
    this.drawdown = drawdown;
    this.firstRegularDate = firstRegularDate;
    this.dayCount = dayCount;
    this.brokenPeriodInterest = brokenPeriodInterest;
  }

  /**
   * A loan with a broken first period from {@code drawdown} to {@code firstRegularDate}; the first instalment falls
   * one period after {@code firstRegularDate}. The broken period's interest is paid separately on the first regular
   * date ({@link BrokenPeriodInterest#SEPARATE}); {@link #withBrokenPeriodInterest} changes that.
   *
   * @param principal the amount lent, above zero
   * @param annualRate the annual nominal rate, from 0 to 100 %
   * @param periods the number of instalments, 1 to {@link #MAX_PERIODS}
   * @param periodicity monthly, quarterly or yearly
   * @param type constant annuity, constant amortisation or in fine
   * @param drawdown the date the funds are released
   * @param firstRegularDate the start of the first regular period: not before the drawdown, at most one period after
   * @param dayCount the day count of the broken period
   * @return the loan
   * @throws org.cpom.CpomValidationException naming the field that breaks a rule
   */
  public static Emprunt of(Amount principal, Rate annualRate, int periods, Periodicity periodicity, LoanType type,
      LocalDate drawdown, LocalDate firstRegularDate, DayCount dayCount) {
    Checks.notNull(principal, "principal");
    Checks.notNull(annualRate, "annualRate");
    Checks.notNull(periodicity, "periodicity");
    Checks.notNull(type, "type");
    Checks.notNull(drawdown, "drawdown");
    Checks.notNull(firstRegularDate, "firstRegularDate");
    Checks.notNull(dayCount, "dayCount");
    LegalBasis rule = InvestmentEngine.LOAN_RULE;
    LegalBasis broken = InvestmentEngine.BROKEN_PERIOD_RULE;
    Checks.check(principal.isPositive(), "principal", principal, rule, "must be above zero");
    Checks.check(annualRate.signum() >= 0, "annualRate", annualRate, rule, "must not be negative");
    Checks.check(annualRate.compareTo(Rate.ONE) <= 0, "annualRate", annualRate, rule, "must be at most 100 %");
    Checks.check(periods >= 1 && periods <= MAX_PERIODS, "periods", periods, rule,
        "must be from 1 to " + MAX_PERIODS);
    Checks.check(!firstRegularDate.isBefore(drawdown), "firstRegularDate", firstRegularDate, broken,
        "must not be before the drawdown " + drawdown);
    Checks.check(!firstRegularDate.isAfter(drawdown.plusMonths(periodicity.months())), "firstRegularDate",
        firstRegularDate, broken, "the broken period from " + drawdown + " must not be longer than one period");
    Checks.check(firstRegularDate.plusMonths((long) periods * periodicity.months()).getYear() <= 9999,
        "periods", periods, rule, "the last instalment must fall before year 10000");
    return new Emprunt(principal, annualRate, periods, periodicity, type, drawdown, firstRegularDate, dayCount,
        BrokenPeriodInterest.SEPARATE);
  }

  /**
   * A loan with no broken period: the first regular period starts on the drawdown.
   *
   * @param principal the amount lent, above zero
   * @param annualRate the annual nominal rate, from 0 to 100 %
   * @param periods the number of instalments
   * @param periodicity monthly, quarterly or yearly
   * @param type the repayment type
   * @param drawdown the drawdown, which is also the first regular date
   * @return the loan
   * @throws org.cpom.CpomValidationException naming the field that breaks a rule
   */
  public static Emprunt of(Amount principal, Rate annualRate, int periods, Periodicity periodicity, LoanType type,
      LocalDate drawdown) {
    return of(principal, annualRate, periods, periodicity, type, drawdown, drawdown, DayCount.ACT_365_FIXED);
  }

  /**
   * This loan with its broken period's interest paid as the contract says ({@code cpom:loan-broken-period}): apart
   * on the first regular date, or with the first regular instalment. Without a broken period it changes nothing in
   * the schedule.
   *
   * @param payment how the broken period's interest is paid
   * @return the loan
   */
  public Emprunt withBrokenPeriodInterest(BrokenPeriodInterest payment) {
    Checks.notNull(payment, "payment");
    return new Emprunt(principal, annualRate, periods, periodicity, type, drawdown, firstRegularDate, dayCount,
        payment);
  }

  /** @return the amount lent */
  public Amount principal() {
    return principal;
  }

  /** @return the annual nominal rate */
  public Rate annualRate() {
    return annualRate;
  }

  /** @return the number of instalments */
  public int periods() {
    return periods;
  }

  /** @return the periodicity */
  public Periodicity periodicity() {
    return periodicity;
  }

  /** @return the repayment type */
  public LoanType type() {
    return type;
  }

  /** @return the date the funds are released */
  public LocalDate drawdown() {
    return drawdown;
  }

  /** @return the start of the first regular period */
  public LocalDate firstRegularDate() {
    return firstRegularDate;
  }

  /** @return the day count of the broken period */
  public DayCount dayCount() {
    return dayCount;
  }

  /** @return how the broken period's interest is paid, {@link BrokenPeriodInterest#SEPARATE} by default */
  public BrokenPeriodInterest brokenPeriodInterest() {
    return brokenPeriodInterest;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Emprunt e && principal.equals(e.principal) && annualRate.equals(e.annualRate)
        && periods == e.periods && periodicity == e.periodicity && type == e.type && drawdown.equals(e.drawdown)
        && firstRegularDate.equals(e.firstRegularDate) && dayCount == e.dayCount
        && brokenPeriodInterest == e.brokenPeriodInterest;
  }

  @Override
  public int hashCode() {
    return Objects.hash(principal, annualRate, periods, periodicity, type, drawdown, firstRegularDate, dayCount,
        brokenPeriodInterest);
  }

  @Override
  public String toString() {
    return "Emprunt[" + principal + " at " + annualRate + ", " + periods + " " + periodicity + " " + type + ", from "
        + drawdown + "/" + firstRegularDate + " " + dayCount + " " + brokenPeriodInterest + "]";
  }
}
