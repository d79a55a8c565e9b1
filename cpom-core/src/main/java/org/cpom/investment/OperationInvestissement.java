package org.cpom.investment;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;

/**
 * One operation of a plan pluriannuel d'investissement (PPI): an asset with its components, durations and dates
 * (order, mise en service), its spending by year (décaissements) and its financing plan. Investment programmes and
 * their financing plans are approved by the tariff authority, deemed approved after 60 days without objection, and a
 * change that may raise the operating charges goes through the same procedure (CASF R314-20).
 *
 * <p>The financing plan ({@code cpom:ppi-financing}): investment subsidies (c/13), loans (c/16), a draw on the
 * excédents affectés à l'investissement (c/10682), and the rest from the fonds de roulement, which this operation
 * computes so the financing sums exactly to the cost; a financing above the cost is rejected, naming the field that
 * brings it over. The cost is the asset's gross amount; by default it is all spent in the year of the mise en
 * service.
 *
 * <p>This class is immutable and thread-safe; two operations are equal when every term is.
 */
public final class OperationInvestissement {
  private final String label;
  private final Immobilisation immobilisation;
  private final ProrataConvention convention;
  private final SortedMap<Year, Amount> spending;
  private final List<OperationSubvention> subventions;
  private final List<Emprunt> emprunts;
  private final Amount excedentsAffectes;
  private final Year excedentsAffectesYear;
  private final SortedMap<Year, Amount> repriseReserveCompensation;

  private OperationInvestissement(String label, Immobilisation immobilisation, ProrataConvention convention,
      SortedMap<Year, Amount> spending, List<OperationSubvention> subventions, List<Emprunt> emprunts,
      Amount excedentsAffectes, Year excedentsAffectesYear, SortedMap<Year, Amount> repriseReserveCompensation) {
    this.label = label;
    this.immobilisation = immobilisation;
    this.convention = convention;
    this.spending = Collections.unmodifiableSortedMap(new TreeMap<>(spending));
    this.subventions = List.copyOf(subventions);
    this.emprunts = List.copyOf(emprunts);
    this.excedentsAffectes = excedentsAffectes;
    this.excedentsAffectesYear = excedentsAffectesYear;
    this.repriseReserveCompensation = Collections.unmodifiableSortedMap(new TreeMap<>(repriseReserveCompensation));
  }

  /**
   * An operation with no external financing yet: all of its cost from the fonds de roulement, spent in the year of
   * the mise en service, depreciated by the default prorata ({@link ProrataConvention#DEFAULT}).
   *
   * @param label its label, not blank
   * @param immobilisation the asset it builds or buys, with its order date if known
   * @return the operation
   */
  public static OperationInvestissement of(String label, Immobilisation immobilisation) {
    Checks.notBlank(Objects.requireNonNull(label, "label"), "label");
    Objects.requireNonNull(immobilisation, "immobilisation");
    SortedMap<Year, Amount> spending = new TreeMap<>();
    spending.put(Year.from(immobilisation.miseEnService()), immobilisation.gross());
    return new OperationInvestissement(label.trim(), immobilisation, ProrataConvention.DEFAULT, spending, List.of(),
        List.of(), Amount.ZERO, null, new TreeMap<>());
  }

  /**
   * An operation ordered on a date, which the mise en service may not precede.
   *
   * @param label its label, not blank
   * @param orderDate the order date (date de commande)
   * @param immobilisation the asset, put into service on or after the order date
   * @return the operation
   * @throws org.cpom.CpomValidationException naming {@code miseEnService} when it precedes the order
   */
  public static OperationInvestissement of(String label, LocalDate orderDate, Immobilisation immobilisation) {
    Objects.requireNonNull(orderDate, "orderDate");
    Objects.requireNonNull(immobilisation, "immobilisation");
    return of(label, immobilisation.withOrderDate(orderDate));
  }

  /**
   * This operation depreciated by another prorata convention of the first exercice.
   *
   * @param value the convention
   * @return the operation
   */
  public OperationInvestissement withProrata(ProrataConvention value) {
    Objects.requireNonNull(value, "value");
    return new OperationInvestissement(label, immobilisation, value, spending, subventions, emprunts,
        excedentsAffectes, excedentsAffectesYear, repriseReserveCompensation);
  }

  /**
   * This operation with its spending by year (échéancier des décaissements), in place of the default.
   *
   * @param byYear the amount spent each year, each above zero, none before the year of the order date, summing
   *     exactly to the cost
   * @return the operation
   */
  public OperationInvestissement withSpending(Map<Year, Amount> byYear) {
    Objects.requireNonNull(byYear, "byYear");
    SortedMap<Year, Amount> copy = new TreeMap<>();
    LegalBasis rule = InvestmentEngine.PPI_RULE;
    for (Map.Entry<Year, Amount> e : byYear.entrySet()) {
      Year y = Objects.requireNonNull(e.getKey(), "byYear key");
      Amount a = Objects.requireNonNull(e.getValue(), "byYear value");
      Checks.check(a.isPositive(), "spending", a, rule, "the spending of " + y + " must be above zero");
      Optional<LocalDate> order = immobilisation.orderDate();
      Checks.check(order.isEmpty() || !y.isBefore(Year.from(order.get())), "spending", y, rule,
          "must not be before the year of the order date " + order.orElse(null));
      copy.put(y, a);
    }
    Amount total = Amount.total(copy.values());
    Checks.check(total.equals(cost()), "spending", total, rule, "must sum exactly to the cost " + cost());
    return new OperationInvestissement(label, immobilisation, convention, copy, subventions, emprunts,
        excedentsAffectes, excedentsAffectesYear, repriseReserveCompensation);
  }

  /**
   * This operation with an investment subsidy taken to income at the pace of the whole asset.
   *
   * @param amount the subsidy, above zero
   * @param received the year it is received
   * @return the operation
   * @throws org.cpom.CpomValidationException naming {@code subventions} if the financing would exceed the cost
   */
  public OperationInvestissement withSubvention(Amount amount, Year received) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(received, "received");
    return withSubvention(new OperationSubvention(amount, received, null));
  }

  /**
   * This operation with an investment subsidy taken to income at the pace of one component's accounting plan.
   *
   * @param amount the subsidy, above zero; the subsidies of one component at most its gross amount
   * @param received the year it is received
   * @param composant the label of the component it funds
   * @return the operation
   * @throws org.cpom.CpomValidationException naming {@code composant} or {@code subventions}
   */
  public OperationInvestissement withSubvention(Amount amount, Year received, String composant) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(composant, "composant");
    Composant c = immobilisation.composants().stream().filter(k -> k.label().equals(composant)).findFirst()
        .orElse(null);
    Checks.check(c != null, "composant", composant, InvestmentEngine.REPRISE_RULE,
        "is not a component of " + immobilisation.label());
    Amount same = amount;
    for (OperationSubvention s : subventions) {
      if (composant.equals(s.composant().orElse(null))) {
        same = same.plus(s.amount());
      }
    }
    Checks.check(!same.isGreaterThan(c.gross()), "subventions", same, InvestmentEngine.REPRISE_RULE,
        "the subsidies of " + composant + " must be at most its gross amount " + c.gross());
    return withSubvention(new OperationSubvention(amount, received, composant));
  }

  private OperationInvestissement withSubvention(OperationSubvention s) {
    Checks.check(s.amount().isPositive(), "subventions", s.amount(), InvestmentEngine.PPI_RULE, "must be above zero");
    checkFinancing("subventions", s.amount());
    List<OperationSubvention> list = new ArrayList<>(subventions);
    list.add(s);
    return new OperationInvestissement(label, immobilisation, convention, spending, list, emprunts,
        excedentsAffectes, excedentsAffectesYear, repriseReserveCompensation);
  }

  /**
   * This operation with a loan, drawn in the year of its drawdown.
   *
   * @param loan the loan
   * @return the operation
   * @throws org.cpom.CpomValidationException naming {@code emprunts} if the financing would exceed the cost
   */
  public OperationInvestissement withEmprunt(Emprunt loan) {
    Objects.requireNonNull(loan, "loan");
    checkFinancing("emprunts", loan.principal());
    List<Emprunt> list = new ArrayList<>(emprunts);
    list.add(loan);
    return new OperationInvestissement(label, immobilisation, convention, spending, subventions, list,
        excedentsAffectes, excedentsAffectesYear, repriseReserveCompensation);
  }

  /**
   * This operation with a draw on the excédents affectés à l'investissement (c/10682), in place of any given before.
   *
   * @param amount the draw, above zero
   * @param year the year it is used
   * @return the operation
   * @throws org.cpom.CpomValidationException naming {@code excedentsAffectes} if the financing would exceed the cost
   */
  public OperationInvestissement withExcedentsAffectes(Amount amount, Year year) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(year, "year");
    Checks.check(amount.isPositive(), "excedentsAffectes", amount, InvestmentEngine.PPI_RULE, "must be above zero");
    checkFinancing("excedentsAffectes", amount.minus(excedentsAffectes));
    return new OperationInvestissement(label, immobilisation, convention, spending, subventions, emprunts, amount,
        year, repriseReserveCompensation);
  }

  /**
   * This operation with a reprise of the réserve de compensation des charges d'amortissement (c/10687) in a year, in
   * place of any given for that year; the surcoût of the year is net of it ({@code cpom:investment-surcout}).
   *
   * @param year the year
   * @param amount the reprise, above zero
   * @return the operation
   */
  public OperationInvestissement withRepriseReserveCompensation(Year year, Amount amount) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(amount, "amount");
    Checks.check(amount.isPositive(), "repriseReserveCompensation", amount, InvestmentEngine.SURCOUT_RULE,
        "must be above zero");
    SortedMap<Year, Amount> copy = new TreeMap<>(repriseReserveCompensation);
    copy.put(year, amount);
    return new OperationInvestissement(label, immobilisation, convention, spending, subventions, emprunts,
        excedentsAffectes, excedentsAffectesYear, copy);
  }

  private void checkFinancing(String field, Amount added) {
    Amount total = financementExterne().plus(added);
    Checks.check(!total.isGreaterThan(cost()), field, total, Articles.PROGRAMME,
        "the financing would be " + total + ", above the cost " + cost());
  }

  /** @return the label */
  public String label() {
    return label;
  }

  /** @return the asset, with its components and dates */
  public Immobilisation immobilisation() {
    return immobilisation;
  }

  /** @return the order date, if given */
  public Optional<LocalDate> orderDate() {
    return immobilisation.orderDate();
  }

  /** @return the date of the mise en service */
  public LocalDate miseEnService() {
    return immobilisation.miseEnService();
  }

  /** @return the cost: the asset's gross amount */
  public Amount cost() {
    return immobilisation.gross();
  }

  /** @return the prorata convention of the first exercice */
  public ProrataConvention convention() {
    return convention;
  }

  /** @return the spending by year, summing to the cost */
  public SortedMap<Year, Amount> spending() {
    return spending;
  }

  /**
   * The spending of a year.
   *
   * @param year the year
   * @return the amount spent, zero if none
   */
  public Amount spendingIn(Year year) {
    Objects.requireNonNull(year, "year");
    return spending.getOrDefault(year, Amount.ZERO);
  }

  /** @return the investment subsidies, in the order given */
  public List<OperationSubvention> subventions() {
    return subventions;
  }

  /** @return the loans, in the order given */
  public List<Emprunt> emprunts() {
    return emprunts;
  }

  /** @return the draw on the excédents affectés à l'investissement (c/10682), zero if none */
  public Amount excedentsAffectes() {
    return excedentsAffectes;
  }

  /** @return the year the draw on c/10682 is used, if there is one */
  public Optional<Year> excedentsAffectesYear() {
    return Optional.ofNullable(excedentsAffectesYear);
  }

  /** @return the reprises of c/10687 by year */
  public SortedMap<Year, Amount> repriseReserveCompensation() {
    return repriseReserveCompensation;
  }

  /** @return the subsidies, loans and draw on c/10682 together: at most the cost */
  public Amount financementExterne() {
    Amount t = excedentsAffectes;
    for (OperationSubvention s : subventions) {
      t = t.plus(s.amount());
    }
    for (Emprunt e : emprunts) {
      t = t.plus(e.principal());
    }
    return t;
  }

  /** @return the part of the cost the fonds de roulement funds: the cost less the other financing, zero or more */
  public Amount fondsDeRoulement() {
    return cost().minus(financementExterne());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OperationInvestissement p && label.equals(p.label) && immobilisation.equals(p.immobilisation)
        && convention == p.convention && spending.equals(p.spending) && subventions.equals(p.subventions)
        && emprunts.equals(p.emprunts) && excedentsAffectes.equals(p.excedentsAffectes)
        && Objects.equals(excedentsAffectesYear, p.excedentsAffectesYear)
        && repriseReserveCompensation.equals(p.repriseReserveCompensation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, immobilisation, convention, spending, subventions, emprunts, excedentsAffectes,
        excedentsAffectesYear, repriseReserveCompensation);
  }

  @Override
  public String toString() {
    return "OperationInvestissement[" + label + ", cost " + cost() + ", mise en service " + miseEnService()
        + ", subsidies " + subventions + ", loans " + emprunts.size() + ", 10682 " + excedentsAffectes
        + ", fonds de roulement " + fondsDeRoulement() + "]";
  }
}
