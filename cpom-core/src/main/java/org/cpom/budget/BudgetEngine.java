package org.cpom.budget;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.accounts.BalanceLine;
import org.cpom.accounts.CompteNum;
import org.cpom.accounts.ResultatDuCompte;
import org.cpom.contract.Cpom;
import org.cpom.contract.Dgc;
import org.cpom.contract.DgcMember;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.referential.Esms;
import org.cpom.referential.Funding;

/**
 * The budget engine: the entry point of every computation of the {@code budget} package, as static functions
 * named by what they compute, the subject first and the context last.
 *
 * <ul>
 *   <li>{@link #classify(List, Cpom, AccountMapping)}: the budget of the ESMS of a CPOM (or of a list of ESMS,
 *       {@link #classify(List, List, AccountMapping)}), its lines checked and put into groupes
 *       fonctionnels (CASF R314-13), with its per-ESMS, per-enveloppe and global views ({@link Budget});</li>
 *   <li>{@link #compute(Bbz, AccountMapping)}: the budget a budget base zéro rebuilds from its drivers
 *       ({@link BbzBudget});</li>
 *   <li>{@link #historicalBase}: the historical base of a BBZ from a compte de résultat of the accounts;</li>
 *   <li>{@link #select}: the decision packages funded within the amount of an enveloppe
 *       ({@link PackageSelection});</li>
 *   <li>{@link #track}: the matrice de suivi budgétaire, budget against actual ({@link MatriceDeSuivi});</li>
 *   <li>{@link #dayBasis} and {@link #prixDeJournee}: the days a prix de journée divides by, and the prix de
 *       journée of CASF R314-113 ({@link DayBasis}, {@link PrixDeJournee}).</li>
 * </ul>
 *
 * <p>Every function checks its whole input before computing and returns an immutable result that compares by
 * value; no function keeps state, reads a clock or a locale. This class is thread-safe.
 */
public final class BudgetEngine {
  private BudgetEngine() {}

  /**
   * The budget of the ESMS of a CPOM, the ESMS taken from the contract's perimeter: every line checked as
   * {@link #classify(List, List, AccountMapping)} does, then, since the contract states its DGCs, every DGC
   * label checked against them: a line labelled with a DGC names a DGC of the contract ({@link Cpom#dgcs()})
   * whose members include the line's ESMS, by the DGC's funder and for the section of the ESMS's funding line
   * in it (CASF R314-43-1).
   *
   * @param lines the lines, possibly none
   * @param cpom the contract, whose perimeter is the budget's ESMS
   * @param mapping the account mapping, such as {@link AccountMapping#standard()}
   * @return the budget
   * @throws org.cpom.CpomValidationException naming the line if a line breaks one of the checks, or if the
   *     lines total more than {@code Long.MAX_VALUE} cents in absolute value ({@link org.cpom.Convention#EXACT_ARITHMETIC})
   */
  public static Budget classify(List<BudgetLine> lines, Cpom cpom, AccountMapping mapping) {
    Objects.requireNonNull(cpom, "cpom");
    Budget budget = Budget.classify(mapping, cpom.perimeter(), lines);
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      if (line.dgc().isEmpty()) {
        continue;
      }
      String name = line.dgc().get();
      String field = "budget.lines[" + i + "].dgc";
      Optional<Dgc> dgc = cpom.dgcs().stream().filter(d -> d.name().equals(name)).findFirst();
      Checks.check(dgc.isPresent(), field, name, Articles.R314_43_1, "the contract " + cpom.id()
          + " has no DGC of that name; its DGCs are " + cpom.dgcs().stream().map(Dgc::name).collect(Collectors.toList()));
      Optional<DgcMember> member = dgc.get().member(line.esms());
      Checks.check(member.isPresent(), field, name, Articles.R314_43_1, "ESMS " + line.esms() + " is not a member of it");
      // present: a built contract has checked that every member has a line of its DGC's financement
      Funding paid = dgc.get().financement().lineOf(member.get().esms()).orElseThrow();
      Checks.check(paid.funder().equals(line.funder()) && paid.section() == line.section(), field, name,
          Articles.R314_43_1, "the DGC pays the " + paid.funder() + " / " + paid.section() + " funding of ESMS "
              + line.esms() + ", not " + line.funder() + " / " + line.section());
    }
    return budget;
  }

  /**
   * The budget of a set of ESMS, such as the ESMS of a CPOM, given as a list: every line checked, then put
   * into its groupe fonctionnel by the account mapping (CASF R314-13), so that the budget can be seen per
   * ESMS, per enveloppe and globally. This form serves a budget outside any contract (the ESMS of a
   * gestionnaire as its ERP lists them, an ESMS not yet under a CPOM); for a contract, {@link #classify(List,
   * Cpom, AccountMapping)} takes the perimeter from it and checks the DGC labels too. The checks
   * are those listed on {@link Budget}: every line's ESMS is one of the given ones; its section and funder are
   * one of that ESMS's fundings (an EHPAD line in the soins, dépendance or hébergement section, R314-13 II);
   * its account maps to a group; one DGC label per ESMS and financement (R314-43-1); no DGC label on a Creton
   * line (R314-115).
   *
   * @param lines the lines, possibly none
   * @param esms the ESMS, at least one, each once
   * @param mapping the account mapping, such as {@link AccountMapping#standard()}
   * @return the budget
   * @throws org.cpom.CpomValidationException naming the line if a line breaks one of the checks, or if the
   *     lines total more than {@code Long.MAX_VALUE} cents in absolute value ({@link org.cpom.Convention#BUDGET_LINES}: the bound of
   *     exact arithmetic, so that every view of a budget that builds can be computed)
   */
  public static Budget classify(List<BudgetLine> lines, List<Esms> esms, AccountMapping mapping) {
    return Budget.classify(mapping, esms, lines);
  }

  /**
   * Rebuilds a budget from the drivers of a budget base zéro: one {@link BbzLine} per driver, charges by
   * group, the tarification revenue needed ({@code charges - other revenue}), unit costs, and the gaps to the
   * historical base by group and by account.
   *
   * @param bbz the drivers
   * @param mapping the account mapping, such as {@link AccountMapping#standard()}
   * @return the rebuilt budget
   * @throws org.cpom.CpomValidationException naming the driver (such as {@code bbz.fixedCosts[2].account}) if
   *     its account maps to no group, a cost is on a produits account, or an other revenue is not in produits
   *     groupes II or III, or twice the lines and the historical base total more than {@code Long.MAX_VALUE}
   *     cents in absolute value ({@link org.cpom.Convention#ENGINE_BOUNDS}: the bound under which totals and gaps are exact)
   */
  public static BbzBudget compute(Bbz bbz, AccountMapping mapping) {
    Objects.requireNonNull(bbz, "bbz");
    return bbz.compute(mapping);
  }

  /**
   * The historical base of a budget base zéro taken from the accounts ({@link Bbz#historicalBase()}): the charges
   * and the produits of one compte de résultat by account, as a ledger ventilated by account gives them
   * ({@code AccountsEngine.ventilate(lines, table, keys, n -> n)}, the charges communes included in each account's
   * share), each labelled with the account's label in the trial balance of the same ledger. An account whose net
   * figure is zero gives no line. Charges and produits are each positive on their own side, a net credit on a
   * charges account (or a net debit on a produits account) negative.
   *
   * @param compte the compte de résultat, its figures keyed by account
   * @param balance the trial balance of the ledger, for the labels
   * @return the lines, charges then produits, each by account number
   * @throws org.cpom.CpomValidationException naming the account if the trial balance does not hold it
   *     ({@link org.cpom.Convention#VENTILATION}: the two must come from one ledger)
   */
  public static List<BudgetItem> historicalBase(ResultatDuCompte<CompteNum> compte, BalanceGenerale balance) {
    Objects.requireNonNull(compte, "compte");
    Objects.requireNonNull(balance, "balance");
    List<BudgetItem> items = new ArrayList<>();
    for (Map<CompteNum, Amount> side : List.of(compte.charges(), compte.produits())) {
      side.forEach((account, amount) -> {
        if (!amount.isZero()) {
          BalanceLine line = balance.line(account).orElseThrow(() -> new CpomValidationException(
              "compte[" + compte.id() + "].account", account.number(), LegalBasis.convention(Convention.VENTILATION),
              "the trial balance has no such account: the compte and the balance must come from one ledger"));
          items.add(BudgetItem.of(account.number(), line.libelle(), amount));
        }
      });
    }
    return List.copyOf(items);
  }

  /**
   * Selects the decision packages funded within an enveloppe with the default rule,
   * {@link FillRule#STOP_AT_FIRST_MISFIT}: the socle first, then the increments in rank order until the next
   * one does not fit.
   *
   * @param socle the minimum service
   * @param increments the increments, best ranked first
   * @param enveloppe the amount of the enveloppe, zero or more
   * @return the selection
   * @throws org.cpom.CpomValidationException if the enveloppe is negative, or the costs total more than
   *     {@code Long.MAX_VALUE} cents ({@link org.cpom.Convention#BBZ_PACKAGES}: the bound under which every total shown is exact)
   */
  public static PackageSelection select(DecisionPackage socle, List<DecisionPackage> increments, Amount enveloppe) {
    return select(socle, increments, enveloppe, FillRule.STOP_AT_FIRST_MISFIT);
  }

  /**
   * Selects the decision packages funded within an enveloppe with the given rule (see
   * {@link PackageSelection}).
   *
   * @param socle the minimum service
   * @param increments the increments, best ranked first
   * @param enveloppe the amount of the enveloppe, zero or more
   * @param rule what to do with an increment that does not fit
   * @return the selection
   * @throws org.cpom.CpomValidationException if the enveloppe is negative, or the costs total more than
   *     {@code Long.MAX_VALUE} cents ({@link org.cpom.Convention#BBZ_PACKAGES}: the bound under which every total shown is exact)
   */
  public static PackageSelection select(DecisionPackage socle, List<DecisionPackage> increments, Amount enveloppe,
      FillRule rule) {
    return PackageSelection.select(socle, increments, enveloppe, rule);
  }

  /**
   * The matrice de suivi budgétaire of the year of the last closed month, with the default forecast,
   * {@link ForecastMethod#ACTUAL_PLUS_REMAINING_BUDGET}.
   *
   * @param budget the budget entries, in the year of {@code closedThrough}
   * @param actual the actual entries, in closed months
   * @param closedThrough the last closed month; its year is the year followed
   * @return the matrix
   * @throws org.cpom.CpomValidationException as {@link #track(List, List, YearMonth, ForecastMethod)}
   */
  public static MatriceDeSuivi track(List<TrackingEntry> budget, List<TrackingEntry> actual, YearMonth closedThrough) {
    return track(budget, actual, closedThrough, ForecastMethod.ACTUAL_PLUS_REMAINING_BUDGET);
  }

  /**
   * The matrice de suivi budgétaire of the year of the last closed month: budget against actual by ESMS,
   * groupe fonctionnel and month, the year-end forecast by the given method, and the consolidation for the
   * CPOM (see {@link MatriceDeSuivi}).
   *
   * @param budget the budget entries, in the year of {@code closedThrough}
   * @param actual the actual entries, in closed months
   * @param closedThrough the last closed month; its year is the year followed
   * @param method the forecast method
   * @return the matrix
   * @throws org.cpom.CpomValidationException if an entry is outside the year, or an actual entry is in a month
   *     not yet closed, or twice the budget entries and twelve times the actual entries total more than
   *     {@code Long.MAX_VALUE} cents in absolute value ({@link org.cpom.Convention#MATRICE_DE_SUIVI}: the bound under which every figure of
   *     the matrix, forecasts and gaps included, is exact)
   */
  public static MatriceDeSuivi track(List<TrackingEntry> budget, List<TrackingEntry> actual, YearMonth closedThrough,
      ForecastMethod method) {
    return MatriceDeSuivi.track(budget, actual, closedThrough, method);
  }

  /**
   * The days a prix de journée of a tariff year divides by (CASF R314-113): forecast days if the ESMS opened
   * after 1 January of the third year before (so it was not open for the whole of the three previous years),
   * the average of the actual days of those three years otherwise.
   *
   * @param tariffYear the year the prix de journée is for
   * @param openedOn the date the ESMS opened
   * @param actualDays actual days by year, used for an ESMS open three years or more
   * @param forecastDays the forecast days, used for a younger ESMS
   * @return the basis
   * @throws org.cpom.CpomValidationException as {@link DayBasis#forecast} or
   *     {@link DayBasis#averageOfPreviousYears}, or if the tariff year or the opening date is outside the years
   *     1583 to 9999
   */
  public static DayBasis dayBasis(Year tariffYear, LocalDate openedOn, Map<Year, Long> actualDays, long forecastDays) {
    return DayBasis.forYear(tariffYear, openedOn, actualDays, forecastDays);
  }

  /**
   * The prix de journée of the traditional tariff regime (CASF R314-113):
   * {@code (charges after incorporating earlier results - other revenue) / days}, divided exactly and rounded
   * once, HALF_UP, to the cent (see {@link PrixDeJournee}).
   *
   * @param charges the total operating charges of the budget, zero or more
   * @param earlierResult the earlier result incorporated, {@link IncorporatedResult#NONE} if none
   * @param otherRevenue the operating revenue other than the prix de journée itself, zero or more
   * @param days the days divided by
   * @return the prix de journée
   * @throws org.cpom.CpomValidationException if an amount is negative or nothing is left to fund, or five
   *     times the charges, the earlier result and the other revenue total more than {@code Long.MAX_VALUE} cents
   *     in absolute value ({@link org.cpom.Convention#ENGINE_BOUNDS}: the bound under which the charges to fund, the prix de journée of
   *     an average of up to three years and the trace are exact)
   */
  public static PrixDeJournee prixDeJournee(Amount charges, IncorporatedResult earlierResult, Amount otherRevenue,
      DayBasis days) {
    return PrixDeJournee.compute(charges, earlierResult, otherRevenue, days);
  }
}
