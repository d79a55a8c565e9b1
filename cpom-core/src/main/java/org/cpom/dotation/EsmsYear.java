package org.cpom.dotation;

import java.util.List;
import java.util.Optional;
import org.cpom.activity.ModulationCase;
import org.cpom.activity.UnmodulatedPart;
import org.cpom.internal.Checks;
import org.cpom.referential.FinessNumber;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * What happens to one ESMS's dotation in a year: its actualisation, mesures nouvelles, CNR, activity
 * modulation and other adjustments (steps 2 to 6 of the dotation engine; step 1, the base of the year
 * before, comes from the previous year or the caller).
 *
 * <p>Build one with {@link #builder()}; only {@code esms} and {@code actualisation} are required. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EsmsYear {
  EsmsYear() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EsmsYear}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableEsmsYear.Builder {
    Builder() {}
  }

  /**
   * The ESMS.
   *
   * @return its FINESS
   */
  public abstract FinessNumber esms();

  /**
   * The update of the base, matching the ESMS's R314-40 mode.
   *
   * @return the actualisation
   */
  public abstract Actualisation actualisation();

  /**
   * The mesures nouvelles starting this year.
   *
   * @return the list, possibly empty
   */
  public abstract List<MesureNouvelle> mesuresNouvelles();

  /**
   * The crédits non reconductibles of the year.
   *
   * @return the list, possibly empty
   */
  public abstract List<Cnr> cnr();

  /**
   * The activity modulation, if the contract or the regulation provides one for this ESMS.
   *
   * @return the modulation case
   */
  public abstract Optional<ModulationCase> modulation();

  /**
   * The perennial funding of the year that the activity modulation leaves out, though it stays in the base
   * reconductible: for an EHPAD its financements complémentaires (CASF R314-163) and any other funding
   * outside the tariff equation, since R314-160 and R314-174 modulate the equation part only (R314-159 1°,
   * R314-172 1°). Their amounts are part of the updated base or the mesures nouvelles; the modulation applies
   * to the rest. They change nothing in a year without a modulation.
   *
   * @return the parts, possibly none
   */
  public abstract List<UnmodulatedPart> unmodulatedParts();

  /**
   * Other adjustments of the year.
   *
   * @return the list, possibly empty
   */
  public abstract List<Adjustment> adjustments();

  @Value.Check
  void check() {
    modulation().ifPresent(m -> Checks.check(m.esms().equals(esms()), "esmsYear.modulation", m.esms(),
        LegalBasis.convention(Convention.ONE_ESMS_YEAR), "the modulation concerns another ESMS than " + esms()));
  }
}
