package org.cpom.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A budget base zéro (BBZ) of one ESMS: its drivers; {@link BudgetEngine#compute(Bbz, AccountMapping)} rebuilds
 * the budget from them (a {@link BbzBudget}).
 *
 * <p>The BBZ has no legal text: it is the negotiation method of rebuilding a budget from zero, every line
 * justified by need and activity, instead of carrying last year's base forward (Pyhrr). Its drivers are
 * the {@link Activity}, the staffing plan ({@link StaffPost}), the activity-driven costs
 * ({@link ActivityCost}), the fixed and structure costs (rent, depreciation, financial costs, frais de
 * siège share) and the other revenue (produits groupes II and III), each a justified {@link BudgetItem}.
 * The historical base (last approved budget or last accounts, by account) is only compared with, never
 * carried forward.
 *
 * <p>For an EHPAD, whose budget is set by section tarifaire (R314-13 II), build one BBZ per section.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Bbz {
  static final LegalBasis RULE = LegalBasis.convention(Convention.BBZ);

  Bbz() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Bbz}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableBbz.Builder {
    Builder() {}
  }

  /**
   * The ESMS.
   *
   * @return its FINESS géographique
   */
  public abstract FinessNumber esms();

  /**
   * The activity driver.
   *
   * @return the activity
   */
  public abstract Activity activity();

  /**
   * The staffing plan.
   *
   * @return the posts, possibly none
   */
  public abstract List<StaffPost> staffing();

  /**
   * The activity-driven costs.
   *
   * @return the costs, possibly none
   */
  public abstract List<ActivityCost> activityCosts();

  /**
   * The fixed and structure costs, each justified and not negative.
   *
   * @return the costs, possibly none
   */
  public abstract List<BudgetItem> fixedCosts();

  /**
   * The other revenue (produits groupes II and III), each justified and not negative.
   *
   * @return the revenue, possibly none
   */
  public abstract List<BudgetItem> otherRevenue();

  /**
   * The historical base, by account, for comparison only.
   *
   * @return the lines, possibly none
   */
  public abstract List<BudgetItem> historicalBase();

  @Value.Check
  void check() {
    checkProposals(fixedCosts(), "bbz.fixedCosts");
    checkProposals(otherRevenue(), "bbz.otherRevenue");
  }

  private static void checkProposals(List<BudgetItem> items, String field) {
    for (int i = 0; i < items.size(); i++) {
      BudgetItem item = items.get(i);
      Checks.check(item.justification().isPresent(), field + "[" + i + "].justification", item.label(), RULE,
          "every BBZ line needs a justification");
      Checks.check(!item.amount().isNegative(), field + "[" + i + "].amount", item.amount(), RULE,
          "must not be negative");
    }
  }

  /** Rebuilds the budget from the drivers: see {@link BudgetEngine#compute(Bbz, AccountMapping)}. */
  BbzBudget compute(AccountMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    List<BbzLine> lines = new ArrayList<>();
    for (int i = 0; i < staffing().size(); i++) {
      StaffPost p = staffing().get(i);
      String computation = p.etp().toPlainString() + " ETP x " + p.annualCost().toBigDecimal().toPlainString()
          + " x (1 + " + p.employerChargesRate().toPercent().toPlainString() + " %) x (1 + "
          + p.gvtRate().toPercent().toPlainString() + " %)";
      lines.add(BbzLine.of(BbzLine.Kind.STAFF, p.qualification(), p.account(),
          chargesGroup(mapping, p.account(), "bbz.staffing[" + i + "].account"), p.cost(), computation,
          p.justification()));
    }
    for (int i = 0; i < activityCosts().size(); i++) {
      ActivityCost c = activityCosts().get(i);
      String computation = c.unitCost().toBigDecimal().toPlainString() + " x "
          + c.driver().volume(activity()).stripTrailingZeros().toPlainString() + " " + c.driver().unit();
      lines.add(BbzLine.of(BbzLine.Kind.ACTIVITY, c.label(), c.account(),
          chargesGroup(mapping, c.account(), "bbz.activityCosts[" + i + "].account"),
          EngineBounds.naming(() -> c.cost(activity()), "bbz.activityCosts[" + i + "].unitCost", c.unitCost()),
          computation, c.justification()));
    }
    for (int i = 0; i < fixedCosts().size(); i++) {
      BudgetItem item = fixedCosts().get(i);
      lines.add(BbzLine.of(BbzLine.Kind.FIXED, item.label(), item.account(),
          chargesGroup(mapping, item.account(), "bbz.fixedCosts[" + i + "].account"), item.amount(), "fixed amount",
          item.justification().orElseThrow()));
    }
    for (int i = 0; i < otherRevenue().size(); i++) {
      BudgetItem item = otherRevenue().get(i);
      String field = "bbz.otherRevenue[" + i + "].account";
      GroupeFonctionnel group = mapping.entryFor(item.account(), field).group();
      Checks.check(group == GroupeFonctionnel.PRODUITS_II_AUTRES_PRODUITS || group == GroupeFonctionnel.PRODUITS_III_FINANCIERS,
          field, item.account(), RULE,
          "an other revenue goes to produits groupe II or III, not " + group);
      lines.add(BbzLine.of(BbzLine.Kind.OTHER_REVENUE, item.label(), item.account(), group, item.amount(),
          "fixed amount", item.justification().orElseThrow()));
    }
    // totals, gaps and the tarification needed are sums and differences of the lines and the base, each used
    // at most twice: bounded so, they are exact
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("twice the lines and the base of a BBZ");
    for (int i = 0; i < lines.size(); i++) {
      total.add(lines.get(i).amount().cents(), 2, fieldOf(i));
    }
    for (int i = 0; i < historicalBase().size(); i++) {
      int k = i;
      total.add(historicalBase().get(i).amount().cents(), 2, () -> "bbz.historicalBase[" + k + "].amount");
    }
    GroupTotals base = GroupTotals.ZERO;
    for (int i = 0; i < historicalBase().size(); i++) {
      BudgetItem item = historicalBase().get(i);
      base = base.plus(mapping.entryFor(item.account(), "bbz.historicalBase[" + i + "].account").group(), item.amount());
    }
    return new BbzBudget(this, lines, base, gapsByLine(mapping, lines));
  }

  /** The input of line {@code i} of the lines built in {@link #compute}, in their order. */
  private java.util.function.Supplier<String> fieldOf(int i) {
    return () -> {
      int k = i;
      if (k < staffing().size()) {
        return "bbz.staffing[" + k + "].cost";
      }
      k -= staffing().size();
      if (k < activityCosts().size()) {
        return "bbz.activityCosts[" + k + "].unitCost";
      }
      k -= activityCosts().size();
      if (k < fixedCosts().size()) {
        return "bbz.fixedCosts[" + k + "].amount";
      }
      return "bbz.otherRevenue[" + (k - fixedCosts().size()) + "].amount";
    };
  }

  private static GroupeFonctionnel chargesGroup(AccountMapping mapping, String account, String field) {
    GroupeFonctionnel group = mapping.entryFor(account, field).group();
    Checks.check(group.isCharges(), field, account, RULE, "a cost goes to a charges group, not " + group);
    return group;
  }

  /**
   * One gap per account met in the BBZ or the base, except tarification accounts (compared by group only).
   * Label: the base line's, else the BBZ line's when the account has one line, else the mapping's.
   */
  private List<Gap> gapsByLine(AccountMapping mapping, List<BbzLine> lines) {
    Map<String, Amount> proposed = new LinkedHashMap<>();
    Map<String, List<String>> justifications = new LinkedHashMap<>();
    Map<String, Amount> base = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<String>> lineLabels = new LinkedHashMap<>();
    for (BbzLine l : lines) {
      proposed.merge(l.account(), l.amount(), Amount::plus);
      justifications.computeIfAbsent(l.account(), k -> new ArrayList<>()).add(l.label() + ": " + l.justification());
      lineLabels.computeIfAbsent(l.account(), k -> new ArrayList<>()).add(l.label());
    }
    for (BudgetItem item : historicalBase()) {
      base.merge(item.account(), item.amount(), Amount::plus);
      labels.putIfAbsent(item.account(), item.label());
    }
    List<String> accounts = new ArrayList<>(proposed.keySet());
    base.keySet().stream().filter(a -> !proposed.containsKey(a)).forEach(accounts::add);
    List<Gap> gaps = new ArrayList<>();
    for (String account : accounts) {
      MappingEntry entry = mapping.entryFor(account);
      if (entry.group() == GroupeFonctionnel.PRODUITS_I_TARIFICATION) {
        continue;
      }
      List<String> own = lineLabels.getOrDefault(account, List.of());
      String label = labels.containsKey(account) ? labels.get(account) : own.size() == 1 ? own.get(0) : entry.label();
      gaps.add(Gap.of(entry.group(), Optional.of(account), label, base.getOrDefault(account, Amount.ZERO),
          proposed.getOrDefault(account, Amount.ZERO), justifications.getOrDefault(account, List.of())));
    }
    gaps.sort(Comparator.comparing((Gap g) -> g.group()).thenComparing(g -> g.account().orElseThrow()));
    return List.copyOf(gaps);
  }
}
