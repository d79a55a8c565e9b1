package org.cpom.dialogue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The staff indicators of a year for the dialogue de gestion, from the staff records
 * ({@link DialogueEngine#indicateursPersonnel}): the rotation with its effectif at 31/12/N-1, hires and
 * departures ({@code cpom:staff-rotation}); the effectif at 31/12/N, its average age and age pyramid
 * ({@code cpom:staff-age}); the ETP réels ({@code cpom:staff-etp}); the absence days and the taux d'absentéisme by
 * motive and overall ({@code cpom:staff-absenteeism}); the nombre de CDD de remplacement. Every rate is a
 * percentage of scale 2, rounded {@link java.math.RoundingMode#HALF_UP} once, and every figure has a stable key
 * ({@link #values()}) that the indicator catalogue references.
 *
 * <p>This class is immutable and thread-safe; two results are equal when every figure is.
 */
public final class IndicateursPersonnel {
  /** Key of the effectif at 31/12/N-1 the rotation counts (effectif réel en nombre de personnes). */
  public static final String HEADCOUNT_START = "staff.headcount-start";
  /** Key of the recrutements of the year the rotation counts. */
  public static final String HIRES = "staff.hires";
  /** Key of the départs of the year the rotation counts. */
  public static final String DEPARTURES = "staff.departures";
  /** Key of the taux de rotation du personnel, in percent. */
  public static final String ROTATION = "staff.rotation";
  /** Key of the effectif at 31/12/N, every contract type. */
  public static final String HEADCOUNT = "staff.headcount";
  /** Key of the âge moyen of the effectif at 31/12/N, in years. */
  public static final String AVERAGE_AGE = "staff.average-age";
  /** Prefix of the keys of the pyramid's bands ({@link TrancheAge#key()}). */
  public static final String AGE_PYRAMID = "staff.age-pyramid";
  /** Key of the ETP réels of the year. */
  public static final String ETP_REELS = "staff.etp-reels";
  /** Key of the calendar days of absence in the year, all motives. */
  public static final String ABSENCE_DAYS = "staff.absence-days";
  /** Key of the taux d'absentéisme (hors formation), in percent; a motive's is {@link MotifAbsence#key()}. */
  public static final String ABSENTEEISM = "staff.absenteeism";
  /** Key of the nombre de CDD de remplacement in force in the year. */
  public static final String CDD_REMPLACEMENT = "staff.cdd-remplacement";
  /** Key of the taux de prestations externes sur les prestations directes ({@link TauxPrestationsExternes}). */
  public static final String EXTERNAL_SERVICES = "staff.external-services";

  private final Year year;
  private final ParametresPersonnel parametres;
  private final int headcountStart;
  private final int hires;
  private final int departures;
  private final BigDecimal rotation;
  private final int headcount;
  private final BigDecimal averageAge;
  private final List<TrancheAge> agePyramid;
  private final BigDecimal etpReels;
  private final Map<MotifAbsence, Long> absenceDays;
  private final long totalAbsenceDays;
  private final BigDecimal absenteeism;
  private final Map<MotifAbsence, BigDecimal> absenteeismByMotive;
  private final int cddRemplacement;

  IndicateursPersonnel(Year year, ParametresPersonnel parametres, int headcountStart, int hires, int departures,
      BigDecimal rotation, int headcount, BigDecimal averageAge, List<TrancheAge> agePyramid, BigDecimal etpReels,
      Map<MotifAbsence, Long> absenceDays, BigDecimal absenteeism, Map<MotifAbsence, BigDecimal> absenteeismByMotive,
      int cddRemplacement) {
    this.year = year;
    this.parametres = parametres;
    this.headcountStart = headcountStart;
    this.hires = hires;
    this.departures = departures;
    this.rotation = rotation;
    this.headcount = headcount;
    this.averageAge = averageAge;
    this.agePyramid = List.copyOf(agePyramid);
    this.etpReels = etpReels;
    this.absenceDays = Collections.unmodifiableMap(new EnumMap<>(absenceDays));
    this.totalAbsenceDays = absenceDays.values().stream().mapToLong(Long::longValue).sum();
    this.absenteeism = absenteeism;
    this.absenteeismByMotive = absenteeismByMotive.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(absenteeismByMotive));
    this.cddRemplacement = cddRemplacement;
  }

  /** @return the year */
  public Year year() {
    return year;
  }

  /** @return the parameters the indicators were computed with */
  public ParametresPersonnel parametres() {
    return parametres;
  }

  /** @return the effectif at 31/12/N-1 of the contract types the rotation counts */
  public int headcountStart() {
    return headcountStart;
  }

  /** @return the recrutements of the year (hire date in the year) of the contract types the rotation counts */
  public int hires() {
    return hires;
  }

  /** @return the départs of the year (leave date in the year) of the contract types the rotation counts */
  public int departures() {
    return departures;
  }

  /** @return the taux de rotation in percent, scale 2; empty when the effectif at 31/12/N-1 is zero */
  public Optional<BigDecimal> rotation() {
    return Optional.ofNullable(rotation);
  }

  /** @return the effectif at 31/12/N, every contract type: the population of the average age and the pyramid */
  public int headcount() {
    return headcount;
  }

  /** @return the âge moyen at 31/12/N in years, scale 2; empty when the effectif is zero */
  public Optional<BigDecimal> averageAge() {
    return Optional.ofNullable(averageAge);
  }

  /** @return the pyramide des âges at 31/12/N, youngest band first; the counts sum to {@link #headcount()} */
  public List<TrancheAge> agePyramid() {
    return agePyramid;
  }

  /** @return the ETP réels of the year, scale 2 */
  public BigDecimal etpReels() {
    return etpReels;
  }

  /** @return the calendar days of absence in the year by motive, every motive present (zero included) */
  public Map<MotifAbsence, Long> absenceDays() {
    return absenceDays;
  }

  /** @return the calendar days of absence in the year, all motives */
  public long totalAbsenceDays() {
    return totalAbsenceDays;
  }

  /** @return the taux d'absentéisme (hors formation) in percent, scale 2; empty when the ETP réels are zero */
  public Optional<BigDecimal> absenteeism() {
    return Optional.ofNullable(absenteeism);
  }

  /**
   * The taux d'absentéisme by motive, every motive present, summing exactly to {@link #absenteeism()}.
   *
   * @return the rates in percent, scale 2; empty when the ETP réels are zero
   */
  public Map<MotifAbsence, BigDecimal> absenteeismByMotive() {
    return absenteeismByMotive;
  }

  /** @return the CDD de remplacement in force on at least one day of the year */
  public int cddRemplacement() {
    return cddRemplacement;
  }

  /**
   * Every figure by its stable key, in a fixed order: the counts of scale 0, the rates and averages of scale 2;
   * a rate that is empty is left out.
   *
   * @return the figures by key
   */
  public Map<String, BigDecimal> values() {
    Map<String, BigDecimal> v = new LinkedHashMap<>();
    v.put(HEADCOUNT_START, BigDecimal.valueOf(headcountStart));
    v.put(HIRES, BigDecimal.valueOf(hires));
    v.put(DEPARTURES, BigDecimal.valueOf(departures));
    if (rotation != null) {
      v.put(ROTATION, rotation);
    }
    v.put(HEADCOUNT, BigDecimal.valueOf(headcount));
    if (averageAge != null) {
      v.put(AVERAGE_AGE, averageAge);
    }
    for (TrancheAge t : agePyramid) {
      v.put(t.key(), BigDecimal.valueOf(t.count()));
    }
    v.put(ETP_REELS, etpReels);
    v.put(ABSENCE_DAYS, BigDecimal.valueOf(totalAbsenceDays));
    if (absenteeism != null) {
      v.put(ABSENTEEISM, absenteeism);
      absenteeismByMotive.forEach((m, r) -> v.put(m.key(), r));
    }
    v.put(CDD_REMPLACEMENT, BigDecimal.valueOf(cddRemplacement));
    return Collections.unmodifiableMap(v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicateursPersonnel i && year.equals(i.year) && parametres.equals(i.parametres)
        && headcountStart == i.headcountStart && hires == i.hires && departures == i.departures
        && Objects.equals(rotation, i.rotation) && headcount == i.headcount && Objects.equals(averageAge, i.averageAge)
        && agePyramid.equals(i.agePyramid) && etpReels.equals(i.etpReels) && absenceDays.equals(i.absenceDays)
        && Objects.equals(absenteeism, i.absenteeism) && absenteeismByMotive.equals(i.absenteeismByMotive)
        && cddRemplacement == i.cddRemplacement;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, parametres, headcountStart, hires, departures, rotation, headcount, averageAge,
        agePyramid, etpReels, absenceDays, absenteeism, absenteeismByMotive, cddRemplacement);
  }

  @Override
  public String toString() {
    return "IndicateursPersonnel[" + year + " " + values() + "]";
  }
}
