package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * The level-one motive of a complaint (motif de réclamation), the thirteen motives of the ministry's complaints
 * system (SI-REC) as the Hélios application counts them (secondary source).
 */
public enum MotifReclamation implements Labelled {
  /** Hôtellerie, locaux, restauration. */
  HOTELLERIE_LOCAUX_RESTAURATION,
  /** Organisation ou fonctionnement de l'établissement. */
  ORGANISATION_FONCTIONNEMENT,
  /** Soins médicaux. */
  SOINS_MEDICAUX,
  /** Soins paramédicaux. */
  SOINS_PARAMEDICAUX,
  /** Recherche d'établissement ou d'une prise en charge. */
  RECHERCHE_ETABLISSEMENT,
  /** Attitude des professionnels. */
  ATTITUDE_PROFESSIONNELS,
  /** Maltraitance. */
  MALTRAITANCE,
  /** Information et droits des usagers. */
  INFORMATION_DROITS,
  /** Facturation et honoraires. */
  FACTURATION,
  /** Santé environnementale. */
  SANTE_ENVIRONNEMENTALE,
  /** Esthétique réglementée. */
  ESTHETIQUE_REGLEMENTEE,
  /** COVID-19. */
  COVID_19,
  /** Motive not given (« à renseigner »). */
  NON_RENSEIGNE;

  @Override
  public String label(Locale locale) {
    return switch (this) {
      case HOTELLERIE_LOCAUX_RESTAURATION -> TraceLabels.pick(locale, "hôtellerie, locaux, restauration",
          "hotel services, premises, catering");
      case ORGANISATION_FONCTIONNEMENT -> TraceLabels.pick(locale, "organisation ou fonctionnement",
          "organisation or running");
      case SOINS_MEDICAUX -> TraceLabels.pick(locale, "soins médicaux", "medical care");
      case SOINS_PARAMEDICAUX -> TraceLabels.pick(locale, "soins paramédicaux", "paramedical care");
      case RECHERCHE_ETABLISSEMENT -> TraceLabels.pick(locale, "recherche d'établissement",
          "search for a place");
      case ATTITUDE_PROFESSIONNELS -> TraceLabels.pick(locale, "attitude des professionnels",
          "staff behaviour");
      case MALTRAITANCE -> TraceLabels.pick(locale, "maltraitance", "mistreatment");
      case INFORMATION_DROITS -> TraceLabels.pick(locale, "information et droits des usagers",
          "information and rights");
      case FACTURATION -> TraceLabels.pick(locale, "facturation", "billing");
      case SANTE_ENVIRONNEMENTALE -> TraceLabels.pick(locale, "santé environnementale", "environmental health");
      case ESTHETIQUE_REGLEMENTEE -> TraceLabels.pick(locale, "esthétique réglementée", "regulated aesthetics");
      case COVID_19 -> TraceLabels.pick(locale, "COVID-19", "COVID-19");
      case NON_RENSEIGNE -> TraceLabels.pick(locale, "à renseigner", "not given");
    };
  }
}
