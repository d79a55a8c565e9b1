package org.cpom.accounts;

import java.util.Objects;
import java.util.Optional;
import org.cpom.CpomValidationException;
import org.cpom.internal.Checks;

/**
 * The declared layout of a trial balance (balance générale) exported as a delimited file: its separator, its
 * decimal separator, and the header names of its columns (compared without case, accents or punctuation, as a
 * FEC's are): the account, its label, the movements debit and credit, and optionally the à-nouveaux (opening
 * balance) debit and credit and the closing balance debit and credit, which the reader then checks against the
 * balance it works out. Other columns are ignored. There is no legal format (cpom's convention
 * {@link org.cpom.Convention#TRIAL_BALANCE}); the integrator declares the one its ERP writes.
 *
 * <p>This class is immutable and thread-safe; layouts compare by value.
 */
public final class BalanceColumns {
  private final char separator;
  private final char decimal;
  private final String compte;
  private final String libelle;
  private final String movementDebit;
  private final String movementCredit;
  private final String openingDebit;
  private final String openingCredit;
  private final String closingDebit;
  private final String closingCredit;

  private BalanceColumns(char separator, char decimal, String compte, String libelle, String movementDebit,
      String movementCredit, String openingDebit, String openingCredit, String closingDebit, String closingCredit) {
    this.separator = separator;
    this.decimal = decimal;
    this.compte = compte;
    this.libelle = libelle;
    this.movementDebit = movementDebit;
    this.movementCredit = movementCredit;
    this.openingDebit = openingDebit;
    this.openingCredit = openingCredit;
    this.closingDebit = closingDebit;
    this.closingCredit = closingCredit;
  }

  /**
   * A layout with the account, label and movement columns, no opening and no closing column.
   *
   * @param separator the field separator, such as {@code ';'}; not a letter, a digit, a space, a quote or the
   *     decimal separator
   * @param decimal the decimal separator, {@code ','} or {@code '.'}
   * @param compte the header of the account number column
   * @param libelle the header of the label column
   * @param movementDebit the header of the debit movements column
   * @param movementCredit the header of the credit movements column
   * @return the layout
   * @throws CpomValidationException if a separator is not acceptable or a header name is blank
   */
  public static BalanceColumns of(char separator, char decimal, String compte, String libelle, String movementDebit,
      String movementCredit) {
    Checks.check(decimal == ',' || decimal == '.', "balanceColumns.decimal", decimal, Articles.TRIAL_BALANCE,
        "the decimal separator is a comma or a point");
    Checks.check(separator != decimal && separator != '"' && separator != ' ' && !Character.isLetterOrDigit(separator)
        && separator != '-' && separator != '+', "balanceColumns.separator", separator, Articles.TRIAL_BALANCE,
        "a separator that a value may hold");
    return new BalanceColumns(separator, decimal, name(compte, "compte"), name(libelle, "libelle"),
        name(movementDebit, "movementDebit"), name(movementCredit, "movementCredit"), null, null, null, null);
  }

  private static String name(String name, String field) {
    Objects.requireNonNull(name, field);
    Checks.check(!FecParser.fold(name).isEmpty(), "balanceColumns." + field, name, Articles.TRIAL_BALANCE,
        "a column name with no letter or digit");
    return name;
  }

  /**
   * This layout with à-nouveaux (opening balance) columns.
   *
   * @param debit the header of the opening debit column
   * @param credit the header of the opening credit column
   * @return the layout
   */
  public BalanceColumns withOpening(String debit, String credit) {
    return new BalanceColumns(separator, decimal, compte, libelle, movementDebit, movementCredit,
        name(debit, "openingDebit"), name(credit, "openingCredit"), closingDebit, closingCredit);
  }

  /**
   * This layout with closing balance columns, checked against the balance worked out from the others.
   *
   * @param debit the header of the closing debit column
   * @param credit the header of the closing credit column
   * @return the layout
   */
  public BalanceColumns withClosing(String debit, String credit) {
    return new BalanceColumns(separator, decimal, compte, libelle, movementDebit, movementCredit, openingDebit,
        openingCredit, name(debit, "closingDebit"), name(credit, "closingCredit"));
  }

  /**
   * The field separator.
   *
   * @return the separator
   */
  public char separator() {
    return separator;
  }

  /**
   * The decimal separator.
   *
   * @return a comma or a point
   */
  public char decimal() {
    return decimal;
  }

  /**
   * The header of the account column.
   *
   * @return the name
   */
  public String compte() {
    return compte;
  }

  /**
   * The header of the label column.
   *
   * @return the name
   */
  public String libelle() {
    return libelle;
  }

  /**
   * The header of the debit movements column.
   *
   * @return the name
   */
  public String movementDebit() {
    return movementDebit;
  }

  /**
   * The header of the credit movements column.
   *
   * @return the name
   */
  public String movementCredit() {
    return movementCredit;
  }

  /**
   * The header of the opening debit column.
   *
   * @return the name, empty without opening columns
   */
  public Optional<String> openingDebit() {
    return Optional.ofNullable(openingDebit);
  }

  /**
   * The header of the opening credit column.
   *
   * @return the name, empty without opening columns
   */
  public Optional<String> openingCredit() {
    return Optional.ofNullable(openingCredit);
  }

  /**
   * The header of the closing debit column.
   *
   * @return the name, empty without closing columns
   */
  public Optional<String> closingDebit() {
    return Optional.ofNullable(closingDebit);
  }

  /**
   * The header of the closing credit column.
   *
   * @return the name, empty without closing columns
   */
  public Optional<String> closingCredit() {
    return Optional.ofNullable(closingCredit);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BalanceColumns)) {
      return false;
    }
    BalanceColumns o = (BalanceColumns) obj;
    return separator == o.separator && decimal == o.decimal && compte.equals(o.compte) && libelle.equals(o.libelle)
        && movementDebit.equals(o.movementDebit) && movementCredit.equals(o.movementCredit)
        && Objects.equals(openingDebit, o.openingDebit) && Objects.equals(openingCredit, o.openingCredit)
        && Objects.equals(closingDebit, o.closingDebit) && Objects.equals(closingCredit, o.closingCredit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(separator, decimal, compte, libelle, movementDebit, movementCredit, openingDebit,
        openingCredit, closingDebit, closingCredit);
  }

  @Override
  public String toString() {
    return "BalanceColumns[separator '" + separator + "', decimal '" + decimal + "', " + compte + ", " + libelle
        + ", " + movementDebit + "/" + movementCredit + (openingDebit == null ? "" : ", opening " + openingDebit + "/"
        + openingCredit) + (closingDebit == null ? "" : ", closing " + closingDebit + "/" + closingCredit) + "]";
  }
}
