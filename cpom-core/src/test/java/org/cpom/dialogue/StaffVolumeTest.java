package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 50,000 staff records with 150,000 absences, the volume: hand-checked figures (its time is for a JMH benchmark). */
class StaffVolumeTest {
  @Test
  void fiftyThousandRecordsGiveTheirHandCheckedFigures() {
    List<Salarie> staff = new ArrayList<>(50_000);
    List<Absence> absences = new ArrayList<>(150_000);
    MotifAbsence[] motives = MotifAbsence.values();
    for (int i = 0; i < 50_000; i++) {
      String id = "S" + i;
      staff.add(Salarie.of(id, LocalDate.of(1970 + i % 40, 1 + i % 12, 1), LocalDate.of(2015, 1, 1), BigDecimal.ONE,
          TypeContrat.CDI));
      for (int k = 0; k < 3; k++) {
        LocalDate from = LocalDate.of(2026, 1 + 4 * k, 1);
        absences.add(Absence.of(id, from, from.plusDays(9), motives[(i + k) % motives.length]));
      }
    }
    IndicateursPersonnel r = DialogueEngine.indicateursPersonnel(Year.of(2026), staff, absences);
    assertThat(r.headcount()).isEqualTo(50_000);
    assertThat(r.etpReels()).isEqualTo(new BigDecimal("50000.00"));
    assertThat(r.totalAbsenceDays()).isEqualTo(1_500_000);
    // 1,500,000 / (50,000 × 365) = 8.2192 % -> 8.22, the motives summing to it
    assertThat(r.absenteeism()).contains(new BigDecimal("8.22"));
    assertThat(r.absenteeismByMotive().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(new BigDecimal("8.22"));
  }
}
