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
}
