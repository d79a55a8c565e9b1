package org.cpom.result;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * the proposing party decides every compte not listed in {@link #decidedBy()}. It is the exercice's allocating
 * party ({@link ClosedExercice#allocatingParty()}) unless {@link #proposedBy()} names another, which the
 * engine then checks. An EPRD whose comptes include one the tariff authority allocates (R314-234 4°) thus
 * carries the gestionnaire's choices and the authority's decision for that compte in one proposal:
 * {@code decidedBy(residence, AUTORITE_DE_TARIFICATION)}.
 *
 * <p>The lines name their compte de résultat by value ({@code allocate(ime, ...)}) or by its id
 * ({@code allocate("IME", ...)}); both record the id, by which the exercice, the ledger and the decision know
 * the comptes, so a proposal read back from storage needs no {@link CompteDeResultat}.
 *
 * <p>The mandatory steps (a surplus first clears the report à nouveau débiteur; a deficit is covered by
 * the report à nouveau créditeur, then the réserve de compensation, then becomes a report à nouveau
 * débiteur) are not part of the proposal: {@link ResultEngine} applies them, and
 * {@link ResultEngine#mandatorySteps(ClosedExercice)} shows what they leave free. The proposal is then
 * checked as a whole by {@link ResultEngine#validate(ClosedExercice, AllocationProposal)}.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllocationProposal {
  static final LegalBasis RULE = LegalBasis.convention(Convention.ALLOCATION_PROPOSAL);
  /**
   * The most exercices {@link Builder#spreadDeficit} spreads over ({@link org.cpom.Convention#ALLOCATION_PROPOSAL}: far above the three of
   * CASF R314-51 III, which {@link ResultEngine#validate} enforces, low enough to bound memory).
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
     * Records that one compte de résultat is decided by another party than the proposing one, e.g. the tariff
     * authority for a compte outside the perimeter of the contract (R314-234 4°).
     *
     * @param compte the compte de résultat
     * @param party the party that decides its allocation
     * @return this builder
     */
    public Builder decidedBy(CompteDeResultat compte, AllocatingParty party) {
      return decidedBy(Objects.requireNonNull(compte, "compte").id(), party);
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
     * Adds a surplus line.
     *
     * @param compte the compte de résultat
     * @param destination the destination (not a reduction of charges: see {@link #reduceCharges})
     * @param amount the amount, above zero
     * @return this builder
     */
    public Builder allocate(CompteDeResultat compte, SurplusDestination destination, Amount amount) {
      return allocate(Objects.requireNonNull(compte, "compte").id(), destination, amount);
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
     * Adds a reduction of the charges of an exercice (R314-51 II 1°).
     *
     * @param compte the compte de résultat
     * @param exercice the exercice whose charges are reduced
     * @param amount the amount, above zero
     * @return this builder
     */
    public Builder reduceCharges(CompteDeResultat compte, Year exercice, Amount amount) {
      return reduceCharges(Objects.requireNonNull(compte, "compte").id(), exercice, amount);
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
     * Adds a transfer between comptes de résultat (R314-235).
     *
     * @param from the compte with the surplus
     * @param to the compte with the deficit
     * @param amount the amount, above zero
     * @return this builder
     */
    public Builder transfer(CompteDeResultat from, CompteDeResultat to, Amount amount) {
      return transfer(Objects.requireNonNull(from, "from").id(), Objects.requireNonNull(to, "to").id(), amount);
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
     * Charges part of a deficit to one exercice (R314-51 III).
     *
     * @param compte the compte de résultat
     * @param exercice the exercice whose charges take it
     * @param amount the amount, above zero
     * @return this builder
     */
    public Builder chargeDeficit(CompteDeResultat compte, Year exercice, Amount amount) {
      return chargeDeficit(Objects.requireNonNull(compte, "compte").id(), exercice, amount);
    }

    /**
     * Spreads a deficit over consecutive exercices from {@code first} (R314-51 III allows at most three):
     * the amount is split as equally as the cent allows, the earlier exercices taking the extra cents, so
     * the parts sum exactly to the amount.
     *
     * @param compteId the compte de résultat's id
     * @param amount the amount to spread, above zero
     * @param first the first exercice
     * @param exercices the number of exercices, 1 to {@link #MAX_SPREAD} ({@link ResultEngine#validate}
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
     * Spreads a deficit over consecutive exercices from {@code first}: see
     * {@link #spreadDeficit(String, Amount, Year, int)}.
     *
     * @param compte the compte de résultat
     * @param amount the amount to spread, above zero
     * @param first the first exercice
     * @param exercices the number of exercices, 1 to {@link #MAX_SPREAD}
     * @return this builder
     * @throws org.cpom.CpomValidationException as {@link #spreadDeficit(String, Amount, Year, int)}
     */
    public Builder spreadDeficit(CompteDeResultat compte, Amount amount, Year first, int exercices) {
      return spreadDeficit(Objects.requireNonNull(compte, "compte").id(), amount, first, exercices);
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
   * Who makes the proposal, when the caller names it; empty by default, meaning the exercice's allocating
   * party ({@link ClosedExercice#allocatingParty()}). A party named here is checked: for every compte not in
   * {@link #decidedBy()} it must be the party the regime, the compte's kind and the clause designate.
   *
   * @return the proposing party, or empty for the exercice's allocating party
   */
  public abstract Optional<AllocatingParty> proposedBy();

  /**
   * The comptes de résultat decided by another party than {@link #proposedBy()}, by compte id; none by
   * default.
   *
   * @return the parties by compte id
   */
  public abstract Map<String, AllocatingParty> decidedBy();

  /**
   * The party that decides one compte's allocation: its entry in {@link #decidedBy()}, else
   * {@link #proposedBy()}; empty when neither names one (the exercice's allocating party then decides).
   *
   * @param compteId the compte de résultat's id
   * @return the deciding party, or empty
   */
  public Optional<AllocatingParty> partyFor(String compteId) {
    AllocatingParty party = decidedBy().get(Objects.requireNonNull(compteId, "compteId"));
    return party != null ? Optional.of(party) : proposedBy();
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
