package org.cpom.result;

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
 * <p>Checked at construction: an IV ter or L313-12-2 contract is under the EPRD; an EPRD clause does not
 * name the authority; the clause imposes shares only on destinations of the regime (R314-234 1° or
 * R314-51 II) and keeps at least one of them; at least one result, one per compte; the ledger ends on the
 * exercice before this one; the BFR comes either from one bilan per compte or from one bilan for the whole
 * perimeter.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 *
 * <p>Bounds: the exercice is 1583 to 9999, and its results, rejected expenses and reserve balances, each counted
 * eight times, total at most {@code Long.MAX_VALUE} cents (cpom convention: every sum an allocation makes is then
 * exact).
 */
@Value.Immutable
public abstract class ClosedExercice {
  /** How many times an allocation may use one amount of the exercice: see {@link #checkAmounts()}. */
  static final int AMOUNT_USES = 8;

  ClosedExercice() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClosedExercice}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableClosedExercice.Builder {
    Builder() {}
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
   * The budget framework, which decides the allocation regime.
   *
   * @return EPRD or traditional
   */
  public abstract BudgetFramework framework();

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
    checkAmounts();
    Checks.check(!basis().requiresEprd() || framework() == BudgetFramework.EPRD, "exercice.framework", framework(),
        LegalBasis.casf(basis().legalBasis().article().orElseThrow() + ", R314-1"), "a contract under " + basis().legalBasis()
            + " uses the EPRD");
    Checks.check(framework() != BudgetFramework.EPRD
            || clause().allocatingParty() == AllocatingParty.GESTIONNAIRE, "clause.allocatingParty",
        clause().allocatingParty(), Articles.R314_234, "under the EPRD the gestionnaire allocates the results of the "
            + "contract's comptes; a compte the authority allocates (R314-234 4°: outside the perimeter or tariffed by "
            + "the préfet) is marked by its CompteDeResultat.kind, not by the clause");
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
   * exact (cpom convention).
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
