package org.cpom.dialogue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.referential.FinessNumber;

/**
 * A complaint (réclamation) about an ESMS as the gestionnaire or the ARS records it: an id, the ESMS concerned, the
 * date it was received, its level-one motive and, once handled, the date it was closed
 * ({@link org.cpom.Convention#QUALITY_RECORDS}). A complaint counts in the year it was received.
 *
 * <p>This class is immutable and thread-safe; two complaints are equal when every field is.
 */
public final class Reclamation {
  private final String id;
  private final FinessNumber esms;
  private final LocalDate received;
  private final MotifReclamation motive;
  private final LocalDate closed;

  private Reclamation(String id, FinessNumber esms, LocalDate received, MotifReclamation motive, LocalDate closed) {
    this.id = id;
    this.esms = esms;
    this.received = received;
    this.motive = motive;
    this.closed = closed;
  }

  /**
   * A complaint still being handled.
   *
   * @param id the record's id, not blank, at most 64 characters
   * @param esms the FINESS number of the ESMS concerned
   * @param received the date received
   * @param motive the level-one motive
   * @return the complaint
   * @throws org.cpom.CpomValidationException naming {@code reclamation[id].field} if a field breaks a rule
   */
  public static Reclamation of(String id, FinessNumber esms, LocalDate received, MotifReclamation motive) {
    Checks.notNull(id, "id");
    Checks.notNull(esms, "esms");
    Checks.notNull(received, "received");
    Checks.notNull(motive, "motive");
    QualityRecords.id(id, "reclamation");
    QualityRecords.date(received, field(id, "received"));
    return new Reclamation(id, esms, received, motive, null);
  }

  /**
   * The same complaint, closed (clôturée, including closed without follow-up or outside the authority's remit).
   *
   * @param closedOn the date closed, not before the date received
   * @return the closed complaint
   * @throws org.cpom.CpomValidationException naming {@code reclamation[id].closed} if it is before the receipt
   */
  public Reclamation closedOn(LocalDate closedOn) {
    Checks.notNull(closedOn, "closedOn");
    QualityRecords.date(closedOn, field(id, "closed"));
    Checks.check(!closedOn.isBefore(received), field(id, "closed"), closedOn, QualityRecords.RULE,
        "must not be before the date received " + received);
    return new Reclamation(id, esms, received, motive, closedOn);
  }

  private static String field(String id, String name) {
    return "reclamation[" + id + "]." + name;
  }

  /** @return the record's id */
  public String id() {
    return id;
  }

  /** @return the FINESS number of the ESMS concerned */
  public FinessNumber esms() {
    return esms;
  }

  /** @return the date received */
  public LocalDate received() {
    return received;
  }

  /** @return the level-one motive */
  public MotifReclamation motive() {
    return motive;
  }

  /** @return the date closed, empty while the complaint is handled */
  public Optional<LocalDate> closed() {
    return Optional.ofNullable(closed);
  }

  /** Whether the complaint is closed on or before a day. */
  boolean closedBy(LocalDate day) {
    return closed != null && !closed.isAfter(day);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reclamation r && id.equals(r.id) && esms.equals(r.esms) && received.equals(r.received)
        && motive == r.motive && Objects.equals(closed, r.closed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, esms, received, motive, closed);
  }

  @Override
  public String toString() {
    return "Reclamation[" + id + ", " + esms + ", received " + received + ", " + motive
        + (closed == null ? "" : ", closed " + closed) + "]";
  }
}
