package org.cpom.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import org.cpom.CpomValidationException;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * Argument checks that name the field and the rule, in the manner of Strata's {@code ArgChecker}.
 * Each returns its argument so constructors can validate inline.
 */
public final class Checks {
  private Checks() {}

  /**
   * Fails with a {@link CpomValidationException} unless {@code condition} holds.
   *
   * @param condition the condition that must hold
   * @param field the field name
   * @param value the value checked
   * @param rule the rule
   * @param problem what is wrong when the condition fails
   */
  public static void check(boolean condition, String field, Object value, LegalBasis rule, String problem) {
    if (!condition) {
      throw new CpomValidationException(field, value, rule, problem);
    }
  }

  /**
   * Checks that a value is not null.
   *
   * @param <T> the value type
   * @param value the value
   * @param field the field name used in the message
   * @return the value
   */
  public static <T> T notNull(T value, String field) {
    return Objects.requireNonNull(value, field);
  }

  /**
   * Checks that a collection and its elements are not null.
   *
   * @param <C> the collection type
   * @param values the collection
   * @param field the field name
   * @return the collection
   */
  public static <C extends Collection<?>> C noNulls(C values, String field) {
    Objects.requireNonNull(values, field);
    for (Object v : values) {
      Objects.requireNonNull(v, () -> field + " element");
    }
    return values;
  }

  /**
   * Checks that a decimal is zero or more.
   *
   * @param value the value
   * @param field the field name
   * @param rule the rule
   * @return the value
   */
  public static BigDecimal notNegative(BigDecimal value, String field, LegalBasis rule) {
    check(notNull(value, field).signum() >= 0, field, value, rule, "must not be negative");
    return value;
  }

  /**
   * Checks that an int is zero or more.
   *
   * @param value the value
   * @param field the field name
   * @param rule the rule
   * @return the value
   */
  public static int notNegative(int value, String field, LegalBasis rule) {
    check(value >= 0, field, value, rule, "must not be negative");
    return value;
  }

  /**
   * Checks that an int is one or more.
   *
   * @param value the value
   * @param field the field name
   * @param rule the rule
   * @return the value
   */
  public static int positive(int value, String field, LegalBasis rule) {
    check(value > 0, field, value, rule, "must be positive");
    return value;
  }

  /** The convention an overflow or a division by zero breaks. */
  static final LegalBasis ARITHMETIC_RULE = LegalBasis.convention(Convention.EXACT_ARITHMETIC);

  /**
   * The exact sum of two {@code long}s (cents, days), or a {@link CpomValidationException} naming the field
   * when it overflows: the one exception of the library for an arithmetic overflow
   * ({@link Convention#EXACT_ARITHMETIC}), never a bare {@code ArithmeticException}.
   *
   * @param a the first term
   * @param b the second term
   * @param field the field whose sum it is, named on failure
   * @return {@code a + b}
   */
  public static long addExact(long a, long b, String field) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new CpomValidationException(field, a + " + " + b, ARITHMETIC_RULE,
          "the sum is beyond " + Long.MAX_VALUE + " in absolute value");
    }
  }

  /** The convention a decimal outside the bounds of {@link #bounded} breaks. */
  static final LegalBasis DECIMAL_RULE = LegalBasis.convention(Convention.BOUNDED_DECIMALS);

  /**
   * Checks that a decimal outside the money kernel (an indicator's baseline, target or observed value) is
   * bounded as the kernel's are: at most 64 significant digits and an order of magnitude within
   * {@code 10^-40} to {@code 10^40}, so that no input makes a comparison or a ratio do unbounded work. The
   * bounds are those of {@code org.cpom.money.Decimals}; keep them in step.
   *
   * @param value the decimal
   * @param field the field name
   * @return the value
   */
  public static BigDecimal bounded(BigDecimal value, String field) {
    BigDecimal exact = notNull(value, field).getClass() == BigDecimal.class
        ? value : new BigDecimal(value.unscaledValue(), value.scale());
    if (exact.signum() == 0) {
      return value;
    }
    String problem = decimalProblem(exact);
    if (problem != null) {
      String shown = exact.toString().length() <= 60 ? exact.toString() : exact.toString().substring(0, 60) + "...";
      throw new CpomValidationException(field, shown, DECIMAL_RULE, problem);
    }
    return value;
  }

  /**
   * The one definition of a bounded decimal, shared by the money kernel, the contract and the engines: at most
   * 64 significant digits and an order of magnitude (of the leading digit) within {@code 10^-40} to
   * {@code 10^40}. Each caller words its own rejection around the problem returned.
   *
   * @param nonZero a non-zero decimal of class {@code BigDecimal}
   * @return what is wrong with it, or null if it is within the bounds
   */
  public static String decimalProblem(BigDecimal nonZero) {
    // the bit length is cheap where precision and stripping are not, on a value of a million digits
    if (nonZero.unscaledValue().bitLength() > (64 + 20) * 4) {
      return "more than 64 significant digits";
    }
    BigDecimal stripped = nonZero.stripTrailingZeros();
    if (stripped.precision() > 64) {
      return "more than 64 significant digits";
    }
    long exponent = (long) stripped.precision() - stripped.scale() - 1;
    return exponent > 40 || exponent < -40 ? "order of magnitude beyond 10^+-40" : null;
  }

  /**
   * Whether a decimal is a plain {@code BigDecimal}, not a subclass whose overridden methods could bypass a
   * check; a value holding a subclass rebuilds itself with {@link #plain} copies in its {@code @Value.Check}.
   *
   * @param value the decimal
   * @return true if its class is {@code BigDecimal}
   */
  public static boolean isPlain(BigDecimal value) {
    return value.getClass() == BigDecimal.class;
  }

  /**
   * The same number as a plain {@code BigDecimal}.
   *
   * @param value the decimal, possibly of a subclass
   * @return the value itself if plain, otherwise a copy from its unscaled value and scale
   */
  public static BigDecimal plain(BigDecimal value) {
    return isPlain(value) ? value : new BigDecimal(value.unscaledValue(), value.scale());
  }

  /** The longest name, label or free text accepted, in characters ({@link Convention#LABEL_TEXT}). */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** The convention a text breaks. */
  static final LegalBasis TEXT_RULE = LegalBasis.convention(Convention.LABEL_TEXT);

  /**
   * Checks that a text is not blank and can be shown: it must hold a character that shows, not only white
   * space, no-break spaces ({@code U+00A0}, {@code U+202F}) or invisible format characters ({@code U+200B},
   * {@code U+FEFF}), which {@link String#isBlank()} lets through; it must be at most
   * {@value #MAX_TEXT_LENGTH} characters long; and it must hold no control character but tab, line feed and
   * carriage return (an ESC, BEL or NUL in a label would reach terminals and logs).
   *
   * @param value the text
   * @param field the field name
   * @return the text
   */
  public static String notBlank(String value, String field) {
    notNull(value, field);
    // one pass over the chars for the common case (a short label of plain characters); the messages and
    // the code-point checks below run only when this pass finds something to look at
    int length = value.length();
    if (length <= MAX_TEXT_LENGTH) {
      boolean shows = false;
      boolean plain = true;
      for (int i = 0; i < length && plain; i++) {
        char c = value.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c)) {
          plain = false;
        } else if (!shows && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
            && Character.getType(c) != Character.FORMAT) {
          shows = true;
        }
      }
      if (plain && shows) {
        return value;
      }
    }
    check(length <= MAX_TEXT_LENGTH, field, quote(value), TEXT_RULE, "is " + length + " characters long");
    boolean shows = value.codePoints().anyMatch(c -> !Character.isWhitespace(c)
        && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT);
    check(shows, field, quote(value), TEXT_RULE, "must not be blank");
    int control = value.codePoints().filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
        .findFirst().orElse(-1);
    check(control < 0, field, quote(value), TEXT_RULE,
        "holds the control character U+" + String.format("%04X", Math.max(control, 0)));
    return value;
  }

  /** The first 20 characters, control characters written as escapes so the message itself is safe to show. */
  private static String quote(String value) {
    StringBuilder s = new StringBuilder("\"");
    value.codePoints().limit(20).forEach(c -> {
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        s.append(String.format("\\u%04X", c));
      } else {
        s.appendCodePoint(c);
      }
    });
    return s.append(value.codePointCount(0, value.length()) > 20 ? "...\"" : "\"").toString();
  }
}
