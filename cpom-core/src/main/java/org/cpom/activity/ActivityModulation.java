package org.cpom.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.contract.ModulationClause;
import org.cpom.contract.ModulationIndicator;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.trace.LegalBasis;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;

/**
 * The activity engine: modulates one ESMS's dotation for activity (RULES section 5).
 *
 * <p>PH (R314-43-2): gap = objective - last known activity (in points for the occupancy rate, relative to
 * the objective for a count); percentage = contract coefficient x gap, at most half the gap; applied only
 * when activity falls short, so an activity above the objective never raises the dotation. Example:
 * objective 95 %, observed 85 %: at most 5 %, i.e. 100,000 EUR on 2,000,000 EUR.
 *
 * <p>EHPAD (R314-160 soins, R314-174 dépendance): the last known occupancy of permanent places against the
 * threshold in force on 1 January of the tariff year for the EHPAD's funding level; percentage = half the
 * difference, downward; upward for soins only when the option is set.
 *
 * <p>The amount is rounded once, HALF_UP, from the exact gap (the day counts themselves, not a rounded
 * rate; RULES section 0); a reduction is rounded on its absolute value. A waiver keeps {@code 1 - share} of
 * the modulation, rounded once from the exact product as well. The rates reported in the result (observed,
 * gap, percentage) are kept to {@value ActivityRecord#PRECISION} significant digits when they do not
 * terminate.
 *
 * <p>The engine keeps no state: it is thread-safe.
 */
public final class ActivityModulation {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private ActivityModulation() {}

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
  public static ModulationResult modulate(ModulationCase modulationCase, Amount base, Year year) {
    return modulate(modulationCase, base, List.of(), year);
  }

  /**
   * Computes the modulation of one ESMS for a tariff year on the base less the parts the rule leaves out.
   *
   * <p>For an EHPAD the base given is the perennial part of the forfait and {@code unmodulated} lists its
   * funding outside the tariff equation (financements complémentaires, CASF R314-163): R314-160 (soins) and
   * R314-174 (dépendance) modulate the equation part only (R314-159 1°, R314-172 1°). The result's
   * {@link ModulationResult#base()} is what was modulated; its trace opens, when something was left out, with
   * a step of zero that states the base, each part left out with its basis, and why.
   *
   * @param modulationCase the rule, the activity known and any waiver
   * @param base the perennial part of the year's dotation, zero or more
   * @param unmodulated the parts of {@code base} that are not modulated, possibly none
   * @param year the tariff year; the last activity record strictly before it is used
   * @return the modulation, with its trace
   * @throws org.cpom.CpomValidationException if the base is negative or smaller than the parts left out, or
   *     no activity is known before the year, or two records share the last year, or the record lacks the
   *     indicator's data
   */
  public static ModulationResult modulate(ModulationCase modulationCase, Amount base, List<UnmodulatedPart> unmodulated,
      Year year) {
    Objects.requireNonNull(modulationCase, "modulationCase");
    Objects.requireNonNull(base, "base");
    Checks.noNulls(unmodulated, "unmodulated");
    Objects.requireNonNull(year, "year");
    LegalBasis article = basisOf(modulationCase);
    Checks.check(!base.isNegative(), "modulation.base", base, article.text(),
        "the perennial part modulated must not be negative");
    Amount leftOut = Amount.total(unmodulated.stream().map(UnmodulatedPart::amount).toList());
    Amount modulated = base.minus(leftOut);
    Checks.check(!modulated.isNegative(), "modulation.unmodulated", leftOut, article.text(),
        "the parts left out of the modulated base exceed the base " + base);
    ModulationResult r = modulationCase instanceof PhModulation
        ? ph((PhModulation) modulationCase, modulated, year)
        : ehpad((EhpadModulation) modulationCase, modulated, year);
    if (unmodulated.isEmpty()) {
      return r;
    }
    StringBuilder label = new StringBuilder("Modulated base: ").append(base);
    for (UnmodulatedPart u : unmodulated) {
      label.append(" less ").append(u.label()).append(' ').append(u.amount()).append(" (").append(u.basis()).append(')');
    }
    label.append(" = ").append(modulated).append("; ").append(whyLeftOut(modulationCase));
    List<TraceStep> steps = new java.util.ArrayList<>();
    steps.add(TraceStep.of(label.toString(), Amount.ZERO, article));
    steps.addAll(r.trace().steps());
    return ModulationResult.builder().from(r).unmodulated(unmodulated).trace(Trace.of(steps)).build();
  }

  private static LegalBasis basisOf(ModulationCase c) {
    return c instanceof EhpadModulation ? LegalBasis.of(((EhpadModulation) c).article()) : LegalBasis.casf("R314-43-2 III");
  }

  private static String whyLeftOut(ModulationCase c) {
    if (c instanceof EhpadModulation) {
      return ((EhpadModulation) c).section() == org.cpom.referential.FundedSection.DEPENDANCE
          ? "CASF R314-174 modulates only the part of the forfait dépendance of R314-172 1° (tariff equation)"
          : "CASF R314-160 modulates only the part of the forfait soins of R314-159 1° (tariff equation), not the "
              + "financements complémentaires (R314-163)";
    }
    return "the contract leaves these parts out of the modulated base; they stay in the base reconductible";
  }

  private static ModulationResult ph(PhModulation c, Amount base, Year year) {
    LegalBasis article = LegalBasis.casf("R314-43-2 III");
    ModulationClause clause = c.clause();
    ModulationIndicator indicator = clause.indicator();
    ActivityRecord last = lastKnown(c.activity(), year, c.esms().toString(), article);
    BigDecimal observed = last.observed(indicator);
    BigDecimal objective = clause.objective();
    Gap gap = indicator.isCount()
        ? new Gap(objective.subtract(observed), objective)
        : Gap.ofDays(objective, last.daysProvided(), last.theoreticalDays());
    ImmutableModulationResult.Builder b = ModulationResult.builder()
        .esms(c.esms())
        .year(year)
        .measuredYear(last.year())
        .observed(observed)
        .reference(objective)
        .gap(gap.rate())
        .base(base)
        .persistsInBase(clause.reducesBase());
    String what = describe(indicator, last.year(), observed, objective) + ", " + clause.clause();
    if (gap.signum() <= 0) {
      return b.ceiling(Rate.ZERO)
          .percentage(Rate.ZERO)
          .adjustment(Amount.ZERO)
          .persistsInBase(false)
          .trace(Trace.of(TraceStep.of("No modulation: " + what + " (activity not below the objective)",
              Amount.ZERO, article)))
          .build();
    }
    BigDecimal percent = gap.rate().toFraction().multiply(clause.coefficient());
    b.ceiling(Rate.ofFraction(gap.rate().toFraction().multiply(HALF))).percentage(Rate.ofFraction(percent.negate()));
    Amount gross = gap.share(base, clause.coefficient()).negated();
    String label = "Modulation for activity: " + what + ", coefficient " + clause.coefficient().toPlainString()
        + " x gap = " + pct(percent) + " of " + base;
    return withWaiver(b, c.waiver(), base, gap, clause.coefficient(), false, gross, TraceStep.of(label, gross, article),
        article);
  }

  private static ModulationResult ehpad(EhpadModulation c, Amount base, Year year) {
    LegalBasis article = LegalBasis.of(c.article());
    ImmutableModulationResult.Builder b = ModulationResult.builder()
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
          .trace(Trace.of(TraceStep.of("No modulation: no occupancy threshold in force in " + year
              + " for funding level " + c.fundingLevel(), Amount.ZERO, c.thresholds().parameter(c.fundingLevel()).basis())))
          .build();
    }
    ActivityRecord last = lastKnown(c.activity(), year, c.esms().toString(), article);
    BigDecimal occupancy = last.ehpadOccupancyRate().toFraction();
    BigDecimal th = threshold.get().toFraction();
    Gap gap = Gap.ofDays(th, Math.addExact(last.daysProvided(), last.absencesUnder72Hours()), last.theoreticalDays());
    b.measuredYear(last.year()).observed(occupancy).reference(th).gap(gap.rate());
    String what = "permanent-place occupancy " + last.year() + " " + pct(occupancy) + " against threshold "
        + pct(th) + " (" + c.fundingLevel() + ", " + c.thresholds().parameter(c.fundingLevel()).basis() + ")";
    if (gap.signum() > 0) {
      BigDecimal percent = gap.rate().toFraction().multiply(HALF);
      b.ceiling(Rate.ofFraction(percent)).percentage(Rate.ofFraction(percent.negate()));
      Amount gross = gap.share(base, HALF).negated();
      String label = "Modulation of the forfait " + c.section().name().toLowerCase(java.util.Locale.ROOT) + ": "
          + what + ", half the gap = " + pct(percent) + " of " + base;
      return withWaiver(b, c.waiver(), base, gap, HALF, false, gross, TraceStep.of(label, gross, article), article);
    }
    if (gap.signum() < 0 && c.upwardSoins()) {
      BigDecimal percent = gap.rate().toFraction().negate().multiply(HALF);
      b.percentage(Rate.ofFraction(percent));
      Amount gross = gap.share(base, HALF);
      String label = "Upward modulation of the forfait soins (optional symmetric reading of R314-160 3°): " + what
          + ", half the excess = " + pct(percent) + " of " + base;
      return withWaiver(b, c.waiver(), base, gap, HALF, true, gross, TraceStep.of(label, gross, article), article);
    }
    return b.adjustment(Amount.ZERO)
        .trace(Trace.of(TraceStep.of("No modulation: " + what, Amount.ZERO, article)))
        .build();
  }

  /**
   * Applies the waiver: the net keeps {@code 1 - share} of the exact modulation, rounded once; the waiver
   * step is the exact difference, so the steps sum to the net. The modulation is {@code factor x gap} of the
   * base, a reduction unless {@code increase}.
   */
  private static ModulationResult withWaiver(ImmutableModulationResult.Builder b, Optional<Waiver> waiver, Amount base,
      Gap gap, BigDecimal factor, boolean increase, Amount gross, TraceStep first, LegalBasis article) {
    if (waiver.isEmpty()) {
      return b.adjustment(gross).trace(Trace.of(first)).build();
    }
    Waiver w = waiver.get();
    BigDecimal kept = BigDecimal.ONE.subtract(w.share().toFraction());
    Amount net = gap.share(base, factor.multiply(kept));
    net = increase ? net : net.negated();
    TraceStep waived = TraceStep.of("Waiver of " + pct(w.share().toFraction()) + " of the modulation: " + w.reason(),
        net.minus(gross), article);
    return b.waiver(w).adjustment(net).trace(Trace.of(first, waived)).build();
  }

  /**
   * The gap between the reference (objective or threshold) and the activity, kept as the exact fraction
   * {@code numerator / denominator} so that an amount is rounded once from it (RULES section 0), even when
   * the occupancy rate does not terminate (12,002 days of 14,600).
   */
  private static final class Gap {
    private final BigDecimal numerator;
    private final BigDecimal denominator;

    Gap(BigDecimal numerator, BigDecimal denominator) {
      this.numerator = numerator;
      this.denominator = denominator;
    }

    /** reference - days / theoreticalDays, as (reference x theoreticalDays - days) / theoreticalDays. */
    static Gap ofDays(BigDecimal reference, long days, long theoreticalDays) {
      BigDecimal theoretical = BigDecimal.valueOf(theoreticalDays);
      return new Gap(reference.multiply(theoretical).subtract(BigDecimal.valueOf(days)), theoretical);
    }

    int signum() {
      return numerator.signum();
    }

    /** The gap as a rate, kept to {@value ActivityRecord#PRECISION} significant digits when it does not terminate. */
    Rate rate() {
      return Rate.ratio(numerator, denominator, ActivityRecord.PRECISION, RoundingMode.HALF_UP);
    }

    /** {@code base x factor x |gap|}, computed exactly and rounded once, HALF_UP. */
    Amount share(Amount base, BigDecimal factor) {
      BigDecimal exact = base.toBigDecimal().multiply(factor).multiply(numerator.abs());
      return Amount.of(exact.divide(denominator, 2, RoundingMode.HALF_UP));
    }
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
        Checks.check(seen.add(r.year()), "modulation.activity", r.year(), article.text(),
            "two activity records of ESMS " + esms + " for the same year");
        if (best == null || r.year().isAfter(best.year())) {
          best = r;
        }
      }
    }
    Checks.check(best != null, "modulation.activity", records.size() + " record(s)", article.text(),
        "no activity of ESMS " + esms + " known before " + year + "; the last known activity is used");
    return best;
  }

  private static String describe(ModulationIndicator indicator, Year measured, BigDecimal observed, BigDecimal objective) {
    if (indicator == ModulationIndicator.OCCUPANCY_RATE) {
      return "occupancy " + measured + " " + pct(observed) + " against objective " + pct(objective);
    }
    String name = indicator == ModulationIndicator.PEOPLE_SUPPORTED ? "people supported " : "services delivered ";
    return name + measured + " " + observed.toPlainString() + " against objective " + objective.toPlainString();
  }

  /** A fraction as a percentage with two decimals, locale-independent. */
  static String pct(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
  }
}
