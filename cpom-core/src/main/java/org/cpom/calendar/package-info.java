/**
 * Public holidays, working days, the monthly payment date and the deadlines of the budget procedure
 *.
 *
 * <ul>
 *   <li>{@link org.cpom.calendar.HolidayCalendar}: the replaceable public-holiday calendar, with the
 *       working-day arithmetic; {@link org.cpom.calendar.HolidayCalendars} gives the national calendar
 *       (Code du travail L3133-1) and the Alsace-Moselle one (L3134-13).</li>
 *   <li>{@link org.cpom.calendar.PaymentDates}: the 20th of the month, or the closest working day
 *       ahead of it (CASF R314-107).</li>
 *   <li>{@link org.cpom.calendar.EprdDeadlines} and {@link org.cpom.calendar.TraditionalDeadlines}: each
 *       deadline of the two regimes as a {@link org.cpom.calendar.Deadline}, computed from the date that
 *       triggers it.</li>
 * </ul>
 *
 * <p>Conventions of the package: deadlines count calendar days (the texts say "jours" with no other
 * qualification), the day of the trigger not counted; a deadline on a weekend or a holiday is not moved
 * unless the integrator asks for it ({@link org.cpom.calendar.WorkingDayAdjustment}), the texts being
 * silent; nothing reads a clock. Dates are supported in the years 1583 (the first full Gregorian year) to
 * 9999; inputs or results outside are rejected with a {@link org.cpom.CpomValidationException} naming the
 * input.
 */
@CpomStyle
package org.cpom.calendar;

import org.cpom.internal.CpomStyle;
