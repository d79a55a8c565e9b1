package org.cpom.dotation;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.cpom.activity.ActivityModulation;
import org.cpom.contract.TariffMode;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.trace.Trace;
import org.immutables.value.Value;

/**
 * One ESMS's computed amount for a year, built in the order of the dotation engine's steps, and its base for the next
 * year.
 *
 * <p>{@link #trace()} lists base reconductible, actualisation, each mesure nouvelle, each CNR, the
 * modulation and each other adjustment; its steps sum exactly to {@link #amount()}. {@link #nextBaseTrace()}
 * lists the updated base, each mesure nouvelle at full year, a modulation the contract carries into the base,
 * and each permanent re-split by DM; its steps sum exactly to {@link #nextBase()}. CNR and one-year
 * modulations never enter it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EsmsDotation {
  EsmsDotation() {}

  static ImmutableEsmsDotation.Builder builder() {
    return ImmutableEsmsDotation.builder();
  }

  /**
   * The ESMS.
   *
   * @return its FINESS
   */
  public abstract FinessNumber esms();

  /**
   * The exercice.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The R314-40 mode of the ESMS.
   *
   * @return the mode
   */
  public abstract TariffMode mode();

  /**
   * Step 1: the base reconductible of the year before.
   *
   * @return the base
   */
  public abstract Amount previousBase();

  /**
   * Step 2: the base after actualisation.
   *
   * @return the updated base
   */
  public abstract Amount updatedBase();

  /**
   * Step 3: the mesures nouvelles for this year, prorated.
   *
   * @return their total
   */
  public abstract Amount mesuresNouvelles();

  /**
   * The mesures nouvelles at full year, which enter the next base.
   *
   * @return their total
   */
  public abstract Amount mesuresNouvellesFullYear();

  /**
   * Step 4: the CNR of the year.
   *
   * @return their total
   */
  public abstract Amount cnr();

  /**
   * Step 5: the activity modulation, computed on the perennial part (steps 1 to 3).
   *
   * @return the modulation, if any
   */
  public abstract Optional<ActivityModulation> modulation();

  /**
   * Step 6: the other adjustments.
   *
   * @return their signed total
   */
  public abstract Amount adjustments();

  /**
   * The year's computed amount.
   *
   * @return the amount
   */
  public abstract Amount amount();

  /**
   * The steps of the amount, summing to it.
   *
   * @return the trace
   */
  public abstract Trace trace();

  /**
   * The mesures nouvelles given for this year that start in a later year, without their year amount: they
   * are to be given again in the next year's input, which {@link DotationEngine#project} does (their full
   * year is not in {@link #nextBase()} yet).
   *
   * @return the mesures, in input order
   */
  public abstract List<MesureNouvelle> laterMesuresNouvelles();

  /**
   * The base reconductible of the next year.
   *
   * @return the base
   */
  public abstract Amount nextBase();

  /**
   * The steps of the next base, summing to it.
   *
   * @return the trace
   */
  public abstract Trace nextBaseTrace();
}
