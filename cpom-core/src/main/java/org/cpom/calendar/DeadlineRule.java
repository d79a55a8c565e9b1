package org.cpom.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.util.Objects;
import org.cpom.LegalBasis;

/**
 * One row of the deadline table of a budget procedure: what is due, the article that sets it, whether its text
 * was read, and how its date follows from what triggers it. {@link EprdDeadlines} and {@link TraditionalDeadlines}
 * each hold their procedure's rows as constants and read them through {@link #dueFor(Year, DeadlineSchedule)} or
 * {@link #dueFor(LocalDate, DeadlineSchedule)}, the one engine of both procedures.
 *
 * <p>Two kinds of row: a day of a year counted from the exercice ({@link Anchor#EXERCICE}, e.g. 31 October of the
 * year before), or a period counted from a trigger date, the day of the trigger not counted
 * ({@link Anchor#TRIGGER}, e.g. 60 days after a receipt, one month after a fact, 12 days before a deadline).
 *
 * @param label what is due, or what the silence means, in English
 * @param frenchLabel the same in French
 * @param basis the article
 * @param source whether the article's text was read
 * @param anchor what the date is counted from
 * @param field the name of the trigger, as the errors name it
 * @param yearsAfterExercice for {@link Anchor#EXERCICE}: the year of the date, from the exercice (-1 for the year
 *     before)
 * @param monthDay for {@link Anchor#EXERCICE}: the day in that year
 * @param offset for {@link Anchor#TRIGGER}: the period added to the trigger (negative to count back)
 */
record DeadlineRule(
    String label,
    String frenchLabel,
    LegalBasis basis,
    SourceStatus source,
    Anchor anchor,
    String field,
    int yearsAfterExercice,
    MonthDay monthDay,
    Period offset) {

  /** What the date of a deadline is counted from. */
  enum Anchor {
    /** A day of a year counted from the exercice. */
    EXERCICE,
    /** A period counted from a trigger date. */
    TRIGGER
  }

  DeadlineRule {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(frenchLabel, "frenchLabel");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(field, "field");
    if (anchor == Anchor.EXERCICE) {
      Objects.requireNonNull(monthDay, "monthDay");
    } else {
      Objects.requireNonNull(offset, "offset");
    }
  }

  /** A row due on a day of a year counted from the exercice. */
  static DeadlineRule inYear(String label, String frenchLabel, String article, SourceStatus source,
      int yearsAfterExercice, MonthDay day) {
    return new DeadlineRule(label, frenchLabel, LegalBasis.casf(article), source, Anchor.EXERCICE, "exercice", yearsAfterExercice,
        day, null);
  }

  /** A row due a period after (or, negative, before) a trigger date. */
  static DeadlineRule after(String label, String frenchLabel, String article, SourceStatus source, String field,
      Period offset) {
    return new DeadlineRule(label, frenchLabel, LegalBasis.casf(article), source, Anchor.TRIGGER, field, 0, null, offset);
  }

  /** This row with another day in the year (a parameter of the procedure, such as the compte administratif's). */
  DeadlineRule withMonthDay(MonthDay day) {
    return new DeadlineRule(label, frenchLabel, basis, source, anchor, field, yearsAfterExercice, Objects.requireNonNull(day, "day"),
        offset);
  }

  /**
   * The deadline of an exercice: the exercice checked, the date computed, checked, then adjusted by the schedule.
   *
   * @param exercice the year the deadline is counted from
   * @param schedule the working-day adjustment
   * @return the deadline
   */
  Deadline dueFor(Year exercice, DeadlineSchedule schedule) {
    if (anchor != Anchor.EXERCICE) {
      throw new IllegalStateException(label + " runs from a date, not an exercice");
    }
    DeadlineSchedule.exercice(exercice);
    return schedule.deadline(label, frenchLabel, exercice.plusYears(yearsAfterExercice).atMonthDay(monthDay), basis, source, field,
        exercice);
  }

  /**
   * The deadline that a trigger date starts: the trigger checked, the date computed, checked, then adjusted by the
   * schedule.
   *
   * @param trigger the date the deadline runs from
   * @param schedule the working-day adjustment
   * @return the deadline
   */
  Deadline dueFor(LocalDate trigger, DeadlineSchedule schedule) {
    if (anchor != Anchor.TRIGGER) {
      throw new IllegalStateException(label + " runs from an exercice, not a date");
    }
    DeadlineSchedule.trigger(trigger, field);
    return schedule.deadline(label, frenchLabel, trigger.plus(offset), basis, source, field, trigger);
  }
}
