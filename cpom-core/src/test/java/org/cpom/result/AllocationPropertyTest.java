package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cpom.Violation;
import org.cpom.contract.BudgetFramework;
import org.cpom.contract.CompteKind;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/**
 * Property tests over seeded random ledgers, results, clauses and valid proposals: every allocation moves
 * exactly the result, no EPRD compte ends with both 110 and 119, imposed shares can always be met, and an
 * invalid proposal changes nothing. Each case allocates two successive exercices, the second on the ledger
 * the first produced. The seed and the case number are in every assertion message.
 *
 * <p>About one compte in four has another kind than {@link CompteKind#IN_CPOM}: under the EPRD those the
 * authority allocates (R314-234 4°) are decided by it, every movement of theirs cites R314-234 4°, and no
 * transfer touches them or an ESAT commercial budget; a transfer added from one of them is rejected.
 */
class AllocationPropertyTest {
  static final long SEED = 20240601L;
  static final int CASES = org.cpom.Conservation.cases(10_000);
  static final int INVALID_CASES = org.cpom.Conservation.cases(2_000);

  @Test
  void everyAllocationMovesExactlyTheResultAndNeverLeaves110With119() {
    SplittableRandom random = new SplittableRandom(SEED);
    int transfers = 0;
    int deficitsBeyondReserves = 0;
    int withShares = 0;
    int byAuthority = 0;
    int forbiddenTransfers = 0;
    for (int i = 0; i < CASES; i++) {
      String ctx = "seed " + SEED + ", case " + i;
      boolean eprd = random.nextInt(10) < 7;
      int comptes = 1 + random.nextInt(4);
      CompteKind[] kinds = randomKinds(random, comptes);
      ReserveLedger ledger = randomLedger(random, comptes, eprd);
      for (int year = 0; year < 2; year++) {
        ClosedExercice ex = randomExercice(random, ledger, kinds, eprd);
        AllocationProposal proposal = validProposal(random, ex);
        forbiddenTransfers += checkForbiddenTransfer(random, ex, proposal, ctx);
        transfers += proposal.transfers().size();
        if (!ex.clause().minimumShares().isEmpty() && !proposal.surplusLines().isEmpty()) {
          withShares++;
        }
        AllocationDecision d;
        try {
          d = ResultEngine.allocate(ex, proposal);
        } catch (AllocationRejectedException e) {
          throw new AssertionError(ctx + ": a valid proposal was rejected: " + e.violations(), e);
        }

        Amount allResults = Amount.ZERO;
        Amount netChange = Amount.ZERO;
        Amount outsideLedger = Amount.ZERO;
        for (ClosingResult r : ex.results()) {
          String id = r.compte().id();
          Amount moved = Amount.ZERO;
          Amount onAccounts = Amount.ZERO;
          for (Movement m : d.movements()) {
            if (m.compteId().equals(id)) {
              moved = moved.plus(m.amount());
              if (m.account().isPresent()) {
                onAccounts = onAccounts.plus(m.amount());
              } else {
                outsideLedger = outsideLedger.plus(m.amount());
              }
            }
          }
          // every compte's movements add up to its result, to the cent
          check(moved.equals(r.result()), ctx, id + " moved " + moved + " for a result of " + r.result());
          CompteKind kind = r.compte().kind();
          for (Movement m : d.movements(id)) {
            check(m.kind() != MovementKind.TRANSFER_OUT || kind.mayGiveByTransfer(), ctx, id + " " + kind + " gave " + m);
            check(m.kind() != MovementKind.TRANSFER_IN || kind.mayReceiveByTransfer(), ctx, id + " " + kind
                + " received " + m);
            if (eprd && kind.allocatedByAuthorityUnderEprd()) {
              check(m.basis().text().startsWith("CASF R314-234 4°"), ctx, id + " " + m);
            }
          }
          if (eprd && kind.allocatedByAuthorityUnderEprd()) {
            check(d.allocatingParties().get(id) == org.cpom.contract.AllocatingParty.AUTORITE_DE_TARIFICATION, ctx,
                id + " not decided by the authority");
            check(d.table().allocatingParty(id) == org.cpom.contract.AllocatingParty.AUTORITE_DE_TARIFICATION
                && d.table().kind(id) == kind, ctx, id + " table column");
            byAuthority++;
          }
          ReserveBalances before = ex.ledger().balances(id);
          ReserveBalances after = d.balancesAfter(id);
          Amount change = after.netPosition().minus(before.netPosition());
          check(change.equals(onAccounts), ctx, id + " ledger changed by " + change + ", movements say " + onAccounts);
          if (eprd) {
            check(!after.holdsBothReportsANouveau(), ctx, id + " holds both 110 and 119: " + after);
            if (after.balance(ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR)
                .isGreaterThan(before.balance(ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR))) {
              // a debit report à nouveau grows only once 110 and 10686 are exhausted
              check(after.balance(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR).isZero()
                  && after.balance(ReserveAccount.RESERVE_DE_COMPENSATION).isZero(), ctx, id + " " + after);
              deficitsBeyondReserves++;
            }
          }
          allResults = allResults.plus(r.result());
          netChange = netChange.plus(change);
        }
        check(d.total().equals(allResults), ctx, "total " + d.total() + " for results " + allResults);
        // what the ledger gained plus what went to the tariff (transfers cancel out) is the sum of results
        check(netChange.plus(outsideLedger).equals(allResults), ctx, "ledger " + netChange + " + tariff "
            + outsideLedger + " for results " + allResults);
        check(d.ledger().latestExercice().equals(ex.exercice()), ctx, "new ledger year");
        check(ex.ledger().latestExercice().equals(ex.exercice().minusYears(1)), ctx, "input ledger changed");
        ledger = d.ledger();
      }
    }
    // the generator does reach the interesting cases
    assertThat(transfers).isGreaterThan(CASES / 10);
    assertThat(deficitsBeyondReserves).isGreaterThan(CASES / 10);
    assertThat(withShares).isGreaterThan(CASES / 10);
    assertThat(byAuthority).isGreaterThan(CASES / 10);
    assertThat(forbiddenTransfers).isGreaterThan(CASES / 50);
  }

  /**
   * Where fungibility applies and a compte that may not give has a free surplus while a compte of the
   * contract has a deficit, adds a one-cent transfer from the first to the second (taking the cent off one
   * of its surplus lines, so the sums and the imposed shares still hold) and checks that exactly that transfer is reported, with the
   * article of the giving compte's kind.
   *
   * @return 1 if a transfer was tried, 0 otherwise
   */
  static int checkForbiddenTransfer(SplittableRandom random, ClosedExercice ex, AllocationProposal valid, String ctx) {
    if (!ex.allowsFungibility()) {
      return 0;
    }
    SurplusLine line = null;
    String to = null;
    for (ClosingResult r : ex.results()) {
      if (to == null && r.compte().kind().mayReceiveByTransfer() && r.result().isNegative()
          && !valid.transfers().stream().anyMatch(t -> t.toId().equals(r.compte().id()))) {
        to = r.compte().id();
      }
    }
    for (SurplusLine l : valid.surplusLines()) {
      CompteKind kind = ex.results().stream().filter(r -> r.compte().id().equals(l.compteId())).findFirst()
          .orElseThrow().compte().kind();
      // a line to a destination with no imposed share, so that one cent less breaks no share
      if (line == null && !kind.mayGiveByTransfer() && l.amount().cents() > 1
          && !ex.clause().minimumShares().containsKey(l.destination())) {
        line = l;
      }
    }
    if (line == null || to == null) {
      return 0;
    }
    List<SurplusLine> lines = new ArrayList<>(valid.surplusLines());
    lines.set(lines.indexOf(line), ImmutableSurplusLine.builder().from(line)
        .amount(line.amount().minus(Amount.ofCents(1))).build());
    AllocationProposal bad = AllocationProposal.builder().from(valid).surplusLines(lines)
        .addTransfers(ResultTransfer.of(line.compteId(), to, Amount.ofCents(1))).build();
    int index = bad.transfers().size() - 1;
    CompteKind kind = ex.results().stream().filter(r -> r.compte().id().equals(bad.transfers().get(index).fromId()))
        .findFirst().orElseThrow().compte().kind();
    List<Violation> violations = ResultEngine.validate(ex, bad);
    check(violations.size() == 1 && violations.get(0).field().equals("transfers[" + index + "].fromId")
        && violations.get(0).rule().equals(AllocationPass.kindBasis(kind)), ctx, "transfer from " + kind + ": "
        + violations);
    return 1;
  }

  @Test
  void anInvalidProposalChangesNothingAndIsRejectedWhole() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    int checked = 0;
    for (int i = 0; i < INVALID_CASES; i++) {
      String ctx = "seed " + (SEED + 1) + ", case " + i;
      boolean eprd = random.nextBoolean();
      int comptes = 1 + random.nextInt(4);
      ReserveLedger ledger = randomLedger(random, comptes, eprd);
      ClosedExercice ex = randomExercice(random, ledger, randomKinds(random, comptes), eprd);
      AllocationProposal valid = validProposal(random, ex);
      if (valid.surplusLines().isEmpty()) {
        continue;
      }
      // one cent too many on one line, and a line to an unknown compte
      List<SurplusLine> lines = new ArrayList<>(valid.surplusLines());
      int k = random.nextInt(lines.size());
      SurplusLine l = lines.get(k);
      lines.set(k, ImmutableSurplusLine.builder().from(l).amount(l.amount().plus(Amount.ofCents(1))).build());
      lines.add(SurplusLine.of("NOPE", SurplusDestination.INVESTISSEMENT, Amount.ofCents(1)));
      AllocationProposal bad = AllocationProposal.builder().from(valid).surplusLines(lines).build();
      List<Violation> violations = ResultEngine.validate(ex, bad);
      assertThat(violations).as(ctx).extracting(Violation::field).contains("surplus[" + l.compteId() + "]",
          "surplusLines[" + (lines.size() - 1) + "].compteId");
      Map<String, ReserveBalances> snapshot = new LinkedHashMap<>();
      ledger.comptes().forEach(id -> snapshot.put(id, ledger.balances(id)));
      assertThatThrownBy(() -> ResultEngine.allocate(ex, bad)).as(ctx)
          .isInstanceOfSatisfying(AllocationRejectedException.class,
              e -> assertThat(e.violations()).isEqualTo(violations));
      snapshot.forEach((id, b) -> assertThat(ledger.balances(id)).as(ctx).isEqualTo(b));
      assertThat(ledger.exercices()).as(ctx).containsExactly(Fixtures.N.minusYears(1));
      checked++;
    }
    assertThat(checked).isGreaterThan(INVALID_CASES / 2);
  }

  static void check(boolean condition, String ctx, String problem) {
    if (!condition) {
      throw new AssertionError(ctx + ": " + problem);
    }
  }

  // ---------------------------------------------------------------- generators

  static Amount cents(SplittableRandom random, long maxEuros) {
    return Amount.ofCents(random.nextLong(maxEuros * 100 + 1));
  }

  static ReserveLedger randomLedger(SplittableRandom random, int comptes, boolean eprd) {
    Map<String, ReserveBalances> m = new LinkedHashMap<>();
    for (int c = 0; c < comptes; c++) {
      ReserveBalances b = ReserveBalances.ZERO;
      for (ReserveAccount a : ReserveAccount.values()) {
        if (random.nextInt(3) == 0) {
          b = b.with(a, cents(random, 20_000));
        }
      }
      if (eprd && b.holdsBothReportsANouveau()) {
        b = b.with(random.nextBoolean() ? ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR
            : ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR, Amount.ZERO);
      }
      m.put("CR" + c, b);
    }
    return ReserveLedger.opening(Fixtures.N.minusYears(1), m);
  }

  /** Three comptes in four are of the contract; the others of any other kind. */
  static CompteKind[] randomKinds(SplittableRandom random, int comptes) {
    CompteKind[] kinds = new CompteKind[comptes];
    CompteKind[] all = CompteKind.values();
    for (int c = 0; c < comptes; c++) {
      kinds[c] = random.nextInt(4) == 0 ? all[1 + random.nextInt(all.length - 1)] : CompteKind.IN_CPOM;
    }
    return kinds;
  }

  static ClosedExercice randomExercice(SplittableRandom random, ReserveLedger ledger, CompteKind[] kinds,
      boolean eprd) {
    int comptes = kinds.length;
    ClosedExercice.Builder b = ClosedExercice.builder()
        .exercice(ledger.latestExercice().plusYears(1))
        .basis(eprd ? CpomBasis.L313_12_2 : CpomBasis.L313_11)
        .framework(eprd ? BudgetFramework.EPRD : BudgetFramework.TRADITIONAL)
        .clause(randomClause(random, eprd))
        .gestionnaire(Fixtures.PRIVATE)
        .ledger(ledger);
    for (int c = 0; c < comptes; c++) {
      Amount result = random.nextInt(10) == 0 ? Amount.ZERO : cents(random, 40_000).minus(Amount.ofEuros(20_000));
      ClosingResult.Builder r = ClosingResult.builder()
          .compte(CompteDeResultat.builder().id("CR" + c).name("Compte " + c).kind(kinds[c]).build())
          .result(result);
      if (!eprd && random.nextInt(4) == 0) {
        r.rejectedExpenses(cents(random, 5_000));
      }
      if (random.nextBoolean()) {
        r.bilan(Fixtures.bilanWithBfr(cents(random, 60_000).minus(Amount.ofEuros(20_000)).toBigDecimal()
            .toPlainString()));
      }
      b.addResults(r.build());
    }
    return b.build();
  }

  /**
   * Half the clauses allow fungibility; a quarter impose minimum shares on one to three destinations of the
   * regime (never the réserve de trésorerie, which the BFR may cap), adding up to 100 % one time in three.
   */
  static org.cpom.contract.ResultAllocationClause randomClause(SplittableRandom random, boolean eprd) {
    if (random.nextBoolean()) {
      return Fixtures.fungibleClause();
    }
    if (random.nextInt(2) == 0) {
      return Fixtures.gestionnaireClause();
    }
    List<SurplusDestination> open = new ArrayList<>();
    for (SurplusDestination d : SurplusDestination.values()) {
      if (d != SurplusDestination.RESERVE_DE_TRESORERIE
          && d.isAllowedUnder(eprd ? BudgetFramework.EPRD : BudgetFramework.TRADITIONAL)) {
        open.add(d);
      }
    }
    java.util.Collections.shuffle(open, new java.util.Random(random.nextLong()));
    int n = 1 + random.nextInt(3);
    boolean whole = random.nextInt(3) == 0;
    org.cpom.contract.ResultAllocationClause.Builder b = org.cpom.contract.ResultAllocationClause.builder()
        .from(Fixtures.gestionnaireClause());
    BigDecimal left = BigDecimal.ONE;
    for (int k = 0; k < n; k++) {
      // shares in ten-thousandths, each at least 0.0001, the last one taking what is left when whole
      BigDecimal share = whole && k == n - 1 ? left
          : BigDecimal.valueOf(1 + random.nextInt(left.movePointRight(4).intValue() / (n - k)), 4);
      b.putMinimumShares(open.get(k), org.cpom.money.Rate.ofFraction(share));
      left = left.subtract(share);
    }
    return b.build();
  }

  /**
   * What imposed shares require of a free surplus, worked out independently of the engine: the surplus split
   * by the largest remainder between the shares, in destination order, and the part they leave free.
   */
  static Map<SurplusDestination, Amount> required(ClosedExercice ex, Amount free) {
    Map<Object, BigDecimal> weights = new LinkedHashMap<>();
    BigDecimal rest = BigDecimal.ONE;
    for (SurplusDestination d : SurplusDestination.values()) {
      org.cpom.money.Rate share = ex.clause().minimumShares().get(d);
      if (share != null) {
        weights.put(d, share.toFraction());
        rest = rest.subtract(share.toFraction());
      }
    }
    weights.put("rest", rest);
    Map<SurplusDestination, Amount> out = new LinkedHashMap<>();
    free.splitByWeights(weights).forEach((k, v) -> {
      if (k instanceof SurplusDestination) {
        out.put((SurplusDestination) k, v);
      }
    });
    return out;
  }

  /** A proposal that respects every rule, built from what the mandatory steps leave. */
  static AllocationProposal validProposal(SplittableRandom random, ClosedExercice ex) {
    boolean eprd = ex.framework() == BudgetFramework.EPRD;
    AllocationProposal.Builder p = AllocationProposal.builder().proposedBy(ex.allocatingParty());
    // each compte decided by its own party: either every compte listed, or only those of another party
    boolean listAll = random.nextBoolean();
    ex.allocatingParties().forEach((id, party) -> {
      if (listAll || party != ex.allocatingParty()) {
        p.decidedBy(id, party);
      }
    });
    List<MandatorySteps> steps = ResultEngine.mandatorySteps(ex);
    Map<String, Amount> deficitRoom = new LinkedHashMap<>();
    for (MandatorySteps s : steps) {
      if (s.resultToAllocate().isNegative() && s.compte().kind().mayReceiveByTransfer()) {
        deficitRoom.put(s.compte().id(), s.resultToAllocate().negated());
      }
    }
    Year next = ex.exercice().plusYears(1);
    for (int i = 0; i < steps.size(); i++) {
      MandatorySteps s = steps.get(i);
      String id = s.compte().id();
      Amount free = s.freeSurplus();
      CompteKind kind = s.compte().kind();
      // the clause binds every compte but those R314-234 4° gives to the authority, and under the traditional
      // budget those outside the perimeter
      boolean bound = ex.clauseApplies(s.compte());
      if (ex.allowsFungibility() && free.isPositive() && kind.mayGiveByTransfer()) {
        for (Map.Entry<String, Amount> room : deficitRoom.entrySet()) {
          if (random.nextBoolean() && room.getValue().isPositive() && free.isPositive()) {
            Amount t = Amount.ofCents(1 + random.nextLong(Math.min(free.cents(), room.getValue().cents())));
            p.transfer(id, room.getKey(), t);
            free = free.minus(t);
            room.setValue(room.getValue().minus(t));
          }
        }
      }
      if (free.isPositive() && bound && !ex.clause().minimumShares().isEmpty()) {
        for (Map.Entry<SurplusDestination, Amount> share : required(ex, free).entrySet()) {
          if (share.getValue().isPositive()) {
            if (share.getKey() == SurplusDestination.REDUCTION_DES_CHARGES) {
              p.reduceCharges(id, next, share.getValue());
            } else {
              p.allocate(id, share.getKey(), share.getValue());
            }
            free = free.minus(share.getValue());
          }
        }
      }
      if (free.isPositive()) {
        ClosingResult closing = ex.results().get(i);
        Amount headroom = closing.bilan().map(bl -> bl.treasuryReserveCap()
            .minus(ex.ledger().balances(id).balance(ReserveAccount.RESERVE_DE_TRESORERIE)).max(Amount.ZERO))
            .orElse(Amount.ZERO);
        Amount treasury = headroom.isPositive() && random.nextBoolean()
            ? Amount.ofCents(random.nextLong(Math.min(headroom.cents(), free.cents()) + 1)) : Amount.ZERO;
        if (treasury.isPositive()) {
          p.allocate(id, SurplusDestination.RESERVE_DE_TRESORERIE, treasury);
          free = free.minus(treasury);
        }
        List<SurplusDestination> others = new ArrayList<>();
        for (SurplusDestination d : EnumSet.allOf(SurplusDestination.class)) {
          if (d != SurplusDestination.RESERVE_DE_TRESORERIE && d.isAllowedUnder(ex.framework())) {
            others.add(d);
          }
        }
        List<BigDecimal> weights = new ArrayList<>();
        others.forEach(d -> weights.add(BigDecimal.valueOf(random.nextInt(4))));
        weights.set(random.nextInt(weights.size()), BigDecimal.ONE);
        List<Amount> parts = free.splitByWeights(weights);
        for (int k = 0; k < others.size(); k++) {
          if (parts.get(k).isPositive()) {
            if (others.get(k) == SurplusDestination.REDUCTION_DES_CHARGES) {
              p.reduceCharges(id, next.plusYears(random.nextInt(2)), parts.get(k));
            } else {
              p.allocate(id, others.get(k), parts.get(k));
            }
          }
        }
      }
      if (!eprd && s.deficitToCharge().isPositive()) {
        p.spreadDeficit(id, s.deficitToCharge(), next.plusYears(random.nextInt(2)), 1 + random.nextInt(3));
      }
    }
    return p.build();
  }
}
