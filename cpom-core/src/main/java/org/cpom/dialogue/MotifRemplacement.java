package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * Why a CDD de remplacement was signed (motif de recours), the cases of Code du travail L1242-2 1°: the CDD
 * replaces an employee who is absent, temporarily part time, whose contract is suspended, who left a post to be
 * suppressed, or whose successor on a CDI has not yet started.
 */
public enum MotifRemplacement implements Labelled {
  /** An employee's absence (maladie, maternité, congé...). */
  ABSENCE,
  /** An employee's temporary move to part time. */
  TEMPS_PARTIEL_TEMPORAIRE,
  /** The suspension of an employee's contract. */
  SUSPENSION_DU_CONTRAT,
  /** An employee's final departure before the post is suppressed. */
  DEPART_AVANT_SUPPRESSION_DU_POSTE,
  /** Waiting for the employee hired on a CDI to take up the post. */
  ATTENTE_ENTREE_EN_SERVICE;

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case ABSENCE -> TraceLabels.pick(locale, "absence d'un salarié", "an employee's absence");
      case TEMPS_PARTIEL_TEMPORAIRE -> TraceLabels.pick(locale, "passage provisoire à temps partiel",
          "temporary move to part time");
      case SUSPENSION_DU_CONTRAT -> TraceLabels.pick(locale, "suspension du contrat de travail",
          "suspended employment contract");
      case DEPART_AVANT_SUPPRESSION_DU_POSTE -> TraceLabels.pick(locale, "départ définitif avant suppression du poste",
          "final departure before the post is suppressed");
      case ATTENTE_ENTREE_EN_SERVICE -> TraceLabels.pick(locale, "attente de l'entrée en service du titulaire du CDI",
          "waiting for the permanent hire to start");
    };
  }
}
