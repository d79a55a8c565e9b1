package org.cpom.contract;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cpom.CpomValidationException;
import org.cpom.internal.Checks;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.FundedSection;
import org.cpom.referential.Funding;
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
 * {@value #MIN_YEAR} to {@value #MAX_YEAR} (cpom convention), or {@code cpom.startDate} or
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
   * The first year a contract's dates may fall in (cpom convention: contract dates in the years 1900 to 2200,
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
   * @return the DGC definitions, possibly none
   */
  public abstract List<DgcDefinition> dgcs();

  /**
   * The dotations of ESMS of the perimeter that are in no DGC for that financement (a lone EHPAD's forfait
   * soins, an ESAT's dotation): each for an ESMS of the perimeter (the same value), under the contract's
   * basis and years; an ESMS has at most one dotation per financement, in a DGC or alone.
   *
   * @return the lone-ESMS dotations, possibly none
   */
  public abstract List<SingleEsmsDotation> singleDotations();

  /**
   * The activity modulation clauses (R314-43-2): per ESMS of the perimeter, one clause per indicator with its
   * objective and the contract's modality; the clauses of one ESMS share their combination rule, the base of
   * the abatement and its effect on the base. R314-43-2 I opens them to L313-12 IV ter contracts, for the ESMS of the
   * third alinéa of its A, and to L313-12-2 contracts only (text read in a stored copy of the current
   * article): a clause in an L313-11 contract, or on an EHPAD (modulated under R314-160 and R314-174), is
   * rejected when the contract is built.
   *
   * @return the clauses, possibly none
   */
  public abstract List<ModulationClause> modulationClauses();

  // ---------------------------------------------------------------------------------------------- period

  /**
   * The day after the last day: the start plus the duration and the extension.
   *
   * @return the exclusive end
   */
  LocalDate endExclusive() {
    long months = 12L * durationYears() + extension().map(Period::toTotalMonths).orElse(0L);
    return startDate().plusMonths(months);
  }

  /**
   * The last day of the contract, extension included.
   *
   * @return the date
   */
  public LocalDate endDate() {
    return endExclusive().minusDays(1);
  }

  /**
   * Whether a date falls inside the contract's period, both ends included.
   *
   * @param date the date
   * @return true if {@code startDate <= date <= endDate}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(startDate()) && !date.isAfter(endDate());
  }

  /**
   * The years of the period: one per year of duration, and one more, possibly shorter, for an extension.
   *
   * @return the years, numbered from 1
   */
  @Value.Lazy
  public List<ContractYear> contractYears() {
    LocalDate end = endExclusive();
    int count = durationYears() + (extension().isPresent() ? 1 : 0);
    List<ContractYear> years = new ArrayList<>(count);
    for (int k = 1; k <= count; k++) {
      LocalDate next = startDate().plusYears(k);
      years.add(ContractYear.of(k, startDate().plusYears(k - 1L), (next.isBefore(end) ? next : end).minusDays(1)));
    }
    return Collections.unmodifiableList(years);
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
  public Optional<TariffModeClause> tariffModeClause(FinessNumber esms, FundedSection section) {
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
    Cpom state = asSigned();
    for (Avenant a : avenantsInOrder()) {
      if (a.effectiveDate().isAfter(date)) {
        break;
      }
      state = state.amendedBy(a);
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
    Cpom state = asSigned();
    for (Avenant a : avenantsInOrder()) {
      state = state.amendedBy(a);
    }
    return state;
  }

  /**
   * The avenants in the order they apply: effective date, then number.
   *
   * @return the avenants
   */
  public List<Avenant> avenantsInOrder() {
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

  /** The contract as signed: this one without its avenants. */
  Cpom asSigned() {
    return avenants().isEmpty() ? this : builder().from(this).avenants(List.of()).build();
  }

  /** This contract (without avenants of its own) amended by one avenant, validated. */
  Cpom amendedBy(Avenant a) {
    Set<FinessNumber> withdrawnEsms = new HashSet<>(a.withdrawnEsms());
    for (FinessNumber f : a.withdrawnEsms()) {
      Checks.check(esms(f).isPresent(), "cpom.avenants[n°" + a.number() + "].withdrawnEsms", f, Avenant.RULE,
          "the ESMS is not in the perimeter when the avenant takes effect");
    }
    for (String id : a.withdrawnFichesActions()) {
      Checks.check(ficheAction(id).isPresent(), "cpom.avenants[n°" + a.number() + "].withdrawnFichesActions", id,
          Avenant.RULE, "no such fiche-action when the avenant takes effect");
    }
    List<Esms> perimeter = new ArrayList<>();
    perimeter().stream().filter(e -> !withdrawnEsms.contains(e.finess())).forEach(perimeter::add);
    perimeter.addAll(a.addedEsms());
    List<TariffModeClause> lines = new ArrayList<>();
    financialClause().stream()
        .filter(l -> l.esms().filter(withdrawnEsms::contains).isEmpty())
        .forEach(lines::add);
    List<FicheAction> fiches = new ArrayList<>();
    fichesActions().stream().filter(f -> !a.withdrawnFichesActions().contains(f.id())).forEach(fiches::add);
    List<TariffAuthority> signatories = new ArrayList<>(authorities());
    signatories.addAll(a.addedSignatories());
    Builder b = builder().from(this);
    b.avenants(List.of())
        .authorities(signatories)
        .perimeter(perimeter)
        .financialClause(upsert(lines, a.financialClause(), Cpom::lineKey))
        .objectives(upsert(objectives(), a.objectives(), Objective::id))
        .fichesActions(upsert(fiches, a.fichesActions(), FicheAction::id));
    a.extension().ifPresent(b::extension);
    try {
      return b.build();
    } catch (CpomValidationException e) {
      throw new CpomValidationException(e.field(), e.value(), e.rule(),
          e.problem() + ", in the contract as amended by avenant n°" + a.number() + " effective "
              + a.effectiveDate());
    }
  }

  static <T, K> List<T> upsert(List<T> base, List<T> changes, Function<T, K> key) {
    Map<K, T> merged = new LinkedHashMap<>();
    base.forEach(t -> merged.put(key.apply(t), t));
    changes.forEach(t -> merged.put(key.apply(t), t));
    return new ArrayList<>(merged.values());
  }

  static List<Object> lineKey(TariffModeClause l) {
    return Arrays.asList(l.esms().orElse(null), l.groupe().orElse(null), l.section().orElse(null));
  }

  // ---------------------------------------------------------------------------------------- validation

  @Value.Check
  void check() {
    Checks.notBlank(id(), "cpom.id");
    Checks.notBlank(name(), "cpom.name");
    checkPeriod();
    Checks.check(
        !(basis().requiresEprd() && budgetFramework() == BudgetFramework.TRADITIONAL),
        "cpom.budgetFramework", budgetFramework(), R314_1,
        "a CPOM under " + basis().legalBasis() + " uses the EPRD; the traditional budget rules do not apply to it");
    checkSignatoriesAndPerimeter();
    checkFinancialClause();
    checkObjectivesAndFiches();
    checkAvenants();
    resultAllocationClause().ifPresent(c -> Checks.check(
        budgetFramework() != BudgetFramework.EPRD || c.allocatingParty() == AllocatingParty.GESTIONNAIRE,
        "cpom.resultAllocationClause.allocatingParty", c.allocatingParty(), LegalBasis.casf("R314-234"),
        "under the EPRD the gestionnaire allocates the results of the comptes in the contract; the authority "
            + "allocates only comptes outside its perimeter or tariffed by the préfet (R314-234 4°), which the "
            + "allocation marks by the kind of each compte de résultat, not by the clause"));
    checkDgcs();
    checkModulationClauses();
  }

  private void checkDgcs() {
    Set<String> names = new HashSet<>();
    for (DgcDefinition d : dgcs()) {
      String at = "cpom.dgcs[" + d.name() + "]";
      Checks.check(names.add(d.name()), "cpom.dgcs", d.name(), DgcDefinition.RULE, "two DGCs have the same name");
      Checks.check(d.gestionnaire().equals(gestionnaire().finess()), at + ".gestionnaire", d.gestionnaire(),
          DgcDefinition.RULE, "a DGC of this contract groups ESMS of its gestionnaire " + gestionnaire().finess());
      Checks.check(d.basis() == basis(), at + ".basis", d.basis(), DgcDefinition.RULE,
          "the contract is signed under " + basis().legalBasis());
      Checks.check(authorities().contains(d.authority()), at + ".authority", d.authority(), DgcDefinition.RULE,
          "the authority does not sign the contract");
      for (FinessNumber f : d.finessNumbers()) {
        Checks.check(esms(f).isPresent(), at + ".members", f, DgcDefinition.RULE,
            "the ESMS is not in the contract's perimeter");
      }
      // DGC years are exercices (calendar years); the contract's period may start mid-year.
      int first = startDate().getYear();
      int last = endDate().getYear();
      Checks.check(d.firstYear().getValue() >= first && d.lastYear().getValue() <= last, at + ".years",
          d.firstYear() + "-" + d.lastYear(), DgcDefinition.RULE,
          "outside the contract's years " + first + "-" + last);
    }
    DgcDefinition.checkOneDgcPerFinancement(dgcs());
    // an ESMS's funding line is paid by one dotation: its DGC's, or its own
    Map<List<Object>, String> paid = new HashMap<>();
    for (DgcDefinition d : dgcs()) {
      d.members().forEach(m -> paid.put(List.of(m.esms().finess(), d.financement().lineOf(m.esms()).orElseThrow()),
          d.name()));
    }
    for (SingleEsmsDotation s : singleDotations()) {
      String at = "cpom.singleDotations[" + s.esms().finess() + "]";
      Checks.check(esms(s.esms().finess()).isPresent(), at + ".esms", s.esms().finess(), SingleEsmsDotation.RULE,
          "the ESMS is not in the contract's perimeter");
      Checks.check(s.basis() == basis(), at + ".basis", s.basis(), SingleEsmsDotation.RULE,
          "the contract is signed under " + basis().legalBasis());
      // the perimeter's checks (gestionnaire, signatories of every funding) then hold for the dotation's ESMS
      Checks.check(esms(s.esms().finess()).get().equals(s.esms()), at + ".esms", s.esms().finess(),
          SingleEsmsDotation.RULE, "the ESMS differs from the one of the same FINESS in the contract's perimeter");
      Checks.check(s.firstYear().getValue() >= startDate().getYear() && s.lastYear().getValue() <= endDate().getYear(),
          at + ".years", s.firstYear() + "-" + s.lastYear(), SingleEsmsDotation.RULE,
          "outside the contract's years " + startDate().getYear() + "-" + endDate().getYear());
      String before = paid.putIfAbsent(List.of(s.esms().finess(), s.financement().lineOf(s.esms()).orElseThrow()),
          "a dotation of its own");
      Checks.check(before == null, at, s.financement(), DgcDefinition.RULE,
          "the ESMS's financement is already paid by " + before + "; an ESMS has one dotation per financement");
    }
  }

  private void checkModulationClauses() {
    Set<List<Object>> keys = new HashSet<>();
    Checks.check(modulationClauses().isEmpty() || basis() != CpomBasis.L313_11, "cpom.modulationClauses",
        modulationClauses().size() + " clause(s) in " + basis().legalBasis(), Articles.R314_43_2_I,
        "only an L313-12 IV ter or L313-12-2 contract may modulate a dotation for activity");
    for (ModulationClause m : modulationClauses()) {
      Checks.check(esms(m.esms()).isPresent(), "cpom.modulationClauses.esms", m.esms(), Articles.R314_43_2,
          "the ESMS is not in the contract's perimeter");
      // R314-43-2 I opens the clause to the ESMS of the third alinéa of L313-12 IV ter A, not to the EHPAD,
      // whose forfaits follow R314-160 and R314-174: refused at signature rather than at the first tariff year
      Checks.check(esms(m.esms()).get().category() != org.cpom.referential.EsmsCategory.EHPAD,
          "cpom.modulationClauses.esms", m.esms(), Articles.R314_43_2_I,
          "an EHPAD is modulated under R314-160 / R314-174, not under a contract clause");
      Checks.check(keys.add(Arrays.asList(m.esms(), m.indicator())), "cpom.modulationClauses", m.esms() + " "
          + m.indicator(), Articles.R314_43_2, "two clauses set the same indicator for the same ESMS");
    }
    java.util.Map<FinessNumber, List<ModulationClause>> byEsms = new java.util.LinkedHashMap<>();
    modulationClauses().forEach(m -> byEsms.computeIfAbsent(m.esms(), k -> new java.util.ArrayList<>()).add(m));
    byEsms.values().forEach(c -> ModulationClause.checkCombinable(c, "cpom.modulationClauses"));
  }

  /** Checks that a year of a contract clause lies in {@value #MIN_YEAR} to {@value #MAX_YEAR}. */
  static void checkYear(java.time.Year year, String field) {
    Checks.check(year.getValue() >= MIN_YEAR && year.getValue() <= MAX_YEAR, field, year, YEARS_RULE,
        "outside the years " + MIN_YEAR + " to " + MAX_YEAR + " cpom supports for a contract");
  }

  private void checkPeriod() {
    int startYear = startDate().getYear();
    Checks.check(startYear >= MIN_YEAR && startYear <= MAX_YEAR, "cpom.startDate", startDate(), YEARS_RULE,
        "outside the years " + MIN_YEAR + " to " + MAX_YEAR + " cpom supports for a contract");
    MaximumDuration max = maximumDuration();
    LegalBasis rule = max.basis();
    Checks.check(durationYears() >= 1 && durationYears() <= max.years(), "cpom.durationYears", durationYears(), rule,
        "a CPOM under " + basis().legalBasis() + " lasts 1 to " + max.years() + " whole years"
            + (max.extensionMonths() > 0 ? "; a further year can only be an extension" : ""));
    extension().ifPresent(p -> Checks.check(
        !p.isNegative() && p.getDays() == 0 && p.toTotalMonths() >= 1 && p.toTotalMonths() <= max.extensionMonths(),
        "cpom.extension", p, rule, max.extensionMonths() == 0
            ? "this contract allows no extension"
            : "an extension is 1 to " + max.extensionMonths() + " whole months"
                + (max.extensionMonths() == 12 ? ": a CPOM is extendable by at most a further year" : "")));
    // checked in months before any date is computed: a duration of Integer.MAX_VALUE years would overflow
    long months = 12L * durationYears() + extension().map(Period::toTotalMonths).orElse(0L);
    boolean inRange = months <= 12L * (MAX_YEAR - startYear + 1) && endDate().getYear() <= MAX_YEAR;
    Checks.check(inRange, "cpom.durationYears", durationYears() + extension().map(p -> " + " + p).orElse(""),
        YEARS_RULE, "the contract from " + startDate() + " would end after " + MAX_YEAR);
  }

  private void checkSignatoriesAndPerimeter() {
    Checks.check(!authorities().isEmpty(), "cpom.authorities", "[]", L313_11,
        "a CPOM is signed by at least one tariff authority");
    Checks.check(new HashSet<>(authorities()).size() == authorities().size(), "cpom.authorities", authorities(),
        RULE_CONTENT, "an authority is listed twice");
    Checks.check(!perimeter().isEmpty(), "cpom.perimeter", "[]", L313_11, "a CPOM covers at least one ESMS");
    Set<FinessNumber> seen = new HashSet<>();
    for (Esms e : perimeter()) {
      Checks.check(e.gestionnaire().equals(gestionnaire().finess()), "cpom.perimeter", e, L313_11,
          "the ESMS is run by " + e.gestionnaire() + ", not by the signing gestionnaire " + gestionnaire().finess());
      Checks.check(seen.add(e.finess()), "cpom.perimeter", e.finess(), RULE_CONTENT, "the FINESS is listed twice");
      for (Funding f : e.fundings()) {
        Checks.check(authorities().contains(f.authority()), "cpom.authorities", f.authority(), L313_11,
            "sets the " + f.section() + " tariff of " + e + " but does not sign the contract");
      }
    }
  }

  private void checkFinancialClause() {
    Set<List<Object>> keys = new HashSet<>();
    for (TariffModeClause l : financialClause()) {
      String at = "cpom.financialClause[" + l.esms().map(Object::toString).orElse("*") + " " + l.target() + "]";
      Checks.check(keys.add(lineKey(l)), at, l.target(), TariffModeClause.RULE,
          "two lines set the same group or section for the same ESMS");
      l.esms().ifPresent(f -> Checks.check(esms(f).isPresent(), at + ".esms", f, TariffModeClause.RULE,
          "the ESMS is not in the contract's perimeter"));
      l.section().ifPresent(s -> Checks.check(
          perimeter().stream()
              .filter(e -> l.esms().isEmpty() || l.esms().get().equals(e.finess()))
              .anyMatch(e -> e.fundings().stream().anyMatch(f -> f.section() == s)),
          at + ".section", s, TariffModeClause.RULE, "no ESMS it applies to is funded by that section"));
      Checks.check(!(l.mode() == TariffMode.ANNUAL_AMENDMENT && basis() != CpomBasis.L313_11),
          "cpom.financialClause.mode", l.mode() + " (" + l.mode().article() + ") for " + l.target(), R314_39_1,
          "a CPOM under " + basis().legalBasis() + " sets its tariffs by R314-40 1°, 2° or 4°, not by annual amendments");
    }
  }

  private void checkObjectivesAndFiches() {
    Set<String> objectiveIds = new HashSet<>();
    for (Objective o : objectives()) {
      Checks.check(objectiveIds.add(o.id()), "cpom.objectives", o.id(), RULE_CONTENT, "two objectives have the same identifier");
    }
    Set<String> ficheIds = new HashSet<>();
    int years = contractYears().size();
    for (FicheAction f : fichesActions()) {
      String at = "cpom.fichesActions[" + f.id() + "]";
      Checks.check(ficheIds.add(f.id()), "cpom.fichesActions", f.id(), FicheAction.RULE,
          "two fiches-actions have the same identifier");
      Checks.check(objectiveIds.contains(f.objective()), at + ".objective", f.objective(), FicheAction.RULE,
          "no objective of the contract has that identifier");
      for (FinessNumber e : f.esms()) {
        Checks.check(esms(e).isPresent(), at + ".esms", e, FicheAction.RULE, "the ESMS is not in the contract's perimeter");
      }
      for (Step s : f.steps()) {
        Checks.check(contains(s.dueDate()), at + ".steps", s.label() + " due " + s.dueDate(), FicheAction.RULE,
            "the due date is outside the contract's period " + startDate() + " to " + endDate());
      }
      for (Indicator i : f.indicators()) {
        int last = i.targets().lastKey();
        Checks.check(last <= years, at + ".indicators[" + i.id() + "].targets", "year " + last, FicheAction.RULE,
            "the contract has years 1 to " + years);
      }
    }
  }

  private void checkAvenants() {
    if (avenants().isEmpty()) {
      return;
    }
    Set<Integer> numbers = new TreeSet<>();
    for (Avenant a : avenants()) {
      Checks.check(numbers.add(a.number()), "cpom.avenants", "n°" + a.number(), Avenant.RULE, "two avenants have the same number");
    }
    Cpom state = asSigned();
    for (Avenant a : avenantsInOrder()) {
      Checks.check(state.contains(a.effectiveDate()), "cpom.avenants[n°" + a.number() + "].effectiveDate",
          a.effectiveDate(), Avenant.RULE, "the date is outside the contract's period " + state.startDate() + " to "
              + state.endDate() + " in force when the avenant takes effect");
      state = state.amendedBy(a);
    }
  }

  @Override
  public String toString() {
    return "Cpom " + id() + " (" + basis().legalBasis() + ", " + startDate() + " to " + endDate() + ", "
        + perimeter().size() + " ESMS, " + fichesActions().size() + " fiches-actions, " + avenants().size()
        + " avenants)";
  }
}
