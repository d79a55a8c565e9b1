package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The kind of a staff member's contract (type de contrat), as the staff indicators of the dialogue de gestion
 * count it: the rotation reads the permanent staff (CDI or titulaires by default, {@code cpom:staff-rotation}),
 * the remplacement indicator counts the CDD de remplacement.
 */
public enum TypeContrat implements Labelled {
  /** Contrat à durée indéterminée. */
  CDI,
  /** A fixed-term contract for another reason than a replacement (accroissement d'activité, saisonnier...). */
  CDD,
  /** A fixed-term contract replacing an absent or departing employee (Code du travail L1242-2 1°). */
  CDD_REMPLACEMENT,
  /** A titulaire of the public service (fonction publique hospitalière or territoriale). */
  TITULAIRE,
  /** A work-study contract (apprentissage, professionnalisation) or a state-aided contract. */
  ALTERNANCE_OU_CONTRAT_AIDE;

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case CDI -> TraceLabels.pick(locale, "contrat à durée indéterminée", "permanent contract (CDI)");
      case CDD -> TraceLabels.pick(locale, "contrat à durée déterminée", "fixed-term contract (CDD)");
      case CDD_REMPLACEMENT -> TraceLabels.pick(locale, "CDD de remplacement", "replacement fixed-term contract");
      case TITULAIRE -> TraceLabels.pick(locale, "titulaire de la fonction publique", "tenured civil servant");
      case ALTERNANCE_OU_CONTRAT_AIDE -> TraceLabels.pick(locale, "alternance ou contrat aidé",
          "work-study or state-aided contract");
    };
  }
}
