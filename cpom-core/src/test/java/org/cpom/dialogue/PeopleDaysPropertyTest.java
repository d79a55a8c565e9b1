package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test over 10,000 generated ESMS and record sets: the people-days of the modes sum to the overall
 * days, the theoretical and funded days too, the file active is the effectif plus the exits, and each share's
 * numerator is within its denominator and equals the sum of its parts.
 */
class PeopleDaysPropertyTest {
  private static final long SEED = 20261203L;
  private static final int CASES = 10_000;
  private static final String[] DEPARTEMENTS = {"69", "01", "38", "2A", "974"};

  @Test
  void peopleDaysByModeSumToTheOverallDays() {
    Random random = new Random(SEED);
    CapacityMode[] modes = CapacityMode.values();
    int checked = 0;
    for (int c = 0; c < CASES; c++) {
      String seed = "seed " + SEED + ", case " + c;
      Year year = Year.of(random.nextBoolean() ? 2024 : 2026);
      int y = year.getValue();
      List<CapacityLine> lines = new ArrayList<>();
      for (CapacityMode m : modes) {
        if (random.nextInt(3) == 0 || (m == CapacityMode.INTERNAT && lines.isEmpty())) {
          int places = random.nextInt(60);
          lines.add(CapacityLine.of(m, places + random.nextInt(5), places, 1 + random.nextInt(year.length())));
        }
      }
      Esms esms = PeopleAccompaniedTest.esms(random.nextBoolean() ? EsmsCategory.IME : EsmsCategory.SESSAD,
          lines.toArray(new CapacityLine[0]));
      List<PersonRecord> people = new ArrayList<>();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        CapacityLine line = lines.get(random.nextInt(lines.size()));
        LocalDate entry = LocalDate.of(y - 3, 1, 1).plusDays(random.nextInt(5 * 365));
        LocalDate birth = entry.minusDays(random.nextInt(30 * 365));
        PersonRecord.Builder b = PersonRecord.builder();
        b.id("R" + i).birthDate(birth).entryDate(entry).mode(line.mode())
            .domicileDeSecours(DepartementCode.of(DEPARTEMENTS[random.nextInt(DEPARTEMENTS.length)]))
            .placementProlonged(random.nextInt(4) == 0);
        if (random.nextBoolean()) {
          b.exitDate(entry.plusDays(random.nextInt(3 * 365)));
        }
        PersonRecord stay = b.build();
        long max = Math.min(stay.daysOfStayIn(y), line.daysOpen());
        people.add(PersonRecord.builder().from(stay).daysOfPresence(max == 0 ? 0 : random.nextInt((int) max + 1))
            .build());
      }
      Map<CapacityMode, Long> funded = new EnumMap<>(CapacityMode.class);
      for (CapacityLine l : lines) {
        if (random.nextInt(4) != 0) {
          funded.put(l.mode(), (long) random.nextInt(20_000));
        }
      }
      PeopleActivity a = DialogueEngine.peopleActivity(esms, year, people, funded);
      assertThat(a.byMode().stream().mapToLong(ActivityLine::daysProvided).sum()).as(seed)
          .isEqualTo(a.overall().daysProvided())
          .isEqualTo(people.stream().mapToLong(PersonRecord::daysOfPresence).sum());
      assertThat(a.byMode().stream().mapToLong(ActivityLine::theoreticalDays).sum()).as(seed)
          .isEqualTo(a.overall().theoreticalDays());
      assertThat(a.byMode()).as(seed).hasSize(lines.size());
      if (funded.size() == lines.size()) {
        assertThat(a.overall().fundedDays()).as(seed)
            .hasValue(funded.values().stream().mapToLong(Long::longValue).sum());
      } else {
        assertThat(a.overall().fundedDays()).as(seed).isEmpty();
      }
      assertThat(a.fileActive()).as(seed).isEqualTo(a.effectif() + a.definitiveExits()).isLessThanOrEqualTo(n);
      for (ActivityLine l : a.byMode()) {
        l.occupancy().percent().ifPresent(p -> assertThat(p.signum()).as(seed).isNotNegative());
      }
      CretonShare creton = DialogueEngine.cretonShare(esms, year, people);
      assertThat(creton.rate().numerator()).as(seed).isLessThanOrEqualTo(creton.rate().denominator())
          .isEqualTo(creton.counted().size());
      assertThat(creton.rate().denominator()).as(seed).isEqualTo(a.effectif());
      for (PeopleCount count : PeopleCount.values()) {
        OtherDepartementsShare other = DialogueEngine.otherDepartementsShare(esms, year, people, count);
        assertThat(other.byDepartement().values().stream().mapToLong(Long::longValue).sum()).as(seed)
            .isEqualTo(other.rate().numerator()).isLessThanOrEqualTo(other.rate().denominator());
        assertThat(other.byDepartement()).as(seed).doesNotContainKey(DepartementCode.of("69"));
      }
      OtherDepartementsShare days = DialogueEngine.otherDepartementsShare(esms, year, people,
          PeopleCount.DAYS_OF_PRESENCE);
      assertThat(days.rate().denominator()).as(seed).isEqualTo(a.overall().daysProvided());
      checked++;
    }
    assertThat(checked).isEqualTo(CASES);
  }
}
