package org.cpom.dialogue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.referential.FinessNumber;

/**
 * The value of one indicator of the catalogue observed for an exercice (valeur constatée), for one ESMS or for the
 * whole CPOM ({@link org.cpom.Convention#DIALOGUE_TARGETS}): its key, its year, the value and its unit. A rate is
 * given in percent (95.00 for 95 %), as {@link IndicatorRate#percent()} and {@link IndicateursPersonnel} give it.
 * The value is kept exactly as given (a plain {@code BigDecimal}, bounded as every decimal of cpom); whether the
 * key is in the catalogue with that unit is checked by the functions that read it.
 *
 * <p>This class is immutable and thread-safe; it compares by value ({@code 95.0} and {@code 95.00} differ, as
 * {@code BigDecimal} does; the comparisons of the dialogue use {@code compareTo}).
 */
public final class IndicatorValue {
  private final String key;
  private final FinessNumber esms;
  private final Year year;
  private final BigDecimal value;
  private final IndicatorUnit unit;

  private IndicatorValue(String key, FinessNumber esms, Year year, BigDecimal value, IndicatorUnit unit) {
    this.key = Checks.notBlank(key, "indicatorValue.key");
    this.esms = esms;
    this.year = Objects.requireNonNull(year, "year");
    this.value = Checks.plain(Checks.bounded(value, "indicatorValue.value"));
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /**
   * A value for the whole CPOM (all the ESMS of the perimeter together).
   *
   * @param key the catalogue key, such as {@link IndicatorKeys#ABSENTEEISM}
   * @param year the exercice observed
   * @param value the value, in percent for a rate
   * @param unit the unit, that of the key's definition
   * @return the value
   */
  public static IndicatorValue ofCpom(String key, Year year, BigDecimal value, IndicatorUnit unit) {
    return new IndicatorValue(key, null, year, value, unit);
  }

  /**
   * A value for one ESMS.
   *
   * @param esms the ESMS's FINESS
   * @param key the catalogue key, such as {@link IndicatorKeys#OCCUPANCY_RATE}
   * @param year the exercice observed
   * @param value the value, in percent for a rate
   * @param unit the unit, that of the key's definition
   * @return the value
   */
  public static IndicatorValue ofEsms(FinessNumber esms, String key, Year year, BigDecimal value,
      IndicatorUnit unit) {
    return new IndicatorValue(key, Objects.requireNonNull(esms, "esms"), year, value, unit);
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
   * The ESMS observed.
   *
   * @return its FINESS; empty for a value of the whole CPOM
   */
  public Optional<FinessNumber> esms() {
    return Optional.ofNullable(esms);
  }

  /**
   * The exercice observed.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * The value, in percent for a rate.
   *
   * @return the value as given
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * The unit.
   *
   * @return the unit
   */
  public IndicatorUnit unit() {
    return unit;
  }

  /** The key and the scope, which a year has at most one value of. */
  String series() {
    return key + "@" + (esms == null ? "CPOM" : esms.value());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicatorValue o && key.equals(o.key) && Objects.equals(esms, o.esms)
        && year.equals(o.year) && value.equals(o.value) && unit == o.unit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, esms, year, value, unit);
  }

  @Override
  public String toString() {
    return key + " " + (esms == null ? "CPOM" : esms.value()) + " " + year + " = " + value.toPlainString() + " ("
        + unit.name() + ")";
  }
}
