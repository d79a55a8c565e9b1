package org.cpom.investment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.contract.CompteKind;
import org.cpom.finance.EprdCompteDeResultat;
import org.cpom.finance.EprdForecast;
import org.cpom.finance.FinanceEngine;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.trace.StepKind;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;

/** The investment functions: PPI, depreciation, loans, surcoûts, PGFP. */
public final class InvestmentEngine {
  private InvestmentEngine() {}

  // investment: loans
  static final LegalBasis LOAN_RULE = LegalBasis.convention(Convention.LOAN_SCHEDULE);
  static final LegalBasis BROKEN_PERIOD_RULE = LegalBasis.convention(Convention.LOAN_BROKEN_PERIOD);
  private static final MathContext LOAN_MATH = MathContext.DECIMAL128;

  /**
   * The schedule of a loan ({@code cpom:loan-schedule}). The periodic rate is the annual rate divided by the
   * instalments per year (proportional rate). Each interest is the capital due times the periodic rate, rounded half
   * up to the cent; a constant annuity is C × i / (1 − (1 + i)^−n) rounded half up (C / n at a zero rate), its
   * principal the annuity less the interest; a constant amortisation repays C / n rounded down; in fine repays
   * nothing before the last. The last instalment repays all the capital still due: for a constant annuity it keeps
   * the annuity and takes interest = annuity − principal (as the worked example W2 does) when the rate is above zero
   * and that lies between zero and the computed interest plus n cents (the rounding drift); otherwise the computed
   * interest is kept. Instalment k falls k periods after the first regular date, counted from that date (so
   * 31 January gives 28 or 29 February, then 31 March).
   *
   * <p>A broken period from the drawdown to the first regular date ({@code cpom:loan-broken-period}) bears capital
   * × annual rate × the year fraction of the loan's day count (days over 365 or 360, or ACT/ACT ISDA's days of each
   * year over that year's), rounded half up; it is paid as a line of interest only dated on the first regular date
   * ({@link BrokenPeriodInterest#SEPARATE}), or added to the interest and instalment of the first regular line
   * ({@link BrokenPeriodInterest#WITH_FIRST_INSTALMENT}), whose principal it leaves unchanged.
   *
   * @param loan the loan
   * @return its schedule
   */
  public static LoanSchedule schedule(Emprunt loan) {
    Objects.requireNonNull(loan, "loan");
    List<Echeance> lines = new ArrayList<>();
    Amount c = loan.principal();
    BigDecimal annual = loan.annualRate().toFraction();
    Amount broken = Amount.ZERO;
    if (loan.drawdown().isBefore(loan.firstRegularDate())) {
      DayCount dc = loan.dayCount();
      broken = interest(c, annual, dc.numerator(loan.drawdown(), loan.firstRegularDate()), dc.denominator());
    }
    boolean separate = loan.brokenPeriodInterest() == BrokenPeriodInterest.SEPARATE;
    if (separate && loan.drawdown().isBefore(loan.firstRegularDate())) {
      lines.add(new Echeance(loan.firstRegularDate(), c, broken, Amount.ZERO, broken, c));
    }
    int n = loan.periods();
    BigDecimal i = annual.divide(BigDecimal.valueOf(loan.periodicity().perYear()), LOAN_MATH);
    Amount annuity = Amount.ZERO;
    Amount amortisation = c.dividedBy(n, RoundingMode.DOWN);
    if (loan.type() == LoanType.CONSTANT_ANNUITY) {
      annuity = i.signum() == 0 ? c.dividedBy(n, RoundingMode.HALF_UP)
          : c.multipliedBy(i.divide(BigDecimal.ONE.subtract(BigDecimal.ONE.divide(
              BigDecimal.ONE.add(i).pow(n, LOAN_MATH), LOAN_MATH)), LOAN_MATH), RoundingMode.HALF_UP);
    }
    Amount out = c;
    for (int k = 1; k <= n; k++) {
      LocalDate date = loan.firstRegularDate().plusMonths((long) k * loan.periodicity().months());
      Amount interest = interest(out, annual, 1, loan.periodicity().perYear());
      Amount principal;
      if (k == n) {
        principal = out;
        if (loan.type() == LoanType.CONSTANT_ANNUITY) {
          Amount kept = annuity.minus(principal);
          if (i.signum() > 0 && !kept.isNegative() && !kept.isGreaterThan(interest.plus(Amount.ofCents(n)))) {
            interest = kept;
          }
        }
      } else {
        principal = switch (loan.type()) {
          case CONSTANT_ANNUITY -> annuity.minus(interest).max(Amount.ZERO).min(out);
          case CONSTANT_AMORTISATION -> amortisation;
          case IN_FINE -> Amount.ZERO;
        };
      }
      if (k == 1 && !separate) {
        // the principal was set by the regular interest alone: the broken period's interest only adds to what is paid
        interest = interest.plus(broken);
      }
      Amount after = out.minus(principal);
      lines.add(new Echeance(date, out, interest, principal, interest.plus(principal), after));
      out = after;
    }
    return new LoanSchedule(loan, lines, broken);
  }

  /**
   * The interest on an outstanding amount for {@code numerator / denominator} of a year, rounded half up to the cent
   * in one exact division: a periodic rate rounded first (4 % / 12 is not a finite decimal) would turn an exact half
   * cent down.
   */
  private static Amount interest(Amount outstanding, BigDecimal annual, long numerator, long denominator) {
    return Amount.of(outstanding.toBigDecimal().multiply(annual).multiply(BigDecimal.valueOf(numerator))
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP), RoundingMode.UNNECESSARY);
  }

  // investment: depreciation
  static final LegalBasis SCHEDULE_RULE = LegalBasis.convention(Convention.DEPRECIATION_SCHEDULE);
  static final LegalBasis PRORATA_RULE = LegalBasis.convention(Convention.DEPRECIATION_PRORATA);
  static final LegalBasis TARIFF_RULE = LegalBasis.convention(Convention.TARIFF_DEPRECIATION_PLAN);
  static final LegalBasis REPRISE_RULE = LegalBasis.convention(Convention.SUBSIDY_REPRISE);

  /**
   * Depreciates an asset by the default convention, prorata temporis by actual days ({@link ProrataConvention#DEFAULT}).
   *
   * @param asset the asset
   * @return its depreciation, component by component
   */
  public static AmortissementImmobilisation depreciate(Immobilisation asset) {
    return depreciate(asset, ProrataConvention.DEFAULT);
  }

  /**
   * Depreciates an asset straight line, component by component (CGI annexe II art. 15 bis, C. com. R123-179), from
   * its mise en service by a prorata convention ({@code cpom:depreciation-prorata}); the cumulative at the end of
   * each exercice is the exact straight-line cumulative rounded half up to the cent, so the dotations sum exactly to
   * the amount depreciated, none is negative, and the last takes the remainder ({@code cpom:depreciation-schedule}).
   * A component with a tariff duration gets the tariff plan beside it and the difference of each exercice
   * ({@code cpom:tariff-depreciation-plan}).
   *
   * @param asset the asset
   * @param convention the prorata convention of the first exercice
   * @return its depreciation, component by component
   */
  public static AmortissementImmobilisation depreciate(Immobilisation asset, ProrataConvention convention) {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(convention, "convention");
    List<AmortissementComposant> out = new ArrayList<>();
    for (Composant c : asset.composants()) {
      PlanAmortissement comptable = plan(c, c.durationYears(), asset, convention);
      PlanAmortissement tarif = null;
      List<AmortissementEcart> ecarts = new ArrayList<>();
      if (c.tariffDurationYears().isPresent()) {
        int years = c.tariffDurationYears().getAsInt();
        tarif = plan(c, years, asset, convention);
        TreeSet<Year> all = new TreeSet<>();
        comptable.lines().forEach(l -> all.add(l.year()));
        tarif.lines().forEach(l -> all.add(l.year()));
        for (Year y : all) {
          Amount a = comptable.dotationIn(y);
          Amount t = tarif.dotationIn(y);
          if (!a.equals(t)) {
            ecarts.add(new AmortissementEcart(y, a, t, years < c.durationYears()));
          }
        }
      }
      out.add(new AmortissementComposant(comptable, tarif, ecarts));
    }
    return new AmortissementImmobilisation(asset, convention, out);
  }

  private static PlanAmortissement plan(Composant c, int years, Immobilisation asset, ProrataConvention convention) {
    long[] share = convention.firstShare(asset.miseEnService());
    long num = share[0];
    long den = share[1];
    long whole = years * den;
    int count = num == den ? years : years + 1;
    Amount d = c.depreciable();
    Year first = convention.firstYear(asset.miseEnService());
    Checks.check(first.getValue() + (long) count - 1 <= Year.MAX_VALUE, "miseEnService", asset.miseEnService(),
        PRORATA_RULE, "the plan would end after year " + Year.MAX_VALUE);
    List<AmortissementLigne> lines = new ArrayList<>(count);
    Amount previous = Amount.ZERO;
    for (int k = 1; k <= count; k++) {
      long elapsed = Math.min(num + (k - 1L) * den, whole);
      Amount cumul = d.prorated(elapsed, whole, RoundingMode.HALF_UP);
      lines.add(new AmortissementLigne(first.plusYears(k - 1L), cumul.minus(previous), cumul, c.gross().minus(cumul)));
      previous = cumul;
    }
    return new PlanAmortissement(c, years, convention, lines);
  }

  /**
   * The reprise of an investment subsidy (c/777) at the pace of the plan of the component it funds: the cumulative
   * reprise at the end of each exercice is the subsidy times the plan's cumulative over the amount depreciated,
   * rounded half up to the cent, so the reprises sum exactly to the subsidy ({@code cpom:subsidy-reprise}).
   *
   * @param subvention the subsidy, above zero and at most the component's gross amount
   * @param plan the plan of the component it funds (its accounting plan, as a rule)
   * @return the reprise schedule
   */
  public static SubventionReprise repriseSubvention(Amount subvention, PlanAmortissement plan) {
    Objects.requireNonNull(subvention, "subvention");
    Objects.requireNonNull(plan, "plan");
    return reprise(subvention, plan.lines(), plan.total(), plan.composant().gross());
  }

  /**
   * The reprise of an investment subsidy (c/777) at the pace of the accounting depreciation of a whole asset, all
   * its components together; as {@link #repriseSubvention(Amount, PlanAmortissement)} otherwise.
   *
   * @param subvention the subsidy, above zero and at most the asset's gross amount
   * @param asset the depreciation of the asset it funds
   * @return the reprise schedule
   */
  public static SubventionReprise repriseSubvention(Amount subvention, AmortissementImmobilisation asset) {
    Objects.requireNonNull(subvention, "subvention");
    Objects.requireNonNull(asset, "asset");
    TreeSet<Year> years = new TreeSet<>();
    asset.composants().forEach(c -> c.comptable().lines().forEach(l -> years.add(l.year())));
    List<AmortissementLigne> lines = new ArrayList<>();
    Amount cumul = Amount.ZERO;
    Amount total = Amount.ZERO;
    for (AmortissementComposant c : asset.composants()) {
      total = total.plus(c.comptable().total());
    }
    for (Year y : years) {
      Amount dot = asset.dotationIn(y);
      cumul = cumul.plus(dot);
      lines.add(new AmortissementLigne(y, dot, cumul, Amount.ZERO));
    }
    return reprise(subvention, lines, total, asset.immobilisation().gross());
  }

  private static SubventionReprise reprise(Amount subvention, List<AmortissementLigne> pace, Amount depreciable,
      Amount gross) {
    Checks.check(subvention.isPositive() && !subvention.isGreaterThan(gross), "subvention", subvention, REPRISE_RULE,
        "must be above zero and at most the gross amount funded, " + gross);
    BigDecimal s = BigDecimal.valueOf(subvention.cents());
    BigDecimal d = BigDecimal.valueOf(depreciable.cents());
    List<AmortissementLigne> lines = new ArrayList<>(pace.size());
    Amount previous = Amount.ZERO;
    for (AmortissementLigne l : pace) {
      long cents = s.multiply(BigDecimal.valueOf(l.cumulative().cents())).divide(d, 0, RoundingMode.HALF_UP)
          .longValueExact();
      Amount cumul = Amount.ofCents(cents);
      lines.add(new AmortissementLigne(l.year(), cumul.minus(previous), cumul, subvention.minus(cumul)));
      previous = cumul;
    }
    return new SubventionReprise(subvention, lines);
  }

  static AmortissementLigne lineIn(List<AmortissementLigne> lines, Year year) {
    for (AmortissementLigne l : lines) {
      if (l.year().equals(year)) {
        return l;
      }
    }
    return new AmortissementLigne(year, Amount.ZERO, Amount.ZERO, Amount.ZERO);
  }

  // investment: ppi and surcoûts
  static final LegalBasis PPI_RULE = LegalBasis.convention(Convention.PPI_FINANCING);
  static final LegalBasis SURCOUT_RULE = LegalBasis.convention(Convention.INVESTMENT_SURCOUT);
  static final LegalBasis ACCRUAL_RULE = LegalBasis.convention(Convention.LOAN_INTEREST_ACCRUAL);
  static final LegalBasis PPI_PGFP_RULE = LegalBasis.convention(Convention.PPI_IN_PGFP);
  private static final String PPI_LABEL = "PPI";

  /**
   * The surcoûts of an operation, net of its subsidy reprise ({@link SubsidyNetting#DEFAULT}): as {@link
   * #surcouts(OperationInvestissement, SubsidyNetting)}.
   *
   * @param operation the operation
   * @return its surcoûts by exercice
   */
  public static Surcouts surcouts(OperationInvestissement operation) {
    return surcouts(operation, SubsidyNetting.DEFAULT);
  }

  /**
   * The surcoûts of an operation, exercice by exercice ({@code cpom:investment-surcout}): the dotations of the plan
   * the tariff authority accepts ({@link AmortissementImmobilisation#dotationOpposableIn}), plus the interest of its
   * loans accrued on the exercice ({@link #interetsCourus}), less the reprise of its subsidies (c/777) when {@code
   * netting} is {@link SubsidyNetting#NET}, less the reprise of c/10687 it plans. The years run from the first with
   * any of these to the last. Such figures back a request to approve a change that raises the operating charges
   * (CASF R314-20 III) or a multi-year commitment to fund them (R314-39 2°).
   *
   * @param operation the operation
   * @param netting whether the subsidy reprise is deducted
   * @return its surcoûts by exercice, each with its trace
   */
  public static Surcouts surcouts(OperationInvestissement operation, SubsidyNetting netting) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(netting, "netting");
    Flows f = flows(operation);
    List<Surcout> years = new ArrayList<>();
    for (Year y : f.span()) {
      years.add(surcout(operation.label(), y, f.opposable(y), f.interest(y),
          netting == SubsidyNetting.NET ? f.reprise(y) : Amount.ZERO,
          operation.repriseReserveCompensation().getOrDefault(y, Amount.ZERO)));
    }
    return new Surcouts(operation.label(), netting, years);
  }

  /**
   * The surcoûts of a whole PPI, net of the subsidy reprise: as {@link #surcouts(Ppi, SubsidyNetting)}.
   *
   * @param ppi the plan
   * @return its surcoûts by exercice
   */
  public static Surcouts surcouts(Ppi ppi) {
    return surcouts(ppi, SubsidyNetting.DEFAULT);
  }

  /**
   * The surcoûts of a whole PPI: each exercice the sum of its operations' lines, the trace holding each operation's
   * steps in the plan's order, then the total ({@code cpom:investment-surcout}).
   *
   * @param ppi the plan
   * @param netting whether the subsidy reprise is deducted
   * @return its surcoûts by exercice, labelled "PPI"
   */
  public static Surcouts surcouts(Ppi ppi, SubsidyNetting netting) {
    Objects.requireNonNull(ppi, "ppi");
    Objects.requireNonNull(netting, "netting");
    List<Surcouts> each = ppi.operations().stream().map(o -> surcouts(o, netting)).toList();
    TreeSet<Year> all = new TreeSet<>();
    each.forEach(s -> s.years().forEach(y -> all.add(y.year())));
    List<Surcout> years = new ArrayList<>();
    if (!all.isEmpty()) {
      for (Year y = all.first(); !y.isAfter(all.last()); y = y.plusYears(1)) {
        Amount dot = Amount.ZERO;
        Amount interest = Amount.ZERO;
        Amount reprise = Amount.ZERO;
        Amount reserve = Amount.ZERO;
        Trace trace = Trace.empty();
        for (Surcouts s : each) {
          Surcout line = s.in(y);
          dot = dot.plus(line.dotations());
          interest = interest.plus(line.interets());
          reprise = reprise.plus(line.repriseSubventions());
          reserve = reserve.plus(line.repriseReserveCompensation());
          for (TraceStep step : line.trace().steps()) {
            trace = trace.plus(step);
          }
        }
        Amount total = dot.plus(interest).minus(reprise).minus(reserve);
        years.add(new Surcout(y, dot, interest, reprise, reserve,
            trace.plus(StepKind.SURCOUT, total, SURCOUT_RULE, PPI_LABEL, y)));
      }
    }
    return new Surcouts(PPI_LABEL, netting, years);
  }

  private static Surcout surcout(String label, Year y, Amount dot, Amount interest, Amount reprise, Amount reserve) {
    Trace t = Trace.empty()
        .plus(StepKind.SURCOUT_DOTATIONS, dot, SURCOUT_RULE, label, y)
        .plus(StepKind.SURCOUT_INTERETS, interest, ACCRUAL_RULE, label, y)
        .plus(StepKind.SURCOUT_REPRISE_SUBVENTIONS, reprise.negated(), SURCOUT_RULE, label, y)
        .plus(StepKind.SURCOUT_REPRISE_RESERVE, reserve.negated(), SURCOUT_RULE, label, y);
    Amount total = dot.plus(interest).minus(reprise).minus(reserve);
    return new Surcout(y, dot, interest, reprise, reserve, t.plus(StepKind.SURCOUT, total, SURCOUT_RULE, label, y));
  }

  /**
   * The interest of a loan charged to an exercice (c/66), accrued rather than paid ({@code
   * cpom:loan-interest-accrual}): each instalment's interest spread over the days of its period (from the previous
   * date, the drawdown for the first, to its own date) by the share of those days in the year, rounded half up to the
   * cent, the period's last year taking the remainder; over all the years it sums exactly to the loan's interest.
   *
   * @param schedule the loan's schedule
   * @param year the exercice
   * @return the interest accrued on it
   */
  public static Amount interetsCourus(LoanSchedule schedule, Year year) {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(year, "year");
    LocalDate yearStart = year.atDay(1);
    LocalDate yearEnd = year.plusYears(1).atDay(1);
    LocalDate start = schedule.loan().drawdown();
    long cents = 0;
    for (Echeance e : schedule.lines()) {
      LocalDate end = e.date();
      cents = Math.addExact(cents, accruedShare(e.interest(), start, end, yearStart, yearEnd));
      start = end;
    }
    return Amount.ofCents(cents);
  }

  /** The cents of one instalment's interest falling in [yearStart, yearEnd); the period's last year takes the rest. */
  private static long accruedShare(Amount interest, LocalDate start, LocalDate end, LocalDate yearStart,
      LocalDate yearEnd) {
    long total = end.toEpochDay() - start.toEpochDay();
    if (total <= 0) {
      // a line on its own start date: its interest belongs to the year of its date
      return !end.isBefore(yearStart) && end.isBefore(yearEnd) ? interest.cents() : 0;
    }
    LocalDate lastDay = end.minusDays(1);
    if (lastDay.isBefore(yearStart) || !start.isBefore(yearEnd)) {
      return 0;
    }
    if (!lastDay.isBefore(yearStart) && lastDay.isBefore(yearEnd)) {
      // the period's last year: the interest less what the years before took
      return interest.cents() - (start.isBefore(yearStart) ? sharesBefore(interest, start, yearStart, total) : 0);
    }
    long from = Math.max(start.toEpochDay(), yearStart.toEpochDay());
    long days = yearEnd.toEpochDay() - from;
    return share(interest, days, total);
  }

  private static long sharesBefore(Amount interest, LocalDate start, LocalDate until, long total) {
    long sum = 0;
    LocalDate from = start;
    while (from.isBefore(until)) {
      // until is a 1 January, so no step passes it
      LocalDate next = Year.from(from).plusYears(1).atDay(1);
      sum += share(interest, next.toEpochDay() - from.toEpochDay(), total);
      from = next;
    }
    return sum;
  }

  private static long share(Amount interest, long days, long total) {
    return BigDecimal.valueOf(interest.cents()).multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * The years of a PGFP with a PPI added ({@code cpom:ppi-in-pgfp}): to each year's own figures, the PPI's spending
   * (acquisitions), the subsidies received, the loans drawn (by their drawdown's year), the capital repaid (by due
   * date), the accounting dotations of its assets and the reprise of its subsidies, and the interest accrued on the
   * year as a charge décaissable. Flows outside the given years are left out.
   *
   * @param years the PGFP's years without the PPI
   * @param ppi the plan
   * @return the same years with the PPI's flows added, in the same order
   */
  public static List<PgfpYear> withPpi(List<PgfpYear> years, Ppi ppi) {
    Checks.noNulls(years, "years");
    Objects.requireNonNull(ppi, "ppi");
    List<Flows> flows = ppi.operations().stream().map(InvestmentEngine::flows).toList();
    List<PgfpYear> out = new ArrayList<>(years.size());
    for (PgfpYear py : years) {
      Year y = py.year();
      Amount dot = Amount.ZERO;
      Amount reprise = Amount.ZERO;
      Amount subsidies = Amount.ZERO;
      Amount drawn = Amount.ZERO;
      Amount repaid = Amount.ZERO;
      Amount interest = Amount.ZERO;
      for (Flows f : flows) {
        dot = dot.plus(f.accounting(y));
        reprise = reprise.plus(f.reprise(y));
        subsidies = subsidies.plus(f.subsidiesReceived(y));
        drawn = drawn.plus(f.drawn(y));
        repaid = repaid.plus(f.repaid(y));
        interest = interest.plus(f.interest(y));
      }
      out.add(PgfpYear.builder().from(py)
          .acquisitions(py.acquisitions().plus(ppi.spendingIn(y)))
          .subventions(py.subventions().plus(subsidies))
          .emprunts(py.emprunts().plus(drawn))
          .remboursementsCapital(py.remboursementsCapital().plus(repaid))
          .dotations(py.dotations().plus(dot))
          .repriseSubventions(py.repriseSubventions().plus(reprise))
          .chargesDecaissables(py.chargesDecaissables().plus(interest))
          .build());
    }
    return List.copyOf(out);
  }

  /** The yearly figures of one operation: its depreciation, subsidy reprises and loan schedules. */
  private record Flows(OperationInvestissement operation, AmortissementImmobilisation asset,
      List<SubventionReprise> reprises, List<LoanSchedule> loans) {
    Amount opposable(Year y) {
      return asset.dotationOpposableIn(y);
    }

    Amount accounting(Year y) {
      return asset.dotationIn(y);
    }

    Amount reprise(Year y) {
      return Amount.total(reprises.stream().map(r -> r.repriseIn(y)).toList());
    }

    Amount interest(Year y) {
      return Amount.total(loans.stream().map(l -> interetsCourus(l, y)).toList());
    }

    Amount repaid(Year y) {
      return Amount.total(loans.stream().map(l -> l.principalIn(y)).toList());
    }

    Amount drawn(Year y) {
      return Amount.total(operation.emprunts().stream().filter(e -> Year.from(e.drawdown()).equals(y))
          .map(Emprunt::principal).toList());
    }

    Amount subsidiesReceived(Year y) {
      return Amount.total(operation.subventions().stream().filter(s -> s.received().equals(y))
          .map(OperationSubvention::amount).toList());
    }

    /** The consecutive years with a dotation, a reprise, an interest charge or a planned reprise of c/10687. */
    List<Year> span() {
      TreeSet<Year> ys = new TreeSet<>();
      asset.composants().forEach(c -> {
        c.comptable().lines().forEach(l -> ys.add(l.year()));
        c.opposable().lines().forEach(l -> ys.add(l.year()));
      });
      for (LoanSchedule l : loans) {
        ys.add(Year.from(l.loan().drawdown()));
        l.lines().forEach(e -> ys.add(Year.from(e.date().minusDays(1))));
      }
      ys.addAll(operation.repriseReserveCompensation().keySet());
      List<Year> out = new ArrayList<>();
      if (!ys.isEmpty()) {
        for (Year y = ys.first(); !y.isAfter(ys.last()); y = y.plusYears(1)) {
          out.add(y);
        }
      }
      return out;
    }
  }

  private static Flows flows(OperationInvestissement o) {
    AmortissementImmobilisation asset = depreciate(o.immobilisation(), o.convention());
    List<SubventionReprise> reprises = new ArrayList<>();
    for (OperationSubvention s : o.subventions()) {
      reprises.add(s.composant().isPresent()
          ? repriseSubvention(s.amount(), asset.composant(s.composant().get()).comptable())
          : repriseSubvention(s.amount(), asset));
    }
    List<LoanSchedule> loans = o.emprunts().stream().map(InvestmentEngine::schedule).toList();
    return new Flows(o, asset, reprises, loans);
  }

  // investment: pgfp
  static final LegalBasis PGFP_RULE = Articles.PGFP;
  static final LegalBasis HORIZON_RULE = LegalBasis.convention(Convention.PGFP_HORIZON);
  static final LegalBasis TRAJECTORY_RULE = LegalBasis.convention(Convention.PGFP_TRAJECTORY);
  static final LegalBasis ABSORBED_RULE = LegalBasis.convention(Convention.PGFP_DEFICIT_ABSORBED);
  /** The length of a PGFP (« période glissante de six ans », R314-213 I 6°). */
  public static final int PGFP_YEARS = 6;
  /** The most years a PGFP of a stated length may hold ({@code cpom:engine-bounds}). */
  public static final int MAX_PGFP_YEARS = 100;
  private static final String PGFP_COMPTE = "PGFP";

  /**
   * The PGFP over six years (CASF R314-213 I 6° and II) with a trésorerie floor of zero: as {@link #pgfp(Amount,
   * Amount, List, int, Amount)} with {@link #PGFP_YEARS} and {@link Amount#ZERO}.
   *
   * @param frngOuverture the FRNG at 31 December of the year before the first, as {@code BilanFinancier} gives it
   * @param bfrOuverture the BFR at the same date
   * @param years exactly six consecutive exercices, N first
   * @return the trajectory
   */
  public static Pgfp pgfp(Amount frngOuverture, Amount bfrOuverture, List<PgfpYear> years) {
    return pgfp(frngOuverture, bfrOuverture, years, PGFP_YEARS, Amount.ZERO);
  }

  /**
   * The PGFP: exercice by exercice, the result, the additive CAF, the tableau de financement, FRNG(N) = FRNG(N−1)
   * + apport, the BFR and trésorerie = FRNG − BFR ({@code cpom:pgfp-trajectory}), then the équilibre réel of each
   * year (R314-222) where a deficit is compatible with the PGFP when the trajectory absorbs it ({@code
   * cpom:pgfp-deficit-absorbed}: every year-end trésorerie at or above the floor and the cumulated result zero or
   * more at the end). The years are N, N+1 ... ({@code cpom:pgfp-horizon}); a length other than six must be stated.
   *
   * @param frngOuverture the FRNG at 31 December of the year before the first
   * @param bfrOuverture the BFR at the same date
   * @param years the exercices, consecutive, as many as {@code statedYears}
   * @param statedYears the length the caller states, six for the PGFP of R314-213, 1 to {@link #MAX_PGFP_YEARS}
   * @param tresorerieFloor the lowest year-end trésorerie at which a deficit is absorbed, zero by default
   * @return the trajectory
   */
  public static Pgfp pgfp(Amount frngOuverture, Amount bfrOuverture, List<PgfpYear> years, int statedYears,
      Amount tresorerieFloor) {
    Objects.requireNonNull(frngOuverture, "frngOuverture");
    Objects.requireNonNull(bfrOuverture, "bfrOuverture");
    Checks.noNulls(Objects.requireNonNull(years, "years"), "years");
    Objects.requireNonNull(tresorerieFloor, "tresorerieFloor");
    Checks.check(statedYears >= 1 && statedYears <= MAX_PGFP_YEARS, "statedYears", statedYears, HORIZON_RULE,
        "a PGFP holds 1 to " + MAX_PGFP_YEARS + " years, six unless stated");
    Checks.check(years.size() == statedYears, "years", years.size(), statedYears == PGFP_YEARS ? PGFP_RULE
        : HORIZON_RULE, "the PGFP must hold " + statedYears + " years"
        + (statedYears == PGFP_YEARS ? " (a sliding six years; state another length explicitly)" : ", as stated"));
    for (int i = 1; i < years.size(); i++) {
      Year expected = years.get(i - 1).year().plusYears(1);
      Checks.check(years.get(i).year().equals(expected), "years[" + i + "].year", years.get(i).year(), HORIZON_RULE,
          "the years of a PGFP are consecutive: expected " + expected);
    }
    // first the trajectory, without the violations, for the absorption reads the whole of it
    List<PgfpExercice> draft = new ArrayList<>(years.size());
    Amount frng = frngOuverture;
    for (PgfpYear y : years) {
      PgfpExercice e = new PgfpExercice(y, frng, List.of());
      frng = e.frng();
      e.tresorerie(); // overflow shows here, before any result is returned
      draft.add(e);
    }
    boolean absorbed = absorbs(draft, tresorerieFloor);
    List<PgfpExercice> out = new ArrayList<>(years.size());
    for (PgfpExercice e : draft) {
      out.add(new PgfpExercice(e.input(), e.frngOuverture(), FinanceEngine.checkEquilibreReel(eprd(e, absorbed))));
    }
    return new Pgfp(frngOuverture, bfrOuverture, tresorerieFloor, out);
  }

  static boolean absorbs(List<PgfpExercice> exercices, Amount floor) {
    Amount cumul = Amount.ZERO;
    for (PgfpExercice e : exercices) {
      if (e.tresorerie().isLessThan(floor)) {
        return false;
      }
      cumul = cumul.plus(e.resultat());
    }
    return !cumul.isNegative();
  }

  private static EprdForecast eprd(PgfpExercice e, boolean absorbed) {
    EprdCompteDeResultat compte = EprdCompteDeResultat.builder().name(PGFP_COMPTE).kind(CompteKind.IN_CPOM)
        .resultat(e.resultat()).deficitCompatibleWithPgfp(absorbed && e.resultat().isNegative()).build();
    return EprdForecast.builder().year(e.year()).addComptes(compte).caf(e.caf())
        .capitalDue(e.input().remboursementsCapital()).loanProceeds(e.input().emprunts())
        .investments(e.input().acquisitions()).build();
  }

  /**
   * The EPRD of one year of a PGFP, as {@link FinanceEngine#checkEquilibreReel} reads it: the year's CAF, capital
   * due, loans and acquisitions from the plan, and the caller's comptes de résultat prévisionnels with the PGFP
   * statement of R314-222 II 1° decided by the plan: every compte in the CPOM showing a deficit is compatible with
   * the PGFP exactly when the plan absorbs its deficits ({@code cpom:pgfp-deficit-absorbed}).
   *
   * @param plan the PGFP
   * @param year a year of the plan
   * @param comptes the comptes of that year's EPRD; a caller's PGFP statement is replaced
   * @return the EPRD forecast
   */
  public static EprdForecast eprdForecast(Pgfp plan, Year year, List<EprdCompteDeResultat> comptes) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(year, "year");
    Checks.noNulls(Objects.requireNonNull(comptes, "comptes"), "comptes");
    PgfpExercice e = plan.exercice(year);
    boolean absorbed = plan.absorbsDeficits();
    List<EprdCompteDeResultat> decided = new ArrayList<>(comptes.size());
    for (EprdCompteDeResultat c : comptes) {
      boolean flag = c.kind() == CompteKind.IN_CPOM && absorbed && c.resultat().isNegative();
      decided.add(EprdCompteDeResultat.builder().from(c).deficitCompatibleWithPgfp(flag).build());
    }
    return EprdForecast.builder().year(year).comptes(decided).caf(e.caf())
        .capitalDue(e.input().remboursementsCapital()).loanProceeds(e.input().emprunts())
        .investments(e.input().acquisitions()).build();
  }

  /**
   * A base PGFP and a scenario over the same years side by side, with their differences year by year.
   *
   * @param base the base trajectory
   * @param scenario the scenario's trajectory
   * @return the comparison
   */
  public static PgfpComparison comparePgfp(Pgfp base, Pgfp scenario) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(scenario, "scenario");
    List<Year> a = new ArrayList<>();
    base.exercices().forEach(e -> a.add(e.year()));
    List<Year> b = new ArrayList<>();
    scenario.exercices().forEach(e -> b.add(e.year()));
    Checks.check(a.equals(b), "scenario", b, HORIZON_RULE, "a scenario covers the base's years " + a);
    return new PgfpComparison(base, scenario);
  }

  /**
   * A scenario of a PGFP: the same plan (opening bilan, length, trésorerie floor) with some years' forecasts
   * replaced, such as a changed tariff line (another campaign rate) or an operation changed or removed; compare it
   * with {@link #comparePgfp}.
   *
   * @param base the plan
   * @param changes the replaced years, each a year of the plan, at most once
   * @return the scenario's trajectory
   */
  public static Pgfp pgfpScenario(Pgfp base, List<PgfpYear> changes) {
    Objects.requireNonNull(base, "base");
    Checks.noNulls(Objects.requireNonNull(changes, "changes"), "changes");
    List<PgfpYear> years = new ArrayList<>();
    base.exercices().forEach(e -> years.add(e.input()));
    TreeSet<Year> seen = new TreeSet<>();
    for (int i = 0; i < changes.size(); i++) {
      Year y = changes.get(i).year();
      int at = (int) (y.getValue() - (long) base.firstYear().getValue());
      Checks.check(at >= 0 && at < years.size(), "changes[" + i + "].year", y, HORIZON_RULE,
          "not a year of the plan " + base.firstYear() + "-" + years.get(years.size() - 1).year());
      Checks.check(seen.add(y), "changes[" + i + "].year", y, HORIZON_RULE, "this year is changed twice");
      years.set(at, changes.get(i));
    }
    return pgfp(base.frngOuverture(), base.bfrOuverture(), years, years.size(), base.tresorerieFloor());
  }

  // investment: the contract's financial evaluation
  static final LegalBasis EVALUATION_RULE = LegalBasis.convention(Convention.CONTRACT_EVALUATION);

  /**
   * The financial evaluation of a contract ({@code cpom:contract-evaluation}): for each fiche-action and each
   * contract year, and for the whole contract, the cost of the means. A line of means is a yearly cost from its
   * contract year ({@link org.cpom.contract.Means#contractYear()}, the first by default): a mesure nouvelle, a
   * redeployment or a line within the base counts every year from that year through the contract's last, a CNR in
   * its year only. The extra cost of a year is its mesures nouvelles plus its CNR (a redeployment moves credits and a
   * line within the base uses them: neither adds any), cumulated from the first year; each line of the contract is
   * the exact sum of the fiches-actions' lines of its year. The contract is read as given ({@link
   * org.cpom.contract.Cpom#asAmended()} for its fiches-actions as amended).
   *
   * @param cpom the contract
   * @return its evaluation
   * @throws org.cpom.CpomValidationException citing {@code cpom:exact-arithmetic} if a sum leaves the range of an
   *     amount
   */
  public static EvaluationFinanciere evaluation(org.cpom.contract.Cpom cpom) {
    return ContractEvaluation.evaluate(cpom);
  }

  /**
   * PGFP years with the contract's means brought in ({@code cpom:contract-evaluation}): the years are forecast
   * without the contract's means; in each year that is the exercice of a contract year (the calendar year that
   * contract year starts in), the year's extra cost ({@link EvaluationLigne#coutSupplementaire()}) is added to the
   * produits de la tarification, as the authority's extra credit, and the same to the charges décaissables, as the
   * means are operating spending paid in the year they are funded. So the result and the CAF are unchanged and the
   * trajectory shows what the contract costs. A year outside the contract, or with no extra cost, is returned as
   * given; pass the result to {@link #pgfp}.
   *
   * @param years the years of the plan
   * @param evaluation the contract's evaluation
   * @return the years in the same order, the contract's years with its extra credits and spending
   * @throws org.cpom.CpomValidationException naming {@code years[i].produitsDeLaTarification} or {@code
   *     years[i].chargesDecaissables} if a sum leaves the range of an amount
   */
  public static List<PgfpYear> withEvaluation(List<PgfpYear> years, EvaluationFinanciere evaluation) {
    return ContractEvaluation.intoPgfp(years, evaluation);
  }
}
