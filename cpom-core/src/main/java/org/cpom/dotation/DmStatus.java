package org.cpom.dotation;

/**
 * Where a décision modificative re-splitting a DGC stands with the authority: approval under R314-46 for an
 * L313-11 contract, R314-231 for an L313-12 IV ter or L313-12-2 contract (R314-43-1). Only an approved or
 * deemed approved DM changes the split.
 */
public enum DmStatus {
  /** Sent to the authority, no decision yet. */
  SUBMITTED,
  /** Approved by the authority. */
  APPROVED,
  /** Approved by the authority's silence at the end of its time limit. */
  DEEMED_APPROVED,
  /** Refused by the authority. */
  REFUSED;

  /**
   * Whether the DM changes the split.
   *
   * @return true when approved or deemed approved
   */
  public boolean isApproved() {
    return this == APPROVED || this == DEEMED_APPROVED;
  }
}
