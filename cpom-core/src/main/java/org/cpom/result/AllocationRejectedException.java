package org.cpom.result;

import java.util.List;
import java.util.stream.Collectors;
import org.cpom.CpomValidationException;
import org.cpom.Violation;

/**
 * An allocation proposal rejected by {@link ResultEngine#allocate}: carries every violation found, not
 * only the first, each with its field, its typed rule and its problem. Nothing was computed or changed.
 *
 * <p>As a {@link CpomValidationException} it names the field {@code proposal}, the number of violations as its
 * value, the rule of the first violation as its {@link #rule()}, and as its {@link #problem()} the rules broken,
 * then every violation with its own rule (the message is cut at 500 characters: {@link #violations()} has
 * them all).
 */
public class AllocationRejectedException extends CpomValidationException {
  private static final long serialVersionUID = 2L;

  private final List<Violation> violations;

  AllocationRejectedException(List<Violation> violations) {
    super("proposal", violations.size() + " violation(s)", violations.get(0).rule(),
        "rules broken: " + violations.stream().map(v -> v.rule().text()).distinct().collect(Collectors.joining("; "))
            + " -- " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  /**
   * Every violation found, in the order of the checks.
   *
   * @return an unmodifiable list, not empty
   */
  public List<Violation> violations() {
    return violations;
  }
}
