package org.cpom.budget;

/** How {@link PackageSelection} goes down the ranked increments once one does not fit the enveloppe. */
public enum FillRule {
  /** Stop at the first increment that does not fit: the ranking is respected strictly (default). */
  STOP_AT_FIRST_MISFIT,
  /** Skip an increment that does not fit and try the next ones, in rank order. */
  SKIP_MISFITS
}
