package org.cpom.result;

import org.cpom.contract.CompteKind;
import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.contract.AllocatingParty;
import org.cpom.money.Amount;
import org.cpom.LegalBasis;

/**
 * The allocation laid out like the ERRD's "tableau de détermination et d'affectation du résultat": one
 * column per compte de résultat, and lines grouped in sections: how the result to allocate is found, the
 * mandatory steps, the free choices, and the reserve balances before and after.
 *
 * <p>Each column says what the compte covers ({@link CompteDeResultat#kind()}) and who allocates it
 * ({@link #allocatingParty(String)}): under the EPRD the tariff authority for a compte of R314-222 II 2°
 * (R314-234 4°), the gestionnaire for the others.
 *
 * <p>Amounts in the step lines are the movements' shares of the result (negative when they cover a
 * deficit), so in each column the mandatory and free lines add up to the result to allocate. Balance
 * lines show each account on its own side.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AllocationTable {
  /** The sections of the table, in order. */
  public enum Section implements Labelled {
    /** Result of the exercice, rejected expenses, result to allocate. */
    DETERMINATION,
    /** The steps the library applies (R314-234 1° a and 2°, R314-51 III first sentence). */
    MANDATORY,
    /** The choices taken from the proposal. */
    FREE,
    /** Reserve and report à nouveau balances before the allocation. */
    BALANCES_BEFORE,
    /** Reserve and report à nouveau balances after the allocation. */
    BALANCES_AFTER;

    /**
     * The label in French or English.
     *
     * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     * @return the label
     * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
     */
    @Override
    public String label(Locale locale) {
      return switch (this) {
        case DETERMINATION -> TraceLabels.pick(locale, "détermination du résultat", "determination of the result");
        case MANDATORY -> TraceLabels.pick(locale, "affectations obligatoires", "mandatory allocations");
        case FREE -> TraceLabels.pick(locale, "affectations libres", "free allocations");
        case BALANCES_BEFORE -> TraceLabels.pick(locale, "soldes avant affectation", "balances before allocation");
        case BALANCES_AFTER -> TraceLabels.pick(locale, "soldes après affectation", "balances after allocation");
      };
    }
  }

  /**
   * One line of the table: a label and an amount per compte de résultat.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Line {
    private final Section section;
    private final String label;
    private final Optional<ReserveAccount> account;
    private final Optional<LegalBasis> basis;
    private final Map<String, Amount> amounts;

    Line(Section section, String label, ReserveAccount account, LegalBasis basis, Map<String, Amount> amounts) {
      this.section = section;
      this.label = label;
      this.account = Optional.ofNullable(account);
      this.basis = Optional.ofNullable(basis);
      this.amounts = Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
    }

    /**
     * The section.
     *
     * @return the section
     */
    public Section section() {
      return section;
    }

    /**
     * The French label.
     *
     * @return the label
     */
    public String label() {
      return label;
    }

    /**
     * The reserve account of the line, if any.
     *
     * @return the account, or empty
     */
    public Optional<ReserveAccount> account() {
      return account;
    }

    /**
     * The article the line rests on, if any.
     *
     * @return the basis, or empty
     */
    public Optional<LegalBasis> basis() {
      return basis;
    }

    /**
     * The amount for each compte de résultat, in column order; zero where nothing applies.
     *
     * @return the amounts by compte id
     */
    public Map<String, Amount> amounts() {
      return amounts;
    }

    /**
     * The amount for one compte de résultat.
     *
     * @param compteId the compte's id
     * @return the amount, zero if the compte is not a column
     */
    public Amount amount(String compteId) {
      return amounts.getOrDefault(Objects.requireNonNull(compteId, "compteId"), Amount.ZERO);
    }

    /**
     * The sum over all comptes.
     *
     * @return the total
     */
    public Amount total() {
      return Amount.total(amounts.values());
    }

    @Override
    public boolean equals(Object obj) {
      if (!(obj instanceof Line)) {
        return false;
      }
      Line o = (Line) obj;
      return section == o.section && label.equals(o.label) && account.equals(o.account) && basis.equals(o.basis)
          && amounts.equals(o.amounts);
    }

    @Override
    public int hashCode() {
      return Objects.hash(section, label, account, basis, amounts);
    }

    @Override
    public String toString() {
      return section + " " + label + " " + amounts;
    }
  }

  private final List<CompteDeResultat> comptes;
  private final Map<String, AllocatingParty> parties;
  private final List<Line> lines;

  AllocationTable(List<CompteDeResultat> comptes, Map<String, AllocatingParty> parties, List<Line> lines) {
    this.comptes = List.copyOf(comptes);
    this.parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
    this.lines = List.copyOf(lines);
  }

  /**
   * Who allocates each column's compte, by compte id, in column order.
   *
   * @return the parties by compte id
   */
  public Map<String, AllocatingParty> allocatingParties() {
    return parties;
  }

  /**
   * Who allocates one column's compte.
   *
   * @param compteId the compte's id
   * @return the party
   * @throws IllegalArgumentException if the compte is not a column
   */
  public AllocatingParty allocatingParty(String compteId) {
    AllocatingParty p = parties.get(Objects.requireNonNull(compteId, "compteId"));
    if (p == null) {
      throw new IllegalArgumentException("no column for the compte de résultat " + compteId);
    }
    return p;
  }

  /**
   * What one column's compte covers (nature du compte de résultat).
   *
   * @param compteId the compte's id
   * @return the kind
   * @throws IllegalArgumentException if the compte is not a column
   */
  public CompteKind kind(String compteId) {
    Objects.requireNonNull(compteId, "compteId");
    return comptes.stream().filter(c -> c.id().equals(compteId)).findFirst().map(CompteDeResultat::kind)
        .orElseThrow(() -> new IllegalArgumentException("no column for the compte de résultat " + compteId));
  }

  /**
   * The columns: the comptes de résultat, in the order of the exercice's results.
   *
   * @return the comptes
   */
  public List<CompteDeResultat> comptes() {
    return comptes;
  }

  /**
   * All lines, section by section.
   *
   * @return the lines
   */
  public List<Line> lines() {
    return lines;
  }

  /**
   * The lines of one section.
   *
   * @param section the section
   * @return its lines, in order
   */
  public List<Line> lines(Section section) {
    Objects.requireNonNull(section, "section");
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      if (l.section() == section) {
        out.add(l);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The first line with a label, if any.
   *
   * @param label the label
   * @return the line, or empty
   */
  public Optional<Line> line(String label) {
    java.util.Objects.requireNonNull(label, "label");
    return lines.stream().filter(l -> l.label().equals(label)).findFirst();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AllocationTable && ((AllocationTable) obj).comptes.equals(comptes)
        && ((AllocationTable) obj).parties.equals(parties) && ((AllocationTable) obj).lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(comptes, parties, lines);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> sb.append(l).append('\n'));
    return sb.toString();
  }
}
