package org.cpom;

import java.util.Objects;

/**
 * Input rejected before any computation: names the field, the value and the rule it breaks.
 *
 * <p>Thrown by factories, builders and engines when an argument is well-typed but not acceptable under a
 * regulatory rule or a convention of the library, and when a computation would overflow the exact arithmetic
 * of the library or divide by zero ({@link Convention#EXACT_ARITHMETIC}). Nothing is computed or changed when it
 * is thrown. The rule is a typed {@link LegalBasis}: an article of law, a contract clause or a
 * {@link Convention} of the library; {@link #violation()} gives the parts as one value.
 *
 * <p>The message reads {@code field = value rejected: problem (rule)}. The input is quoted, never echoed whole:
 * {@link #value()} keeps at most {@value #MAX_VALUE_CHARS} characters of the rejected value and the message at
 * most {@value #MAX_TEXT_CHARS} of each other part, the rest replaced by {@code "... (n chars)"}, so a 10 MB
 * input gives a short message ({@link Convention#QUOTED_INPUT}).
 */
public class CpomValidationException extends CpomException {
  private static final long serialVersionUID = 2L;
  /** The longest rejected value kept, in characters. */
  public static final int MAX_VALUE_CHARS = 200;
  /** The longest field, rule text or problem kept in the message, in characters. */
  public static final int MAX_TEXT_CHARS = 500;

  private final Violation violation;

  /**
   * Creates the exception.
   *
   * @param field the field or argument rejected, e.g. {@code "cpom.period"}, not null
   * @param value the rejected value (its {@code toString}), possibly null
   * @param rule the rule broken, e.g. {@code LegalBasis.casf("L313-11")}, not null
   * @param problem what is wrong, in a short sentence, not null
   */
  public CpomValidationException(String field, Object value, LegalBasis rule, String problem) {
    this(Violation.of(shortened(Objects.requireNonNull(field, "field"), MAX_TEXT_CHARS),
        shortened(String.valueOf(value), MAX_VALUE_CHARS),
        Objects.requireNonNull(rule, "rule"),
        shortened(Objects.requireNonNull(problem, "problem"), MAX_TEXT_CHARS)));
  }

  private CpomValidationException(Violation violation) {
    super(Violation.text(violation.field(), violation.value().orElse("null"),
        shortened(violation.rule().text(), MAX_TEXT_CHARS), violation.problem()));
    this.violation = violation;
  }

  /** The text, or its first {@code max} characters and its length when longer. */
  private static String shortened(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    // never cut a surrogate pair in two
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "... (" + text.length() + " chars)";
  }

  /**
   * The field or argument rejected.
   *
   * @return the field name, not null
   */
  public String field() {
    return violation.field();
  }

  /**
   * The rejected value, as text.
   *
   * @return the value, not null
   */
  public String value() {
    return violation.value().orElse("null");
  }

  /**
   * The rule broken: an article of law, a contract clause or a convention of the library.
   *
   * @return the rule, not null
   */
  public LegalBasis rule() {
    return violation.rule();
  }

  /**
   * What is wrong, in a short sentence, without the field, value and rule.
   *
   * @return the problem, not null
   */
  public String problem() {
    return violation.problem();
  }

  /**
   * The field, value, rule and problem as one value.
   *
   * @return the violation
   */
  public Violation violation() {
    return violation;
  }
}
