package org.cpom.accounts;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.internal.TextInput;
import org.cpom.money.Amount;

/**
 * Reading the ledgers: the FEC (fichier des écritures comptables, LPF A47 A-1) and the trial balance (balance
 * générale) derived from it; and splitting a ledger into its comptes de résultat ({@code ventilate}, CASF
 * R314-217, with the charges communes shared out by keys, R314-213 I 7°).
 *
 * <p>A FEC is a flat file whose first line names its fields (A47 A-1 VII-4°), the 18 of VII-1° first and in order
 * (JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef,
 * PieceDate, EcritureLib, Debit, Credit, EcritureLet, DateLet, ValidDate, Montantdevise, Idevise; names compared
 * without case or accents, so {@code Crédit} is {@code Credit}), Debit and Credit possibly replaced by Montant and
 * Sens (VII-2°; Sens {@code D}, {@code C}, {@code +1} or {@code -1}, X), the fields separated by a tabulation or
 * {@code |}, found on the header (VI), dates AAAAMMJJ, numbers with a comma decimal, no thousands separator and a
 * sign first or last (XII). The text is ASCII, ISO-8859-15 or UTF-8 (XII): the caller names the charset, and a
 * byte sequence malformed in it is an error on its line, never replaced. A UTF-8 byte order mark is skipped.
 *
 * <p>Errors, as the DGFiP's checker ({@code Test-Compta-Demat}) treats them: a header without the fields in
 * order or with another separator, an empty line, a line whose field count differs from the header's, a
 * mandatory field empty (EcritureNum, EcritureDate, CompteNum, CompteLib, EcritureLib), a date that is not
 * AAAAMMJJ or does not exist, a number with a point, a thousands separator or other text, a bad Sens; and, by
 * cpom's convention ({@link org.cpom.Convention#FEC_READING}), an écriture (JournalCode + EcritureNum) whose
 * debits differ from its credits, an amount with more than two decimals, a control character, a line or a field
 * longer than its bound. Every error is reported, in one {@link LedgerRejectedException}, up to
 * {@value LedgerRejectedException#MAX_ERRORS}; nothing is returned when there is one.
 *
 * <p>Warnings, returned in the {@link FecSummary}: an account not starting with three digits, a line with both a
 * debit and a credit or neither, an empty JournalCode, JournalLib, PieceRef, PieceDate or ValidDate, a year
 * outside 1900 to 2099.
 *
 * <p>Memory: the reader holds one line at a time and, for each écriture that does not balance yet, its running
 * sums; an écriture that balances is forgotten (its later lines, if any, start it again). A FEC lists its
 * écritures in the order of their validation (VII-1°), each one's lines together, so at most a few are open at
 * once; at most 100,000 may be. A line is at most 20,000 characters, a field 1,000.
 */
public final class AccountsEngine {
  private AccountsEngine() {}

  /**
   * Reads a FEC whole: its lines and its summary. For a large file, {@link #scanFec(Reader, Consumer)} keeps
   * memory flat.
   *
   * @param reader the text, read to its end, not closed
   * @return the FEC
   * @throws LedgerRejectedException with every error found
   */
  public static Fec readFec(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    List<LigneFec> lines = new ArrayList<>();
    FecSummary summary = scanFec(reader, lines::add);
    return new Fec(lines, summary);
  }

  /**
   * Reads a FEC whole from bytes in a charset the caller names.
   *
   * @param in the bytes, read to their end, not closed
   * @param charset the charset of the file: UTF-8, ISO-8859-15 or US-ASCII (A47 A-1 XII)
   * @return the FEC
   * @throws LedgerRejectedException with every error found, a malformed byte sequence named by its line
   */
  public static Fec readFec(InputStream in, Charset charset) {
    return readFec(TextInput.strictReader(in, charset));
  }

  /**
   * Streams a FEC: each line is handed to {@code sink} as it is read, none is held. The sink sees lines only
   * while no error has been found; if the read ends in a {@link LedgerRejectedException}, whatever the sink
   * gathered must be discarded, as the file is rejected whole.
   *
   * @param reader the text, read to its end, not closed
   * @param sink given each line in the order of the file
   * @return the summary: line count, totals, warnings
   * @throws LedgerRejectedException with every error found
   */
  public static FecSummary scanFec(Reader reader, Consumer<? super LigneFec> sink) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sink, "sink");
    return new FecParser().read(new TextInput.Lines(reader, FecParser.MAX_LINE, "fec"), sink);
  }

  /**
   * Streams a FEC from bytes in a charset the caller names, as {@link #scanFec(Reader, Consumer)}.
   *
   * @param in the bytes, read to their end, not closed
   * @param charset the charset of the file
   * @param sink given each line
   * @return the summary
   * @throws LedgerRejectedException with every error found
   */
  public static FecSummary scanFec(InputStream in, Charset charset, Consumer<? super LigneFec> sink) {
    return scanFec(TextInput.strictReader(in, charset), sink);
  }

  /**
   * The trial balance of a FEC, the à-nouveaux read from the journals {@code AN} and {@code RAN}
   * ({@link BalanceGenerale#DEFAULT_A_NOUVEAUX}).
   *
   * @param reader the text
   * @return the trial balance
   * @throws LedgerRejectedException with every error of the FEC
   */
  public static BalanceGenerale trialBalance(Reader reader) {
    return trialBalance(reader, BalanceGenerale.DEFAULT_A_NOUVEAUX);
  }

  /**
   * The trial balance (balance générale) of a FEC, streamed: memory grows with the number of accounts, not of
   * lines ({@link org.cpom.Convention#TRIAL_BALANCE}).
   *
   * @param reader the text, read to its end, not closed
   * @param aNouveauxJournals the journal codes whose lines are the à-nouveaux (the opening balances), compared
   *     exactly; may be empty
   * @return the trial balance
   * @throws LedgerRejectedException with every error of the FEC
   * @throws CpomValidationException if the FEC has more than {@value BalanceGenerale#MAX_ACCOUNTS} accounts
   */
  public static BalanceGenerale trialBalance(Reader reader, Set<String> aNouveauxJournals) {
    Objects.requireNonNull(reader, "reader");
    Set<String> journals = Set.copyOf(Checks.noNulls(aNouveauxJournals, "aNouveauxJournals"));
    Map<CompteNum, long[]> sums = new HashMap<>();
    Map<CompteNum, String> labels = new HashMap<>();
    FecSummary summary = scanFec(reader, line -> {
      long[] s = sums.get(line.compteNum());
      if (s == null) {
        Checks.check(sums.size() < BalanceGenerale.MAX_ACCOUNTS, "fec line " + line.line() + " CompteNum",
            line.compteNum().number(), Articles.TRIAL_BALANCE,
            "more than " + BalanceGenerale.MAX_ACCOUNTS + " accounts");
        s = new long[4];
        sums.put(line.compteNum(), s);
        labels.put(line.compteNum(), line.compteLib());
      }
      int side = journals.contains(line.journalCode()) ? 0 : 2;
      try {
        s[side] = Math.addExact(s[side], line.debit().cents());
        s[side + 1] = Math.addExact(s[side + 1], line.credit().cents());
      } catch (ArithmeticException e) {
        throw new CpomValidationException("fec line " + line.line() + " CompteNum", line.compteNum().number(),
            LegalBasis.convention(Convention.EXACT_ARITHMETIC), "the account's sums leave the range of whole cents in a long");
      }
    });
    List<BalanceLine> lines = new ArrayList<>();
    for (Map.Entry<CompteNum, long[]> e : new TreeMap<>(sums).entrySet()) {
      long[] s = e.getValue();
      lines.add(new BalanceLine(e.getKey(), labels.get(e.getKey()), Amount.ofCents(s[0]), Amount.ofCents(s[1]),
          Amount.ofCents(s[2]), Amount.ofCents(s[3])));
    }
    return new BalanceGenerale(lines, journals, summary);
  }

  /**
   * The trial balance of a FEC read from bytes in a charset the caller names.
   *
   * @param in the bytes, read to their end, not closed
   * @param charset the charset of the file
   * @param aNouveauxJournals the journal codes of the à-nouveaux
   * @return the trial balance
   * @throws LedgerRejectedException with every error of the FEC
   */
  public static BalanceGenerale trialBalance(InputStream in, Charset charset, Set<String> aNouveauxJournals) {
    return trialBalance(TextInput.strictReader(in, charset), aNouveauxJournals);
  }

  /**
   * A trial balance (balance générale) read from a delimited file in the layout the integrator declares: one line
   * per account after a header naming the columns. Each error is reported with its line and column, as for a FEC:
   * an account given twice, a field count that differs from the header's, an empty label, a number not in the
   * declared decimal form, a closing balance that differs from the opening balance plus the movements, and a
   * balance whose closing debits differ from its closing credits.
   *
   * @param reader the text, read to its end, not closed
   * @param columns the layout
   * @return the trial balance, its {@link BalanceGenerale#fec()} empty
   * @throws LedgerRejectedException with every error found
   */
  public static BalanceGenerale trialBalance(Reader reader, BalanceColumns columns) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(columns, "columns");
    return new BalanceReader(columns).read(new TextInput.Lines(reader, FecParser.MAX_LINE, "balance"));
  }

  /**
   * A trial balance read from bytes in a charset the caller names, in a declared layout.
   *
   * @param in the bytes, read to their end, not closed
   * @param charset the charset of the file
   * @param columns the layout
   * @return the trial balance
   * @throws LedgerRejectedException with every error found, a malformed byte sequence named by its line
   */
  public static BalanceGenerale trialBalance(InputStream in, Charset charset, BalanceColumns columns) {
    return trialBalance(TextInput.strictReader(in, charset), columns);
  }
  /**
   * Splits the lines of a FEC into comptes de résultat (CASF R314-217): each line of classes 6 and 7 goes to the
   * compte or the pool of charges communes its row of the {@code table} names ({@link Convention#VENTILATION}),
   * under the key the {@code classifier} gives its account; then each pool is split between the comptes by the
   * {@code keys} of the tableau de répartition (R314-213 I 7°, {@link Convention#CHARGES_COMMUNES}), for each key
   * separately, every split summing exactly to its total.
   *
   * <p>For the groupes fonctionnels (R314-13) pass the budget's account table, such as
   * {@code n -> AccountMapping.standard().groupOf(n.number())}; for the sections of an EHPAD, a function to
   * {@link org.cpom.referential.SectionTarifaire}. A classifier that throws a {@link CpomValidationException}
   * rejects the account, reported once with its first line.
   *
   * @param <K> the key of the figures
   * @param lines the lines of the ledger
   * @param table the table de rattachement
   * @param keys the keys of the charges communes, {@link RepartitionKeys#none()} without a pool
   * @param classifier the key of each account of classes 6 and 7
   * @return the comptes de résultat and the trace of the splits
   * @throws LedgerRejectedException naming every line that no row ties, that two rows tie to different targets,
   *     or whose account the classifier rejects, up to {@value LedgerRejectedException#MAX_ERRORS}
   */
  public static <K extends Comparable<? super K>> Ventilation<K> ventilate(Iterable<LigneFec> lines,
      RattachementTable table, RepartitionKeys keys, Function<? super CompteNum, ? extends K> classifier) {
    Objects.requireNonNull(lines, "lines");
    Ventilator<K> ventilator = new Ventilator<>(table, keys, classifier);
    lines.forEach(ventilator);
    return ventilator.finish();
  }

  /**
   * Reads a FEC and splits it into comptes de résultat as {@link #ventilate(Iterable, RattachementTable,
   * RepartitionKeys, Function)} does, holding one line at a time.
   *
   * @param <K> the key of the figures
   * @param reader the text of the FEC, read to its end, not closed
   * @param table the table de rattachement
   * @param keys the keys of the charges communes
   * @param classifier the key of each account of classes 6 and 7
   * @return the comptes de résultat and the trace of the splits
   * @throws LedgerRejectedException with every error of the FEC, or else every line the ventilation rejects
   */
  public static <K extends Comparable<? super K>> Ventilation<K> ventilate(Reader reader, RattachementTable table,
      RepartitionKeys keys, Function<? super CompteNum, ? extends K> classifier) {
    Objects.requireNonNull(reader, "reader");
    Ventilator<K> ventilator = new Ventilator<>(table, keys, classifier);
    scanFec(reader, ventilator);
    return ventilator.finish();
  }
}
