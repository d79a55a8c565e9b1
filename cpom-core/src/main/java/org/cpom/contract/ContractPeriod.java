package org.cpom.contract;

import org.cpom.LegalBasis;
import org.cpom.Convention;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;

/**
 * The period of a contract: its first day, its initial duration in whole years and an optional extension
 * (prorogation) in whole months. It ends the day before {@code startDate + durationYears + extension}; its
 * years ({@link ContractYear}) run anniversary to anniversary, the extension making one more, possibly
 * shorter.
 *
 * <p>The period checks only its own shape (at least one year, an extension of whole months, dates in the
 * years {@value Cpom#MIN_YEAR} to {@value Cpom#MAX_YEAR}); the longest duration and extension a contract's
 * basis allows are checked by the {@link Cpom} ({@link Cpom#maximumDuration()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContractPeriod {
  static final LegalBasis RULE = LegalBasis.convention(Convention.CONTRACT_PERIOD);

  private final LocalDate startDate;
  private final int durationYears;
  private final Optional<Period> extension;
  private final LocalDate endExclusive;

  private ContractPeriod(LocalDate startDate, int durationYears, Optional<Period> extension) {
    this.startDate = startDate;
    this.durationYears = durationYears;
    this.extension = extension;
    this.endExclusive = startDate.plusMonths(12L * durationYears + extension.map(Period::toTotalMonths).orElse(0L));
  }

  /**
   * A period.
   *
   * @param startDate the first day
   * @param durationYears the initial duration, in whole years, at least 1
   * @param extension the extension, in whole months (at least one), or empty
   * @return the period
   * @throws org.cpom.CpomValidationException naming {@code contractPeriod.*} if the duration is not positive,
   *     the extension is not whole months, or a date falls outside the years cpom supports for a contract
   */
  public static ContractPeriod of(LocalDate startDate, int durationYears, Optional<Period> extension) {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(extension, "extension");
    Checks.check(durationYears >= 1, "contractPeriod.durationYears", durationYears, RULE,
        "a contract lasts at least one whole year");
    extension.ifPresent(p -> Checks.check(!p.isNegative() && p.getDays() == 0 && p.toTotalMonths() >= 1,
        "contractPeriod.extension", p, RULE, "an extension is a whole number of months, at least one"));
    int startYear = startDate.getYear();
    Checks.check(startYear >= Cpom.MIN_YEAR && startYear <= Cpom.MAX_YEAR, "contractPeriod.startDate", startDate,
        Cpom.YEARS_RULE, "outside the years " + Cpom.MIN_YEAR + " to " + Cpom.MAX_YEAR + " cpom supports for a contract");
    long months = 12L * durationYears + extension.map(Period::toTotalMonths).orElse(0L);
    Checks.check(months <= 12L * (Cpom.MAX_YEAR - startYear + 1)
            && startDate.plusMonths(months).minusDays(1).getYear() <= Cpom.MAX_YEAR,
        "contractPeriod.durationYears", durationYears + extension.map(p -> " + " + p).orElse(""), Cpom.YEARS_RULE,
        "the contract from " + startDate + " would end after " + Cpom.MAX_YEAR);
    return new ContractPeriod(startDate, durationYears, extension);
  }

  /**
   * The first day.
   *
   * @return the date
   */
  public LocalDate startDate() {
    return startDate;
  }

  /**
   * The initial duration in whole years.
   *
   * @return the years
   */
  public int durationYears() {
    return durationYears;
  }

  /**
   * The extension, in whole months.
   *
   * @return the extension, or empty
   */
  public Optional<Period> extension() {
    return extension;
  }

  /** The day after the last day. */
  LocalDate endExclusive() {
    return endExclusive;
  }

  /**
   * The last day, extension included.
   *
   * @return the date
   */
  public LocalDate endDate() {
    return endExclusive.minusDays(1);
  }

  /**
   * Whether a date falls inside the period, both ends included.
   *
   * @param date the date
   * @return true if {@code startDate <= date <= endDate}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(startDate) && !date.isAfter(endDate());
  }

  /**
   * The years of the period: one per year of duration, and one more, possibly shorter, for an extension.
   *
   * @return the years, numbered from 1
   */
  public List<ContractYear> years() {
    int count = durationYears + (extension.isPresent() ? 1 : 0);
    List<ContractYear> years = new ArrayList<>(count);
    for (int k = 1; k <= count; k++) {
      LocalDate next = startDate.plusYears(k);
      years.add(ContractYear.of(k, startDate.plusYears(k - 1L), (next.isBefore(endExclusive) ? next : endExclusive)
          .minusDays(1)));
    }
    return Collections.unmodifiableList(years);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContractPeriod && startDate.equals(((ContractPeriod) o).startDate)
        && durationYears == ((ContractPeriod) o).durationYears && extension.equals(((ContractPeriod) o).extension);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startDate, durationYears, extension);
  }

  @Override
  public String toString() {
    return startDate + " to " + endDate() + " (" + durationYears + " years" + extension.map(p -> " + " + p).orElse("")
        + ")";
  }
}
