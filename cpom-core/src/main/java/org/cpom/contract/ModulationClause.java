package org.cpom.contract;

import java.math.BigDecimal;
import org.cpom.internal.Checks;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;
import org.cpom.trace.LegalBasis;
import org.immutables.value.Value;

/**
 * The contract's activity objective for one ESMS and how its dotation is modulated when activity falls
 * short (modulation de la dotation en fonction de l'activité, CASF R314-43-2).
 *
 * <p>The modulation percentage is {@code coefficient x gap}, where the gap is counted in points for the
 * occupancy rate and relatively for the counts (see {@link ModulationIndicator}). R314-43-2 III caps the
 * percentage at half the gap, so the coefficient is above zero and at most {@code 0.5} (the default, the
 * legal maximum). The modulation is a one-year abatement unless the contract says the base is reduced as
 * well ({@link #reducesBase()}, RULES section 3 step 5).
 *
 * <p>Example: objective 95 %, coefficient 0.5, observed occupancy 85 %: the dotation is reduced by at most
 * 5 %.
 *
 * <p>Build one with {@link #builder()} or {@link #occupancy(FinessNumber, Rate, LegalBasis)}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class ModulationClause {
  static final String RULE = "CASF R314-43-2 III";
  /** The legal maximum of the coefficient: half of the gap. */
  static final BigDecimal HALF = new BigDecimal("0.5");

  ModulationClause() {}

  /**
   * A builder; {@code esms}, {@code indicator}, {@code objective} and {@code clause} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModulationClause}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableModulationClause.Builder {
    Builder() {}
  }

  /**
   * A clause on the occupancy rate with the legal maximum coefficient (one half) and a one-year abatement.
   *
   * @param esms the ESMS
   * @param objective the occupancy objective, above 0 and at most 100 %
   * @param clause the contract article, e.g. {@code LegalBasis.clause("art. 7.2")}
   * @return the clause
   */
  public static ModulationClause occupancy(FinessNumber esms, Rate objective, LegalBasis clause) {
    return builder()
        .esms(esms)
        .indicator(ModulationIndicator.OCCUPANCY_RATE)
        .objective(objective.toFraction())
        .clause(clause)
        .build();
  }

  /**
   * The ESMS (FINESS géographique) the objective applies to.
   *
   * @return the FINESS
   */
  public abstract FinessNumber esms();

  /**
   * The indicator the contract uses for this ESMS.
   *
   * @return the indicator
   */
  public abstract ModulationIndicator indicator();

  /**
   * The objective: a fraction for the occupancy rate ({@code 0.95} for 95 %), a number of people or
   * services for the counts.
   *
   * @return the objective, above zero
   */
  public abstract BigDecimal objective();

  /**
   * The share of the gap that becomes the modulation percentage: above zero, at most one half (R314-43-2
   * III).
   *
   * @return the coefficient; {@code 0.5} unless the contract says less
   */
  @Value.Default
  public BigDecimal coefficient() {
    return HALF;
  }

  /**
   * Whether the modulation also reduces the base reconductible of the next year; otherwise it is a one-year
   * abatement (RULES section 3 step 5).
   *
   * @return false unless the contract says so
   */
  @Value.Default
  public boolean reducesBase() {
    return false;
  }

  /**
   * The contract article that sets the objective and the modulation.
   *
   * @return the clause
   */
  public abstract LegalBasis clause();

  @Value.Check
  void check() {
    Checks.check(objective().signum() > 0, "modulationClause.objective", objective().toPlainString(),
        "CASF " + indicator().article(), "the objective must be above zero");
    if (indicator().isCount()) {
      Checks.check(objective().stripTrailingZeros().scale() <= 0, "modulationClause.objective",
          objective().toPlainString(), "CASF " + indicator().article(), "a count objective is a whole number");
    } else {
      Checks.check(objective().compareTo(BigDecimal.ONE) <= 0, "modulationClause.objective",
          objective().toPlainString(), "CASF " + indicator().article(),
          "an occupancy objective is a fraction at most 1 (100 %)");
    }
    Checks.check(coefficient().signum() > 0 && coefficient().compareTo(HALF) <= 0, "modulationClause.coefficient",
        coefficient().toPlainString(), RULE, "the percentage may not exceed half of the gap: coefficient in ]0, 0.5]");
  }
}
