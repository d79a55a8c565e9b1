package org.cpom.activity;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

import java.math.BigDecimal;
import java.util.Objects;
import org.cpom.money.Rate;

/**
 * Where an EHPAD's funding stood against the result of its tariff equation, which set its occupancy
 * threshold during the 2018-2023 transition (arrêtés of 4 and 28 September 2017).
 *
 * <p>From 2024 the threshold is 95 % whatever the level.
 */
public enum EhpadFundingLevel implements Labelled {
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
  public static EhpadFundingLevel from(Rate fundingRatio) {
    BigDecimal f = Objects.requireNonNull(fundingRatio, "fundingRatio").toFraction();
    if (f.compareTo(BigDecimal.ONE) >= 0) {
      return AT_LEAST_TARGET;
    }
    return f.compareTo(NINETY) >= 0 ? FROM_90_TO_100 : BELOW_90;
  }

  /**
   * The label in French or English (niveau de financement).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case AT_LEAST_TARGET -> TraceLabels.pick(locale, "au moins 100 % de l'équation tarifaire", "at least 100 % of the tariff equation");
      case FROM_90_TO_100 -> TraceLabels.pick(locale, "de 90 % à moins de 100 % de l'équation tarifaire", "90 % to under 100 % of the tariff equation");
      case BELOW_90 -> TraceLabels.pick(locale, "moins de 90 % de l'équation tarifaire", "below 90 % of the tariff equation");
    };
  }
}
