package org.cpom.referential;

import org.cpom.internal.Checks;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * The places of one mode: authorised, funded (autorisées et financées, never more than authorised), and
 * the days the mode is open in a year. the occupancy rate of R314-43-2 II 1° divides by
 * funded places times days open.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CapacityLine {
  static final LegalBasis RULE = LegalBasis.convention(Convention.CAPACITY);

  CapacityLine() {}

  /**
   * Creates a line.
   *
   * @param mode the mode
   * @param authorisedPlaces places authorised
   * @param fundedPlaces places authorised and funded, at most the authorised places
   * @param daysOpen days open in the year, 1 to 366
   * @return the line
   */
  public static CapacityLine of(CapacityMode mode, int authorisedPlaces, int fundedPlaces, int daysOpen) {
    return ImmutableCapacityLine.of(mode, authorisedPlaces, fundedPlaces, daysOpen);
  }

  /**
   * The mode.
   *
   * @return the mode
   */
  @Value.Parameter
  public abstract CapacityMode mode();

  /**
   * Places authorised.
   *
   * @return the number of places
   */
  @Value.Parameter
  public abstract int authorisedPlaces();

  /**
   * Places authorised and funded.
   *
   * @return the number of places
   */
  @Value.Parameter
  public abstract int fundedPlaces();

  /**
   * Days open in the year.
   *
   * @return the days
   */
  @Value.Parameter
  public abstract int daysOpen();

  /**
   * Funded places times days open: the theoretical days of R314-43-2 II 1°.
   *
   * @return the theoretical days
   */
  public long theoreticalDays() {
    return (long) fundedPlaces() * daysOpen();
  }

  @Value.Check
  void check() {
    Checks.notNegative(authorisedPlaces(), "capacity.authorisedPlaces", RULE);
    Checks.notNegative(fundedPlaces(), "capacity.fundedPlaces", RULE);
    Checks.check(fundedPlaces() <= authorisedPlaces(), "capacity.fundedPlaces", fundedPlaces(), RULE,
        "more funded than authorised places (" + authorisedPlaces() + ")");
    Checks.check(daysOpen() >= 1 && daysOpen() <= 366, "capacity.daysOpen", daysOpen(), RULE,
        "days open must be 1 to 366");
  }
}
