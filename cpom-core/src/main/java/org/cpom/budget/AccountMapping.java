package org.cpom.budget;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpom.CpomValidationException;
import org.cpom.internal.Checks;
import org.cpom.internal.TextInput;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The table that puts each account of classes 6 and 7 into its groupe fonctionnel (CASF R314-13; the
 * composition of the groups is set by the arrêté of 8 August 2002).
 *
 * <p>The table is data, not code: {@link #standard()} loads the one shipped in the library
 * ({@code org/cpom/budget/account-mapping.csv}), and {@link #parse(Reader)} reads a replacement supplied by
 * the caller. The account table of the arrêté was not found: the shipped entries are marked
 * {@link MappingStatus#UNVERIFIED} or {@link MappingStatus#SECONDARY}, none {@link MappingStatus#VERIFIED}.
 * A few edge accounts (619, 629) are deliberately left out so that a budget using them fails loudly
 * instead of being classified by a guess.
 *
 * <p>An account belongs to the entry with the <b>longest prefix</b> of its number: with entries {@code 62}
 * and {@code 621}, account {@code 62113} goes to {@code 621}. An account that no prefix matches is rejected
 * with a {@link CpomValidationException} naming the account.
 *
 * <p>Format, one entry a line, UTF-8 (a leading byte-order mark is ignored; a malformed byte is an error, never
 * replaced), fields separated by semicolons:
 * <pre>
 * # comment lines and blank lines are ignored
 * prefix;GROUP;STATUS;label;source
 * 621;CHARGES_II_PERSONNEL;UNVERIFIED;Personnel extérieur à l'établissement;PCESMS 2014 ...
 * </pre>
 * where GROUP is a {@link GroupeFonctionnel} name and STATUS a {@link MappingStatus} name. The label may be
 * quoted ({@code "Personnel; intérim"}, a quote inside written {@code ""}); the source (last field) is the
 * rest of the line, semicolons and quotes included, and may be empty. A prefix may appear once only. A line
 * holds at most {@value #MAX_LINE} characters, a label {@value #MAX_LABEL} and a source {@value #MAX_SOURCE};
 * a label or source holds no control character and does not start with {@code =}, {@code +}, {@code -} or
 * {@code @} (a spreadsheet would run it as a formula once the table is exported again).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AccountMapping {
  static final LegalBasis RULE = LegalBasis.casf("R314-13").withNote("groupes fonctionnels, arrêté du 8 août 2002");
  static final LegalBasis FORMAT_RULE = LegalBasis.convention(Convention.ACCOUNT_MAPPING_FORMAT);
  /** The longest line read. */
  public static final int MAX_LINE = 2_000;
  /** The longest label. */
  public static final int MAX_LABEL = 200;
  /** The longest source. */
  public static final int MAX_SOURCE = 1_000;
  static final String RESOURCE = "account-mapping.csv";
  private static final String BOM = "\uFEFF";

  private final List<MappingEntry> entries;
  private final Map<String, MappingEntry> byPrefix;

  private AccountMapping(List<MappingEntry> entries, Map<String, MappingEntry> byPrefix) {
    this.entries = entries;
    this.byPrefix = byPrefix;
  }

  /**
   * The mapping shipped with the library, read once from its resource {@code org/cpom/budget/account-mapping.csv}.
   * On the module path the resource is read from cpom's own module only. On the class path the class loader
   * returns the first resource of that name, so another entry placed before cpom-core could stand in for it:
   * to use a table of your own, pass it to {@link #parse(Reader)} instead.
   *
   * @return the standard mapping
   */
  public static AccountMapping standard() {
    return Standard.INSTANCE;
  }

  /**
   * A mapping of the given entries.
   *
   * @param entries the entries, at least one, each prefix once
   * @return the mapping
   * @throws CpomValidationException if there is no entry or a prefix is repeated
   */
  public static AccountMapping of(List<MappingEntry> entries) {
    Checks.noNulls(entries, "entries");
    Checks.check(!entries.isEmpty(), "accountMapping", "[]", FORMAT_RULE, "a mapping needs at least one entry");
    Map<String, MappingEntry> byPrefix = new HashMap<>();
    for (MappingEntry e : entries) {
      Checks.check(byPrefix.put(e.prefix(), e) == null, "accountMapping.prefix", e.prefix(), FORMAT_RULE,
          "prefix listed twice");
    }
    List<MappingEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(MappingEntry::prefix));
    return new AccountMapping(Collections.unmodifiableList(sorted), Collections.unmodifiableMap(byPrefix));
  }

  /**
   * Reads a mapping in the format described above.
   *
   * @param reader the text; read to its end, not closed
   * @return the mapping
   * @throws CpomValidationException naming the line when a line is malformed, too long, or holds a malformed
   *     byte sequence (through {@link #parse(InputStream)})
   * @throws UncheckedIOException if the reader fails
   */
  public static AccountMapping parse(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    List<MappingEntry> entries = new ArrayList<>();
    Map<String, Integer> lineOfPrefix = new HashMap<>();
    TextInput.Lines lines = new TextInput.Lines(reader, MAX_LINE, "accountMapping");
    String line;
    while ((line = lines.next()) != null) {
      int number = lines.number();
      // a byte-order mark, as spreadsheet tools write at the start of a UTF-8 file, is not whitespace
      if (number == 1 && line.startsWith(BOM)) {
        line = line.substring(1);
      }
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      MappingEntry entry = parseLine(text, number);
      Integer previous = lineOfPrefix.putIfAbsent(entry.prefix(), number);
      Checks.check(previous == null, "accountMapping line " + number, TextInput.shown(text), FORMAT_RULE,
          "prefix " + entry.prefix() + " already given on line " + previous);
      entries.add(entry);
    }
    return of(entries);
  }

  /**
   * Reads a mapping from a UTF-8 stream in the format described above.
   *
   * @param in the stream; read to its end, not closed
   * @return the mapping
   * @throws CpomValidationException naming the line when a line is malformed or its bytes are not valid UTF-8
   */
  public static AccountMapping parse(InputStream in) {
    Objects.requireNonNull(in, "in");
    return parse(TextInput.strictReader(in, StandardCharsets.UTF_8));
  }

  /**
   * Reads a mapping from text in the format described above.
   *
   * @param text the whole table
   * @return the mapping
   */
  public static AccountMapping parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parse(new StringReader(text.toString()));
  }

  private static MappingEntry parseLine(String text, int number) {
    String field = "accountMapping line " + number;
    List<String> parts = TextInput.split(text, ';', 5, field);
    Checks.check(parts.size() >= 4, field, TextInput.shown(text), FORMAT_RULE, "expected prefix;GROUP;STATUS;label;source");
    GroupeFonctionnel group = constant(GroupeFonctionnel.class, parts.get(1).strip(), field);
    MappingStatus status = constant(MappingStatus.class, parts.get(2).strip(), field);
    String label = TextInput.checkValue(parts.get(3).strip(), field + " label", MAX_LABEL);
    String source = TextInput.checkValue(parts.size() == 5 ? parts.get(4).strip() : "", field + " source", MAX_SOURCE);
    try {
      return MappingEntry.of(parts.get(0).strip(), group, status, label, source);
    } catch (CpomValidationException e) {
      throw new CpomValidationException(field, TextInput.shown(text), e.rule(), e.getMessage());
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, String field) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new CpomValidationException(field, TextInput.shown(name), FORMAT_RULE, "not a " + type.getSimpleName());
  }

  /**
   * The entries, by prefix in text order.
   *
   * @return an unmodifiable list
   */
  public List<MappingEntry> entries() {
    return entries;
  }

  /**
   * The entry an account falls under: the one with the longest prefix of the account number.
   *
   * @param account the account number, digits, class 6 or 7
   * @return the entry
   * @throws CpomValidationException if the number is malformed or no entry matches it
   */
  public MappingEntry entryFor(String account) {
    return entryFor(account, "account");
  }

  /** {@link #entryFor(String)}, naming {@code field} (such as {@code budget.lines[3].account}) in the error. */
  MappingEntry entryFor(String account, String field) {
    Accounts.check(account, field);
    for (int length = account.length(); length >= 1; length--) {
      MappingEntry entry = byPrefix.get(account.substring(0, length));
      if (entry != null) {
        return entry;
      }
    }
    throw new CpomValidationException(field, account, RULE,
        "account " + account + " maps to no groupe fonctionnel in the account mapping");
  }

  /**
   * The groupe fonctionnel of an account.
   *
   * @param account the account number
   * @return its group
   * @throws CpomValidationException if the number is malformed or maps to no group
   */
  public GroupeFonctionnel groupOf(String account) {
    return entryFor(account).group();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AccountMapping && ((AccountMapping) obj).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "AccountMapping[" + entries.size() + " entries]";
  }

  /**
   * The shipped table, loaded once. Locating it beside this class's own jar on the class path would take
   * {@code java.net.URL}, which cpom keeps out of its code (ArchitectureTest: no network).
   */
  private static final class Standard {
    static final AccountMapping INSTANCE = load();

    private static AccountMapping load() {
      try (InputStream in = AccountMapping.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource org/cpom/budget/" + RESOURCE + " missing from cpom-core");
        }
        return parse(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
