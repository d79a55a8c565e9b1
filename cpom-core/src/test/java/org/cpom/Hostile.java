package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;

/**
 * The shared judge of the hostile-input suites: a hostile call must end, within a bounded time, in a cpom
 * rejection that names a field, or in a {@link NullPointerException} that names the parameter (not the JVM's
 * own "Cannot invoke ... because ..." text). Anything else fails the case: returning normally, an
 * {@code ArithmeticException}, {@code DateTimeException}, {@code IllegalStateException},
 * {@code IndexOutOfBoundsException}, {@code OutOfMemoryError}, or a rejection with a message longer than
 * {@value #MAX_MESSAGE} characters.
 */
public final class Hostile {
  /** The time a hostile case may take, result and message included. */
  public static final Duration LIMIT = Duration.ofSeconds(5);
  /** The longest message a rejection may carry: the input is quoted, never echoed whole. */
  public static final int MAX_MESSAGE = 2_000;

  private Hostile() {}

  /**
   * Runs a hostile call and checks it is rejected as the library promises.
   *
   * @param name the case, shown when it fails
   * @param call the call, which should throw
   * @return what it threw
   */
  public static Throwable rejects(String name, Executable call) {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Assertions.assertTimeoutPreemptively(LIMIT, () -> {
      try {
        call.execute();
      } catch (Throwable t) {
        thrown.set(t);
        // the message is built inside the time limit too: it may be the slow part
        String message = String.valueOf(t.getMessage());
        assertThat(message.length()).as(name + ": message length").isLessThanOrEqualTo(MAX_MESSAGE);
      }
    }, () -> name + ": ran longer than " + LIMIT);
    Throwable t = thrown.get();
    if (t == null) {
      fail(name + ": accepted, should have been rejected");
    }
    if (t instanceof CpomValidationException) {
      assertThat(((CpomValidationException) t).field()).as(name + ": field").isNotBlank();
    } else if (t instanceof NullPointerException) {
      String m = t.getMessage();
      assertThat(m).as(name + ": NPE naming the parameter").isNotBlank()
          .doesNotContain("because").doesNotContain("Cannot invoke").doesNotContain(" is null");
    } else if (!(t instanceof CpomException)) {
      fail(name + ": threw " + t.getClass().getName() + ": " + t.getMessage(), t);
    }
    return t;
  }

  /**
   * A dynamic test that {@link #rejects(String, Executable) rejects} the call.
   *
   * @param name the case's name
   * @param call the hostile call
   * @return the test
   */
  public static org.junit.jupiter.api.DynamicTest rejecting(String name, Executable call) {
    return org.junit.jupiter.api.DynamicTest.dynamicTest(name, () -> rejects(name, call));
  }
}
