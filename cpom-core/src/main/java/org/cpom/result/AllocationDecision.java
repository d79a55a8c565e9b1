package org.cpom.result;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.BudgetFramework;
import org.cpom.money.Amount;
import org.cpom.trace.Trace;
import org.immutables.value.Value;

/**
 * An applied allocation of the results of one exercice (R314-234, R314-51): every movement with its legal
 * basis, the reserve ledger it leads to, and the table shaped like the ERRD's "tableau de détermination et
 * d'affectation du résultat".
 *
 * <p>Produced only by {@link ResultEngine#allocate(ClosedExercice, AllocationProposal)}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllocationDecision {
  AllocationDecision() {}

  /**
   * The exercice whose results are allocated.
   *
   * @return the exercice
   */
  public abstract Year exercice();

  /**
   * The regime applied.
   *
   * @return the budget framework
   */
  public abstract BudgetFramework framework();

  /**
   * Who decided the allocation of the contract's comptes de résultat ({@link ClosedExercice#allocatingParty()}).
   * A compte the tariff authority allocates under the EPRD (R314-234 4°) shows in {@link #allocatingParties()}.
   *
   * @return the allocating party of the contract's comptes
   */
  public abstract AllocatingParty allocatingParty();

  /**
   * Who decided the allocation of each compte de résultat, by id, in the order of the results
   * ({@link ClosedExercice#allocatingParty(CompteDeResultat)}).
   *
   * @return the parties by compte id
   */
  public abstract Map<String, AllocatingParty> allocatingParties();

  /**
   * The movements, compte by compte, mandatory steps and free choices in the order applied.
   *
   * @return the movements
   */
  public abstract List<Movement> movements();

  /**
   * The reserve ledger after the allocation: the given ledger plus this exercice.
   *
   * @return the new ledger
   */
  public abstract ReserveLedger ledger();

  /**
   * The allocation as an ERRD-shaped table.
   *
   * @return the table
   */
  public abstract AllocationTable table();

  /**
   * The movements of one compte de résultat.
   *
   * @param compteId the compte's id
   * @return its movements, in order
   */
  public List<Movement> movements(String compteId) {
    java.util.Objects.requireNonNull(compteId, "compteId");
    return movements().stream().filter(m -> m.compteId().equals(compteId)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The balances of a compte de résultat after the allocation.
   *
   * @param compteId the compte's id
   * @return the balances
   */
  public ReserveBalances balancesAfter(String compteId) {
    return ledger().balances(compteId);
  }

  /**
   * The sum of all movements: the sum of the results allocated.
   *
   * @return the total
   */
  public Amount total() {
    return Amount.total(movements().stream().map(Movement::amount).collect(Collectors.toList()));
  }

  /**
   * Every movement as a trace step, each with its legal basis.
   *
   * @return the trace
   */
  public Trace trace() {
    return Trace.of(movements().stream().map(Movement::toTraceStep).collect(Collectors.toList()));
  }
}
