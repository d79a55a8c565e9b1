package org.cpom.investment;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.cpom.money.Amount;

/**
 * A plan global de financement pluriannuel (PGFP, CASF R314-213 I 6° and II): the financial trajectory over a
 * sliding six years (N then N+1 to N+5, {@code cpom:pgfp-horizon}) from the bilan financier at 31 December of N−1,
 * exercice by exercice, and whether it absorbs the forecast deficits of the comptes in the CPOM
 * ({@code cpom:pgfp-deficit-absorbed}).
 *
 * <p>Built by {@link InvestmentEngine#pgfp}; immutable, thread-safe, compares by value.
 */
public final class Pgfp {
  private final Amount frngOuverture;
  private final Amount bfrOuverture;
  private final Amount tresorerieFloor;
  private final List<PgfpExercice> exercices;

  Pgfp(Amount frngOuverture, Amount bfrOuverture, Amount tresorerieFloor, List<PgfpExercice> exercices) {
    this.frngOuverture = frngOuverture;
    this.bfrOuverture = bfrOuverture;
    this.tresorerieFloor = tresorerieFloor;
    this.exercices = List.copyOf(exercices);
  }

  /**
   * The FRNG at 31 December of the year before the first.
   *
   * @return the opening FRNG
   */
  public Amount frngOuverture() {
    return frngOuverture;
  }

  /**
   * The BFR at 31 December of the year before the first.
   *
   * @return the opening BFR
   */
  public Amount bfrOuverture() {
    return bfrOuverture;
  }

  /**
   * The trésorerie at the opening, FRNG − BFR.
   *
   * @return the opening trésorerie
   */
  public Amount tresorerieOuverture() {
    return frngOuverture.minus(bfrOuverture);
  }

  /**
   * The lowest year-end trésorerie at which the trajectory still absorbs a deficit.
   *
   * @return the floor
   */
  public Amount tresorerieFloor() {
    return tresorerieFloor;
  }

  /**
   * The exercices, in year order, consecutive.
   *
   * @return the exercices
   */
  public List<PgfpExercice> exercices() {
    return exercices;
  }

  /**
   * The first exercice, N.
   *
   * @return the year
   */
  public Year firstYear() {
    return exercices.get(0).year();
  }

  /**
   * The exercice of a year.
   *
   * @param year a year of the plan
   * @return its exercice
   * @throws org.cpom.CpomValidationException if the year is outside the plan
   */
  public PgfpExercice exercice(Year year) {
    Objects.requireNonNull(year, "year");
    for (PgfpExercice e : exercices) {
      if (e.year().equals(year)) {
        return e;
      }
    }
    org.cpom.internal.Checks.check(false, "year", year, InvestmentEngine.PGFP_RULE,
        "outside the plan " + firstYear() + "-" + exercices.get(exercices.size() - 1).year());
    throw new AssertionError(year); // unreachable: the check throws
  }

  /**
   * The results of the plan summed.
   *
   * @return the cumulated result
   */
  public Amount resultatCumule() {
    Amount total = Amount.ZERO;
    for (PgfpExercice e : exercices) {
      total = total.plus(e.resultat());
    }
    return total;
  }

  /**
   * Whether the trajectory absorbs the forecast deficits ({@code cpom:pgfp-deficit-absorbed}): the year-end
   * trésorerie stays at or above {@link #tresorerieFloor()} in every exercice, and the cumulated result is zero or
   * more at the end of the plan.
   *
   * @return true when a deficit in the CPOM stays compatible with this PGFP (R314-222 II 1°)
   */
  public boolean absorbsDeficits() {
    return InvestmentEngine.absorbs(exercices, tresorerieFloor);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Pgfp)) {
      return false;
    }
    Pgfp o = (Pgfp) obj;
    return frngOuverture.equals(o.frngOuverture) && bfrOuverture.equals(o.bfrOuverture)
        && tresorerieFloor.equals(o.tresorerieFloor) && exercices.equals(o.exercices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frngOuverture, bfrOuverture, tresorerieFloor, exercices);
  }

  @Override
  public String toString() {
    return "Pgfp[" + firstYear() + ", " + exercices.size() + " years, FRNG " + frngOuverture + " -> "
        + exercices.get(exercices.size() - 1).frng() + "]";
  }
}
