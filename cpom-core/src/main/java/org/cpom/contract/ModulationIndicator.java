package org.cpom.contract;

/**
 * The activity indicators a contract may use to modulate a dotation (CASF R314-43-2 II).
 *
 * <p>The occupancy rate is a ratio, and its gap to the objective is counted in points. The two counts
 * (people supported, services delivered) are compared by their relative gap, {@code (objective - observed)
 * / objective} (a library decision, RULES section 5: the article does not say how a gap between counts is
 * measured).
 */
public enum ModulationIndicator {
  /** Taux d'occupation: days provided / (places authorised and funded x days open), R314-43-2 II 1°. */
  OCCUPANCY_RATE("R314-43-2 II 1°"),
  /** Number of people supported (personnes accompagnées) in the calendar year, R314-43-2 II 2°. */
  PEOPLE_SUPPORTED("R314-43-2 II 2°"),
  /** Number of services (prestations) delivered in the calendar year, R314-43-2 II 3°. */
  SERVICES_DELIVERED("R314-43-2 II 3°");

  private final String article;

  ModulationIndicator(String article) {
    this.article = article;
  }

  /**
   * The article and paragraph that names this indicator.
   *
   * @return e.g. "R314-43-2 II 1°"
   */
  public String article() {
    return article;
  }

  /**
   * Whether the indicator is a count, compared by relative gap, rather than a rate.
   *
   * @return true for people supported and services delivered
   */
  public boolean isCount() {
    return this != OCCUPANCY_RATE;
  }
}
