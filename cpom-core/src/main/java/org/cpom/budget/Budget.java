package org.cpom.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cpom.CpomValidationException;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funding;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The budget of the ESMS of a CPOM, one set of lines seen three ways: per ESMS, per
 * enveloppe (funder, section, DGC) and globally for the contract. Each view is a partition of the same
 * lines, summed exactly in cents, so the totals of the three views agree to the cent.
 *
 * <p>Each line is classified into its groupe fonctionnel by the {@link AccountMapping} (CASF R314-13). EHPAD
 * budgets are presented by section tarifaire (R314-13 II): an EHPAD line must be in the soins, dépendance
 * or hébergement section, and {@link #sectionsOf(FinessNumber)} gives its budget section by section, each
 * still broken down by group.
 *
 * <p>Checks made by {@link BudgetEngine#classify(List, List, AccountMapping)}, each failing with a {@link CpomValidationException} that names the line:
 * every line's ESMS is one of the budget's; its section and funder are one of that ESMS's fundings; its
 * account maps to a group; and all lines of one ESMS and one financement (funder and section) carry the same
 * DGC label (an ESMS belongs to one DGC per financement, CASF R314-43-1: an EHPAD's dépendance and
 * hébergement lines may carry two labels of the same Département). A {@link SectionTarifaire#CRETON} line (the
 * revenue an IME bills to a Département for the young adults it keeps under L242-4) is valid when the ESMS
 * has a Creton funding of that Département; it carries no DGC label, that part being billed as a prix de
 * journée (R314-115).
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: the lines total at most {@code Long.MAX_VALUE} cents in absolute value ({@link org.cpom.Convention#BUDGET_LINES}: every view is
 * then exact).
 */
public final class Budget {
  static final LegalBasis RULE = LegalBasis.convention(Convention.BUDGET_LINES);
  private static final Set<SectionTarifaire> EHPAD_SECTIONS =
      EnumSet.of(SectionTarifaire.SOINS, SectionTarifaire.DEPENDANCE, SectionTarifaire.HEBERGEMENT);

  private final AccountMapping mapping;
  private final List<Esms> esms;
  private final List<BudgetLine> lines;
  private final List<GroupeFonctionnel> groups;

  private Budget(AccountMapping mapping, List<Esms> esms, List<BudgetLine> lines, List<GroupeFonctionnel> groups) {
    this.mapping = mapping;
    this.esms = esms;
    this.lines = lines;
    this.groups = groups;
  }

  /** Checks and classifies the lines: see {@link BudgetEngine#classify(List, List, AccountMapping)}. */
  static Budget classify(AccountMapping mapping, List<Esms> esms, List<BudgetLine> lines) {
    Objects.requireNonNull(mapping, "mapping");
    Checks.noNulls(esms, "esms");
    Checks.noNulls(lines, "lines");
    Checks.check(!esms.isEmpty(), "budget.esms", "[]", RULE, "a budget needs at least one ESMS");
    Map<FinessNumber, Esms> byFiness = new HashMap<>();
    for (Esms e : esms) {
      Checks.check(byFiness.put(e.finess(), e) == null, "budget.esms", e.finess(), RULE, "ESMS listed twice");
    }
    List<GroupeFonctionnel> groups = new ArrayList<>(lines.size());
    Map<List<Object>, Optional<String>> dgcOf = new HashMap<>();
    // every view sums a subset of the lines: bounding their absolute total keeps each view exact
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("the lines of a budget");
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      String field = "budget.lines[" + i + "]";
      total.add(line.amount().cents(), field + ".amount");
      Esms owner = byFiness.get(line.esms());
      Checks.check(owner != null, field + ".esms", line.esms(), RULE, "not an ESMS of this budget");
      if (owner.category() == EsmsCategory.EHPAD) {
        Checks.check(EHPAD_SECTIONS.contains(line.section()), field + ".section", line.section(), LegalBasis.casf("R314-13 II"),
            "an EHPAD budget is set by section tarifaire: soins, dépendance or hébergement");
      }
      boolean funded = owner.fundings().stream()
          .anyMatch(f -> f.section() == line.section() && f.funder().equals(line.funder()));
      Checks.check(funded, field + ".funder", line.funder() + " / " + line.section(), RULE,
          "not a funding of ESMS " + owner.finess());
      Checks.check(line.section() != SectionTarifaire.CRETON || line.dgc().isEmpty(), field + ".dgc",
          line.dgc().orElse("none"), LegalBasis.casf("R314-115"),
          "a Creton part is billed to its Département as a prix de journée, outside any DGC");
      Optional<String> previous = dgcOf.putIfAbsent(List.of(line.esms(), line.funder(), line.section()), line.dgc());
      Checks.check(previous == null || previous.equals(line.dgc()), field + ".dgc", line.dgc().orElse("none"),
          LegalBasis.casf("R314-43-1"), "ESMS " + line.esms() + " already has DGC " + (previous == null ? "" : previous.orElse("none"))
              + " for " + line.funder() + " / " + line.section() + " (one DGC per financement)");
      groups.add(mapping.entryFor(line.account(), field + ".account").group());
    }
    return new Budget(mapping, List.copyOf(esms), List.copyOf(lines), Collections.unmodifiableList(groups));
  }

  /**
   * The account mapping that classified the lines.
   *
   * @return the mapping
   */
  public AccountMapping mapping() {
    return mapping;
  }

  /**
   * The ESMS, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<Esms> esms() {
    return esms;
  }

  /**
   * The lines, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<BudgetLine> lines() {
    return lines;
  }

  /**
   * The groupe fonctionnel of one of this budget's lines.
   *
   * @param index the index of the line in {@link #lines()}
   * @return its group
   * @throws CpomValidationException if there is no such line
   */
  public GroupeFonctionnel groupOf(int index) {
    Checks.check(index >= 0 && index < groups.size(), "index", index, LegalBasis.convention(Convention.LINE_INDEX),
        "not an index of the " + groups.size() + " lines");
    return groups.get(index);
  }

  /**
   * The global view: every line of the contract.
   *
   * @return the totals by group
   */
  public GroupTotals global() {
    long[] cents = new long[GroupeFonctionnel.values().length];
    for (int i = 0; i < lines.size(); i++) {
      add(cents, i);
    }
    return GroupTotals.ofCents(cents);
  }

  /**
   * The view per ESMS, every ESMS present (at zero when it has no line), in the order given.
   *
   * @return an unmodifiable map
   */
  public Map<FinessNumber, GroupTotals> byEsms() {
    Map<FinessNumber, long[]> cents = new LinkedHashMap<>();
    esms.forEach(e -> cents.put(e.finess(), new long[GroupeFonctionnel.values().length]));
    for (int i = 0; i < lines.size(); i++) {
      add(cents.get(lines.get(i).esms()), i);
    }
    return freeze(cents);
  }

  /**
   * The view per enveloppe (funder, section, DGC), in the order the enveloppes first appear in the lines.
   *
   * @return an unmodifiable map, empty when there is no line
   */
  public Map<Enveloppe, GroupTotals> byEnveloppe() {
    Map<Enveloppe, long[]> cents = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      add(cents.computeIfAbsent(ImmutableEnveloppe.of(line.funder(), line.section(), line.dgc()),
          k -> new long[GroupeFonctionnel.values().length]), i);
    }
    return freeze(cents);
  }

  /**
   * The budget of one ESMS section by section: for an EHPAD, its sections tarifaires (R314-13 II). Every
   * funded section of the ESMS is present, in the order of its fundings; the Creton lines of all its
   * Départements are under the one {@link SectionTarifaire#CRETON} key ({@link #byEnveloppe()} keeps them apart).
   *
   * @param esms the FINESS of one of the budget's ESMS
   * @return an unmodifiable map from section to totals by group
   * @throws CpomValidationException if the ESMS is not in the budget
   */
  public Map<SectionTarifaire, GroupTotals> sectionsOf(FinessNumber esms) {
    Objects.requireNonNull(esms, "esms");
    Esms owner = this.esms.stream().filter(e -> e.finess().equals(esms)).findFirst()
        .orElseThrow(() -> new CpomValidationException("esms", esms, RULE, "not an ESMS of this budget"));
    Map<SectionTarifaire, long[]> cents = new LinkedHashMap<>();
    for (Funding f : owner.fundings()) {
      cents.put(f.section(), new long[GroupeFonctionnel.values().length]);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).esms().equals(esms)) {
        add(cents.get(lines.get(i).section()), i);
      }
    }
    return freeze(cents);
  }

  /** Adds line {@code i} to its group's cents; exact, failing on overflow rather than losing a cent. */
  private void add(long[] cents, int i) {
    int g = groups.get(i).ordinal();
    cents[g] = Checks.addExact(cents[g], lines.get(i).amount().cents(), "budget.lines[" + i + "].amount");
  }

  private static <K> Map<K, GroupTotals> freeze(Map<K, long[]> cents) {
    Map<K, GroupTotals> view = new LinkedHashMap<>();
    cents.forEach((k, c) -> view.put(k, GroupTotals.ofCents(c)));
    return Collections.unmodifiableMap(view);
  }

  /**
   * Two budgets are equal when they have equal mappings, ESMS and lines, in the same order.
   *
   * @param obj the other object
   * @return whether it is an equal budget
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Budget)) {
      return false;
    }
    Budget o = (Budget) obj;
    return o.mapping.equals(mapping) && o.esms.equals(esms) && o.lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mapping, esms, lines);
  }

  @Override
  public String toString() {
    return "Budget[" + esms.size() + " ESMS, " + lines.size() + " lines, global " + global() + "]";
  }
}
