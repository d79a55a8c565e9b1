package org.cpom.calendar;

/**
 * The French public-holiday calendars cpom ships, for the payment date of CASF R314-107.
 *
 * <p>Both compute Easter by the Gregorian computus for each year, and cover the years 1583 to 9999: a date
 * outside is rejected with a {@link org.cpom.CpomValidationException}. They apply today's list of holidays
 * to every year; they do not model past changes to the list (8 May, for one, was not a public holiday for
 * part of the twentieth century).
 *
 * <p>Whit Monday (lundi de Pentecôte) is a holiday in both. Many employers make it their journée de
 * solidarité (Code du travail L3133-7 ff.), a day worked without pay; that changes whether staff work, not
 * the legal list, and cpom reads the working days of R314-107 against the legal list. An integrator who needs
 * otherwise removes the date with {@link HolidayCalendar#withoutHolidays(java.util.Set)}.
 */
public final class HolidayCalendars {
  private HolidayCalendars() {}

  /**
   * The national public holidays (fêtes légales) of Code du travail L3133-1: 1 January, Easter Monday,
   * 1 May, 8 May, Ascension Thursday (Easter + 39 days), Whit Monday (Easter + 50 days), 14 July,
   * 15 August, 1 November, 11 November and 25 December.
   *
   * @return the national calendar, named "France (national)"
   */
  public static HolidayCalendar national() {
    return FrenchHolidayCalendar.NATIONAL;
  }

  /**
   * The public holidays of the Moselle, Bas-Rhin and Haut-Rhin départements: the national list plus Good
   * Friday (Easter - 2 days) and 26 December, under Code du travail L3134-13 (local law inherited from
   * 1892).
   *
   * <p>L3134-13 makes Good Friday a holiday only in communes that have a Protestant temple or a mixed
   * church. This calendar counts it in every commune (a library choice: the ESMS's commune is not known
   * here); for a commune without such a building, remove the Good Fridays with
   * {@link HolidayCalendar#withoutHolidays(java.util.Set)}.
   *
   * @return the Alsace-Moselle calendar, named "France (Alsace-Moselle)"
   */
  public static HolidayCalendar alsaceMoselle() {
    return FrenchHolidayCalendar.ALSACE_MOSELLE;
  }
}
