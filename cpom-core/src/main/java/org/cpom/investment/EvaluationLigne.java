package org.cpom.investment;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.cpom.contract.ContractYear;
import org.cpom.money.Amount;

/**
 * One contract year of the financial evaluation of a CPOM ({@code cpom:contract-evaluation}), for one
 * fiche-action or for the whole contract: the credits its means need that year by funding way, the extra cost
 * (mesures nouvelles + CNR) and the extra cost cumulated from the contract's first year.
 *
 * <p>Built by {@link InvestmentEngine#evaluation}; immutable, thread-safe, compares by value.
 */
public final class EvaluationLigne {
  private final Optional<String> ficheAction;
  private final ContractYear contractYear;
  private final Amount mesuresNouvelles;
  private final Amount cnr;
  private final Amount redeploiements;
  private final Amount dansLaBase;
  private final Amount coutCumule;

  EvaluationLigne(Optional<String> ficheAction, ContractYear contractYear, Amount mesuresNouvelles, Amount cnr,
      Amount redeploiements, Amount dansLaBase, Amount coutCumule) {
    this.ficheAction = ficheAction;
    this.contractYear = contractYear;
    this.mesuresNouvelles = mesuresNouvelles;
    this.cnr = cnr;
    this.redeploiements = redeploiements;
    this.dansLaBase = dansLaBase;
    this.coutCumule = coutCumule;
  }

  /**
   * The fiche-action the line is for.
   *
   * @return its identifier, or empty for the line of the whole contract
   */
  public Optional<String> ficheAction() {
    return ficheAction;
  }

  /**
   * The contract year.
   *
   * @return the year
   */
  public ContractYear contractYear() {
    return contractYear;
  }

  /**
   * The exercice the contract year belongs to: the calendar year in which it starts.
   *
   * @return the exercice
   */
  public Year exercice() {
    return Year.of(contractYear.startDate().getYear());
  }

  /**
   * The mesures nouvelles of the year: every one granted in this year or an earlier contract year, as they stay in
   * the base.
   *
   * @return zero or more
   */
  public Amount mesuresNouvelles() {
    return mesuresNouvelles;
  }

  /**
   * The crédits non reconductibles (CNR) of this year only.
   *
   * @return zero or more
   */
  public Amount cnr() {
    return cnr;
  }

  /**
   * The credits redeployed within the base for the year (from the year of the redeployment on): moved, not added.
   *
   * @return zero or more
   */
  public Amount redeploiements() {
    return redeploiements;
  }

  /**
   * The means taken within the existing base for the year (from their year on): no extra credit.
   *
   * @return zero or more
   */
  public Amount dansLaBase() {
    return dansLaBase;
  }

  /**
   * The extra cost of the year (coût supplémentaire): the mesures nouvelles plus the CNR; redeployments and means
   * within the base add nothing.
   *
   * @return zero or more
   */
  public Amount coutSupplementaire() {
    return mesuresNouvelles.plus(cnr);
  }

  /**
   * The extra cost cumulated from the contract's first year through this one (coût cumulé).
   *
   * @return zero or more
   */
  public Amount coutCumule() {
    return coutCumule;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof EvaluationLigne)) {
      return false;
    }
    EvaluationLigne o = (EvaluationLigne) obj;
    return ficheAction.equals(o.ficheAction) && contractYear.equals(o.contractYear)
        && mesuresNouvelles.equals(o.mesuresNouvelles) && cnr.equals(o.cnr) && redeploiements.equals(o.redeploiements)
        && dansLaBase.equals(o.dansLaBase) && coutCumule.equals(o.coutCumule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ficheAction, contractYear, mesuresNouvelles, cnr, redeploiements, dansLaBase, coutCumule);
  }

  @Override
  public String toString() {
    return "EvaluationLigne[" + ficheAction.orElse("contract") + ", year " + contractYear.number() + ": extra "
        + coutSupplementaire() + ", cumulated " + coutCumule + "]";
  }
}
