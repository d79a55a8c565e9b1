package org.cpom.calendar;

/**
 * How sure cpom is of the text behind a deadline, in the terms of RULES.md and its research notes.
 */
public enum SourceStatus {
  /** The article's text was read in a copy of the code (RULES "verified"). */
  VERIFIED,
  /**
   * Known only from a secondary source (a guide, a federation's note, an authority's page) that cites the
   * article: probably right, but the wording is not the law's. Such rules are parameters in cpom.
   */
  SECONDARY
}
