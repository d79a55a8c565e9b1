package org.cpom;

/**
 * Input rejected before any computation: names the field, the value and the rule it breaks.
 *
 * <p>Thrown by factories, builders and engines when an argument is well-typed but not acceptable under a
 * regulatory rule or a convention of the library. Nothing is computed or changed when it is thrown.
 */
public class CpomValidationException extends CpomException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the field or argument rejected, e.g. {@code "cpom.period"}
   * @param value the rejected value (its {@code toString})
   * @param rule the rule broken, e.g. {@code "CASF L313-11"}
   * @param problem what is wrong, in a short sentence
   */
  public CpomValidationException(String field, Object value, String rule, String problem) {
    super(field + " = " + value + " rejected: " + problem + " (" + rule + ")");
    this.field = field;
    this.value = String.valueOf(value);
    this.rule = rule;
  }

  /**
   * The field or argument rejected.
   *
   * @return the field name, not null
   */
  public String field() {
    return field;
  }

  /**
   * The rejected value, as text.
   *
   * @return the value, not null
   */
  public String value() {
    return value;
  }

  /**
   * The rule broken: an article of law, a contract clause or a convention of the library.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }
}
