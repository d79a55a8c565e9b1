package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The staff indicators on hand-checked figures: W5, W10, leap years, the year boundary, age, ETP, CDD. */
class StaffIndicatorsTest {
  static final Year Y2026 = Year.of(2026);
  static final LocalDate BORN = LocalDate.of(1980, 5, 1);

  static Salarie cdi(String id, LocalDate hire) {
    return Salarie.of(id, BORN, hire, BigDecimal.ONE, TypeContrat.CDI);
  }

  static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }

  @Test
  void w5HeadcountOf100TwelveHiresAndEightDeparturesGiveARotationOf10Percent() {
    List<Salarie> staff = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Salarie s = cdi("S" + i, LocalDate.of(2020, 1, 1));
      staff.add(i < 8 ? s.leaving(LocalDate.of(2026, 3, 1 + i)) : s);
    }
    for (int i = 0; i < 12; i++) {
      staff.add(cdi("H" + i, LocalDate.of(2026, 1 + i, 15)));
    }
    IndicateursPersonnel r = DialogueEngine.indicateursPersonnel(Y2026, staff, List.of());
    assertThat(r.headcountStart()).isEqualTo(100);
    assertThat(r.hires()).isEqualTo(12);
    assertThat(r.departures()).isEqualTo(8);
    // (12 / 100 + 8 / 100) / 2 = 10 %
    assertThat(r.rotation()).contains(pct("10.00"));
    assertThat(r.headcount()).isEqualTo(104);
    assertThat(r.values()).containsEntry(IndicateursPersonnel.ROTATION, pct("10.00"))
        .containsEntry(IndicateursPersonnel.HEADCOUNT_START, BigDecimal.valueOf(100))
        .containsEntry(IndicateursPersonnel.HIRES, BigDecimal.valueOf(12))
        .containsEntry(IndicateursPersonnel.DEPARTURES, BigDecimal.valueOf(8));
  }

  /** 25 full-time members all of 2026: ETP réels 25; 730 days of absence: 730 / (25 × 365) = 8.00 %. */
  static List<Salarie> twentyFive() {
    List<Salarie> staff = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      staff.add(cdi("S" + i, LocalDate.of(2019, 9, 1)));
    }
    return staff;
  }

  @Test
  void w10TwentyFiveEtpReelsAnd730DaysGiveAnAbsenteeismOf8Percent() {
    List<Absence> absences = List.of(
        Absence.of("S0", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), MotifAbsence.MALADIE_ORDINAIRE),
        Absence.of("S1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 29), MotifAbsence.MATERNITE_PATERNITE),
        Absence.of("S1", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31), MotifAbsence.ACCIDENT_DU_TRAVAIL));
    IndicateursPersonnel r = DialogueEngine.indicateursPersonnel(Y2026, twentyFive(), absences);
    assertThat(r.etpReels()).isEqualTo(pct("25.00"));
    assertThat(r.totalAbsenceDays()).isEqualTo(730);
    assertThat(r.absenceDays()).containsEntry(MotifAbsence.MALADIE_ORDINAIRE, 365L)
        .containsEntry(MotifAbsence.MATERNITE_PATERNITE, 180L).containsEntry(MotifAbsence.ACCIDENT_DU_TRAVAIL, 185L)
        .containsEntry(MotifAbsence.CONGES_SPECIAUX, 0L);
    assertThat(r.absenteeism()).contains(pct("8.00"));
    // 365 / 9125 = 4 %; 180 / 9125 = 1.9726 %; 185 / 9125 = 2.0274 %
    assertThat(r.absenteeismByMotive()).containsEntry(MotifAbsence.MALADIE_ORDINAIRE, pct("4.00"))
        .containsEntry(MotifAbsence.MATERNITE_PATERNITE, pct("1.97"))
        .containsEntry(MotifAbsence.ACCIDENT_DU_TRAVAIL, pct("2.03"))
        .containsEntry(MotifAbsence.MALADIE_LONGUE_DUREE, pct("0.00"));
    assertThat(r.values()).containsEntry(IndicateursPersonnel.ABSENTEEISM, pct("8.00"))
        .containsEntry("staff.absenteeism.maladie-ordinaire", pct("4.00"))
        .containsEntry(IndicateursPersonnel.ETP_REELS, pct("25.00"))
        .containsEntry(IndicateursPersonnel.ABSENCE_DAYS, BigDecimal.valueOf(730));
  }

  @Test
  void theMotivesSplitTheRoundedOverallRateByTheLargestRemainder() {
    // 3 motives of 1 day each over 25 ETP: 3 / 9125 = 0.0329 % -> 0.03; each third 0.01 exactly
    List<Absence> absences = List.of(
        Absence.of("S0", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), MotifAbsence.CONGES_SPECIAUX),
        Absence.of("S1", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), MotifAbsence.MALADIE_ORDINAIRE),
        Absence.of("S2", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), MotifAbsence.MATERNITE_PATERNITE));
    IndicateursPersonnel r = DialogueEngine.indicateursPersonnel(Y2026, twentyFive(), absences);
    assertThat(r.absenteeism()).contains(pct("0.03"));
    assertThat(r.absenteeismByMotive().values()).containsOnly(pct("0.01"), pct("0.00"));
    // 2 motives of 1 day: 2 / 9125 = 0.0219 % -> 0.02; 4 motives of 1 day: 0.0438 -> 0.04
    List<Absence> five = new ArrayList<>(absences);
    five.add(Absence.of("S3", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), MotifAbsence.ACCIDENT_DU_TRAVAIL));
    five.add(Absence.of("S4", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), MotifAbsence.MALADIE_LONGUE_DUREE));
    IndicateursPersonnel f = DialogueEngine.indicateursPersonnel(Y2026, twentyFive(), five);
    // 5 / 9125 = 0.0548 % -> 0.05: five equal shares of one hundredth each
    assertThat(f.absenteeism()).contains(pct("0.05"));
    assertThat(f.absenteeismByMotive()).containsEntry(MotifAbsence.MALADIE_ORDINAIRE, pct("0.01"))
        .containsEntry(MotifAbsence.MALADIE_MOYENNE_DUREE, pct("0.00"))
        .containsEntry(MotifAbsence.CONGES_SPECIAUX, pct("0.01"));
    // 7 days on two motives (4 and 3) of a single half-time member all year: 7 / (0.5 × 365) = 3.8356 % -> 3.84;
    // shares 384 × 4/7 = 219.43 and 384 × 3/7 = 164.57: the larger remainder gets the hundredth left
    Salarie half = Salarie.of("P", BORN, LocalDate.of(2010, 1, 1), new BigDecimal("0.5"), TypeContrat.CDI);
    IndicateursPersonnel h = DialogueEngine.indicateursPersonnel(Y2026, List.of(half), List.of(
        Absence.of("P", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4), MotifAbsence.MALADIE_ORDINAIRE),
        Absence.of("P", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 3), MotifAbsence.CONGES_SPECIAUX)));
    assertThat(h.absenteeism()).contains(pct("3.84"));
    assertThat(h.absenteeismByMotive()).containsEntry(MotifAbsence.MALADIE_ORDINAIRE, pct("2.19"))
        .containsEntry(MotifAbsence.CONGES_SPECIAUX, pct("1.65"));
  }

  @Test
  void aLeapYearCountsItsTwentyNinthOfFebruaryAndKeepsTheTableauDeBords365() {
    Year y2028 = Year.of(2028);
    Salarie s = cdi("S", LocalDate.of(2020, 1, 1));
    IndicateursPersonnel across = DialogueEngine.indicateursPersonnel(y2028, List.of(s), List.of(
        Absence.of("S", LocalDate.of(2028, 2, 28), LocalDate.of(2028, 3, 1), MotifAbsence.MALADIE_ORDINAIRE)));
    assertThat(across.totalAbsenceDays()).isEqualTo(3);
    assertThat(across.etpReels()).isEqualTo(pct("1.00"));
    // 3 days, ETP réels 1 (366 / 366), × 365: 3 / 365 = 0.8219 % -> 0.82
    assertThat(across.absenteeism()).contains(pct("0.82"));
    List<Absence> wholeYear = List.of(
        Absence.of("S", LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31), MotifAbsence.MALADIE_LONGUE_DUREE));
    IndicateursPersonnel tdb = DialogueEngine.indicateursPersonnel(y2028, List.of(s), wholeYear);
    assertThat(tdb.totalAbsenceDays()).isEqualTo(366);
    // 366 / (1 × 365) = 100.27 %
    assertThat(tdb.absenteeism()).contains(pct("100.27"));
    IndicateursPersonnel calendar = DialogueEngine.indicateursPersonnel(y2028, List.of(s), wholeYear,
        ParametresPersonnel.defaults().withAbsenteeismDays(JoursAbsenteisme.DAYS_OF_YEAR));
    assertThat(calendar.absenteeism()).contains(pct("100.00"));
    assertThat(calendar.absenteeismByMotive()).containsEntry(MotifAbsence.MALADIE_LONGUE_DUREE, pct("100.00"));
    // the same member in 2027 (365 days) with the calendar option: 365 days / 365 = 100 %
    IndicateursPersonnel y2027 = DialogueEngine.indicateursPersonnel(Year.of(2027), List.of(s), List.of(
        Absence.of("S", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), MotifAbsence.MALADIE_LONGUE_DUREE)),
        ParametresPersonnel.defaults().withAbsenteeismDays(JoursAbsenteisme.DAYS_OF_YEAR));
    assertThat(y2027.absenteeism()).contains(pct("100.00"));
  }

  @Test
  void anAbsenceAcrossTheNewYearCountsInEachYearItsOwnDays() {
    Salarie s = cdi("S", LocalDate.of(2020, 1, 1));
    List<Absence> a = List.of(
        Absence.of("S", LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 10), MotifAbsence.ACCIDENT_DU_TRAVAIL));
    IndicateursPersonnel y2025 = DialogueEngine.indicateursPersonnel(Year.of(2025), List.of(s), a);
    IndicateursPersonnel y2026 = DialogueEngine.indicateursPersonnel(Y2026, List.of(s), a);
    assertThat(y2025.totalAbsenceDays()).isEqualTo(12);
    assertThat(y2026.totalAbsenceDays()).isEqualTo(10);
    // an absence of another year altogether counts nothing
    IndicateursPersonnel y2027 = DialogueEngine.indicateursPersonnel(Year.of(2027), List.of(s), a);
    assertThat(y2027.totalAbsenceDays()).isZero();
    assertThat(y2027.absenteeism()).contains(pct("0.00"));
    assertThat(y2027.absenteeismByMotive().values()).containsOnly(pct("0.00"));
  }

  @Test
  void theEffectifAt31DecemberIsCarriedIntoTheNextYear() {
    Salarie lastDay = cdi("L", LocalDate.of(2020, 1, 1)).leaving(LocalDate.of(2025, 12, 31));
    Salarie firstDay = cdi("F", LocalDate.of(2026, 1, 1));
    Salarie stays = cdi("K", LocalDate.of(2020, 1, 1));
    IndicateursPersonnel y2025 = DialogueEngine.indicateursPersonnel(Year.of(2025), List.of(lastDay, firstDay, stays),
        List.of());
    IndicateursPersonnel y2026 = DialogueEngine.indicateursPersonnel(Y2026, List.of(lastDay, firstDay, stays),
        List.of());
    // leaving on 31/12/2025 is a departure of 2025 and not in its effectif at 31 December
    assertThat(y2025.departures()).isEqualTo(1);
    assertThat(y2025.headcount()).isEqualTo(1);
    assertThat(y2026.headcountStart()).isEqualTo(1);
    assertThat(y2026.hires()).isEqualTo(1);
    assertThat(y2026.departures()).isZero();
    assertThat(y2026.headcount()).isEqualTo(2);
    // the effectif at 31/12/N is that at 31/12/N-1 plus the hires less the departures
    assertThat(y2026.headcount()).isEqualTo(y2026.headcountStart() + y2026.hires() - y2026.departures());
  }

  @Test
  void theRotationCountsTheCdiAndTitulairesUnlessTheCallerChoosesOtherwise() {
    List<Salarie> staff = List.of(
        cdi("A", LocalDate.of(2020, 1, 1)),
        Salarie.of("T", BORN, LocalDate.of(2015, 1, 1), BigDecimal.ONE, TypeContrat.TITULAIRE)
            .leaving(LocalDate.of(2026, 6, 30)),
        Salarie.of("C", BORN, LocalDate.of(2026, 2, 1), BigDecimal.ONE, TypeContrat.CDD).leaving(LocalDate.of(2026, 4, 30)),
        Salarie.remplacement("R", BORN, LocalDate.of(2025, 11, 1), new BigDecimal("0.8"), MotifRemplacement.ABSENCE));
    IndicateursPersonnel d = DialogueEngine.indicateursPersonnel(Y2026, staff, List.of());
    assertThat(d.headcountStart()).isEqualTo(2);
    assertThat(d.hires()).isZero();
    assertThat(d.departures()).isEqualTo(1);
    // (0 + 1) / (2 × 2) = 25 %
    assertThat(d.rotation()).contains(pct("25.00"));
    IndicateursPersonnel all = DialogueEngine.indicateursPersonnel(Y2026, staff, List.of(),
        ParametresPersonnel.defaults().withRotationContracts(EnumSet.allOf(TypeContrat.class)));
    assertThat(all.headcountStart()).isEqualTo(3);
    assertThat(all.hires()).isEqualTo(1);
    assertThat(all.departures()).isEqualTo(2);
    // (1 + 2) / (2 × 3) = 50 %
    assertThat(all.rotation()).contains(pct("50.00"));
    assertThat(d.cddRemplacement()).isEqualTo(1);
    // no effectif at 31/12/N-1: no rotation, and the key is left out
    IndicateursPersonnel none = DialogueEngine.indicateursPersonnel(Y2026, List.of(cdi("N", LocalDate.of(2026, 3, 1))),
        List.of());
    assertThat(none.rotation()).isEmpty();
    assertThat(none.values()).doesNotContainKey(IndicateursPersonnel.ROTATION);
  }

  @Test
  void theAverageAgeAndThePyramidReadTheAgesReachedOn31December() {
    List<Salarie> staff = List.of(
        Salarie.of("A", LocalDate.of(2000, 12, 31), LocalDate.of(2020, 1, 1), BigDecimal.ONE, TypeContrat.CDI),
        Salarie.of("B", LocalDate.of(2001, 1, 1), LocalDate.of(2020, 1, 1), BigDecimal.ONE, TypeContrat.CDD),
        Salarie.of("C", LocalDate.of(1966, 6, 1), LocalDate.of(2000, 1, 1), BigDecimal.ONE, TypeContrat.TITULAIRE),
        Salarie.of("D", LocalDate.of(2002, 3, 1), LocalDate.of(2024, 1, 1), BigDecimal.ONE, TypeContrat.CDI),
        // left during the year: not in the effectif at 31 December
        Salarie.of("E", LocalDate.of(1950, 1, 1), LocalDate.of(2000, 1, 1), BigDecimal.ONE, TypeContrat.CDI)
            .leaving(LocalDate.of(2026, 5, 31)));
    IndicateursPersonnel r = DialogueEngine.indicateursPersonnel(Y2026, staff, List.of());
    // ages 26, 25, 60, 24: 135 / 4 = 33.75
    assertThat(r.headcount()).isEqualTo(4);
    assertThat(r.averageAge()).contains(pct("33.75"));
    assertThat(r.agePyramid()).hasSize(9);
    assertThat(r.agePyramid().get(0).label(Locale.FRENCH)).isEqualTo("moins de 25 ans");
    assertThat(r.agePyramid().get(0).count()).isEqualTo(1);
    assertThat(r.agePyramid().get(1).key()).isEqualTo("staff.age-pyramid.25-29");
    assertThat(r.agePyramid().get(1).count()).isEqualTo(2);
    assertThat(r.agePyramid().get(8).key()).isEqualTo("staff.age-pyramid.60-plus");
    assertThat(r.agePyramid().get(8).to()).isEmpty();
    assertThat(r.agePyramid().get(8).count()).isEqualTo(1);
    assertThat(r.agePyramid().stream().mapToInt(TrancheAge::count).sum()).isEqualTo(r.headcount());
    assertThat(r.values()).containsEntry("staff.age-pyramid.under-25", BigDecimal.ONE)
        .containsEntry(IndicateursPersonnel.AVERAGE_AGE, pct("33.75"));
    // other bands: under 30, 30 and over
    IndicateursPersonnel two = DialogueEngine.indicateursPersonnel(Y2026, staff, List.of(),
        ParametresPersonnel.defaults().withAgeBandStarts(List.of(30)));
    assertThat(two.agePyramid()).extracting(TrancheAge::count).containsExactly(3, 1);
    assertThat(two.agePyramid().get(1).label(Locale.ENGLISH)).isEqualTo("30 and over");
    IndicateursPersonnel one = DialogueEngine.indicateursPersonnel(Y2026, staff, List.of(),
        ParametresPersonnel.defaults().withAgeBandStarts(List.of()));
    assertThat(one.agePyramid()).extracting(TrancheAge::key).containsExactly("staff.age-pyramid.0-plus");
    // nobody at 31 December: no average age
    assertThat(DialogueEngine.indicateursPersonnel(Year.of(2030), staff, List.of()).headcount()).isEqualTo(4);
    assertThat(DialogueEngine.indicateursPersonnel(Year.of(1999), staff, List.of()).averageAge()).isEmpty();
  }

  @Test
  void etpReelsAreProratedOverTheDaysEmployedAndTheCddDeRemplacementCountedWhenInForce() {
    List<Salarie> staff = List.of(
        // half time, 1 January to 30 June 2026: 0.5 × 181 days
        Salarie.of("H", BORN, LocalDate.of(2020, 1, 1), new BigDecimal("0.5"), TypeContrat.CDI)
            .leaving(LocalDate.of(2026, 6, 30)),
        // full time from 1 October 2026: 92 days
        Salarie.remplacement("R", BORN, LocalDate.of(2026, 10, 1), BigDecimal.ONE, MotifRemplacement.SUSPENSION_DU_CONTRAT),
        // a replacement over before 2026: not counted
        Salarie.remplacement("O", BORN, LocalDate.of(2025, 1, 1), BigDecimal.ONE, MotifRemplacement.ABSENCE)
            .leaving(LocalDate.of(2025, 12, 31)));
    IndicateursPersonnel r = DialogueEngine.indicateursPersonnel(Y2026, staff, List.of(
        Absence.of("R", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), MotifAbsence.MALADIE_ORDINAIRE)));
    // (90.5 + 92) / 365 = 0.5 -> 0.50
    assertThat(r.etpReels()).isEqualTo(pct("0.50"));
    // 10 days × 365 / (182.5 × 365) = 5.4795 % -> 5.48
    assertThat(r.absenteeism()).contains(pct("5.48"));
    assertThat(r.cddRemplacement()).isEqualTo(1);
    assertThat(r.values()).containsEntry(IndicateursPersonnel.CDD_REMPLACEMENT, BigDecimal.ONE);
    // no ETP in the year: no absenteeism
    IndicateursPersonnel empty = DialogueEngine.indicateursPersonnel(Year.of(2030), staff.subList(0, 1), List.of());
    assertThat(empty.etpReels()).isEqualTo(pct("0.00"));
    assertThat(empty.absenteeism()).isEmpty();
    assertThat(empty.absenteeismByMotive()).isEmpty();
    assertThat(empty.values()).doesNotContainKey(IndicateursPersonnel.ABSENTEEISM);
  }

  @Test
  void theTauxDePrestationsExternesIsTheTableauDeBordsRatio() {
    // (1 000 + 2 000 + 5 000 + 500 + 1 500) / (90 000 + 1 000 + 2 000) = 10 000 / 93 000 = 10.7527 % -> 10.75
    TauxPrestationsExternes t = DialogueEngine.tauxPrestationsExternes(PrestationsExternes.of(Amount.of("1000.00"),
        Amount.of("2000.00"), Amount.of("5000.00"), Amount.of("500.00"), Amount.of("1500.00"), Amount.of("90000.00")));
    assertThat(t.numerator()).isEqualTo(Amount.of("10000.00"));
    assertThat(t.denominator()).isEqualTo(Amount.of("93000.00"));
    assertThat(t.rate()).contains(pct("10.75"));
    TauxPrestationsExternes zero = DialogueEngine.tauxPrestationsExternes(PrestationsExternes.of(Amount.ZERO,
        Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO));
    assertThat(zero.rate()).isEmpty();
    assertThat(IndicateursPersonnel.EXTERNAL_SERVICES).isEqualTo("staff.external-services");
  }

  @Test
  void resultsCompareByValue() {
    List<Salarie> staff = twentyFive();
    IndicateursPersonnel a = DialogueEngine.indicateursPersonnel(Y2026, staff, List.of());
    IndicateursPersonnel b = DialogueEngine.indicateursPersonnel(Y2026, new ArrayList<>(staff), List.of());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(DialogueEngine.indicateursPersonnel(Year.of(2027), staff, List.of()));
    assertThat(Salarie.of("X", BORN, BORN, new BigDecimal("0.50"), TypeContrat.CDI))
        .isEqualTo(Salarie.of("X", BORN, BORN, new BigDecimal("0.5"), TypeContrat.CDI))
        .hasSameHashCodeAs(Salarie.of("X", BORN, BORN, new BigDecimal("0.5"), TypeContrat.CDI));
    Map<String, BigDecimal> v = a.values();
    assertThat(v.keySet()).startsWith(IndicateursPersonnel.HEADCOUNT_START, IndicateursPersonnel.HIRES);
    assertThat(MotifAbsence.ACCIDENT_DU_TRAVAIL.key()).isEqualTo("staff.absenteeism.accident-travail-maladie-professionnelle");
  }
}
