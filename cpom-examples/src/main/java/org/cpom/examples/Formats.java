package org.cpom.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.trace.TraceLabels;

/**
 * The French formats of the printed example, fixed whatever the machine's locale: the locale is always passed
 * as {@link Locale#FRENCH}, never read from the default. Amounts read {@code 1 234 567,89 €}, dates
 * {@code 31/01/2027}, rates {@code 66,7 %}.
 */
final class Formats {
  /** The language of everything the example prints. */
  static final Locale FR = Locale.FRENCH;

  private Formats() {}

  /**
   * An amount in French, as the traces write it.
   *
   * @param amount the amount
   * @return e.g. {@code "-1 234 567,89 €"}
   */
  static String amount(Amount amount) {
    return TraceLabels.amount(amount, FR);
  }

  /**
   * A date in French.
   *
   * @param date the date
   * @return e.g. {@code "31/01/2027"}
   */
  static String date(LocalDate date) {
    return TraceLabels.format(date, FR);
  }

  /**
   * A decimal as given, with grouped thousands and a decimal comma.
   *
   * @param value the value
   * @return e.g. {@code "4 200"} or {@code "11,2"}
   */
  static String decimal(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String decimals = dot < 0 ? "" : "," + plain.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(' ');
      }
      grouped.append(whole.charAt(i));
    }
    return (value.signum() < 0 ? "-" : "") + grouped + decimals;
  }

  /**
   * A rate as a percentage with one decimal, rounded HALF_UP for display.
   *
   * @param rate the rate
   * @return e.g. {@code "66,7 %"}
   */
  static String percent(Rate rate) {
    return decimal(rate.toPercent(1, RoundingMode.HALF_UP)) + " %";
  }

  /**
   * A gap as a percentage, or "n.d." (non défini) when its base is zero.
   *
   * @param rate the rate, if any
   * @return e.g. {@code "-4,1 %"}
   */
  static String percent(Optional<Rate> rate) {
    return rate.map(Formats::percent).orElse("n.d.");
  }

  /**
   * A section title, underlined.
   *
   * @param title the title
   * @return the title and its underline, then a line feed
   */
  static String title(String title) {
    return title + "\n" + "=".repeat(title.codePointCount(0, title.length())) + "\n";
  }
}
