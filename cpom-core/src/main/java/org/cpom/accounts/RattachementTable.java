package org.cpom.accounts;

import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.internal.TextInput;

/**
 * The table that ties each FEC line of classes 6 and 7 to a compte de résultat (table de rattachement), given by
 * the integrator as data: an ESMS or an annex has its own compte de résultat (CASF R314-217), and the charges
 * communes go to a pool that a {@link RepartitionKeys} splits (R314-213 I 7°).
 *
 * <p>A line takes the row of its {@linkplain CodeSource#JOURNAL_CODE journal code}, the row of the longest
 * {@linkplain CodeSource#ACCOUNT_SUFFIX suffix} of its account number, or the row of the code it holds in a
 * {@linkplain CodeSource#ADDITIONAL_FIELD field added after the 18}; a line that matches rows with
 * different targets is ambiguous and rejected, and a line that matches none is unmapped and rejected
 * ({@link Convention#VENTILATION}).
 *
 * <p>Format, one row a line, UTF-8 read by the caller's {@link Reader}; comment lines ({@code #}) and blank lines
 * are ignored; fields separated by semicolons:
 * <pre>
 * # source;code;target
 * ACCOUNT_SUFFIX;01;IME
 * JOURNAL_CODE;SIE;SIEGE
 * ADDITIONAL_FIELD:CodeAnalytique;MAS;MAS
 * </pre>
 * where source is a {@link CodeSource} name, {@code ADDITIONAL_FIELD} followed by a colon and the field's name as
 * the FEC's header writes it. A (source, field, code) appears once. At most {@value #MAX_ROWS}
 * rows, a line at most {@value #MAX_LINE} characters ({@link Convention#VENTILATION}).
 *
 * <p>This class is immutable and thread-safe; two tables are equal when they hold the same rows in the same
 * order.
 */
public final class RattachementTable {
  static final LegalBasis FORMAT_RULE = LegalBasis.convention(Convention.VENTILATION);
  /** The most rows. */
  public static final int MAX_ROWS = 10_000;
  /** The longest line read. */
  public static final int MAX_LINE = 200;

  private final List<Rattachement> rows;
  private final Map<String, Rattachement> byJournal;
  private final Map<String, Rattachement> bySuffix;
  /** Per added field's name, its codes. */
  private final Map<String, Map<String, Rattachement>> byField;
  private final int longestSuffix;

  private RattachementTable(List<Rattachement> rows) {
    this.rows = rows;
    Map<String, Rattachement> journal = new HashMap<>();
    Map<String, Rattachement> suffix = new HashMap<>();
    Map<String, Map<String, Rattachement>> fields = new LinkedHashMap<>();
    int longest = 0;
    for (Rattachement r : rows) {
      Map<String, Rattachement> map = r.source() == CodeSource.JOURNAL_CODE ? journal
          : r.source() == CodeSource.ACCOUNT_SUFFIX ? suffix
          : fields.computeIfAbsent(r.field().orElseThrow(), f -> new HashMap<>());
      Checks.check(map.put(r.code(), r) == null, "rattachementTable.code", r.code(), FORMAT_RULE,
          "code given twice for " + r.source() + r.field().map(f -> " " + f).orElse(""));
      if (r.source() == CodeSource.ACCOUNT_SUFFIX) {
        longest = Math.max(longest, r.code().length());
      }
    }
    this.byJournal = journal;
    this.bySuffix = suffix;
    this.byField = fields;
    this.longestSuffix = longest;
  }

  /**
   * A table of the given rows.
   *
   * @param rows the rows, at least one and at most {@value #MAX_ROWS}, each (source, field, code) once
   * @return the table
   * @throws CpomValidationException if there is no row, too many, or a (source, field, code) is repeated
   */
  public static RattachementTable of(List<Rattachement> rows) {
    Checks.noNulls(rows, "rows");
    Checks.check(!rows.isEmpty(), "rattachementTable", "[]", FORMAT_RULE, "a table needs at least one row");
    Checks.check(rows.size() <= MAX_ROWS, "rattachementTable", rows.size() + " rows", FORMAT_RULE,
        "at most " + MAX_ROWS + " rows");
    return new RattachementTable(Collections.unmodifiableList(new ArrayList<>(rows)));
  }

  /**
   * Reads a table in the format described above.
   *
   * @param reader the text; read to its end, not closed
   * @return the table
   * @throws CpomValidationException naming the line when a line is malformed or too long
   * @throws UncheckedIOException if the reader fails
   */
  public static RattachementTable parse(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    List<Rattachement> rows = new ArrayList<>();
    TextInput.Lines lines = new TextInput.Lines(reader, MAX_LINE, "rattachementTable");
    String line;
    while ((line = lines.next()) != null) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String field = "rattachementTable line " + lines.number();
      Checks.check(rows.size() < MAX_ROWS, field, TextInput.shown(text), FORMAT_RULE, "at most " + MAX_ROWS + " rows");
      List<String> parts = TextInput.split(text, ';', 3, field);
      Checks.check(parts.size() == 3, field, TextInput.shown(text), FORMAT_RULE, "expected source;code;target");
      try {
        String source = parts.get(0).strip();
        String prefix = CodeSource.ADDITIONAL_FIELD.name() + ":";
        rows.add(source.startsWith(prefix)
            ? Rattachement.ofField(source.substring(prefix.length()), parts.get(1).strip(), parts.get(2).strip())
            : Rattachement.of(source(source, field), parts.get(1).strip(), parts.get(2).strip()));
      } catch (CpomValidationException e) {
        throw new CpomValidationException(field, TextInput.shown(text), e.rule(), e.problem());
      }
    }
    try {
      return of(rows);
    } catch (CpomValidationException e) {
      throw new CpomValidationException("rattachementTable", e.value(), e.rule(), e.problem());
    }
  }

  /**
   * Reads a table from text in the format described above.
   *
   * @param text the whole table
   * @return the table
   */
  public static RattachementTable parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parse(new StringReader(text.toString()));
  }

  private static CodeSource source(String name, String field) {
    for (CodeSource s : CodeSource.values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new CpomValidationException(field, TextInput.shown(name), FORMAT_RULE, "not a CodeSource");
  }

  /**
   * The rows, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<Rattachement> rows() {
    return rows;
  }

  /**
   * The row a FEC line falls under; empty when no row matches.
   *
   * @param line the line
   * @return the row
   * @throws CpomValidationException if two rows that match it (its journal code, the longest suffix of its
   *     account, a code of an added field) give two different targets
   */
  public Optional<Rattachement> rowFor(LigneFec line) {
    Objects.requireNonNull(line, "line");
    Rattachement found = byJournal.get(line.journalCode());
    String number = line.compteNum().number();
    Rattachement bySuffixRow = null;
    for (int length = Math.min(longestSuffix, number.length()); length >= 1 && bySuffixRow == null; length--) {
      bySuffixRow = bySuffix.get(number.substring(number.length() - length));
    }
    found = agreeing(line, found, bySuffixRow);
    for (Map.Entry<String, Map<String, Rattachement>> field : byField.entrySet()) {
      Optional<String> value = line.additionalField(field.getKey());
      if (value.isPresent()) {
        found = agreeing(line, found, field.getValue().get(value.get()));
      }
    }
    return Optional.ofNullable(found);
  }

  /** The row two matches agree on; the line rejected as ambiguous when they name different targets. */
  private static Rattachement agreeing(LigneFec line, Rattachement a, Rattachement b) {
    if (a != null && b != null && !a.target().equals(b.target())) {
      throw new CpomValidationException("line " + line.line() + " CompteNum", line.compteNum().number(), FORMAT_RULE,
          "ambiguous: " + shown(a) + " goes to " + a.target() + " and " + shown(b) + " to " + b.target());
    }
    return a != null ? a : b;
  }

  private static String shown(Rattachement r) {
    switch (r.source()) {
      case JOURNAL_CODE:
        return "journal " + r.code();
      case ACCOUNT_SUFFIX:
        return "the suffix " + r.code();
      default:
        return "field " + r.field().orElseThrow() + " " + r.code();
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RattachementTable && ((RattachementTable) obj).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return "RattachementTable[" + rows.size() + " rows]";
  }
}
