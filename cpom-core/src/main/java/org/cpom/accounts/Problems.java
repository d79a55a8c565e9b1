package org.cpom.accounts;

import java.util.ArrayList;
import java.util.List;
import org.cpom.LegalBasis;
import org.cpom.Violation;

/** The errors of one read, up to the bound, and whether the read must stop. Not thread-safe. */
final class Problems {
  private final List<Violation> errors = new ArrayList<>();
  private boolean stopped;
  private boolean atBound;

  /** Records an error; at the bound the read stops. */
  void error(String field, String value, LegalBasis rule, String problem) {
    if (errors.size() < LedgerRejectedException.MAX_ERRORS) {
      errors.add(Violation.of(field, value, rule, problem));
    }
    if (errors.size() >= LedgerRejectedException.MAX_ERRORS) {
      stopped = true;
      atBound = true;
    }
  }

  /** Records an error after which nothing more can be read (a decoding error, a bound passed). */
  void fatal(Violation violation) {
    if (errors.size() < LedgerRejectedException.MAX_ERRORS) {
      errors.add(violation);
    }
    stopped = true;
  }

  /** Records an error after which nothing more can be read. */
  void fatal(String field, String value, LegalBasis rule, String problem) {
    fatal(Violation.of(field, value, rule, problem));
  }

  boolean stopped() {
    return stopped;
  }

  boolean none() {
    return errors.isEmpty();
  }

  int count() {
    return errors.size();
  }

  /** Throws every error recorded, if there is one. */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new LedgerRejectedException(errors, atBound);
    }
  }
}
