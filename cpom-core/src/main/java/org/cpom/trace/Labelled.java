package org.cpom.trace;

import java.util.Locale;

/**
 * A value a user may print, with its label in French or English (libellé).
 *
 * <p>The locale is always explicit: only French ({@code fr}) and English ({@code en}) are accepted, any other
 * locale is rejected with a {@link org.cpom.CpomValidationException} naming it, and the JVM default locale is
 * never read. The enums the examples print implement it, and a trace renders an argument that implements it
 * with its label in the requested language.
 */
public interface Labelled {
  /**
   * The label in the given language.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH} (any country variant of these languages)
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither French nor English
   */
  String label(Locale locale);
}
