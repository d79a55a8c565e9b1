package org.cpom.dotation;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How the first year of a mesure nouvelle is prorated from its start date to 31 December, when no amount is
 * notified for that year ({@link MesureNouvelle#yearAmount()}); a convention of the library following campaign
 * practice, with no article of its own ({@link org.cpom.Convention#MESURES_NOUVELLES}). The contract or the
 * caller chooses; {@link #DAYS} is the default. The trace step of each mesure says which applied ("prorata
 * 92/365 days", "prorata 3/12 months", or "amount given, no prorata").
 */
public enum ProrataMethod implements Labelled {
  /**
   * Days from the start date to 31 December inclusive, over the days of the year (365 or 366). Example: 1
   * October of a non-leap year gives 92/365.
   */
  DAYS,
  /**
   * Months from the start month to December, the start month counted whole, over 12. Example: any day of
   * October gives 3/12.
   */
  WHOLE_MONTHS;

  /** The numerator of the prorata. */
  long numerator(LocalDate start) {
    if (this == DAYS) {
      return ChronoUnit.DAYS.between(start, LocalDate.of(start.getYear(), 12, 31)) + 1;
    }
    return 13L - start.getMonthValue();
  }

  /** The denominator of the prorata. */
  long denominator(LocalDate start) {
    return this == DAYS ? start.lengthOfYear() : 12;
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
      case DAYS -> TraceLabels.pick(locale, "au prorata des jours", "prorated by days");
      case WHOLE_MONTHS -> TraceLabels.pick(locale, "au prorata des mois entiers", "prorated by whole months");
    };
  }
}
