package org.cpom.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cpom.dialogue.Absence;
import org.cpom.dialogue.MotifAbsence;
import org.cpom.dialogue.MotifRemplacement;
import org.cpom.dialogue.PersonRecord;
import org.cpom.dialogue.Salarie;
import org.cpom.dialogue.TypeContrat;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.TariffAuthority;

/**
 * The records the dialogue benchmark reads, generated from a seed for {@link #YEAR}: people accompanied by one large
 * IME (internat, semi-internat, externat, 210 days open each) and its staff with their absence periods. Beside the
 * records, the generator keeps the figures they imply, counted as it writes them, so a test can check the engine's
 * indicators against them.
 */
public final class DialogueRecords {
  /** The year observed. */
  public static final Year YEAR = Year.of(2026);
  /** The days each mode is open. */
  static final int DAYS_OPEN = 210;
  private static final CapacityMode[] MODES = {CapacityMode.INTERNAT, CapacityMode.SEMI_INTERNAT,
      CapacityMode.EXTERNAT};
  private static final LocalDate START = YEAR.atDay(1);
  private static final LocalDate END = YEAR.atMonth(12).atEndOfMonth();
  private static final LocalDate START_BEFORE = START.minusDays(1);

  /** The IME the people records belong to. */
  public final Esms esms;
  /** The people records. */
  public final List<PersonRecord> people;
  /** The staff records. */
  public final List<Salarie> staff;
  /** The absence periods of the staff. */
  public final List<Absence> absences;

  /** Days of presence by mode, as generated. */
  public final Map<CapacityMode, Long> daysByMode = new EnumMap<>(CapacityMode.class);
  /** People in the effectif on 31 December. */
  public long effectif;
  /** People whose stay ended in the year. */
  public long exits;
  /** People of the effectif aged 20 or more on 31 December and kept under L242-4. */
  public long creton;
  /** People of the effectif whose domicile de secours is not in the Rhône. */
  public long otherDepartements;
  /** CDI and titulaires in the effectif on 31 December of the year before. */
  public int headcountStart;
  /** CDI and titulaires hired in the year. */
  public int hires;
  /** CDI and titulaires who left in the year. */
  public int departures;
  /** CDD de remplacement in force on a day of the year. */
  public int cddRemplacement;
  /** Calendar days of absence in the year by motive. */
  public final Map<MotifAbsence, Long> absenceDays = new EnumMap<>(MotifAbsence.class);

  private DialogueRecords(int peopleCount, int staffCount, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    esms = Esms.builder().finess(FinessNumber.of("690000011")).name("IME benchmark").category(EsmsCategory.IME)
        .gestionnaire(FinessNumber.of("690000003"))
        .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 200_000, 200_000, DAYS_OPEN),
            CapacityLine.of(CapacityMode.SEMI_INTERNAT, 200_000, 200_000, DAYS_OPEN),
            CapacityLine.of(CapacityMode.EXTERNAT, 200_000, 200_000, DAYS_OPEN))
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(),
            TariffAuthority.ars("Auvergne-Rhône-Alpes")))
        .build();
    people = new ArrayList<>(peopleCount);
    for (int i = 0; i < peopleCount; i++) {
      people.add(person(i, rnd));
    }
    staff = new ArrayList<>(staffCount);
    absences = new ArrayList<>();
    for (int i = 0; i < staffCount; i++) {
      member(i, rnd);
    }
  }

  /**
   * Generates the records.
   *
   * @param peopleCount the people records
   * @param staffCount the staff records
   * @param seed the seed
   * @return the records and the figures they imply
   */
  public static DialogueRecords generate(int peopleCount, int staffCount, long seed) {
    return new DialogueRecords(peopleCount, staffCount, seed);
  }

  private PersonRecord person(int i, SplittableRandom rnd) {
    CapacityMode mode = MODES[i % MODES.length];
    LocalDate entry = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(4383)); // to 31 December 2026
    LocalDate birth = entry.minusYears(3 + rnd.nextInt(16)).minusDays(rnd.nextInt(365));
    LocalDate exit = rnd.nextInt(4) == 0 ? entry.plusDays(rnd.nextInt(1500)) : null;
    LocalDate from = entry.isAfter(START) ? entry : START;
    LocalDate to = exit != null && exit.isBefore(END) ? exit : END;
    long stay = to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    long open = Math.min(stay, DAYS_OPEN);
    long presence = open - (open == 0 ? 0 : rnd.nextLong(open / 10 + 1));
    boolean inEffectif = exit == null || exit.isAfter(END);
    int ageAtEnd = java.time.Period.between(birth, END).getYears();
    boolean prolonged = ageAtEnd >= 20 && rnd.nextInt(5) != 0;
    boolean elsewhere = i % 20 == 0;
    daysByMode.merge(mode, presence, Long::sum);
    effectif += inEffectif ? 1 : 0;
    exits += exit != null && exit.getYear() == YEAR.getValue() ? 1 : 0;
    creton += inEffectif && prolonged ? 1 : 0;
    otherDepartements += inEffectif && elsewhere ? 1 : 0;
    PersonRecord.Builder b = PersonRecord.builder().id("P" + i).birthDate(birth).entryDate(entry).mode(mode)
        .domicileDeSecours(DepartementCode.of(elsewhere ? "01" : "69")).daysOfPresence(presence)
        .placementProlonged(prolonged);
    if (exit != null) {
      b.exitDate(exit);
    }
    return b.build();
  }

  private void member(int i, SplittableRandom rnd) {
    LocalDate hire = LocalDate.of(2000, 1, 1).plusDays(rnd.nextInt(9862)); // to 31 December 2026
    LocalDate birth = hire.minusYears(18 + rnd.nextInt(28)).minusDays(rnd.nextInt(365));
    LocalDate leave = rnd.nextInt(5) == 0 ? hire.plusDays(rnd.nextInt(3000)) : null;
    BigDecimal etp = new BigDecimal[] {BigDecimal.ONE, new BigDecimal("0.8"), new BigDecimal("0.5")}[i % 3];
    String id = "S" + i;
    int kind = i % 10;
    TypeContrat contract = kind < 7 ? TypeContrat.CDI : kind == 7 ? TypeContrat.TITULAIRE
        : kind == 8 ? TypeContrat.CDD : TypeContrat.CDD_REMPLACEMENT;
    Salarie s = contract == TypeContrat.CDD_REMPLACEMENT
        ? Salarie.remplacement(id, birth, hire, etp, MotifRemplacement.ABSENCE)
        : Salarie.of(id, birth, hire, etp, contract);
    staff.add(leave == null ? s : s.leaving(leave));
    LocalDate last = leave == null ? LocalDate.MAX : leave;
    if (contract == TypeContrat.CDI || contract == TypeContrat.TITULAIRE) {
      headcountStart += !hire.isAfter(START_BEFORE) && last.isAfter(START_BEFORE) ? 1 : 0;
      hires += hire.getYear() == YEAR.getValue() ? 1 : 0;
      departures += leave != null && leave.getYear() == YEAR.getValue() ? 1 : 0;
    }
    if (contract == TypeContrat.CDD_REMPLACEMENT && !hire.isAfter(END) && !last.isBefore(START)) {
      cddRemplacement++;
    }
    // up to three absences, one in each third of the year, so that none overlaps another
    for (int slot = 0; slot < 3; slot++) {
      if (rnd.nextInt(10) >= 3) {
        continue;
      }
      LocalDate from = START.plusMonths(4L * slot).plusDays(rnd.nextInt(60));
      LocalDate to = from.plusDays(rnd.nextInt(31));
      MotifAbsence motive = MotifAbsence.values()[rnd.nextInt(MotifAbsence.values().length)];
      if (from.isBefore(hire) || to.isAfter(last)) {
        continue;
      }
      absences.add(Absence.of(id, from, to, motive));
      absenceDays.merge(motive, ChronoUnit.DAYS.between(from, to) + 1, Long::sum);
    }
  }
}
