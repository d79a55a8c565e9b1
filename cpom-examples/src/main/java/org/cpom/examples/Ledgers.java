package org.cpom.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cpom.accounts.AccountsEngine;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.accounts.Fec;
import org.cpom.accounts.LigneFec;
import org.cpom.accounts.Rattachement;
import org.cpom.accounts.RattachementTable;
import org.cpom.accounts.RepartitionKeys;
import org.cpom.accounts.ResultatDuCompte;
import org.cpom.accounts.Ventilation;
import org.cpom.budget.AccountMapping;
import org.cpom.money.Amount;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.result.BilanFinancier;
import org.cpom.result.ClosingResult;
import org.cpom.result.CompteDeResultat;
import org.cpom.result.ReserveAccount;
import org.cpom.result.ReserveBalances;

/**
 * The association's ledgers: the FEC its ERP exported for 2025 and 2026 (resources {@code fec-2025.txt} and
 * {@code fec-2026.txt} beside this class, UTF-8, TAB separated), split into its five comptes de résultat (CASF
 * R314-217) with the charges communes shared out by the tableau de répartition (R314-213 I 7°). The results the
 * allocation closes, and the reserves it opens 2025 on, are read from these files, not typed.
 *
 * <p>The ERP carries the establishment at the end of each account number: {@code 641100} + {@code 03} is the MAS's
 * salaries. Two codes are pools of charges communes: {@code 80}, the central kitchen and laundry, shared by the
 * meals each ESMS was served; {@code 90}, the frais de siège (c/6556) the siège charges the association's ESMS,
 * shared by the key of the siège's authorisation. The SESSAD eats no meal of the central kitchen.
 *
 * <p>The example opens its own resources; cpom itself opens no file: it reads the stream it is handed.
 */
final class Ledgers {
  private Ledgers() {}

  /** The pool of the central kitchen and laundry. */
  static final String SERVICES_COMMUNS = "Services communs";
  /** The pool of the frais de siège. */
  static final String SIEGE = "Siège";

  /** The table de rattachement: the two last digits of each account name its compte de résultat or its pool. */
  static final RattachementTable TABLE = RattachementTable.parse("""
      # source;code;target
      ACCOUNT_SUFFIX;01;IME
      ACCOUNT_SUFFIX;02;SESSAD
      ACCOUNT_SUFFIX;03;MAS
      ACCOUNT_SUFFIX;04;Foyer de vie
      ACCOUNT_SUFFIX;05;Résidence
      ACCOUNT_SUFFIX;80;Services communs
      ACCOUNT_SUFFIX;90;Siège
      """);

  /**
   * The tableau de répartition des charges communes of a year: the frais de siège by the siège's key (the ESMS's
   * budgeted charges, in thousands of euros), the central services by the meals served.
   *
   * @param year 2025 or 2026
   * @return the keys
   */
  static RepartitionKeys keys(Year year) {
    return switch (year.getValue()) {
      case 2025 -> RepartitionKeys.parse("""
          # pool;compte;weight
          Siège;IME;1900
          Siège;SESSAD;640
          Siège;MAS;3050
          Siège;Foyer de vie;1700
          Siège;Résidence;420
          Services communs;IME;21000
          Services communs;MAS;52560
          Services communs;Foyer de vie;35000
          Services communs;Résidence;27000
          """);
      case 2026 -> RepartitionKeys.parse("""
          # pool;compte;weight
          Siège;IME;1950
          Siège;SESSAD;620
          Siège;MAS;3100
          Siège;Foyer de vie;1720
          Siège;Résidence;430
          Services communs;IME;22400
          Services communs;MAS;53000
          Services communs;Foyer de vie;35500
          Services communs;Résidence;26800
          """);
      default -> throw new IllegalArgumentException("no tableau de répartition for " + year);
    };
  }

  /**
   * The FEC of a year, read from the example's resource.
   *
   * @param year 2025 or 2026
   * @return its lines and its summary
   */
  static Fec fec(Year year) {
    return read(year, in -> AccountsEngine.readFec(in, StandardCharsets.UTF_8));
  }

  /**
   * The trial balance of a year's FEC, its à-nouveaux the AN journal's lines.
   *
   * @param year 2025 or 2026
   * @return the balance
   */
  static BalanceGenerale balance(Year year) {
    return read(year, in -> AccountsEngine.trialBalance(in, StandardCharsets.UTF_8, BalanceGenerale.DEFAULT_A_NOUVEAUX));
  }

  /**
   * The balance at the opening of a year: the à-nouveaux of its FEC (journal {@code AN}) read as the closing balance
   * of the year before, for the bilan at 31 December of that year.
   *
   * @param year 2025 or 2026
   * @return the balance of the à-nouveaux
   */
  static BalanceGenerale openingBalance(Year year) {
    String text = read(year, in -> {
      try {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    StringBuilder kept = new StringBuilder();
    text.lines().filter(l -> kept.isEmpty() || l.startsWith("AN\t")).forEach(l -> kept.append(l).append("\r\n"));
    return AccountsEngine.trialBalance(new StringReader(kept.toString()), Set.of());
  }

  /** Reads the example's FEC resource of a year: the example opens the stream, the library only reads it. */
  private static <T> T read(Year year, Function<InputStream, T> reading) {
    String name = "fec-" + year + ".txt";
    try (InputStream in = Ledgers.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource org/cpom/examples/" + name + " missing");
      }
      return reading.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A year's FEC split into comptes de résultat, the figures by groupe fonctionnel through the budget's account
   * table (R314-13).
   *
   * @param fec the FEC of the year
   * @param year its year, for its keys
   * @return the five comptes and the trace of the splits
   */
  static Ventilation<GroupeFonctionnel> ventilation(Fec fec, Year year) {
    AccountMapping mapping = AccountMapping.standard();
    return AccountsEngine.ventilate(fec.lines(), TABLE, keys(year), n -> mapping.groupOf(n.number()));
  }

  /**
   * The closing result of a compte de résultat as the accounts give it ({@link ClosingResult#fromAccounts}, the
   * compte and its figures matched by id), with its own bilan financier if it has one.
   *
   * @param compte the compte de résultat of the allocation
   * @param accounts the year's ventilation
   * @param bilan the compte's own bilan financier, if it has one
   * @return the closing result
   * @throws IllegalStateException if the ventilation has no compte of that id
   */
  static ClosingResult closing(CompteDeResultat compte, Ventilation<?> accounts, Optional<BilanFinancier> bilan) {
    ResultatDuCompte<?> figures = accounts.compte(compte.id())
        .orElseThrow(() -> new IllegalStateException("the ledger has no compte de résultat " + compte.id()));
    return ClosingResult.builder().from(ClosingResult.fromAccounts(compte, figures)).bilan(bilan).build();
  }

  /**
   * The reserves and reports à nouveau of each compte de résultat read from the à-nouveaux (journal {@code AN})
   * of a FEC: each balance on its own side ({@link ReserveAccount#isDebit()}), the compte found by the table.
   *
   * @param fec the FEC whose opening balances are read
   * @param comptes the ids of the comptes, in the order the ledger lists them
   * @return the balances by compte, every compte present
   */
  static Map<String, ReserveBalances> openingReserves(Fec fec, Iterable<String> comptes) {
    Map<String, ReserveBalances> out = new LinkedHashMap<>();
    comptes.forEach(id -> out.put(id, ReserveBalances.ZERO));
    for (LigneFec line : fec.lines()) {
      Optional<ReserveAccount> account = reserveAccount(line.compteNum().number());
      if (!line.journalCode().equals("AN") || account.isEmpty()) {
        continue;
      }
      String compte = TABLE.rowFor(line).map(Rattachement::target).orElseThrow(() -> new IllegalStateException(
          "fec line " + line.line() + ": reserve account " + line.compteNum() + " of no compte de résultat"));
      ReserveBalances balances = out.get(compte);
      if (balances == null) {
        throw new IllegalStateException("fec line " + line.line() + ": " + compte + " is not a compte de résultat");
      }
      ReserveAccount a = account.get();
      Amount side = a.isDebit() ? line.debit().minus(line.credit()) : line.credit().minus(line.debit());
      out.put(compte, balances.with(a, balances.balance(a).plus(side)));
    }
    return out;
  }

  /** The reserve account an account number falls under: the longest number that starts it. */
  static Optional<ReserveAccount> reserveAccount(String number) {
    ReserveAccount best = null;
    for (ReserveAccount a : ReserveAccount.values()) {
      if (number.startsWith(a.number()) && (best == null || a.number().length() > best.number().length())) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }
}
