package org.cpom.dialogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.contract.Indicator.Direction;
import org.cpom.internal.Checks;
import org.cpom.param.RegulatoryParameter;

/**
 * An alert threshold (seuil d'alerte) of an indicator of the catalogue ({@link Convention#DIALOGUE_THRESHOLDS}): a
 * dated parameter with its source, in the unit of the indicator (percent for a rate), and the direction in which
 * the indicator improves. A value crosses it when it is strictly on its worse side: below it when higher is
 * better, above it when lower is better. The threshold of an exercice is the one in force on its 1 January.
 *
 * <p>The library's defaults ({@link #libraryDefaults()}) are documented by the convention; a contract's own
 * threshold is built with {@link #of} or a default changed with {@link RegulatoryParameter#withValue}.
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
public final class AlertThreshold {
  /** The date the library's defaults apply from: early enough for any contract year (Cpom.MIN_YEAR). */
  static final LocalDate FROM = LocalDate.of(1900, 1, 1);
  private static final LegalBasis RULE = LegalBasis.convention(Convention.DIALOGUE_THRESHOLDS);

  private final String key;
  private final Direction direction;
  private final RegulatoryParameter<BigDecimal> value;

  private AlertThreshold(String key, Direction direction, RegulatoryParameter<BigDecimal> value) {
    this.key = Checks.notBlank(key, "alertThreshold.key");
    this.direction = Objects.requireNonNull(direction, "direction");
    this.value = Objects.requireNonNull(value, "value");
    value.values().values().forEach(v -> Checks.bounded(v, "alertThreshold.value"));
  }

  /**
   * A threshold.
   *
   * @param key the catalogue key it applies to
   * @param direction which way the indicator improves
   * @param value the threshold by effective date with its source, in the indicator's unit (percent for a rate)
   * @return the threshold
   */
  public static AlertThreshold of(String key, Direction direction, RegulatoryParameter<BigDecimal> value) {
    return new AlertThreshold(key, direction, value);
  }

  /**
   * Taux de CAF below 2 %: the CNSA's « critère de déséquilibre financier », as Hélios quotes it.
   *
   * @return the threshold on {@link IndicatorKeys#CAF_RATE}
   */
  public static AlertThreshold cafRate() {
    return of(IndicatorKeys.CAF_RATE, Direction.HIGHER_IS_BETTER, RegulatoryParameter.of(
        "seuil du taux de CAF (CNSA, critère de déséquilibre financier, cité par Hélios)", RULE, FROM, new BigDecimal("2.00")));
  }

  /**
   * Taux d'occupation above 120 %: Hélios's « valeur atypique », a data-quality flag rather than an ARS alert.
   *
   * @return the threshold on {@link IndicatorKeys#OCCUPANCY_RATE}
   */
  public static AlertThreshold occupancyAtypical() {
    return of(IndicatorKeys.OCCUPANCY_RATE, Direction.LOWER_IS_BETTER, RegulatoryParameter.of(
        "seuil de valeur atypique du taux d'occupation (Hélios)", RULE, FROM,
        new BigDecimal("120.00")));
  }

  /**
   * Taux d'absentéisme above 10 %: no official threshold was found; the library's default, to be replaced by the
   * contract's.
   *
   * @return the threshold on {@link IndicatorKeys#ABSENTEEISM}
   */
  public static AlertThreshold absenteeism() {
    return of(IndicatorKeys.ABSENTEEISM, Direction.LOWER_IS_BETTER, RegulatoryParameter.of(
        "seuil du taux d'absentéisme (défaut de la bibliothèque, aucun seuil officiel trouvé)", RULE, FROM,
        new BigDecimal("10.00")));
  }

  /**
   * The library's defaults: {@link #cafRate()}, {@link #occupancyAtypical()}, {@link #absenteeism()}.
   *
   * @return an unmodifiable list
   */
  public static List<AlertThreshold> libraryDefaults() {
    return List.of(cafRate(), occupancyAtypical(), absenteeism());
  }

  /**
   * The catalogue key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Which way the indicator improves.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * The threshold by effective date, with its source.
   *
   * @return the parameter
   */
  public RegulatoryParameter<BigDecimal> value() {
    return value;
  }

  /**
   * The threshold of an exercice: the value in force on its 1 January.
   *
   * @param year the exercice
   * @return the threshold
   * @throws org.cpom.CpomValidationException if no value is in force then
   */
  public BigDecimal valueFor(Year year) {
    return value.valueFor(year);
  }

  /**
   * Whether a value crosses the threshold of an exercice: strictly on its worse side.
   *
   * @param observed the value
   * @param year the exercice
   * @return true when it crosses
   */
  public boolean isCrossedBy(BigDecimal observed, Year year) {
    int c = Checks.plain(Checks.bounded(observed, "observed")).compareTo(valueFor(year));
    return direction == Direction.HIGHER_IS_BETTER ? c < 0 : c > 0;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AlertThreshold o && key.equals(o.key) && direction == o.direction && value.equals(o.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, direction, value);
  }

  @Override
  public String toString() {
    return key + " " + (direction == Direction.HIGHER_IS_BETTER ? ">=" : "<=") + " " + value;
  }
}
