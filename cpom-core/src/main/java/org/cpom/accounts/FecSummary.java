package org.cpom.accounts;

import java.util.List;
import java.util.Objects;
import org.cpom.Violation;
import org.cpom.money.Amount;

/**
 * What reading a FEC (LPF A47 A-1) found, beside its lines: the separator and the amount layout of its header, the
 * number of lines, the totals of the debits and of the credits (equal, every écriture balancing), and the warnings
 * of the DGFiP's checker (an account not starting with three digits, a line with both a debit and a credit or
 * neither, an expected field left blank, a year outside 1900 to 2099), the first {@value #MAX_WARNINGS} kept and
 * all counted.
 *
 * <p>Built by {@link AccountsEngine} only. This class is immutable and thread-safe; summaries compare by value.
 */
public final class FecSummary {
  /** The most warnings kept; the others are only counted. */
  public static final int MAX_WARNINGS = 100;

  private final char separator;
  private final boolean montantSens;
  private final long lineCount;
  private final Amount totalDebit;
  private final Amount totalCredit;
  private final List<Violation> warnings;
  private final long warningCount;

  FecSummary(char separator, boolean montantSens, long lineCount, Amount totalDebit, Amount totalCredit,
      List<Violation> warnings, long warningCount) {
    this.separator = separator;
    this.montantSens = montantSens;
    this.lineCount = lineCount;
    this.totalDebit = totalDebit;
    this.totalCredit = totalCredit;
    this.warnings = List.copyOf(warnings);
    this.warningCount = warningCount;
  }

  /**
   * The field separator the header uses, a tabulation or {@code |} (A47 A-1 VI).
   *
   * @return the separator
   */
  public char separator() {
    return separator;
  }

  /**
   * Whether the file gives each amount as Montant and Sens rather than as Debit and Credit (A47 A-1 VII-2°).
   *
   * @return true for Montant and Sens
   */
  public boolean montantSens() {
    return montantSens;
  }

  /**
   * The number of écriture lines, the header aside.
   *
   * @return the number of lines
   */
  public long lineCount() {
    return lineCount;
  }

  /**
   * The sum of the debits of every line.
   *
   * @return the total debit
   */
  public Amount totalDebit() {
    return totalDebit;
  }

  /**
   * The sum of the credits of every line, equal to the total debit.
   *
   * @return the total credit
   */
  public Amount totalCredit() {
    return totalCredit;
  }

  /**
   * The first {@value #MAX_WARNINGS} warnings, in the order of the file, each naming its line and field.
   *
   * @return the warnings
   */
  public List<Violation> warnings() {
    return warnings;
  }

  /**
   * The number of warnings, those not kept included.
   *
   * @return the count
   */
  public long warningCount() {
    return warningCount;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof FecSummary)) {
      return false;
    }
    FecSummary o = (FecSummary) obj;
    return separator == o.separator && montantSens == o.montantSens && lineCount == o.lineCount
        && totalDebit.equals(o.totalDebit) && totalCredit.equals(o.totalCredit) && warnings.equals(o.warnings)
        && warningCount == o.warningCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(separator, montantSens, lineCount, totalDebit, totalCredit, warnings, warningCount);
  }

  @Override
  public String toString() {
    return "FecSummary[" + lineCount + " lines, debit " + totalDebit + ", credit " + totalCredit + ", "
        + warningCount + " warnings]";
  }
}
