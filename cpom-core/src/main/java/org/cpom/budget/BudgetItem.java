package org.cpom.budget;

import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * An amount on an account with its label and, when it is a proposal, its justification: a fixed or
 * structure cost or an other revenue of a BBZ, or a line of the historical base.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetItem {
  BudgetItem() {}

  /**
   * An item with a justification: a BBZ fixed cost or other revenue.
   *
   * @param account the account
   * @param label what it is, such as "Loyer"
   * @param amount the amount
   * @param justification why it is needed
   * @return the item
   */
  public static BudgetItem of(String account, String label, Amount amount, String justification) {
    return ImmutableBudgetItem.of(account, label, amount, Optional.of(java.util.Objects.requireNonNull(justification, "justification")));
  }

  /**
   * An item without justification: a line of the historical base.
   *
   * @param account the account
   * @param label what it is
   * @param amount the amount
   * @return the item
   */
  public static BudgetItem of(String account, String label, Amount amount) {
    return ImmutableBudgetItem.of(account, label, amount, Optional.empty());
  }

  /**
   * The account.
   *
   * @return a class 6 or 7 account
   */
  @Value.Parameter
  public abstract String account();

  /**
   * What the item is.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount amount();

  /**
   * Why the item is needed.
   *
   * @return the justification, or empty for a historical line
   */
  @Value.Parameter
  public abstract Optional<String> justification();

  @Value.Check
  void check() {
    Accounts.check(account(), "budgetItem.account");
    Checks.notBlank(label(), "budgetItem.label");
    justification().ifPresent(j -> Checks.notBlank(j, "budgetItem.justification"));
  }
}
