package org.cpom.budget;

import java.math.BigDecimal;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Rate;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The activity driver of a BBZ: places, days open and the expected occupancy, hence the
 * forecast days (journées prévisionnelles) and the forecast people present.
 *
 * <p>Forecast figures are kept exact (no rounding to whole days): {@code 60 places x 210 days x 95 %} is
 * 11,970 days. Money computed from them is rounded once, at the end.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: at most 1,000,000 places ({@link org.cpom.Convention#BBZ_ACTIVITY}).
 */
@Value.Immutable
public abstract class Activity {
  static final LegalBasis RULE = LegalBasis.convention(Convention.BBZ_ACTIVITY);

  Activity() {}

  /**
   * Creates an activity driver.
   *
   * @param places the places funded, at least 1
   * @param daysOpen the days open in the year, 1 to 366
   * @param expectedOccupancy the expected occupancy, above 0 and at most 100 %
   * @return the driver
   */
  public static Activity of(int places, int daysOpen, Rate expectedOccupancy) {
    return ImmutableActivity.of(places, daysOpen, expectedOccupancy);
  }

  /**
   * Places funded.
   *
   * @return the places
   */
  @Value.Parameter
  public abstract int places();

  /**
   * Days open in the year.
   *
   * @return the days
   */
  @Value.Parameter
  public abstract int daysOpen();

  /**
   * The expected occupancy rate.
   *
   * @return the rate, above 0 and at most 100 %
   */
  @Value.Parameter
  public abstract Rate expectedOccupancy();

  /**
   * Places times days open: the theoretical days.
   *
   * @return the days
   */
  public long theoreticalDays() {
    return (long) places() * daysOpen();
  }

  /**
   * Theoretical days times the expected occupancy, exact.
   *
   * @return the forecast days
   */
  public BigDecimal forecastDays() {
    return BigDecimal.valueOf(theoreticalDays()).multiply(expectedOccupancy().toFraction());
  }

  /**
   * Places times the expected occupancy, exact: the people present on an average day (for a service, the
   * people followed).
   *
   * @return the forecast people
   */
  public BigDecimal forecastPeople() {
    return BigDecimal.valueOf(places()).multiply(expectedOccupancy().toFraction());
  }

  @Value.Check
  void check() {
    Checks.positive(places(), "activity.places", RULE);
    EngineBounds.places(places(), "activity.places");
    Checks.check(daysOpen() >= 1 && daysOpen() <= 366, "activity.daysOpen", daysOpen(), RULE, "days open must be 1 to 366");
    Checks.check(expectedOccupancy().signum() > 0 && expectedOccupancy().compareTo(Rate.ONE) <= 0,
        "activity.expectedOccupancy", expectedOccupancy(), RULE, "occupancy must be above 0 and at most 100 %");
  }
}
