package org.cpom.result;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cpom.Violation;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.BudgetFramework;
import org.cpom.contract.CompteKind;
import org.cpom.contract.ResultAllocationClause;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The allocation worked out in one pass: the mandatory steps, the proposal's free part, and every
 * violation. Used by {@link ResultEngine}; never exposed.
 */
final class AllocationPass {
  static final LegalBasis R314_234_1A = LegalBasis.casf("R314-234 1° a");
  static final LegalBasis R314_234_1 = LegalBasis.casf("R314-234 1°");
  static final LegalBasis R314_234_2A = LegalBasis.casf("R314-234 2° a");
  static final LegalBasis R314_234_2B = LegalBasis.casf("R314-234 2° b");
  static final LegalBasis R314_234_2C = LegalBasis.casf("R314-234 2° c");
  static final LegalBasis R314_234_2 = LegalBasis.casf("R314-234 2°");
  static final LegalBasis R314_234_3 = LegalBasis.casf("R314-234 3°");
  static final LegalBasis R314_234_ONE_YEAR = LegalBasis.casf("R314-234")
      .withNote("one year of allocation: 110 and 119 never together");
  static final LegalBasis R314_235 = LegalBasis.casf("R314-235");
  static final LegalBasis R314_234_4 = LegalBasis.casf("R314-234 4°", "R314-222 II 2°");
  static final LegalBasis R344_COMMERCIAL = LegalBasis.casf("R344-10", "R344-11");
  static final LegalBasis R314_74 = LegalBasis.casf("R314-74");
  static final LegalBasis R314_236 = LegalBasis.casf("R314-236");
  static final LegalBasis R314_48_IV = LegalBasis.casf("R314-48 IV");
  static final LegalBasis R314_51_II = LegalBasis.casf("R314-51 II");
  static final LegalBasis R314_51_IV = LegalBasis.casf("R314-51 IV");
  static final LegalBasis L342_1 = LegalBasis.casf("L342-1").withNote("EHPAD soins and dépendance sections");
  static final LegalBasis R314_104 = LegalBasis.casf("R314-104");
  static final LegalBasis KNOWN_COMPTE =
      LegalBasis.convention(Convention.EXERCICE_COMPTES);

  /** Destinations closed to the soins and dépendance surpluses of an EHPAD under L342-1. */
  static final Set<SurplusDestination> CLOSED_TO_L342_1 = EnumSet.of(SurplusDestination.INVESTISSEMENT,
      SurplusDestination.RESERVE_DE_TRESORERIE, SurplusDestination.RESERVE_AMORTISSEMENTS);

  /** The working state of one compte de résultat. */
  static final class State {
    final ClosingResult closing;
    final ReserveBalances before;
    final EnumMap<ReserveAccount, Amount> balances;
    final List<Movement> mandatory = new ArrayList<>();
    final List<Movement> incoming = new ArrayList<>();
    final List<Movement> deficitSteps = new ArrayList<>();
    final List<Movement> free = new ArrayList<>();
    Amount freeSurplus = Amount.ZERO;
    Amount deficitToCharge = Amount.ZERO;
    Amount proposedOut = Amount.ZERO;
    Amount transfersIn = Amount.ZERO;
    Amount charged = Amount.ZERO;
    Amount takenBack = Amount.ZERO;
    final Map<SurplusDestination, Amount> byDestination = new EnumMap<>(SurplusDestination.class);

    /** Under the EPRD, whether the tariff authority allocates this compte (R314-234 4°). */
    final boolean byAuthority;

    /** Whether the contract's clause reaches this compte ({@link ClosedExercice#clauseApplies(CompteDeResultat)}). */
    final boolean bound;

    State(ClosingResult closing, ReserveBalances before, boolean eprd, boolean bound) {
      this.closing = closing;
      this.before = before;
      this.balances = before.copy();
      this.byAuthority = eprd && closing.compte().kind().allocatedByAuthorityUnderEprd();
      this.bound = bound;
    }

    CompteKind kind() {
      return closing.compte().kind();
    }

    /**
     * The basis of a step of R314-234 on this compte: for a compte the authority allocates, the step is read
     * through 4°, which applies 1° to 3° to it ("R314-234 1° a" becomes "R314-234 4° (1° a)").
     */
    LegalBasis step(LegalBasis basis) {
      String paragraph = "R314-234 ";
      if (!byAuthority || !basis.source().equals(Optional.of("CASF")) || basis.articles().size() != 1
          || !basis.article().orElseThrow().startsWith(paragraph) || basis.note().isPresent()
          || basis.through().isPresent()) {
        return basis;
      }
      LegalBasis through4 = LegalBasis.casf("R314-234 4°")
          .withNote(basis.article().orElseThrow().substring(paragraph.length()));
      return basis.convention().map(through4::readWith).orElse(through4);
    }

    String id() {
      return closing.compte().id();
    }

    Amount balance(ReserveAccount account) {
      return balances.getOrDefault(account, Amount.ZERO);
    }

    List<Movement> movements() {
      List<Movement> all = new ArrayList<>(mandatory);
      all.addAll(incoming);
      all.addAll(deficitSteps);
      all.addAll(free);
      return all;
    }
  }

  private final ClosedExercice exercice;
  private final AllocationProposal proposal;
  private final boolean eprd;
  private final ResultAllocationClause clause;
  private final Map<String, State> states = new LinkedHashMap<>();
  private final List<Violation> violations = new ArrayList<>();

  private AllocationPass(ClosedExercice exercice, AllocationProposal proposal) {
    this.exercice = exercice;
    this.proposal = proposal;
    this.eprd = exercice.framework() == BudgetFramework.EPRD;
    this.clause = exercice.clause();
    for (ClosingResult r : exercice.results()) {
      states.put(r.compte().id(), new State(r, exercice.ledger().balances(r.compte().id()), eprd,
          exercice.clauseApplies(r.compte())));
    }
  }

  static AllocationPass run(ClosedExercice exercice, AllocationProposal proposal) {
    AllocationPass engine = new AllocationPass(exercice, proposal);
    engine.checkParty();
    engine.firstSteps();
    engine.transfers();
    engine.deficitSteps();
    engine.surplusLines();
    engine.sums();
    engine.deficitCharges();
    engine.takeBacks();
    engine.treasuryCap();
    engine.reportsANouveau();
    return engine;
  }

  List<Violation> violations() {
    return List.copyOf(violations);
  }

  Map<String, State> states() {
    return states;
  }

  // ----------------------------------------------------------------------------------------------------

  /**
   * Each compte is decided by its own party. The comptes left to {@code proposedBy} that it may not decide are
   * reported together, one violation per article, so that a proposal by the wrong party reads as one error.
   */
  private void checkParty() {
    Map<LegalBasis, List<String>> wrong = new LinkedHashMap<>();
    Map<LegalBasis, AllocatingParty> expected = new LinkedHashMap<>();
    AllocatingParty proposer = proposal.proposedBy().orElse(exercice.allocatingParty());
    for (State s : states.values()) {
      CompteDeResultat c = s.closing.compte();
      AllocatingParty party = exercice.allocatingParty(c);
      if (proposal.decidedBy().containsKey(s.id()) || proposer == party) {
        continue;
      }
      LegalBasis basis = exercice.allocatingPartyBasis(c);
      wrong.computeIfAbsent(basis, k -> new ArrayList<>()).add(s.id());
      expected.putIfAbsent(basis, party);
    }
    wrong.forEach((basis, ids) -> violate("proposedBy", basis, "the allocation of " + String.join(", ", ids)
        + " is decided by " + expected.get(basis) + ", not " + proposer));
    for (Map.Entry<String, AllocatingParty> e : proposal.decidedBy().entrySet()) {
      State s = known(e.getKey(), "decidedBy[" + e.getKey() + "]");
      if (s == null) {
        continue;
      }
      AllocatingParty party = exercice.allocatingParty(s.closing.compte());
      if (e.getValue() != party) {
        violate("decidedBy[" + s.id() + "]", exercice.allocatingPartyBasis(s.closing.compte()), "the allocation of "
            + s.id() + " is decided by " + party + ", not " + e.getValue());
      }
    }
  }

  /**
   * The clause binds the comptes it reaches: under the EPRD not those of R314-234 4°, under the traditional
   * budget not a compte outside the perimeter (R314-43 reaches the ESMS whose tariff the contract sets).
   */
  private boolean clauseBinds(State s) {
    return s.bound;
  }

  /** Steps that do not depend on the proposal: rejected expenses, clearing 119, traditional deficit on 10686. */
  private void firstSteps() {
    for (State s : states.values()) {
      Amount rejected = s.closing.rejectedExpenses();
      Amount toAllocate = s.closing.result();
      if (rejected.isPositive()) {
        if (eprd) {
          violate("results[" + s.id() + "].rejectedExpenses", R314_236,
              "under the EPRD rejected expenses are taken into the tariff, not into the allocation");
        } else {
          move(s, s.mandatory, MovementKind.REJECTED_EXPENSES, rejected.negated(), ReserveAccount.DEPENSES_REFUSEES,
              Articles.R314_52);
          toAllocate = s.closing.resultToAllocate();
        }
      }
      if (toAllocate.isPositive()) {
        Amount cleared = eprd ? toAllocate.min(s.balance(ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR)) : Amount.ZERO;
        if (cleared.isPositive()) {
          move(s, s.mandatory, MovementKind.CLEAR_DEBIT_REPORT_A_NOUVEAU, cleared,
              ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR, s.step(R314_234_1A));
        }
        s.freeSurplus = toAllocate.minus(cleared);
      } else if (toAllocate.isNegative() && !eprd) {
        Amount deficit = toAllocate.negated();
        Amount drawn = deficit.min(s.balance(ReserveAccount.RESERVE_DE_COMPENSATION));
        if (drawn.isPositive()) {
          move(s, s.mandatory, MovementKind.DEFICIT_FROM_RESERVE_DE_COMPENSATION, drawn.negated(),
              ReserveAccount.RESERVE_DE_COMPENSATION, Articles.R314_51_III);
        }
        s.deficitToCharge = deficit.minus(drawn);
      }
    }
  }

  private void transfers() {
    List<ResultTransfer> transfers = proposal.transfers();
    for (int i = 0; i < transfers.size(); i++) {
      ResultTransfer t = transfers.get(i);
      String field = "transfers[" + i + "]";
      State from = known(t.fromId(), field + ".fromId");
      State to = known(t.toId(), field + ".toId");
      if (!eprd) {
        violate(field, R314_51_IV, "under the traditional budget each result stays with its own budget");
      } else {
        if (!exercice.gestionnaire().status().isPrivate()) {
          violate(field, R314_235, "results may move between comptes de résultat only for a private gestionnaire");
        }
        if (!clause.allowsFungibility()) {
          violate(field, clause.legalBasis(), "the contract does not let results move between comptes de "
              + "résultat (R314-235); each result stays in its compte (R314-234 3°)");
        }
      }
      if (t.fromId().equals(t.toId())) {
        violate(field, R314_235, "a transfer goes from one compte de résultat to another");
      }
      if (eprd && from != null && !from.kind().mayGiveByTransfer()) {
        violate(field + ".fromId", kindBasis(from.kind()), from.id() + " is a " + from.kind().label(java.util.Locale.ENGLISH)
            + ": its result stays in its own compte and takes no part in transfers (R314-235)");
      }
      if (eprd && to != null && !to.kind().mayReceiveByTransfer()) {
        violate(field + ".toId", kindBasis(to.kind()), to.id() + " is a " + to.kind().label(java.util.Locale.ENGLISH) + ": "
            + (to.kind() == CompteKind.ACTIVITY_OUTSIDE_L312_1
                ? "its deficit may not be covered by the social and médico-social comptes"
                : "its result stays in its own compte and takes no part in transfers (R314-235)"));
      }
      if (from == null || to == null) {
        continue;
      }
      from.proposedOut = from.proposedOut.plus(t.amount());
      to.transfersIn = to.transfersIn.plus(t.amount());
      from.free.add(movement(from, MovementKind.TRANSFER_OUT, t.amount(), null, R314_235).counterpartId(to.id()).build());
      to.incoming.add(movement(to, MovementKind.TRANSFER_IN, t.amount().negated(), null, R314_235)
          .counterpartId(from.id()).build());
    }
    for (State s : states.values()) {
      Amount deficit = s.closing.result().negated();
      if (s.transfersIn.isPositive() && s.transfersIn.isGreaterThan(deficit.max(Amount.ZERO))) {
        violate("transfers[to " + s.id() + "]", R314_235, "transfers of " + s.transfersIn + " exceed the deficit "
            + deficit.max(Amount.ZERO) + " of the receiving compte de résultat; a transfer only covers a deficit");
      }
    }
  }

  /** R314-234 2°: what is left of an EPRD deficit after transfers goes to 110, then 10686, then 119. */
  private void deficitSteps() {
    if (!eprd) {
      return;
    }
    for (State s : states.values()) {
      if (!s.closing.result().isNegative()) {
        continue;
      }
      Amount left = s.closing.result().negated().minus(s.transfersIn).max(Amount.ZERO);
      Amount fromRan = left.min(s.balance(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR));
      if (fromRan.isPositive()) {
        move(s, s.deficitSteps, MovementKind.DEFICIT_FROM_REPORT_A_NOUVEAU, fromRan.negated(),
            ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, s.step(R314_234_2A));
      }
      left = left.minus(fromRan);
      Amount fromReserve = left.min(s.balance(ReserveAccount.RESERVE_DE_COMPENSATION));
      if (fromReserve.isPositive()) {
        move(s, s.deficitSteps, MovementKind.DEFICIT_FROM_RESERVE_DE_COMPENSATION, fromReserve.negated(),
            ReserveAccount.RESERVE_DE_COMPENSATION, s.step(R314_234_2B));
      }
      left = left.minus(fromReserve);
      if (left.isPositive()) {
        move(s, s.deficitSteps, MovementKind.DEFICIT_TO_DEBIT_REPORT_A_NOUVEAU, left.negated(),
            ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR, s.step(R314_234_2C));
      }
    }
  }

  private void surplusLines() {
    Year next = exercice.exercice().plusYears(1);
    List<SurplusLine> lines = proposal.surplusLines();
    for (int i = 0; i < lines.size(); i++) {
      SurplusLine line = lines.get(i);
      SurplusDestination d = line.destination();
      State s = known(line.compteId(), "surplusLines[" + i + "].compteId");
      if (s == null) {
        continue;
      }
      String field = "surplus[" + s.id() + "]." + d;
      LegalBasis regimeBasis = s.step(d.basisUnder(exercice.framework()).orElse(eprd ? R314_234_1 : R314_51_II));
      if (!d.isAllowedUnder(exercice.framework())) {
        violate(field, regimeBasis, d + " is not a surplus destination under the " + exercice.framework()
            + " regime");
      }
      if (clauseBinds(s) && !clause.allows(d)) {
        violate(field, clause.legalBasis(), "the contract does not allow " + d);
      }
      if (s.closing.compte().restrictedByL342_1() && CLOSED_TO_L342_1.contains(d)) {
        // traditional budget: R314-104 (text read); EPRD: the 2018 EPRD instruction, so the L342-1 status is cited
        violate(field, eprd ? L342_1 : R314_104, "the " + s.closing.compte().section() + " surplus of an EHPAD under "
            + "L342-1 may not go to " + d);
      }
      line.chargesExercice().ifPresent(y -> {
        if (!y.equals(next) && !y.equals(next.plusYears(1))) {
          violate(field, Articles.R314_51_II_1, "charges are reduced in " + next + " or " + next.plusYears(1) + ", not " + y);
        }
      });
      s.proposedOut = s.proposedOut.plus(line.amount());
      s.byDestination.merge(d, line.amount(), Amount::plus);
      ImmutableMovement.Builder m = movement(s, MovementKind.SURPLUS_ALLOCATION, line.amount(), accountOf(d), regimeBasis)
          .destination(d);
      line.chargesExercice().ifPresent(m::chargesExercice);
      Movement built = m.build();
      s.free.add(built);
      apply(s, built);
    }
  }

  /** The free part must be allocated exactly; imposed minimum shares must be met. */
  private void sums() {
    LegalBasis rule = eprd ? R314_234_1 : R314_51_II;
    for (State s : states.values()) {
      if (!s.proposedOut.equals(s.freeSurplus)) {
        violate("surplus[" + s.id() + "]", s.step(rule), "the proposal allocates " + s.proposedOut
            + " but the free surplus is " + s.freeSurplus + (s.freeSurplus.isZero() ? " (nothing to allocate)" : ""));
      }
      if (!s.freeSurplus.isPositive() || !clauseBinds(s)) {
        continue;
      }
      Map<SurplusDestination, Amount> required = requiredShares(s.freeSurplus);
      if (s.closing.compte().restrictedByL342_1()) {
        // the law closes these destinations to the section: the contract cannot require them of it
        required.keySet().removeAll(CLOSED_TO_L342_1);
      }
      for (Map.Entry<SurplusDestination, Amount> share : required.entrySet()) {
        Amount given = s.byDestination.getOrDefault(share.getKey(), Amount.ZERO);
        if (given.isLessThan(share.getValue())) {
          violate("surplus[" + s.id() + "]." + share.getKey(), clause.legalBasis(), "the contract imposes at least "
              + clause.minimumShares().get(share.getKey()) + " of the free surplus " + s.freeSurplus + ", "
              + share.getValue() + ", but " + given + " is proposed");
        }
      }
    }
  }

  /**
   * The amounts the imposed shares require from a free surplus: the surplus split by the largest remainder
   * between the shares, in destination order, and what the shares leave free, so the required
   * amounts never add up to more than the surplus. For a single share this is the share rounded HALF_UP.
   */
  private Map<SurplusDestination, Amount> requiredShares(Amount freeSurplus) {
    Map<SurplusDestination, BigDecimal> weights = new LinkedHashMap<>();
    Rate rest = Rate.ONE;
    for (SurplusDestination d : SurplusDestination.values()) {
      Rate share = clause.minimumShares().get(d);
      if (share != null) {
        weights.put(d, share.toFraction());
        rest = rest.minus(share);
      }
    }
    Map<Object, BigDecimal> all = new LinkedHashMap<>(weights);
    all.put("rest", rest.toFraction());
    Map<Object, Amount> parts = freeSurplus.splitByWeights(all);
    Map<SurplusDestination, Amount> required = new LinkedHashMap<>();
    weights.keySet().forEach(d -> required.put(d, parts.get(d)));
    return required;
  }

  /** R314-51 III: the rest of a traditional deficit is charged to the next exercices, three at most. */
  private void deficitCharges() {
    Year next = exercice.exercice().plusYears(1);
    Map<String, TreeSet<Year>> years = new LinkedHashMap<>();
    List<DeficitCharge> charges = proposal.deficitCharges();
    for (int i = 0; i < charges.size(); i++) {
      DeficitCharge c = charges.get(i);
      State s = known(c.compteId(), "deficitCharges[" + i + "].compteId");
      if (s == null) {
        continue;
      }
      if (eprd) {
        violate("deficitCharges[" + i + "]", R314_234_2, "under the EPRD a deficit is covered by 110, then 10686, "
            + "then becomes a report à nouveau débiteur; it is not charged to an exercice");
      }
      s.charged = s.charged.plus(c.amount());
      years.computeIfAbsent(s.id(), k -> new TreeSet<>()).add(c.exercice());
      Movement m = movement(s, MovementKind.DEFICIT_TO_CHARGES, c.amount().negated(), null, Articles.R314_51_III)
          .chargesExercice(c.exercice()).build();
      s.free.add(m);
    }
    for (State s : states.values()) {
      if (!s.charged.equals(s.deficitToCharge)) {
        violate("deficitCharges[" + s.id() + "]", Articles.R314_51_III, "the proposal charges " + s.charged
            + " but the deficit left after the réserve de compensation is " + s.deficitToCharge);
      }
      TreeSet<Year> ys = years.get(s.id());
      if (ys == null) {
        continue;
      }
      if (ys.size() > 3) {
        violate("deficitCharges[" + s.id() + "]", Articles.R314_51_III, "a deficit is spread over at most three exercices, not "
            + ys.size() + " " + ys);
      }
      if (!ys.first().equals(next) && !ys.first().equals(next.plusYears(1))) {
        violate("deficitCharges[" + s.id() + "]", Articles.R314_51_III, "a deficit is charged from " + next + " or "
            + next.plusYears(1) + ", not from " + ys.first());
      }
      if (ys.last().getValue() - ys.first().getValue() + 1 != ys.size()) {
        violate("deficitCharges[" + s.id() + "]", Articles.R314_51_III, "a deficit is spread over consecutive exercices, not "
            + ys);
      }
    }
  }

  /**
   * R314-48 II and IV: 10685 to 10682 after three successive exercices covering the BFR, with agreement.
   * The three exercices are those ending on the exercice allocated, whose bilan financier is the latest.
   */
  private void takeBacks() {
    List<TreasuryTakeBack> takeBacks = proposal.treasuryTakeBacks();
    for (int i = 0; i < takeBacks.size(); i++) {
      TreasuryTakeBack t = takeBacks.get(i);
      String field = "treasuryTakeBacks[" + i + "]";
      State s = known(t.compteId(), field + ".compteId");
      if (!t.authorityAgreed()) {
        violate(field, R314_48_IV, "taking back the réserve de trésorerie needs the authority's agreement");
      }
      Year latest = t.coverage().stream().map(TreasuryCoverage::exercice).max(Year::compareTo).orElse(null);
      if (latest != null && !latest.equals(exercice.exercice())) {
        violate(field + ".coverage", Articles.R314_48_II, "the three successive exercices that justify a take-back end on the "
            + "exercice allocated, " + exercice.exercice() + ", not on " + latest);
      }
      Amount cap = ResultEngine.treasuryTakeBackCap(t.coverage());
      if (t.amount().isGreaterThan(cap)) {
        violate(field, Articles.R314_48_II, "the take-back " + t.amount() + " exceeds " + cap + ", the largest "
            + "reserve-minus-BFR gap of three successive exercices in which the reserve covered the BFR");
      }
      if (s == null) {
        continue;
      }
      Amount held = s.before.balance(ReserveAccount.RESERVE_DE_TRESORERIE).minus(s.takenBack);
      s.takenBack = s.takenBack.plus(t.amount());
      if (t.amount().isGreaterThan(held)) {
        violate(field, Articles.R314_48_II, "the take-back " + t.amount() + " exceeds the réserve de trésorerie " + held);
      }
      Movement out = movement(s, MovementKind.TREASURY_TAKE_BACK, t.amount().negated(),
          ReserveAccount.RESERVE_DE_TRESORERIE, Articles.R314_48_II).build();
      Movement in = movement(s, MovementKind.TREASURY_TAKE_BACK, t.amount(),
          ReserveAccount.EXCEDENTS_AFFECTES_INVESTISSEMENT, Articles.R314_48_II).build();
      s.free.add(out);
      s.free.add(in);
      apply(s, out);
      apply(s, in);
    }
  }

  /** R314-48 III: the réserve de trésorerie may not exceed the BFR (its cap is zero for a negative BFR). */
  private void treasuryCap() {
    boolean any = false;
    for (State s : states.values()) {
      if (!s.byDestination.containsKey(SurplusDestination.RESERVE_DE_TRESORERIE)) {
        continue;
      }
      any = true;
      if (exercice.bilan().isPresent()) {
        continue;
      }
      String field = "surplus[" + s.id() + "]." + SurplusDestination.RESERVE_DE_TRESORERIE;
      if (s.closing.bilan().isEmpty()) {
        violate(field, Articles.R314_48_III, "no bilan financier is given, so the BFR that caps the réserve de trésorerie is "
            + "unknown");
        continue;
      }
      BilanFinancier bilan = s.closing.bilan().get();
      Amount after = s.balance(ReserveAccount.RESERVE_DE_TRESORERIE);
      if (after.isGreaterThan(bilan.treasuryReserveCap())) {
        violate(field, Articles.R314_48_III, "the réserve de trésorerie would reach " + after + ", above the BFR cap "
            + bilan.treasuryReserveCap() + " (BFR " + bilan.bfr() + ")");
      }
    }
    if (any && exercice.bilan().isPresent()) {
      BilanFinancier bilan = exercice.bilan().get();
      Amount total = Amount.ZERO;
      for (String id : exercice.ledger().comptes()) {
        if (!states.containsKey(id)) {
          total = total.plus(exercice.ledger().balances(id).balance(ReserveAccount.RESERVE_DE_TRESORERIE));
        }
      }
      for (State s : states.values()) {
        total = total.plus(s.balance(ReserveAccount.RESERVE_DE_TRESORERIE));
      }
      if (total.isGreaterThan(bilan.treasuryReserveCap())) {
        violate("bilan", Articles.R314_48_III, "the réserves de trésorerie of the perimeter would reach " + total
            + ", above the BFR cap " + bilan.treasuryReserveCap() + " (BFR " + bilan.bfr() + ")");
      }
    }
  }

  /** Under the EPRD one compte de résultat never holds both 110 and 119 after allocation. */
  private void reportsANouveau() {
    if (!eprd) {
      return;
    }
    for (State s : states.values()) {
      if (s.balance(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR).isPositive()
          && s.balance(ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR).isPositive()) {
        violate("ledger[" + s.id() + "]", R314_234_ONE_YEAR, "the compte de résultat would hold both a report à "
            + "nouveau créditeur " + s.balance(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR) + " and a report à nouveau "
            + "débiteur " + s.balance(ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR));
      }
    }
  }

  // ----------------------------------------------------------------------------------------------------

  static ReserveAccount accountOf(SurplusDestination d) {
    switch (d) {
      case REPORT_A_NOUVEAU:
        return ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR;
      case INVESTISSEMENT:
        return ReserveAccount.EXCEDENTS_AFFECTES_INVESTISSEMENT;
      case RESERVE_DE_COMPENSATION:
        return ReserveAccount.RESERVE_DE_COMPENSATION;
      case RESERVE_DE_TRESORERIE:
        return ReserveAccount.RESERVE_DE_TRESORERIE;
      case RESERVE_AMORTISSEMENTS:
        return ReserveAccount.RESERVE_DE_COMPENSATION_AMORTISSEMENTS;
      case MESURES_NON_RECONDUCTIBLES:
        return ReserveAccount.EXCEDENT_MESURES_NON_RECONDUCTIBLES;
      default:
        return null; // a reduction of charges goes to the tariff, not to a reserve
    }
  }

  /**
   * The article that keeps a compte of this kind out of transfers. R314-235 itself, which allows transfers
   * between the comptes of the EPRD, was not read (secondary source): the exclusions rest on the texts that
   * set these comptes apart.
   */
  static LegalBasis kindBasis(CompteKind kind) {
    switch (kind) {
      case ESAT_COMMERCIAL_BUDGET:
        return R344_COMMERCIAL;
      case ACTIVITY_OUTSIDE_L312_1:
        return R314_74;
      default:
        return R314_234_4;
    }
  }

  private State known(String id, String field) {
    State s = states.get(id);
    if (s == null) {
      violate(field, KNOWN_COMPTE, "no compte de résultat \"" + id + "\" in the exercice " + exercice.exercice());
    }
    return s;
  }

  private void violate(String field, LegalBasis rule, String message) {
    violations.add(Violation.of(field, rule, message));
  }

  private static ImmutableMovement.Builder movement(State s, MovementKind kind, Amount amount, ReserveAccount account,
      LegalBasis basis) {
    ImmutableMovement.Builder b = ImmutableMovement.builder().compteId(s.id()).kind(kind).amount(amount).basis(basis);
    if (account != null) {
      b.account(account);
    }
    return b;
  }

  private static void move(State s, List<Movement> into, MovementKind kind, Amount amount, ReserveAccount account,
      LegalBasis basis) {
    Movement m = movement(s, kind, amount, account, basis).build();
    into.add(m);
    apply(s, m);
  }

  /** A movement raises a credit account by its amount and a debit account by the opposite. */
  static void apply(State s, Movement m) {
    m.account().ifPresent(a -> s.balances.merge(a, a.isDebit() ? m.amount().negated() : m.amount(), Amount::plus));
  }
}
