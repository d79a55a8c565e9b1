package org.cpom.budget;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import org.cpom.money.Amount;
import org.cpom.referential.GroupeFonctionnel;
import org.immutables.value.Value;

/**
 * One line of a computed BBZ: what it is, where it is booked, its amount, how it was computed and why it is
 * needed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BbzLine {
  BbzLine() {}

  /** The driver a line comes from. */
  public enum Kind implements Labelled {
    /** A post of the staffing plan. */
    STAFF,
    /** An activity-driven cost. */
    ACTIVITY,
    /** A fixed or structure cost. */
    FIXED,
    /** An other revenue (groupes II and III of produits). */
    OTHER_REVENUE;

    /**
     * The label in French or English.
     *
     * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     * @return the label
     * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
     */
    @Override
    public String label(Locale locale) {
      return switch (this) {
        case STAFF -> TraceLabels.pick(locale, "personnel", "staff");
        case ACTIVITY -> TraceLabels.pick(locale, "charge liée à l'activité", "activity-driven cost");
        case FIXED -> TraceLabels.pick(locale, "charge fixe", "fixed cost");
        case OTHER_REVENUE -> TraceLabels.pick(locale, "autres produits", "other revenue");
      };
    }
  }

  static BbzLine of(Kind kind, String label, String account, GroupeFonctionnel group, Amount amount,
      String computation, String justification) {
    return ImmutableBbzLine.of(kind, label, account, group, amount, computation, justification);
  }

  /**
   * The driver the line comes from.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * What the line is.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The account.
   *
   * @return the account
   */
  @Value.Parameter
  public abstract String account();

  /**
   * The groupe fonctionnel of the account.
   *
   * @return the group
   */
  @Value.Parameter
  public abstract GroupeFonctionnel group();

  /**
   * The amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount amount();

  /**
   * How the amount was computed, such as {@code "2.5 ETP x 38000.00 x (1 + 45 %) x (1 + 1 %)"}.
   *
   * @return the computation
   */
  @Value.Parameter
  public abstract String computation();

  /**
   * Why the line is needed.
   *
   * @return the justification
   */
  @Value.Parameter
  public abstract String justification();
}
