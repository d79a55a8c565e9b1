package org.cpom;

/**
 * Root of the exceptions cpom throws on purpose.
 *
 * <p>Callers that want to handle every rule failure of the library catch this one type. Null arguments are
 * not part of this family: they throw {@link NullPointerException} naming the parameter, as in
 * {@code java.time}.
 */
public class CpomException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the rule, not null
   */
  public CpomException(String message) {
    super(java.util.Objects.requireNonNull(message, "message"));
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong, naming the rule, not null
   * @param cause the underlying failure, or null when there is none (as in the JDK)
   */
  public CpomException(String message, Throwable cause) {
    super(java.util.Objects.requireNonNull(message, "message"), cause);
  }
}
