package org.cpom.contract;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One year of a contract's period: year 1 starts on the contract's start date, year {@code k} on the
 * {@code (k-1)}-th anniversary, and each ends the day before the next anniversary or on the contract's last
 * day, whichever comes first (a partial extension makes a short last year).
 *
 * <p>Anniversaries are computed from the start date each time, never by chaining, so a contract starting on
 * 29 February keeps returning to 29 February in leap years. In other years the anniversary of 29 February is
 * 28 February, the last day of the month (the same reading as the code de procédure civile, art. 641, for a
 * term whose day does not exist in the month it ends in).
 *
 * <p>A contract year is not an exercice: the financial year is always the calendar year. For a
 * contract starting on 1 January the two coincide.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractYear implements Comparable<ContractYear>, Serializable {
  private static final long serialVersionUID = 1L;

  private final int number;
  private final LocalDate startDate;
  private final LocalDate endDate;

  private ContractYear(int number, LocalDate startDate, LocalDate endDate) {
    this.number = number;
    this.startDate = startDate;
    this.endDate = endDate;
  }

  /**
   * Creates a contract year.
   *
   * @param number the year's number, 1 for the first year
   * @param startDate its first day
   * @param endDate its last day, not before the first
   * @return the year
   */
  static ContractYear of(int number, LocalDate startDate, LocalDate endDate) {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    if (number < 1 || endDate.isBefore(startDate)) {
      throw new IllegalArgumentException("bad contract year " + number + ": " + startDate + " to " + endDate);
    }
    return new ContractYear(number, startDate, endDate);
  }

  /**
   * The year's number: 1 for the first year of the contract.
   *
   * @return the number, at least 1
   */
  public int number() {
    return number;
  }

  /**
   * The first day of the year.
   *
   * @return the date
   */
  public LocalDate startDate() {
    return startDate;
  }

  /**
   * The last day of the year (inclusive).
   *
   * @return the date
   */
  public LocalDate endDate() {
    return endDate;
  }

  /**
   * Whether a date falls in this year, both ends included.
   *
   * @param date the date
   * @return true if {@code startDate <= date <= endDate}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(startDate) && !date.isAfter(endDate);
  }

  /**
   * The number of days in the year, both ends included: 365 or 366 for a full year, fewer for a partial
   * extension year.
   *
   * @return the days
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(startDate, endDate) + 1;
  }

  /**
   * Whether the year is exactly a calendar year (1 January to 31 December), as when the contract starts on
   * 1 January.
   *
   * @return true for a calendar year
   */
  public boolean isCalendarYear() {
    return startDate.getDayOfYear() == 1 && endDate.equals(startDate.withMonth(12).withDayOfMonth(31));
  }

  /** Orders by number. */
  @Override
  public int compareTo(ContractYear other) {
    return Integer.compare(number, java.util.Objects.requireNonNull(other, "other").number);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ContractYear)) {
      return false;
    }
    ContractYear o = (ContractYear) obj;
    return o.number == number && o.startDate.equals(startDate) && o.endDate.equals(endDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, startDate, endDate);
  }

  /**
   * The year as {@code "year 1 (2025-01-01 to 2025-12-31)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "year " + number + " (" + startDate + " to " + endDate + ")";
  }
}
