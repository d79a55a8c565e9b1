package org.cpom.dialogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.referential.EsmsCategory;

/**
 * A catalogue of indicators of the dialogue de gestion, each under a key no other uses
 * ({@link Convention#INDICATOR_CATALOGUE}): {@link #library()} holds the annex indicators of a CPOM-PH (activity,
 * staff, finance) with their sources; {@link #with(List)} adds the contract's own indicators in the same form.
 *
 * <p>This class is immutable and thread-safe; it compares by value (the same definitions in the same order).
 */
public final class IndicatorCatalogue {
  private static final Set<EsmsCategory> ALL = EnumSet.allOf(EsmsCategory.class);
  private static final Set<EsmsCategory> CRETON_CATEGORIES = EnumSet.of(EsmsCategory.IME, EsmsCategory.IEM,
      EsmsCategory.EEAP, EsmsCategory.SESSAD);
  private static final IndicatorCatalogue LIBRARY = new IndicatorCatalogue(new LinkedHashMap<>()).with(annex());

  private final Map<String, IndicatorDefinition> definitions;

  private IndicatorCatalogue(Map<String, IndicatorDefinition> definitions) {
    this.definitions = definitions;
  }

  /**
   * The library's catalogue: the indicators of the annex of a CPOM-PH, keyed by {@link IndicatorKeys}.
   *
   * @return the catalogue
   */
  public static IndicatorCatalogue library() {
    return LIBRARY;
  }

  /**
   * This catalogue with more indicators, such as the contract's own, after the ones it holds.
   *
   * @param added the definitions to add, in order
   * @return a new catalogue
   * @throws org.cpom.CpomValidationException naming {@code catalogue.added[i].key} if a key is already in this
   *     catalogue or given twice in {@code added}
   */
  public IndicatorCatalogue with(List<IndicatorDefinition> added) {
    Checks.noNulls(added, "added");
    Map<String, IndicatorDefinition> all = new LinkedHashMap<>(definitions);
    for (int i = 0; i < added.size(); i++) {
      IndicatorDefinition d = added.get(i);
      Checks.check(!all.containsKey(d.key()), "catalogue.added[" + i + "].key", "\"" + d.key() + "\"",
          IndicatorDefinition.RULE, "the key is already in the catalogue: keys are unique");
      all.put(d.key(), d);
    }
    return new IndicatorCatalogue(all);
  }

  /**
   * Every definition, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<IndicatorDefinition> definitions() {
    return List.copyOf(definitions.values());
  }

  /**
   * The definition under a key.
   *
   * @param key the key
   * @return the definition, if the catalogue holds one under that key
   */
  public Optional<IndicatorDefinition> definition(String key) {
    return Optional.ofNullable(definitions.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * The definitions that apply to a category of ESMS, in order.
   *
   * @param category the category
   * @return an unmodifiable list
   */
  public List<IndicatorDefinition> applicableTo(EsmsCategory category) {
    Objects.requireNonNull(category, "category");
    return definitions.values().stream().filter(d -> d.appliesTo(category)).toList();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicatorCatalogue
        && List.copyOf(((IndicatorCatalogue) obj).definitions.values()).equals(List.copyOf(definitions.values()));
  }

  @Override
  public int hashCode() {
    return List.copyOf(definitions.values()).hashCode();
  }

  @Override
  public String toString() {
    return "IndicatorCatalogue" + definitions.keySet();
  }

  private static List<IndicatorDefinition> annex() {
    List<IndicatorDefinition> l = new ArrayList<>();
    IndicatorSource occupancy = IndicatorSource.of(IndicatorStatus.VERIFIED,
        "CASF R314-43-2 II 1° ; ANAP TdB (Hélios ContenuTauxOccupationESMS, ContenuTauxOccupationGlobal)",
        LegalBasis.casf("R314-43-2 II 1°"));
    l.add(rate(IndicatorKeys.OCCUPANCY_RATE, "Taux d'occupation (par mode d'accueil et global)",
        "journées réalisées du mode (global : de tous les modes)",
        "places autorisées et financées x jours d'ouverture du mode (global : de tous les modes)",
        IndicatorPeriod.CALENDAR_YEAR, ALL, occupancy));
    l.add(rate(IndicatorKeys.REALISATION_RATE, "Taux de réalisation de l'activité", "journées réalisées",
        "journées financées", IndicatorPeriod.CALENDAR_YEAR, ALL,
        IndicatorSource.of(IndicatorStatus.VERIFIED, "ANAP TdB (Hélios ContenuTauxRéalisationActivité)",
            LegalBasis.convention(Convention.REALISATION_RATE))));
    l.add(other(IndicatorKeys.DAYS_PROVIDED, "Journées réalisées (par mode d'accueil et total)",
        "journées de présence des personnes accompagnées", IndicatorUnit.DAYS, IndicatorPeriod.CALENDAR_YEAR, ALL,
        occupancy));
    l.add(other(IndicatorKeys.FILE_ACTIVE, "File active des personnes accompagnées",
        "personnes dans l'effectif au 31 décembre + sorties définitives de l'année", IndicatorUnit.COUNT,
        IndicatorPeriod.CALENDAR_YEAR, ALL,
        IndicatorSource.of(IndicatorStatus.VERIFIED, "ANAP TdB (Hélios ContenuFileActivePersonnesAccompagnées)",
            LegalBasis.convention(Convention.PEOPLE_RECORDS))));
    l.add(rate(IndicatorKeys.CRETON_SHARE, "Part des jeunes adultes relevant de l'amendement Creton",
        "personnes maintenues au titre de l'article L242-4 du CASF, âgées de 20 ans ou plus, au 31 décembre",
        "personnes dans l'effectif au 31 décembre", IndicatorPeriod.AT_31_DECEMBER, CRETON_CATEGORIES,
        IndicatorSource.of(IndicatorStatus.LIBRARY_DEFAULT,
            "CASF L242-4 (maintien au-delà de 20 ans) ; aucune formule officielle trouvée",
            LegalBasis.convention(Convention.CRETON_SHARE))));
    l.add(rate(IndicatorKeys.OTHER_DEPARTEMENTS_SHARE, "Part des personnes accompagnées d'autres départements",
        "personnes dont le domicile de secours est hors du département de l'ESMS, au 31 décembre",
        "personnes dans l'effectif au 31 décembre", IndicatorPeriod.AT_31_DECEMBER, ALL,
        IndicatorSource.of(IndicatorStatus.LIBRARY_DEFAULT,
            "domicile de secours (CASF L242-4, aide sociale) ; aucune formule officielle trouvée",
            LegalBasis.convention(Convention.OTHER_DEPARTEMENTS_SHARE))));
    staff(l);
    finance(l);
    quality(l);
    return l;
  }

  private static void staff(List<IndicatorDefinition> l) {
    // the staff figures are computed by DialogueEngine.indicateursPersonnel under these keys and conventions
    l.add(rate(IndicatorKeys.STAFF_ROTATION, "Taux de rotation du personnel",
        "recrutements / effectif réel au 31/12/N-1 + départs / effectif réel au 31/12/N-1", "2",
        IndicatorPeriod.CALENDAR_YEAR, ALL, IndicatorSource.of(IndicatorStatus.SECONDARY,
            "ANAP TdB (Hélios ContenuDuTauxDeRotationDuPersonnel)", LegalBasis.convention(Convention.STAFF_ROTATION))));
    LegalBasis age = LegalBasis.convention(Convention.STAFF_AGE);
    l.add(other(IndicatorKeys.STAFF_AVERAGE_AGE, "Âge moyen des salariés", "somme des âges au 31 décembre / effectif",
        IndicatorUnit.YEARS, IndicatorPeriod.AT_31_DECEMBER, ALL, IndicatorSource.of(IndicatorStatus.LIBRARY_DEFAULT,
            "aucune formule ANAP trouvée (Hélios publie la pyramide)", age)));
    l.add(other(IndicatorKeys.STAFF_AGE_PYRAMID, "Pyramide des âges du personnel",
        "personnes physiques présentes le dernier jour de l'année, par tranche d'âge", IndicatorUnit.DISTRIBUTION,
        IndicatorPeriod.AT_31_DECEMBER, ALL,
        IndicatorSource.of(IndicatorStatus.VERIFIED, "Vigie RH (Hélios ContenuPyramideAgesVigieRh)", age)));
    IndicatorSource absences = IndicatorSource.of(IndicatorStatus.SECONDARY,
        "ANAP TdB (Hélios ContenuDesTauxDAbsentéismes)", LegalBasis.convention(Convention.STAFF_ABSENTEEISM));
    String etp = "ETP réels x 365";
    l.add(rate(IndicatorKeys.ABSENTEEISM, "Taux d'absentéisme (hors formation)",
        "jours calendaires d'absence, tous motifs hors congés payés et formation", etp,
        IndicatorPeriod.CALENDAR_YEAR, ALL, absences));
    for (MotifAbsence m : MotifAbsence.values()) {
      String motive = m.label(Locale.FRENCH);
      l.add(rate(m.key(), "Taux d'absentéisme pour " + motive, "jours calendaires d'absence pour " + motive, etp,
          IndicatorPeriod.CALENDAR_YEAR, ALL, absences));
    }
    l.add(other(IndicatorKeys.REPLACEMENT_CDD, "Nombre de CDD de remplacement",
        "CDD de remplacement en vigueur au moins un jour de l'année (hors accroissement d'activité)",
        IndicatorUnit.COUNT, IndicatorPeriod.CALENDAR_YEAR, ALL,
        IndicatorSource.of(IndicatorStatus.VERIFIED, "ANAP TdB", LegalBasis.convention(Convention.STAFF_ROTATION))));
    l.add(rate(IndicatorKeys.EXTERNAL_SERVICES_RATE, "Taux de prestations externes sur les prestations directes",
        "6111 + 6112 + 621 + 6223 + 6226 (prestations directes)", "dépenses de personnel (groupe II) + 6111 + 6112",
        IndicatorPeriod.EXERCICE, ALL,
        IndicatorSource.of(IndicatorStatus.SECONDARY, "ANAP TdB (Hélios ContenuDuTauxDePrestationsExternes)",
            LegalBasis.convention(Convention.STAFF_EXTERNAL_SERVICES))));
  }

  private static void finance(List<IndicatorDefinition> l) {
    LegalBasis ratios = LegalBasis.convention(Convention.FINANCIAL_RATIOS);
    LegalBasis analysis = LegalBasis.convention(Convention.FINANCIAL_ANALYSIS);
    l.add(rate(IndicatorKeys.CAF_RATE, "Taux de CAF", "capacité d'autofinancement",
        "produits d'exploitation (classe 7 hors 775, 777, 7781 et 78)", IndicatorPeriod.EXERCICE, ALL,
        IndicatorSource.of(IndicatorStatus.VERIFIED, "ANAP TdB ; CNSA (seuil d'alerte 2 %)", ratios)));
    l.add(other(IndicatorKeys.FRNG, "Fonds de roulement net global", "ressources stables - emplois stables",
        IndicatorUnit.EUROS, IndicatorPeriod.EXERCICE, ALL,
        IndicatorSource.of(IndicatorStatus.VERIFIED, "cadre M22 (bilan financier)", analysis)));
    l.add(other(IndicatorKeys.BFR, "Besoin en fonds de roulement", "actifs circulants d'exploitation - dettes d'exploitation",
        IndicatorUnit.EUROS, IndicatorPeriod.EXERCICE, ALL,
        IndicatorSource.of(IndicatorStatus.VERIFIED, "cadre M22 (bilan financier)", analysis)));
    l.add(other(IndicatorKeys.TRESORERIE, "Trésorerie", "FRNG - BFR", IndicatorUnit.EUROS, IndicatorPeriod.EXERCICE,
        ALL, IndicatorSource.of(IndicatorStatus.VERIFIED, "cadre M22 (bilan financier)", analysis)));
    IndicatorSource vetuste = IndicatorSource.of(IndicatorStatus.VERIFIED, "ANAP TdB ; ERRD (ratios financiers)",
        ratios);
    l.add(rate(IndicatorKeys.VETUSTE_CONSTRUCTIONS, "Taux de vétusté des constructions",
        "amortissements cumulés des constructions (2813 + 2814)", "constructions brutes (213 + 214)", IndicatorPeriod.EXERCICE,
        ALL, vetuste));
    l.add(rate(IndicatorKeys.VETUSTE_INSTALLATIONS, "Taux de vétusté des installations techniques, matériel et outillage",
        "amortissements cumulés (2815)", "installations techniques brutes (215)", IndicatorPeriod.EXERCICE, ALL,
        vetuste));
    l.add(rate(IndicatorKeys.VETUSTE_OTHER, "Taux de vétusté des autres immobilisations corporelles",
        "amortissements cumulés (2818)", "autres immobilisations corporelles brutes (218)", IndicatorPeriod.EXERCICE,
        ALL, vetuste));
  }

  private static void quality(List<IndicatorDefinition> l) {
    // counted by DialogueEngine.indicateursQualite under these keys
    IndicatorSource complaints = IndicatorSource.of(IndicatorStatus.SECONDARY,
        "SI-REC (Hélios ContenuReclamations) : année de réception", LegalBasis.convention(Convention.QUALITY_RECORDS));
    IndicatorSource events = IndicatorSource.of(IndicatorStatus.SECONDARY,
        "SI-VSS (Hélios ContenuEvenementsIndesirables) ; CASF L331-8-1 ; CSP R1413-67",
        LegalBasis.casf("L331-8-1"));
    IndicatorSource perThousand = IndicatorSource.of(IndicatorStatus.LIBRARY_DEFAULT,
        "aucune formule officielle trouvée (un script d'ARS rapporte les réclamations à la capacité)",
        LegalBasis.convention(Convention.QUALITY_PER_THOUSAND_DAYS));
    IndicatorSource has = IndicatorSource.of(IndicatorStatus.LIBRARY_DEFAULT,
        "évaluation de la qualité, référentiel HAS (Hélios ContenuCertificationHAS) ; lecture du rapport",
        LegalBasis.casf("L312-8"));
    l.add(other(IndicatorKeys.COMPLAINTS, "Nombre de réclamations", "réclamations reçues dans l'année",
        IndicatorUnit.COUNT, IndicatorPeriod.CALENDAR_YEAR, ALL, complaints));
    l.add(other(IndicatorKeys.COMPLAINTS_CLOSED, "Nombre de réclamations clôturées",
        "réclamations reçues dans l'année et clôturées au 31 décembre", IndicatorUnit.COUNT,
        IndicatorPeriod.CALENDAR_YEAR, ALL, complaints));
    l.add(perThousand(IndicatorKeys.COMPLAINTS_PER_THOUSAND_DAYS, "Réclamations pour 1 000 journées",
        "réclamations reçues dans l'année x 1 000", perThousand));
    l.add(other(IndicatorKeys.ADVERSE_EVENTS, "Nombre d'événements indésirables",
        "événements indésirables survenus dans l'année, graves ou non", IndicatorUnit.COUNT,
        IndicatorPeriod.CALENDAR_YEAR, ALL, events));
    l.add(other(IndicatorKeys.SERIOUS_ADVERSE_EVENTS, "Nombre d'événements indésirables graves",
        "dysfonctionnements et événements graves (CASF L331-8-1) et EIGS (CSP R1413-67) survenus dans l'année",
        IndicatorUnit.COUNT, IndicatorPeriod.CALENDAR_YEAR, ALL, events));
    l.add(perThousand(IndicatorKeys.ADVERSE_EVENTS_PER_THOUSAND_DAYS, "Événements indésirables pour 1 000 journées",
        "événements indésirables survenus dans l'année x 1 000", perThousand));
    l.add(rate(IndicatorKeys.HAS_CRITERIA_SATISFIED, "Part des critères satisfaits (évaluation HAS)",
        "critères satisfaits au dernier rapport d'évaluation", "critères évalués", IndicatorPeriod.AT_31_DECEMBER, ALL,
        has));
    l.add(other(IndicatorKeys.HAS_IMPERATIVE_NOT_SATISFIED, "Critères impératifs non satisfaits (évaluation HAS)",
        "critères impératifs non satisfaits au dernier rapport d'évaluation", IndicatorUnit.COUNT,
        IndicatorPeriod.AT_31_DECEMBER, ALL, has));
  }

  private static IndicatorDefinition perThousand(String key, String label, String numerator, IndicatorSource source) {
    return IndicatorDefinition.builder().key(key).label(label).numerator(numerator)
        .denominator("journées de présence de l'année").unit(IndicatorUnit.PER_THOUSAND)
        .period(IndicatorPeriod.CALENDAR_YEAR).categories(ALL).source(source).build();
  }

  private static IndicatorDefinition rate(String key, String label, String numerator, String denominator,
      IndicatorPeriod period, Set<EsmsCategory> categories, IndicatorSource source) {
    return IndicatorDefinition.builder().key(key).label(label).numerator(numerator).denominator(denominator)
        .unit(IndicatorUnit.RATE).period(period).categories(categories).source(source).build();
  }

  private static IndicatorDefinition other(String key, String label, String numerator, IndicatorUnit unit,
      IndicatorPeriod period, Set<EsmsCategory> categories, IndicatorSource source) {
    return IndicatorDefinition.builder().key(key).label(label).numerator(numerator).unit(unit).period(period)
        .categories(categories).source(source).build();
  }
}
