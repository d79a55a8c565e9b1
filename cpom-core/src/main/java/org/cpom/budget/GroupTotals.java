package org.cpom.budget;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.referential.GroupeFonctionnel;

/**
 * Amounts by groupe fonctionnel, the figure every view of a budget gives (CASF R314-13): the three groups of
 * charges, the three of produits, their totals and the result.
 *
 * <p>Every group is present, at zero when no line falls in it. The six amounts total at most
 * {@code Long.MAX_VALUE} cents in absolute value ({@link org.cpom.Convention#ENGINE_BOUNDS}: the bound of exact arithmetic), so that the
 * charges, the produits and the result can always be computed. This class is immutable and thread-safe.
 */
public final class GroupTotals {
  /** Totals of zero in every group. */
  public static final GroupTotals ZERO = new GroupTotals(new EnumMap<>(GroupeFonctionnel.class));

  private final Map<GroupeFonctionnel, Amount> amounts;

  private GroupTotals(EnumMap<GroupeFonctionnel, Amount> amounts) {
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("the amounts of the groups");
    for (GroupeFonctionnel g : GroupeFonctionnel.values()) {
      total.add(amounts.computeIfAbsent(g, k -> Amount.ZERO).cents(), () -> "amounts[" + g + "]");
    }
    this.amounts = Collections.unmodifiableMap(amounts);
  }

  /**
   * Totals from amounts by group; a missing group is zero.
   *
   * @param amounts the amounts
   * @return the totals
   * @throws org.cpom.CpomValidationException if the amounts total more than {@code Long.MAX_VALUE} cents in
   *     absolute value
   */
  public static GroupTotals of(Map<GroupeFonctionnel, Amount> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    EnumMap<GroupeFonctionnel, Amount> copy = new EnumMap<>(GroupeFonctionnel.class);
    amounts.forEach((g, a) -> copy.put(Objects.requireNonNull(g, "group"), Objects.requireNonNull(a, "amount")));
    return new GroupTotals(copy);
  }

  /** Totals from cents indexed by {@link GroupeFonctionnel#ordinal()}. */
  static GroupTotals ofCents(long[] cents) {
    EnumMap<GroupeFonctionnel, Amount> map = new EnumMap<>(GroupeFonctionnel.class);
    for (GroupeFonctionnel g : GroupeFonctionnel.values()) {
      map.put(g, Amount.ofCents(cents[g.ordinal()]));
    }
    return new GroupTotals(map);
  }

  /**
   * These totals with an amount added to one group.
   *
   * @param group the group
   * @param amount the amount to add
   * @return new totals
   * @throws org.cpom.CpomValidationException if the amounts then total more than {@code Long.MAX_VALUE} cents
   *     in absolute value
   */
  public GroupTotals plus(GroupeFonctionnel group, Amount amount) {
    EnumMap<GroupeFonctionnel, Amount> copy = new EnumMap<>(amounts);
    copy.merge(Objects.requireNonNull(group, "group"), Objects.requireNonNull(amount, "amount"), Amount::plus);
    return new GroupTotals(copy);
  }

  /**
   * These totals added group by group to others.
   *
   * @param other the other totals
   * @return new totals
   * @throws org.cpom.CpomValidationException if the sums total more than {@code Long.MAX_VALUE} cents in
   *     absolute value
   */
  public GroupTotals plus(GroupTotals other) {
    Objects.requireNonNull(other, "other");
    EnumMap<GroupeFonctionnel, Amount> copy = new EnumMap<>(amounts);
    other.amounts.forEach((g, a) -> copy.merge(g, a, Amount::plus));
    return new GroupTotals(copy);
  }

  /**
   * The amount of one group.
   *
   * @param group the group
   * @return the amount, zero if no line
   */
  public Amount amount(GroupeFonctionnel group) {
    return amounts.get(Objects.requireNonNull(group, "group"));
  }

  /**
   * The amounts of the six groups, in the order of {@link GroupeFonctionnel}.
   *
   * @return an unmodifiable map
   */
  public Map<GroupeFonctionnel, Amount> amounts() {
    return amounts;
  }

  /**
   * Charges groups I to III.
   *
   * @return the total of charges
   */
  public Amount charges() {
    return sum(true);
  }

  /**
   * Produits groups I to III.
   *
   * @return the total of produits
   */
  public Amount produits() {
    return sum(false);
  }

  /**
   * Produits less charges: positive for a surplus (excédent), negative for a deficit.
   *
   * @return the result
   */
  public Amount result() {
    return produits().minus(charges());
  }

  private Amount sum(boolean charges) {
    Amount total = Amount.ZERO;
    for (Map.Entry<GroupeFonctionnel, Amount> e : amounts.entrySet()) {
      if (e.getKey().isCharges() == charges) {
        total = total.plus(e.getValue());
      }
    }
    return total;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GroupTotals && ((GroupTotals) obj).amounts.equals(amounts);
  }

  @Override
  public int hashCode() {
    return amounts.hashCode();
  }

  @Override
  public String toString() {
    return amounts.toString();
  }
}
