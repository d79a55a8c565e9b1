package org.cpom.investment;

import java.time.Year;
import java.util.Objects;
import org.cpom.money.Amount;

/**
 * Two trajectories of one PGFP side by side, a base and a scenario (a changed rate, a changed or removed
 * operation), with the differences of each exercice (scenario − base).
 *
 * <p>Built by {@link InvestmentEngine#comparePgfp}; immutable, thread-safe, compares by value.
 */
public final class PgfpComparison {
  private final Pgfp base;
  private final Pgfp scenario;

  PgfpComparison(Pgfp base, Pgfp scenario) {
    this.base = base;
    this.scenario = scenario;
  }

  /**
   * The base trajectory.
   *
   * @return the base
   */
  public Pgfp base() {
    return base;
  }

  /**
   * The scenario's trajectory, over the same years.
   *
   * @return the scenario
   */
  public Pgfp scenario() {
    return scenario;
  }

  /**
   * The difference of the result in a year, scenario − base.
   *
   * @param year a year of the plan
   * @return the difference
   */
  public Amount resultatDifference(Year year) {
    return scenario.exercice(year).resultat().minus(base.exercice(year).resultat());
  }

  /**
   * The difference of the CAF in a year, scenario − base.
   *
   * @param year a year of the plan
   * @return the difference
   */
  public Amount cafDifference(Year year) {
    return scenario.exercice(year).caf().minus(base.exercice(year).caf());
  }

  /**
   * The difference of the closing FRNG in a year, scenario − base.
   *
   * @param year a year of the plan
   * @return the difference
   */
  public Amount frngDifference(Year year) {
    return scenario.exercice(year).frng().minus(base.exercice(year).frng());
  }

  /**
   * The difference of the closing trésorerie in a year, scenario − base.
   *
   * @param year a year of the plan
   * @return the difference
   */
  public Amount tresorerieDifference(Year year) {
    return scenario.exercice(year).tresorerie().minus(base.exercice(year).tresorerie());
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PgfpComparison)) {
      return false;
    }
    PgfpComparison o = (PgfpComparison) obj;
    return base.equals(o.base) && scenario.equals(o.scenario);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, scenario);
  }

  @Override
  public String toString() {
    return "PgfpComparison[" + base + " vs " + scenario + "]";
  }
}
