package org.cpom.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cpom.money.Amount;
import org.cpom.money.Rate;

/**
 * Number formats for the printed summaries, fixed whatever the machine's locale: a space between groups of
 * three digits and a point before the decimals (the SI style), e.g. {@code 1 234 567.89}.
 */
public final class Formats {
  private Formats() {}

  /**
   * An amount with two decimals and grouped thousands.
   *
   * @param amount the amount
   * @return e.g. {@code "-1 234 567.89"}
   */
  public static String amount(Amount amount) {
    return decimal(amount.toBigDecimal().setScale(2, RoundingMode.UNNECESSARY));
  }

  /**
   * A decimal as given, with grouped thousands.
   *
   * @param value the value
   * @return e.g. {@code "4 200"} or {@code "11.2"}
   */
  public static String decimal(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String decimals = dot < 0 ? "" : plain.substring(dot);
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
   * @return e.g. {@code "66.7 %"}
   */
  public static String percent(Rate rate) {
    return decimal(rate.toPercent(1, RoundingMode.HALF_UP)) + " %";
  }
}
