package org.cpom.result;

import org.cpom.contract.CompteKind;
import org.cpom.contract.ContractPeriod;
import java.time.Year;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.BudgetFramework;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResultAllocationClause;
import org.cpom.contract.SurplusDestination;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.referential.Gestionnaire;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A closed exercice to allocate: the contract's regime and clause, the gestionnaire, the results of each
 * compte de résultat, and the reserve ledger as it stands after the previous exercice (CASF R314-234,
 * R314-51).
 *
 * <p>The regime follows the contract (R314-1): under L313-12 IV ter and L313-12-2 the EPRD applies and
 * the gestionnaire allocates (R314-234); an L313-11 contract uses the EPRD if it chose it, otherwise the
 * traditional budget, where the authority allocates (R314-51 I) unless the clause lets the gestionnaire
 * do it (R314-43).
 *
 * <p>Who allocates is decided per compte de résultat ({@link #allocatingParty(CompteDeResultat)}): under
 * the EPRD the tariff authority allocates the comptes of R314-222 II 2° (an ESMS outside the perimeter of
 * the contract or tariffed by the préfet, R314-234 4°), and the gestionnaire all the others, including an
 * ESAT commercial budget and an activity of R314-74. Under the traditional budget the contract's party
 * (R314-43 or R314-51 I) allocates its own comptes, and the authority a compte outside its perimeter (R314-51
 * I). The clause is the contract's: it binds only the comptes it reaches ({@link
 * #clauseApplies(CompteDeResultat)}), not those R314-234 4° gives to the authority nor, under the traditional
 * budget, a compte outside the perimeter.
 *
 * <p>The contract supplies the facts: {@link Builder#contract(Cpom)} takes the basis, the budget framework,
 * the clause and the gestionnaire from the {@link Cpom}, which has already checked them against each other
 * (an IV ter or L313-12-2 contract is under the EPRD, an EPRD clause names the gestionnaire). Checked at
 * construction: the clause imposes shares only on destinations of the regime (R314-234 1° or R314-51 II) and
 * keeps at least one of them; at least one result, one per compte; the ledger ends on the exercice before
 * this one; the BFR comes either from one bilan per compte or from one bilan for the whole perimeter.
 *
 * <p>Build one with {@link #builder()}:
 *
 * <pre>{@code
 * ClosedExercice exercice = ClosedExercice.builder().contract(cpom).exercice(Year.of(2024))
 *     .ledger(ReserveLedger.empty(Year.of(2023)))
 *     .addResults(ClosingResult.of(ime, Amount.of("18500.00")))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: the exercice is 1583 to 9999, and its results, rejected expenses and reserve balances, each counted
 * eight times, total at most {@code Long.MAX_VALUE} cents ({@link org.cpom.Convention#ENGINE_BOUNDS}: every sum an allocation makes is then
 * exact).
 */
@Value.Immutable
public abstract class ClosedExercice {
  /** How many times an allocation may use one amount of the exercice: see {@link #checkAmounts()}. */
  static final int AMOUNT_USES = 8;

  ClosedExercice() {}

  /**
   * A builder; give it the contract, the exercice, the ledger and the results.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableClosedExercice.builder();
  }

  /**
   * Builds a {@link ClosedExercice} from its contract: the contract supplies the basis, the budget framework,
   * the result-allocation clause and the gestionnaire ({@link #contract(Cpom)}); the caller gives the
   * exercice, the ledger, the results and, optionally, a bilan for the whole perimeter. {@code build()}
   * validates the whole value; without a contract it throws a {@link org.cpom.MissingAttributeException}
   * naming {@code closedExercice.basis}, {@code closedExercice.clause} and {@code closedExercice.gestionnaire}.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Takes the facts of the exercice from its contract: {@link Cpom#basis()}, {@link Cpom#budgetFramework()},
     * {@link Cpom#gestionnaire()} and {@link Cpom#resultAllocationClause()}. A contract without a
     * result-allocation clause leaves the law's allocation: the gestionnaire allocates under the EPRD
     * (R314-234), the tariff authority under the traditional budget (R314-51 I), every destination of the
     * regime, no imposed share, no fungibility. The contract is read as given: for the clauses in force on a
     * date after avenants, give {@link Cpom#asOf(java.time.LocalDate) cpom.asOf(date)}.
     *
     * @param contract the CPOM the comptes de résultat belong to
     * @return this builder
     */
    public final Builder contract(Cpom contract) {
      Objects.requireNonNull(contract, "contract");
      BudgetFramework framework = contract.budgetFramework();
      basis(contract.basis());
      framework(framework);
      gestionnaire(contract.gestionnaire());
      contractPeriod(contract.period());
      clause(contract.resultAllocationClause().orElseGet(() -> ResultAllocationClause.builder()
          .allocatingParty(framework == BudgetFramework.EPRD ? AllocatingParty.GESTIONNAIRE
              : AllocatingParty.AUTORITE_DE_TARIFICATION)
          .build()));
      return this;
    }

    /**
     * Starts from the facts of another exercice: its contract's facts, exercice, ledger, results and bilan.
     *
     * @param exercice the exercice to copy
     * @return this builder
     */
    public abstract Builder from(ClosedExercice exercice);

    // The facts one by one stay package-private: the tests of this package state them without a Cpom to walk
    // every regime, basis and gestionnaire; users get them from the contract only (contract(Cpom)).
    abstract Builder basis(CpomBasis basis);

    abstract Builder framework(BudgetFramework framework);

    abstract Builder clause(ResultAllocationClause clause);

    abstract Builder gestionnaire(Gestionnaire gestionnaire);

    abstract Builder contractPeriod(ContractPeriod period);

    /**
     * Sets the exercice whose results are allocated.
     *
     * @param exercice the exercice
     * @return this builder
     */
    public abstract Builder exercice(Year exercice);

    /**
     * Sets the reserve ledger as it stands after the allocation of the previous exercice.
     *
     * @param ledger the ledger, ending on the exercice before this one
     * @return this builder
     */
    public abstract Builder ledger(ReserveLedger ledger);

    /**
     * Adds the result of one compte de résultat, after those already added.
     *
     * @param result the result
     * @return this builder
     */
    public abstract Builder addResults(ClosingResult result);

    /**
     * Adds the results of several comptes de résultat, in the order of the table.
     *
     * @param first the first result
     * @param more the results after it
     * @return this builder
     */
    public final Builder addResults(ClosingResult first, ClosingResult... more) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(more, "more");
      for (ClosingResult r : more) {
        Objects.requireNonNull(r, "more element");
      }
      addResults(first);
      for (ClosingResult r : more) {
        addResults(r);
      }
      return this;
    }

    /**
     * Adds the results of comptes de résultat, in the order of the table.
     *
     * @param results the results
     * @return this builder
     */
    public abstract Builder addAllResults(Iterable<? extends ClosingResult> results);

    /**
     * Replaces the results of the comptes de résultat, in the order of the table.
     *
     * @param results the results
     * @return this builder
     */
    public abstract Builder results(Iterable<? extends ClosingResult> results);

    /**
     * Sets the bilan financier of the whole perimeter (see {@link ClosedExercice#bilan()}).
     *
     * @param bilan the bilan
     * @return this builder
     */
    public abstract Builder bilan(BilanFinancier bilan);

    /**
     * Builds and validates the exercice.
     *
     * @return the exercice
     * @throws org.cpom.CpomValidationException if an attribute is missing or the value breaks a rule of
     *     {@link ClosedExercice}
     */
    public abstract ClosedExercice build();
  }

  /**
   * The exercice whose results are allocated (the allocation itself is made the year after).
   *
   * @return the exercice
   */
  public abstract Year exercice();

  /**
   * The article the contract is signed under.
   *
   * @return the basis
   */
  public abstract CpomBasis basis();

  /**
   * The budget framework, which decides the allocation regime: the contract's ({@link Cpom#budgetFramework()}),
   * by default the EPRD when the basis requires it and the traditional budget otherwise.
   *
   * @return EPRD or traditional
   */
  @Value.Default
  public BudgetFramework framework() {
    return basis().requiresEprd() ? BudgetFramework.EPRD : BudgetFramework.TRADITIONAL;
  }

  /**
   * The contract's result-allocation clause.
   *
   * @return the clause
   */
  public abstract ResultAllocationClause clause();

  /**
   * The gestionnaire; its legal status decides whether fungibility may apply (R314-235).
   *
   * @return the gestionnaire
   */
  public abstract Gestionnaire gestionnaire();

  /** The period of the contract the exercice was built from, when it was ({@link Builder#contract(Cpom)}). */
  @Value.Auxiliary
  abstract Optional<ContractPeriod> contractPeriod();

  /**
   * The reserve ledger after the allocation of the previous exercice.
   *
   * @return the ledger
   */
  public abstract ReserveLedger ledger();

  /**
   * The result of each compte de résultat, at least one, one per compte.
   *
   * @return the results, in the order of the table
   */
  public abstract List<ClosingResult> results();

  /**
   * The bilan financier of the whole perimeter, when the BFR is known for it rather than per compte: the
   * réserve de trésorerie of all comptes together is then capped by its BFR.
   *
   * @return the bilan, or empty
   */
  public abstract Optional<BilanFinancier> bilan();

  /**
   * Who allocates the comptes de résultat of the contract ({@link CompteKind#IN_CPOM}): the gestionnaire
   * under the EPRD (R314-234); under the traditional budget, whoever the clause names (R314-43 or
   * R314-51 I). A compte of another kind may have another party: see
   * {@link #allocatingParty(CompteDeResultat)}.
   *
   * @return the allocating party of the contract's comptes
   */
  public AllocatingParty allocatingParty() {
    return framework() == BudgetFramework.EPRD ? AllocatingParty.GESTIONNAIRE : clause().allocatingParty();
  }

  /**
   * The article that designates {@link #allocatingParty()}: R314-234, R314-43 or R314-51 I.
   *
   * @return the basis
   */
  public LegalBasis allocatingPartyBasis() {
    if (framework() == BudgetFramework.EPRD) {
      return Articles.R314_234;
    }
    return LegalBasis.casf(allocatingParty() == AllocatingParty.GESTIONNAIRE ? "R314-43" : "R314-51 I");
  }

  /**
   * Who allocates one compte de résultat. Under the EPRD: the tariff authority for a compte of R314-222 II
   * 2° (outside the perimeter, or tariffed by the préfet; R314-234 4°), the gestionnaire for the others
   * (R314-234). Under the traditional budget: {@link #allocatingParty()} for the contract's comptes, the
   * tariff authority for a compte outside its perimeter (R314-51 I; {@link #clauseApplies(CompteDeResultat)}).
   *
   * @param compte a compte de résultat
   * @return its allocating party
   */
  public AllocatingParty allocatingParty(CompteDeResultat compte) {
    return clauseApplies(compte) ? allocatingParty() : AllocatingParty.AUTORITE_DE_TARIFICATION;
  }

  /**
   * Whether the contract's clause reaches a compte de résultat: who allocates it, and the destinations and
   * shares it imposes. Under the EPRD not for a compte of R314-222 II 2° (outside the perimeter or tariffed by
   * the préfet), which R314-234 4° gives to the tariff authority. Under the traditional budget not for a compte
   * {@link CompteKind#OUTSIDE_CPOM_PERIMETER}: R314-43 lets the contract give the allocation to
   * « l'établissement ou le service » whose tariff it sets (R314-42 I), so an ESMS outside the contract stays
   * under R314-51 I, the authority allocating its result.
   *
   * @param compte a compte de résultat
   * @return true if the clause applies to it
   */
  public boolean clauseApplies(CompteDeResultat compte) {
    Objects.requireNonNull(compte, "compte");
    if (framework() == BudgetFramework.EPRD) {
      return !compte.kind().allocatedByAuthorityUnderEprd();
    }
    return compte.kind() != CompteKind.OUTSIDE_CPOM_PERIMETER;
  }

  /**
   * The article that designates the allocating party of one compte: R314-234 4° for a compte the authority
   * allocates under the EPRD, R314-51 I for a compte outside the perimeter under the traditional budget,
   * otherwise {@link #allocatingPartyBasis()}.
   *
   * @param compte a compte de résultat
   * @return the basis
   */
  public LegalBasis allocatingPartyBasis(CompteDeResultat compte) {
    if (clauseApplies(compte)) {
      return allocatingPartyBasis();
    }
    return LegalBasis.casf(framework() == BudgetFramework.EPRD ? "R314-234 4°" : "R314-51 I");
  }

  /**
   * The allocating party of each compte de résultat, by id, in the order of the results.
   *
   * @return the parties by compte id
   */
  public Map<String, AllocatingParty> allocatingParties() {
    Map<String, AllocatingParty> m = new LinkedHashMap<>();
    results().forEach(r -> m.put(r.compte().id(), allocatingParty(r.compte())));
    return Collections.unmodifiableMap(m);
  }

  /**
   * Whether results may move between comptes de résultat: EPRD, private gestionnaire, and a clause that
   * allows it (R314-235).
   *
   * @return true if transfers are allowed
   */
  public boolean allowsFungibility() {
    return framework() == BudgetFramework.EPRD && gestionnaire().status().isPrivate()
        && clause().allowsFungibility();
  }

  @Value.Check
  void check() {
    EngineBounds.year(exercice(), "exercice.exercice");
    // an exercice allocated under a contract is one of its years: the results of a year before it, or after it,
    // are allocated under the contract (or the regime) of that year
    contractPeriod().ifPresent(p -> Checks.check(
        exercice().getValue() >= p.startDate().getYear() && exercice().getValue() <= p.endDate().getYear(),
        "exercice.exercice", exercice(), LegalBasis.convention(Convention.CONTRACT_PERIOD),
        "outside the years of the contract " + p));
    checkAmounts();
    // the basis, framework, clause and gestionnaire come from a Cpom, which already holds an IV ter or L313-12-2
    // contract to the EPRD (R314-1) and an EPRD clause to the gestionnaire (R314-234): not checked again here
    // the clause may narrow the regime's destinations, not add to them: a share the regime cannot meet, or
    // a clause keeping none of the regime's destinations, would make every proposal fail
    LegalBasis regime = LegalBasis.casf(framework() == BudgetFramework.EPRD ? "R314-234 1°" : "R314-51 II");
    for (SurplusDestination d : clause().minimumShares().keySet()) {
      Checks.check(d.isAllowedUnder(framework()), "clause.minimumShares." + d, clause().minimumShares().get(d),
          regime, "a share is imposed on " + d + ", which is not a surplus destination under the " + framework()
              + " regime");
    }
    Checks.check(clause().allowedDestinations().stream().anyMatch(d -> d.isAllowedUnder(framework())),
        "clause.allowedDestinations", clause().allowedDestinations(), regime,
        "the clause keeps no surplus destination of the " + framework() + " regime");
    Checks.check(!results().isEmpty(), "exercice.results", "[]", LegalBasis.convention(Convention.EXERCICE_COMPTES), "at least one compte de résultat");
    Set<String> ids = new HashSet<>();
    for (ClosingResult r : results()) {
      String id = EngineBounds.shown(r.compte().id());
      Checks.check(ids.add(r.compte().id()), "exercice.results", id, LegalBasis.convention(Convention.EXERCICE_COMPTES),
          "one result per compte de résultat");
      Checks.check(bilan().isEmpty() || r.bilan().isEmpty(), "results[" + id + "].bilan", "present",
          Articles.R314_48_III, "give one bilan per compte or one for the perimeter, not both");
    }
    Checks.check(ledger().latestExercice().equals(exercice().minusYears(1)), "exercice.ledger",
        ledger().latestExercice(), LegalBasis.convention(Convention.RESERVE_CARRY),
        "the ledger must end on the exercice before " + exercice());
  }

  /**
   * Every movement, balance and table total of an allocation is a sum of the results, the rejected
   * expenses and the reserve balances, each used at most {@value #AMOUNT_USES} times: bounded so, they are
   * exact ({@link org.cpom.Convention#ENGINE_BOUNDS}).
   */
  private void checkAmounts() {
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal(AMOUNT_USES + " times the amounts of an exercice");
    for (ClosingResult r : results()) {
      String id = EngineBounds.shown(r.compte().id());
      total.add(r.result().cents(), AMOUNT_USES, () -> "results[" + id + "].result");
      total.add(r.rejectedExpenses().cents(), AMOUNT_USES, () -> "results[" + id + "].rejectedExpenses");
    }
    for (String compte : ledger().comptes()) {
      ledger().balances(compte).toMap().forEach((account, balance) -> total.add(balance.cents(), AMOUNT_USES,
          () -> "exercice.ledger[" + EngineBounds.shown(compte) + "]." + account));
    }
  }
}
