package org.cpom.contract;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the grille d'état d'avancement: a fiche-action, with one cell per contract year in which it is
 * in force.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrilleRow {
  GrilleRow() {}

  static GrilleRow create(String ficheAction, List<GrilleCell> cells) {
    return ImmutableGrilleRow.of(ficheAction, cells);
  }

  /**
   * The fiche-action's identifier.
   *
   * @return the identifier
   */
  @Value.Parameter
  public abstract String ficheAction();

  /**
   * The cells, in year order; a year in which the fiche-action is not in force has none.
   *
   * @return the cells
   */
  @Value.Parameter
  public abstract List<GrilleCell> cells();

  /**
   * The fiche-action as last in force, e.g. for its title.
   *
   * @return the latest version
   */
  public FicheAction latest() {
    return cells().get(cells().size() - 1).ficheAction();
  }

  /**
   * The cell of a contract year.
   *
   * @param year the year's number
   * @return the cell, or empty if the fiche-action is not in force that year
   */
  public Optional<GrilleCell> cell(int year) {
    return cells().stream().filter(c -> c.year().number() == year).findFirst();
  }
}
