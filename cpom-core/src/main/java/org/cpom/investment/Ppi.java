package org.cpom.investment;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;

/**
 * A plan pluriannuel d'investissement (PPI): the investment operations of a gestionnaire over the contract's years
 * and beyond, each with its financing plan (CASF R314-20; {@code cpom:ppi-financing}). The labels of its operations
 * are unique. Immutable and thread-safe; compares by value.
 */
public final class Ppi {
  private final List<OperationInvestissement> operations;

  private Ppi(List<OperationInvestissement> operations) {
    this.operations = operations;
  }

  /**
   * A plan of operations.
   *
   * @param operations its operations, in the order to print them; labels unique; may be empty
   * @return the plan
   * @throws org.cpom.CpomValidationException naming {@code operations} when two share a label
   */
  public static Ppi of(List<OperationInvestissement> operations) {
    Checks.noNulls(operations, "operations");
    Set<String> labels = new HashSet<>();
    for (OperationInvestissement o : operations) {
      Checks.check(labels.add(o.label()), "operations", o.label(), InvestmentEngine.PPI_RULE,
          "two operations have the same label");
    }
    return new Ppi(List.copyOf(operations));
  }

  /**
   * A plan of operations.
   *
   * @param operations its operations
   * @return the plan
   */
  public static Ppi of(OperationInvestissement... operations) {
    return of(java.util.Arrays.asList(Objects.requireNonNull(operations, "operations"))); // a null element named
  }

  /** @return the operations, in the order given */
  public List<OperationInvestissement> operations() {
    return operations;
  }

  /**
   * The operation of a label.
   *
   * @param label its label
   * @return the operation
   * @throws org.cpom.CpomValidationException naming {@code label} when the plan has none of it
   */
  public OperationInvestissement operation(String label) {
    Objects.requireNonNull(label, "label");
    for (OperationInvestissement o : operations) {
      if (o.label().equals(label)) {
        return o;
      }
    }
    Checks.check(false, "label", label, InvestmentEngine.PPI_RULE, "is not an operation of the plan");
    throw new AssertionError();
  }

  /** @return the total cost of the operations */
  public Amount cost() {
    return Amount.total(operations.stream().map(OperationInvestissement::cost).toList());
  }

  /**
   * The spending of a year, all operations together.
   *
   * @param year the year
   * @return the sum of the operations' spending in it
   */
  public Amount spendingIn(Year year) {
    Objects.requireNonNull(year, "year");
    return Amount.total(operations.stream().map(o -> o.spendingIn(year)).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ppi p && operations.equals(p.operations);
  }

  @Override
  public int hashCode() {
    return operations.hashCode();
  }

  @Override
  public String toString() {
    return "Ppi[" + operations.size() + " operations, cost " + cost() + "]";
  }
}
