package org.cpom.accounts;

import java.util.List;
import java.util.stream.Collectors;
import org.cpom.CpomValidationException;
import org.cpom.Violation;

/**
 * A ledger export rejected, a FEC (LPF A47 A-1) or a trial balance: every error found, each naming its line, its
 * field (the header name of the column) and the value, up to {@value #MAX_ERRORS}; the read stops at the {@value #MAX_ERRORS}th. The parts of
 * {@link CpomValidationException} ({@link #field()}, {@link #value()}, {@link #rule()}, {@link #problem()}) are
 * those of the first error; {@link #violations()} holds them all and the message lists them all.
 */
public final class LedgerRejectedException extends CpomValidationException {
  private static final long serialVersionUID = 1L;
  /** The most errors reported; the read stops when it has found them. */
  public static final int MAX_ERRORS = 100;

  private final List<Violation> violations;
  private final boolean stoppedAtBound;

  LedgerRejectedException(List<Violation> violations, boolean stoppedAtBound) {
    super(violations.get(0).field(), violations.get(0).value().orElse(""), violations.get(0).rule(),
        violations.get(0).problem());
    this.violations = List.copyOf(violations);
    this.stoppedAtBound = stoppedAtBound;
  }

  /**
   * Every error found, in the order of the file (the écritures that do not balance last).
   *
   * @return the errors, at least one
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Whether the read stopped at {@value #MAX_ERRORS} errors, so that the rest of the file was not checked.
   *
   * @return true if it stopped at the bound
   */
  public boolean stoppedAtBound() {
    return stoppedAtBound;
  }

  /** Every error, one a line, after their count. */
  @Override
  public String getMessage() {
    if (violations == null) {
      return super.getMessage();
    }
    return "Rejected, " + violations.size() + (stoppedAtBound ? " errors (the read stopped at the bound)" : " error(s)")
        + ":\n" + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
