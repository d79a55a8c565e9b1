package org.cpom.referential;

/**
 * The legal status of an organisme gestionnaire. It matters for the fungibility of results between
 * comptes de résultat, which R314-235 opens to private gestionnaires only.
 */
public enum LegalStatus {
  /** Private non-profit (association, fondation, mutuelle). */
  PRIVATE_NON_PROFIT,
  /** Private commercial company. */
  PRIVATE_COMMERCIAL,
  /** Public (établissement public social et médico-social, CCAS, hospital annex). */
  PUBLIC;

  /**
   * Whether the gestionnaire is private.
   *
   * @return true for both private statuses
   */
  public boolean isPrivate() {
    return this != PUBLIC;
  }
}
