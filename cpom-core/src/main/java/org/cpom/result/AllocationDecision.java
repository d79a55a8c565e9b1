package org.cpom.result;

import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.BudgetFramework;
import org.cpom.money.Amount;
import org.cpom.trace.Trace;
import org.immutables.value.Value;

/**
 * An applied allocation of the results of one exercice (RULES section 6): every movement with its legal
 * basis, the reserve ledger it leads to, and the table shaped like the ERRD's "tableau de détermination et
 * d'affectation du résultat".
 *
 * <p>Produced only by {@link ResultAllocator#apply(ClosedExercice, AllocationProposal)}. This class is
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
   * Who decided the allocation.
   *
   * @return the allocating party
   */
  public abstract AllocatingParty allocatingParty();

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
