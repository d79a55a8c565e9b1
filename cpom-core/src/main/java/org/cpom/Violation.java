package org.cpom;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;

/**
 * One rule an input breaks: the field concerned, the value rejected where there is one, the rule broken (a
 * typed {@link LegalBasis}: an article of law, a contract clause, a convention of the library) and what is
 * wrong. The same parts as a {@link CpomValidationException} ({@link CpomValidationException#violation()}) and
 * as each violation of an allocation proposal ({@code org.cpom.result.ResultEngine#validate}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 2L;

  private final String field;
  private final String value;
  private final LegalBasis rule;
  private final String problem;

  private Violation(String field, String value, LegalBasis rule, String problem) {
    this.field = field;
    this.value = value;
    this.rule = rule;
    this.problem = problem;
  }

  /**
   * A violation that names no value, such as a rule an allocation proposal breaks as a whole.
   *
   * @param field the field, such as {@code "surplus[IME]"}
   * @param rule the rule broken
   * @param problem what is wrong
   * @return the violation
   */
  public static Violation of(String field, LegalBasis rule, String problem) {
    return new Violation(Checks.notBlank(field, "field"), null, Objects.requireNonNull(rule, "rule"),
        Checks.notBlank(problem, "problem"));
  }

  /**
   * A violation naming the value rejected.
   *
   * @param field the field, such as {@code "cpom.period"}
   * @param value the value rejected, as text
   * @param rule the rule broken
   * @param problem what is wrong
   * @return the violation
   */
  public static Violation of(String field, String value, LegalBasis rule, String problem) {
    return new Violation(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(problem, "problem"));
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
   * The value rejected, as text.
   *
   * @return the value, empty when the violation names none
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The rule broken.
   *
   * @return the rule
   */
  public LegalBasis rule() {
    return rule;
  }

  /**
   * What is wrong, in a short sentence.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Violation)) {
      return false;
    }
    Violation other = (Violation) obj;
    return field.equals(other.field) && Objects.equals(value, other.value) && rule.equals(other.rule)
        && problem.equals(other.problem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, value, rule, problem);
  }

  /**
   * The violation as text: {@code field = value rejected: problem (rule)}, or {@code field: problem (rule)}
   * when it names no value.
   */
  @Override
  public String toString() {
    return value == null ? field + ": " + problem + " (" + rule + ")" : text(field, value, rule.text(), problem);
  }

  /** The text of a violation naming its value, the shape of every {@link CpomValidationException} message. */
  static String text(String field, String value, String rule, String problem) {
    return field + " = " + value + " rejected: " + problem + " (" + rule + ")";
  }
}
