package org.cpom.dialogue;

import java.time.LocalDate;
import java.util.Objects;
import org.cpom.internal.Checks;

/**
 * A staff member's absence period (période d'absence): the member's record id, the first and the last day absent
 * (both counted, in calendar days) and the motive. Whether it falls inside the member's employment and overlaps
 * no other absence is checked with the whole set ({@code cpom:staff-records}).
 *
 * <p>This class is immutable and thread-safe; two absences are equal when every field is.
 */
public final class Absence {
  private final String salarieId;
  private final LocalDate from;
  private final LocalDate to;
  private final MotifAbsence motive;

  private Absence(String salarieId, LocalDate from, LocalDate to, MotifAbsence motive) {
    this.salarieId = salarieId;
    this.from = from;
    this.to = to;
    this.motive = motive;
  }

  /**
   * An absence period.
   *
   * @param salarieId the id of the member's record ({@link Salarie#id()})
   * @param from the first day absent
   * @param to the last day absent, not before {@code from}
   * @param motive the motive
   * @return the absence
   * @throws org.cpom.CpomValidationException naming the absence and the field that breaks a rule
   */
  public static Absence of(String salarieId, LocalDate from, LocalDate to, MotifAbsence motive) {
    Checks.notNull(salarieId, "salarieId");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(motive, "motive");
    Checks.notBlank(salarieId, "salarieId");
    Checks.check(salarieId.length() <= Salarie.MAX_ID_LENGTH, "salarieId",
        salarieId.substring(0, Math.min(salarieId.length(), 20)) + "...", StaffRecords.RULE,
        "must be at most " + Salarie.MAX_ID_LENGTH + " characters");
    String name = "absence[" + salarieId + " from " + from + "]";
    StaffRecords.inRange(from, name + ".from");
    StaffRecords.inRange(to, name + ".to");
    Checks.check(!to.isBefore(from), name + ".to", to, StaffRecords.RULE, "must not be before the first day " + from);
    return new Absence(salarieId, from, to, motive);
  }

  /** @return the id of the member's record */
  public String salarieId() {
    return salarieId;
  }

  /** @return the first day absent */
  public LocalDate from() {
    return from;
  }

  /** @return the last day absent */
  public LocalDate to() {
    return to;
  }

  /** @return the motive */
  public MotifAbsence motive() {
    return motive;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Absence a && salarieId.equals(a.salarieId) && from.equals(a.from) && to.equals(a.to)
        && motive == a.motive;
  }

  @Override
  public int hashCode() {
    return Objects.hash(salarieId, from, to, motive);
  }

  @Override
  public String toString() {
    return "Absence[" + salarieId + " " + from + " to " + to + " " + motive + "]";
  }
}
