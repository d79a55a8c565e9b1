package org.cpom.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.LegalBasis;

/**
 * A dated step of the budget procedure: the last day something must be done, or the day a silence turns
 * into a tacit decision, with the article that sets it.
 *
 * <p>{@link #date()} is the date to use; {@link #unadjustedDate()} is the date the text gives. They differ
 * only when a {@link WorkingDayAdjustment} moved a deadline off a non-working day.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deadline {
  private final String label;
  private final LocalDate date;
  private final LocalDate unadjustedDate;
  private final LegalBasis legalBasis;
  private final SourceStatus source;

  private Deadline(
      String label, LocalDate date, LocalDate unadjustedDate, LegalBasis legalBasis, SourceStatus source) {
    this.label = label;
    this.date = date;
    this.unadjustedDate = unadjustedDate;
    this.legalBasis = legalBasis;
    this.source = source;
  }

  /**
   * Creates an unadjusted deadline.
   *
   * @param label what is due, such as "ERRD transmission"; not blank
   * @param date the date the text gives, in the years 1583 to 9999 the package works in
   * @param legalBasis the article
   * @param source whether the article's text was read
   * @return the deadline
   */
  public static Deadline of(String label, LocalDate date, LegalBasis legalBasis, SourceStatus source) {
    Checks.notBlank(label, "label");
    Objects.requireNonNull(date, "date");
    // a deadline is adjusted on the holiday calendars, which know these years only
    SupportedYears.check(date.getYear(), "date", date);
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(source, "source");
    return new Deadline(label.trim(), date, date, legalBasis, source);
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
    return moved.equals(date) ? this : new Deadline(label, moved, unadjustedDate, legalBasis, source);
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
        && o.date.equals(date)
        && o.unadjustedDate.equals(unadjustedDate)
        && o.legalBasis.equals(legalBasis)
        && o.source == source;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, date, unadjustedDate, legalBasis, source);
  }

  @Override
  public String toString() {
    String moved = date.equals(unadjustedDate) ? "" : " (moved from " + unadjustedDate + ")";
    return date + moved + " " + label + " [" + legalBasis + ", " + source + "]";
  }
}
