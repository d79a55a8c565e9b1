package org.cpom.dialogue;

import java.time.LocalDate;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.referential.FinessNumber;

/**
 * An adverse event (événement indésirable) as an ESMS records it: an id, the ESMS where it happened, the day it
 * happened, the day it was declared (to the authority for a serious one, in the ESMS's own register otherwise) and
 * its kind ({@link org.cpom.Convention#QUALITY_RECORDS}). An event counts in the year it happened.
 *
 * <p>This class is immutable and thread-safe; two events are equal when every field is.
 */
public final class EvenementIndesirable {
  private final String id;
  private final FinessNumber esms;
  private final LocalDate occurred;
  private final LocalDate declared;
  private final GraviteEvenement kind;

  private EvenementIndesirable(String id, FinessNumber esms, LocalDate occurred, LocalDate declared,
      GraviteEvenement kind) {
    this.id = id;
    this.esms = esms;
    this.occurred = occurred;
    this.declared = declared;
    this.kind = kind;
  }

  /**
   * An adverse event.
   *
   * @param id the record's id, not blank, at most 64 characters
   * @param esms the FINESS number of the ESMS where it happened
   * @param occurred the day it happened (or was found)
   * @param declared the day it was declared, not before it happened
   * @param kind its kind
   * @return the event
   * @throws org.cpom.CpomValidationException naming {@code evenement[id].field} if a field breaks a rule
   */
  public static EvenementIndesirable of(String id, FinessNumber esms, LocalDate occurred, LocalDate declared,
      GraviteEvenement kind) {
    Checks.notNull(id, "id");
    Checks.notNull(esms, "esms");
    Checks.notNull(occurred, "occurred");
    Checks.notNull(declared, "declared");
    Checks.notNull(kind, "kind");
    QualityRecords.id(id, "evenement");
    QualityRecords.date(occurred, field(id, "occurred"));
    QualityRecords.date(declared, field(id, "declared"));
    Checks.check(!declared.isBefore(occurred), field(id, "declared"), declared, QualityRecords.RULE,
        "must not be before the day the event happened " + occurred);
    return new EvenementIndesirable(id, esms, occurred, declared, kind);
  }

  private static String field(String id, String name) {
    return "evenement[" + id + "]." + name;
  }

  /** @return the record's id */
  public String id() {
    return id;
  }

  /** @return the FINESS number of the ESMS where it happened */
  public FinessNumber esms() {
    return esms;
  }

  /** @return the day it happened */
  public LocalDate occurred() {
    return occurred;
  }

  /** @return the day it was declared */
  public LocalDate declared() {
    return declared;
  }

  /** @return its kind */
  public GraviteEvenement kind() {
    return kind;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvenementIndesirable e && id.equals(e.id) && esms.equals(e.esms)
        && occurred.equals(e.occurred) && declared.equals(e.declared) && kind == e.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, esms, occurred, declared, kind);
  }

  @Override
  public String toString() {
    return "EvenementIndesirable[" + id + ", " + esms + ", " + kind + " on " + occurred + ", declared " + declared
        + "]";
  }
}
