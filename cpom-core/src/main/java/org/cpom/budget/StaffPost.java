package org.cpom.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * One line of the staffing plan of a BBZ (tableau des effectifs): a qualification, its
 * ETP, the gross annual cost of one ETP, the employer charges rate and the GVT rate (glissement vieillesse
 * technicité).
 *
 * <p>{@link #cost()}: {@code annual cost x ETP}, then employer charges on that base
 * ({@code x (1 + charges rate)}), then GVT on the loaded cost ({@code x (1 + GVT rate)}). The product is
 * computed exactly and rounded once, HALF_UP, to the cent; since nothing is rounded in
 * between, the order of the factors does not change the result. 2.5 ETP at 38,000.00 with 45 % charges and
 * 1 % GVT: {@code 38,000 x 2.5 = 95,000; x 1.45 = 137,750; x 1.01 = 139,127.50}.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 *
 * <p>Bounds: the ETP is a plain {@code BigDecimal} of at most 64 significant digits, zero to {@link #MAX_ETP}, and
 * the cost is within the range of an amount ({@link org.cpom.Convention#BBZ_STAFFING}).
 */
@Value.Immutable
public abstract class StaffPost {
  static final LegalBasis RULE = LegalBasis.convention(Convention.BBZ_STAFFING);

  /** The most ETP on one post ({@link org.cpom.Convention#BBZ_STAFFING}: as many as the places of the largest ESMS). */
  public static final BigDecimal MAX_ETP = BigDecimal.valueOf(EngineBounds.MAX_PLACES);

  StaffPost() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffPost}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableStaffPost.Builder {
    Builder() {}
  }

  /**
   * The qualification, such as "Éducateur spécialisé".
   *
   * @return the qualification
   */
  public abstract String qualification();

  /**
   * Full-time equivalents (ETP).
   *
   * @return zero to {@link #MAX_ETP}, a plain {@code BigDecimal} of at most 64 significant digits
   */
  public abstract BigDecimal etp();

  /**
   * Gross annual cost of one ETP, before employer charges.
   *
   * @return zero or more
   */
  public abstract Amount annualCost();

  /**
   * Employer charges as a rate of the gross cost.
   *
   * @return zero or more
   */
  public abstract Rate employerChargesRate();

  /**
   * The GVT rate; negative when turnover lowers the average cost (noria effect).
   *
   * @return above -100 %, zero unless stated
   */
  @Value.Default
  public Rate gvtRate() {
    return Rate.ZERO;
  }

  /**
   * The account the cost is booked on.
   *
   * @return {@code "64"} (charges de personnel) unless stated
   */
  @Value.Default
  public String account() {
    return "64";
  }

  /**
   * Why the post is needed.
   *
   * @return the justification
   */
  public abstract String justification();

  /**
   * The cost of the post, rounded once HALF_UP (see the class description).
   *
   * @return the cost
   */
  public Amount cost() {
    BigDecimal factor = etp().multiply(employerChargesRate().growthFactor()).multiply(gvtRate().growthFactor());
    return annualCost().multipliedBy(factor, RoundingMode.HALF_UP);
  }

  @Value.Check
  void check() {
    Checks.notBlank(qualification(), "staffPost.qualification");
    EngineBounds.storedDecimal(etp(), "staffPost.etp");
    Checks.notNegative(etp(), "staffPost.etp", RULE);
    Checks.check(etp().compareTo(MAX_ETP) <= 0, "staffPost.etp", etp().toPlainString(), EngineBounds.RULE,
        "more than " + MAX_ETP + " ETP on one post");
    Checks.check(!annualCost().isNegative(), "staffPost.annualCost", annualCost(), RULE, "must not be negative");
    Checks.check(employerChargesRate().signum() >= 0, "staffPost.employerChargesRate", employerChargesRate(), RULE,
        "must not be negative");
    Checks.check(gvtRate().growthFactor().signum() > 0, "staffPost.gvtRate", gvtRate(), RULE,
        "must be above -100 %");
    Accounts.check(account(), "staffPost.account");
    Checks.notBlank(justification(), "staffPost.justification");
    // a post that builds has a cost
    EngineBounds.naming(this::cost, "staffPost.annualCost", annualCost());
  }
}
