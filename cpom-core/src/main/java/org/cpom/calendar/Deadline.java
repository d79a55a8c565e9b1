package org.cpom.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.LegalBasis;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * A dated step of the budget procedure: the last day something must be done, or the day a silence turns
 * into a tacit decision, with the article that sets it.
 *
 * <p>{@link #date()} is the date to use; {@link #unadjustedDate()} is the date the text gives. They differ
 * only when a {@link WorkingDayAdjustment} moved a deadline off a non-working day.
 *
 * <p>A deadline of the library's tables has its label in French and in English ({@link #label(Locale)});
 * {@link #label()} is the English one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deadline implements Labelled {
  private final String label;
  private final String frenchLabel;
  private final LocalDate date;
  private final LocalDate unadjustedDate;
  private final LegalBasis legalBasis;
  private final SourceStatus source;

  private Deadline(String label, String frenchLabel, LocalDate date, LocalDate unadjustedDate,
      LegalBasis legalBasis, SourceStatus source) {
    this.label = label;
    this.frenchLabel = frenchLabel;
    this.date = date;
    this.unadjustedDate = unadjustedDate;
    this.legalBasis = legalBasis;
    this.source = source;
  }

  /**
   * Creates an unadjusted deadline whose label, a text the caller gave, reads the same in both languages.
   *
   * @param label what is due, such as "ERRD transmission"; not blank
   * @param date the date the text gives, in the years 1583 to 9999 the package works in
   * @param legalBasis the article
   * @param source whether the article's text was read
   * @return the deadline
   */
  public static Deadline of(String label, LocalDate date, LegalBasis legalBasis, SourceStatus source) {
    return of(label, label, date, legalBasis, source);
  }

  /**
   * Creates an unadjusted deadline with its label in English and in French.
   *
   * @param label what is due, in English, such as "ERRD transmission"; not blank
   * @param frenchLabel what is due, in French, such as "Transmission de l'ERRD"; not blank
   * @param date the date the text gives, in the years 1583 to 9999 the package works in
   * @param legalBasis the article
   * @param source whether the article's text was read
   * @return the deadline
   */
  public static Deadline of(
      String label, String frenchLabel, LocalDate date, LegalBasis legalBasis, SourceStatus source) {
    Checks.notBlank(label, "label");
    Checks.notBlank(frenchLabel, "frenchLabel");
    Objects.requireNonNull(date, "date");
    // a deadline is adjusted on the holiday calendars, which know these years only
    SupportedYears.check(date.getYear(), "date", date);
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(source, "source");
    return new Deadline(label.trim(), frenchLabel.trim(), date, date, legalBasis, source);
  }

  /**
   * This deadline with its unadjusted date moved by an adjustment.
   *
   * @param adjustment what to do on a non-working day
   * @param calendar the calendar that says which days are working days
   * @return the adjusted deadline (this one if the date does not move)
   */
  public Deadline adjusted(WorkingDayAdjustment adjustment, HolidayCalendar calendar) {
    LocalDate moved =
        Objects.requireNonNull(adjustment, "adjustment")
            .adjust(unadjustedDate, Objects.requireNonNull(calendar, "calendar"));
    return moved.equals(date) ? this : new Deadline(label, frenchLabel, moved, unadjustedDate, legalBasis, source);
  }

  /**
   * What is due, or what the silence means.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * What is due, or what the silence means, in French or English (libellé).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH} (any country variant)
   * @return the label, {@link #label()} in English
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  @Override
  public String label(Locale locale) {
    return TraceLabels.pick(locale, frenchLabel, label);
  }

  /**
   * The date to use: the last day of the time limit, included, or the day a tacit decision arises.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The date as the text gives it, before any working-day adjustment.
   *
   * @return the date
   */
  public LocalDate unadjustedDate() {
    return unadjustedDate;
  }

  /**
   * The article that sets the deadline.
   *
   * @return the legal basis
   */
  public LegalBasis legalBasis() {
    return legalBasis;
  }

  /**
   * Whether the article's text was read or is known from a secondary source.
   *
   * @return the status
   */
  public SourceStatus source() {
    return source;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Deadline)) {
      return false;
    }
    Deadline o = (Deadline) obj;
    return o.label.equals(label)
        && o.frenchLabel.equals(frenchLabel)
        && o.date.equals(date)
        && o.unadjustedDate.equals(unadjustedDate)
        && o.legalBasis.equals(legalBasis)
        && o.source == source;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, frenchLabel, date, unadjustedDate, legalBasis, source);
  }

  @Override
  public String toString() {
    String moved = date.equals(unadjustedDate) ? "" : " (moved from " + unadjustedDate + ")";
    return date + moved + " " + label + " [" + legalBasis + ", " + source + "]";
  }
}
