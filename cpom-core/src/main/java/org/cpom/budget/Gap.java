package org.cpom.budget;

import java.util.List;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.GroupeFonctionnel;
import org.immutables.value.Value;

/**
 * The gap between a proposed amount and its base, for a group or one account.
 *
 * <p>{@link #difference()} is {@code proposed - base}. {@link #percent()} is the difference over the
 * absolute value of the base, so a positive rate always means an increase; it is empty when the base is
 * zero, where no percentage is defined (a new line), and the euro difference is then the whole story.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Gap {
  Gap() {}

  static Gap of(GroupeFonctionnel group, Optional<String> account, String label, Amount base, Amount proposed,
      List<String> justifications) {
    return ImmutableGap.of(group, account, label, base, proposed, justifications);
  }

  /**
   * The group, or the group of the account.
   *
   * @return the group
   */
  @Value.Parameter
  public abstract GroupeFonctionnel group();

  /**
   * The account, for a gap by line.
   *
   * @return the account, or empty for a gap by group
   */
  @Value.Parameter
  public abstract Optional<String> account();

  /**
   * What the gap is about.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The historical base.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount base();

  /**
   * The proposed amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount proposed();

  /**
   * The justifications of the proposed lines, as "label: justification".
   *
   * @return the justifications, possibly empty
   */
  @Value.Parameter
  public abstract List<String> justifications();

  /**
   * Proposed less base.
   *
   * @return the difference in euros
   */
  public Amount difference() {
    return proposed().minus(base());
  }

  /**
   * The difference as a share of the base's absolute value.
   *
   * @return the rate, or empty when the base is zero
   */
  public Optional<Rate> percent() {
    return Percent.of(difference(), base());
  }
}
