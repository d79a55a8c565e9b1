package org.cpom.calendar;

import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.Objects;
import org.cpom.LegalBasis;

/**
 * The deadline of the Creton procedure (young adults kept in an établissement for disabled children under
 * CASF L242-4): the ESMS sends the DG ARS the part of each Département in its dotation globalisée, the
 * revenue billed to that Département on the last closed exercice, by 31 January of the tariff year (CASF
 * R314-115, verified). It holds whatever the budget framework, EPRD or traditional.
 *
 * <p>As for the other deadlines of this package, the date is the one the text gives; {@link
 * Deadline#adjusted(WorkingDayAdjustment, HolidayCalendar)} moves it off a non-working day if the
 * integrator wants it. This class holds no state and is thread-safe.
 */
public final class CretonDeadlines {
  private static final MonthDay JANUARY_31 = MonthDay.of(Month.JANUARY, 31);

  private CretonDeadlines() {}

  /**
   * The transmission of the Départements' Creton parts to the DG ARS: 31 January of the tariff year (CASF
   * R314-115, verified).
   *
   * @param tariffYear the year of the dotation globalisée that includes the parts
   * @return 31 January of that year
   * @throws org.cpom.CpomValidationException if the year is outside the supported range
   */
  public static Deadline departementPartsTransmission(Year tariffYear) {
    DeadlineSchedule.exercice(Objects.requireNonNull(tariffYear, "tariffYear"));
    return DeadlineSchedule.UNADJUSTED.deadline(
        "Creton: Département parts (revenue of the last closed exercice) sent to the DG ARS",
        "Creton : parts des départements (recettes du dernier exercice clos) transmises au DG de l'ARS",
        tariffYear.atMonthDay(JANUARY_31),
        LegalBasis.casf("R314-115"),
        SourceStatus.VERIFIED,
        "tariffYear",
        tariffYear);
  }
}
