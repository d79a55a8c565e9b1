package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test: on random staff sets, the absenteeism by motive sums exactly to the overall rate, each
 * motive is within a hundredth of a percent of its own exact rate, and the effectif identity holds.
 */
class StaffAbsenteeismPropertyTest {
  private static final long SEED = 20261203L;
  private static final int CASES = org.cpom.Conservation.cases(10_000);

  @Test
  void theMotivesSumExactlyToTheOverallRateAndEachIsWithinAHundredthOfItsExactRate() {
    Random random = new Random(SEED);
    MotifAbsence[] motives = MotifAbsence.values();
    for (int c = 0; c < CASES; c++) {
      int year = 2020 + random.nextInt(10);
      Year y = Year.of(year);
      int members = 1 + random.nextInt(6);
      List<Salarie> staff = new ArrayList<>();
      List<Absence> absences = new ArrayList<>();
      for (int i = 0; i < members; i++) {
        LocalDate hire = LocalDate.of(year - 1, 1, 1).plusDays(random.nextInt(700));
        BigDecimal etp = BigDecimal.valueOf(1 + random.nextInt(100), 2);
        Salarie s = Salarie.of("S" + i, LocalDate.of(1970, 1, 1), hire, etp, TypeContrat.CDI);
        LocalDate leave = null;
        if (random.nextBoolean()) {
          leave = hire.plusDays(random.nextInt(500));
          s = s.leaving(leave);
        }
        staff.add(s);
        LocalDate last = leave == null ? hire.plusDays(800) : leave;
        LocalDate cursor = hire;
        int n = random.nextInt(5);
        for (int k = 0; k < n && !cursor.isAfter(last); k++) {
          LocalDate from = cursor.plusDays(random.nextInt(60));
          if (from.isAfter(last)) {
            break;
          }
          LocalDate to = from.plusDays(random.nextInt(120));
          if (to.isAfter(last)) {
            to = last;
          }
          absences.add(Absence.of(s.id(), from, to, motives[random.nextInt(motives.length)]));
          cursor = to.plusDays(1);
        }
      }
      ParametresPersonnel p = random.nextBoolean() ? ParametresPersonnel.defaults()
          : ParametresPersonnel.defaults().withAbsenteeismDays(JoursAbsenteisme.DAYS_OF_YEAR);
      IndicateursPersonnel r = DialogueEngine.indicateursPersonnel(y, staff, absences, p);
      String seen = "case " + c + " (seed " + SEED + "): " + staff + " " + absences;
      assertThat(r.headcount()).as(seen)
          .isEqualTo(DialogueEngine.indicateursPersonnel(y, staff, absences, p.withRotationContracts(
              java.util.EnumSet.allOf(TypeContrat.class))).headcountStart() + countHires(staff, year)
              - countDepartures(staff, year));
      if (r.absenteeism().isEmpty()) {
        assertThat(r.absenteeismByMotive()).as(seen).isEmpty();
        continue;
      }
      BigDecimal overall = r.absenteeism().orElseThrow();
      BigDecimal sum = r.absenteeismByMotive().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum).as(seen).isEqualTo(overall);
      assertThat(r.absenteeismByMotive()).as(seen).hasSize(motives.length);
      // each motive's own exact rate: days × daysInYear × 100 / (D × Σ ETP × days employed)
      BigDecimal etpDays = BigDecimal.ZERO;
      for (Salarie s : staff) {
        LocalDate start = s.hireDate().isAfter(y.atDay(1)) ? s.hireDate() : y.atDay(1);
        LocalDate end = s.leaveDate().filter(l -> l.isBefore(y.atMonth(12).atEndOfMonth()))
            .orElse(y.atMonth(12).atEndOfMonth());
        if (!end.isBefore(start)) {
          etpDays = etpDays.add(s.etp().multiply(BigDecimal.valueOf(
              java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1)));
        }
      }
      int d = p.absenteeismDays() == JoursAbsenteisme.TDB_365 ? 365 : y.length();
      for (MotifAbsence m : motives) {
        BigDecimal exact = BigDecimal.valueOf(r.absenceDays().get(m) * y.length() * 100L)
            .divide(etpDays.multiply(BigDecimal.valueOf(d)), MathContext.DECIMAL128);
        assertThat(r.absenteeismByMotive().get(m).subtract(exact).abs()).as(seen + " " + m)
            .isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(r.absenteeismByMotive().get(m).scale()).isEqualTo(2);
      }
      BigDecimal exactOverall = BigDecimal.valueOf(r.totalAbsenceDays() * y.length() * 100L)
          .divide(etpDays.multiply(BigDecimal.valueOf(d)), MathContext.DECIMAL128);
      assertThat(overall).as(seen).isEqualTo(exactOverall.setScale(2, RoundingMode.HALF_UP));
    }
  }

  private static int countHires(List<Salarie> staff, int year) {
    return (int) staff.stream().filter(s -> s.hireDate().getYear() == year).count();
  }

  private static int countDepartures(List<Salarie> staff, int year) {
    return (int) staff.stream().filter(s -> s.leaveDate().map(l -> l.getYear() == year).orElse(false)).count();
  }
}
