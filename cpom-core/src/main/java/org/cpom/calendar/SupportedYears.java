package org.cpom.calendar;

import java.time.LocalDate;
import org.cpom.internal.Checks;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The years this package works in: 1583 (the first full year of the Gregorian calendar, whose computus the
 * holiday calendars use) to 9999. Inputs and computed dates outside are rejected naming the input field.
 */
final class SupportedYears {
  static final int MIN = 1583;
  static final int MAX = 9999;
  static final LegalBasis RULE = LegalBasis.convention(Convention.SUPPORTED_YEARS);

  private SupportedYears() {}

  /**
   * Checks that a year is supported.
   *
   * @param year the year
   * @param field the input field named in the error
   * @param value the input value shown in the error
   */
  static void check(int year, String field, Object value) {
    Checks.check(year >= MIN && year <= MAX, field, value, RULE, "outside the supported years 1583..9999");
  }

  /**
   * Checks that a date computed from an input is in a supported year.
   *
   * @param computed the computed date
   * @param field the input field named in the error
   * @param value the input value shown in the error
   */
  static void checkComputed(LocalDate computed, String field, Object value) {
    int year = computed.getYear();
    Checks.check(
        year >= MIN && year <= MAX,
        field,
        value,
        RULE,
        "the date it leads to, " + computed + ", is outside the supported years 1583..9999");
  }
}
