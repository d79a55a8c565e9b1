package org.cpom.contract;

import java.math.BigDecimal;
import java.util.Optional;
import org.cpom.money.Rate;
import org.immutables.value.Value;

/**
 * One indicator of a fiche-action in one contract year of the grille d'état d'avancement: its baseline,
 * the year's target, the value observed, and the achievement rate {@code (observed - baseline) / (target -
 * baseline)} defined on {@link Indicator}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorAchievement {
  IndicatorAchievement() {}

  static IndicatorAchievement create(Indicator indicator, int year, Optional<BigDecimal> observed) {
    return ImmutableIndicatorAchievement.of(indicator, year, observed);
  }

  /**
   * The indicator, as the contract states it during the year.
   *
   * @return the indicator
   */
  @Value.Parameter
  public abstract Indicator indicator();

  /**
   * The contract year's number.
   *
   * @return the number
   */
  @Value.Parameter
  public abstract int year();

  /**
   * The value observed in the year's follow-up.
   *
   * @return the value, or empty if none was reported
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> observed();

  /**
   * The indicator's baseline.
   *
   * @return the baseline
   */
  public BigDecimal baseline() {
    return indicator().baseline();
  }

  /**
   * The year's target.
   *
   * @return the target, or empty if the contract sets none for the year
   */
  public Optional<BigDecimal> target() {
    return indicator().target(year());
  }

  /**
   * The achievement rate, when the year has a target and a value was observed.
   *
   * @return the rate, or empty
   */
  public Optional<Rate> achievement() {
    return observed().flatMap(o -> indicator().achievement(year(), o));
  }

  /**
   * Whether the observed value meets the year's target in the indicator's direction.
   *
   * @return true if both exist and the target is met, false otherwise
   */
  public boolean isTargetMet() {
    return observed().isPresent() && target().isPresent() && indicator().meets(target().get(), observed().get());
  }
}
