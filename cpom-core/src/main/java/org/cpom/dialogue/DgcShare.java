package org.cpom.dialogue;

import java.util.Objects;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;

/**
 * One ESMS's line of a DGC in the yearly report ({@link org.cpom.Convention#DIALOGUE_REPORT}): its share of the
 * DGC after the last approved décision modificative, the part of it its Départements pay for the young adults kept
 * under CASF L242-4 (R314-115, outside the assurance maladie's payments), what its payments dated on or before the
 * report's date add up to, and what remains to be paid.
 *
 * <p>Built by {@link DialogueEngine#rapport}. This class is immutable and thread-safe; it compares by value.
 */
public final class DgcShare {
  private final String dgc;
  private final FinessNumber esms;
  private final Amount share;
  private final Amount cretonParts;
  private final Amount paidToDate;

  DgcShare(String dgc, FinessNumber esms, Amount share, Amount cretonParts, Amount paidToDate) {
    this.dgc = dgc;
    this.esms = esms;
    this.share = share;
    this.cretonParts = cretonParts;
    this.paidToDate = paidToDate;
  }

  /** @return the DGC's name */
  public String dgc() {
    return dgc;
  }

  /** @return the ESMS's FINESS */
  public FinessNumber esms() {
    return esms;
  }

  /** @return the ESMS's share for the year, after the last approved DM */
  public Amount share() {
    return share;
  }

  /**
   * The Creton parts of the share (CASF R314-115): paid by the Départements, not in the payments.
   *
   * @return the parts, zero without a Creton split
   */
  public Amount cretonParts() {
    return cretonParts;
  }

  /** @return the sum of the ESMS's payments dated on or before the report's date */
  public Amount paidToDate() {
    return paidToDate;
  }

  /** @return what the assurance maladie has left to pay: the share less its Creton parts and what is paid to date */
  public Amount remaining() {
    return share.minus(cretonParts).minus(paidToDate);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DgcShare o && dgc.equals(o.dgc) && esms.equals(o.esms) && share.equals(o.share)
        && cretonParts.equals(o.cretonParts) && paidToDate.equals(o.paidToDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dgc, esms, share, cretonParts, paidToDate);
  }

  @Override
  public String toString() {
    return dgc + " " + esms + ": " + share + (cretonParts.isZero() ? "" : ", Creton parts " + cretonParts)
        + ", paid " + paidToDate;
  }
}
