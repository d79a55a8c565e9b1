package org.cpom.contract;

/**
 * How the contract's financial clause sets the yearly tariff of a groupe fonctionnel or section (CASF
 * R314-40). Mode 3° is not allowed in L313-12 IV ter and L313-12-2 contracts (R314-39-1).
 */
public enum TariffMode {
  /** R314-40 1°: the update rate of the limitative regional or departmental envelopes, given each year. */
  ENVELOPE_RATE("R314-40 1°"),
  /** R314-40 2°: an update formula fixed in the contract. */
  CONTRACT_FORMULA("R314-40 2°"),
  /** R314-40 3°: annual update amendments (avenants). */
  ANNUAL_AMENDMENT("R314-40 3°"),
  /** R314-40 4°: a tariff equation, ceiling or algorithm. */
  EQUATION("R314-40 4°");

  private final String article;

  TariffMode(String article) {
    this.article = article;
  }

  /**
   * The article and paragraph.
   *
   * @return e.g. "R314-40 1°"
   */
  public String article() {
    return article;
  }
}
