package org.cpom.trace;

import org.cpom.LegalBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cpom.internal.Languages;
import org.cpom.money.Amount;
import org.cpom.money.Rate;

/**
 * Renders the labels of trace steps and labelled values in French or English (libellés), with an explicit
 * locale and fixed number formats, never the JVM default locale.
 *
 * <p>Only the languages French ({@code fr}) and English ({@code en}) are accepted; any other locale is rejected
 * with a {@link org.cpom.CpomValidationException} naming it (field {@code locale}).
 *
 * <p>Formats of the arguments:
 * <ul>
 *   <li>{@link Amount}: English {@code EUR 1234.56} (as {@link Amount#toString()}), French {@code 1 234,56 €},
 *       thousands grouped by a plain space (U+0020, so that the text stays searchable and aligned in a
 *       terminal) and a plain space before the euro sign;
 *   <li>{@link Rate}: English {@code 1.2%} (as {@link Rate#toString()}), French {@code 1,2 %};
 *   <li>{@link Percentage}: English {@code 2.50 %}, French {@code 2,50 %};
 *   <li>{@link BigDecimal}: as written, with a decimal comma in French;
 *   <li>{@link LocalDate}: English ISO {@code 2025-04-18}, French {@code 18/04/2025}; {@link YearMonth}: English
 *       {@code 2025-04}, French {@code 04/2025}; {@link Year} and whole numbers as digits;
 *   <li>a {@link Labelled} value: its label in the language; a {@link LegalBasis}: its
 *       {@linkplain LegalBasis#label(Locale) label} in the language; another enum: its constant name;
 *   <li>any other value (a FINESS number, a funder, a text the user gave): its {@code toString()}, the same in
 *       both languages; the texts a user gave (the label of a mesure nouvelle, of an adjustment, the reason of
 *       a waiver) are passed through untranslated.
 * </ul>
 *
 * <p>This class is thread-safe.
 */
public final class TraceLabels {
  private TraceLabels() {}

  /**
   * Whether the locale asks for French; rejects a locale that is neither French nor English.
   *
   * @param locale the locale
   * @return {@code true} for French, {@code false} for English
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  public static boolean isFrench(Locale locale) {
    return Languages.isFrench(locale);
  }

  /**
   * The French or the English text, as the locale asks.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @param french the French text
   * @param english the English text
   * @return one of them
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  public static String pick(Locale locale, String french, String english) {
    Objects.requireNonNull(french, "french");
    Objects.requireNonNull(english, "english");
    return isFrench(locale) ? french : english;
  }

  /**
   * An amount in the language's format.
   *
   * @param amount the amount
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return e.g. {@code "1 234,56 €"} or {@code "EUR 1234.56"}
   */
  public static String amount(Amount amount, Locale locale) {
    Objects.requireNonNull(amount, "amount");
    if (!isFrench(locale)) {
      return amount.toString();
    }
    return frenchDecimal(amount.toBigDecimal(), true) + " €";
  }

  /**
   * A value as a trace argument, in the language's format (see the class comment).
   *
   * @param value the value
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return its text
   */
  public static String format(Object value, Locale locale) {
    Objects.requireNonNull(value, "value");
    boolean fr = isFrench(locale);
    if (value instanceof Amount) {
      return amount((Amount) value, locale);
    }
    if (value instanceof Rate) {
      Rate r = (Rate) value;
      return fr ? frenchDecimal(r.toPercent(), false) + " %" : r.toString();
    }
    if (value instanceof Percentage) {
      BigDecimal p = ((Percentage) value).percent();
      return (fr ? frenchDecimal(p, false) : p.toPlainString()) + " %";
    }
    if (value instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) value;
      return fr ? frenchDecimal(d, false) : d.toPlainString();
    }
    if (value instanceof LocalDate) {
      LocalDate d = (LocalDate) value;
      return fr ? two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear() : d.toString();
    }
    if (value instanceof YearMonth) {
      YearMonth m = (YearMonth) value;
      return fr ? two(m.getMonthValue()) + "/" + m.getYear() : m.toString();
    }
    if (value instanceof Labelled) {
      return ((Labelled) value).label(locale);
    }
    if (value instanceof LegalBasis) {
      return ((LegalBasis) value).label(locale);
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).name();
    }
    return value.toString();
  }

  /**
   * Fills a template: each {@code {i}} is replaced by argument {@code i} in the language's format.
   *
   * @param template the template
   * @param arguments the arguments
   * @param locale the language
   * @return the text
   */
  static String fill(String template, List<Object> arguments, Locale locale) {
    StringBuilder sb = new StringBuilder(template.length() + 16 * arguments.size());
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i) {
        int index = Integer.parseInt(template.substring(i + 1, close));
        sb.append(format(arguments.get(index), locale));
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  /** The number of arguments a template reads: one more than its largest placeholder. */
  static int arity(String template) {
    int max = -1;
    int at = template.indexOf('{');
    while (at >= 0) {
      int close = template.indexOf('}', at);
      max = Math.max(max, Integer.parseInt(template.substring(at + 1, close)));
      at = template.indexOf('{', close);
    }
    return max + 1;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String frenchDecimal(BigDecimal value, boolean grouped) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String decimals = dot < 0 ? "" : "," + plain.substring(dot + 1);
    StringBuilder sb = new StringBuilder(value.signum() < 0 ? "-" : "");
    for (int i = 0; i < whole.length(); i++) {
      if (grouped && i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(' ');
      }
      sb.append(whole.charAt(i));
    }
    return sb.append(decimals).toString();
  }
}
