package org.cpom.trace;

/**
 * What a trace step does (nature de l'étape), one constant per kind of step the engines write, with its label
 * in French and in English.
 *
 * <p>A step's {@linkplain TraceStep#arguments() arguments} are the values its label shows, in the order this
 * comment gives for each kind (placeholder {@code {0}} is the first). An ERP can build its own documents from
 * the kind and the arguments, without reading the label. The arguments are typed: {@link
 * org.cpom.money.Amount}, {@link org.cpom.money.Rate}, {@link Percentage}, {@link java.time.Year}, {@link
 * java.time.YearMonth}, {@link java.time.LocalDate}, {@link Integer}, {@link java.math.BigDecimal}, a FINESS
 * number, a funder, an enum, a {@link Phrase} (a detail with fixed bilingual texts and typed values), or a
 * {@link String} the user gave (a name, a label, a reason), passed through untranslated.
 */
public enum StepKind {
  /** A label the caller wrote, shown as given in every language: {@code {0}} the label (String). */
  GIVEN("{0}", "{0}"),

  // ---- dotation of one ESMS (dotation de l'ESMS)
  /** The base reconductible of the year before: {@code {0}} that year. */
  BASE_RECONDUCTIBLE("Base reconductible {0}", "Base reconductible {0}"),
  /** The updated base set by the annual avenant: {@code {0}} the updated base, {@code {1}} its source. */
  ACTUALISATION_BY_AVENANT("Base actualisée fixée par l'avenant annuel : {0} ({1})",
      "Updated base set by the annual avenant: {0} ({1})"),
  /** The updated base set by the tariff equation or ceiling: {@code {0}} the updated base, {@code {1}} its source. */
  ACTUALISATION_BY_EQUATION("Base actualisée fixée par l'équation tarifaire ou le plafond : {0} ({1})",
      "Updated base set by tariff equation or ceiling: {0} ({1})"),
  /** Actualisation at the campaign rate: {@code {0}} the rate, {@code {1}} the base. */
  ACTUALISATION_CAMPAIGN_RATE("Actualisation au taux de la campagne {0} sur {1}",
      "Actualisation at the campaign rate {0} on {1}"),
  /** Actualisation by the contract formula: {@code {0}} the rate, {@code {1}} the base. */
  ACTUALISATION_CONTRACT_FORMULA("Actualisation par la formule du contrat, {0} sur {1}",
      "Actualisation by the contract formula, {0} on {1}"),
  /**
   * Actualisation by the contract formula with a salary part: {@code {0}} the salary rate, {@code {1}} the
   * salary part, {@code {2}} the rate of the rest, {@code {3}} the rest.
   */
  ACTUALISATION_SALARY_PART("Actualisation par la formule du contrat, {0} sur la masse salariale {1} et {2} sur le reste {3}",
      "Actualisation by the contract formula, {0} on the salary part {1} and {2} on the rest {3}"),
  /** The updated base, first step of the next base: {@code {0}} the year. */
  UPDATED_BASE("Base actualisée {0}", "Updated base {0}"),
  /**
   * A mesure nouvelle whose crédits de paiement are notified: {@code {0}} its label, {@code {1}} its full-year
   * amount, {@code {2}} its start date, {@code {3}} the year.
   */
  MESURE_NOUVELLE_CREDITS_DE_PAIEMENT(
      "Mesure nouvelle {0} : {1} par an à partir du {2}, crédits de paiement notifiés pour {3} (montant donné, sans prorata)",
      "Mesure nouvelle {0}: {1} a year from {2}, crédits de paiement notified for {3} (amount given, no prorata)"),
  /**
   * A mesure nouvelle prorated by days: {@code {0}} its label, {@code {1}} its full-year amount, {@code {2}} its
   * start date, {@code {3}} the days funded, {@code {4}} the days of the year.
   */
  MESURE_NOUVELLE_PRORATA_DAYS("Mesure nouvelle {0} : {1} par an à partir du {2}, prorata {3}/{4} jours",
      "Mesure nouvelle {0}: {1} a year from {2}, prorata {3}/{4} days"),
  /**
   * A mesure nouvelle prorated by months: {@code {0}} its label, {@code {1}} its full-year amount, {@code {2}}
   * its start date, {@code {3}} the months funded, {@code {4}} the months of the year.
   */
  MESURE_NOUVELLE_PRORATA_MONTHS("Mesure nouvelle {0} : {1} par an à partir du {2}, prorata {3}/{4} mois",
      "Mesure nouvelle {0}: {1} a year from {2}, prorata {3}/{4} months"),
  /**
   * A mesure nouvelle starting after the year: {@code {0}} its label, {@code {1}} its full-year amount, {@code
   * {2}} its start date, {@code {3}} the year.
   */
  MESURE_NOUVELLE_LATER_START("Mesure nouvelle {0} : {1} par an à partir du {2} : commence après {3}, rien en {3}",
      "Mesure nouvelle {0}: {1} a year from {2}: starts after {3}, nothing in {3}"),
  /** A mesure nouvelle at full year, into the next base: {@code {0}} its label. */
  MESURE_NOUVELLE_FULL_YEAR("Mesure nouvelle {0} en année pleine", "Mesure nouvelle {0} at full year"),
  /** A crédit non reconductible: {@code {0}} its label, {@code {1}} the year. */
  CNR("CNR {0} (année {1} seulement)", "CNR {0} (year {1} only)"),
  /** The modulation carried into the next base by the contract; no argument. */
  MODULATION_INTO_BASE("Modulation reportée dans la base (contrat)", "Modulation carried into the base (contract)"),
  /** An adjustment the caller gave: {@code {0}} its label. */
  ADJUSTMENT("{0}", "{0}"),

  // ---- modulation for activity (modulation selon l'activité)
  /**
   * The base modulated, less the parts left out: {@code {0}} the base, {@code {1}} the parts left out (a
   * phrase), {@code {2}} the base modulated, {@code {3}} why the parts are left out (a phrase).
   */
  MODULATED_BASE("Base modulée : {0}{1} = {2} ; {3}", "Modulated base: {0}{1} = {2}; {3}"),
  /**
   * One indicator of several: {@code {0}} its rank, {@code {1}} the number of indicators, {@code {2}} its
   * outcome (a phrase), {@code {3}} half its gap.
   */
  MODULATION_INDICATOR("Indicateur {0} sur {1} : {2} ; moitié de son écart = {3}",
      "Indicator {0} of {1}: {2}; half its gap = {3}"),
  /** No modulation, activity not below the objective: {@code {0}} the outcome (a phrase). */
  NO_MODULATION_NOT_BELOW("Pas de modulation : {0} (activité non inférieure à l'objectif)",
      "No modulation: {0} (activity not below the objective)"),
  /** No modulation, the contract gives zero: {@code {0}} the outcome, {@code {1}} the legal cap (phrases). */
  NO_MODULATION_ZERO("Pas de modulation : {0} ; {1}", "No modulation: {0}; {1}"),
  /**
   * A modulation for activity: {@code {0}} the outcome (a phrase), {@code {1}} the base abated (an enum),
   * {@code {2}} its amount, {@code {3}} the legal cap (a phrase).
   */
  MODULATION("Modulation selon l'activité : {0} de la {1} {2} ; {3}", "Modulation for activity: {0} of the {1} {2}; {3}"),
  /** No EHPAD modulation, no threshold in force: {@code {0}} the year, {@code {1}} the funding level. */
  NO_MODULATION_NO_THRESHOLD("Pas de modulation : aucun seuil d'occupation en vigueur en {0} pour le niveau de financement {1}",
      "No modulation: no occupancy threshold in force in {0} for funding level {1}"),
  /** No EHPAD modulation: {@code {0}} the occupancy against its threshold (a phrase). */
  NO_MODULATION_OCCUPANCY("Pas de modulation : {0}", "No modulation: {0}"),
  /**
   * An EHPAD modulation down: {@code {0}} the forfait (a phrase), {@code {1}} the occupancy against its
   * threshold (a phrase), {@code {2}} half the gap, {@code {3}} the base.
   */
  OCCUPANCY_MODULATION("Modulation du forfait {0} : {1}, moitié de l'écart = {2} de {3}",
      "Modulation of the forfait {0}: {1}, half the gap = {2} of {3}"),
  /**
   * An upward modulation of the forfait soins: {@code {0}} the occupancy against its threshold (a phrase),
   * {@code {1}} half the excess, {@code {2}} the base.
   */
  UPWARD_OCCUPANCY_MODULATION(
      "Modulation à la hausse du forfait soins (lecture symétrique facultative du R314-160 3°) : {0}, moitié de l'excédent = {1} de {2}",
      "Upward modulation of the forfait soins (optional symmetric reading of R314-160 3°): {0}, half the excess = {1} of {2}"),
  /** A waiver of part of the modulation: {@code {0}} the share waived, {@code {1}} the reason given. */
  MODULATION_WAIVER("Renonciation à {0} de la modulation : {1}", "Waiver of {0} of the modulation: {1}"),

  // ---- dotation globalisée commune (DGC)
  /** The amount of one member of a DGC: {@code {0}} the ESMS's name, {@code {1}} its FINESS number. */
  DGC_MEMBER("{0} ({1})", "{0} ({1})"),
  /**
   * A provisional share as written in the arrêté: {@code {0}} the ESMS's name, {@code {1}} its FINESS number,
   * {@code {2}} the year.
   */
  PROVISIONAL_SHARE_AS_WRITTEN("Part provisoire de {0} ({1}) {2}, telle qu'écrite dans l'arrêté",
      "Provisional share of {0} ({1}) {2}, as written in the arrêté"),
  /**
   * A provisional share in proportion to the computed amounts: {@code {0}} the ESMS's name, {@code {1}} its
   * FINESS number, {@code {2}} the year.
   */
  PROVISIONAL_SHARE_PROPORTIONAL("Part provisoire de {0} ({1}) {2}, au prorata des montants calculés (plus forts restes)",
      "Provisional share of {0} ({1}) {2}, in proportion to the computed amounts (largest remainder)"),
  /**
   * A permanent transfer out by a décision modificative: {@code {0}} its reference, {@code {1}} its status,
   * {@code {2}} its date, {@code {3}} the FINESS number it takes from.
   */
  DM_PERMANENT_FROM("{0} ({1} le {2}, nouvelle répartition pérenne) : depuis {3}",
      "{0} ({1} on {2}, permanent re-split): from {3}"),
  /** A permanent transfer in by a DM: as {@link #DM_PERMANENT_FROM}, {@code {3}} the FINESS number it gives to. */
  DM_PERMANENT_TO("{0} ({1} le {2}, nouvelle répartition pérenne) : vers {3}",
      "{0} ({1} on {2}, permanent re-split): to {3}"),
  /** A transfer out for the current year only: as {@link #DM_PERMANENT_FROM}. */
  DM_CURRENT_YEAR_FROM("{0} ({1} le {2}, année en cours seulement (un membre est financé au titre du R314-40 4°)) : depuis {3}",
      "{0} ({1} on {2}, current year only (a member is funded under R314-40 4°)): from {3}"),
  /** A transfer in for the current year only: as {@link #DM_PERMANENT_TO}. */
  DM_CURRENT_YEAR_TO("{0} ({1} le {2}, année en cours seulement (un membre est financé au titre du R314-40 4°)) : vers {3}",
      "{0} ({1} on {2}, current year only (a member is funded under R314-40 4°)): to {3}"),
  /** The next base re-split to another ESMS: {@code {0}} the DM's reference, {@code {1}} the FINESS number. */
  RESPLIT_TO("{0} : nouvelle répartition vers {1}", "{0}: re-split to {1}"),
  /** The next base re-split from another ESMS: {@code {0}} the DM's reference, {@code {1}} the FINESS number. */
  RESPLIT_FROM("{0} : nouvelle répartition depuis {1}", "{0}: re-split from {1}"),
  /**
   * The dotation of an ESMS with Creton young adults: {@code {0}} the year, {@code {1}} the ESMS's name, {@code
   * {2}} its FINESS number.
   */
  CRETON_DOTATION("Dotation globalisée {0} de {1} ({2}), parts Creton comprises",
      "Dotation globalisée {0} of {1} ({2}), Creton parts included"),
  /** The part of a Département for Creton young adults: {@code {0}} the funder, {@code {1}} the exercice. */
  CRETON_PART("Part du {0} : recettes Creton facturées sur l'exercice {1}, facturées en prix de journée",
      "Part of {0}: Creton revenue billed on exercice {1}, billed to it as a prix de journée"),

  // ---- payments (versements)
  /**
   * An advance pending the decision: {@code {0}} its rank, {@code {1}} the year before, {@code {2}} its amount,
   * {@code {3}} the year.
   */
  ADVANCE("Acompte {0}/12 : douzième du montant {1} {2}, dans l'attente de la décision {3}",
      "Advance {0}/12: twelfth of the {1} amount {2}, pending the {3} decision"),
  /**
   * A twelfth: {@code {0}} its rank, {@code {1}} the year, {@code {2}} the amount in force, {@code {3}} the
   * decision (a phrase).
   */
  TWELFTH("Douzième {0}/12 du montant {1} {2} ({3})", "Twelfth {0}/12 of the {1} amount {2} ({3})"),
  /**
   * The catch-up after a decision: {@code {0}} the last month caught up, {@code {1}} the decision (a phrase),
   * {@code {2}} the amount paid before.
   */
  CATCH_UP("Rattrapage des mois 1 à {0} après la décision ({1}) : nouveaux douzièmes moins {2} versés",
      "Catch-up of months 1 to {0} after the {1}: new twelfths minus {2} paid"),
  /**
   * A regularisation after December: {@code {0}} the year, {@code {1}} the amount in force, {@code {2}} the
   * decision (a phrase), {@code {3}} the amount paid before.
   */
  REGULARISATION("Régularisation après décembre : le montant {0} {1} ({2}) moins {3} versés",
      "Regularisation after December: the {0} amount {1} ({2}) minus {3} paid"),
  /** The rounding so the ESMS payments sum to the DGC payment; no argument. */
  PAYMENT_ROUNDING("Arrondi pour que les versements des ESMS fassent le versement de la DGC",
      "Rounding so the ESMS payments sum to the DGC payment"),

  // ---- prix de journée
  /** The total charges; no argument. */
  TOTAL_CHARGES("Total des charges", "Total charges"),
  /** An earlier surplus deducted; no argument. */
  EARLIER_SURPLUS("Excédent antérieur déduit", "Earlier surplus deducted"),
  /** An earlier deficit added; no argument. */
  EARLIER_DEFICIT("Déficit antérieur ajouté", "Earlier deficit added"),
  /** No earlier result; no argument. */
  NO_EARLIER_RESULT("Pas de résultat antérieur", "No earlier result"),
  /** Other revenue deducted; no argument. */
  OTHER_REVENUE("Autres produits déduits", "Other revenue deducted"),
  /** The charges to fund; no argument. */
  CHARGES_TO_FUND("Charges à financer", "Charges to fund"),
  /** The prix de journée on forecast days: {@code {0}} the days. */
  PRIX_DE_JOURNEE_FORECAST("Prix de journée : charges à financer / {0} jours (journées prévisionnelles)",
      "Prix de journée: charges to fund / {0} days (forecast days)"),
  /** The prix de journée on the average of three years: {@code {0}} the days. */
  PRIX_DE_JOURNEE_AVERAGE("Prix de journée : charges à financer / {0} jours (moyenne des trois années précédentes)",
      "Prix de journée: charges to fund / {0} days (average of the three previous years)"),

  // ---- budget base zéro
  /** The charges of a groupe fonctionnel: {@code {0}} the groupe. */
  GROUP_CHARGES("Charges {0}", "Charges {0}"),
  /** Less the other revenue; no argument. */
  LESS_OTHER_REVENUE("Moins les autres produits (produits des groupes II et III)",
      "Less other revenue (produits groupes II and III)"),
  /** The tarification needed; no argument. */
  TARIFICATION_NEEDED("Tarification nécessaire", "Tarification needed"),

  // ---- bilan financier
  /** The uses of the operating cycle; no argument. */
  CYCLE_USES("stocks + charges constatées d'avance + créances", "stocks + charges constatées d'avance + créances"),
  /** The resources of the operating cycle; no argument. */
  CYCLE_RESOURCES("dettes d'exploitation, sociales et fiscales, produits constatés d'avance, sommes à reverser, "
      + "fonds déposés hors majeurs protégés", "dettes d'exploitation, sociales et fiscales, produits constatés d'avance, "
      + "sommes à reverser, fonds déposés hors majeurs protégés"),
  /** The besoin en fonds de roulement; no argument. */
  BFR("besoin en fonds de roulement", "besoin en fonds de roulement"),
  /** The cap of the treasury reserve; no argument. */
  TREASURY_RESERVE_CAP("plafond de la réserve de trésorerie", "plafond de la réserve de trésorerie"),

  // ---- allocation of results (affectation des résultats)
  /** A movement of a compte: {@code {0}} the compte's identifier, {@code {1}} the movement (a phrase or text). */
  MOVEMENT("{0} : {1}", "{0}: {1}"),

  // ---- accounts: ventilation into comptes de résultat (R314-213 I 7°)
  /**
   * A pool of charges communes split between comptes de résultat by the keys of the tableau de répartition, by
   * the largest-remainder method: {@code {0}} the pool, {@code {1}} the key of the figures (a groupe
   * fonctionnel, a section).
   */
  CHARGES_COMMUNES_SPLIT("Charges communes {0} ({1}) réparties selon le tableau de répartition, méthode des plus forts restes",
      "Charges communes {0} ({1}) split by the tableau de répartition, largest-remainder method"),
  /**
   * The produits of a pool of charges communes split like its charges: {@code {0}} the pool, {@code {1}} the key
   * of the figures.
   */
  PRODUITS_COMMUNS_SPLIT("Produits communs {0} ({1}) répartis selon le tableau de répartition, méthode des plus forts restes",
      "Produits communs {0} ({1}) split by the tableau de répartition, largest-remainder method"),
  /**
   * The share of one compte de résultat in a split: {@code {0}} the compte, {@code {1}} its key, {@code {2}} the
   * sum of the keys.
   */
  CHARGES_COMMUNES_SHARE("Quote-part de {0} : clé {1} sur {2}", "Share of {0}: key {1} of {2}"),

  // ---- investment: surcoûts (incidence tarifaire d'un investissement)
  /** The dotations aux amortissements the tariff takes: {@code {0}} the operation, {@code {1}} the year. */
  SURCOUT_DOTATIONS("{0} : dotations aux amortissements {1} (c/68, plan opposable au tarificateur)",
      "{0}: depreciation {1} (c/68, plan the tariff authority accepts)"),
  /** The interest of the operation's loans accrued on the exercice: {@code {0}} the operation, {@code {1}} the year. */
  SURCOUT_INTERETS("{0} : intérêts des emprunts rattachés à {1} (c/66)",
      "{0}: loan interest accrued on {1} (c/66)"),
  /** The reprise of the investment subsidies, deducted: {@code {0}} the operation, {@code {1}} the year. */
  SURCOUT_REPRISE_SUBVENTIONS("{0} : quote-part des subventions d'investissement virée au résultat {1} (c/777), déduite",
      "{0}: investment subsidies taken to income in {1} (c/777), deducted"),
  /** The reprise of the réserve de compensation, deducted: {@code {0}} the operation, {@code {1}} the year. */
  SURCOUT_REPRISE_RESERVE("{0} : reprise de la réserve de compensation des charges d'amortissement {1} (c/10687), déduite",
      "{0}: reprise of the réserve de compensation des charges d'amortissement {1} (c/10687), deducted"),
  /** The surcoût of the exercice: {@code {0}} the operation (or the PPI), {@code {1}} the year. */
  SURCOUT("{0} : surcoût {1}", "{0}: surcoût {1}");

  private final String french;
  private final String english;
  private final int arity;

  StepKind(String french, String english) {
    this.french = french;
    this.english = english;
    this.arity = TraceLabels.arity(english);
  }

  /**
   * The label template in French or English, {@code {i}} standing for argument {@code i}.
   *
   * @param locale {@link java.util.Locale#FRENCH} or {@link java.util.Locale#ENGLISH}
   * @return the template
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  public String template(java.util.Locale locale) {
    return TraceLabels.isFrench(locale) ? french : english;
  }

  /**
   * The number of arguments a step of this kind carries.
   *
   * @return the arity
   */
  public int arity() {
    return arity;
  }
}
