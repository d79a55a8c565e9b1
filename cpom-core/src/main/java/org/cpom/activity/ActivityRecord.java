package org.cpom.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Map;
import java.util.OptionalLong;
import org.cpom.contract.ModulationIndicator;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Rate;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The activity of one ESMS observed over one calendar year, and the rates derived from it.
 *
 * <ul>
 *   <li>Taux d'occupation (R314-43-2 II 1°): days provided / theoretical days, where theoretical days are
 *       places authorised and funded times days open ({@link #occupancyRate()}).
 *   <li>EHPAD taux d'occupation (R314-160, R314-174): the same on permanent places only, absences under 72
 *       hours counting as days provided ({@link #ehpadOccupancyRate()}).
 *   <li>Taux de réalisation (ANAP tableau de bord, {@link Convention#REALISATION_RATE}): days provided / days
 *       funded ({@link #realisationRate()}).
 * </ul>
 *
 * <p>Rates that do not terminate are kept to {@value #PRECISION} significant digits, HALF_UP, for display;
 * {@link ActivityEngine} computes an amount from the day counts themselves, so that it is rounded once.
 *
 * <p>Build one with {@link #builder()}; {@link Builder#capacityOf(Esms)} and {@link
 * Builder#permanentCapacityOf(Esms)} fill the ESMS and its theoretical days from its capacity.
 *
 * <p>Bounds ({@link org.cpom.Convention#ENGINE_BOUNDS}, {@code build()} rejects what is beyond): the year is 1583 to 9999; every count
 * (days provided, absences, theoretical and funded days, people, services) is zero to 366,000,000, 366 days
 * for each of at most 1,000,000 places, so that sums of counts are exact; the values of the contract's own
 * indicators are plain {@code BigDecimal}s of at most 64 significant digits within 10^+-40. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActivityRecord {
  /** Significant digits kept in a non-terminating rate. */
  public static final int PRECISION = 12;

  ActivityRecord() {}

  /**
   * A builder; {@code esms} and {@code year} are required, the counts are zero or absent unless given.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActivityRecord}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableActivityRecord.Builder {
    Builder() {}

    /**
     * Sets the ESMS and its theoretical days from every capacity line (places funded x days open).
     *
     * @param esms the ESMS
     * @return this builder
     */
    public Builder capacityOf(Esms esms) {
      java.util.Objects.requireNonNull(esms, "esms");
      long days = 0;
      for (CapacityLine l : esms.capacity()) {
        // each line is at most 366 x 2^31 days: the sum is bounded by build(), here it must only not wrap
        days = days > Long.MAX_VALUE - l.theoreticalDays() ? Long.MAX_VALUE : days + l.theoreticalDays();
      }
      esms(esms.finess());
      theoreticalDays(days);
      return this;
    }

    /**
     * Sets the ESMS and its theoretical days from its permanent places only (hébergement permanent), as
     * the EHPAD occupancy of R314-160 and R314-174 requires.
     *
     * @param esms the ESMS
     * @return this builder
     */
    public Builder permanentCapacityOf(Esms esms) {
      java.util.Objects.requireNonNull(esms, "esms");
      esms(esms.finess());
      theoreticalDays(esms.capacity(CapacityMode.HEBERGEMENT_PERMANENT).map(CapacityLine::theoreticalDays).orElse(0L));
      return this;
    }
  }

  /**
   * The ESMS.
   *
   * @return its FINESS
   */
  public abstract FinessNumber esms();

  /**
   * The calendar year observed.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Days provided (journées réalisées) in the year.
   *
   * @return zero or more
   */
  @Value.Default
  public long daysProvided() {
    return 0;
  }

  /**
   * Days of absence under 72 hours (hospital or personal) of residents of permanent places; they count as
   * days provided in the EHPAD occupancy only (R314-160, R314-174).
   *
   * @return zero or more
   */
  @Value.Default
  public long absencesUnder72Hours() {
    return 0;
  }

  /**
   * Theoretical days: places authorised and funded times days open (R314-43-2 II 1°).
   *
   * @return zero or more
   */
  @Value.Default
  public long theoreticalDays() {
    return 0;
  }

  /**
   * Days funded (journées financées), the denominator of the taux de réalisation.
   *
   * @return the days, if known
   */
  public abstract OptionalLong fundedDays();

  /**
   * People supported in the calendar year (R314-43-2 II 2°).
   *
   * @return the count, if known
   */
  public abstract OptionalLong peopleSupported();

  /**
   * Services delivered in the calendar year (R314-43-2 II 3°).
   *
   * @return the count, if known
   */
  public abstract OptionalLong servicesDelivered();

  /**
   * Taux d'occupation = days provided / theoretical days (R314-43-2 II 1°). Example: 13,870 days on 40
   * places open 365 days give 95 %.
   *
   * @return the rate
   * @throws org.cpom.CpomValidationException if the theoretical days are zero
   */
  public Rate occupancyRate() {
    return ratio(daysProvided(), "R314-43-2 II 1°");
  }

  /**
   * EHPAD taux d'occupation = (days provided + absences under 72 hours) / theoretical days of permanent
   * places (R314-160, R314-174).
   *
   * @return the rate
   * @throws org.cpom.CpomValidationException if the theoretical days are zero
   */
  public Rate ehpadOccupancyRate() {
    // both are at most MAX_DAYS (checked when built): the sum is exact
    return ratio(Math.addExact(daysProvided(), absencesUnder72Hours()), "R314-160 / R314-174");
  }

  private Rate ratio(long days, String article) {
    Checks.check(theoreticalDays() > 0, "activity.theoreticalDays", theoreticalDays(), LegalBasis.casf(article),
        "no theoretical days (funded places x days open) for ESMS " + esms() + " in " + year());
    return Rate.ratio(BigDecimal.valueOf(days), BigDecimal.valueOf(theoreticalDays()), PRECISION, RoundingMode.HALF_UP);
  }

  /**
   * Taux de réalisation = days provided / days funded ({@link Convention#REALISATION_RATE}: no article, the ANAP
   * tableau de bord's definition). Example: 13,870 days for
   * 13,140 funded give 105.56 % (rounded for display).
   *
   * @return the rate
   * @throws org.cpom.CpomValidationException if the funded days are absent or zero
   */
  public Rate realisationRate() {
    long funded = fundedDays().orElse(0);
    Checks.check(funded > 0, "activity.fundedDays", fundedDays(), LegalBasis.convention(Convention.REALISATION_RATE),
        "no funded days for ESMS " + esms() + " in " + year());
    return Rate.ratio(BigDecimal.valueOf(daysProvided()), BigDecimal.valueOf(funded), PRECISION, RoundingMode.HALF_UP);
  }

  /**
   * The observed values of the contract's own indicators ({@link ModulationIndicator#custom}), by code: a
   * fraction for a rate, a number for a count (CASF R314-43-2 II, clause contraire justifiée).
   *
   * @return the values, possibly none
   */
  public abstract Map<String, BigDecimal> otherIndicators();

  /**
   * The observed value of a contract indicator: the occupancy rate as a fraction, the count, or the value of
   * a contract's own indicator.
   *
   * @param indicator the indicator
   * @return the observed value
   * @throws org.cpom.CpomValidationException if the record lacks the data
   */
  public BigDecimal observed(ModulationIndicator indicator) {
    java.util.Objects.requireNonNull(indicator, "indicator");
    if (indicator.equals(ModulationIndicator.OCCUPANCY_RATE)) {
      return occupancyRate().toFraction();
    }
    if (indicator.equals(ModulationIndicator.PEOPLE_SUPPORTED)) {
      return count(peopleSupported(), "activity.peopleSupported", indicator);
    }
    if (indicator.equals(ModulationIndicator.SERVICES_DELIVERED)) {
      return count(servicesDelivered(), "activity.servicesDelivered", indicator);
    }
    BigDecimal value = otherIndicators().get(indicator.code());
    Checks.check(value != null, "activity.otherIndicators[" + EngineBounds.shown(indicator.code()) + "]", "absent",
        LegalBasis.casf(indicator.article()),
        "the record of ESMS " + esms() + " for " + year() + " lacks the value of the contract's indicator "
            + EngineBounds.shown(indicator.label()));
    return value;
  }

  private BigDecimal count(OptionalLong value, String field, ModulationIndicator indicator) {
    Checks.check(value.isPresent(), field, "absent", LegalBasis.casf(indicator.article()),
        "the record of ESMS " + esms() + " for " + year() + " lacks the count the contract uses");
    return BigDecimal.valueOf(value.getAsLong());
  }

  @Value.Check
  void check() {
    LegalBasis rule = LegalBasis.casf("R314-43-2 II");
    EngineBounds.year(year(), "activity.year");
    EngineBounds.days(daysProvided(), "activity.daysProvided", rule);
    EngineBounds.days(absencesUnder72Hours(), "activity.absencesUnder72Hours", rule);
    EngineBounds.days(theoreticalDays(), "activity.theoreticalDays", rule);
    EngineBounds.days(fundedDays().orElse(0), "activity.fundedDays", rule);
    EngineBounds.days(peopleSupported().orElse(0), "activity.peopleSupported", rule);
    EngineBounds.days(servicesDelivered().orElse(0), "activity.servicesDelivered", rule);
    otherIndicators().forEach((code, v) -> {
      String field = "activity.otherIndicators[" + EngineBounds.shown(code) + "]";
      EngineBounds.storedDecimal(v, field);
      Checks.check(v.signum() >= 0, field, v.toPlainString(), rule, "must not be negative");
    });
  }
}
