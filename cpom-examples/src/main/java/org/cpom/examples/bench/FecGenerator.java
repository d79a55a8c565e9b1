package org.cpom.examples.bench;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * A FEC (fichier des écritures comptables, LPF A47 A-1) of a given number of lines, written on the fly as it is
 * read: nothing but the current écriture is held, so a file of any length costs no memory. The content is fixed
 * by the seed: the 2025 books of an EHPAD, TAB-separated, with purchases (a charge, sometimes with its VAT,
 * against a supplier), income (tariff products against a resident or the assurance maladie), payroll
 * (salaries and contributions against the staff) and bank payments; each écriture of 2 to 4 lines balances,
 * amounts are written with a decimal comma, dates AAAAMMJJ in order through the year.
 *
 * <p>Not thread-safe; one instance per read.
 */
public final class FecGenerator extends Reader {
  /** The header line, the 18 fields of A47 A-1 VII-1°. */
  public static final String HEADER = String.join("\t", "JournalCode", "JournalLib", "EcritureNum", "EcritureDate",
      "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit",
      "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");

  private static final String[][] CHARGES = {
      {"60611000", "Eau et assainissement"}, {"60612000", "Energie, électricité"},
      {"60622000", "Produits d'entretien"}, {"60661000", "Fournitures médicales"},
      {"60230000", "Alimentation"}, {"61111000", "Prestations de blanchissage"},
      {"61520000", "Entretien et réparations sur biens immobiliers"}, {"61560000", "Maintenance"},
      {"62620000", "Frais de télécommunications"}, {"62510000", "Voyages et déplacements"}};
  private static final String[] VAT = {"44566000", "TVA déductible sur autres biens et services"};
  private static final String[][] SUPPLIERS = {
      {"F0012", "Blanchisserie du Val SARL"}, {"F0047", "Pharmacie Centrale Lyonnaise"},
      {"F0103", "EDF Entreprises"}, {"F0158", "Sodexo Santé Médico-social"}, {"F0211", "Orange Business"},
      {"F0264", "Ascenseurs Martin et Fils"}, {"F0309", "Hygiène Pro Distribution"}};
  private static final String[] SUPPLIER_ACCOUNT = {"40110000", "Fournisseurs - achats de biens et prestations"};
  private static final String[][] PRODUCTS = {
      {"73511000", "Produits à la charge de l'assurance maladie - forfait soins"},
      {"73421000", "Produits de l'hébergement - résidents"},
      {"73521000", "Produits de la dépendance - APA"}, {"70880000", "Autres produits d'activités annexes"}};
  private static final String[] RESIDENT_ACCOUNT = {"41110000", "Usagers - résidents hébergés"};
  private static final String[][] RESIDENTS = {
      {"R0001", "Mme Bernard Jeanne"}, {"R0002", "M. Petit Louis"}, {"R0003", "Mme Durand Marie-Thérèse"},
      {"R0004", "M. Lefèvre André"}, {"R0005", "Mme Moreau Odette"}, {"R0006", "M. Garnier Roger"}};
  private static final String[][] PAYROLL = {
      {"64110000", "Salaires, appointements - personnel non médical"}, {"64130000", "Primes et gratifications"},
      {"64510000", "Cotisations à l'URSSAF"}, {"64530000", "Cotisations aux caisses de retraite"}};
  private static final String[] STAFF_ACCOUNT = {"42100000", "Personnel - rémunérations dues"};
  private static final String[] BANK = {"51210000", "Banque Crédit Coopératif"};
  private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre"};
  private static final String[] DATES = new String[365];

  static {
    LocalDate d = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < DATES.length; i++) {
      DATES[i] = d.plusDays(i).format(DateTimeFormatter.BASIC_ISO_DATE);
    }
  }

  private final long lines;
  private final SplittableRandom random;
  private final StringBuilder chunk = new StringBuilder(2048);
  private final long[] amounts = new long[4];
  private int position;
  private long written;
  private long ecritures;
  private boolean headerDone;

  /**
   * A FEC of {@code lines} lines after the header.
   *
   * @param lines the écriture lines, at least 2
   * @param seed fixes the content
   */
  public FecGenerator(long lines, long seed) {
    if (lines < 2) {
      throw new IllegalArgumentException("at least 2 lines: " + lines);
    }
    this.lines = lines;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public int read(char[] cbuf, int off, int len) {
    if (position == chunk.length()) {
      chunk.setLength(0);
      position = 0;
      if (!headerDone) {
        headerDone = true;
        chunk.append(HEADER).append("\r\n");
      } else if (written < lines) {
        ecriture();
      } else {
        return -1;
      }
    }
    int n = Math.min(len, chunk.length() - position);
    chunk.getChars(position, position + n, cbuf, off);
    position += n;
    return n;
  }

  @Override
  public void close() {
    // nothing held
  }

  /** Writes the next écriture: 2 to 4 lines, ending on the exact line count. */
  private void ecriture() {
    long left = lines - written;
    int size = left <= 4 ? (int) left : 2 + random.nextInt(3);
    if (left - size == 1) {
      size--; // never leave a single line, which could not balance
    }
    ecritures++;
    String date = DATES[(int) (written * DATES.length / lines)];
    String month = MONTHS[Integer.parseInt(date.substring(4, 6)) - 1];
    int kind = random.nextInt(10);
    if (kind < 4) {
      purchase(size, date, month);
    } else if (kind < 7) {
      income(size, date, month);
    } else if (kind < 9) {
      payroll(size, date, month);
    } else {
      payment(size, date);
    }
    written += size;
  }

  private void purchase(int size, String date, String month) {
    String[] supplier = SUPPLIERS[random.nextInt(SUPPLIERS.length)];
    String num = "AC" + ecritures;
    String piece = "FA25-" + (10_000 + random.nextInt(90_000));
    String label = "Facture " + supplier[1] + " " + month;
    long total = split(size - 1, 5_000, 1_200_000);
    for (int i = 0; i < size - 1; i++) {
      String[] account = i == 1 && size == 3 ? VAT : CHARGES[random.nextInt(CHARGES.length)];
      line("AC", "Achats", num, date, account, "", "", piece, label, amounts[i], 0, "");
    }
    line("AC", "Achats", num, date, SUPPLIER_ACCOUNT, supplier[0], supplier[1], piece, label, 0, total,
        random.nextInt(3) == 0 ? "AB" : "");
  }

  private void income(int size, String date, String month) {
    String[] resident = RESIDENTS[random.nextInt(RESIDENTS.length)];
    String num = "VE" + ecritures;
    String piece = "FV25-" + (10_000 + random.nextInt(90_000));
    String label = "Facturation " + month + " " + resident[1];
    long total = split(size - 1, 20_000, 400_000);
    line("VE", "Ventes et facturation", num, date, RESIDENT_ACCOUNT, resident[0], resident[1], piece, label, total,
        0, "");
    for (int i = 0; i < size - 1; i++) {
      line("VE", "Ventes et facturation", num, date, PRODUCTS[random.nextInt(PRODUCTS.length)], "", "", piece, label,
          0, amounts[i], "");
    }
  }

  private void payroll(int size, String date, String month) {
    String num = "PA" + ecritures;
    String piece = "PAIE-" + date.substring(0, 6);
    String label = "Paie " + month + " 2025";
    long total = split(size - 1, 150_000, 9_000_000);
    for (int i = 0; i < size - 1; i++) {
      line("PA", "Paie", num, date, PAYROLL[i], "", "", piece, label, amounts[i], 0, "");
    }
    line("PA", "Paie", num, date, STAFF_ACCOUNT, "", "", piece, label, 0, total, "");
  }

  private void payment(int size, String date) {
    String num = "BQ" + ecritures;
    String piece = "VIR-" + (100_000 + random.nextInt(900_000));
    long total = split(size - 1, 5_000, 2_000_000);
    for (int i = 0; i < size - 1; i++) {
      String[] supplier = SUPPLIERS[random.nextInt(SUPPLIERS.length)];
      line("BQ", "Banque", num, date, SUPPLIER_ACCOUNT, supplier[0], supplier[1], piece,
          "Règlement " + supplier[1], amounts[i], 0, "AB");
    }
    line("BQ", "Banque", num, date, BANK, "", "", piece, "Virements fournisseurs", 0, total, "");
  }

  /** Fills the first {@code n} amounts with cents drawn between the bounds; returns their sum. */
  private long split(int n, long min, long max) {
    long total = 0;
    for (int i = 0; i < n; i++) {
      amounts[i] = random.nextLong(min, max);
      total += amounts[i];
    }
    return total;
  }

  private void line(String journal, String journalLib, String num, String date, String[] account, String auxNum,
      String auxLib, String piece, String label, long debit, long credit, String lettrage) {
    StringBuilder b = chunk;
    b.append(journal).append('\t').append(journalLib).append('\t').append(num).append('\t').append(date).append('\t')
        .append(account[0]).append('\t').append(account[1]).append('\t').append(auxNum).append('\t').append(auxLib)
        .append('\t').append(piece).append('\t').append(date).append('\t').append(label).append('\t');
    amount(debit);
    b.append('\t');
    amount(credit);
    b.append('\t').append(lettrage).append('\t').append(lettrage.isEmpty() ? "" : date).append('\t').append(date)
        .append("\t\t\r\n");
  }

  /** Cents written with a decimal comma and two decimals, as A47 A-1 XII has them. */
  private void amount(long cents) {
    chunk.append(cents / 100).append(',');
    long c = cents % 100;
    if (c < 10) {
      chunk.append('0');
    }
    chunk.append(c);
  }
}
