package org.cpom.contract;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of the grille d'état d'avancement: a fiche-action in a contract year, with the status reported in
 * the year's follow-up and the achievement of each indicator.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrilleCell {
  GrilleCell() {}

  static GrilleCell create(ContractYear year, FicheAction ficheAction, Optional<FollowUp> followUp,
      List<IndicatorAchievement> indicators) {
    return ImmutableGrilleCell.of(year, ficheAction, followUp, indicators);
  }

  /**
   * The contract year.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract ContractYear year();

  /**
   * The fiche-action as in force during the year (its last version that year, if an avenant changed it).
   *
   * @return the fiche-action
   */
  @Value.Parameter
  public abstract FicheAction ficheAction();

  /**
   * The year's follow-up.
   *
   * @return the follow-up, or empty if none was given
   */
  @Value.Parameter
  public abstract Optional<FollowUp> followUp();

  /**
   * Each indicator of the fiche-action in the year, in the fiche's order.
   *
   * @return the achievements
   */
  @Value.Parameter
  public abstract List<IndicatorAchievement> indicators();

  /**
   * The status reported for the year.
   *
   * @return the status, or empty if no follow-up was given
   */
  public Optional<ActionStatus> status() {
    return followUp().map(FollowUp::status);
  }
}
