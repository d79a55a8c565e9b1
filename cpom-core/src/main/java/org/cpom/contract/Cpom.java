package org.cpom.contract;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.cpom.CpomValidationException;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.Financement;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.referential.TariffAuthority;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A CPOM (contrat pluriannuel d'objectifs et de moyens): the contract a gestionnaire signs with the tariff
 * authorities of the ESMS it covers.
 *
 * <p>It states its legal basis ({@link CpomBasis}) and budget framework, its signatories, its period, its
 * perimeter (the ESMS, by FINESS), its financial clause (the R314-40 mode per groupe fonctionnel or section
 * tarifaire), its strategic objectives and fiches-actions, and its avenants. Everything is checked when the
 * contract is built; a rule broken throws a {@link CpomValidationException} naming the field
 * ({@code cpom.durationYears}, {@code cpom.extension}, {@code cpom.financialClause.mode}...) and the article.
 *
 * <p><b>Period.</b> The contract starts on {@link #startDate()} and lasts {@link #durationYears()} whole
 * years, plus an optional {@link #extension()} in whole months, within its {@link #maximumDuration()}: by
 * default five years and an extension of at most one year, cited to CASF L313-11 for an L313-11 contract
 * ("durée maximale de cinq ans, prorogeable dans la limite d'une sixième année") and to the arrêté of
 * 3 March 2017 for an IV ter or L313-12-2 one ({@link MaximumDuration#defaultFor(CpomBasis)}). With the
 * defaults, a seven-year contract, or a sixth year written as duration rather than extension, is rejected.
 * The years of the period are {@link ContractYear}s, anniversary to anniversary. The period lies in the years
 * {@value #MIN_YEAR} to {@value #MAX_YEAR} ({@link org.cpom.Convention#CONTRACT_YEARS}), or {@code cpom.startDate} or
 * {@code cpom.durationYears} is rejected.
 *
 * <p><b>Budget framework.</b> The EPRD by default under L313-12 IV ter and L313-12-2, where it is compulsory
 * (CASF R314-1: the traditional rules do not apply to them), so {@link BudgetFramework#TRADITIONAL} is
 * rejected there; traditional by default under L313-11, where the EPRD may be chosen (L313-11, last
 * paragraph).
 *
 * <p><b>Signatories and perimeter.</b> Every ESMS is run by the signing gestionnaire, appears once, and every
 * authority that sets one of its tariffs signs (CASF L313-11: the contract binds the gestionnaire and the
 * authorities that set its tariffs). The controlling-company case of L313-12 IV ter A is not modelled.
 *
 * <p><b>Avenants.</b> Each {@link Avenant} changes clauses from its effective date on, which must fall inside
 * the period as it stands when the avenant takes effect. {@link #asOf(LocalDate)} gives the contract as in
 * force on a date: the clauses as signed, amended by every avenant effective on or before that date, in
 * order of effective date then number. History before an avenant's date is never rewritten.
 *
 * <p>Later clauses (DGC, modulation, result allocation) are further attributes of this builder.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cpom {
  /** The longest initial duration, in years, by default (CASF L313-11; arrêté du 3 mars 2017). */
  public static final int MAX_DURATION_YEARS = 5;

  /** The longest extension, in months, by default: one sixth year (CASF L313-11; arrêté du 3 mars 2017). */
  public static final int MAX_EXTENSION_MONTHS = 12;

  /**
   * The first year a contract's dates may fall in ({@link org.cpom.Convention#CONTRACT_YEARS}: contract dates in the years 1900 to 2200,
   * well inside the calendar's 1583 to 9999, so every year, milestone and deadline derived from a contract can
   * be computed).
   */
  public static final int MIN_YEAR = 1900;

  /** The last year a contract's dates may fall in, its expiry included (see {@link #MIN_YEAR}). */
  public static final int MAX_YEAR = 2200;

  static final LegalBasis YEARS_RULE = LegalBasis.convention(Convention.CONTRACT_YEARS);

  /** Months before expiry by which an extension is asked or renegotiation starts (arrêté du 3 mars 2017). */
  public static final int RENEGOTIATION_NOTICE_MONTHS = 6;

  static final LegalBasis L313_11 = Articles.L313_11;
  static final LegalBasis R314_1 = LegalBasis.casf("R314-1");
  static final LegalBasis R314_39_1 = Articles.R314_39_1;
  static final LegalBasis RULE_CONTENT = LegalBasis.convention(Convention.CONTRACT_CONTENT);

  Cpom() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cpom}; {@code build()} validates the whole contract, avenants included. */
  public static final class Builder extends ImmutableCpom.Builder {
    Builder() {}
  }

  /**
   * The contract's identifier, e.g. its reference at the ARS.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * The contract's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The article the contract is signed under.
   *
   * @return the basis
   */
  public abstract CpomBasis basis();

  /**
   * The budget framework of the ESMS: EPRD by default when the basis requires it, traditional otherwise.
   *
   * @return the framework
   */
  @Value.Default
  public BudgetFramework budgetFramework() {
    return basis().requiresEprd() ? BudgetFramework.EPRD : BudgetFramework.TRADITIONAL;
  }

  /**
   * The organisme gestionnaire that signs.
   *
   * @return the gestionnaire
   */
  public abstract Gestionnaire gestionnaire();

  /**
   * The tariff authorities that sign: at least one, each once, including every authority that sets a
   * tariff of an ESMS of the perimeter.
   *
   * @return the authorities
   */
  public abstract List<TariffAuthority> authorities();

  /**
   * The first day of the contract.
   *
   * @return the date
   */
  public abstract LocalDate startDate();

  /**
   * The initial duration in whole years, 1 to {@link MaximumDuration#years()} of {@link #maximumDuration()}
   * (by default {@value #MAX_DURATION_YEARS}).
   *
   * @return the years
   */
  public abstract int durationYears();

  /**
   * The extension (prorogation), in whole months, at most {@link MaximumDuration#extensionMonths()} of
   * {@link #maximumDuration()} (by default {@value #MAX_EXTENSION_MONTHS}).
   *
   * @return the extension, or empty
   */
  public abstract Optional<Period> extension();

  /**
   * The longest duration and extension allowed, with the text that sets them.
   *
   * @return the default of the contract's basis ({@link MaximumDuration#defaultFor(CpomBasis)}) unless given
   */
  @Value.Default
  public MaximumDuration maximumDuration() {
    return MaximumDuration.defaultFor(basis());
  }

  /**
   * The ESMS the contract covers: at least one, each run by the gestionnaire, each FINESS once.
   *
   * @return the ESMS, in the contract's order
   */
  public abstract List<Esms> perimeter();

  /**
   * The financial clause: the R314-40 mode of each groupe fonctionnel or section tarifaire.
   *
   * @return the lines
   */
  public abstract List<TariffModeClause> financialClause();

  /**
   * The strategic objectives.
   *
   * @return the objectives, identifiers unique
   */
  public abstract List<Objective> objectives();

  /**
   * The fiches-actions.
   *
   * @return the fiches-actions, identifiers unique
   */
  public abstract List<FicheAction> fichesActions();

  /**
   * The avenants, in the order given; they apply in order of effective date, then number.
   *
   * @return the avenants
   */
  public abstract List<Avenant> avenants();

  /**
   * The result-allocation clause (affectation des résultats): who allocates, the
   * destinations allowed, imposed shares, fungibility between comptes de résultat (R314-235).
   *
   * @return the clause, or empty when the contract says nothing beyond the law
   */
  public abstract Optional<ResultAllocationClause> resultAllocationClause();

  /**
   * The dotations globalisées communes the contract creates (R314-43-1): each for ESMS of the perimeter
   * with the same tariff authority and financement (funder and section); an ESMS sits in at most one DGC per
   * financement, so a jointly funded ESMS may be in one DGC of each of its financements.
   *
   * <p>Each is stated by its own facts ({@link Dgc}); the contract supplies the rest (reference, basis,
   * years, gestionnaire): {@link #dgc(String)} gives a DGC resolved against the contract.
   *
   * @return the DGCs, names unique, possibly none
   */
  public abstract List<Dgc> dgcs();

  /**
   * The dotations of ESMS of the perimeter that are in no DGC for that financement (a lone EHPAD's forfait
   * soins, an ESAT's dotation): each for an ESMS of the perimeter (the same value); an ESMS has at most one
   * dotation per financement, in a DGC or alone.
   *
   * <p>Each is stated by its own facts ({@link SingleEsmsDotation}); the contract supplies the rest
   * (reference, basis, years): {@link #singleDotation(FinessNumber)} gives one resolved against the contract.
   *
   * @return the lone-ESMS dotations, possibly none
   */
  public abstract List<SingleEsmsDotation> singleDotations();

  /**
   * The activity modulation clauses (R314-43-2): per ESMS of the perimeter, one clause per indicator with its
   * objective and the contract's modality; the clauses of one ESMS share their combination rule, the base of
   * the abatement and its effect on the base. R314-43-2 I opens them to L313-12 IV ter contracts, for the ESMS of the
   * third alinéa of its A, and to L313-12-2 contracts only: a clause in an L313-11 contract, or on an EHPAD (modulated under R314-160 and R314-174), is
   * rejected when the contract is built.
   *
   * @return the clauses, possibly none
   */
  public abstract List<ModulationClause> modulationClauses();

  // ---------------------------------------------------------------------------------------------- period

  /**
   * The contract's period: its start, duration and extension, as one value.
   *
   * @return the period
   */
  @Value.Lazy
  public ContractPeriod period() {
    return ContractPeriod.of(startDate(), durationYears(), extension());
  }

  /** The day after the last day: the start plus the duration and the extension. */
  LocalDate endExclusive() {
    return period().endExclusive();
  }

  /** The last day of the contract, extension included; users read {@link ContractPeriod#endDate()}. */
  LocalDate endDate() {
    return period().endDate();
  }

  /** Whether a date falls inside the period, both ends included; users ask {@link ContractPeriod#contains}. */
  boolean contains(LocalDate date) {
    return period().contains(date);
  }

  /**
   * The years of the period: one per year of duration, and one more, possibly shorter, for an extension.
   *
   * @return the years, numbered from 1
   */
  @Value.Lazy
  public List<ContractYear> contractYears() {
    return period().years();
  }

  /**
   * A contract year by number.
   *
   * @param number the number, 1 for the first year
   * @return the year
   * @throws CpomValidationException if the contract has no such year
   */
  public ContractYear contractYear(int number) {
    List<ContractYear> years = contractYears();
    Checks.check(number >= 1 && number <= years.size(), "contractYear", number, maximumDuration().basis(),
        "the contract has years 1 to " + years.size());
    return years.get(number - 1);
  }

  /**
   * The contract year a date falls in.
   *
   * @param date the date
   * @return the year, or empty outside the period
   */
  public Optional<ContractYear> contractYearOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return contractYears().stream().filter(y -> y.contains(date)).findFirst();
  }

  /**
   * The contract's milestones, in date order. The dates are cpom's reading of the
   * texts, which give years rather than days:
   *
   * <ul>
   *   <li>{@link Milestone.Kind#START}: the first day (cited, as the expiry, to the text of the contract's
   *       {@link #maximumDuration()}: CASF L313-11, or the arrêté of 3 March 2017 for an L313-12 IV ter or
   *       L313-12-2 contract);
   *   <li>{@link Milestone.Kind#MID_TERM_REVIEW}: the comité de suivi meets in year 3 for the mid-term review;
   *       cpom dates it by the last day of year 3. It is left out when year 3 does not end before the final
   *       evaluation is due (a contract of three years or less), as the final evaluation then covers it
   *       (arrêté du 3 mars 2017);
   *   <li>{@link Milestone.Kind#FINAL_EVALUATION}: the comité de suivi's evaluation in the last year; since it
   *       is the basis for renewal, cpom dates it by the renegotiation deadline (arrêté du 3 mars 2017);
   *   <li>{@link Milestone.Kind#RENEGOTIATION_DEADLINE}: six months before expiry, the latest day to ask for
   *       an extension, after which negotiation of the next contract starts: the day before
   *       {@code endDate + 1 day - 6 months}, e.g. 30 June 2029 for a contract ending on 31 December 2029
   *       (arrêté du 3 mars 2017). With an extension in force it is six months before the extended expiry;
   *   <li>{@link Milestone.Kind#EXPIRY}: the last day, extension included (the {@link #maximumDuration()}'s
   *       text).
   * </ul>
   *
   * <p>The dialogue de gestion takes place at least at the comité de suivi's two meetings. The milestones
   * of the contract as amended on a date are those of {@code asOf(date)}.
   *
   * @return the milestones
   */
  @Value.Lazy
  public List<Milestone> milestones() {
    // the text that sets the contract's duration: L313-11, or the arrêté of 3 March 2017 for IV ter / L313-12-2
    LegalBasis duration = maximumDuration().basis();
    LocalDate renegotiation = endExclusive().minusMonths(RENEGOTIATION_NOTICE_MONTHS).minusDays(1);
    List<Milestone> out = new ArrayList<>();
    out.add(Milestone.of(Milestone.Kind.START, startDate(), duration));
    contractYears().stream()
        .filter(y -> y.number() == 3 && y.endDate().isBefore(renegotiation))
        .forEach(y -> out.add(Milestone.of(Milestone.Kind.MID_TERM_REVIEW, y.endDate(), Milestone.ARRETE_3_MARS_2017)));
    out.add(Milestone.of(Milestone.Kind.FINAL_EVALUATION, renegotiation, Milestone.ARRETE_3_MARS_2017));
    out.add(Milestone.of(Milestone.Kind.RENEGOTIATION_DEADLINE, renegotiation, Milestone.ARRETE_3_MARS_2017));
    out.add(Milestone.of(Milestone.Kind.EXPIRY, endDate(), duration));
    return Collections.unmodifiableList(out);
  }

  /**
   * A milestone by kind.
   *
   * @param kind the kind
   * @return the milestone, or empty (only the mid-term review may be absent)
   */
  public Optional<Milestone> milestone(Milestone.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return milestones().stream().filter(m -> m.kind() == kind).findFirst();
  }

  // ------------------------------------------------------------------------------------------- lookups

  /**
   * An ESMS of the perimeter by FINESS.
   *
   * @param finess the FINESS géographique
   * @return the ESMS, or empty
   */
  public Optional<Esms> esms(FinessNumber finess) {
    Objects.requireNonNull(finess, "finess");
    return perimeter().stream().filter(e -> e.finess().equals(finess)).findFirst();
  }

  /**
   * An objective by identifier.
   *
   * @param id the identifier
   * @return the objective, or empty
   */
  public Optional<Objective> objective(String id) {
    Objects.requireNonNull(id, "id");
    return objectives().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * A fiche-action by identifier.
   *
   * @param id the identifier
   * @return the fiche-action, or empty
   */
  public Optional<FicheAction> ficheAction(String id) {
    Objects.requireNonNull(id, "id");
    return fichesActions().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * A DGC of the contract by name, resolved against the contract: its own facts ({@link Dgc}) with the
   * contract's identifier as reference, its basis, the calendar years its period touches (from the year of
   * {@link #startDate()} to the year of {@link ContractPeriod#endDate()}, extension included) and its
   * gestionnaire. This is the value the dotation and payment engines take.
   *
   * @param name the DGC's name, as in {@link Dgc#name()}
   * @return the resolved DGC
   * @throws org.cpom.CpomValidationException naming {@code cpom.dgcs} and the name if the contract has no
   *     DGC of that name
   */
  public ResolvedDgc dgc(String name) {
    Objects.requireNonNull(name, "name");
    Dgc d = dgcs().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> new CpomValidationException(
        "cpom.dgcs", name, Dgc.RULE, "the contract " + id() + " has no DGC of that name; its DGCs are "
            + dgcs().stream().map(Dgc::name).collect(java.util.stream.Collectors.toList())));
    return resolve(d);
  }

  /**
   * The dotation of an ESMS in no DGC, resolved against the contract: its own facts ({@link
   * SingleEsmsDotation}) with the contract's identifier as reference, its basis and the calendar years its
   * period touches, as for {@link #dgc(String)}. This is the value the dotation engine takes.
   *
   * @param finess the ESMS's FINESS
   * @return the resolved dotation
   * @throws org.cpom.CpomValidationException naming {@code cpom.singleDotations} and the FINESS if the contract
   *     has no lone dotation of that ESMS, or several (an EHPAD's soins and dépendance): then name the
   *     financement with {@link #singleDotation(FinessNumber, Financement)}
   */
  public ResolvedSingleEsmsDotation singleDotation(FinessNumber finess) {
    Objects.requireNonNull(finess, "finess");
    List<SingleEsmsDotation> own = singleDotations().stream().filter(s -> s.esms().finess().equals(finess))
        .collect(java.util.stream.Collectors.toList());
    Checks.check(!own.isEmpty(), "cpom.singleDotations", finess, SingleEsmsDotation.RULE,
        "the contract " + id() + " has no dotation of that ESMS outside a DGC; its lone dotations are "
            + singleDotations().stream().map(s -> s.esms().finess() + " " + s.financement())
                .collect(java.util.stream.Collectors.toList()));
    Checks.check(own.size() == 1, "cpom.singleDotations", finess, SingleEsmsDotation.RULE,
        "the ESMS has several dotations outside a DGC " + own.stream().map(SingleEsmsDotation::financement)
            .collect(java.util.stream.Collectors.toList()) + ": name the financement");
    return resolve(own.get(0));
  }

  /**
   * The dotation of an ESMS in no DGC for one financement, resolved against the contract as {@link
   * #singleDotation(FinessNumber)} does: for an ESMS with several lone dotations (an EHPAD's assurance-maladie
   * soins and its Département dépendance).
   *
   * @param finess the ESMS's FINESS
   * @param financement the financement paid, as in {@link SingleEsmsDotation#financement()}
   * @return the resolved dotation
   * @throws org.cpom.CpomValidationException naming {@code cpom.singleDotations}, the FINESS and the
   *     financement if the contract has no lone dotation of that ESMS and financement
   */
  public ResolvedSingleEsmsDotation singleDotation(FinessNumber finess, Financement financement) {
    Objects.requireNonNull(finess, "finess");
    Objects.requireNonNull(financement, "financement");
    SingleEsmsDotation d = singleDotations().stream()
        .filter(s -> s.esms().finess().equals(finess) && s.financement().equals(financement)).findFirst()
        .orElseThrow(() -> new CpomValidationException("cpom.singleDotations", finess + " " + financement,
            SingleEsmsDotation.RULE, "the contract " + id() + " has no dotation of that ESMS and financement outside"
                + " a DGC; its lone dotations are " + singleDotations().stream().map(s -> s.esms().finess() + " "
                    + s.financement()).collect(java.util.stream.Collectors.toList())));
    return resolve(d);
  }

  /** A lone dotation of this contract with the facts the contract supplies. */
  ResolvedSingleEsmsDotation resolve(SingleEsmsDotation s) {
    return ResolvedSingleEsmsDotation.builder()
        .contractReference(id())
        .basis(basis())
        .firstYear(java.time.Year.of(startDate().getYear()))
        .lastYear(java.time.Year.of(endDate().getYear()))
        .esms(s.esms())
        .funder(s.funder())
        .section(s.section())
        .mode(s.mode())
        .build();
  }

  /** A DGC of this contract with the facts the contract supplies. */
  ResolvedDgc resolve(Dgc d) {
    return ResolvedDgc.builder()
        .name(d.name())
        .contractReference(id())
        .basis(basis())
        .firstYear(java.time.Year.of(startDate().getYear()))
        .lastYear(java.time.Year.of(endDate().getYear()))
        .gestionnaire(gestionnaire().finess())
        .authority(d.authority())
        .funder(d.funder())
        .section(d.section())
        .members(d.members())
        .build();
  }

  /**
   * The fiches-actions serving an objective.
   *
   * @param objectiveId the objective's identifier
   * @return the fiches-actions, in the contract's order
   */
  public List<FicheAction> fichesActionsOf(String objectiveId) {
    Objects.requireNonNull(objectiveId, "objectiveId");
    List<FicheAction> out = new ArrayList<>();
    fichesActions().stream().filter(f -> f.objective().equals(objectiveId)).forEach(out::add);
    return Collections.unmodifiableList(out);
  }

  /**
   * The financial-clause line that sets the tariff of a groupe fonctionnel of an ESMS: the line naming the
   * ESMS, else the line for every ESMS.
   *
   * @param esms the ESMS's FINESS
   * @param groupe the group
   * @return the line, or empty if the clause says nothing about it
   */
  public Optional<TariffModeClause> tariffModeClause(FinessNumber esms, GroupeFonctionnel groupe) {
    Objects.requireNonNull(groupe, "groupe");
    return lineFor(esms, l -> l.groupe().filter(groupe::equals).isPresent());
  }

  /**
   * The financial-clause line that sets the tariff of a section tarifaire of an ESMS: the line naming the
   * ESMS, else the line for every ESMS.
   *
   * @param esms the ESMS's FINESS
   * @param section the section
   * @return the line, or empty if the clause says nothing about it
   */
  public Optional<TariffModeClause> tariffModeClause(FinessNumber esms, SectionTarifaire section) {
    Objects.requireNonNull(section, "section");
    return lineFor(esms, l -> l.section().filter(section::equals).isPresent());
  }

  private Optional<TariffModeClause> lineFor(FinessNumber esms, Predicate<TariffModeClause> about) {
    Objects.requireNonNull(esms, "esms");
    Optional<TariffModeClause> own =
        financialClause().stream().filter(about).filter(l -> l.esms().filter(esms::equals).isPresent()).findFirst();
    return own.isPresent()
        ? own
        : financialClause().stream().filter(about).filter(l -> l.esms().isEmpty()).findFirst();
  }

  // ------------------------------------------------------------------------------------------ avenants

  /**
   * The contract as in force on a date: the clauses as signed, amended by every avenant whose effective date
   * is on or before that date. The result has no avenants of its own (they are folded in); for a date
   * before the first avenant it is the contract as signed.
   *
   * @param date the date
   * @return the contract in force
   */
  public Cpom asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Cpom state = Amendments.asSigned(this);
    for (Avenant a : avenantsInOrder()) {
      if (a.effectiveDate().isAfter(date)) {
        break;
      }
      state = Amendments.amendedBy(state, a);
    }
    return state;
  }

  /**
   * The contract with every avenant folded in: as in force after the last one takes effect.
   *
   * @return the amended contract, with no avenants of its own
   */
  @Value.Lazy
  public Cpom asAmended() {
    Cpom state = Amendments.asSigned(this);
    for (Avenant a : avenantsInOrder()) {
      state = Amendments.amendedBy(state, a);
    }
    return state;
  }

  /** The avenants in the order they apply: effective date, then number ({@link #asOf} folds them in so). */
  List<Avenant> avenantsInOrder() {
    List<Avenant> sorted = new ArrayList<>(avenants());
    sorted.sort(Comparator.comparing(Avenant::effectiveDate).thenComparingInt(Avenant::number));
    return Collections.unmodifiableList(sorted);
  }

  /**
   * The fiches-actions in force on at least one day of a contract year, each in its last version in force
   * that year, in order of first appearance.
   */
  Map<String, FicheAction> fichesActionsDuring(ContractYear year) {
    List<LocalDate> dates = new ArrayList<>();
    dates.add(year.startDate());
    for (Avenant a : avenantsInOrder()) {
      if (a.effectiveDate().isAfter(year.startDate()) && !a.effectiveDate().isAfter(year.endDate())) {
        dates.add(a.effectiveDate());
      }
    }
    Map<String, FicheAction> out = new LinkedHashMap<>();
    for (LocalDate d : dates) {
      asOf(d).fichesActions().forEach(f -> out.put(f.id(), f));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------- validation

  @Value.Check
  void check() {
    CpomChecks.check(this);
  }

  /** Checks that a year of a contract clause lies in {@value #MIN_YEAR} to {@value #MAX_YEAR}. */
  static void checkYear(java.time.Year year, String field) {
    Checks.check(year.getValue() >= MIN_YEAR && year.getValue() <= MAX_YEAR, field, year, YEARS_RULE,
        "outside the years " + MIN_YEAR + " to " + MAX_YEAR + " cpom supports for a contract");
  }

  @Override
  public String toString() {
    return "Cpom " + id() + " (" + basis().legalBasis() + ", " + startDate() + " to " + endDate() + ", "
        + perimeter().size() + " ESMS, " + fichesActions().size() + " fiches-actions, " + avenants().size()
        + " avenants)";
  }
}
