package org.cpom.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.money.Amount;

/**
 * One line of a FEC (fichier des écritures comptables, LPF A47 A-1 VII-1°): the 18 mandatory fields, in their
 * order, the fields a file adds after them ({@link #additionalFields()}), and the number of the line in the file.
 * A text field left blank in the file is the empty string; a date or a currency amount left blank is empty. In a file with Montant and Sens (A47 A-1 VII-2°) instead of Debit and
 * Credit, the amount is on the side its Sens gives and the other side is zero.
 *
 * <p>Lines are read by {@link AccountsEngine}, never built elsewhere. This class is immutable and thread-safe;
 * two lines are equal when every field and the line number are.
 */
public final class LigneFec {
  private final long line;
  private final String journalCode;
  private final String journalLib;
  private final String ecritureNum;
  private final LocalDate ecritureDate;
  private final CompteNum compteNum;
  private final String compteLib;
  private final String compAuxNum;
  private final String compAuxLib;
  private final String pieceRef;
  private final LocalDate pieceDate;
  private final String ecritureLib;
  private final Amount debit;
  private final Amount credit;
  private final String ecritureLet;
  private final LocalDate dateLet;
  private final LocalDate validDate;
  private final BigDecimal montantDevise;
  private final String idevise;
  private final List<String> additionalNames;
  private final String[] additional;

  LigneFec(long line, String[] text, LocalDate ecritureDate, CompteNum compteNum, LocalDate pieceDate,
      Amount debit, Amount credit, LocalDate dateLet, LocalDate validDate, BigDecimal montantDevise,
      List<String> additionalNames, String[] additional) {
    this.line = line;
    this.journalCode = text[0];
    this.journalLib = text[1];
    this.ecritureNum = text[2];
    this.ecritureDate = Objects.requireNonNull(ecritureDate, "ecritureDate");
    this.compteNum = Objects.requireNonNull(compteNum, "compteNum");
    this.compteLib = text[5];
    this.compAuxNum = text[6];
    this.compAuxLib = text[7];
    this.pieceRef = text[8];
    this.pieceDate = pieceDate;
    this.ecritureLib = text[10];
    this.debit = Objects.requireNonNull(debit, "debit");
    this.credit = Objects.requireNonNull(credit, "credit");
    this.ecritureLet = text[13];
    this.dateLet = dateLet;
    this.validDate = validDate;
    this.montantDevise = montantDevise;
    this.idevise = text[17];
    this.additionalNames = additionalNames;
    this.additional = additional;
  }

  /**
   * The number of the line in the file, the header being line 1.
   *
   * @return the line number
   */
  public long line() {
    return line;
  }

  /**
   * Field 1, JournalCode: the code of the journal.
   *
   * @return the code, empty if blank
   */
  public String journalCode() {
    return journalCode;
  }

  /**
   * Field 2, JournalLib: the journal's label.
   *
   * @return the label, empty if blank
   */
  public String journalLib() {
    return journalLib;
  }

  /**
   * Field 3, EcritureNum: the number of the écriture, which with the journal code identifies it.
   *
   * @return the number
   */
  public String ecritureNum() {
    return ecritureNum;
  }

  /**
   * Field 4, EcritureDate: the date the écriture is booked at (date de comptabilisation).
   *
   * @return the date
   */
  public LocalDate ecritureDate() {
    return ecritureDate;
  }

  /**
   * Field 5, CompteNum: the account of the plan comptable.
   *
   * @return the account
   */
  public CompteNum compteNum() {
    return compteNum;
  }

  /**
   * Field 6, CompteLib: the account's label.
   *
   * @return the label
   */
  public String compteLib() {
    return compteLib;
  }

  /**
   * Field 7, CompAuxNum: the auxiliary account (compte auxiliaire), such as a supplier's.
   *
   * @return the number, empty if blank
   */
  public String compAuxNum() {
    return compAuxNum;
  }

  /**
   * Field 8, CompAuxLib: the auxiliary account's label.
   *
   * @return the label, empty if blank
   */
  public String compAuxLib() {
    return compAuxLib;
  }

  /**
   * Field 9, PieceRef: the reference of the supporting document (pièce justificative).
   *
   * @return the reference, empty if blank
   */
  public String pieceRef() {
    return pieceRef;
  }

  /**
   * Field 10, PieceDate: the date of the supporting document.
   *
   * @return the date, empty if blank
   */
  public Optional<LocalDate> pieceDate() {
    return Optional.ofNullable(pieceDate);
  }

  /**
   * Field 11, EcritureLib: the label of the écriture.
   *
   * @return the label
   */
  public String ecritureLib() {
    return ecritureLib;
  }

  /**
   * Field 12, Debit (or the Montant of a line whose Sens is debit).
   *
   * @return the debit, zero if none
   */
  public Amount debit() {
    return debit;
  }

  /**
   * Field 13, Credit (or the Montant of a line whose Sens is credit).
   *
   * @return the credit, zero if none
   */
  public Amount credit() {
    return credit;
  }

  /**
   * Field 14, EcritureLet: the lettering (lettrage) code.
   *
   * @return the code, empty if blank
   */
  public String ecritureLet() {
    return ecritureLet;
  }

  /**
   * Field 15, DateLet: the date of the lettering.
   *
   * @return the date, empty if blank
   */
  public Optional<LocalDate> dateLet() {
    return Optional.ofNullable(dateLet);
  }

  /**
   * Field 16, ValidDate: the date the écriture was validated.
   *
   * @return the date, empty if blank
   */
  public Optional<LocalDate> validDate() {
    return Optional.ofNullable(validDate);
  }

  /**
   * Field 17, Montantdevise: the amount in the foreign currency, never converted.
   *
   * @return the amount, empty if blank
   */
  public Optional<BigDecimal> montantDevise() {
    return Optional.ofNullable(montantDevise);
  }

  /**
   * Field 18, Idevise: the code of the foreign currency.
   *
   * @return the code, empty if blank
   */
  public String idevise() {
    return idevise;
  }

  /**
   * The fields after the 18 (those of A47 A-1 VIII for some regimes, or an ERP's own, such as an analytic section
   * or an établissement code), by their names in the header, in the order of the file; blank values are empty
   * strings. A header names each of them once (compared without case or accents).
   *
   * @return an unmodifiable map, empty when the file has only the 18 fields
   */
  public Map<String, String> additionalFields() {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < additional.length; i++) {
      out.put(additionalNames.get(i), additional[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * One of the fields after the 18, by its name in the header (compared exactly).
   *
   * @param name the name, such as {@code CodeAnalytique}
   * @return the value, empty when the file has no such field
   */
  public Optional<String> additionalField(String name) {
    Objects.requireNonNull(name, "name");
    for (int i = 0; i < additional.length; i++) {
      if (additionalNames.get(i).equals(name)) {
        return Optional.of(additional[i]);
      }
    }
    return Optional.empty();
  }

  /**
   * The signed amount of the line, debit minus credit.
   *
   * @return the balance of the line
   */
  public Amount balance() {
    return debit.minus(credit);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof LigneFec)) {
      return false;
    }
    LigneFec o = (LigneFec) obj;
    return line == o.line && journalCode.equals(o.journalCode) && journalLib.equals(o.journalLib)
        && ecritureNum.equals(o.ecritureNum) && ecritureDate.equals(o.ecritureDate) && compteNum.equals(o.compteNum)
        && compteLib.equals(o.compteLib) && compAuxNum.equals(o.compAuxNum) && compAuxLib.equals(o.compAuxLib)
        && pieceRef.equals(o.pieceRef) && Objects.equals(pieceDate, o.pieceDate) && ecritureLib.equals(o.ecritureLib)
        && debit.equals(o.debit) && credit.equals(o.credit) && ecritureLet.equals(o.ecritureLet)
        && Objects.equals(dateLet, o.dateLet) && Objects.equals(validDate, o.validDate)
        && Objects.equals(montantDevise, o.montantDevise) && idevise.equals(o.idevise)
        && additionalNames.equals(o.additionalNames) && Arrays.equals(additional, o.additional);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, journalCode, ecritureNum, ecritureDate, compteNum, debit, credit, ecritureLib);
  }

  /** The line in short: number, journal, écriture, date, account, debit and credit. */
  @Override
  public String toString() {
    return "LigneFec[line " + line + " " + journalCode + " " + ecritureNum + " " + ecritureDate + " " + compteNum
        + " debit " + debit + " credit " + credit + "]";
  }
}
