package org.cpom.activity;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;
import org.cpom.trace.Trace;
import org.immutables.value.Value;

/**
 * The modulation of one ESMS's dotation for one tariff year, as computed by {@link ActivityEngine}.
 *
 * <p>{@link #adjustment()} is signed: negative for a reduction (abattement), positive only for the optional
 * upward soins modulation of an EHPAD. The steps of {@link #trace()} sum exactly to it: the modulation, then
 * the part waived if any.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActivityModulation {
  ActivityModulation() {}

  static ImmutableActivityModulation.Builder builder() {
    return ImmutableActivityModulation.builder();
  }

  /**
   * The ESMS.
   *
   * @return its FINESS
   */
  public abstract FinessNumber esms();

  /**
   * The tariff year modulated.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The year of the last known activity used (R314-43-2 III, R314-160, R314-174).
   *
   * @return the year, or empty when no modulation rule applied that year and no activity was needed
   */
  public abstract Optional<Year> measuredYear();

  /**
   * The observed value: a rate as a fraction, or a count.
   *
   * @return the value, if activity was read for a single indicator; empty with several (the trace gives each)
   */
  public abstract Optional<BigDecimal> observed();

  /**
   * What the activity is compared with: the contract objective (PH) or the threshold in force (EHPAD).
   *
   * @return the reference, if one applied to a single indicator
   */
  public abstract Optional<BigDecimal> reference();

  /**
   * The gap, reference minus observed: in points for a rate, relative to the objective for a count;
   * negative when activity exceeds the reference. With several indicators, the largest of their gaps.
   *
   * @return the gap
   */
  public abstract Rate gap();

  /**
   * The legal maximum of the percentage (CASF R314-43-2 III, R314-160, R314-174): half of the gap (of the
   * largest gap with several indicators), zero when there is no shortfall.
   *
   * @return the ceiling
   */
  public abstract Rate ceiling();

  /**
   * The signed modulation percentage before any waiver, as the contract's modality and combination give
   * it: negative for a reduction.
   *
   * @return the percentage
   */
  public abstract Rate percentage();

  /**
   * The amount the percentage applied to: the perennial part of the year's dotation (or the notified
   * dotation when the contract says so), less the parts left out ({@link #unmodulated()}); for an EHPAD,
   * the equation part of the forfait (CASF R314-159 1°, R314-172 1°).
   *
   * @return the base of the modulation
   */
  public abstract Amount base();

  /**
   * The perennial funding left out of the modulated base, which stays in the base reconductible: for an
   * EHPAD the financements complémentaires (CASF R314-163) and other funding outside the tariff equation.
   *
   * @return the parts, possibly none
   */
  public abstract List<UnmodulatedPart> unmodulated();

  /**
   * The waiver applied, if any.
   *
   * @return the waiver
   */
  public abstract Optional<Waiver> waiver();

  /**
   * The signed amount added to the dotation, after any waiver.
   *
   * @return the adjustment; zero when nothing is modulated
   */
  public abstract Amount adjustment();

  /**
   * Whether the adjustment also enters the next year's base reconductible (only when the contract says
   * so); otherwise it is a one-year modulation.
   *
   * @return true if the base is reduced as well
   */
  public abstract boolean persistsInBase();

  /**
   * The steps, summing to {@link #adjustment()}, each naming its article or clause.
   *
   * @return the trace
   */
  public abstract Trace trace();
}
