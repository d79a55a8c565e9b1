package org.cpom.budget;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import java.math.BigDecimal;

/** The volume an {@link ActivityCost} is multiplied by. */
public enum VolumeDriver implements Labelled {
  /** Per forecast day ({@link Activity#forecastDays()}): meals, laundry, consumables. */
  FORECAST_DAY,
  /** Per forecast person ({@link Activity#forecastPeople()}): yearly per-person costs. */
  FORECAST_PERSON,
  /** Per place funded ({@link Activity#places()}): costs that follow capacity, not occupancy. */
  PLACE;

  /** What the volume counts, in words, for a computation shown to a reader: "forecast days", "places"... */
  String unit() {
    switch (this) {
      case FORECAST_DAY:
        return "forecast days";
      case FORECAST_PERSON:
        return "forecast people";
      default:
        return "places";
    }
  }

  BigDecimal volume(Activity activity) {
    switch (this) {
      case FORECAST_DAY:
        return activity.forecastDays();
      case FORECAST_PERSON:
        return activity.forecastPeople();
      default:
        return BigDecimal.valueOf(activity.places());
    }
  }

  /**
   * The label in French or English.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case FORECAST_DAY -> TraceLabels.pick(locale, "journée prévisionnelle", "forecast day");
      case FORECAST_PERSON -> TraceLabels.pick(locale, "personne accompagnée prévue", "forecast person supported");
      case PLACE -> TraceLabels.pick(locale, "place", "place");
    };
  }
}
