package org.cpom.activity;

import java.math.BigDecimal;
import java.math.MathContext;
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
 * <p>The amount is rounded once, HALF_UP, from the exact product (RULES section 0); a reduction is rounded
 * on its absolute value. A waiver keeps {@code 1 - share} of the modulation, rounded once from the exact
 * product as well.
 */
public final class ActivityModulation {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final MathContext MC = new MathContext(ActivityRecord.PRECISION, RoundingMode.HALF_UP);

  private ActivityModulation() {}

  /**
   * Computes the modulation of one ESMS for a tariff year.
   *
   * @param modulationCase the rule, the activity known and any waiver
   * @param base the perennial part of the year's dotation, zero or more
   * @param year the tariff year; the last activity record strictly before it is used
   * @return the modulation, with its trace
   * @throws org.cpom.CpomValidationException if the base is negative, or no activity is known before the
   *     year, or two records share the last year, or the record lacks the indicator's data
   */
  public static ModulationResult modulate(ModulationCase modulationCase, Amount base, Year year) {
    Objects.requireNonNull(modulationCase, "modulationCase");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(year, "year");
    Checks.check(!base.isNegative(), "modulation.base", base, "RULES 3 step 5",
        "the perennial part modulated must not be negative");
    if (modulationCase instanceof PhModulation) {
      return ph((PhModulation) modulationCase, base, year);
    }
    return ehpad((EhpadModulation) modulationCase, base, year);
  }

  private static ModulationResult ph(PhModulation c, Amount base, Year year) {
    LegalBasis article = LegalBasis.casf("R314-43-2 III");
    ModulationClause clause = c.clause();
    ModulationIndicator indicator = clause.indicator();
    ActivityRecord last = lastKnown(c.activity(), year, c.esms().toString(), article);
    BigDecimal observed = last.observed(indicator);
    BigDecimal objective = clause.objective();
    BigDecimal gap = objective.subtract(observed);
    if (indicator.isCount()) {
      gap = gap.divide(objective, MC);
    }
    ImmutableModulationResult.Builder b = ModulationResult.builder()
        .esms(c.esms())
        .year(year)
        .measuredYear(last.year())
        .observed(observed)
        .reference(objective)
        .gap(Rate.ofFraction(gap))
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
    BigDecimal percent = gap.multiply(clause.coefficient());
    b.ceiling(Rate.ofFraction(gap.multiply(HALF))).percentage(Rate.ofFraction(percent.negate()));
    Amount gross = base.multipliedBy(percent, RoundingMode.HALF_UP).negated();
    String label = "Modulation for activity: " + what + ", coefficient " + clause.coefficient().toPlainString()
        + " x gap = " + pct(percent) + " of " + base;
    return withWaiver(b, c.waiver(), base, percent, false, gross, TraceStep.of(label, gross, article), article);
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
    BigDecimal gap = th.subtract(occupancy);
    b.measuredYear(last.year()).observed(occupancy).reference(th).gap(Rate.ofFraction(gap));
    String what = "permanent-place occupancy " + last.year() + " " + pct(occupancy) + " against threshold "
        + pct(th) + " (" + c.fundingLevel() + ", " + c.thresholds().parameter(c.fundingLevel()).basis() + ")";
    if (gap.signum() > 0) {
      BigDecimal percent = gap.multiply(HALF);
      b.ceiling(Rate.ofFraction(percent)).percentage(Rate.ofFraction(percent.negate()));
      Amount gross = base.multipliedBy(percent, RoundingMode.HALF_UP).negated();
      String label = "Modulation of the forfait " + c.section().name().toLowerCase(java.util.Locale.ROOT) + ": "
          + what + ", half the gap = " + pct(percent) + " of " + base;
      return withWaiver(b, c.waiver(), base, percent, false, gross, TraceStep.of(label, gross, article), article);
    }
    if (gap.signum() < 0 && c.upwardSoins()) {
      BigDecimal percent = gap.negate().multiply(HALF);
      b.percentage(Rate.ofFraction(percent));
      Amount gross = base.multipliedBy(percent, RoundingMode.HALF_UP);
      String label = "Upward modulation of the forfait soins (optional symmetric reading of R314-160 3°): " + what
          + ", half the excess = " + pct(percent) + " of " + base;
      return withWaiver(b, c.waiver(), base, percent, true, gross, TraceStep.of(label, gross, article), article);
    }
    return b.adjustment(Amount.ZERO)
        .trace(Trace.of(TraceStep.of("No modulation: " + what, Amount.ZERO, article)))
        .build();
  }

  /**
   * Applies the waiver: the net keeps {@code 1 - share} of the exact modulation, rounded once; the waiver
   * step is the exact difference, so the steps sum to the net. {@code percent} is the positive percentage,
   * of a reduction unless {@code increase}.
   */
  private static ModulationResult withWaiver(ImmutableModulationResult.Builder b, Optional<Waiver> waiver, Amount base,
      BigDecimal percent, boolean increase, Amount gross, TraceStep first, LegalBasis article) {
    if (waiver.isEmpty()) {
      return b.adjustment(gross).trace(Trace.of(first)).build();
    }
    Waiver w = waiver.get();
    BigDecimal kept = BigDecimal.ONE.subtract(w.share().toFraction());
    Amount net = base.multipliedBy(percent.multiply(kept), RoundingMode.HALF_UP);
    net = increase ? net : net.negated();
    TraceStep waived = TraceStep.of("Waiver of " + pct(w.share().toFraction()) + " of the modulation: " + w.reason(),
        net.minus(gross), article);
    return b.waiver(w).adjustment(net).trace(Trace.of(first, waived)).build();
  }

  /** The latest record strictly before the tariff year: the last known activity. */
  static ActivityRecord lastKnown(List<ActivityRecord> records, Year year, String esms, LegalBasis article) {
    ActivityRecord best = null;
    for (ActivityRecord r : records) {
      if (r.year().isBefore(year)) {
        if (best != null && r.year().equals(best.year())) {
          throw new org.cpom.CpomValidationException("modulation.activity", r.year(), article.text(),
              "two activity records of ESMS " + esms + " for the same year");
        }
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
