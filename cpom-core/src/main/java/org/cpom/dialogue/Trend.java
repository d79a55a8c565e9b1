package org.cpom.dialogue;

import java.util.Locale;
import org.cpom.trace.Labelled;
import org.cpom.trace.TraceLabels;

/**
 * How an indicator value moved since the latest earlier year of the contract with a value (évolution,
 * {@link org.cpom.Convention#DIALOGUE_TREND}), whatever the direction in which it improves.
 */
public enum Trend implements Labelled {
  /** Greater than the earlier value. */
  UP,
  /** Smaller than the earlier value. */
  DOWN,
  /** Exactly equal to the earlier value. */
  STABLE;

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
      case UP -> TraceLabels.pick(locale, "en hausse", "up");
      case DOWN -> TraceLabels.pick(locale, "en baisse", "down");
      case STABLE -> TraceLabels.pick(locale, "stable", "stable");
    };
  }
}
