package org.cpom.activity;

import java.math.BigDecimal;
import java.util.Objects;
import org.cpom.money.Rate;

/**
 * Where an EHPAD's funding stood against the result of its tariff equation, which set its occupancy
 * threshold during the 2018-2023 transition (arrêtés of 4 and 28 September 2017).
 *
 * <p>From 2024 the threshold is 95 % whatever the level.
 */
public enum EhpadFundingLevel {
  /** Funding at or above 100 % of the equation result: threshold 95 % from 2018. */
  AT_LEAST_TARGET,
  /** Funding from 90 % (included) to 100 % (excluded): threshold 90 % in 2018 rising by one point a year. */
  FROM_90_TO_100,
  /** Funding below 90 %: no modulation before 2024. */
  BELOW_90;

  private static final BigDecimal NINETY = new BigDecimal("0.9");

  /**
   * The level of a funding ratio (funding / equation result). 90 % exactly is in {@link #FROM_90_TO_100},
   * 100 % exactly in {@link #AT_LEAST_TARGET} (a library reading: the sources say "between 90 % and
   * 100 %").
   *
   * @param fundingRatio the funding divided by the equation result
   * @return the level
   */
  public static EhpadFundingLevel of(Rate fundingRatio) {
    BigDecimal f = Objects.requireNonNull(fundingRatio, "fundingRatio").toFraction();
    if (f.compareTo(BigDecimal.ONE) >= 0) {
      return AT_LEAST_TARGET;
    }
    return f.compareTo(NINETY) >= 0 ? FROM_90_TO_100 : BELOW_90;
  }
}
