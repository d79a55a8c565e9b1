package org.cpom.investment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;

/**
 * The financial evaluation of a CPOM (évaluation financière du contrat, {@code cpom:contract-evaluation}): the cost
 * of the means of its fiches-actions year by year, by fiche-action and for the whole contract, each year of the
 * contract's line the exact sum of the fiches-actions' lines of that year.
 *
 * <p>Built by {@link InvestmentEngine#evaluation}; immutable, thread-safe, compares by value.
 */
public final class EvaluationFinanciere {
  private final String contrat;
  private final Map<String, List<EvaluationLigne>> parFiche;
  private final List<EvaluationLigne> annees;

  EvaluationFinanciere(String contrat, Map<String, List<EvaluationLigne>> parFiche, List<EvaluationLigne> annees) {
    this.contrat = contrat;
    Map<String, List<EvaluationLigne>> copy = new LinkedHashMap<>();
    parFiche.forEach((id, lines) -> copy.put(id, List.copyOf(lines)));
    this.parFiche = Collections.unmodifiableMap(copy);
    this.annees = List.copyOf(annees);
  }

  /**
   * The identifier of the contract evaluated.
   *
   * @return the contract's identifier
   */
  public String contrat() {
    return contrat;
  }

  /**
   * The lines of the whole contract, one per contract year in order.
   *
   * @return the lines, their {@link EvaluationLigne#ficheAction()} empty
   */
  public List<EvaluationLigne> annees() {
    return annees;
  }

  /**
   * The line of the whole contract for a contract year.
   *
   * @param contractYear the year's number, 1 for the first
   * @return the line
   * @throws org.cpom.CpomValidationException naming {@code contractYear} if the contract has no such year
   */
  public EvaluationLigne annee(int contractYear) {
    Checks.check(contractYear >= 1 && contractYear <= annees.size(), "contractYear", contractYear,
        InvestmentEngine.EVALUATION_RULE, "the contract has years 1 to " + annees.size());
    return annees.get(contractYear - 1);
  }

  /**
   * The identifiers of the fiches-actions, in the contract's order; a fiche-action with no means has zero lines.
   *
   * @return the identifiers
   */
  public List<String> fichesActions() {
    return List.copyOf(parFiche.keySet());
  }

  /**
   * The lines of one fiche-action, one per contract year in order.
   *
   * @param ficheAction the fiche-action's identifier
   * @return the lines
   * @throws org.cpom.CpomValidationException naming {@code ficheAction} if the contract has no such fiche-action
   */
  public List<EvaluationLigne> ficheAction(String ficheAction) {
    Objects.requireNonNull(ficheAction, "ficheAction");
    List<EvaluationLigne> lines = parFiche.get(ficheAction);
    Checks.check(lines != null, "ficheAction", ficheAction, InvestmentEngine.EVALUATION_RULE,
        "the contract has no fiche-action of that identifier; its fiches-actions are " + parFiche.keySet());
    return lines;
  }

  /**
   * The cost of the whole contract: the extra cost cumulated through its last year.
   *
   * @return zero or more
   */
  public Amount coutTotal() {
    return annees.get(annees.size() - 1).coutCumule();
  }

  /**
   * The cost of one fiche-action over the contract: its extra cost cumulated through the last year.
   *
   * @param ficheAction the fiche-action's identifier
   * @return zero or more
   * @throws org.cpom.CpomValidationException naming {@code ficheAction} if the contract has no such fiche-action
   */
  public Amount coutTotal(String ficheAction) {
    List<EvaluationLigne> lines = ficheAction(ficheAction);
    return lines.get(lines.size() - 1).coutCumule();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof EvaluationFinanciere)) {
      return false;
    }
    EvaluationFinanciere o = (EvaluationFinanciere) obj;
    return contrat.equals(o.contrat) && fichesActions().equals(o.fichesActions()) && parFiche.equals(o.parFiche)
        && annees.equals(o.annees);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contrat, parFiche, annees);
  }

  @Override
  public String toString() {
    return "EvaluationFinanciere[" + contrat + ", " + annees.size() + " years, " + parFiche.size()
        + " fiches-actions, cost " + coutTotal() + "]";
  }
}
