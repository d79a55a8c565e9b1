package org.cpom.internal;

import java.util.Locale;
import java.util.Objects;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The two languages of the labels (cpom:label-languages): French and English, for the locale the caller passes,
 * never the JVM default. Shared by the root package ({@link LegalBasis#label(Locale)},
 * {@link Convention#title(Locale)}) and by {@code org.cpom.trace.TraceLabels}, so that the root package needs
 * nothing from {@code org.cpom.trace}.
 */
public final class Languages {
  private Languages() {}

  /**
   * Whether the locale asks for French; rejects a locale that is neither French nor English.
   *
   * @param locale the locale
   * @return {@code true} for French, {@code false} for English
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   *     (field {@code locale}, rule {@link Convention#LABEL_LANGUAGES})
   */
  public static boolean isFrench(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String language = locale.getLanguage();
    Checks.check("fr".equals(language) || "en".equals(language), "locale", locale.toLanguageTag(),
        LegalBasis.convention(Convention.LABEL_LANGUAGES), "no labels in this language");
    return "fr".equals(language);
  }
}
