package org.cpom.dialogue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;

/** The checks the quality records share ({@link org.cpom.Convention#QUALITY_RECORDS}). */
final class QualityRecords {
  static final LegalBasis RULE = LegalBasis.convention(Convention.QUALITY_RECORDS);
  static final LegalBasis PER_THOUSAND = LegalBasis.convention(Convention.QUALITY_PER_THOUSAND_DAYS);

  private QualityRecords() {}

  /** A record's id: not blank, at most {@link Salarie#MAX_ID_LENGTH} characters. */
  static String id(String id, String record) {
    Checks.notBlank(id, record + ".id");
    Checks.check(id.length() <= Salarie.MAX_ID_LENGTH, record + ".id", EngineBounds.shown(id), RULE,
        "must be at most " + Salarie.MAX_ID_LENGTH + " characters");
    return id;
  }

  /** A record's date, in the years the engines accept. */
  static LocalDate date(LocalDate date, String field) {
    return EngineBounds.date(date, field);
  }

  /** Rejects a list holding a null, or two records under one id, naming {@code name[i].id}. */
  static <T> void uniqueIds(List<T> records, String name, Function<T, String> id) {
    Checks.noNulls(records, name);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      String key = id.apply(records.get(i));
      Integer first = seen.putIfAbsent(key, i);
      Checks.check(first == null, name + "[" + i + "].id", "\"" + key + "\"", RULE,
          "the id is already the id of " + name + "[" + first + "]: ids are unique");
    }
  }
}
