package org.cpom.result;

import java.util.List;
import java.util.stream.Collectors;
import org.cpom.CpomValidationException;

/**
 * An allocation proposal rejected by {@link ResultEngine#allocate}: carries every violation found, not
 * only the first. Nothing was computed or changed.
 */
public class AllocationRejectedException extends CpomValidationException {
  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  AllocationRejectedException(List<Violation> violations) {
    super("proposal", violations.size() + " violation(s)",
        violations.stream().map(v -> v.rule().text()).distinct().collect(Collectors.joining("; ")),
        violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
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
