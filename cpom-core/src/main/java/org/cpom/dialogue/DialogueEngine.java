package org.cpom.dialogue;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.cpom.Convention;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.finance.AssietteEndettement;
import org.cpom.finance.CafAccounts;
import org.cpom.finance.FinanceEngine;
import org.cpom.finance.RatiosFinanciers;
import org.cpom.finance.Seuils;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;

/**
 * The functions of the dialogue de gestion: indicators from the people and staff records, their comparison with the
 * contract's targets, and the yearly report.
 */
public final class DialogueEngine {
  private DialogueEngine() {}

  // dialogue: people accompanied

  /**
   * The activity of one ESMS over a year from the records of the people it accompanied, without funded days (no
   * taux de réalisation): see {@link #peopleActivity(Esms, Year, List, Map)}.
   *
   * @param esms the ESMS, with its capacity by mode
   * @param year the year observed
   * @param people the records, one per accompaniment
   * @return the activity by mode and overall, the effectif on 31 December and the file active
   * @throws org.cpom.CpomValidationException naming {@code people[i].field} and the record's id if a record is bad
   */
  public static PeopleActivity peopleActivity(Esms esms, Year year, List<PersonRecord> people) {
    return peopleActivity(esms, year, people, Map.of());
  }

  /**
   * The activity of one ESMS over a year from the records of the people it accompanied
   * ({@link org.cpom.Convention#PEOPLE_RECORDS}): for each capacity mode of the ESMS the days of presence, the
   * theoretical days (funded places times days open) and the taux d'occupation (CASF R314-43-2 II 1°), and the
   * taux de réalisation where the funded days of the mode are given; the same over every mode (the sums of the
   * modes; realisation only when every mode has its funded days); the effectif on 31 December, the definitive
   * exits and the file active. The whole set is validated first: nothing is computed from a partly valid set.
   * Example (W9): 40 funded places open 365 days and 13,870 days of presence give 95.00 %; with 13,140 funded
   * days, a taux de réalisation of 105.56 %.
   *
   * @param esms the ESMS, with its capacity by mode
   * @param year the year observed
   * @param people the records, one per accompaniment
   * @param fundedDays the funded days (journées financées) of some or all modes of the ESMS's capacity
   * @return the activity by mode and overall, the effectif on 31 December and the file active
   * @throws org.cpom.CpomValidationException naming {@code people[i].field} and the record's id if a record is
   *     bad (an id used twice, a mode without capacity, more days of presence than the stay inside the year or
   *     than the mode is open), or naming {@code fundedDays[MODE]} for a mode without capacity or a count below
   *     zero or above the bounds of {@link org.cpom.Convention#ENGINE_BOUNDS}
   */
  public static PeopleActivity peopleActivity(Esms esms, Year year, List<PersonRecord> people,
      Map<CapacityMode, Long> fundedDays) {
    PeopleRecords.validate(esms, year, people);
    Objects.requireNonNull(fundedDays, "fundedDays");
    fundedDays.forEach((mode, days) -> {
      Objects.requireNonNull(mode, "fundedDays key");
      String field = "fundedDays[" + mode.name() + "]";
      Objects.requireNonNull(days, field);
      Checks.check(esms.capacity(mode).isPresent(), field, days, PersonRecord.RULE,
          "ESMS " + esms.finess() + " has no capacity in this mode");
      EngineBounds.days(days, field, LegalBasis.convention(Convention.REALISATION_RATE));
    });
    int y = year.getValue();
    Map<CapacityMode, Long> days = new EnumMap<>(CapacityMode.class);
    long effectif = 0;
    long exits = 0;
    for (PersonRecord r : people) {
      days.merge(r.mode(), r.daysOfPresence(), Long::sum);
      effectif += r.inEffectifAtEndOf(y) ? 1 : 0;
      exits += r.exitsIn(y) ? 1 : 0;
    }
    List<ActivityLine> lines = new ArrayList<>();
    long totalDays = 0;
    long totalTheoretical = 0;
    long totalFunded = 0;
    boolean everyFunded = true;
    for (CapacityMode mode : CapacityMode.values()) {
      Optional<CapacityLine> line = esms.capacity(mode);
      if (line.isEmpty()) {
        continue;
      }
      Long funded = fundedDays.get(mode);
      long provided = days.getOrDefault(mode, 0L);
      lines.add(new ActivityLine(mode, provided, line.get().theoreticalDays(),
          funded == null ? OptionalLong.empty() : OptionalLong.of(funded)));
      totalDays += provided;
      totalTheoretical += line.get().theoreticalDays();
      everyFunded &= funded != null;
      totalFunded += funded == null ? 0 : funded;
    }
    ActivityLine overall = new ActivityLine(null, totalDays, totalTheoretical,
        everyFunded && !lines.isEmpty() ? OptionalLong.of(totalFunded) : OptionalLong.empty());
    return new PeopleActivity(esms.finess(), year, lines, overall, effectif, exits);
  }

  /**
   * The part des « Creton » by the library's default definition ({@link CretonDefinition#libraryDefault()}).
   *
   * @param esms the ESMS
   * @param year the year observed
   * @param people the records, one per accompaniment
   * @return the share, naming its definition
   * @throws org.cpom.CpomValidationException as {@link #cretonShare(Esms, Year, List, CretonDefinition)}
   */
  public static CretonShare cretonShare(Esms esms, Year year, List<PersonRecord> people) {
    return cretonShare(esms, year, people, CretonDefinition.libraryDefault());
  }

  /**
   * The part des « Creton » ({@link org.cpom.Convention#CRETON_SHARE}): the young adults whose placement is
   * prolonged under CASF L242-4 over the people accompanied, as the definition counts them (no official formula
   * was found; its parameters are documented on {@link CretonDefinition}). A person counts when aged
   * {@link CretonDefinition#minimumAge()} or more on 31 December (on the exit, for a stay that ended in the year)
   * and, if the definition requires it, the record says the placement is prolonged. Example: 7 such people among
   * 60 in the effectif on 31 December give 11.67 %.
   *
   * @param esms the ESMS, of a category the definition applies to
   * @param year the year observed
   * @param people the records, one per accompaniment
   * @param definition the definition
   * @return the share, naming its definition and the records counted
   * @throws org.cpom.CpomValidationException naming {@code people[i].field} if a record is bad, or
   *     {@code esms.category} if the definition does not apply to the ESMS's category
   */
  public static CretonShare cretonShare(Esms esms, Year year, List<PersonRecord> people,
      CretonDefinition definition) {
    PeopleRecords.validate(esms, year, people);
    Objects.requireNonNull(definition, "definition");
    Checks.check(definition.categories().contains(esms.category()), "esms.category", esms.category(),
        LegalBasis.convention(Convention.CRETON_SHARE), "the Creton share is defined for " + definition.categories()
            + " (CASF L242-4: establishments and services for disabled children), not for ESMS " + esms.finess());
    int y = year.getValue();
    long numerator = 0;
    long denominator = 0;
    List<String> counted = new ArrayList<>();
    for (PersonRecord r : people) {
      if (!PeopleRecords.inPopulation(r, definition.count(), y)) {
        continue;
      }
      long w = PeopleRecords.weight(r, definition.count());
      denominator += w;
      boolean creton = (r.placementProlonged() || !definition.decisionRequired())
          && r.ageOn(PeopleRecords.ageDay(r, y)) >= definition.minimumAge();
      if (creton) {
        numerator += w;
        counted.add(r.id());
      }
    }
    return new CretonShare(esms.finess(), year, definition, new IndicatorRate(numerator, denominator), counted);
  }

  /**
   * The part des personnes d'autres départements over the effectif on 31 December, the library's default.
   *
   * @param esms the ESMS
   * @param year the year observed
   * @param people the records, one per accompaniment
   * @return the share
   * @throws org.cpom.CpomValidationException naming {@code people[i].field} and the record's id if a record is bad
   */
  public static OtherDepartementsShare otherDepartementsShare(Esms esms, Year year, List<PersonRecord> people) {
    return otherDepartementsShare(esms, year, people, PeopleCount.EFFECTIF_31_DECEMBER);
  }

  /**
   * The part des personnes d'autres départements ({@link org.cpom.Convention#OTHER_DEPARTEMENTS_SHARE}): the
   * people whose domicile de secours is outside the ESMS's département (read from its FINESS number) over the
   * people counted (no official formula was found; the count is a parameter). Example: 3 of 60 in the effectif on
   * 31 December give 5.00 %.
   *
   * @param esms the ESMS
   * @param year the year observed
   * @param people the records, one per accompaniment
   * @param count what is counted: the effectif on 31 December (the default), the file active, or the days
   * @return the share, with its numerator by département and the records counted
   * @throws org.cpom.CpomValidationException naming {@code people[i].field} and the record's id if a record is bad
   */
  public static OtherDepartementsShare otherDepartementsShare(Esms esms, Year year, List<PersonRecord> people,
      PeopleCount count) {
    PeopleRecords.validate(esms, year, people);
    Objects.requireNonNull(count, "count");
    int y = year.getValue();
    DepartementCode own = esms.finess().departement();
    long numerator = 0;
    long denominator = 0;
    Map<DepartementCode, Long> byDepartement = new TreeMap<>();
    List<String> counted = new ArrayList<>();
    for (PersonRecord r : people) {
      if (!PeopleRecords.inPopulation(r, count, y)) {
        continue;
      }
      long w = PeopleRecords.weight(r, count);
      denominator += w;
      if (!r.domicileDeSecours().equals(own)) {
        numerator += w;
        byDepartement.merge(r.domicileDeSecours(), w, Long::sum);
        counted.add(r.id());
      }
    }
    return new OtherDepartementsShare(esms.finess(), own, year, count, new IndicatorRate(numerator, denominator),
        byDepartement, counted);
  }

  // dialogue: staff

  /**
   * The staff indicators of a year from the staff records, with the default parameters
   * ({@link ParametresPersonnel#defaults()}): rotation on the CDI and titulaires, age bands under 25, five-year
   * bands, 60 and over, absenteeism over ETP réels × 365.
   *
   * @param year the year N
   * @param salaries the staff records, ids unique
   * @param absences the absence periods of those records
   * @return the indicators
   * @throws org.cpom.CpomValidationException naming the first record and field that breaks a rule of
   *     {@code cpom:staff-records}; nothing is computed from a set that is partly invalid
   * @see #indicateursPersonnel(java.time.Year, java.util.List, java.util.List, ParametresPersonnel)
   */
  public static IndicateursPersonnel indicateursPersonnel(java.time.Year year, java.util.List<Salarie> salaries,
      java.util.List<Absence> absences) {
    return StaffRecords.indicators(year, salaries, absences, ParametresPersonnel.defaults());
  }

  /**
   * The staff indicators of a year from the staff records (the annex items « taux de rotation et âge moyen des
   * salariés » and « absentéisme et remplacement des salariés »): the effectif at 31/12/N-1, the recrutements,
   * the départs and the taux de rotation ({@code cpom:staff-rotation}: ((recrutements + départs) / effectif au
   * 31/12/N-1) / 2); the effectif at 31/12/N, its âge moyen and pyramide des âges ({@code cpom:staff-age}); the
   * ETP réels ({@code cpom:staff-etp}); the calendar days of absence and the taux d'absentéisme by motive and
   * overall, days / (ETP réels × 365), the motives summing exactly to the overall rate
   * ({@code cpom:staff-absenteeism}); and the nombre de CDD de remplacement in force in the year. The whole set is
   * checked first ({@code cpom:staff-records}): unique ids, each absence naming a record of the set, inside its
   * employment and overlapping no other absence of the same member.
   *
   * @param year the year N, 1901 to 2200
   * @param salaries the staff records, ids unique
   * @param absences the absence periods of those records, any year (each is clipped to N)
   * @param parametres the rotation's contract types, the age bands and the absenteeism days
   * @return the indicators
   * @throws org.cpom.CpomValidationException naming the first record and field that breaks a rule
   */
  public static IndicateursPersonnel indicateursPersonnel(java.time.Year year, java.util.List<Salarie> salaries,
      java.util.List<Absence> absences, ParametresPersonnel parametres) {
    return StaffRecords.indicators(year, salaries, absences, parametres);
  }

  /**
   * The taux de prestations externes sur les prestations directes of the tableau de bord
   * ({@code cpom:staff-external-services}): (6111 + 6112 + 621 + 6223 + 6226, the parts tied to the direct
   * services) / (dépenses de personnel of groupe II + 6111 + 6112), from the amounts the caller reads in its
   * accounts.
   *
   * @param amounts the amounts of the year
   * @return the rate with its numerator and denominator
   */
  public static TauxPrestationsExternes tauxPrestationsExternes(PrestationsExternes amounts) {
    return TauxPrestationsExternes.of(amounts);
  }

  // dialogue: finance and quality

  /**
   * The annex item « situation financière et indicateurs d'alerte » of an exercice from its trial balance, with the
   * finance floor's default readings and thresholds ({@link org.cpom.finance.Seuils#DEFAULT}).
   *
   * @param balance the trial balance of the EPRD/ERRD perimeter, before the closing entries
   * @param exercice the exercice, whose 1 January picks the thresholds in force
   * @return the indicators under their keys, with the alerts
   * @throws org.cpom.CpomValidationException as {@link org.cpom.finance.FinanceEngine#analyse}
   * @see #indicateursFinanciers(BalanceGenerale, Year, Seuils)
   */
  public static IndicateursFinanciers indicateursFinanciers(BalanceGenerale balance, Year exercice) {
    return indicateursFinanciers(balance, exercice, Seuils.DEFAULT);
  }

  /**
   * The annex item « situation financière et indicateurs d'alerte » of an exercice from its trial balance
   * ({@link org.cpom.Convention#DIALOGUE_FINANCE}), through {@link FinanceEngine}: the taux de CAF (ERRD reading of
   * the CAF) and the three taux de vétusté of {@link FinanceEngine#ratios}, the FRNG, the balance-sheet BFR and the
   * trésorerie of {@link FinanceEngine#bilanFinancier}, and the alerts of the thresholds given, the taux
   * d'endettement read on the produits.
   *
   * @param balance the trial balance of the EPRD/ERRD perimeter, before the closing entries
   * @param exercice the exercice, whose 1 January picks the thresholds in force
   * @param seuils the thresholds the alerts compare with
   * @return the indicators under their keys, with the alerts
   * @throws org.cpom.CpomValidationException as {@link org.cpom.finance.FinanceEngine#analyse}
   */
  public static IndicateursFinanciers indicateursFinanciers(BalanceGenerale balance, Year exercice, Seuils seuils) {
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(exercice, "exercice");
    Objects.requireNonNull(seuils, "seuils");
    RatiosFinanciers ratios = FinanceEngine.ratios(balance, exercice, CafAccounts.ERRD, AssietteEndettement.PRODUITS,
        seuils);
    return IndicateursFinanciers.of(exercice, FinanceEngine.bilanFinancier(balance), ratios);
  }

  /**
   * The same indicators from the figures the caller gives when there is no trial balance to read, with the default
   * thresholds: see {@link #indicateursFinanciers(DonneesFinancieres, Year, Seuils)}.
   *
   * @param donnees the figures of the exercice
   * @param exercice the exercice
   * @return the indicators under their keys, with the alerts
   * @throws org.cpom.CpomValidationException naming {@code donneesFinancieres.field} for a figure below zero
   */
  public static IndicateursFinanciers indicateursFinanciers(DonneesFinancieres donnees, Year exercice) {
    return indicateursFinanciers(donnees, exercice, Seuils.DEFAULT);
  }

  /**
   * The annex item « situation financière et indicateurs d'alerte » from the caller's figures
   * ({@link org.cpom.Convention#DIALOGUE_FINANCE}): the same formulas, roundings and alerts as from a trial balance,
   * the trésorerie being FRNG − BFR; figures that a trial balance would give produce an equal result. Example: a CAF
   * of 15,000.00 on 1,000,000.00 of produits is a taux de CAF of 1.50 %, with an alert under the 2 % default.
   *
   * @param donnees the figures of the exercice
   * @param exercice the exercice, whose 1 January picks the thresholds in force
   * @param seuils the thresholds the alerts compare with
   * @return the indicators under their keys, with the alerts
   * @throws org.cpom.CpomValidationException naming {@code donneesFinancieres.field} for a gross value, a
   *     depreciation or a debt below zero, or financements stables below the debt
   */
  public static IndicateursFinanciers indicateursFinanciers(DonneesFinancieres donnees, Year exercice,
      Seuils seuils) {
    Objects.requireNonNull(donnees, "donnees");
    Objects.requireNonNull(exercice, "exercice");
    Objects.requireNonNull(seuils, "seuils");
    return IndicateursFinanciers.of(exercice, donnees, seuils);
  }

  /**
   * The quality indicators of one ESMS for a year from its records ({@link org.cpom.Convention#QUALITY_RECORDS}):
   * the complaints received in the year (closed by 31 December, and by motive), the adverse events that happened in
   * the year (serious ones, and by kind), each per 1,000 days of presence
   * ({@link org.cpom.Convention#QUALITY_PER_THOUSAND_DAYS}), and the latest HAS evaluation reported on or before
   * 31 December. The lists may hold the records of other ESMS, which are left out. Example: 5 complaints over 14,600
   * days of presence are 0.34 per 1,000 days.
   *
   * @param esms the FINESS number of the ESMS
   * @param year the year observed
   * @param complaints the complaints, ids unique
   * @param events the adverse events, ids unique
   * @param evaluations the HAS evaluation results, ids unique
   * @param daysOfPresence the ESMS's days of presence in the year (as {@link PeopleActivity} gives them), zero or more
   * @return the indicators
   * @throws org.cpom.CpomValidationException naming {@code reclamations[i].id} (and the like) for an id used twice, or
   *     {@code daysOfPresence} out of bounds
   */
  public static IndicateursQualite indicateursQualite(FinessNumber esms, Year year, List<Reclamation> complaints,
      List<EvenementIndesirable> events, List<EvaluationHas> evaluations, long daysOfPresence) {
    return IndicateursQualite.of(esms, year, complaints, events, evaluations, daysOfPresence);
  }

  // dialogue: targets and report

  /**
   * The indicator values of an exercice against the library's catalogue: see
   * {@link #compareIndicators(org.cpom.contract.Cpom, Year, List, List, List, IndicatorCatalogue)}.
   *
   * @param cpom the contract, with its avenants
   * @param year the exercice compared
   * @param values the values of the exercice and of earlier exercices of the contract
   * @param links the fiche-action indicators the targets come from, by catalogue key and scope
   * @param thresholds the alert thresholds, at most one per key (such as {@link AlertThreshold#libraryDefaults()})
   * @return one comparison per value of the exercice, in the order given
   * @throws org.cpom.CpomValidationException as the full form
   */
  public static List<IndicatorComparison> compareIndicators(org.cpom.contract.Cpom cpom, Year year,
      List<IndicatorValue> values, List<IndicatorLink> links, List<AlertThreshold> thresholds) {
    return Targets.compare(cpom, year, values, links, thresholds, IndicatorCatalogue.library());
  }

  /**
   * The indicator values of an exercice against the contract's targets, the earlier exercices of the contract and
   * the alert thresholds ({@link org.cpom.Convention#DIALOGUE_TARGETS}, {@link org.cpom.Convention#DIALOGUE_TREND},
   * {@link org.cpom.Convention#DIALOGUE_THRESHOLDS}). The exercice falls in the contract year holding its 31
   * December; a value takes its target from the fiche-action indicator linked to its key and scope, in the version
   * in force during that year, met or missed in the indicator's direction; it is compared with the value of the
   * latest earlier exercice (up, down, stable; improved or worsened where the direction is known) and with the
   * threshold of its key in force on 1 January. Example: an absenteeism of 8.00 % against a target of 9.00 %
   * (lower is better), after 9.50 % the year before and under a threshold of 10.00 %, is flagged target met,
   * improved.
   *
   * @param cpom the contract, with its avenants
   * @param year the exercice compared, whose 31 December is in the contract
   * @param values the values of the exercice and of earlier exercices of the contract (the history)
   * @param links the fiche-action indicators the targets come from, at most one per key and scope
   * @param thresholds the alert thresholds, at most one per key
   * @param catalogue the catalogue the keys and units are read from
   * @return one comparison per value of the exercice, in the order given
   * @throws org.cpom.CpomValidationException naming {@code year}, or {@code values[i].field} for a key not in the
   *     catalogue, another unit, a year after the exercice or outside the contract, an ESMS outside the perimeter
   *     or of a category the indicator does not apply to, a key, scope and year given twice; {@code links[i].field}
   *     for an unknown fiche-action, indicator or key, an ESMS the fiche-action does not concern, two links for one
   *     key and scope; {@code thresholds[i].field} for an unknown key, no value in force, two for one key
   */
  public static List<IndicatorComparison> compareIndicators(org.cpom.contract.Cpom cpom, Year year,
      List<IndicatorValue> values, List<IndicatorLink> links, List<AlertThreshold> thresholds,
      IndicatorCatalogue catalogue) {
    return Targets.compare(cpom, year, values, links, thresholds, catalogue);
  }

  /**
   * The yearly report of the dialogue de gestion of one exercice ({@link org.cpom.Convention#DIALOGUE_REPORT}): per
   * ESMS of the perimeter and for the whole CPOM, the activity, the indicator values against their targets and the
   * earlier exercices ({@link #compareIndicators}) and the alerts; for the whole CPOM, the grille d'avancement
   * ({@link org.cpom.contract.GrilleAvancement#from}) with the cells of the contract year, the bilan financier and
   * ratios given with their alerts, and for each DGC its amount, each ESMS's share after the last approved DM and
   * the payments dated on or before {@link ReportInputs#asOf()}. Every input is checked before anything is
   * assembled.
   *
   * @param inputs the contract, the exercice, the date and what the other engines give for the exercice
   * @return the report
   * @throws org.cpom.CpomValidationException naming {@code reportInputs.year} for an exercice outside the contract;
   *     {@code activities[i].year} or {@code .esms} for an activity of another year, of an ESMS outside the
   *     perimeter or given twice; {@code dotations[i].field} for a DGC of another contract or year, unknown to the
   *     contract, given twice or with an ESMS outside the perimeter; {@code payments} or {@code payments[i].field}
   *     for a schedule missing, of another year, or not paying the dotation it is paired with; the fields of
   *     {@link #compareIndicators} for the values, links and thresholds; those of the grille for the follow-ups
   */
  public static RapportDialogueDeGestion rapport(ReportInputs inputs) {
    return Reports.assemble(inputs);
  }
}
