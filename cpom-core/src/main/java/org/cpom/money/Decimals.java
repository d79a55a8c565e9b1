package org.cpom.money;

import java.math.BigDecimal;
import java.util.Objects;
import org.cpom.CpomValidationException;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The bounds on every decimal the money kernel accepts, so that no input makes it do unbounded work.
 *
 * <p>{@code BigDecimal} holds any exponent and any number of digits: {@code 1E-100000000} is a valid value
 * whose first addition takes minutes. The kernel therefore accepts a rate, a factor, a divisor or a weight
 * only if it has at most {@value #MAX_DIGITS} significant digits and its order of magnitude lies between
 * {@code 10^-}{@value #MAX_EXPONENT} and {@code 10^}{@value #MAX_EXPONENT}; a decimal text is at most
 * {@value #MAX_TEXT} characters of ASCII digits, sign, point, exponent and underscores. A subclass of
 * {@code BigDecimal} is copied to a plain {@code BigDecimal} first, so that overriding its methods cannot
 * bypass a check. Messages show at most {@value #SHOWN} characters of a rejected value.
 */
final class Decimals {
  static final LegalBasis RULE = LegalBasis.convention(Convention.BOUNDED_DECIMALS);
  /** Significant digits of an accepted decimal. */
  static final int MAX_DIGITS = 64;
  /** The largest order of magnitude, either way, of an accepted non-zero decimal. */
  static final int MAX_EXPONENT = 40;
  /** Characters of an accepted decimal text. */
  static final int MAX_TEXT = 100;
  /** Characters of a rejected value shown in a message. */
  static final int SHOWN = 60;
  /** About 3.33 bits a digit: an unscaled value longer than this has too many digits whatever its zeros. */
  private static final int MAX_BITS = (MAX_DIGITS + 20) * 4;

  private Decimals() {}

  /**
   * The value as a plain {@code BigDecimal}, checked against the bounds.
   *
   * @param value the decimal
   * @param field the field named in an error
   * @return the same number, of class {@code BigDecimal}
   * @throws CpomValidationException if the value is beyond the bounds
   */
  static BigDecimal bounded(BigDecimal value, String field) {
    Objects.requireNonNull(value, field);
    BigDecimal exact = value.getClass() == BigDecimal.class ? value : new BigDecimal(value.unscaledValue(), value.scale());
    if (exact.signum() == 0) {
      return BigDecimal.ZERO;
    }
    // 1E+40 and 1.5E-40 are just inside (org.cpom.internal.Checks.decimalProblem)
    String problem = org.cpom.internal.Checks.decimalProblem(exact);
    if (problem != null) {
      throw reject(field, exact, problem);
    }
    return exact;
  }

  /**
   * Reads a decimal text: ASCII only (a fullwidth or Arabic-Indic digit is rejected, though {@code BigDecimal}
   * reads it), underscores allowed between digits, at most {@value #MAX_TEXT} characters.
   *
   * @param text the text
   * @param field the field named in an error
   * @param rule the rule named in an error
   * @return the decimal, not yet bounded
   * @throws CpomValidationException if the text is not such a decimal
   */
  static BigDecimal parse(String text, String field, LegalBasis rule) {
    Objects.requireNonNull(text, field);
    if (text.length() > MAX_TEXT) {
      throw new CpomValidationException(field, shown(text), rule, "longer than " + MAX_TEXT + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E' || c == '_';
      if (!ok) {
        throw new CpomValidationException(field, shown(text), rule,
            "not a decimal number: character U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c)
                + " at " + i + " (ASCII digits, sign, point and exponent only)");
      }
    }
    try {
      return new BigDecimal(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new CpomValidationException(field, shown(text), rule, "not a decimal number");
    }
  }

  /** A value for a message: quoted, cut to {@value #SHOWN} characters. */
  static String shown(CharSequence text) {
    String s = text.toString();
    return "\"" + (s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...(" + s.length() + " characters)") + "\"";
  }

  private static CpomValidationException reject(String field, BigDecimal value, String problem) {
    // the precision of a value beyond MAX_BITS is not counted: that alone can take seconds
    boolean huge = value.unscaledValue().bitLength() > MAX_BITS;
    String shown = !huge && value.precision() <= SHOWN
        ? value.toString()
        : "a decimal of " + (huge ? "over " + MAX_DIGITS : String.valueOf(value.precision())) + " digits, scale "
            + value.scale();
    return new CpomValidationException(field, shown, RULE, problem);
  }
}
