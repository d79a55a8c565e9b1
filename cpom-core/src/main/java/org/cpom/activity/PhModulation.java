package org.cpom.activity;

import java.util.List;
import java.util.Optional;
import org.cpom.contract.ModulationClause;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.referential.FinessNumber;
import org.immutables.value.Value;

/**
 * The modulation of a dotation for activity under the contract's clauses, for the ESMS of R314-43-2 (an
 * L313-12 IV ter contract, for the ESMS of the third alinéa of its A, or an L313-12-2 contract).
 *
 * <p>Each clause sets an indicator, its objective and the contract's modality (coefficient, franchise, steps,
 * cap in euros); with several clauses (« un ou plusieurs des indicateurs », R314-43-2 II) their percentages
 * are combined by the contract's {@link org.cpom.contract.ModulationCombination}. The percentage is never
 * above half the gap between the objective and the last known activity, and it only ever reduces the dotation
 * (R314-43-2 III).
 *
 * <p>Build one with {@link #builder()}: {@code clause(c)} for a single indicator, {@code addClauses(...)} for
 * several. The clauses' objectives, coefficients and weights must be plain {@code BigDecimal}s of at most 64
 * significant digits within 10^+-40 ({@link org.cpom.Convention#BOUNDED_DECIMALS}, so that the engine's exact arithmetic stays bounded).
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public non-sealed abstract class PhModulation implements ModulationCase {
  PhModulation() {}

  /**
   * A builder; at least one clause is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PhModulation}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutablePhModulation.Builder {
    Builder() {}

    /**
     * Sets the single clause of the ESMS, replacing any clause set before.
     *
     * @param clause the clause
     * @return this builder
     */
    public Builder clause(ModulationClause clause) {
      clauses(List.of(java.util.Objects.requireNonNull(clause, "clause")));
      return this;
    }
  }

  /**
   * The contract's clauses for the ESMS, one per indicator, sharing the combination rule, the base of the
   * abatement and its effect on the base.
   *
   * @return the clauses, at least one
   */
  public abstract List<ModulationClause> clauses();

  /**
   * The first clause: the only one when the ESMS has a single indicator.
   *
   * @return the clause
   */
  public ModulationClause clause() {
    return clauses().get(0);
  }

  /**
   * The ESMS of the clauses.
   *
   * @return its FINESS
   */
  @Override
  public FinessNumber esms() {
    return clause().esms();
  }

  @Override
  public abstract List<ActivityRecord> activity();

  @Override
  public abstract Optional<Waiver> waiver();

  @Value.Check
  void check() {
    // the engine computes with the clauses' decimals: bounded here, whatever the clause accepted
    for (int i = 0; i < clauses().size(); i++) {
      ModulationClause c = clauses().get(i);
      String field = "phModulation.clauses[" + i + "]";
      EngineBounds.storedDecimal(c.objective(), field + ".objective");
      EngineBounds.storedDecimal(c.coefficient(), field + ".coefficient");
      EngineBounds.storedDecimal(c.weight(), field + ".weight");
    }
    ModulationClause.checkCombinable(clauses(), "phModulation.clauses");
    for (ActivityRecord r : activity()) {
      Checks.check(r.esms().equals(esms()), "phModulation.activity", r.esms(), Articles.R314_43_2_III,
          "activity of another ESMS than the clause's " + esms());
    }
  }
}
