package org.cpom.budget;

import org.cpom.trace.TraceLabels;
import org.cpom.trace.Labelled;
import java.util.Locale;

/**
 * How far the group given to an account in an {@link AccountMapping} was checked against a source.
 *
 * <p>The composition of the groupes fonctionnels is set by the arrêté of 8 August 2002 (under L315-15 and
 * R314-13), whose account table the shipped mapping is not verified against; it therefore marks each entry
 * with the source its group rests on.
 */
public enum MappingStatus implements Labelled {
  /** The group of the account was read in a regulatory text (the arrêté or a normalised budget frame). */
  VERIFIED,
  /** A secondary source (named in the entry's source column) gives the group. */
  SECONDARY,
  /** The group comes from recollection of the normalised budget model; check it before relying on it. */
  UNVERIFIED;

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
      case VERIFIED -> TraceLabels.pick(locale, "vérifié dans un texte réglementaire", "verified in a regulatory text");
      case SECONDARY -> TraceLabels.pick(locale, "source secondaire", "secondary source");
      case UNVERIFIED -> TraceLabels.pick(locale, "non vérifié", "unverified");
    };
  }
}
