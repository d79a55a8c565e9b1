package org.cpom.activity;

import java.util.List;
import java.util.Optional;
import org.cpom.referential.FinessNumber;

/**
 * What is needed to modulate one ESMS's dotation for activity: the rule that applies, the activity known so
 * far and any waiver. Either a {@link PhModulation} (R314-43-2, contract clause) or an {@link
 * EhpadModulation} (R314-160 soins, R314-174 dépendance, thresholds set by arrêté).
 *
 * <p>{@link ActivityEngine#modulate(ModulationCase, org.cpom.money.Amount, java.time.Year)} computes it.
 */
public sealed interface ModulationCase permits PhModulation, EhpadModulation {
  /**
   * The ESMS modulated.
   *
   * @return its FINESS
   */
  FinessNumber esms();

  /**
   * The activity records known; the engine uses the last one before the tariff year.
   *
   * @return the records, any order
   */
  List<ActivityRecord> activity();

  /**
   * The authority's waiver of all or part of the modulation.
   *
   * @return the waiver, if any
   */
  Optional<Waiver> waiver();
}
