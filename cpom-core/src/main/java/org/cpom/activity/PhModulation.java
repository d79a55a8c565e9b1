package org.cpom.activity;

import java.util.List;
import java.util.Optional;
import org.cpom.contract.ModulationClause;
import org.cpom.internal.Checks;
import org.cpom.referential.FinessNumber;
import org.immutables.value.Value;

/**
 * The modulation of a dotation for activity under a contract clause, for the ESMS of R314-43-2 (disabled
 * people and other CPOMs under L313-12 IV ter or L313-12-2).
 *
 * <p>The percentage is the clause's coefficient times the gap between the objective and the last known
 * activity, at most half the gap; it only ever reduces the dotation (R314-43-2 III).
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public non-sealed abstract class PhModulation implements ModulationCase {
  PhModulation() {}

  /**
   * A builder; {@code clause} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PhModulation}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutablePhModulation.Builder {
    Builder() {}
  }

  /**
   * The contract clause: indicator, objective, coefficient.
   *
   * @return the clause
   */
  public abstract ModulationClause clause();

  /**
   * The ESMS of the clause.
   *
   * @return its FINESS
   */
  @Override
  @Value.Derived
  @Value.Auxiliary
  public FinessNumber esms() {
    return clause().esms();
  }

  @Override
  public abstract List<ActivityRecord> activity();

  @Override
  public abstract Optional<Waiver> waiver();

  @Value.Check
  void check() {
    for (ActivityRecord r : activity()) {
      Checks.check(r.esms().equals(esms()), "phModulation.activity", r.esms(), "CASF R314-43-2 III",
          "activity of another ESMS than the clause's " + esms());
    }
  }
}
