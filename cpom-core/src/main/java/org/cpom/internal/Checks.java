package org.cpom.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import org.cpom.CpomValidationException;

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
  public static void check(boolean condition, String field, Object value, String rule, String problem) {
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
  public static BigDecimal notNegative(BigDecimal value, String field, String rule) {
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
  public static int notNegative(int value, String field, String rule) {
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
  public static int positive(int value, String field, String rule) {
    check(value > 0, field, value, rule, "must be positive");
    return value;
  }

  /**
   * Checks that a text is not blank: it must hold a character that shows, not only white space, no-break
   * spaces ({@code U+00A0}, {@code U+202F}) or invisible format characters ({@code U+200B}, {@code U+FEFF}),
   * which {@link String#isBlank()} lets through.
   *
   * @param value the text
   * @param field the field name
   * @return the text
   */
  public static String notBlank(String value, String field) {
    boolean shows = notNull(value, field).codePoints().anyMatch(c -> !Character.isWhitespace(c)
        && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT);
    check(shows, field, "\"" + (value.length() <= 20 ? value : value.substring(0, 20) + "...") + "\"",
        "cpom convention: a name or label is not blank", "must not be blank");
    return value;
  }
}
