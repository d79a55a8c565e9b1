package org.cpom.dotation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.cpom.activity.ActivityEngine;
import org.cpom.activity.EhpadModulation;
import org.cpom.activity.ModulationCase;
import org.cpom.activity.ActivityModulation;
import org.cpom.activity.PhModulation;
import org.cpom.contract.AbatementBase;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.ResolvedSingleEsmsDotation;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.internal.LongSplit;
import org.cpom.money.Amount;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.Financement;
import org.cpom.referential.FinessMap;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.FunderKind;
import org.cpom.trace.StepKind;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;

/**
 * The dotation engine: the yearly amount of each ESMS of a DGC, the DGC, its provisional split and
 * décisions modificatives, and the bases of the next year (CASF R314-43-1); and the same yearly amount for
 * an ESMS in no DGC ({@link #compute(ResolvedSingleEsmsDotation, SingleEsmsYear, Amount)}).
 *
 * <p>Each ESMS's amount is built in this order, one trace step each: (1) base reconductible of the year
 * before; (2) actualisation by the contract's R314-40 mode; (3) mesures nouvelles, prorated from their start
 * date or at the amount notified for the year ({@link MesureNouvelle}); (4) CNR; (5) the activity modulation, on the perennial part (1 to 3) or, when the contract clause says
 * so, on the notified dotation (1 to 4, R314-43-2 III), less the parts the rule leaves out ({@link
 * EsmsYear#unmodulatedParts()}: for an EHPAD what is outside the tariff equation, R314-159 1°, R314-172 1°),
 * which stay in the next base; (6) other adjustments. The DGC
 * is the sum of the ESMS amounts unless the arrêté notifies another total. The base of the next year is the
 * updated base plus the mesures nouvelles at full year (plus a modulation the contract carries into the base,
 * plus the permanent re-splits by DM); never CNR, never a one-year modulation.
 *
 * <p>Every computed amount is rounded once, HALF_UP; every split sums exactly. A
 * computation either returns a complete result or throws {@link org.cpom.CpomValidationException} naming the
 * field and the rule; a base reconductible is never negative, so an actualisation below -100 % is rejected.
 *
 * <p>The engine keeps no state: it is thread-safe.
 */
public final class DotationEngine {
  static final LegalBasis RULE = Articles.R314_43_1;
  private static final LegalBasis DGC_BASIS = Articles.R314_43_1;
  /** The amount of one member: R314-43-1 lists its parts, the convention gives their order. */
  private static final LegalBasis MEMBER_BASIS = Articles.R314_43_1.readWith(Convention.DOTATION_STEPS);
  private static final LegalBasis BASE_BASIS = LegalBasis.casf("R314-39 1°");
  private static final LegalBasis MN_RULE = LegalBasis.convention(Convention.MESURES_NOUVELLES);
  private static final LegalBasis SINGLE = LegalBasis.convention(Convention.SINGLE_ESMS_DOTATION);
  private static final LegalBasis NOT_NEGATIVE = LegalBasis.convention(Convention.DOTATION_NOT_NEGATIVE);

  private DotationEngine() {}

  /**
   * Computes one year of a DGC from the bases reconductibles of the year before, typically its first year
   * under the contract; a year that follows one already computed takes that year's result instead ({@link
   * #compute(ResolvedDgc, DgcYear, DgcDotation)}).
   *
   * <p>The result's {@link DgcDotation#previousShares()}, on which the payments before the arrêté rest,
   * are then the bases given (the library's default, where the caller knows no better). R314-108 pays
   * a twelfth of the year before's amount until the new one is fixed; for an ESMS new to the DGC that amount
   * is its own dotation of the year before, which the base reconductible equals unless that year had
   * non-recurring parts (CNR, a one-year modulation). When it had, give the amounts paid in the payment
   * request ({@link org.cpom.payment.DgcScheduleRequest#previousShares()}).
   *
   * @param dgc the DGC
   * @param input the year's inputs
   * @param previousBases the base reconductible of the year before, one per member
   * @return the year
   * @throws org.cpom.CpomValidationException if an input breaks a rule; nothing is computed then. An amount
   *     out of range (beyond {@code Long.MAX_VALUE} cents) is rejected naming the input it comes from:
   *     {@code dgcYear.esms[FINESS]} for one ESMS's year, {@code previousBases[FINESS]} for the DGC total,
   *     {@code dgcYear.split} or {@code dgcYear.decisionsModificatives[REF]}
   */
  public static DgcDotation compute(ResolvedDgc dgc, DgcYear input, Map<FinessNumber, Amount> previousBases) {
    Objects.requireNonNull(dgc, "dgc");
    Objects.requireNonNull(previousBases, "previousBases");
    Objects.requireNonNull(input, "input");
    return compute(dgc, input, previousBases, previousBases);
  }

  /**
   * Computes the year of a DGC that follows a year already computed: the bases are those the year before
   * left ({@link DgcDotation#nextBases()}), the mesures nouvelles of the year before that start later are
   * carried ({@link EsmsDotation#laterMesuresNouvelles()}; one given again in the year replaces the one
   * carried), and the year's {@link DgcDotation#previousShares()} are the year before's final shares, on
   * which the payments before the arrêté rest (CASF R314-108). This is how {@link #project(ResolvedDgc, List,
   * Map)} chains its years.
   *
   * @param dgc the DGC
   * @param input the year's inputs, for the year after {@code lastYear}
   * @param lastYear the result of the year before, for the same DGC
   * @return the year
   * @throws org.cpom.CpomValidationException if {@code lastYear} is of another DGC ({@code lastYear.dgc}) or
   *     the year does not follow it ({@code dgcYear.year}), or an input breaks a rule as for {@link
   *     #compute(ResolvedDgc, DgcYear, Map)}
   */
  public static DgcDotation compute(ResolvedDgc dgc, DgcYear input, DgcDotation lastYear) {
    Objects.requireNonNull(dgc, "dgc");
    Objects.requireNonNull(lastYear, "lastYear");
    Objects.requireNonNull(input, "input");
    Checks.check(lastYear.dgc().equals(dgc), "lastYear.dgc", lastYear.dgc().name(), RULE,
        "the year before is of another DGC than " + dgc.name());
    Year expected = lastYear.year().plusYears(1);
    Checks.check(input.year().equals(expected), "dgcYear.year", input.year(), LegalBasis.convention(Convention.CONSECUTIVE_YEARS),
        "the year after " + lastYear.year() + " is " + expected);
    return compute(dgc, withCarried(input, lastYear), lastYear.nextBases(), lastYear.finalSplit().shares());
  }

  private static DgcDotation compute(ResolvedDgc dgc, DgcYear input, Map<FinessNumber, Amount> previousBases,
      Map<FinessNumber, Amount> previousShares) {
    Year year = input.year();
    if (year.isBefore(dgc.firstYear()) || year.isAfter(dgc.lastYear())) {
      throw new CpomValidationException("dgcYear.year", year, RULE,
          "outside the contract years " + dgc.firstYear() + "-" + dgc.lastYear() + " of " + dgc.name());
    }
    checkPerMember(dgc, previousBases.keySet(), "previousBases");
    EsmsYear[] inputs = byMember(dgc, input.esms());

    int n = dgc.members().size();
    List<Partial> partials = new ArrayList<>(n);
    // steps gathered in a list: Trace.plus copies the trace at every step
    List<TraceStep> dgcSteps = new ArrayList<>(n);
    Amount computed = Amount.ZERO;
    // the same scope for every member: built once, not once per ESMS
    Scope scope = new Scope(dgc.basis(), dgc.lastYear(), dgc.name(), dgc.financement());
    for (int i = 0; i < n; i++) {
      DgcMember m = dgc.members().get(i);
      FinessNumber f = m.esms().finess();
      EsmsYear in = inputs[i];
      Amount base = previousBases.get(f);
      // the fields named from the FINESS only on failure: this runs for every ESMS of every year
      if (base == null || base.isNegative()) {
        throw new CpomValidationException("previousBases[" + f + "]", base, NOT_NEGATIVE,
            "a base reconductible is zero or more");
      }
      Supplier<String> field = () -> "dgcYear.esms[" + f + "]";
      // an amount out of range inside the ESMS's computation is that ESMS's input of the year
      Partial p = EngineBounds.naming(() -> esms(scope, m,
          base, in, year, input.prorata(), field), field, base);
      partials.add(p);
      Amount sum = computed;
      computed = EngineBounds.naming(() -> sum.plus(p.amount), () -> "previousBases[" + f + "]", base);
      dgcSteps.add(TraceStep.of(StepKind.DGC_MEMBER, p.amount, MEMBER_BASIS, m.esms().name(), f));
    }

    List<DgcSplit> splits = new ArrayList<>();
    Amount computedTotal = computed;
    splits.add(EngineBounds.naming(() -> provisional(dgc, input, partials, computedTotal), "dgcYear.split",
        input.notifiedTotal().isPresent() ? input.notifiedTotal().get() : "proportional"));
    List<DecisionModificative> notApplied = new ArrayList<>();
    List<DecisionModificative> approved = new ArrayList<>();
    for (DecisionModificative dm : input.decisionsModificatives()) {
      (dm.status().isApproved() ? approved : notApplied).add(dm);
    }
    if (!approved.isEmpty()) {
      // the DMs move the next bases of a permanent re-split: worked on in maps, then put back in the partials
      Map<FinessNumber, Amount> nextBases = new LinkedHashMap<>();
      Map<FinessNumber, Trace> nextTraces = new HashMap<>();
      for (Partial p : partials) {
        nextBases.put(p.esms, p.nextBase);
        nextTraces.put(p.esms, p.nextBaseTrace);
      }
      approved.sort(Comparator.comparing(DecisionModificative::effectiveDate));
      boolean permanent = !dgc.hasMemberUnderEquation();
      for (DecisionModificative dm : approved) {
        splits.add(EngineBounds.naming(() -> applyDm(dgc, year, splits.get(splits.size() - 1), dm, permanent, nextBases,
            nextTraces), "dgcYear.decisionsModificatives[" + EngineBounds.shown(dm.reference()) + "]", dm.transfers()));
      }
      for (Partial p : partials) {
        p.nextBase = nextBases.get(p.esms);
        p.nextBaseTrace = nextTraces.get(p.esms);
      }
    }
    FinessMap.Builder<Amount> nextBases = FinessMap.builder(n);
    FinessMap.Builder<Amount> previous = FinessMap.builder(n);
    for (Partial p : partials) {
      nextBases.put(p.esms, p.nextBase);
      previous.put(p.esms, previousShares.get(p.esms));
    }

    ImmutableDgcDotation.Builder result = DgcDotation.builder()
        .dgc(dgc)
        .year(year)
        .computedTotal(computed)
        .trace(Trace.of(dgcSteps))
        .splits(splits)
        .dmsNotApplied(notApplied)
        .nextBases(nextBases.build())
        .previousShares(previous.build());
    for (Partial p : partials) {
      result.addEsms(p.builder.nextBase(p.nextBase).nextBaseTrace(p.nextBaseTrace).build());
    }
    return result.build();
  }

  /**
   * The year's inputs in the members' order, one per member. When they are given in that order (the usual
   * case) no look-up is needed; otherwise each is found by its FINESS, and an ESMS given twice, one that is not
   * a member and a member without inputs are rejected.
   */
  private static EsmsYear[] byMember(ResolvedDgc dgc, List<EsmsYear> given) {
    List<FinessNumber> members = dgc.finessNumbers();
    EsmsYear[] inputs = new EsmsYear[members.size()];
    if (given.size() == members.size()) {
      int i = 0;
      while (i < inputs.length && given.get(i).esms().equals(members.get(i))) {
        inputs[i] = given.get(i);
        i++;
      }
      if (i == inputs.length) {
        return inputs;
      }
    }
    Map<FinessNumber, EsmsYear> byFiness = new HashMap<>();
    for (EsmsYear e : given) {
      Checks.check(byFiness.put(e.esms(), e) == null, "dgcYear.esms", e.esms(), RULE, "ESMS given twice");
    }
    checkPerMember(dgc, byFiness.keySet(), "dgcYear.esms");
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = byFiness.get(members.get(i));
    }
    return inputs;
  }

  /**
   * Computes consecutive years of a DGC, each from the bases the year before left, and with the mesures
   * nouvelles of the year before that start later ({@link EsmsDotation#laterMesuresNouvelles()}).
   *
   * @param dgc the DGC
   * @param years the inputs of consecutive years, at least one
   * @param initialBases the bases reconductibles before the first year, one per member
   * @return the projection
   * @throws org.cpom.CpomValidationException if the years are not consecutive or an input breaks a rule
   */
  public static DgcProjection project(ResolvedDgc dgc, List<DgcYear> years, Map<FinessNumber, Amount> initialBases) {
    Objects.requireNonNull(dgc, "dgc");
    Objects.requireNonNull(initialBases, "initialBases");
    Checks.noNulls(years, "years");
    Checks.check(!years.isEmpty(), "years", "[]", RULE, "at least one year to project");
    checkPerMember(dgc, initialBases.keySet(), "initialBases");
    Map<FinessNumber, Amount> ordered = new LinkedHashMap<>();
    dgc.finessNumbers().forEach(f -> ordered.put(f, initialBases.get(f)));
    List<DgcDotation> results = new ArrayList<>(years.size());
    for (int i = 0; i < years.size(); i++) {
      DgcYear y = years.get(i);
      if (i > 0) {
        Year expected = years.get(i - 1).year().plusYears(1);
        Checks.check(y.year().equals(expected), "years[" + i + "].year", y.year(), LegalBasis.convention(Convention.CONSECUTIVE_YEARS),
            "years must follow each other; expected " + expected);
      }
      DgcDotation r = i == 0 ? compute(dgc, y, ordered) : compute(dgc, y, results.get(i - 1));
      results.add(r);
    }
    return DgcProjection.builder().initialBases(ordered).years(results).build();
  }

  /**
   * The year's input with the mesures nouvelles of the year before that start later: a mesure given again in
   * the year (e.g. with the crédits de paiement of that year) replaces the one carried.
   */
  private static DgcYear withCarried(DgcYear y, DgcDotation before) {
    boolean any = false;
    List<EsmsYear> esms = new ArrayList<>(y.esms().size());
    for (EsmsYear e : y.esms()) {
      EsmsYear with = withCarried(e, before.esms(e.esms()).laterMesuresNouvelles());
      any |= with != e;
      esms.add(with);
    }
    return any ? DgcYear.builder().from(y).esms(esms).build() : y;
  }

  /** One ESMS's year with the later mesures carried from the year before, unless given again this year. */
  private static EsmsYear withCarried(EsmsYear e, List<MesureNouvelle> carried) {
    List<MesureNouvelle> all = new ArrayList<>(carried.size() + e.mesuresNouvelles().size());
    for (MesureNouvelle c : carried) {
      if (e.mesuresNouvelles().stream().noneMatch(c::sameMesure)) {
        all.add(c);
      }
    }
    if (all.isEmpty()) {
      return e;
    }
    all.addAll(e.mesuresNouvelles());
    return EsmsYear.builder().from(e).mesuresNouvelles(all).build();
  }

  /**
   * Computes one year of the dotation globale or forfait global of an ESMS in no DGC (a lone EHPAD's
   * forfait soins, an ESAT's dotation). The steps and their trace are those of a member of a DGC: base
   * reconductible, actualisation by the contract's R314-40 mode, mesures nouvelles (prorated as {@link
   * SingleEsmsYear#prorata()} says), CNR, modulation, other adjustments; the next base follows the same rule.
   * Paying it is {@link org.cpom.payment.PaymentEngine#schedule(org.cpom.payment.ScheduleRequest)} on {@link
   * EsmsDotation#amount()}, under the regime of its funder, {@link
   * org.cpom.payment.PaymentRegime#from(ResolvedSingleEsmsDotation)} (a {@code ScheduleRequest} left to its
   * default cites CASF R314-107/108, the State's and Départements' rule, not the CSS articles of an
   * assurance-maladie dotation, CASF R314-111); for an IME with Creton young adults the assurance maladie pays
   * only the part {@link #cretonSplit(EsmsDotation, ResolvedSingleEsmsDotation, List)} leaves it (CASF R314-115).
   *
   * @param dotation the lone ESMS's dotation
   * @param input the year's inputs for that ESMS, its year within the contract's years
   * @param previousBase the base reconductible of the year before, zero or more
   * @return the ESMS's amount, trace and next base, as for a member of a DGC
   * @throws org.cpom.CpomValidationException if an input breaks a rule; nothing is computed then
   */
  public static EsmsDotation compute(ResolvedSingleEsmsDotation dotation, SingleEsmsYear input,
      Amount previousBase) {
    Objects.requireNonNull(dotation, "dotation");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(previousBase, "previousBase");
    Year year = input.year();
    EsmsYear esmsInput = input.esms();
    FinessNumber f = dotation.esms().finess();
    Checks.check(!year.isBefore(dotation.firstYear()) && !year.isAfter(dotation.lastYear()), "year", year,
        SINGLE, "outside the contract years " + dotation.firstYear() + "-" + dotation.lastYear());
    Checks.check(esmsInput.esms().equals(f), "esmsYear.esms", esmsInput.esms(), SINGLE,
        "the inputs concern another ESMS than " + f);
    Checks.check(!previousBase.isNegative(), "previousBase", previousBase, SINGLE,
        "a base reconductible is zero or more");
    Scope scope = new Scope(dotation.basis(), dotation.lastYear(), "the dotation of " + dotation.esms().name(),
        dotation.financement());
    Partial p = EngineBounds.naming(() -> esms(scope, DgcMember.of(dotation.esms(), dotation.mode()), previousBase,
        esmsInput, year, input.prorata(), () -> "esmsYear"), "esmsYear", previousBase);
    return p.builder.nextBase(p.nextBase).nextBaseTrace(p.nextBaseTrace).build();
  }

  /**
   * Computes consecutive years of a lone ESMS's dotation, each from the base the year before left and with
   * the mesures nouvelles of the year before that start later ({@link EsmsDotation#laterMesuresNouvelles()}).
   *
   * @param dotation the lone ESMS's dotation
   * @param years the inputs of consecutive years, at least one
   * @param initialBase the base reconductible before the first year
   * @return the projection: one result per year, in order
   * @throws org.cpom.CpomValidationException if the years are not consecutive or an input breaks a rule
   */
  public static SingleEsmsProjection project(ResolvedSingleEsmsDotation dotation, List<SingleEsmsYear> years,
      Amount initialBase) {
    Checks.noNulls(years, "years");
    Checks.check(!years.isEmpty(), "years", "[]", SINGLE, "at least one year to project");
    List<EsmsDotation> results = new ArrayList<>(years.size());
    Amount base = initialBase;
    for (int i = 0; i < years.size(); i++) {
      SingleEsmsYear y = years.get(i);
      if (i > 0) {
        Year expected = years.get(i - 1).year().plusYears(1);
        Checks.check(y.year().equals(expected), "years[" + i + "].year", y.year(),
            LegalBasis.convention(Convention.CONSECUTIVE_YEARS), "years must follow each other; expected " + expected);
        y = SingleEsmsYear.builder().from(y)
            .esms(withCarried(y.esms(), results.get(i - 1).laterMesuresNouvelles())).build();
      }
      EsmsDotation d = compute(dotation, y, base);
      results.add(d);
      base = d.nextBase();
    }
    return SingleEsmsProjection.builder().initialBase(initialBase).years(results).build();
  }

  /**
   * Splits an IME's (or SESSAD's) share of an assurance-maladie DGC between the assurance maladie and the
   * Départements of its young adults kept under CASF L242-4 (amendement Creton), as CASF R314-115 sets it;
   * the parts are measured on the exercice before the DGC's year.
   *
   * <p>The ESMS and its dotation are read from the DGC's year: the member of that FINESS, and its share in the
   * arrêté's provisional split ({@link DgcDotation#provisionalSplit()}), Département parts included. Paying
   * it: {@link org.cpom.payment.DgcScheduleRequest#cretonSplits()}.
   *
   * @param dotation the DGC's year
   * @param esms the FINESS of the IME in the DGC
   * @param revenues the Creton revenue billed to each Département on the last closed exercice, each once
   * @return the split, with its trace
   * @throws org.cpom.CpomValidationException if the ESMS is not in the DGC, has no Creton funding of a
   *     Département given, or the parts exceed its share; nothing is computed then
   */
  public static CretonSplit cretonSplit(DgcDotation dotation, FinessNumber esms, List<CretonRevenue> revenues) {
    Objects.requireNonNull(dotation, "dotation");
    return cretonSplit(dotation, esms, priorYear(dotation.year()), revenues);
  }

  /**
   * Splits an IME's share of an assurance-maladie DGC as {@link #cretonSplit(DgcDotation, FinessNumber, List)}
   * does, the parts measured on the closed exercice named (an older one, when the last is not yet closed).
   *
   * @param dotation the DGC's year
   * @param esms the FINESS of the IME in the DGC
   * @param closedExercice the last closed exercice, before the DGC's year
   * @param revenues the Creton revenue billed to each Département on that exercice, each once
   * @return the split, with its trace
   * @throws org.cpom.CpomValidationException if an input breaks a rule; nothing is computed then
   */
  public static CretonSplit cretonSplit(DgcDotation dotation, FinessNumber esms, Year closedExercice,
      List<CretonRevenue> revenues) {
    Objects.requireNonNull(dotation, "dotation");
    Objects.requireNonNull(esms, "esms");
    Objects.requireNonNull(closedExercice, "closedExercice");
    Checks.noNulls(revenues, "revenues");
    ResolvedDgc dgc = dotation.dgc();
    Optional<DgcMember> member = dgc.member(esms);
    Checks.check(member.isPresent(), "esms", esms, CretonSplit.RULE, "not an ESMS of " + dgc.name());
    return CretonSplit.builder().esms(member.get().esms()).year(dotation.year()).closedExercice(closedExercice)
        .dotation(dotation.provisionalSplit().share(esms)).revenues(revenues).build();
  }

  /**
   * Splits the dotation globalisée of an IME in no DGC between the assurance maladie and the Départements of
   * its Creton young adults (CASF R314-115, L242-4); the parts are measured on the exercice before the year.
   * The assurance maladie pays {@link CretonSplit#assuranceMaladiePart()}.
   *
   * @param dotation the year of the IME's dotation, from {@link #compute(ResolvedSingleEsmsDotation,
   *     SingleEsmsYear, Amount)}
   * @param of the IME's dotation in the contract, which the year was computed for
   * @param revenues the Creton revenue billed to each Département on the last closed exercice, each once
   * @return the split, with its trace
   * @throws org.cpom.CpomValidationException if the year is of another ESMS, the ESMS has no Creton funding of a
   *     Département given, or the parts exceed the dotation; nothing is computed then
   */
  public static CretonSplit cretonSplit(EsmsDotation dotation, ResolvedSingleEsmsDotation of,
      List<CretonRevenue> revenues) {
    Objects.requireNonNull(dotation, "dotation");
    return cretonSplit(dotation, of, priorYear(dotation.year()), revenues);
  }

  /**
   * Splits the dotation of an IME in no DGC as {@link #cretonSplit(EsmsDotation, ResolvedSingleEsmsDotation,
   * List)} does, the parts measured on the closed exercice named.
   *
   * @param dotation the year of the IME's dotation
   * @param of the IME's dotation in the contract
   * @param closedExercice the last closed exercice, before the dotation's year
   * @param revenues the Creton revenue billed to each Département on that exercice, each once
   * @return the split, with its trace
   * @throws org.cpom.CpomValidationException if an input breaks a rule; nothing is computed then
   */
  public static CretonSplit cretonSplit(EsmsDotation dotation, ResolvedSingleEsmsDotation of, Year closedExercice,
      List<CretonRevenue> revenues) {
    Objects.requireNonNull(dotation, "dotation");
    Objects.requireNonNull(of, "of");
    Objects.requireNonNull(closedExercice, "closedExercice");
    Checks.noNulls(revenues, "revenues");
    Checks.check(dotation.esms().equals(of.esms().finess()), "dotation.esms", dotation.esms(), CretonSplit.RULE,
        "the dotation is of another ESMS than " + of.esms().finess());
    return CretonSplit.builder().esms(of.esms()).year(dotation.year()).closedExercice(closedExercice)
        .dotation(dotation.amount()).revenues(revenues).build();
  }

  /** The exercice before a year; {@code Year.MIN} has none, and the split's check then rejects the year. */
  private static Year priorYear(Year year) {
    return year.getValue() == Year.MIN_VALUE ? year : year.minusYears(1);
  }

  // renewal and control

  /**
   * The planned reduction of the tariffs of a renewed CPOM for one ESMS (modulation au renouvellement, CASF
   * R314-43-3), for a contract under L313-12 IV ter or L313-12-2 renewed from 1 January 2025 (décret n° 2023-1428,
   * art. 2). The reductions fall on exercices of the new contract, on some or all, unevenly if wanted; their total
   * may not exceed half of the unjustified amount, rounded down to the cent
   * ({@link org.cpom.Convention#RENEWAL_HALF_CAP}). The unjustified amount is the authority's judgement (R314-43-4)
   * and is at most the reports à nouveau and reserves that count, those built from tariff revenue or public
   * subsidies ({@code ResultEngine.reservesAuRenouvellement(...).counted(compteId)}).
   *
   * <p>Example: 400,000.00 unjustified caps the total at 200,000.00: 120,000.00 in the first year and 80,000.00 in
   * the second are accepted, 120,000.00 and 80,000.01 rejected. Each year's reduction is then an adjustment of the
   * ESMS's dotation: {@link ModulationAuRenouvellement#adjustment(Year)}.
   *
   * @param nouveauContrat the renewed contract
   * @param esms the ESMS of its perimeter whose tariffs are reduced
   * @param reservesRetenues the reports à nouveau and reserves of the ESMS that count, zero or more
   * @param reservesInjustifiees the unjustified amount and its reasons
   * @param reductions the reduction of each exercice, zero or more, each in a calendar year the contract covers
   * @return the plan with its adjustments and trace
   * @throws org.cpom.CpomValidationException naming the field, citing R314-43-3: a contract of another basis or
   *     renewed before 2025, an ESMS outside it, an unjustified amount above the base, a year outside the contract,
   *     a negative reduction, a total above half
   */
  public static ModulationAuRenouvellement modulationAuRenouvellement(org.cpom.contract.Cpom nouveauContrat,
      FinessNumber esms, Amount reservesRetenues, ReservesInjustifiees reservesInjustifiees,
      Map<Year, Amount> reductions) {
    return RenewalModulation.plan(nouveauContrat, esms, reservesRetenues, reservesInjustifiees, reductions);
  }

  /**
   * What follows a DM the tariff authority asked for (CASF R314-230): when it was not adopted, the tariff impact of
   * cases 3° to 5° is carried into the EPRD that follows, as an adjustment of the ESMS's dotation of the next
   * exercice cited to R314-230 II ({@link org.cpom.Convention#AUTHORITY_DM_CARRY_OVER}); an adopted DM, or cases 1°
   * and 2°, carry nothing.
   *
   * @param demande the request
   * @return what follows, with its trace
   */
  public static SuiteDeLaDemandeDm suiteDeLaDemandeDm(DemandeDeDm demande) {
    Objects.requireNonNull(demande, "demande");
    LegalBasis carryRule = LegalBasis.convention(Convention.AUTHORITY_DM_CARRY_OVER);
    Trace trace = Trace.empty().plus(StepKind.GIVEN, demande.impact(), demande.cas().legalBasis(),
        org.cpom.trace.Phrase.of("DM demandée par l'autorité ", "DM asked for by the authority ")
            .value(demande.exercice()).text(" : ", ": ").value(demande.cas()));
    Optional<Adjustment> report = Optional.empty();
    if (demande.dmAdoptee()) {
      trace = trace.plus(StepKind.GIVEN, Amount.ZERO, Articles.R314_230_I,
          org.cpom.trace.Phrase.of("DM adoptée : rien n'est reporté", "DM adopted: nothing carried"));
    } else if (!demande.cas().reporteSansDm()) {
      trace = trace.plus(StepKind.GIVEN, Amount.ZERO, carryRule, org.cpom.trace.Phrase.of(
          "Sans DM, ce cas n'a pas de report (R314-230 II)", "Without a DM, this case carries nothing (R314-230 II)"));
    } else {
      Year next = demande.exercice().plusYears(1);
      report = Optional.of(Adjustment.of("Report de la DM demandée " + demande.exercice() + " non adoptée ("
          + demande.cas().label(java.util.Locale.FRENCH) + ") : " + demande.motif(), demande.impact(),
          Articles.R314_230_II));
      trace = trace.plus(StepKind.GIVEN, demande.impact(), Articles.R314_230_II, org.cpom.trace.Phrase.of(
          "Sans DM, impact reporté sur l'exercice ", "Without a DM, impact carried to the exercice ").value(next));
    }
    return new SuiteDeLaDemandeDm(demande, report, trace);
  }

  // ----------------------------------------------------------------------------------------------------

  /** What the per-ESMS computation needs of its DGC or lone dotation: the contract's basis and last year. */
  private record Scope(CpomBasis basis, Year lastYear, String name, Financement financement) {}

  /** An ESMS computed up to its next base, before the DMs of the year move it. */
  private static final class Partial {
    FinessNumber esms;
    Amount amount;
    Amount nextBase;
    Trace nextBaseTrace;
    ImmutableEsmsDotation.Builder builder;
  }

  /**
   * The per-ESMS computation, shared by the members of a DGC and a lone ESMS: the same steps, the same trace.
   */
  private static Partial esms(Scope scope, DgcMember member, Amount base, EsmsYear in, Year year,
      ProrataMethod prorata, Supplier<String> field) {
    FinessNumber f = member.esms().finess();
    Actualisation act = in.actualisation();
    if (!act.fits(member.mode())) {
      throw new CpomValidationException(field.get() + ".actualisation", act, Actualisation.article(member.mode()),
          "the contract updates this ESMS under " + member.mode().article() + ": expected "
              + Actualisation.expected(member.mode()));
    }
    // sized for the usual steps (base, actualisation, a mesure nouvelle, a CNR): the trace copies them anyway
    List<TraceStep> steps = new ArrayList<>(4);
    steps.add(TraceStep.of(StepKind.BASE_RECONDUCTIBLE, base, BASE_BASIS, year.minusYears(1)));
    Amount updated = act.apply(base, field);
    // a rate below -100 % would leave a negative base reconductible, carried into the next years
    if (updated.isNegative()) {
      throw new CpomValidationException(field.get() + ".actualisation", act, Actualisation.article(member.mode()),
          "the updated base would be negative: " + updated);
    }
    LegalBasis actBasis = act.basis(member.mode());
    steps.add(act.step(base, member.mode(), updated.minus(base), actBasis));

    List<TraceStep> nextSteps = new ArrayList<>(2);
    nextSteps.add(TraceStep.of(StepKind.UPDATED_BASE, updated, actBasis, year));
    Amount mnYear = Amount.ZERO;
    Amount mnFull = Amount.ZERO;
    List<MesureNouvelle> later = new ArrayList<>();
    for (MesureNouvelle mn : in.mesuresNouvelles()) {
      int start = mn.startDate().getYear();
      if (start < year.getValue()) {
        throw new CpomValidationException(field.get() + ".mesuresNouvelles.startDate", mn.startDate(), MN_RULE,
            "a mesure nouvelle given for " + year + " starts in " + year + " or later; one started before is in the base");
      }
      if (start > scope.lastYear().getValue()) {
        throw new CpomValidationException(field.get() + ".mesuresNouvelles.startDate", mn.startDate(), MN_RULE,
            "starts after the last year " + scope.lastYear() + " of " + scope.name());
      }
      Amount part;
      if (mn.yearAmount().isPresent()) {
        part = mn.yearAmount().get();
        steps.add(TraceStep.of(StepKind.MESURE_NOUVELLE_CREDITS_DE_PAIEMENT, part, mn.basis(), mn.label(),
            mn.fullYearAmount(), mn.startDate(), year));
      } else if (start == year.getValue()) {
        part = mn.fullYearAmount().prorated(prorata.numerator(mn.startDate()), prorata.denominator(mn.startDate()),
            RoundingMode.HALF_UP);
        steps.add(TraceStep.of(prorata == ProrataMethod.DAYS ? StepKind.MESURE_NOUVELLE_PRORATA_DAYS
            : StepKind.MESURE_NOUVELLE_PRORATA_MONTHS, part, mn.basis(), mn.label(), mn.fullYearAmount(),
            mn.startDate(), prorata.numerator(mn.startDate()), prorata.denominator(mn.startDate())));
      } else {
        part = Amount.ZERO;
        steps.add(TraceStep.of(StepKind.MESURE_NOUVELLE_LATER_START, part, mn.basis(), mn.label(),
            mn.fullYearAmount(), mn.startDate(), year));
      }
      if (start == year.getValue()) {
        nextSteps.add(TraceStep.of(StepKind.MESURE_NOUVELLE_FULL_YEAR, mn.fullYearAmount(), mn.basis(), mn.label()));
        mnFull = mnFull.plus(mn.fullYearAmount());
      } else {
        // its full year enters the base of the year after its start, not of the year after this one
        later.add(mn.withoutYearAmount());
      }
      mnYear = mnYear.plus(part);
    }
    Amount perennial = updated.plus(mnYear);
    Amount cnr = Amount.ZERO;
    for (Cnr c : in.cnr()) {
      steps.add(TraceStep.of(StepKind.CNR, c.amount(), c.basis(), c.label(), year));
      cnr = cnr.plus(c.amount());
    }
    in.modulation().ifPresent(m -> checkModulationRule(scope, member, m, field.get() + ".modulation"));
    Amount notified = perennial.plus(cnr);
    Optional<ActivityModulation> modulation = in.modulation()
        .map(m -> ActivityEngine.modulate(m, abatesNotifiedDotation(m) ? notified : perennial, in.unmodulatedParts(),
            year));
    Amount modulated = Amount.ZERO;
    Amount nextBase = updated.plus(mnFull);
    if (modulation.isPresent()) {
      ActivityModulation r = modulation.get();
      steps.addAll(r.trace().steps());
      modulated = r.adjustment();
      if (r.persistsInBase() && !modulated.isZero()) {
        // only a contract clause carries a modulation into the base (R314-43-2 III)
        nextSteps.add(TraceStep.of(StepKind.MODULATION_INTO_BASE, modulated, Articles.R314_43_2_III));
        nextBase = nextBase.plus(modulated);
      }
    }
    Amount adjustments = Amount.ZERO;
    for (Adjustment a : in.adjustments()) {
      steps.add(TraceStep.of(StepKind.ADJUSTMENT, a.amount(), a.basis(), a.label()));
      adjustments = adjustments.plus(a.amount());
    }
    Amount amount = perennial.plus(cnr).plus(modulated).plus(adjustments);
    if (amount.isNegative()) {
      throw new CpomValidationException(field.get(), amount, NOT_NEGATIVE, "the year's amount of an ESMS is not negative");
    }

    Partial p = new Partial();
    p.esms = f;
    p.amount = amount;
    p.nextBase = nextBase;
    p.nextBaseTrace = Trace.of(nextSteps);
    p.builder = EsmsDotation.builder()
        .esms(f)
        .year(year)
        .mode(member.mode())
        .previousBase(base)
        .updatedBase(updated)
        .mesuresNouvelles(mnYear)
        .mesuresNouvellesFullYear(mnFull)
        .laterMesuresNouvelles(later)
        .cnr(cnr)
        .modulation(modulation)
        .adjustments(adjustments)
        .amount(amount)
        .trace(Trace.of(steps));
    return p;
  }

  /** Whether the contract applies its percentage to the dotation as notified, CNR included (R314-43-2 III). */
  private static boolean abatesNotifiedDotation(ModulationCase m) {
    return m instanceof PhModulation && ((PhModulation) m).clause().abatementBase() == AbatementBase.NOTIFIED_DOTATION;
  }

  /**
   * An EHPAD is modulated under R314-160 (soins) or R314-174 (dépendance), never under a contract clause of
   * R314-43-2, whose I covers the other ESMS of the contract; the EHPAD rules concern EHPAD only. A contract
   * clause modulates only in an L313-12 IV ter or L313-12-2 contract (R314-43-2 I), never in an L313-11 one.
   */
  private static void checkModulationRule(Scope scope, DgcMember member, ModulationCase m, String field) {
    CpomBasis basis = scope.basis();
    boolean ehpad = member.esms().category() == EsmsCategory.EHPAD;
    if (m instanceof PhModulation) {
      Checks.check(basis != CpomBasis.L313_11, field, "contract clause in " + basis.legalBasis(),
          Articles.R314_43_2_I, "only an L313-12 IV ter or L313-12-2 contract may modulate for activity");
      Checks.check(!ehpad, field, "contract clause", Articles.R314_43_2_I,
          "an EHPAD is modulated under R314-160 / R314-174, not under a contract clause");
    } else {
      Checks.check(ehpad, field, member.esms().category(), LegalBasis.casf("R314-160", "R314-174"),
          "the occupancy thresholds modulate the forfaits of an EHPAD only");
      // R314-160 modulates the forfait soins, R314-174 the forfait dépendance: each only the dotation of its own
      // financement, never the other forfait nor the hébergement tariff
      Financement fin = scope.financement();
      if (((EhpadModulation) m).section() == SectionTarifaire.DEPENDANCE) {
        Checks.check(fin.section() == SectionTarifaire.DEPENDANCE, field, fin, LegalBasis.casf("R314-174"),
            "R314-174 modulates the forfait dépendance (R314-172 1°), not the dotation of the financement " + fin);
      } else {
        Checks.check(fin.funder().kind() == FunderKind.ASSURANCE_MALADIE, field, fin, LegalBasis.casf("R314-160"),
            "R314-160 modulates the forfait soins of the assurance maladie (R314-159 1°), not the dotation of the "
                + "financement " + fin);
      }
    }
  }

  private static DgcSplit provisional(ResolvedDgc dgc, DgcYear input, List<Partial> partials, Amount computed) {
    Amount total = input.notifiedTotal().orElse(computed);
    // the partials are in the members' order, as the shares and their steps
    List<Amount> parts;
    StepKind how;
    Optional<Map<FinessNumber, Amount>> explicit = input.split().shares();
    if (explicit.isPresent()) {
      checkPerMember(dgc, explicit.get().keySet(), "dgcYear.split");
      Amount[] given = new Amount[partials.size()];
      for (int i = 0; i < given.length; i++) {
        FinessNumber f = partials.get(i).esms;
        Amount a = explicit.get().get(f);
        Checks.check(!a.isNegative(), "dgcYear.split[" + f + "]", a, RULE, "a share is not negative");
        given[i] = a;
      }
      parts = Arrays.asList(given);
      Amount sum = Amount.total(parts);
      Checks.check(sum.equals(total), "dgcYear.split", sum, RULE, "the provisional split must sum to the DGC amount " + total);
      how = StepKind.PROVISIONAL_SHARE_AS_WRITTEN;
    } else {
      if (computed.isZero()) {
        Checks.check(total.isZero(), "dgcYear.notifiedTotal", total, RULE,
            "a proportional split needs computed ESMS amounts above zero");
        parts = total.splitEqually(partials.size());
      } else {
        parts = splitByCents(total, partials);
      }
      how = StepKind.PROVISIONAL_SHARE_PROPORTIONAL;
    }
    FinessMap.Builder<Amount> shares = FinessMap.builder(partials.size());
    List<TraceStep> steps = new ArrayList<>(partials.size());
    for (int i = 0; i < partials.size(); i++) {
      DgcMember m = dgc.members().get(i);
      FinessNumber f = m.esms().finess();
      shares.put(f, parts.get(i));
      steps.add(TraceStep.of(how, parts.get(i), DGC_BASIS, m.esms().name(), f, input.year()));
    }
    return DgcSplit.builder().origin("arrêté de tarification " + input.year()).total(total).shares(shares.build())
        .trace(Trace.of(steps)).build();
  }

  /**
   * The total in proportion to the computed amounts, by the largest remainder on their cents: the parts of
   * {@link Amount#splitByWeights(List)} without its decimals. The amounts are never negative ({@code esms}
   * rejects a negative year); more parts than {@link Amount#MAX_PARTS} take the checked path, which names the
   * bound.
   */
  private static List<Amount> splitByCents(Amount total, List<Partial> partials) {
    int n = partials.size();
    if (n > Amount.MAX_PARTS) {
      List<BigDecimal> decimals = new ArrayList<>(n);
      partials.forEach(p -> decimals.add(p.amount.toBigDecimal()));
      return total.splitByWeights(decimals);
    }
    long[] weights = new long[n];
    for (int i = 0; i < n; i++) {
      weights[i] = partials.get(i).amount.cents();
    }
    long[] cents = LongSplit.byWeights(total.cents(), weights);
    Amount[] parts = new Amount[n];
    for (int i = 0; i < n; i++) {
      parts[i] = Amount.ofCents(cents[i]);
    }
    return Arrays.asList(parts);
  }

  private static DgcSplit applyDm(ResolvedDgc dgc, Year year, DgcSplit before, DecisionModificative dm,
      boolean permanent, Map<FinessNumber, Amount> nextBases, Map<FinessNumber, Trace> nextTraces) {
    String field = "dm[" + EngineBounds.shown(dm.reference()) + "]";
    Checks.check(dm.effectiveDate().getYear() == year.getValue(), field + ".decisionDate", dm.effectiveDate(), RULE,
        "a DM re-splits the DGC during its year " + year);
    LegalBasis basis = LegalBasis.casf(RULE.article().orElseThrow(), dgc.dmApprovalBasis().article().orElseThrow());
    Map<FinessNumber, Amount> shares = new LinkedHashMap<>(before.shares());
    Trace trace = Trace.empty();
    StepKind fromKind = permanent ? StepKind.DM_PERMANENT_FROM : StepKind.DM_CURRENT_YEAR_FROM;
    StepKind toKind = permanent ? StepKind.DM_PERMANENT_TO : StepKind.DM_CURRENT_YEAR_TO;
    for (DmTransfer t : dm.transfers()) {
      Checks.check(shares.containsKey(t.from()), field + ".from", t.from(), RULE, "not an ESMS of " + dgc.name());
      Checks.check(shares.containsKey(t.to()), field + ".to", t.to(), RULE, "not an ESMS of " + dgc.name());
      shares.put(t.from(), shares.get(t.from()).minus(t.amount()));
      shares.put(t.to(), shares.get(t.to()).plus(t.amount()));
      trace = trace.plus(fromKind, t.amount().negated(), basis, dm.reference(), dm.status(), dm.effectiveDate(), t.from())
          .plus(toKind, t.amount(), basis, dm.reference(), dm.status(), dm.effectiveDate(), t.to());
      if (permanent) {
        nextBases.put(t.from(), nextBases.get(t.from()).minus(t.amount()));
        nextBases.put(t.to(), nextBases.get(t.to()).plus(t.amount()));
        nextTraces.put(t.from(), nextTraces.get(t.from()).plus(StepKind.RESPLIT_TO,
            t.amount().negated(), basis, dm.reference(), t.to()));
        nextTraces.put(t.to(), nextTraces.get(t.to()).plus(StepKind.RESPLIT_FROM,
            t.amount(), basis, dm.reference(), t.from()));
      }
    }
    for (Map.Entry<FinessNumber, Amount> e : shares.entrySet()) {
      Checks.check(!e.getValue().isNegative(), field + ".transfers", e.getKey(), RULE,
          "the DM would leave a negative share " + e.getValue());
      Checks.check(!nextBases.get(e.getKey()).isNegative(), field + ".transfers", e.getKey(), RULE,
          "the permanent re-split would leave a negative base " + nextBases.get(e.getKey()));
    }
    return DgcSplit.builder()
        .origin(dm.reference())
        .effectiveFrom(dm.effectiveDate())
        .total(before.total())
        .shares(FinessMap.copyOf(shares))
        .trace(trace)
        .build();
  }

  private static void checkPerMember(ResolvedDgc dgc, java.util.Set<FinessNumber> keys, String field) {
    // messages built only on failure: this runs twice per DGC and year. A set of as many keys as members that
    // holds every member holds nothing else, so the keys are looked up only when one is missing or extra
    List<FinessNumber> members = dgc.finessNumbers();
    if (keys.size() != members.size()) {
      checkMembers(dgc, keys, field);
    }
    for (FinessNumber f : members) {
      if (!keys.contains(f)) {
        checkMembers(dgc, keys, field);
        throw new CpomValidationException(field, "missing " + f, RULE, "one entry per ESMS of " + dgc.name());
      }
    }
  }

  /** Rejects a key that is not a member, before any missing member is named. */
  private static void checkMembers(ResolvedDgc dgc, java.util.Set<FinessNumber> keys, String field) {
    for (FinessNumber f : keys) {
      if (f == null) {
        throw new NullPointerException(field + " key");
      }
      if (dgc.member(f).isEmpty()) {
        throw new CpomValidationException(field, f, RULE, "not an ESMS of " + dgc.name());
      }
    }
  }
}
