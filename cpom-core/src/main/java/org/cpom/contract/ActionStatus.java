package org.cpom.contract;

/**
 * The status of a fiche-action reported for a contract year in the yearly follow-up (bilan d'étape), as
 * shown in the grille d'état d'avancement.
 */
public enum ActionStatus {
  /** Not started yet. */
  NOT_STARTED,
  /** Under way, on schedule. */
  IN_PROGRESS,
  /** Under way, behind its timetable. */
  LATE,
  /** Completed. */
  DONE,
  /** Given up (to be recorded by an avenant if the contract drops it). */
  ABANDONED
}
