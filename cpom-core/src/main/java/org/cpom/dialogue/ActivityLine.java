package org.cpom.dialogue;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.cpom.referential.CapacityMode;

/**
 * The activity of one mode of accompaniment, or of every mode, over a year: the days of presence, the theoretical
 * days (places authorised and funded times days open, CASF R314-43-2 II 1°), the funded days when given, and the
 * taux d'occupation and taux de réalisation they give ({@link org.cpom.Convention#DIALOGUE_RATES}).
 *
 * <p>Built by {@link DialogueEngine#peopleActivity}. This class is immutable and thread-safe; it compares by value.
 */
public final class ActivityLine {
  private final CapacityMode mode;
  private final long daysProvided;
  private final long theoreticalDays;
  private final OptionalLong fundedDays;

  ActivityLine(CapacityMode mode, long daysProvided, long theoreticalDays, OptionalLong fundedDays) {
    this.mode = mode;
    this.daysProvided = daysProvided;
    this.theoreticalDays = theoreticalDays;
    this.fundedDays = fundedDays;
  }

  /**
   * The mode.
   *
   * @return the mode; empty for the line of every mode
   */
  public Optional<CapacityMode> mode() {
    return Optional.ofNullable(mode);
  }

  /**
   * The days of presence (journées réalisées).
   *
   * @return the days
   */
  public long daysProvided() {
    return daysProvided;
  }

  /**
   * Places authorised and funded times days open.
   *
   * @return the theoretical days
   */
  public long theoreticalDays() {
    return theoreticalDays;
  }

  /**
   * The funded days (journées financées) the caller gave.
   *
   * @return the days, if given (for the line of every mode: only when given for every mode)
   */
  public OptionalLong fundedDays() {
    return fundedDays;
  }

  /**
   * Taux d'occupation = days of presence / theoretical days (CASF R314-43-2 II 1°).
   *
   * @return the rate, undefined when there are no theoretical days
   */
  public IndicatorRate occupancy() {
    return new IndicatorRate(daysProvided, theoreticalDays);
  }

  /**
   * Taux de réalisation = days of presence / funded days ({@link org.cpom.Convention#REALISATION_RATE}).
   *
   * @return the rate, if the funded days are given
   */
  public Optional<IndicatorRate> realisation() {
    return fundedDays.isPresent() ? Optional.of(new IndicatorRate(daysProvided, fundedDays.getAsLong()))
        : Optional.empty();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ActivityLine)) {
      return false;
    }
    ActivityLine o = (ActivityLine) obj;
    return mode == o.mode && daysProvided == o.daysProvided && theoreticalDays == o.theoreticalDays
        && fundedDays.equals(o.fundedDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, daysProvided, theoreticalDays, fundedDays);
  }

  @Override
  public String toString() {
    return (mode == null ? "all modes" : mode.name()) + ": " + daysProvided + " of " + theoreticalDays + " days"
        + (fundedDays.isPresent() ? ", " + fundedDays.getAsLong() + " funded" : "");
  }
}
