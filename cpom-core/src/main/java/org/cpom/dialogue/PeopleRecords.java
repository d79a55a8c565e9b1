package org.cpom.dialogue;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.Esms;

/**
 * The checks of a whole set of people records against the year and the ESMS, made before any figure is computed
 * ({@link org.cpom.Convention#PEOPLE_RECORDS}), and the populations the shares count.
 */
final class PeopleRecords {
  private PeopleRecords() {}

  /** Rejects the first bad record of the set, naming {@code people[i].field} and the record's id. */
  static void validate(Esms esms, Year year, List<PersonRecord> people) {
    Objects.requireNonNull(esms, "esms");
    Objects.requireNonNull(year, "year");
    Checks.noNulls(people, "people");
    EngineBounds.year(year, "year");
    int y = year.getValue();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < people.size(); i++) {
      PersonRecord r = people.get(i);
      String at = "people[" + i + "].";
      String who = " (record " + EngineBounds.shown(r.id()) + ")";
      Integer first = ids.putIfAbsent(r.id(), i);
      Checks.check(first == null, at + "id", "\"" + EngineBounds.shown(r.id()) + "\"", PersonRecord.RULE,
          "the id is already the id of people[" + first + "]: one record per accompaniment, ids unique");
      Optional<CapacityLine> line = esms.capacity(r.mode());
      Checks.check(line.isPresent(), at + "mode", r.mode(), PersonRecord.RULE,
          "ESMS " + esms.finess() + " has no capacity in this mode" + who);
      long stay = r.daysOfStayIn(y);
      Checks.check(r.daysOfPresence() <= stay, at + "daysOfPresence", r.daysOfPresence(), PersonRecord.RULE,
          "more days of presence than the " + stay + " days of the stay inside " + y + who);
      Checks.check(r.daysOfPresence() <= line.get().daysOpen(), at + "daysOfPresence", r.daysOfPresence(),
          PersonRecord.RULE, "more days of presence than the " + line.get().daysOpen() + " days the mode "
              + r.mode().name() + " is open" + who);
    }
  }

  /** Whether a record is in the population a count reads (the days count reads every record). */
  static boolean inPopulation(PersonRecord r, PeopleCount count, int year) {
    return switch (count) {
      case EFFECTIF_31_DECEMBER -> r.inEffectifAtEndOf(year);
      case FILE_ACTIVE -> r.inEffectifAtEndOf(year) || r.exitsIn(year);
      case DAYS_OF_PRESENCE -> r.daysOfPresence() > 0;
    };
  }

  /** What one record weighs in a count: one person, or its days of presence. */
  static long weight(PersonRecord r, PeopleCount count) {
    return count == PeopleCount.DAYS_OF_PRESENCE ? r.daysOfPresence() : 1;
  }

  /** The day a person's age is read on: 31 December, or the exit when the stay ended in the year. */
  static LocalDate ageDay(PersonRecord r, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    return r.exitDate().filter(e -> e.isBefore(end)).orElse(end);
  }
}
