package org.cpom.accounts;

import java.util.Locale;

/**
 * The numbers of a text export: a decimal separator (a comma in a FEC, A47 A-1 XII), no thousands separator, a
 * sign first or last, empty for zero; read as a whole number of a given scale without going through text
 * conversions.
 */
final class Numbers {
  /** The value returned for a text that is not a number; the problem says why. */
  static final long INVALID = Long.MIN_VALUE;

  /** Why the last text was not a number, and whether the rule broken is cpom's rather than the format's. */
  static final class Problem {
    String text;
    boolean convention;

    long set(String text, boolean convention) {
      this.text = text;
      this.convention = convention;
      return INVALID;
    }
  }

  private Numbers() {}

  /**
   * A number as a long of the given scale, or {@link #INVALID} with the problem set.
   *
   * @param value the text, trimmed
   * @param decimal the decimal separator, comma or point
   * @param scale the decimals kept; more are accepted only as trailing zeros
   * @param maxIntegerDigits the most digits before the separator
   * @param problem set when the text is not a number
   */
  static long parse(String value, char decimal, int scale, int maxIntegerDigits, Problem problem) {
    if (value.isEmpty()) {
      return 0;
    }
    long fast = plain(value, decimal, scale, maxIntegerDigits);
    return fast != INVALID ? fast : checked(value, decimal, scale, maxIntegerDigits, problem);
  }

  /**
   * The common case read in one pass without copies: digits with at most one decimal separator, a sign first or
   * last, at most {@code scale} decimals (trailing zeros aside) and {@code maxIntegerDigits} integer digits, 18 in
   * all at most. {@link #INVALID} for anything else, which {@link #checked} then reads or explains.
   */
  private static long plain(String value, char decimal, int scale, int maxIntegerDigits) {
    int from = 0;
    int to = value.length();
    boolean negative = false;
    char first = value.charAt(0);
    char last = value.charAt(to - 1);
    if (first == '+' || first == '-') {
      negative = first == '-';
      from = 1;
    } else if (last == '+' || last == '-') {
      negative = last == '-';
      to--;
    }
    int at = -1;
    for (int k = from; k < to; k++) {
      char c = value.charAt(k);
      if (c == decimal && at < 0) {
        at = k;
      } else if (c < '0' || c > '9') {
        return INVALID;
      }
    }
    int wholeEnd = at < 0 ? to : at;
    int cut = at < 0 ? 0 : to - at - 1;
    while (cut > scale && value.charAt(at + cut) == '0') {
      cut--;
    }
    int lead = from;
    while (lead < wholeEnd - 1 && value.charAt(lead) == '0') {
      lead++;
    }
    if (to - from == (at < 0 ? 0 : 1) || cut > scale || wholeEnd - lead > Math.min(maxIntegerDigits, 18 - scale)) {
      return INVALID;
    }
    long n = 0;
    for (int k = lead; k < wholeEnd; k++) {
      n = n * 10 + (value.charAt(k) - '0');
    }
    for (int k = 0; k < scale; k++) {
      n = n * 10 + (k < cut ? value.charAt(at + 1 + k) - '0' : 0);
    }
    return negative ? -n : n;
  }

  /** The number read with every check, each failure with its own problem. */
  private static long checked(String value, char decimal, int scale, int maxIntegerDigits, Problem problem) {
    String s = value;
    boolean negative = false;
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    if (first == '+' || first == '-') {
      negative = first == '-';
      s = s.substring(1);
    } else if (last == '+' || last == '-') {
      negative = last == '-';
      s = s.substring(0, s.length() - 1);
    }
    char other = decimal == ',' ? '.' : ',';
    if (s.indexOf(other) >= 0) {
      return problem.set(decimal == ',' ? "a point: the decimal separator is a comma"
          : "a comma: the decimal separator is a point", false);
    }
    if (s.indexOf(' ') >= 0 || s.indexOf('\u00A0') >= 0 || s.indexOf('\u202F') >= 0 || s.indexOf('\'') >= 0
        || s.indexOf(decimal) != s.lastIndexOf(decimal)) {
      return problem.set("a thousands separator (none is allowed)", false);
    }
    int at = s.indexOf(decimal);
    String whole = at < 0 ? s : s.substring(0, at);
    String decimals = at < 0 ? "" : s.substring(at + 1);
    if ((whole.isEmpty() && decimals.isEmpty()) || !digits(whole) || !digits(decimals)) {
      return problem.set("not a decimal number", false);
    }
    int cut = decimals.length();
    while (cut > scale && decimals.charAt(cut - 1) == '0') {
      cut--;
    }
    if (cut > scale) {
      return problem.set("more than " + scale + " decimals", true);
    }
    int lead = 0;
    while (lead < whole.length() - 1 && whole.charAt(lead) == '0') {
      lead++;
    }
    whole = whole.substring(lead);
    if (whole.length() > maxIntegerDigits) {
      return problem.set("more than " + maxIntegerDigits + " digits before the decimal separator", true);
    }
    long n = whole.isEmpty() ? 0 : Long.parseLong(whole);
    for (int k = 0; k < scale; k++) {
      n = n * 10 + (k < cut ? decimals.charAt(k) - '0' : 0);
    }
    return negative ? -n : n;
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Spaces and no-break spaces around a value removed, as the DGFiP's checker does. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\u00A0')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\u00A0')) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  /** What is wrong with a text field, or null: longer than the bound, or a control character. */
  static String textProblem(String value, int maxLength) {
    if (value.length() > maxLength) {
      return "longer than " + maxLength + " characters";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return String.format(Locale.ROOT, "control character U+%04X at %d", (int) c, i);
      }
    }
    return null;
  }
}
