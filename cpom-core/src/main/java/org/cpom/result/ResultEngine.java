package org.cpom.result;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cpom.CpomValidationException;
import org.cpom.Violation;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.BudgetFramework;
import org.cpom.contract.CompteKind;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;

/**
 * The entry point of the allocation of results (affectation des résultats, R314-234 and R314-51): applies the
 * mandatory steps, checks the free part proposed, and produces the decision and the new reserve ledger.
 *
 * <p><b>EPRD</b> (R314-234, contracts under L313-12 IV ter, L313-12-2, or L313-11 with the EPRD): the
 * gestionnaire allocates. A surplus first clears the compte's report à nouveau débiteur (119); the rest
 * goes, as proposed, to 110, 10682, 10686, 10685 (capped by the BFR, R314-48 III) or 10687. A deficit is
 * covered by the report à nouveau créditeur (110), then the réserve de compensation (10686), and the rest
 * becomes a report à nouveau débiteur (119). Results stay in their compte (3°) unless the contract of a
 * private gestionnaire allows transfers (R314-235): a transfer covers part of another compte's deficit,
 * which then follows the same order for the rest. No compte may end holding both 110 and 119.
 *
 * <p>Under the EPRD the tariff authority, not the gestionnaire, allocates the comptes of R314-222 II 2° (an
 * ESMS outside the perimeter of the contract or tariffed by the préfet): R314-234 4° applies the same 1° to
 * 3° to them, so each of their movements cites "R314-234 4°". The contract's clause does not bind them, and
 * they take no part in transfers; neither does an ESAT commercial budget (R344-9 to R344-11), and the deficit
 * of an activity of R314-74 is never covered by another compte. See {@link CompteKind}.
 *
 * <p><b>Traditional budget</b> (R314-51 to R314-53): the authority allocates, or the gestionnaire if the
 * contract applies R314-43. The result is first corrected by the rejected expenses (R314-52, 1141); a
 * surplus goes, as proposed, to the six destinations of R314-51 II; a deficit draws on the réserve de
 * compensation first, and the rest is charged to the exercice after the one closed or the next, or spread
 * over at most three consecutive exercices (III).
 *
 * <p>In both regimes an EHPAD under L342-1 sends no soins or dépendance surplus to 10682, 10685 or 10687
 * (traditional budget: R314-104, which keeps R314-51 II 1°, 3° and 4°);
 * the contract may narrow the destinations and impose minimum shares; a take-back of the réserve de
 * trésorerie moves it to investment (R314-48 II and IV), on the evidence of the three exercices ending on the
 * one allocated.
 *
 * <p>The functions take the exercice first and the proposal after it: {@link #mandatorySteps(ClosedExercice)}
 * shows what the law does before any choice, {@link #validate(ClosedExercice, AllocationProposal)} lists what
 * a proposal breaks, and {@link #allocate(ClosedExercice, AllocationProposal)} computes the
 * {@link AllocationDecision}; {@link #treasuryTakeBackCap(List)} bounds a take-back of the réserve de
 * trésorerie from the reserve and BFR of three exercices.
 *
 * <p>Every function is pure: the inputs are immutable and never changed. This class is thread-safe.
 */
public final class ResultEngine {
  private ResultEngine() {}

  /**
   * The mandatory steps of each compte de résultat, and what they leave to the proposal.
   *
   * @param exercice the closed exercice
   * @return one entry per compte, in the order of the results
   * @throws org.cpom.CpomValidationException naming the input if the amounts of the exercice, each counted
   *     eight times, total more than {@code Long.MAX_VALUE} cents ({@link org.cpom.Convention#ENGINE_BOUNDS}: the bound of exact sums)
   */
  public static List<MandatorySteps> mandatorySteps(ClosedExercice exercice) {
    Objects.requireNonNull(exercice, "exercice");
    AllocationProposal none = AllocationProposal.builder().build();
    bounded(exercice, none);
    List<MandatorySteps> out = new ArrayList<>();
    for (AllocationPass.State s : AllocationPass.run(exercice, none).states().values()) {
      List<Movement> mandatory = new ArrayList<>(s.mandatory);
      mandatory.addAll(s.deficitSteps);
      out.add(ImmutableMandatorySteps.builder()
          .compte(s.closing.compte())
          .resultToAllocate(exercice.framework() == BudgetFramework.EPRD ? s.closing.result()
              : s.closing.resultToAllocate())
          .movements(mandatory)
          .freeSurplus(s.freeSurplus)
          .deficitToCharge(s.deficitToCharge)
          .build());
    }
    return List.copyOf(out);
  }

  /**
   * Checks a proposal against the regime, the contract's clause and the reserve ledger, and returns every
   * violation, each with the article or clause it breaks; an empty list means the proposal can be applied.
   *
   * @param exercice the closed exercice
   * @param proposal the proposal
   * @return the violations, in the order of the checks
   * @throws org.cpom.CpomValidationException naming the input if the amounts of the exercice and the
   *     proposal, each counted eight times, total more than {@code Long.MAX_VALUE} cents ({@link org.cpom.Convention#ENGINE_BOUNDS})
   */
  public static List<Violation> validate(ClosedExercice exercice, AllocationProposal proposal) {
    Objects.requireNonNull(exercice, "exercice");
    Objects.requireNonNull(proposal, "proposal");
    bounded(exercice, proposal);
    return AllocationPass.run(exercice, proposal).violations();
  }

  /**
   * Allocates the results: applies the mandatory steps and the proposal, and returns the decision with the
   * new ledger.
   *
   * @param exercice the closed exercice
   * @param proposal the proposal
   * @return the decision
   * @throws AllocationRejectedException with every violation, if there is any; nothing is changed
   * @throws org.cpom.CpomValidationException naming the input if the amounts of the exercice and the
   *     proposal, each counted eight times, total more than {@code Long.MAX_VALUE} cents ({@link org.cpom.Convention#ENGINE_BOUNDS})
   */
  public static AllocationDecision allocate(ClosedExercice exercice, AllocationProposal proposal) {
    Objects.requireNonNull(exercice, "exercice");
    Objects.requireNonNull(proposal, "proposal");
    bounded(exercice, proposal);
    AllocationPass pass = AllocationPass.run(exercice, proposal);
    List<Violation> violations = pass.violations();
    if (!violations.isEmpty()) {
      throw new AllocationRejectedException(violations);
    }
    List<Movement> movements = new ArrayList<>();
    Map<String, ReserveBalances> after = new LinkedHashMap<>();
    for (AllocationPass.State s : pass.states().values()) {
      movements.addAll(s.movements());
      after.put(s.id(), ReserveBalances.of(s.balances));
    }
    return ImmutableAllocationDecision.builder()
        .exercice(exercice.exercice())
        .framework(exercice.framework())
        .allocatingParty(exercice.allocatingParty())
        .allocatingParties(exercice.allocatingParties())
        .movements(movements)
        .ledger(exercice.ledger().plus(exercice.exercice(), after))
        .table(AllocationTableLayout.layOut(pass, after, exercice.allocatingParties()))
        .build();
  }

  /**
   * The largest amount of réserve de trésorerie that may be taken back to fund investment (R314-48 II): the
   * largest reserve-minus-BFR gap of the three most recent exercices given, if they are consecutive and the
   * reserve covered the BFR in each; zero otherwise (fewer than three exercices, a gap in the years, or a
   * year the reserve fell short). The authority must still agree.
   *
   * <p>Example: reserves 500,000 / 520,000 / 540,000 and BFR 420,000 / 450,000 / 480,000 give gaps
   * 80,000 / 70,000 / 60,000 and a cap of 80,000.
   *
   * @param coverage the reserve and BFR by exercice, each exercice once
   * @return the cap, zero or more
   * @throws CpomValidationException if an exercice is given twice
   */
  public static Amount treasuryTakeBackCap(List<TreasuryCoverage> coverage) {
    Checks.noNulls(coverage, "coverage");
    Set<Year> seen = new HashSet<>();
    for (TreasuryCoverage c : coverage) {
      Checks.check(seen.add(c.exercice()), "coverage", c.exercice(), Articles.R314_48_II, "an exercice is given twice");
    }
    if (coverage.size() < 3) {
      return Amount.ZERO;
    }
    List<TreasuryCoverage> sorted = new ArrayList<>(coverage);
    sorted.sort(Comparator.comparing(TreasuryCoverage::exercice));
    List<TreasuryCoverage> last = sorted.subList(sorted.size() - 3, sorted.size());
    if (last.get(2).exercice().getValue() - last.get(0).exercice().getValue() != 2) {
      return Amount.ZERO;
    }
    Amount cap = Amount.ZERO;
    for (TreasuryCoverage c : last) {
      if (!c.covers()) {
        return Amount.ZERO;
      }
      cap = cap.max(c.gap());
    }
    return cap;
  }

  /**
   * The reports à nouveau and reserves weighed at the renewal of a CPOM under L313-12 IV ter or L313-12-2
   * (réserves au renouvellement, CASF R314-43-3): every credit balance the ledger holds after the allocation of
   * {@code referenceEnd}, split by the origin of its money. The parts built from tariff revenue or public subsidies
   * make the base; those built from the gestionnaire's own revenue are excluded and shown. A part of a balance
   * {@code origins} does not attribute counts as tariff revenue ({@link org.cpom.Convention#RENEWAL_RESERVE_ORIGIN});
   * debit balances are not netted. The reference period is the caller's (R314-43-5 not read,
   * {@link org.cpom.Convention#RENEWAL_REFERENCE_PERIOD}).
   *
   * <p>Example: a compte with 500,000.00 in 10686, of which 100,000.00 stated as built from the gestionnaire's own
   * revenue, and 50,000.00 in 110: base 450,000.00, excluded 100,000.00.
   *
   * @param ledger the reserves ledger
   * @param referenceStart the first exercice of the reference period
   * @param referenceEnd its last exercice, which the ledger holds
   * @param origins the parts of balances whose origin is stated, each on a compte the ledger knows and an account
   *     with a balance; the parts of one balance total at most that balance
   * @return the base with its split and trace
   * @throws CpomValidationException naming the field: a period the wrong way round or not in the ledger, an unknown
   *     compte, an account without a balance, parts above the balance
   */
  public static ReservesAuRenouvellement reservesAuRenouvellement(ReserveLedger ledger, Year referenceStart,
      Year referenceEnd, List<OrigineDeReserve> origins) {
    return RenewalReserves.weigh(ledger, referenceStart, referenceEnd, origins);
  }

  /**
   * Rejects, naming the input, an exercice and a proposal whose amounts, each counted
   * {@value ClosedExercice#AMOUNT_USES} times, total more than {@code Long.MAX_VALUE} cents: under that bound
   * every sum the engine makes is exact ({@link org.cpom.Convention#ENGINE_BOUNDS}).
   */
  private static void bounded(ClosedExercice exercice, AllocationProposal proposal) {
    int uses = ClosedExercice.AMOUNT_USES;
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal(uses + " times the amounts of an exercice and its proposal");
    for (ClosingResult r : exercice.results()) {
      String id = EngineBounds.shown(r.compte().id());
      total.add(r.result().cents(), uses, () -> "results[" + id + "].result");
      total.add(r.rejectedExpenses().cents(), uses, () -> "results[" + id + "].rejectedExpenses");
    }
    for (String compte : exercice.ledger().comptes()) {
      exercice.ledger().balances(compte).toMap().forEach((account, balance) -> total.add(balance.cents(), uses,
          () -> "exercice.ledger[" + EngineBounds.shown(compte) + "]." + account));
    }
    for (int i = 0; i < proposal.surplusLines().size(); i++) {
      int k = i;
      total.add(proposal.surplusLines().get(i).amount().cents(), uses, () -> "proposal.surplusLines[" + k + "].amount");
    }
    for (int i = 0; i < proposal.transfers().size(); i++) {
      int k = i;
      total.add(proposal.transfers().get(i).amount().cents(), uses, () -> "proposal.transfers[" + k + "].amount");
    }
    for (int i = 0; i < proposal.deficitCharges().size(); i++) {
      int k = i;
      total.add(proposal.deficitCharges().get(i).amount().cents(), uses, () -> "proposal.deficitCharges[" + k + "].amount");
    }
    for (int i = 0; i < proposal.treasuryTakeBacks().size(); i++) {
      int k = i;
      total.add(proposal.treasuryTakeBacks().get(i).amount().cents(), uses, () -> "proposal.treasuryTakeBacks[" + k + "].amount");
    }
  }
}
