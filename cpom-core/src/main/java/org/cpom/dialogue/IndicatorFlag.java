package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * A flag on an indicator value of the dialogue de gestion: against its target
 * ({@link org.cpom.Convention#DIALOGUE_TARGETS}), against the earlier years of the contract
 * ({@link org.cpom.Convention#DIALOGUE_TREND}) and against its alert threshold
 * ({@link org.cpom.Convention#DIALOGUE_THRESHOLDS}).
 */
public enum IndicatorFlag implements Labelled {
  /** The year's target is met: at the target or on its better side. */
  TARGET_MET,
  /** The year's target is not met. */
  TARGET_MISSED,
  /** The contract sets no target for the key, scope and year. */
  NO_TARGET,
  /** Moved the better way since the latest earlier year. */
  IMPROVED,
  /** Moved the worse way since the latest earlier year. */
  WORSENED,
  /** Exactly the value of the latest earlier year. */
  STABLE,
  /** No earlier year of the contract has a value. */
  FIRST_YEAR,
  /** Strictly on the worse side of its alert threshold. */
  ALERT;

  /**
   * The label in French or English.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  @Override
  public String label(Locale locale) {
    return switch (this) {
      case TARGET_MET -> TraceLabels.pick(locale, "cible atteinte", "target met");
      case TARGET_MISSED -> TraceLabels.pick(locale, "cible non atteinte", "target missed");
      case NO_TARGET -> TraceLabels.pick(locale, "pas de cible", "no target");
      case IMPROVED -> TraceLabels.pick(locale, "en amélioration", "improved");
      case WORSENED -> TraceLabels.pick(locale, "en dégradation", "worsened");
      case STABLE -> TraceLabels.pick(locale, "stable", "stable");
      case FIRST_YEAR -> TraceLabels.pick(locale, "première année observée", "first year observed");
      case ALERT -> TraceLabels.pick(locale, "seuil d'alerte franchi", "alert threshold crossed");
    };
  }
}
