package org.cpom.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.contract.ModulationClause;
import org.cpom.contract.ModulationCombination;
import org.cpom.contract.ModulationIndicator;
import org.cpom.contract.ModulationStep;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.trace.Percentage;
import org.cpom.trace.Phrase;
import org.cpom.trace.StepKind;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;

/**
 * The activity engine: modulates one ESMS's dotation for activity (modulation en fonction de l'activité).
 *
 * <p>PH and other ESMS under a contract clause (CASF R314-43-2): for each clause, the gap = objective - last
 * known activity (in points for a rate, relative to the objective for a count); the clause's modality
 * (coefficient, franchise, steps, cap in euros) gives its percentage; several clauses of one ESMS are combined
 * by the contract's rule (largest, sum, weighted mean). The result is never above half the gap (half the
 * largest gap with several indicators), which the trace shows, and applies only when activity falls short, so
 * an activity above the objective never raises the dotation. Example: objective 95 %, observed 85 %: at most
 * 5 %, i.e. 100,000 EUR on 2,000,000 EUR.
 *
 * <p>EHPAD (R314-160 soins, R314-174 dépendance): the last known occupancy of permanent places against the
 * threshold in force on 1 January of the tariff year for the EHPAD's funding level; percentage = half the
 * difference, downward; upward for soins only when the option is set. Only the equation part of the forfait is
 * modulated (R314-159 1°, R314-172 1°): the financements complémentaires are passed as {@link UnmodulatedPart}s.
 *
 * <p>The amount is rounded once, HALF_UP, from the exact gap (the day counts themselves, not a rounded rate)
 * and the exact result of the modality; a reduction is rounded on its absolute value. A waiver keeps {@code 1 -
 * share} of the modulation, rounded once from the exact product as well. The rates reported in the result
 * (observed, gap, percentage) are kept to {@value ActivityRecord#PRECISION} significant digits when they do
 * not terminate.
 *
 * <p>The engine keeps no state: it is thread-safe.
 */
public final class ActivityEngine {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private ActivityEngine() {}

  /**
   * Computes the modulation of one ESMS for a tariff year on the whole base given.
   *
   * @param modulationCase the rule, the activity known and any waiver
   * @param base the amount modulated (the perennial part of the year's dotation), zero or more
   * @param year the tariff year; the last activity record strictly before it is used
   * @return the modulation, with its trace
   * @throws org.cpom.CpomValidationException if the base is negative, or no activity is known before the
   *     year, or two records share the last year, or the record lacks the indicator's data
   */
  public static ActivityModulation modulate(ModulationCase modulationCase, Amount base, Year year) {
    return modulate(modulationCase, base, List.of(), year);
  }

  /**
   * Computes the modulation of one ESMS for a tariff year on the base less the parts the rule leaves out.
   *
   * <p>For an EHPAD the base given is the perennial part of the forfait and {@code unmodulated} lists its
   * funding outside the tariff equation (financements complémentaires, CASF R314-163): R314-160 (soins) and
   * R314-174 (dépendance) modulate the equation part only (R314-159 1°, R314-172 1°). The result's
   * {@link ActivityModulation#base()} is what was modulated; its trace opens, when something was left out, with
   * a step of zero that states the base, each part left out with its basis, and why.
   *
   * @param modulationCase the rule, the activity known and any waiver
   * @param base the perennial part of the year's dotation, zero or more
   * @param unmodulated the parts of {@code base} that are not modulated, possibly none
   * @param year the tariff year; the last activity record strictly before it is used
   * @return the modulation, with its trace
   * @throws org.cpom.CpomValidationException if the base is negative or smaller than the parts left out, or
   *     no activity is known before the year, or two records share the last year, or the record lacks the
   *     indicator's data, or the year is outside 1583 to 9999, or the modulation of the base is out of the
   *     range of an amount (field {@code modulation.base})
   */
  public static ActivityModulation modulate(ModulationCase modulationCase, Amount base, List<UnmodulatedPart> unmodulated,
      Year year) {
    Objects.requireNonNull(modulationCase, "modulationCase");
    Objects.requireNonNull(base, "base");
    Checks.noNulls(unmodulated, "unmodulated");
    Objects.requireNonNull(year, "year");
    LegalBasis article = basisOf(modulationCase);
    Checks.check(!base.isNegative(), "modulation.base", base, article,
        "the perennial part modulated must not be negative");
    EngineBounds.year(year, "year");
    // the parts left out are within the base: their total is bounded by it, and checked as it is made
    EngineBounds.AbsoluteTotal parts = new EngineBounds.AbsoluteTotal("the parts left out of the modulated base");
    for (int i = 0; i < unmodulated.size(); i++) {
      parts.add(unmodulated.get(i).amount().cents(), "unmodulated[" + i + "].amount");
    }
    Amount leftOut = Amount.total(unmodulated.stream().map(UnmodulatedPart::amount).toList());
    Amount modulated = base.minus(leftOut);
    Checks.check(!modulated.isNegative(), "modulation.unmodulated", leftOut, article,
        "the parts left out of the modulated base exceed the base " + base);
    // an upward EHPAD modulation is half the excess occupancy, which the day counts bound only loosely: an
    // amount out of range is the base's
    ActivityModulation r = EngineBounds.naming(() -> modulationCase instanceof PhModulation
        ? ph((PhModulation) modulationCase, modulated, year)
        : ehpad((EhpadModulation) modulationCase, modulated, year), "modulation.base", base);
    if (unmodulated.isEmpty()) {
      return r;
    }
    Phrase leftOutParts = Phrase.empty();
    for (UnmodulatedPart u : unmodulated) {
      leftOutParts = leftOutParts.text(" moins ", " less ").value(u.label()).text(" ", " ").value(u.amount()).text(" (", " (")
          .value(u.basis()).text(")", ")");
    }
    List<TraceStep> steps = new ArrayList<>();
    // what a contract clause's abatement applies to is the convention's, an EHPAD forfait's part the article's
    LegalBasis baseBasis = modulationCase instanceof PhModulation ? article.readWith(Convention.ABATEMENT_BASE) : article;
    steps.add(TraceStep.of(StepKind.MODULATED_BASE, Amount.ZERO, baseBasis, base, leftOutParts, modulated,
        whyLeftOut(modulationCase)));
    steps.addAll(r.trace().steps());
    return ActivityModulation.builder().from(r).unmodulated(unmodulated).trace(Trace.of(steps)).build();
  }

  private static LegalBasis basisOf(ModulationCase c) {
    return c instanceof EhpadModulation ? ((EhpadModulation) c).article() : Articles.R314_43_2_III;
  }

  private static Phrase whyLeftOut(ModulationCase c) {
    if (c instanceof EhpadModulation) {
      return ((EhpadModulation) c).section() == org.cpom.referential.SectionTarifaire.DEPENDANCE
          ? Phrase.of("le CASF R314-174 ne module que la part du forfait dépendance du R314-172 1° (équation "
              + "tarifaire) ; le reste demeure dans la base reconductible",
              "CASF R314-174 modulates only the part of the forfait dépendance of R314-172 1° (tariff equation); "
              + "the rest stays in the base reconductible")
          : Phrase.of("le CASF R314-160 ne module que la part du forfait soins du R314-159 1° (équation tarifaire), "
              + "pas les financements complémentaires (R314-163), qui demeurent dans la base reconductible",
              "CASF R314-160 modulates only the part of the forfait soins of R314-159 1° (tariff equation), not the "
              + "financements complémentaires (R314-163), which stay in the base reconductible");
    }
    return Phrase.of("le contrat exclut ces parts de la base modulée ; elles demeurent dans la base reconductible",
        "the contract leaves these parts out of the modulated base; they stay in the base reconductible");
  }

  /** One clause's reading of the activity: its gap, its half-gap cap and the percentage its modality gives. */
  private static final class Outcome {
    final ModulationClause clause;
    final BigDecimal observed;
    final Exact gap;
    final Exact cap;
    final Exact percentage;
    final Phrase text;

    Outcome(ModulationClause clause, BigDecimal observed, Exact gap, Exact cap, Exact percentage, Phrase text) {
      this.clause = clause;
      this.observed = observed;
      this.gap = gap;
      this.cap = cap;
      this.percentage = percentage;
      this.text = text;
    }
  }

  private static ActivityModulation ph(PhModulation c, Amount base, Year year) {
    LegalBasis article = Articles.R314_43_2_III;
    ModulationClause first = c.clause();
    ActivityRecord last = lastKnown(c.activity(), year, c.esms().toString(), article);
    List<Outcome> outcomes = new ArrayList<>();
    Exact largestGap = null;
    Exact ceiling = Exact.ZERO;
    for (ModulationClause clause : c.clauses()) {
      Outcome o = outcome(clause, last, base, article);
      outcomes.add(o);
      largestGap = largestGap == null ? o.gap : largestGap.max(o.gap);
      ceiling = ceiling.max(o.cap);
    }
    Exact combined = combine(first.combination(), outcomes, ceiling);
    // whatever the contract's modality, R314-43-2 III caps the percentage at half the gap
    Checks.check(combined.compareTo(ceiling) <= 0, "modulation.percentage", pct(combined.fraction()), article,
        "the contract's modality gives more than half the gap, " + pct(ceiling.fraction()));
    boolean single = outcomes.size() == 1;
    // one indicator: its gap is measured by the convention; several: the cap is half the largest gap
    LegalBasis outcomeBasis = article.readWith(single ? Convention.GAP_MEASURE : Convention.LARGEST_GAP);
    ImmutableActivityModulation.Builder b = ActivityModulation.builder()
        .esms(c.esms())
        .year(year)
        .measuredYear(last.year())
        .gap(largestGap.rate())
        .base(base)
        .ceiling(ceiling.rate())
        .percentage(combined.negate().rate())
        .persistsInBase(first.reducesBase() && combined.signum() > 0);
    if (single) {
      b.observed(outcomes.get(0).observed).reference(first.objective());
    }
    Phrase cap = (single ? Phrase.of("plafond légal (R314-43-2 III) moitié de l'écart = ",
        "legal cap (R314-43-2 III) half the gap = ") : Phrase.of("plafond légal (R314-43-2 III) moitié du plus grand écart = ",
        "legal cap (R314-43-2 III) half the largest gap = ")).value(pct(ceiling.fraction())).text(" = ", " = ")
        .value(ceiling.of(base));
    List<TraceStep> steps = new ArrayList<>();
    Phrase head;
    if (single) {
      head = outcomes.get(0).text;
    } else {
      for (int i = 0; i < outcomes.size(); i++) {
        Outcome o = outcomes.get(i);
        steps.add(TraceStep.of(StepKind.MODULATION_INDICATOR, Amount.ZERO, article.readWith(Convention.GAP_MEASURE), i + 1, outcomes.size(), o.text,
            pct(o.cap.fraction())));
      }
      head = Phrase.empty().value(outcomes.size()).text(" indicateurs combinés par ", " indicators combined by ")
          .value(first.combination()).text(" (contrat) : ", " (contract): ").value(pct(combined.fraction()));
    }
    if (ceiling.signum() == 0) {
      steps.add(TraceStep.of(StepKind.NO_MODULATION_NOT_BELOW, Amount.ZERO, outcomeBasis, head));
      return b.adjustment(Amount.ZERO).trace(Trace.of(steps)).build();
    }
    if (combined.signum() == 0) {
      steps.add(TraceStep.of(StepKind.NO_MODULATION_ZERO, Amount.ZERO, outcomeBasis, head, cap));
      return b.adjustment(Amount.ZERO).trace(Trace.of(steps)).build();
    }
    Amount gross = combined.of(base).negated();
    steps.add(TraceStep.of(StepKind.MODULATION, gross, outcomeBasis, head, first.abatementBase(), base, cap));
    return withWaiver(b, c.waiver(), base, combined, false, gross, steps, article);
  }

  /** The gap of one clause and the percentage its modality gives, capped in euros if the contract says so. */
  private static Outcome outcome(ModulationClause clause, ActivityRecord last, Amount base, LegalBasis article) {
    ModulationIndicator indicator = clause.indicator();
    BigDecimal observed = last.observed(indicator);
    BigDecimal objective = clause.objective();
    Exact gap;
    if (indicator.isCount()) {
      gap = Exact.ratio(objective.subtract(observed), objective);
    } else if (indicator.equals(ModulationIndicator.OCCUPANCY_RATE)) {
      gap = Exact.gapOfDays(objective, last.daysProvided(), last.theoreticalDays());
    } else {
      gap = Exact.of(objective.subtract(observed));
    }
    Exact shortfall = gap.max(Exact.ZERO);
    Exact cap = shortfall.times(HALF);
    Phrase text = describe(indicator, last.year(), observed, objective).text(", ", ", ").value(clause.clause());
    if (shortfall.signum() == 0) {
      return new Outcome(clause, observed, gap, cap, Exact.ZERO, text);
    }
    Exact percentage;
    if (!clause.steps().isEmpty()) {
      ModulationStep reached = null;
      for (ModulationStep s : clause.steps()) {
        if (shortfall.compareTo(Exact.of(s.fromGap().toFraction())) >= 0) {
          reached = s;
        }
      }
      percentage = reached == null ? Exact.ZERO : Exact.of(reached.percentage().toFraction());
      text = text.text(", écart ", ", gap ").value(pct(shortfall.fraction()));
      text = (reached == null ? text.text(" sous le premier palier ", " below the first step ").then(step(clause.steps().get(0)))
          : text.text(", palier ", ", step ").then(step(reached))).text(" = ", " = ").value(pct(percentage.fraction()));
    } else if (clause.franchise().signum() > 0) {
      Exact excess = shortfall.minus(Exact.of(clause.franchise().toFraction())).max(Exact.ZERO);
      percentage = excess.times(clause.coefficient());
      text = text.text(", écart ", ", gap ").value(pct(shortfall.fraction())).text(", franchise ", ", franchise ")
          .value(pct(clause.franchise().toFraction())).text(" puis coefficient ", " then coefficient ")
          .value(clause.coefficient()).text(" x l'excédent ", " x the excess ").value(pct(excess.fraction()))
          .text(" = ", " = ").value(pct(percentage.fraction()));
    } else {
      percentage = shortfall.times(clause.coefficient());
      text = text.text(", coefficient ", ", coefficient ").value(clause.coefficient()).text(" x écart = ", " x gap = ")
          .value(pct(percentage.fraction()));
    }
    Checks.check(percentage.compareTo(cap) <= 0, "modulation.percentage", pct(percentage.fraction()), article,
        "clause " + clause.clause() + " gives more than half the gap, " + pct(cap.fraction()));
    if (clause.euroCap().isPresent() && base.isPositive()) {
      Amount euros = clause.euroCap().get();
      Exact share = Exact.ratio(euros.toBigDecimal(), base.toBigDecimal());
      if (percentage.compareTo(share) > 0) {
        percentage = share;
        text = text.text(", plafonnée par le contrat à ", ", capped by the contract at ").value(euros);
      }
    }
    return new Outcome(clause, observed, gap, cap, percentage, text);
  }

  /** The contract's combination of the clauses' percentages, never above the legal ceiling. */
  private static Exact combine(ModulationCombination rule, List<Outcome> outcomes, Exact ceiling) {
    Exact result = Exact.ZERO;
    switch (rule) {
      case LARGEST:
        for (Outcome o : outcomes) {
          result = result.max(o.percentage);
        }
        return result;
      case SUM:
        for (Outcome o : outcomes) {
          result = result.plus(o.percentage);
        }
        return result.min(ceiling);
      default:
        BigDecimal weights = BigDecimal.ZERO;
        for (Outcome o : outcomes) {
          result = result.plus(o.percentage.times(o.clause.weight()));
          weights = weights.add(o.clause.weight());
        }
        return result.dividedBy(weights);
    }
  }

  private static ActivityModulation ehpad(EhpadModulation c, Amount base, Year year) {
    LegalBasis article = c.article();
    // the reading of R314-160 3° (a decrease by default, an increase as an option) is the convention's
    LegalBasis modulationBasis = article.readWith(Convention.EHPAD_MODULATION);
    ImmutableActivityModulation.Builder b = ActivityModulation.builder()
        .esms(c.esms())
        .year(year)
        .base(base)
        .persistsInBase(false)
        .ceiling(Rate.ZERO)
        .gap(Rate.ZERO)
        .percentage(Rate.ZERO);
    Optional<Rate> threshold = c.thresholds().thresholdFor(c.fundingLevel(), year);
    if (threshold.isEmpty()) {
      return b.adjustment(Amount.ZERO)
          .trace(Trace.of(TraceStep.of(StepKind.NO_MODULATION_NO_THRESHOLD, Amount.ZERO,
              c.thresholds().parameter(c.fundingLevel()).basis(), year, c.fundingLevel())))
          .build();
    }
    ActivityRecord last = lastKnown(c.activity(), year, c.esms().toString(), article);
    BigDecimal occupancy = last.ehpadOccupancyRate().toFraction();
    BigDecimal th = threshold.get().toFraction();
    // both day counts are at most EngineBounds.MAX_DAYS (checked when the record is built): the sum cannot overflow
    Exact gap = Exact.gapOfDays(th, Math.addExact(last.daysProvided(), last.absencesUnder72Hours()), last.theoreticalDays());
    b.measuredYear(last.year()).observed(occupancy).reference(th).gap(gap.rate());
    Phrase what = Phrase.of("occupation des places permanentes ", "permanent-place occupancy ").value(last.year())
        .text(" ", " ").value(pct(occupancy)).text(" pour un seuil de ", " against threshold ").value(pct(th))
        .text(" (financement ", " (funding ").value(c.fundingLevel()).text(", ", ", ").value(c.thresholds().parameter(c.fundingLevel()).basis())
        .text(")", ")");
    Exact half = gap.abs().times(HALF);
    if (gap.signum() > 0) {
      b.ceiling(half.rate()).percentage(half.negate().rate());
      Amount gross = half.of(base).negated();
      Phrase forfait = c.section() == org.cpom.referential.SectionTarifaire.DEPENDANCE ? Phrase.of("dépendance", "dependance")
          : Phrase.empty().value(c.section().name().toLowerCase(java.util.Locale.ROOT));
      return withWaiver(b, c.waiver(), base, half, false, gross,
          List.of(TraceStep.of(StepKind.OCCUPANCY_MODULATION, gross, modulationBasis, forfait, what, pct(half.fraction()), base)),
          article);
    }
    if (gap.signum() < 0 && c.upwardSoins()) {
      b.percentage(half.rate());
      Amount gross = half.of(base);
      return withWaiver(b, c.waiver(), base, half, true, gross, List.of(TraceStep.of(StepKind.UPWARD_OCCUPANCY_MODULATION,
          gross, modulationBasis, what, pct(half.fraction()), base)), article);
    }
    return b.adjustment(Amount.ZERO)
        .trace(Trace.of(TraceStep.of(StepKind.NO_MODULATION_OCCUPANCY, Amount.ZERO, modulationBasis, what)))
        .build();
  }

  /**
   * Applies the waiver: the net keeps {@code 1 - share} of the exact modulation, rounded once; the waiver
   * step is the exact difference, so the steps sum to the net. The modulation is {@code percentage} of the
   * base, a reduction unless {@code increase}.
   */
  private static ActivityModulation withWaiver(ImmutableActivityModulation.Builder b, Optional<Waiver> waiver, Amount base,
      Exact percentage, boolean increase, Amount gross, List<TraceStep> steps, LegalBasis article) {
    if (waiver.isEmpty()) {
      return b.adjustment(gross).trace(Trace.of(steps)).build();
    }
    Waiver w = waiver.get();
    BigDecimal kept = BigDecimal.ONE.subtract(w.share().toFraction());
    Amount net = percentage.times(kept).of(base);
    net = increase ? net : net.negated();
    List<TraceStep> all = new ArrayList<>(steps);
    // the net is rounded once from the exact product, not from the rounded gross
    all.add(TraceStep.of(StepKind.MODULATION_WAIVER, net.minus(gross), article.readWith(Convention.HALF_UP_ROUNDING),
        pct(w.share().toFraction()), w.reason()));
    return b.waiver(w).adjustment(net).trace(Trace.of(all)).build();
  }

  /**
   * The latest record strictly before the tariff year: the last known activity. Two records of one year
   * before the tariff year are rejected, whatever their order.
   */
  static ActivityRecord lastKnown(List<ActivityRecord> records, Year year, String esms, LegalBasis article) {
    ActivityRecord best = null;
    java.util.Set<Year> seen = new java.util.HashSet<>();
    for (ActivityRecord r : records) {
      if (r.year().isBefore(year)) {
        Checks.check(seen.add(r.year()), "modulation.activity", r.year(), article,
            "two activity records of ESMS " + esms + " for the same year");
        if (best == null || r.year().isAfter(best.year())) {
          best = r;
        }
      }
    }
    Checks.check(best != null, "modulation.activity", records.size() + " record(s)", article,
        "no activity of ESMS " + esms + " known before " + year + "; the last known activity is used");
    return best;
  }

  private static Phrase describe(ModulationIndicator indicator, Year measured, BigDecimal observed, BigDecimal objective) {
    Phrase own = indicator.justification().map(j -> Phrase.of(" (indicateur propre au contrat, ",
        " (contract's own indicator, ").value(indicator.article()).text(" : ", ": ").value(j).text(")", ")"))
        .orElse(Phrase.empty());
    Phrase head = name(indicator).then(own).text(" ", " ").value(measured).text(" ", " ");
    if (!indicator.isCount()) {
      return head.value(pct(observed)).text(" pour un objectif de ", " against objective ").value(pct(objective));
    }
    return head.value(observed).text(" pour un objectif de ", " against objective ").value(objective);
  }

  /** The name of an indicator: the three of R314-43-2 II in both languages, a contract's own as the contract wrote it. */
  private static Phrase name(ModulationIndicator indicator) {
    String french = indicator.label(java.util.Locale.FRENCH);
    // a contract's own indicator reads as written, in both languages: a value passed through
    return french.equals(indicator.label()) ? Phrase.empty().value(indicator.label()) : Phrase.of(french, indicator.label());
  }

  /** A step of a clause's scale, as {@link ModulationStep#toString()} reads in English. */
  private static Phrase step(ModulationStep s) {
    return Phrase.of("à partir d'un écart de ", "from a gap of ").value(s.fromGap()).text(" : ", ": ").value(s.percentage());
  }

  /** A fraction as a displayed percentage with two decimals. */
  static Percentage pct(BigDecimal fraction) {
    return Percentage.ofFraction(fraction);
  }
}
