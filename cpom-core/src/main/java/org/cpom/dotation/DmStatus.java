package org.cpom.dotation;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * Where a décision modificative re-splitting a DGC stands with the authority: approval under R314-46 for an
 * L313-11 contract, R314-231 for an L313-12 IV ter or L313-12-2 contract (R314-43-1). Only an approved or
 * deemed approved DM changes the split.
 */
public enum DmStatus implements Labelled {
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

  /**
   * The label in French or English (libellé du statut).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case SUBMITTED -> TraceLabels.pick(locale, "déposée", "submitted");
      case APPROVED -> TraceLabels.pick(locale, "approuvée", "approved");
      case DEEMED_APPROVED -> TraceLabels.pick(locale, "réputée approuvée", "deemed approved");
      case REFUSED -> TraceLabels.pick(locale, "refusée", "refused");
    };
  }
}
