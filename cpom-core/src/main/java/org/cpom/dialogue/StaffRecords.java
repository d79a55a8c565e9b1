package org.cpom.dialogue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;

/** The check of a whole set of staff records and the staff indicators worked from it (package use). */
final class StaffRecords {
  /** The rules a staff record and a set of them keep. */
  static final LegalBasis RULE = LegalBasis.convention(Convention.STAFF_RECORDS);
  /** A CDD de remplacement and its reasons. */
  static final LegalBasis REPLACEMENT = LegalBasis.law("Code du travail", "L1242-2 1°");
  /** The effectif, hires, departures and the rotation. */
  static final LegalBasis ROTATION = LegalBasis.convention(Convention.STAFF_ROTATION);
  /** The age and the pyramid. */
  static final LegalBasis AGE = LegalBasis.convention(Convention.STAFF_AGE);
  /** The ETP réels. */
  static final LegalBasis ETP = LegalBasis.convention(Convention.STAFF_ETP);
  /** The absenteeism rates. */
  static final LegalBasis ABSENTEEISM = LegalBasis.convention(Convention.STAFF_ABSENTEEISM);
  /** The taux de prestations externes. */
  static final LegalBasis EXTERNAL_SERVICES = LegalBasis.convention(Convention.STAFF_EXTERNAL_SERVICES);

  /** The years a record's dates fall in. */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2200;

  private static final int PERCENT_SCALE = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private StaffRecords() {}

  /** Checks that a record's date falls in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
  static LocalDate inRange(LocalDate date, String field) {
    Checks.check(date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR, field, date, RULE,
        "must fall in the years " + FIRST_YEAR + " to " + LAST_YEAR);
    return date;
  }

  /** The indicators of a year, after the whole set is checked. */
  static IndicateursPersonnel indicators(Year year, List<Salarie> salaries, List<Absence> absences,
      ParametresPersonnel parametres) {
    Checks.notNull(year, "year");
    Checks.noNulls(salaries, "salaries");
    Checks.noNulls(absences, "absences");
    Checks.notNull(parametres, "parametres");
    Checks.check(year.getValue() > FIRST_YEAR && year.getValue() <= LAST_YEAR, "year", year, RULE,
        "must be from " + (FIRST_YEAR + 1) + " to " + LAST_YEAR);
    List<Salarie> staff = List.copyOf(salaries);
    List<Absence> periods = List.copyOf(absences);
    checked(staff, periods);

    LocalDate first = year.atDay(1);
    LocalDate last = year.atMonth(12).atEndOfMonth();
    LocalDate previousEnd = first.minusDays(1);
    int daysInYear = year.length();
    List<Integer> starts = parametres.ageBandStarts();
    int[] bands = new int[starts.size() + 1];
    int headcountStart = 0;
    int hires = 0;
    int departures = 0;
    int headcount = 0;
    long ageSum = 0;
    int cdd = 0;
    long etpMicroDays = 0; // Σ ETP × days employed, in millionths of an ETP-day (an ETP has at most 6 decimals)
    for (Salarie s : staff) {
      if (parametres.rotationContracts().contains(s.contract())) {
        if (present(s, previousEnd)) {
          headcountStart++;
        }
        if (s.hireDate().getYear() == year.getValue()) {
          hires++;
        }
        if (s.lastDay().getYear() == year.getValue()) {
          departures++;
        }
      }
      if (present(s, last)) {
        headcount++;
        // whole years reached on 31 December: the birthday falls in the year, on or before it
        int age = year.getValue() - s.birthDate().getYear();
        ageSum += age;
        bands[band(starts, age)]++;
      }
      long employed = daysWithin(s.hireDate(), s.lastDay(), first, last);
      if (employed > 0) {
        etpMicroDays = Checks.addExact(etpMicroDays, s.etpMillionths() * employed, "etpReels");
        if (s.contract() == TypeContrat.CDD_REMPLACEMENT) {
          cdd++;
        }
      }
    }
    Map<MotifAbsence, Long> days = new EnumMap<>(MotifAbsence.class);
    for (MotifAbsence m : MotifAbsence.values()) {
      days.put(m, 0L);
    }
    long totalDays = 0;
    for (Absence a : periods) {
      long d = daysWithin(a.from(), a.to(), first, last);
      days.merge(a.motive(), d, Long::sum);
      totalDays += d;
    }

    BigDecimal rotation = headcountStart == 0 ? null
        : BigDecimal.valueOf(100L * (hires + departures))
            .divide(BigDecimal.valueOf(2L * headcountStart), PERCENT_SCALE, RoundingMode.HALF_UP);
    BigDecimal averageAge = headcount == 0 ? null
        : BigDecimal.valueOf(ageSum).divide(BigDecimal.valueOf(headcount), 2, RoundingMode.HALF_UP);
    List<TrancheAge> pyramid = new ArrayList<>(bands.length);
    for (int i = 0; i < bands.length; i++) {
      int from = i == 0 ? 0 : starts.get(i - 1);
      int to = i == starts.size() ? -1 : starts.get(i) - 1;
      pyramid.add(new TrancheAge(from, to, bands[i]));
    }
    BigDecimal etpDays = BigDecimal.valueOf(etpMicroDays, Salarie.MAX_ETP_DECIMALS);
    BigDecimal etpReels = etpDays.divide(BigDecimal.valueOf(daysInYear), 2, RoundingMode.HALF_UP);

    BigDecimal absenteeism = null;
    Map<MotifAbsence, BigDecimal> byMotive = new EnumMap<>(MotifAbsence.class);
    if (etpDays.signum() > 0) {
      int denominatorDays = parametres.absenteeismDays() == JoursAbsenteisme.TDB_365 ? 365 : daysInYear;
      // days / (ETP réels × D) with ETP réels = etpDays / daysInYear: one exact division, rounded once
      absenteeism = BigDecimal.valueOf(totalDays).multiply(BigDecimal.valueOf(daysInYear)).multiply(HUNDRED)
          .divide(etpDays.multiply(BigDecimal.valueOf(denominatorDays)), PERCENT_SCALE, RoundingMode.HALF_UP);
      byMotive = split(absenteeism, days, etpDays, daysInYear, denominatorDays);
    }
    return new IndicateursPersonnel(year, parametres, headcountStart, hires, departures, rotation, headcount,
        averageAge, pyramid, etpReels, days, absenteeism, byMotive, cdd);
  }

  /**
   * The overall rate, rounded, shared in hundredths of a percent among the motives by the largest remainder on
   * their exact rates: each motive takes its exact rate rounded down to the hundredth, and the hundredths left to
   * reach the overall rate (never more than the number of motives) go one each to the largest remainders, ties to
   * the motive first in the enum's order. The parts sum exactly to the overall rate and each is within a
   * hundredth of its exact rate.
   */
  private static Map<MotifAbsence, BigDecimal> split(BigDecimal overall, Map<MotifAbsence, Long> days,
      BigDecimal etpDays, int daysInYear, int denominatorDays) {
    // exact rate of a motive in hundredths of a percent: days × daysInYear × 10^4 / (denominatorDays × etpDays)
    BigDecimal exactEtp = etpDays.setScale(Math.max(0, etpDays.scale()));
    BigInteger q = exactEtp.unscaledValue().multiply(BigInteger.valueOf(denominatorDays));
    BigInteger scale = BigInteger.TEN.pow(exactEtp.scale());
    Map<MotifAbsence, BigInteger> floor = new EnumMap<>(MotifAbsence.class);
    Map<MotifAbsence, BigInteger> remainder = new EnumMap<>(MotifAbsence.class);
    BigInteger given = BigInteger.ZERO;
    for (MotifAbsence m : MotifAbsence.values()) {
      BigInteger n = BigInteger.valueOf(days.get(m)).multiply(BigInteger.valueOf(daysInYear))
          .multiply(BigInteger.valueOf(10_000)).multiply(scale);
      BigInteger[] qr = n.divideAndRemainder(q);
      floor.put(m, qr[0]);
      remainder.put(m, qr[1]);
      given = given.add(qr[0]);
    }
    int left = overall.unscaledValue().subtract(given).intValueExact();
    List<MotifAbsence> order = new ArrayList<>(List.of(MotifAbsence.values()));
    order.sort(Comparator.comparing((MotifAbsence m) -> remainder.get(m)).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (int i = 0; i < left; i++) {
      floor.merge(order.get(i), BigInteger.ONE, BigInteger::add);
    }
    Map<MotifAbsence, BigDecimal> parts = new EnumMap<>(MotifAbsence.class);
    floor.forEach((m, u) -> parts.put(m, new BigDecimal(u, PERCENT_SCALE)));
    return parts;
  }

  /** Whether a member is in the effectif at the end of a day: hired by then and not leaving on or before it. */
  private static boolean present(Salarie s, LocalDate day) {
    return !s.hireDate().isAfter(day) && s.lastDay().isAfter(day);
  }

  /** The days of [from, to] inside [first, last], both ends counted. */
  private static long daysWithin(LocalDate from, LocalDate to, LocalDate first, LocalDate last) {
    long start = Math.max(from.toEpochDay(), first.toEpochDay());
    long end = Math.min(to.toEpochDay(), last.toEpochDay());
    return end < start ? 0 : end - start + 1;
  }

  /** The band of an age: the number of starts at or below it. */
  private static int band(List<Integer> starts, int age) {
    int b = 0;
    while (b < starts.size() && age >= starts.get(b)) {
      b++;
    }
    return b;
  }

  /**
   * Checks the whole set ({@code cpom:staff-records}): ids unique, each absence naming a record of the set,
   * inside its employment, overlapping no other absence of the same member.
   */
  private static void checked(List<Salarie> staff, List<Absence> absences) {
    Map<String, Integer> index = new HashMap<>(staff.size() * 2);
    for (int i = 0; i < staff.size(); i++) {
      Salarie s = staff.get(i);
      Integer before = index.putIfAbsent(s.id(), i);
      if (before != null) {
        throw fails(Salarie.field(s.id(), "id"), s.id(),
            "salaries[" + i + "] has the id of salaries[" + before + "]: an id is unique in the set");
      }
    }
    // the absences of each member grouped by a counting sort, each group then sorted by first day; messages
    // are built only on failure
    int[] member = new int[absences.size()];
    int[] groupStart = new int[staff.size() + 1];
    for (int j = 0; j < absences.size(); j++) {
      Absence a = absences.get(j);
      Integer i = index.get(a.salarieId());
      if (i == null) {
        throw fails(name(a) + ".salarieId", a.salarieId(), "absences[" + j + "] names no staff record of the set");
      }
      Salarie s = staff.get(i);
      if (a.from().isBefore(s.hireDate())) {
        throw fails(name(a) + ".from", a.from(),
            "absences[" + j + "] starts before the hire of " + s.id() + " on " + s.hireDate());
      }
      if (a.to().isAfter(s.lastDay())) {
        throw fails(name(a) + ".to", a.to(),
            "absences[" + j + "] ends after the leave of " + s.id() + " on " + s.lastDay());
      }
      member[j] = i;
      groupStart[i + 1]++;
    }
    for (int i = 0; i < staff.size(); i++) {
      groupStart[i + 1] += groupStart[i];
    }
    int[] next = groupStart.clone();
    long[] keys = new long[absences.size()];
    long offset = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    for (int j = 0; j < absences.size(); j++) {
      // first day (fewer than 2^17 days from 1900) above the index, so a group sorts by day, then by position
      keys[next[member[j]]++] = (absences.get(j).from().toEpochDay() - offset) << 32 | j;
    }
    for (int i = 0; i < staff.size(); i++) {
      int from = groupStart[i];
      int to = groupStart[i + 1];
      if (to - from < 2) {
        continue;
      }
      Arrays.sort(keys, from, to);
      for (int k = from + 1; k < to; k++) {
        int p = (int) keys[k - 1];
        int j = (int) keys[k];
        Absence previous = absences.get(p);
        Absence a = absences.get(j);
        if (!a.from().isAfter(previous.to())) {
          throw fails(name(a) + ".from", a.from(), "absences[" + j + "] overlaps absences[" + p + "] of "
              + a.salarieId() + " (" + previous.from() + " to " + previous.to() + ")");
        }
      }
    }
  }

  /** The name of an absence in a message: {@code absence[S12 from 2026-03-01]}. */
  static String name(Absence a) {
    return "absence[" + a.salarieId() + " from " + a.from() + "]";
  }

  private static CpomValidationException fails(String field, Object value, String problem) {
    return new CpomValidationException(field, value, RULE, problem);
  }
}
