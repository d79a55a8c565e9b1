package org.cpom.result;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.SurplusDestination;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The free part of an allocation, as the gestionnaire (or the authority) proposes it (R314-234, R314-51):
 * where each compte de résultat's free surplus goes, transfers between comptes when fungibility applies,
 * how a traditional-budget deficit left after the réserve de compensation is charged to later exercices,
 * and any take-back of the réserve de trésorerie.
 *
 * <p>Each compte is decided by its own allocating party ({@link ClosedExercice#allocatingParty(CompteDeResultat)}):
 * {@link #proposedBy()} decides every compte not listed in {@link #decidedBy()}. An EPRD whose comptes
 * include one the tariff authority allocates (R314-234 4°) thus carries the gestionnaire's choices and the
 * authority's decision for that compte in one proposal: {@code proposedBy(GESTIONNAIRE)} and
 * {@code decidedBy("RA", AUTORITE_DE_TARIFICATION)}.
 *
 * <p>The mandatory steps (a surplus first clears the report à nouveau débiteur; a deficit is covered by
 * the report à nouveau créditeur, then the réserve de compensation, then becomes a report à nouveau
 * débiteur) are not part of the proposal: {@link ResultAllocator} applies them, and
 * {@link ResultAllocator#mandatorySteps(ClosedExercice)} shows what they leave free. The proposal is then
 * checked as a whole by {@link ResultAllocator#validate(ClosedExercice, AllocationProposal)}.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllocationProposal {
  static final LegalBasis RULE = LegalBasis.convention(Convention.ALLOCATION_PROPOSAL);
  /**
   * The most exercices {@link Builder#spreadDeficit} spreads over (cpom convention: far above the three of
   * CASF R314-51 III, which {@link ResultAllocator#validate} enforces, low enough to bound memory).
   */
  public static final int MAX_SPREAD = 100;

  AllocationProposal() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AllocationProposal}, with shortcuts for each kind of line. */
  public static final class Builder extends ImmutableAllocationProposal.Builder {
    Builder() {}

    /**
     * Records that one compte de résultat is decided by another party than {@link #proposedBy()}, e.g. the
     * tariff authority for a compte outside the perimeter of the contract (R314-234 4°).
     *
     * @param compteId the compte de résultat's id
     * @param party the party that decides its allocation
     * @return this builder
     */
    public Builder decidedBy(String compteId, AllocatingParty party) {
      putDecidedBy(compteId, party);
      return this;
    }

    /**
     * Adds a surplus line.
     *
     * @param compteId the compte de résultat's id
     * @param destination the destination (not a reduction of charges: see {@link #reduceCharges})
     * @param amount the amount, above zero
     * @return this builder
     */
    public Builder allocate(String compteId, SurplusDestination destination, Amount amount) {
      addSurplusLines(SurplusLine.of(compteId, destination, amount));
      return this;
    }

    /**
     * Adds a reduction of the charges of an exercice (R314-51 II 1°).
     *
     * @param compteId the compte de résultat's id
     * @param exercice the exercice whose charges are reduced
     * @param amount the amount, above zero
     * @return this builder
     */
    public Builder reduceCharges(String compteId, Year exercice, Amount amount) {
      addSurplusLines(SurplusLine.reductionOfCharges(compteId, exercice, amount));
      return this;
    }

    /**
     * Adds a transfer between comptes de résultat (R314-235).
     *
     * @param fromId the compte with the surplus
     * @param toId the compte with the deficit
     * @param amount the amount, above zero
     * @return this builder
     */
    public Builder transfer(String fromId, String toId, Amount amount) {
      addTransfers(ResultTransfer.of(fromId, toId, amount));
      return this;
    }

    /**
     * Charges part of a deficit to one exercice (R314-51 III).
     *
     * @param compteId the compte de résultat's id
     * @param exercice the exercice whose charges take it
     * @param amount the amount, above zero
     * @return this builder
     */
    public Builder chargeDeficit(String compteId, Year exercice, Amount amount) {
      addDeficitCharges(DeficitCharge.of(compteId, exercice, amount));
      return this;
    }

    /**
     * Spreads a deficit over consecutive exercices from {@code first} (R314-51 III allows at most three):
     * the amount is split as equally as the cent allows, the earlier exercices taking the extra cents, so
     * the parts sum exactly to the amount.
     *
     * @param compteId the compte de résultat's id
     * @param amount the amount to spread, above zero
     * @param first the first exercice
     * @param exercices the number of exercices, 1 to {@link #MAX_SPREAD} ({@link ResultAllocator#validate}
     *     rejects more than three)
     * @return this builder
     * @throws org.cpom.CpomValidationException if the amount is not above zero, the number of exercices is not
     *     1 to {@link #MAX_SPREAD}, or an exercice is outside the years 1583 to 9999
     */
    public Builder spreadDeficit(String compteId, Amount amount, Year first, int exercices) {
      Objects.requireNonNull(compteId, "compteId");
      Objects.requireNonNull(amount, "amount");
      EngineBounds.year(first, "first");
      Checks.positive(exercices, "exercices", Articles.R314_51_III);
      // validate() holds a spread to the three exercices of R314-51 III; this bound only keeps the list small
      Checks.check(exercices <= MAX_SPREAD, "exercices", exercices, EngineBounds.RULE,
          "a deficit is spread over at most " + MAX_SPREAD + " exercices here (R314-51 III allows three)");
      Checks.check(amount.isPositive(), "amount", amount, Articles.R314_51_III, "the deficit to spread is above zero");
      EngineBounds.year(first.plusYears(exercices - 1L), "first");
      List<Amount> parts = amount.splitEqually(exercices);
      for (int i = 0; i < exercices; i++) {
        if (parts.get(i).isPositive()) {
          chargeDeficit(compteId, first.plusYears(i), parts.get(i));
        }
      }
      return this;
    }

    /**
     * Adds a take-back of the réserve de trésorerie (R314-48).
     *
     * @param takeBack the take-back
     * @return this builder
     */
    public Builder takeBack(TreasuryTakeBack takeBack) {
      addTreasuryTakeBacks(takeBack);
      return this;
    }
  }

  /**
   * Who makes the proposal; for every compte not in {@link #decidedBy()} it must be the party the regime,
   * the compte's kind and the clause designate.
   *
   * @return the proposing party
   */
  public abstract AllocatingParty proposedBy();

  /**
   * The comptes de résultat decided by another party than {@link #proposedBy()}, by compte id; none by
   * default.
   *
   * @return the parties by compte id
   */
  public abstract Map<String, AllocatingParty> decidedBy();

  /**
   * The party that decides one compte's allocation: its entry in {@link #decidedBy()}, else
   * {@link #proposedBy()}.
   *
   * @param compteId the compte de résultat's id
   * @return the deciding party
   */
  public AllocatingParty partyFor(String compteId) {
    return decidedBy().getOrDefault(Objects.requireNonNull(compteId, "compteId"), proposedBy());
  }

  /**
   * Where the free surpluses go.
   *
   * @return the lines, in order
   */
  public abstract List<SurplusLine> surplusLines();

  /**
   * Transfers between comptes de résultat.
   *
   * @return the transfers, in order
   */
  public abstract List<ResultTransfer> transfers();

  /**
   * How traditional-budget deficits left after the réserve de compensation are charged.
   *
   * @return the charges, in order
   */
  public abstract List<DeficitCharge> deficitCharges();

  /**
   * Take-backs of the réserve de trésorerie.
   *
   * @return the take-backs, in order
   */
  public abstract List<TreasuryTakeBack> treasuryTakeBacks();

  @Value.Check
  void check() {
    decidedBy().keySet().forEach(id -> Checks.notBlank(id, "proposal.decidedBy"));
  }
}
