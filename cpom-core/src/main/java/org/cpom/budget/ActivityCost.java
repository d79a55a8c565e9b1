package org.cpom.budget;

import java.math.RoundingMode;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * An activity-driven cost of a BBZ: a unit cost times a forecast volume, such as meals at
 * 6.40 per forecast day. The product is rounded once, HALF_UP, to the cent.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActivityCost {
  static final LegalBasis RULE = LegalBasis.convention(Convention.BBZ_ACTIVITY_COST);

  ActivityCost() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityCost}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableActivityCost.Builder {
    Builder() {}
  }

  /**
   * What the cost is, such as "Repas".
   *
   * @return the label
   */
  public abstract String label();

  /**
   * The account the cost is booked on.
   *
   * @return a class 6 account
   */
  public abstract String account();

  /**
   * The cost of one unit of volume.
   *
   * @return zero or more
   */
  public abstract Amount unitCost();

  /**
   * What the unit cost is multiplied by.
   *
   * @return the driver
   */
  public abstract VolumeDriver driver();

  /**
   * Why the cost is needed at this level.
   *
   * @return the justification
   */
  public abstract String justification();

  /**
   * The unit cost times the driver's volume, rounded once HALF_UP.
   *
   * @param activity the activity
   * @return the cost
   */
  public Amount cost(Activity activity) {
    java.util.Objects.requireNonNull(activity, "activity");
    return unitCost().multipliedBy(driver().volume(activity), RoundingMode.HALF_UP);
  }

  @Value.Check
  void check() {
    Checks.notBlank(label(), "activityCost.label");
    Accounts.check(account(), "activityCost.account");
    Checks.check(!unitCost().isNegative(), "activityCost.unitCost", unitCost(), RULE, "must not be negative");
    Checks.notBlank(justification(), "activityCost.justification");
  }
}
