package org.cpom.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.trace.StepKind;
import org.cpom.LegalBasis;
import org.cpom.trace.Trace;

/**
 * The budget a {@link Bbz} rebuilds ({@link BudgetEngine#compute(Bbz, AccountMapping)}): its lines, charges by group, the tarification revenue
 * needed, unit costs, and the gaps to the historical base by group and by account.
 *
 * <p>{@link #totals()} is a balanced budget: produits groupe I is the tarification needed,
 * {@code charges - other revenue}, so the result is zero. Unit costs divide by places or forecast days and
 * are rounded once, HALF_UP.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BbzBudget {
  private static final LegalBasis BASIS = Bbz.RULE;

  private final Bbz bbz;
  private final List<BbzLine> lines;
  private final GroupTotals totals;
  private final GroupTotals base;
  private final List<Gap> gapsByLine;

  BbzBudget(Bbz bbz, List<BbzLine> lines, GroupTotals base, List<Gap> gapsByLine) {
    this.bbz = bbz;
    this.lines = List.copyOf(lines);
    GroupTotals t = GroupTotals.ZERO;
    for (BbzLine l : lines) {
      t = t.plus(l.group(), l.amount());
    }
    this.totals = t.plus(GroupeFonctionnel.PRODUITS_I_TARIFICATION, t.charges().minus(t.produits()));
    this.base = base;
    this.gapsByLine = gapsByLine;
  }

  /**
   * The drivers.
   *
   * @return the BBZ
   */
  public Bbz bbz() {
    return bbz;
  }

  /**
   * One line per driver, in the order staff, activity, fixed, other revenue.
   *
   * @return an unmodifiable list
   */
  public List<BbzLine> lines() {
    return lines;
  }

  /**
   * The rebuilt budget by group, balanced by the tarification needed.
   *
   * @return the totals
   */
  public GroupTotals totals() {
    return totals;
  }

  /**
   * Charges groups I to III.
   *
   * @return the total charges
   */
  public Amount totalCharges() {
    return totals.charges();
  }

  /**
   * Produits groupes II and III.
   *
   * @return the other revenue
   */
  public Amount otherRevenue() {
    return totals.amount(GroupeFonctionnel.PRODUITS_II_AUTRES_PRODUITS)
        .plus(totals.amount(GroupeFonctionnel.PRODUITS_III_FINANCIERS));
  }

  /**
   * The tarification revenue needed: total charges less other revenue.
   *
   * @return the amount, negative if other revenue exceeds charges
   */
  public Amount tarificationNeeded() {
    return totals.amount(GroupeFonctionnel.PRODUITS_I_TARIFICATION);
  }

  /**
   * Total ETP of the staffing plan.
   *
   * @return the ETP
   */
  public BigDecimal totalEtp() {
    return bbz.staffing().stream().map(StaffPost::etp).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Total charges per place, rounded HALF_UP.
   *
   * @return the cost per place
   */
  public Amount costPerPlace() {
    return totalCharges().dividedBy(bbz.activity().places(), RoundingMode.HALF_UP);
  }

  /**
   * Total charges per forecast day, rounded HALF_UP.
   *
   * @return the cost per day
   */
  public Amount costPerDay() {
    return totalCharges().dividedBy(bbz.activity().forecastDays(), RoundingMode.HALF_UP);
  }

  /**
   * Tarification needed per place (the net coût à la place), rounded HALF_UP.
   *
   * @return the amount per place
   */
  public Amount tarificationPerPlace() {
    return tarificationNeeded().dividedBy(bbz.activity().places(), RoundingMode.HALF_UP);
  }

  /**
   * Tarification needed per forecast day, rounded HALF_UP.
   *
   * @return the amount per day
   */
  public Amount tarificationPerDay() {
    return tarificationNeeded().dividedBy(bbz.activity().forecastDays(), RoundingMode.HALF_UP);
  }

  /**
   * The historical base by group.
   *
   * @return the totals of the base lines
   */
  public GroupTotals baseTotals() {
    return base;
  }

  /**
   * The gap to the base for each of the six groups, in group order; for produits groupe I, the
   * tarification needed against the base's tarification revenue.
   *
   * @return an unmodifiable list of six gaps
   */
  public List<Gap> gapsByGroup() {
    List<Gap> gaps = new ArrayList<>();
    for (GroupeFonctionnel g : GroupeFonctionnel.values()) {
      List<String> why = new ArrayList<>();
      lines.stream().filter(l -> l.group() == g).forEach(l -> why.add(l.label() + ": " + l.justification()));
      gaps.add(Gap.of(g, Optional.empty(), g.name(), base.amount(g), totals.amount(g), why));
    }
    return List.copyOf(gaps);
  }

  /**
   * The gap to the base for each account met in the BBZ or in the base, by group then account. Lines on
   * the same account are added up; tarification accounts (produits groupe I) are compared by group only.
   * A gap is labelled with the base line's label, else the BBZ line's when the account has a single line,
   * else the account mapping's label.
   *
   * @return an unmodifiable list
   */
  public List<Gap> gapsByLine() {
    return gapsByLine;
  }

  /**
   * How the tarification needed was reached: charges by group, other revenue, tarification needed.
   *
   * @return the trace
   */
  public Trace trace() {
    Trace trace = Trace.empty();
    for (GroupeFonctionnel g : GroupeFonctionnel.values()) {
      if (g.isCharges()) {
        trace = trace.plus(StepKind.GROUP_CHARGES, totals.amount(g), BASIS, g);
      }
    }
    return trace.plus(StepKind.TOTAL_CHARGES, totalCharges(), BASIS)
        .plus(StepKind.LESS_OTHER_REVENUE, otherRevenue().negated(), BASIS)
        .plus(StepKind.TARIFICATION_NEEDED, tarificationNeeded(), BASIS);
  }

  /**
   * Two BBZ budgets are equal when they are rebuilt from equal drivers into equal lines, base and gaps.
   *
   * @param obj the other object
   * @return whether it is an equal BBZ budget
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BbzBudget)) {
      return false;
    }
    BbzBudget o = (BbzBudget) obj;
    return o.bbz.equals(bbz) && o.lines.equals(lines) && o.base.equals(base) && o.gapsByLine.equals(gapsByLine);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bbz, lines, base, gapsByLine);
  }

  @Override
  public String toString() {
    return "BbzBudget[" + bbz.esms() + ", charges " + totalCharges() + ", tarification needed " + tarificationNeeded() + "]";
  }
}
