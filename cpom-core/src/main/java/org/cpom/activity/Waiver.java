package org.cpom.activity;

import java.math.BigDecimal;
import org.cpom.internal.Checks;
import org.cpom.money.Rate;
import org.immutables.value.Value;

/**
 * The authority's decision to waive all or part of a modulation, with its reason: particular circumstances
 * justifying the shortfall (R314-43-2 III) or an exceptional situation (R314-160, R314-174).
 *
 * <p>The share is the part of the modulation waived: 100 % cancels it, 40 % keeps 60 % of it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Waiver {
  Waiver() {}

  /**
   * A waiver of the whole modulation.
   *
   * @param reason why, e.g. "works closed a unit for four months"
   * @return the waiver
   */
  public static Waiver full(String reason) {
    return ImmutableWaiver.of(Rate.ONE, reason);
  }

  /**
   * A waiver of part of the modulation.
   *
   * @param share the part waived, above 0 and at most 100 %
   * @param reason why
   * @return the waiver
   */
  public static Waiver partial(Rate share, String reason) {
    return ImmutableWaiver.of(share, reason);
  }

  /**
   * The part of the modulation waived.
   *
   * @return above 0, at most 100 %
   */
  @Value.Parameter
  public abstract Rate share();

  /**
   * The reason recorded.
   *
   * @return the reason, not blank
   */
  @Value.Parameter
  public abstract String reason();

  @Value.Check
  void check() {
    Checks.notBlank(reason(), "waiver.reason");
    BigDecimal f = share().toFraction();
    Checks.check(f.signum() > 0 && f.compareTo(BigDecimal.ONE) <= 0, "waiver.share", share(),
        Articles.R314_43_2_III, "the part waived is above 0 and at most 100 %");
  }
}
