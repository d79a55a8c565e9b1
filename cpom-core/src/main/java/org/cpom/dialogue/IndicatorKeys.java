package org.cpom.dialogue;

/**
 * The stable keys of the indicators of the library's catalogue ({@link IndicatorCatalogue#library()},
 * {@link org.cpom.Convention#INDICATOR_CATALOGUE}): no ANAP code was found, so cpom names its own. A key, once
 * published, keeps its meaning. The staff keys are those {@link IndicateursPersonnel} and {@link MotifAbsence#key()}
 * give their figures under.
 */
public final class IndicatorKeys {
  // --- activity (people accompanied) ---

  /** Taux d'occupation, by mode and overall (CASF R314-43-2 II 1°). */
  public static final String OCCUPANCY_RATE = "activity.occupancy-rate";
  /** Taux de réalisation de l'activité: days provided over days funded. */
  public static final String REALISATION_RATE = "activity.realisation-rate";
  /** Journées réalisées: days of presence in the year, by mode and overall. */
  public static final String DAYS_PROVIDED = "activity.days-provided";
  /** File active: the effectif on 31 December plus the definitive exits of the year. */
  public static final String FILE_ACTIVE = "activity.file-active";
  /** Part des « Creton »: young adults kept in a children's establishment under CASF L242-4. */
  public static final String CRETON_SHARE = "activity.creton-share";
  /** Part des personnes dont le domicile de secours est dans un autre département. */
  public static final String OTHER_DEPARTEMENTS_SHARE = "activity.other-departements-share";

  // --- staff: the keys of IndicateursPersonnel and MotifAbsence#key(), which compute them ---

  /** Taux de rotation du personnel. */
  public static final String STAFF_ROTATION = IndicateursPersonnel.ROTATION;
  /** Âge moyen des salariés on 31 December. */
  public static final String STAFF_AVERAGE_AGE = IndicateursPersonnel.AVERAGE_AGE;
  /** Pyramide des âges: headcount on 31 December by age band. */
  public static final String STAFF_AGE_PYRAMID = IndicateursPersonnel.AGE_PYRAMID;
  /** Taux d'absentéisme global (hors formation). */
  public static final String ABSENTEEISM = IndicateursPersonnel.ABSENTEEISM;
  /** Taux d'absentéisme pour maladie ordinaire / de courte durée. */
  public static final String ABSENTEEISM_SHORT_ILLNESS = "staff.absenteeism.maladie-ordinaire";
  /** Taux d'absentéisme pour maladie de moyenne durée. */
  public static final String ABSENTEEISM_MEDIUM_ILLNESS = "staff.absenteeism.maladie-moyenne-duree";
  /** Taux d'absentéisme pour maladie de longue durée. */
  public static final String ABSENTEEISM_LONG_ILLNESS = "staff.absenteeism.maladie-longue-duree";
  /** Taux d'absentéisme pour maternité / paternité. */
  public static final String ABSENTEEISM_MATERNITY = "staff.absenteeism.maternite-paternite";
  /** Taux d'absentéisme pour accident du travail / maladie professionnelle. */
  public static final String ABSENTEEISM_WORK_ACCIDENT = "staff.absenteeism.accident-travail-maladie-professionnelle";
  /** Taux d'absentéisme pour congés spéciaux, dont sans solde. */
  public static final String ABSENTEEISM_SPECIAL_LEAVE = "staff.absenteeism.conges-speciaux";
  /** Nombre de CDD de remplacement. */
  public static final String REPLACEMENT_CDD = IndicateursPersonnel.CDD_REMPLACEMENT;
  /** Taux de prestations externes sur les prestations directes. */
  public static final String EXTERNAL_SERVICES_RATE = IndicateursPersonnel.EXTERNAL_SERVICES;

  // --- finance ---

  /** Taux de CAF. */
  public static final String CAF_RATE = "finance.caf-rate";
  /** Fonds de roulement net global. */
  public static final String FRNG = "finance.frng";
  /** Besoin en fonds de roulement. */
  public static final String BFR = "finance.bfr";
  /** Trésorerie. */
  public static final String TRESORERIE = "finance.tresorerie";
  /** Taux de vétusté des constructions. */
  public static final String VETUSTE_CONSTRUCTIONS = "finance.vetuste-constructions";
  /** Taux de vétusté des installations techniques, matériel et outillage. */
  public static final String VETUSTE_INSTALLATIONS = "finance.vetuste-installations";
  /** Taux de vétusté des autres immobilisations corporelles. */
  public static final String VETUSTE_OTHER = "finance.vetuste-other";

  // --- quality ---

  /** Réclamations reçues dans l'année. */
  public static final String COMPLAINTS = "quality.complaints";
  /** Réclamations de l'année clôturées au 31 décembre. */
  public static final String COMPLAINTS_CLOSED = "quality.complaints-closed";
  /** Réclamations pour 1 000 journées de présence. */
  public static final String COMPLAINTS_PER_THOUSAND_DAYS = "quality.complaints-per-thousand-days";
  /** Événements indésirables survenus dans l'année, graves ou non. */
  public static final String ADVERSE_EVENTS = "quality.adverse-events";
  /** Événements indésirables graves (L331-8-1 et EIGS) survenus dans l'année. */
  public static final String SERIOUS_ADVERSE_EVENTS = "quality.serious-adverse-events";
  /** Événements indésirables pour 1 000 journées de présence. */
  public static final String ADVERSE_EVENTS_PER_THOUSAND_DAYS = "quality.adverse-events-per-thousand-days";
  /** Part des critères satisfaits à la dernière évaluation HAS. */
  public static final String HAS_CRITERIA_SATISFIED = "quality.has-criteria-satisfied";
  /** Critères impératifs non satisfaits à la dernière évaluation HAS. */
  public static final String HAS_IMPERATIVE_NOT_SATISFIED = "quality.has-imperative-criteria-not-satisfied";

  private IndicatorKeys() {}
}
