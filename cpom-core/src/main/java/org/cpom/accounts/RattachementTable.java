package org.cpom.accounts;

import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * <p>A line takes the row of its {@linkplain CodeSource#JOURNAL_CODE journal code}, or the row of the longest
 * {@linkplain CodeSource#ACCOUNT_SUFFIX suffix} of its account number; a line that matches two rows with
 * different targets is ambiguous and rejected, and a line that matches none is unmapped and rejected
 * ({@link Convention#VENTILATION}).
 *
 * <p>Format, one row a line, UTF-8 read by the caller's {@link Reader}; comment lines ({@code #}) and blank lines
 * are ignored; fields separated by semicolons:
 * <pre>
 * # source;code;target
 * ACCOUNT_SUFFIX;01;IME
 * JOURNAL_CODE;SIE;SIEGE
 * </pre>
 * where source is a {@link CodeSource} name. A (source, code) pair appears once. At most {@value #MAX_ROWS}
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
  private final int longestSuffix;

  private RattachementTable(List<Rattachement> rows) {
    this.rows = rows;
    Map<String, Rattachement> journal = new HashMap<>();
    Map<String, Rattachement> suffix = new HashMap<>();
    int longest = 0;
    for (Rattachement r : rows) {
      Map<String, Rattachement> map = r.source() == CodeSource.JOURNAL_CODE ? journal : suffix;
      Checks.check(map.put(r.code(), r) == null, "rattachementTable.code", r.code(), FORMAT_RULE,
          "code given twice for " + r.source());
      if (r.source() == CodeSource.ACCOUNT_SUFFIX) {
        longest = Math.max(longest, r.code().length());
      }
    }
    this.byJournal = journal;
    this.bySuffix = suffix;
    this.longestSuffix = longest;
  }

  /**
   * A table of the given rows.
   *
   * @param rows the rows, at least one and at most {@value #MAX_ROWS}, each (source, code) once
   * @return the table
   * @throws CpomValidationException if there is no row, too many, or a (source, code) pair is repeated
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
        rows.add(Rattachement.of(source(parts.get(0).strip(), field), parts.get(1).strip(), parts.get(2).strip()));
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
   * @throws CpomValidationException if the journal code and an account suffix give two different targets
   */
  public Optional<Rattachement> rowFor(LigneFec line) {
    Objects.requireNonNull(line, "line");
    Rattachement byCode = byJournal.get(line.journalCode());
    String number = line.compteNum().number();
    Rattachement bySuffixRow = null;
    for (int length = Math.min(longestSuffix, number.length()); length >= 1 && bySuffixRow == null; length--) {
      bySuffixRow = bySuffix.get(number.substring(number.length() - length));
    }
    if (byCode != null && bySuffixRow != null && !byCode.target().equals(bySuffixRow.target())) {
      throw new CpomValidationException("line " + line.line() + " CompteNum", number, FORMAT_RULE,
          "ambiguous: journal " + line.journalCode() + " goes to " + byCode.target() + " and the suffix "
              + bySuffixRow.code() + " to " + bySuffixRow.target());
    }
    return Optional.ofNullable(byCode != null ? byCode : bySuffixRow);
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
