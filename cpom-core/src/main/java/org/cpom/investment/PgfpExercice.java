package org.cpom.investment;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.cpom.Violation;
import org.cpom.money.Amount;

/**
 * One exercice of a {@link Pgfp}: its result and CAF, its tableau de financement (ressources, emplois, apport or
 * prélèvement), the FRNG at the opening and the closing, the BFR and the trésorerie at the closing, and the
 * breaches of the équilibre réel (CASF R314-222) the year shows.
 *
 * <p>The result is the produits (tariff, other, 78, 777) less the charges décaissables and the dotations (68); the
 * CAF is additive, result + 68 − 78 − 777, which is the produits encaissables less the
 * charges décaissables; ressources = CAF when above zero + subsidies + disposals + loans; emplois = the insuffisance
 * d'autofinancement + capital repaid + acquisitions; FRNG(N) = FRNG(N−1) + apport; trésorerie = FRNG − BFR
 * ({@code cpom:pgfp-trajectory}). Built by {@link InvestmentEngine#pgfp}; immutable, thread-safe, compares by value.
 */
public final class PgfpExercice {
  private final PgfpYear input;
  private final Amount frngOuverture;
  private final List<Violation> violations;

  PgfpExercice(PgfpYear input, Amount frngOuverture, List<Violation> violations) {
    this.input = input;
    this.frngOuverture = frngOuverture;
    this.violations = List.copyOf(violations);
  }

  /**
   * The exercice.
   *
   * @return the year
   */
  public Year year() {
    return input.year();
  }

  /**
   * The forecast this exercice was computed from.
   *
   * @return the input
   */
  public PgfpYear input() {
    return input;
  }

  /**
   * The forecast result: tariff + other produits + reprises (78) + 777 − charges décaissables − dotations (68).
   *
   * @return the result, negative for a deficit
   */
  public Amount resultat() {
    return input.produitsDeLaTarification().plus(input.autresProduits()).plus(input.reprises())
        .plus(input.repriseSubventions()).minus(input.chargesDecaissables()).minus(input.dotations());
  }

  /**
   * The CAF, additive: result + 68 − 78 − 777.
   *
   * @return the CAF, negative for an insuffisance d'autofinancement
   */
  public Amount caf() {
    return resultat().plus(input.dotations()).minus(input.reprises()).minus(input.repriseSubventions());
  }

  /**
   * The ressources of the tableau de financement: the CAF when above zero, the subsidies, disposals and loans.
   *
   * @return the ressources
   */
  public Amount ressources() {
    return caf().max(Amount.ZERO).plus(input.subventions()).plus(input.cessions()).plus(input.emprunts());
  }

  /**
   * The emplois of the tableau de financement: the insuffisance d'autofinancement, the capital repaid and the
   * acquisitions.
   *
   * @return the emplois
   */
  public Amount emplois() {
    return caf().min(Amount.ZERO).negated().plus(input.remboursementsCapital()).plus(input.acquisitions());
  }

  /**
   * The apport au fonds de roulement, ressources − emplois; a prélèvement when below zero.
   *
   * @return the apport, signed
   */
  public Amount apport() {
    return ressources().minus(emplois());
  }

  /**
   * Whether the exercice takes from the fonds de roulement.
   *
   * @return true when the apport is below zero
   */
  public boolean isPrelevement() {
    return apport().isNegative();
  }

  /**
   * The FRNG at the opening, the closing FRNG of the year before.
   *
   * @return the opening FRNG
   */
  public Amount frngOuverture() {
    return frngOuverture;
  }

  /**
   * The FRNG at the closing, FRNG(N−1) + apport.
   *
   * @return the closing FRNG
   */
  public Amount frng() {
    return frngOuverture.plus(apport());
  }

  /**
   * The BFR at the closing.
   *
   * @return the BFR, signed
   */
  public Amount bfr() {
    return input.bfr();
  }

  /**
   * The trésorerie at the closing, FRNG − BFR.
   *
   * @return the trésorerie, signed
   */
  public Amount tresorerie() {
    return frng().minus(bfr());
  }

  /**
   * The breaches of the équilibre réel of the year (R314-222 I 3° and 4°, II 1°), as {@link
   * org.cpom.finance.FinanceEngine#checkEquilibreReel} finds them on the year read as one compte in the CPOM.
   *
   * @return the violations, empty when the year holds
   */
  public List<Violation> violations() {
    return violations;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PgfpExercice)) {
      return false;
    }
    PgfpExercice o = (PgfpExercice) obj;
    return input.equals(o.input) && frngOuverture.equals(o.frngOuverture) && violations.equals(o.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(input, frngOuverture, violations);
  }

  @Override
  public String toString() {
    return "PgfpExercice[" + year() + ", résultat " + resultat() + ", CAF " + caf() + ", apport " + apport()
        + ", FRNG " + frng() + ", BFR " + bfr() + ", trésorerie " + tresorerie() + "]";
  }
}
