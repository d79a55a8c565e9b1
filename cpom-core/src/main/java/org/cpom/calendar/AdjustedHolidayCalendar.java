package org.cpom.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cpom.internal.Checks;
import org.cpom.LegalBasis;

/**
 * A calendar with dates added to or removed from another one. Adjusting an adjusted calendar adjusts its
 * base once more, the latest change winning, so chains stay flat.
 */
final class AdjustedHolidayCalendar implements HolidayCalendar {
  private final HolidayCalendar base;
  private final Set<LocalDate> added;
  private final Set<LocalDate> removed;

  private AdjustedHolidayCalendar(HolidayCalendar base, Set<LocalDate> added, Set<LocalDate> removed) {
    this.base = base;
    this.added = Set.copyOf(added);
    this.removed = Set.copyOf(removed);
  }

  static HolidayCalendar adjust(HolidayCalendar calendar, Set<LocalDate> extra, Set<LocalDate> without) {
    Objects.requireNonNull(calendar, "calendar");
    Checks.noNulls(extra, "extraHolidays");
    Checks.noNulls(without, "removedHolidays");
    HolidayCalendar base = calendar;
    Set<LocalDate> added = new HashSet<>();
    Set<LocalDate> removed = new HashSet<>();
    if (calendar instanceof AdjustedHolidayCalendar) {
      AdjustedHolidayCalendar adjusted = (AdjustedHolidayCalendar) calendar;
      base = adjusted.base;
      added.addAll(adjusted.added);
      removed.addAll(adjusted.removed);
    }
    added.removeAll(without);
    added.addAll(extra);
    removed.removeAll(extra);
    removed.addAll(without);
    return new AdjustedHolidayCalendar(base, added, removed);
  }

  @Override
  public String name() {
    return base.name() + " (adjusted)";
  }

  @Override
  public LegalBasis legalBasis() {
    return base.legalBasis();
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    // The base is asked first so that it rejects the years it does not cover.
    boolean inBase = base.isHoliday(Objects.requireNonNull(date, "date"));
    return added.contains(date) || (inBase && !removed.contains(date));
  }

  @Override
  public SortedSet<LocalDate> holidays(Year year) {
    TreeSet<LocalDate> days = new TreeSet<>(base.holidays(Objects.requireNonNull(year, "year")));
    days.removeAll(removed);
    for (LocalDate d : added) {
      if (d.getYear() == year.getValue()) {
        days.add(d);
      }
    }
    return Collections.unmodifiableSortedSet(days);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof AdjustedHolidayCalendar)) {
      return false;
    }
    AdjustedHolidayCalendar o = (AdjustedHolidayCalendar) obj;
    return o.base.equals(base) && o.added.equals(added) && o.removed.equals(removed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, added, removed);
  }

  @Override
  public String toString() {
    return name() + " (" + legalBasis() + ") +" + new TreeSet<>(added) + " -" + new TreeSet<>(removed);
  }
}
