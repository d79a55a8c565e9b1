package org.cpom.accounts;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.Violation;
import org.cpom.internal.TextInput;
import org.cpom.money.Amount;

/**
 * One read of a FEC: the header, then each line checked as the DGFiP's checker does, the écritures' running sums
 * kept only while they do not balance. Not thread-safe; one instance per read.
 */
final class FecParser {
  /** The longest line, in characters. */
  static final int MAX_LINE = 20_000;
  /** The longest field, in characters. */
  static final int MAX_FIELD = 1_000;
  /** The most écritures unbalanced at one point of the file. */
  static final int MAX_OPEN = 100_000;

  static final String[] NAMES = {"JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum",
      "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
      "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"};
  private static final int DEBIT = 11;
  private static final int CREDIT = 12;
  private static final int[] MANDATORY = {2, 3, 4, 5, 10};
  private static final int[] EXPECTED = {0, 1, 8, 9, 15};
  private static final String[] NO_FIELDS = {};

  private final Problems problems = new Problems();
  private final Numbers.Problem numberProblem = new Numbers.Problem();
  private final List<Violation> warnings = new ArrayList<>();
  private long warningCount;
  private final Map<String, Open> open = new LinkedHashMap<>();
  private char separator;
  private boolean montantSens;
  private int fieldCount;
  /** The names of the fields after the 18, as the header gives them; shared by every line. */
  private List<String> additionalNames = List.of();
  private long lineCount;
  private long debitCents;
  private long creditCents;
  private long current;
  /** The écriture of the last line while it is unbalanced: the next line, usually of the same one, skips the map. */
  private Open last;
  /** The last date read without a problem, and its text: the dates of a file repeat from line to line. */
  private String lastDateText;
  private LocalDate lastDate;

  /** The running sums of an écriture that does not balance yet. */
  private static final class Open {
    final String key;
    final String journal;
    final String number;
    final long firstLine;
    long debit;
    long credit;

    Open(String key, String journal, String number, long firstLine) {
      this.key = key;
      this.journal = journal;
      this.number = number;
      this.firstLine = firstLine;
    }
  }

  /**
   * Reads the text to its end or to the error bound.
   *
   * @param lines the lines
   * @param sink given each good line while no error has been found
   * @return the summary
   * @throws LedgerRejectedException with every error, if there is one
   */
  FecSummary read(TextInput.Lines lines, Consumer<? super LigneFec> sink) {
    String header = next(lines);
    if (header == null) {
      if (problems.none()) {
        error("fec line 1", "", Articles.FEC, "empty file: the first line names the fields (A47 A-1 VII-4°)");
      }
    } else if (header(header)) {
      String text;
      while (!problems.stopped() && (text = next(lines)) != null) {
        LigneFec line = line(text, lines.number());
        if (line != null) {
          lineCount++;
          balance(line);
          if (problems.none()) {
            sink.accept(line);
          }
        }
      }
      if (!problems.stopped() && lineCount == 0 && problems.none()) {
        error("fec line 2", "", Articles.FEC, "no écriture line after the header");
      }
      if (!problems.stopped()) {
        unbalanced();
      }
    }
    problems.throwIfAny();
    return new FecSummary(separator, montantSens, lineCount, Amount.ofCents(debitCents), Amount.ofCents(creditCents),
        warnings, warningCount);
  }

  /** The next line, or null at the end or after a fatal error (too long, malformed bytes), which is recorded. */
  private String next(TextInput.Lines lines) {
    try {
      return lines.next();
    } catch (CpomValidationException e) {
      problems.fatal(e.violation());
      return null;
    }
  }

  private void error(String field, String value, LegalBasis rule, String problem) {
    problems.error(field, value, rule, problem);
  }

  /** A warning on a field of the current line; its texts are built only when it is kept. */
  private void warn(String name, String value, String problem) {
    warningCount++;
    if (warnings.size() < FecSummary.MAX_WARNINGS) {
      warnings.add(Violation.of(where() + " " + name, value.isEmpty() ? "" : TextInput.shown(value), Articles.FEC,
          problem));
    }
  }

  /** Reads the header: separator, the 18 names in order; false (errors recorded) if it cannot be read. */
  private boolean header(String text) {
    String h = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (count(h, '\t') >= 8) {
      separator = '\t';
    } else if (count(h, '|') >= 8) {
      separator = '|';
    } else {
      error("fec line 1", TextInput.shown(h), Articles.FEC,
          "no TAB or | separator between at least 9 field names (A47 A-1 VI; a comma or semicolon is refused)");
      return false;
    }
    List<String> names = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = h.indexOf(separator, from);
      names.add(Numbers.trim(at < 0 ? h.substring(from) : h.substring(from, at)));
      if (at < 0) {
        break;
      }
      from = at + 1;
    }
    fieldCount = names.size();
    if (fieldCount < NAMES.length) {
      error("fec line 1", TextInput.shown(h), Articles.FEC,
          NAMES.length + " fields expected in order (A47 A-1 VII-1°), " + fieldCount + " found");
      return false;
    }
    montantSens = fold(names.get(DEBIT)).equals("montant") && fold(names.get(CREDIT)).equals("sens");
    boolean ok = true;
    Set<String> folded = new HashSet<>();
    for (int i = NAMES.length; i < fieldCount; i++) {
      String name = names.get(i);
      // a field after the 18 is read by its name (an analytic section for a RattachementTable): it needs one
      if (name.isEmpty() || !folded.add(fold(name)) || Numbers.textProblem(name, MAX_FIELD) != null) {
        error("fec line 1 field " + (i + 1), TextInput.shown(name), Articles.READING,
            "a field after the 18 needs a name of its own, printable, given once");
        ok = false;
      }
    }
    additionalNames = List.copyOf(names.subList(NAMES.length, fieldCount));
    for (int i = 0; i < NAMES.length; i++) {
      String expected = montantSens && i == DEBIT ? "Montant" : montantSens && i == CREDIT ? "Sens" : NAMES[i];
      if (!fold(names.get(i)).equals(fold(expected))) {
        error("fec line 1 field " + (i + 1), TextInput.shown(names.get(i)), Articles.FEC,
            "expected " + expected + (i == DEBIT || i == CREDIT ? " (or Montant and Sens, A47 A-1 VII-2°)" : "")
                + ": the 18 fields come first, in order (A47 A-1 VII-1°)");
        ok = false;
      }
    }
    return ok;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** A header name compared without case, accents or non-alphanumerics, as the DGFiP's checker does. */
  static String fold(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      switch (c) {
        case 'é': case 'è': case 'ê': case 'ë':
          c = 'e';
          break;
        default:
          break;
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private String name(int i) {
    return montantSens && i == DEBIT ? "Montant" : montantSens && i == CREDIT ? "Sens" : NAMES[i];
  }

  /** One line checked; null if it holds an error (recorded). */
  private LigneFec line(String text, long number) {
    current = number;
    if (text.isEmpty()) {
      error(where(), "", Articles.FEC, "empty line");
      return null;
    }
    List<String> fields;
    try {
      fields = TextInput.split(text, separator, fieldCount + 1, "fec");
    } catch (CpomValidationException e) {
      error(where(), TextInput.shown(text), Articles.FEC, e.problem());
      return null;
    }
    if (fields.size() != fieldCount) {
      error(where(), TextInput.shown(text), Articles.FEC, fieldCount + " fields expected as in the header, "
          + (fields.size() > fieldCount ? "more" : String.valueOf(fields.size())) + " found");
      return null;
    }
    int before = problems.count();
    String[] v = new String[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      String value = Numbers.trim(fields.get(i));
      v[i] = value;
      String problem = Numbers.textProblem(value, MAX_FIELD);
      if (problem != null) {
        error(where() + " " + name(i), TextInput.shown(value), Articles.READING, problem);
        v[i] = null;
      }
    }
    String[] additional = NO_FIELDS;
    if (fieldCount > NAMES.length) {
      additional = new String[fieldCount - NAMES.length];
      for (int i = NAMES.length; i < fieldCount; i++) {
        String value = Numbers.trim(fields.get(i));
        additional[i - NAMES.length] = value;
        String problem = Numbers.textProblem(value, MAX_FIELD);
        if (problem != null) {
          error(where() + " " + additionalNames.get(i - NAMES.length), TextInput.shown(value), Articles.READING,
              problem);
        }
      }
    }
    if (problems.count() > before) {
      return null;
    }
    for (int i : MANDATORY) {
      if (v[i].isEmpty()) {
        error(where() + " " + name(i), "", Articles.FEC, "mandatory field empty");
      }
    }
    for (int i : EXPECTED) {
      if (v[i].isEmpty()) {
        warn(name(i), "", "expected field empty");
      }
    }
    LocalDate ecritureDate = date(v[3], 3, true);
    LocalDate pieceDate = date(v[9], 9, false);
    LocalDate dateLet = date(v[14], 14, false);
    LocalDate validDate = date(v[15], 15, false);
    CompteNum compte = null;
    if (!v[4].isEmpty()) {
      String problem = CompteNum.problem(v[4]);
      if (problem != null) {
        error(where() + " CompteNum", TextInput.shown(v[4]), Articles.FEC, problem);
      } else {
        compte = CompteNum.checked(v[4]);
        if (!compte.startsWithThreeDigits()) {
          warn("CompteNum", v[4], "does not start with three digits");
        }
      }
    }
    long debit;
    long credit;
    if (montantSens) {
      long amount = amount(v[DEBIT], DEBIT);
      String sens = v[CREDIT].toUpperCase(Locale.ROOT);
      debit = 0;
      credit = 0;
      if (sens.equals("D") || sens.equals("+1")) {
        debit = amount;
      } else if (sens.equals("C") || sens.equals("-1")) {
        credit = amount;
      } else {
        error(where() + " Sens", TextInput.shown(v[CREDIT]), Articles.FEC, "expected D, C, +1 or -1 (A47 A-1 X)");
      }
    } else {
      debit = amount(v[DEBIT], DEBIT);
      credit = amount(v[CREDIT], CREDIT);
    }
    BigDecimal devise = devise(v[16]);
    if (problems.count() > before) {
      return null;
    }
    if ((debit != 0) == (credit != 0)) {
      warn(name(DEBIT), montantSens ? v[DEBIT] + " " + v[CREDIT] : v[DEBIT] + " | " + v[CREDIT],
          debit != 0 ? "both a debit and a credit" : "neither a debit nor a credit");
    }
    return new LigneFec(number, v, ecritureDate, compte, pieceDate, Amount.ofCents(debit), Amount.ofCents(credit),
        dateLet, validDate, devise, additionalNames, additional);
  }

  /** The current line, for a message. */
  private String where() {
    return "fec line " + current;
  }

  private LocalDate date(String value, int i, boolean required) {
    if (value.isEmpty() || (!required && value.equals("00000000"))) {
      return null; // a required one empty is already reported
    }
    if (value.equals(lastDateText)) {
      return lastDate; // read before with no error and no warning
    }
    boolean digits = value.length() == 8;
    for (int k = 0; digits && k < 8; k++) {
      digits = value.charAt(k) >= '0' && value.charAt(k) <= '9';
    }
    if (!digits) {
      error(where() + " " + name(i), TextInput.shown(value), Articles.FEC, "not a date AAAAMMJJ (A47 A-1 XII)");
      return null;
    }
    int year = digits(value, 0, 4);
    try {
      LocalDate date = LocalDate.of(year, digits(value, 4, 6), digits(value, 6, 8));
      if (year < 1900 || year > 2099) {
        warn(name(i), value, "year outside 1900 to 2099");
      } else {
        lastDateText = value;
        lastDate = date;
      }
      return date;
    } catch (DateTimeException e) {
      error(where() + " " + name(i), value, Articles.FEC, "no such date");
      return null;
    }
  }

  /** The number written by ASCII digits from {@code from} to {@code to}, already checked. */
  private static int digits(String value, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n = n * 10 + (value.charAt(k) - '0');
    }
    return n;
  }

  private long amount(String value, int i) {
    long cents = scaled(value, i, 2, 16);
    return cents == Numbers.INVALID ? 0 : cents;
  }

  private BigDecimal devise(String value) {
    if (value.isEmpty()) {
      return null;
    }
    long units = scaled(value, 16, 6, 12);
    if (units == Numbers.INVALID) {
      return null;
    }
    BigDecimal amount = BigDecimal.valueOf(units, 6).stripTrailingZeros();
    return amount.scale() < 0 ? amount.setScale(0) : amount;
  }

  /** A number of the flat file as a long of the given scale; Numbers.INVALID, an error recorded, if it is not one. */
  private long scaled(String value, int i, int scale, int maxIntegerDigits) {
    long n = Numbers.parse(value, ',', scale, maxIntegerDigits, numberProblem);
    if (n == Numbers.INVALID) {
      error(where() + " " + name(i), TextInput.shown(value), numberProblem.convention ? Articles.READING : Articles.FEC,
          numberProblem.text);
    }
    return n;
  }

  /** Adds the line to the totals and to its écriture's running sums. */
  private void balance(LigneFec line) {
    long d = line.debit().cents();
    long c = line.credit().cents();
    try {
      debitCents = Math.addExact(debitCents, d);
      creditCents = Math.addExact(creditCents, c);
    } catch (ArithmeticException e) {
      problems.fatal("fec line " + line.line(), line.debit() + " | " + line.credit(), Articles.READING,
          "the totals leave the range of whole cents in a long");
      return;
    }
    if (d == c) {
      return;
    }
    Open o = last;
    String key = null;
    if (o == null || !o.number.equals(line.ecritureNum()) || !o.journal.equals(line.journalCode())) {
      // fields hold no control character, so the key names one écriture
      key = line.journalCode() + '\u0000' + line.ecritureNum();
      o = open.get(key);
    }
    if (o == null) {
      if (open.size() >= MAX_OPEN) {
        problems.fatal("fec line " + line.line(), line.journalCode() + " " + line.ecritureNum(), Articles.READING,
            "more than " + MAX_OPEN + " écritures unbalanced at once");
        return;
      }
      o = new Open(key, line.journalCode(), line.ecritureNum(), line.line());
      open.put(key, o);
    }
    try {
      o.debit = Math.addExact(o.debit, d);
      o.credit = Math.addExact(o.credit, c);
    } catch (ArithmeticException e) {
      problems.fatal("fec line " + line.line(), line.debit() + " | " + line.credit(), Articles.READING,
          "the écriture's sums leave the range of whole cents in a long");
      return;
    }
    if (o.debit == o.credit) {
      open.remove(o.key);
      last = null;
    } else {
      last = o;
    }
  }

  /** Each écriture left unbalanced at the end, an error. */
  private void unbalanced() {
    for (Iterator<Open> it = open.values().iterator(); it.hasNext() && !problems.stopped();) {
      Open o = it.next();
      error("fec écriture " + o.journal + " " + o.number + " (from line " + o.firstLine + ")",
          "debit " + Amount.ofCents(o.debit) + ", credit " + Amount.ofCents(o.credit), Articles.READING,
          "does not balance: debit minus credit is " + Amount.ofCents(o.debit - o.credit));
    }
  }
}
