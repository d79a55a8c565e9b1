package org.cpom.result;

import java.time.Year;
import java.util.List;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.SurplusDestination;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * The free part of an allocation, as the gestionnaire (or the authority) proposes it (RULES section 6):
 * where each compte de résultat's free surplus goes, transfers between comptes when fungibility applies,
 * how a traditional-budget deficit left after the réserve de compensation is charged to later exercices,
 * and any take-back of the réserve de trésorerie.
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
  static final String RULE = "RULES 6: allocation proposal";

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
     * @param exercices the number of exercices, at least one
     * @return this builder
     */
    public Builder spreadDeficit(String compteId, Amount amount, Year first, int exercices) {
      Checks.positive(exercices, "exercices", "CASF R314-51 III");
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
   * Who makes the proposal; it must be the party the regime and the clause designate.
   *
   * @return the proposing party
   */
  public abstract AllocatingParty proposedBy();

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
}
