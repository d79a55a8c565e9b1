package org.cpom.result;

import java.io.Serializable;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.trace.LegalBasis;

/**
 * One rule an allocation proposal breaks: the field concerned, the article or contract clause broken, and
 * what is wrong.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final LegalBasis rule;
  private final String message;

  private Violation(String field, LegalBasis rule, String message) {
    this.field = field;
    this.rule = rule;
    this.message = message;
  }

  /**
   * Creates a violation.
   *
   * @param field the field, such as {@code "surplus[IME]"}
   * @param rule the article or clause broken
   * @param message what is wrong
   * @return the violation
   */
  public static Violation of(String field, LegalBasis rule, String message) {
    return new Violation(Checks.notBlank(field, "field"), Objects.requireNonNull(rule, "rule"),
        Checks.notBlank(message, "message"));
  }

  /**
   * The field concerned.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * The article or contract clause broken.
   *
   * @return the rule
   */
  public LegalBasis rule() {
    return rule;
  }

  /**
   * What is wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Violation)) {
      return false;
    }
    Violation other = (Violation) obj;
    return field.equals(other.field) && rule.equals(other.rule) && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, rule, message);
  }

  @Override
  public String toString() {
    return field + ": " + message + " (" + rule + ")";
  }
}
