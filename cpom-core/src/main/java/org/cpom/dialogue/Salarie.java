package org.cpom.dialogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;

/**
 * A staff member's employment record (salarié) as an ERP holds it: an id, the birth date, the hire date, the leave
 * date if the member left (the last day worked), the ETP of the contract and its type, with the reason of a CDD de
 * remplacement. A person with two successive contracts is two records ({@code cpom:staff-records}).
 *
 * <p>This class is immutable and thread-safe; two records are equal when every field is.
 */
public final class Salarie {
  /** The longest id accepted, in characters: an id is quoted in every message about its record. */
  public static final int MAX_ID_LENGTH = 64;
  /** The most decimals an ETP may have. */
  public static final int MAX_ETP_DECIMALS = 6;

  private final String id;
  private final LocalDate birthDate;
  private final LocalDate hireDate;
  private final LocalDate leaveDate;
  private final BigDecimal etp;
  private final TypeContrat contract;
  private final MotifRemplacement replacementReason;
  private final long etpMillionths;

  private Salarie(String id, LocalDate birthDate, LocalDate hireDate, LocalDate leaveDate, BigDecimal etp,
      TypeContrat contract, MotifRemplacement replacementReason) {
    this.id = id;
    this.birthDate = birthDate;
    this.hireDate = hireDate;
    this.leaveDate = leaveDate;
    this.etp = etp;
    this.contract = contract;
    this.replacementReason = replacementReason;
    this.etpMillionths = etp.movePointRight(MAX_ETP_DECIMALS).longValueExact();
  }

  /**
   * A member on a contract other than a CDD de remplacement, still employed (no leave date; see
   * {@link #leaving(LocalDate)}).
   *
   * @param id the record's id, not blank, at most {@value #MAX_ID_LENGTH} characters
   * @param birthDate the birth date
   * @param hireDate the hire date, not before the birth
   * @param etp the contract's ETP, above 0 and at most 1, at most {@value #MAX_ETP_DECIMALS} decimals
   * @param contract the contract type, not {@link TypeContrat#CDD_REMPLACEMENT} (which states its reason: see
   *     {@link #remplacement})
   * @return the record
   * @throws org.cpom.CpomValidationException naming the record and the field that breaks a rule
   */
  public static Salarie of(String id, LocalDate birthDate, LocalDate hireDate, BigDecimal etp, TypeContrat contract) {
    Checks.notNull(contract, "contract");
    String checkedId = checkId(id);
    Checks.check(contract != TypeContrat.CDD_REMPLACEMENT, field(checkedId, "contract"), contract,
        StaffRecords.REPLACEMENT, "a CDD de remplacement states its reason (Salarie.remplacement)");
    return checked(checkedId, birthDate, hireDate, null, etp, contract, null);
  }

  /**
   * A member on a CDD de remplacement, with its reason (Code du travail L1242-2 1°), still employed.
   *
   * @param id the record's id, not blank, at most {@value #MAX_ID_LENGTH} characters
   * @param birthDate the birth date
   * @param hireDate the hire date, not before the birth
   * @param etp the contract's ETP, above 0 and at most 1
   * @param reason why the replacement
   * @return the record
   * @throws org.cpom.CpomValidationException naming the record and the field that breaks a rule
   */
  public static Salarie remplacement(String id, LocalDate birthDate, LocalDate hireDate, BigDecimal etp,
      MotifRemplacement reason) {
    Checks.notNull(reason, "reason");
    return checked(checkId(id), birthDate, hireDate, null, etp, TypeContrat.CDD_REMPLACEMENT, reason);
  }

  /**
   * The same record with a leave date.
   *
   * @param leaveDate the last day worked, not before the hire date
   * @return the record that left on that day
   * @throws org.cpom.CpomValidationException if the leave date is before the hire or out of range
   */
  public Salarie leaving(LocalDate leaveDate) {
    Checks.notNull(leaveDate, "leaveDate");
    return checked(id, birthDate, hireDate, leaveDate, etp, contract, replacementReason);
  }

  private static String checkId(String id) {
    Checks.notBlank(id, "id");
    Checks.check(id.length() <= MAX_ID_LENGTH, "id", id.substring(0, Math.min(id.length(), 20)) + "...",
        StaffRecords.RULE, "must be at most " + MAX_ID_LENGTH + " characters");
    return id;
  }

  private static Salarie checked(String id, LocalDate birthDate, LocalDate hireDate, LocalDate leaveDate,
      BigDecimal etp, TypeContrat contract, MotifRemplacement reason) {
    Checks.notNull(birthDate, "birthDate");
    Checks.notNull(hireDate, "hireDate");
    Checks.notNull(etp, "etp");
    LegalBasis rule = StaffRecords.RULE;
    StaffRecords.inRange(birthDate, field(id, "birthDate"));
    StaffRecords.inRange(hireDate, field(id, "hireDate"));
    Checks.check(!hireDate.isBefore(birthDate), field(id, "birthDate"), birthDate, rule,
        "must not be after the hire date " + hireDate);
    if (leaveDate != null) {
      StaffRecords.inRange(leaveDate, field(id, "leaveDate"));
      Checks.check(!leaveDate.isBefore(hireDate), field(id, "leaveDate"), leaveDate, rule,
          "must not be before the hire date " + hireDate);
    }
    BigDecimal plain = Checks.plain(etp);
    Checks.check(plain.signum() > 0 && plain.compareTo(BigDecimal.ONE) <= 0, field(id, "etp"),
        plain.toPlainString().length() <= 40 ? plain.toPlainString() : plain.toString(), rule,
        "must be above 0 and at most 1");
    Checks.check(plain.stripTrailingZeros().scale() <= MAX_ETP_DECIMALS, field(id, "etp"), plain, rule,
        "must have at most " + MAX_ETP_DECIMALS + " decimals");
    return new Salarie(id, birthDate, hireDate, leaveDate, plain, contract, reason);
  }

  /** The field of a record named in a message: {@code salarie[S12].etp}. */
  static String field(String id, String name) {
    return "salarie[" + id + "]." + name;
  }

  /** @return the record's id */
  public String id() {
    return id;
  }

  /** @return the birth date */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** @return the hire date (date d'embauche) */
  public LocalDate hireDate() {
    return hireDate;
  }

  /** @return the last day worked, if the member left */
  public Optional<LocalDate> leaveDate() {
    return Optional.ofNullable(leaveDate);
  }

  /** @return the contract's ETP, above 0 and at most 1 */
  public BigDecimal etp() {
    return etp;
  }

  /** @return the contract type */
  public TypeContrat contract() {
    return contract;
  }

  /** @return the reason of a CDD de remplacement; empty for any other contract */
  public Optional<MotifRemplacement> replacementReason() {
    return Optional.ofNullable(replacementReason);
  }

  /** The ETP in millionths, exact (package use). */
  long etpMillionths() {
    return etpMillionths;
  }

  /** The last day employed, 31 December 9999 for a member still employed (package use). */
  LocalDate lastDay() {
    return leaveDate == null ? LocalDate.MAX : leaveDate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Salarie s && id.equals(s.id) && birthDate.equals(s.birthDate) && hireDate.equals(s.hireDate)
        && Objects.equals(leaveDate, s.leaveDate) && etp.compareTo(s.etp) == 0 && contract == s.contract
        && replacementReason == s.replacementReason;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, birthDate, hireDate, leaveDate, etp.stripTrailingZeros(), contract, replacementReason);
  }

  @Override
  public String toString() {
    return "Salarie[" + id + ", born " + birthDate + ", " + contract + (replacementReason == null ? "" : " "
        + replacementReason) + " " + etp.toPlainString() + " ETP from " + hireDate
        + (leaveDate == null ? "" : " to " + leaveDate) + "]";
  }
}
