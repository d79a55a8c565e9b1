package org.cpom.dialogue;

/**
 * The functions of the dialogue de gestion: indicators from the people and staff records, their comparison with the
 * contract's targets, and the yearly report.
 */
public final class DialogueEngine {
  private DialogueEngine() {}

  // dialogue: people accompanied

  // dialogue: staff

  /**
   * The staff indicators of a year from the staff records, with the default parameters
   * ({@link ParametresPersonnel#defaults()}): rotation on the CDI and titulaires, age bands under 25, five-year
   * bands, 60 and over, absenteeism over ETP réels × 365.
   *
   * @param year the year N
   * @param salaries the staff records, ids unique
   * @param absences the absence periods of those records
   * @return the indicators
   * @throws org.cpom.CpomValidationException naming the first record and field that breaks a rule of
   *     {@code cpom:staff-records}; nothing is computed from a set that is partly invalid
   * @see #indicateursPersonnel(java.time.Year, java.util.List, java.util.List, ParametresPersonnel)
   */
  public static IndicateursPersonnel indicateursPersonnel(java.time.Year year, java.util.List<Salarie> salaries,
      java.util.List<Absence> absences) {
    return StaffRecords.indicators(year, salaries, absences, ParametresPersonnel.defaults());
  }

  /**
   * The staff indicators of a year from the staff records (the annex items « taux de rotation et âge moyen des
   * salariés » and « absentéisme et remplacement des salariés »): the effectif at 31/12/N-1, the recrutements,
   * the départs and the taux de rotation ({@code cpom:staff-rotation}: ((recrutements + départs) / effectif au
   * 31/12/N-1) / 2); the effectif at 31/12/N, its âge moyen and pyramide des âges ({@code cpom:staff-age}); the
   * ETP réels ({@code cpom:staff-etp}); the calendar days of absence and the taux d'absentéisme by motive and
   * overall, days / (ETP réels × 365), the motives summing exactly to the overall rate
   * ({@code cpom:staff-absenteeism}); and the nombre de CDD de remplacement in force in the year. The whole set is
   * checked first ({@code cpom:staff-records}): unique ids, each absence naming a record of the set, inside its
   * employment and overlapping no other absence of the same member.
   *
   * @param year the year N, 1901 to 2200
   * @param salaries the staff records, ids unique
   * @param absences the absence periods of those records, any year (each is clipped to N)
   * @param parametres the rotation's contract types, the age bands and the absenteeism days
   * @return the indicators
   * @throws org.cpom.CpomValidationException naming the first record and field that breaks a rule
   */
  public static IndicateursPersonnel indicateursPersonnel(java.time.Year year, java.util.List<Salarie> salaries,
      java.util.List<Absence> absences, ParametresPersonnel parametres) {
    return StaffRecords.indicators(year, salaries, absences, parametres);
  }

  /**
   * The taux de prestations externes sur les prestations directes of the tableau de bord
   * ({@code cpom:staff-external-services}): (6111 + 6112 + 621 + 6223 + 6226, the parts tied to the direct
   * services) / (dépenses de personnel of groupe II + 6111 + 6112), from the amounts the caller reads in its
   * accounts.
   *
   * @param amounts the amounts of the year
   * @return the rate with its numerator and denominator
   */
  public static TauxPrestationsExternes tauxPrestationsExternes(PrestationsExternes amounts) {
    return TauxPrestationsExternes.of(amounts);
  }

  // dialogue: targets and report
}
