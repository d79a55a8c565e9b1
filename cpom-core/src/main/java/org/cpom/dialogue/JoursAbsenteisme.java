package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The days of a year in the denominator of the taux d'absentéisme, ETP réels × days ({@code cpom:staff-absenteeism}).
 */
public enum JoursAbsenteisme implements Labelled {
  /** 365 in every year, as the tableau de bord de la performance writes it (the default). */
  TDB_365,
  /** The days of the year: 366 in a leap year. */
  DAYS_OF_YEAR;

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case TDB_365 -> TraceLabels.pick(locale, "365 jours (tableau de bord)", "365 days (tableau de bord)");
      case DAYS_OF_YEAR -> TraceLabels.pick(locale, "jours de l'année (366 si bissextile)",
          "days of the year (366 in a leap year)");
    };
  }
}
