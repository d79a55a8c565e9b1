package org.cpom.calendar;

/**
 * How sure cpom is of the text behind a deadline: whether its article was read in a copy of the code, or only
 * reported by a secondary source.
 */
public enum SourceStatus {
  /** The article's text was read in a copy of the code (verified). */
  VERIFIED,
  /**
   * Known only from a secondary source (a guide, a federation's note, an authority's page) that cites the
   * article: the figure is likely correct, the exact text unconfirmed. cpom makes such rules parameters.
   */
  SECONDARY
}
