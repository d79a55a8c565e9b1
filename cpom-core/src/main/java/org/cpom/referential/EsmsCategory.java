package org.cpom.referential;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

import java.util.EnumSet;
import java.util.Set;

/**
 * The categories of ESMS (établissements et services sociaux et médico-sociaux) cpom knows first, each with
 * the public it serves and its usual funders (research note regulation.md 2.3, R314-105).
 * The usual funders are a default for building examples and checks, not a constraint: an ESMS states its
 * own fundings.
 */
public enum EsmsCategory implements Labelled {
  /** Institut médico-éducatif. */
  IME(Public.ENFANTS_HANDICAPES, FunderKind.ASSURANCE_MALADIE),
  /** Institut d'éducation motrice. */
  IEM(Public.ENFANTS_HANDICAPES, FunderKind.ASSURANCE_MALADIE),
  /** Établissement pour enfants et adolescents polyhandicapés. */
  EEAP(Public.ENFANTS_HANDICAPES, FunderKind.ASSURANCE_MALADIE),
  /** Service d'éducation spéciale et de soins à domicile. */
  SESSAD(Public.ENFANTS_HANDICAPES, FunderKind.ASSURANCE_MALADIE),
  /** Centre d'action médico-sociale précoce (assurance maladie and Département, R314-123). */
  CAMSP(Public.ENFANTS_HANDICAPES, FunderKind.ASSURANCE_MALADIE, FunderKind.DEPARTEMENT),
  /** Centre médico-psycho-pédagogique. */
  CMPP(Public.ENFANTS_HANDICAPES, FunderKind.ASSURANCE_MALADIE),
  /** Établissement et service d'aide par le travail (State). */
  ESAT(Public.ADULTES_HANDICAPES, FunderKind.ETAT),
  /** Maison d'accueil spécialisée. */
  MAS(Public.ADULTES_HANDICAPES, FunderKind.ASSURANCE_MALADIE),
  /** Foyer d'accueil médicalisé (soins: assurance maladie; hébergement: Département). */
  FAM(Public.ADULTES_HANDICAPES, FunderKind.ASSURANCE_MALADIE, FunderKind.DEPARTEMENT),
  /** Foyer de vie (foyer occupationnel). */
  FOYER_DE_VIE(Public.ADULTES_HANDICAPES, FunderKind.DEPARTEMENT),
  /** Foyer d'hébergement (for ESAT workers). */
  FOYER_HEBERGEMENT(Public.ADULTES_HANDICAPES, FunderKind.DEPARTEMENT),
  /** Service d'accompagnement à la vie sociale. */
  SAVS(Public.ADULTES_HANDICAPES, FunderKind.DEPARTEMENT),
  /** Service d'accompagnement médico-social pour adultes handicapés (soins: ARS; accompagnement: Département). */
  SAMSAH(Public.ADULTES_HANDICAPES, FunderKind.ASSURANCE_MALADIE, FunderKind.DEPARTEMENT),
  /** Établissement d'hébergement pour personnes âgées dépendantes (soins: ARS; dépendance, hébergement: Département). */
  EHPAD(Public.PERSONNES_AGEES, FunderKind.ASSURANCE_MALADIE, FunderKind.DEPARTEMENT),
  /** Service de soins infirmiers à domicile. */
  SSIAD(Public.PERSONNES_AGEES, FunderKind.ASSURANCE_MALADIE);

  private final Public publicServed;
  private final Set<FunderKind> usualFunders;

  EsmsCategory(Public publicServed, FunderKind first, FunderKind... rest) {
    this.publicServed = publicServed;
    this.usualFunders = EnumSet.of(first, rest);
  }

  /**
   * The public the category serves.
   *
   * @return the public
   */
  public Public publicServed() {
    return publicServed;
  }

  /**
   * The funders that usually fund this category.
   *
   * @return an unmodifiable set
   */
  public Set<FunderKind> usualFunders() {
    return Set.copyOf(usualFunders);
  }

  /**
   * Whether the category is usually funded by more than one funder (financement conjoint).
   *
   * @return true for FAM, SAMSAH, EHPAD, CAMSP
   */
  public boolean isUsuallyJointlyFunded() {
    return usualFunders.size() > 1;
  }

  /**
   * The label in French or English (catégorie d'ESMS; the acronyms read the same in both languages).
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case IME -> TraceLabels.pick(locale, "IME", "IME");
      case IEM -> TraceLabels.pick(locale, "IEM", "IEM");
      case EEAP -> TraceLabels.pick(locale, "EEAP", "EEAP");
      case SESSAD -> TraceLabels.pick(locale, "SESSAD", "SESSAD");
      case CAMSP -> TraceLabels.pick(locale, "CAMSP", "CAMSP");
      case CMPP -> TraceLabels.pick(locale, "CMPP", "CMPP");
      case ESAT -> TraceLabels.pick(locale, "ESAT", "ESAT");
      case MAS -> TraceLabels.pick(locale, "MAS", "MAS");
      case FAM -> TraceLabels.pick(locale, "FAM", "FAM");
      case FOYER_DE_VIE -> TraceLabels.pick(locale, "foyer de vie", "foyer de vie");
      case FOYER_HEBERGEMENT -> TraceLabels.pick(locale, "foyer d'hébergement", "foyer d'hébergement");
      case SAVS -> TraceLabels.pick(locale, "SAVS", "SAVS");
      case SAMSAH -> TraceLabels.pick(locale, "SAMSAH", "SAMSAH");
      case EHPAD -> TraceLabels.pick(locale, "EHPAD", "EHPAD");
      case SSIAD -> TraceLabels.pick(locale, "SSIAD", "SSIAD");
    };
  }
}
