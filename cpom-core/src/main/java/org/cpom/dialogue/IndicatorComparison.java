package org.cpom.dialogue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cpom.contract.Indicator.Direction;
import org.cpom.money.Rate;

/**
 * One indicator value of an exercice against its target and the earlier years of the contract
 * ({@link org.cpom.Convention#DIALOGUE_TARGETS}, {@link org.cpom.Convention#DIALOGUE_TREND},
 * {@link org.cpom.Convention#DIALOGUE_THRESHOLDS}): the value, the contract year it falls in, the target and its
 * achievement rate when the contract sets one, the values of the earlier exercices of the contract, the trend since
 * the latest of them, the threshold of the exercice if the key has one, and the flags that sum it up.
 *
 * <p>Built by {@link DialogueEngine#compareIndicators}. This class is immutable and thread-safe; it compares by
 * value.
 */
public final class IndicatorComparison {
  private final IndicatorValue value;
  private final int contractYear;
  private final IndicatorLink link;
  private final BigDecimal target;
  private final Rate achievement;
  private final Direction direction;
  private final SortedMap<Year, BigDecimal> earlier;
  private final Trend trend;
  private final AlertThreshold threshold;
  private final Set<IndicatorFlag> flags;

  IndicatorComparison(IndicatorValue value, int contractYear, IndicatorLink link, BigDecimal target,
      Rate achievement, Direction direction, Map<Year, BigDecimal> earlier, Trend trend, AlertThreshold threshold,
      Set<IndicatorFlag> flags) {
    this.value = value;
    this.contractYear = contractYear;
    this.link = link;
    this.target = target;
    this.achievement = achievement;
    this.direction = direction;
    this.earlier = Collections.unmodifiableSortedMap(new TreeMap<>(earlier));
    this.trend = trend;
    this.threshold = threshold;
    this.flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
  }

  /**
   * The value observed.
   *
   * @return the value
   */
  public IndicatorValue value() {
    return value;
  }

  /**
   * The number of the contract year the exercice falls in (the one holding its 31 December).
   *
   * @return the number, 1 for the first year
   */
  public int contractYear() {
    return contractYear;
  }

  /**
   * The fiche-action indicator the target comes from.
   *
   * @return the link, empty when no link applies to the key and scope
   */
  public Optional<IndicatorLink> link() {
    return Optional.ofNullable(link);
  }

  /**
   * The target the contract sets for the contract year.
   *
   * @return the target, empty when there is none
   */
  public Optional<BigDecimal> target() {
    return Optional.ofNullable(target);
  }

  /**
   * Whether the target is met, in the indicator's direction.
   *
   * @return true or false, empty when there is no target
   */
  public Optional<Boolean> targetMet() {
    return target == null ? Optional.empty() : Optional.of(flags.contains(IndicatorFlag.TARGET_MET));
  }

  /**
   * The achievement rate {@code (value - baseline) / (target - baseline)} of the fiche-action indicator.
   *
   * @return the rate, empty when there is no target
   */
  public Optional<Rate> achievement() {
    return Optional.ofNullable(achievement);
  }

  /**
   * Which way the indicator improves: from the linked fiche-action indicator, else from the threshold.
   *
   * @return the direction, empty when neither gives one
   */
  public Optional<Direction> direction() {
    return Optional.ofNullable(direction);
  }

  /**
   * The values of the same key and scope in the earlier exercices of the contract.
   *
   * @return the values by year, oldest first; empty in the first year observed
   */
  public SortedMap<Year, BigDecimal> earlierYears() {
    return earlier;
  }

  /**
   * The move since the latest earlier exercice with a value.
   *
   * @return the trend, empty when no earlier exercice has a value
   */
  public Optional<Trend> trend() {
    return Optional.ofNullable(trend);
  }

  /**
   * The alert threshold of the key.
   *
   * @return the threshold, empty when the key has none
   */
  public Optional<AlertThreshold> threshold() {
    return Optional.ofNullable(threshold);
  }

  /**
   * The threshold in force for the exercice.
   *
   * @return the threshold's value, empty when the key has none
   */
  public Optional<BigDecimal> thresholdValue() {
    return threshold().map(t -> t.valueFor(value.year()));
  }

  /**
   * The flags: one of target met, missed or no target; one of improved, worsened, stable (or none when the
   * direction is unknown and the value moved) or first year; and alert when the threshold is crossed.
   *
   * @return an unmodifiable set, in the order of {@link IndicatorFlag}
   */
  public Set<IndicatorFlag> flags() {
    return flags;
  }

  /**
   * Whether the value is an alert of the report: it crosses its threshold or misses its target.
   *
   * @return true when flagged {@link IndicatorFlag#ALERT} or {@link IndicatorFlag#TARGET_MISSED}
   */
  public boolean isAlert() {
    return flags.contains(IndicatorFlag.ALERT) || flags.contains(IndicatorFlag.TARGET_MISSED);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicatorComparison o && value.equals(o.value) && contractYear == o.contractYear
        && Objects.equals(link, o.link) && Objects.equals(target, o.target)
        && Objects.equals(achievement, o.achievement) && direction == o.direction && earlier.equals(o.earlier)
        && trend == o.trend && Objects.equals(threshold, o.threshold) && flags.equals(o.flags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, contractYear, link, target, achievement, direction, earlier, trend, threshold, flags);
  }

  @Override
  public String toString() {
    return value + " (contract year " + contractYear + ")" + (target == null ? "" : " target "
        + target.toPlainString()) + " " + flags;
  }

  /** The comparison of a key in a list, the first one; shared by the report's CPOM and ESMS views. */
  static java.util.Optional<IndicatorComparison> find(java.util.List<IndicatorComparison> list, String key) {
    java.util.Objects.requireNonNull(key, "key");
    return list.stream().filter(c -> c.value().key().equals(key)).findFirst();
  }
}
