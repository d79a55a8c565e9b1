package org.cpom.contract;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The status of a fiche-action reported for a contract year in the yearly follow-up (bilan d'étape), as
 * shown in the grille d'état d'avancement.
 */
public enum ActionStatus implements Labelled {
  /** Not started yet. */
  NOT_STARTED,
  /** Under way, on schedule. */
  IN_PROGRESS,
  /** Under way, behind its timetable. */
  LATE,
  /** Completed. */
  DONE,
  /** Given up (to be recorded by an avenant if the contract drops it). */
  ABANDONED;

  /**
   * The label in French or English (état d'avancement de l'action).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case NOT_STARTED -> TraceLabels.pick(locale, "non commencée", "not started");
      case IN_PROGRESS -> TraceLabels.pick(locale, "en cours", "in progress");
      case LATE -> TraceLabels.pick(locale, "en retard", "late");
      case DONE -> TraceLabels.pick(locale, "réalisée", "done");
      case ABANDONED -> TraceLabels.pick(locale, "abandonnée", "abandoned");
    };
  }
}
