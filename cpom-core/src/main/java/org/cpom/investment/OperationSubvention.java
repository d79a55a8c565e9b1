package org.cpom.investment;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.cpom.money.Amount;

/**
 * An investment subsidy of an operation (subvention d'investissement, c/13): its amount, the year it is received and
 * the pace it is taken to income (c/777): that of one component's accounting plan when a component is named, else
 * that of the whole asset ({@code cpom:subsidy-reprise}). Built by
 * {@link OperationInvestissement#withSubvention(Amount, Year)}. Immutable and thread-safe; compares by value.
 */
public final class OperationSubvention {
  private final Amount amount;
  private final Year received;
  private final String composant;

  OperationSubvention(Amount amount, Year received, String composant) {
    this.amount = amount;
    this.received = received;
    this.composant = composant;
  }

  /** @return the amount of the subsidy */
  public Amount amount() {
    return amount;
  }

  /** @return the year it is received (cash in) */
  public Year received() {
    return received;
  }

  /** @return the label of the component whose pace it follows, if one was named; else the whole asset's pace */
  public Optional<String> composant() {
    return Optional.ofNullable(composant);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OperationSubvention s && amount.equals(s.amount) && received.equals(s.received)
        && Objects.equals(composant, s.composant);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, received, composant);
  }

  @Override
  public String toString() {
    return "OperationSubvention[" + amount + " received " + received
        + (composant == null ? "" : " at the pace of " + composant) + "]";
  }
}
