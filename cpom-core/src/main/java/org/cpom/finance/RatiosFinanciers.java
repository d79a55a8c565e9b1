package org.cpom.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.Violation;
import org.cpom.money.Amount;
import org.cpom.money.Rate;

/**
 * The ratios an authority reads on an ERRD, from a trial balance, as {@link org.cpom.Convention#FINANCIAL_RATIOS}
 * says. Each rate is its numerator over its denominator rounded to four decimals of the fraction (a percentage to
 * two decimals), half away from zero; a rate whose denominator is zero is empty, never a made-up figure. The
 * durée apparente de la dette is in years, to two decimals, half away from zero, and empty when the CAF is not
 * above zero. The alerts ({@link #alertes()}) compare them with the {@link Seuils} in force for the exercice.
 *
 * <p>Built by {@link FinanceEngine#ratios}. This class is immutable and thread-safe; it compares by value.
 */
public final class RatiosFinanciers {
  private final Amount caf;
  private final Amount produitsTauxDeCaf;
  private final Amount[] vetuste; // depreciation, gross: constructions, installations, autres
  private final Amount encoursDette;
  private final Amount financementsStables;
  private final AssietteEndettement assiette;
  private final Amount assietteEndettement;
  private final Amount prestationsExternes;
  private final Amount personnelEtPrestations;
  private final Amount fraisDeSiege;
  private final List<Violation> alertes;

  RatiosFinanciers(Amount caf, Amount produitsTauxDeCaf, Amount[] vetuste, Amount encoursDette,
      Amount financementsStables, AssietteEndettement assiette, Amount assietteEndettement,
      Amount prestationsExternes, Amount personnelEtPrestations, Amount fraisDeSiege, List<Violation> alertes) {
    this.caf = caf;
    this.produitsTauxDeCaf = produitsTauxDeCaf;
    this.vetuste = vetuste.clone();
    this.encoursDette = encoursDette;
    this.financementsStables = financementsStables;
    this.assiette = assiette;
    this.assietteEndettement = assietteEndettement;
    this.prestationsExternes = prestationsExternes;
    this.personnelEtPrestations = personnelEtPrestations;
    this.fraisDeSiege = fraisDeSiege;
    this.alertes = List.copyOf(alertes);
  }

  /** These ratios with their alerts, once the alerts are worked out from them. */
  RatiosFinanciers withAlertes(List<Violation> found) {
    return new RatiosFinanciers(caf, produitsTauxDeCaf, vetuste, encoursDette, financementsStables, assiette,
        assietteEndettement, prestationsExternes, personnelEtPrestations, fraisDeSiege, found);
  }

  /** The ratio to four decimals of the fraction, half away from zero; empty for a zero denominator. */
  static Optional<Rate> rate(Amount numerator, Amount denominator) {
    if (denominator.isZero()) {
      return Optional.empty();
    }
    return Optional.of(Rate.ofFraction(BigDecimal.valueOf(numerator.cents())
        .divide(BigDecimal.valueOf(denominator.cents()), 4, RoundingMode.HALF_UP)));
  }

  /**
   * The CAF (additive method) the ratios read.
   *
   * @return the CAF
   */
  public Amount caf() {
    return caf;
  }

  /**
   * The denominator of the taux de CAF: the produits of class 7 less 775, 777, 7781 and 78, the rebates of 709
   * and the stock variation of 713 counted with their sign.
   *
   * @return the produits
   */
  public Amount produitsTauxDeCaf() {
    return produitsTauxDeCaf;
  }

  /**
   * The taux de CAF: CAF / {@link #produitsTauxDeCaf()}.
   *
   * @return the rate, empty when the produits are zero
   */
  public Optional<Rate> tauxDeCaf() {
    return rate(caf, produitsTauxDeCaf);
  }

  /**
   * The taux de vétusté des constructions: (2813 + 2814) / (213 + 214).
   *
   * @return the rate, empty when the gross value is zero
   */
  public Optional<Rate> vetusteConstructions() {
    return rate(vetuste[0], vetuste[1]);
  }

  /**
   * The taux de vétusté des installations techniques, matériel et outillage: 2815 / 215.
   *
   * @return the rate, empty when the gross value is zero
   */
  public Optional<Rate> vetusteInstallationsTechniques() {
    return rate(vetuste[2], vetuste[3]);
  }

  /**
   * The taux de vétusté des autres immobilisations corporelles: 2818 / 218.
   *
   * @return the rate, empty when the gross value is zero
   */
  public Optional<Rate> vetusteAutresImmobilisations() {
    return rate(vetuste[4], vetuste[5]);
  }

  /**
   * The encours de la dette: the credit balances of 16 except 165, 1688 and 169.
   *
   * @return the debt
   */
  public Amount encoursDette() {
    return encoursDette;
  }

  /**
   * The financements stables: the credit balances of 10, 11, 13, 14 and 15 plus {@link #encoursDette()}.
   *
   * @return the total
   */
  public Amount financementsStables() {
    return financementsStables;
  }

  /**
   * The indépendance financière: {@link #encoursDette()} / {@link #financementsStables()}.
   *
   * @return the rate, empty when the financements stables are zero
   */
  public Optional<Rate> independanceFinanciere() {
    return rate(encoursDette, financementsStables);
  }

  /**
   * The durée apparente de la dette: {@link #encoursDette()} / CAF, in years, two decimals, half away from zero.
   *
   * @return the years, empty when the CAF is not above zero (the debt cannot be repaid from it)
   */
  public Optional<BigDecimal> dureeApparenteDette() {
    if (!caf.isPositive()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(encoursDette.cents())
        .divide(BigDecimal.valueOf(caf.cents()), 2, RoundingMode.HALF_UP));
  }

  /**
   * What the taux d'endettement divides by.
   *
   * @return the choice
   */
  public AssietteEndettement assiette() {
    return assiette;
  }

  /**
   * The denominator of the taux d'endettement, as {@link #assiette()} says.
   *
   * @return the amount
   */
  public Amount assietteEndettement() {
    return assietteEndettement;
  }

  /**
   * The taux d'endettement: {@link #encoursDette()} / {@link #assietteEndettement()}.
   *
   * @return the rate, empty when the denominator is zero
   */
  public Optional<Rate> tauxEndettement() {
    return rate(encoursDette, assietteEndettement);
  }

  /**
   * The prestations externes: 6111 + 6112 + 621 + 6223 + 6226. The indicator counts only those tied to the direct
   * services; a trial balance cannot tell them apart, so every amount on those accounts counts.
   *
   * @return the total
   */
  public Amount prestationsExternes() {
    return prestationsExternes;
  }

  /**
   * The denominator of the taux de prestations externes: the groupe II personnel charges (621, 622, 631, 633, 64)
   * plus 6111 and 6112.
   *
   * @return the total
   */
  public Amount personnelEtPrestations() {
    return personnelEtPrestations;
  }

  /**
   * The taux de prestations externes sur les prestations directes.
   *
   * @return the rate, empty when the denominator is zero
   */
  public Optional<Rate> tauxPrestationsExternes() {
    return rate(prestationsExternes, personnelEtPrestations);
  }

  /**
   * The contribution aux frais de siège: 6556 + 6558 (quotes-parts de frais de siège et de groupement, c/655).
   *
   * @return the total
   */
  public Amount fraisDeSiege() {
    return fraisDeSiege;
  }

  /**
   * The thresholds crossed: a taux de CAF below the minimum, an indépendance financière above the maximum, an
   * encours over the produits above the maximum (when the taux d'endettement is read on the produits), a durée
   * apparente above the maximum or a debt with a CAF not above zero. Each is a {@link Violation} naming no value,
   * since an alert rejects nothing: its field is the ratio, its problem the figure and the threshold, its rule the
   * threshold's source; it prints as {@code tauxDeCaf: the taux de CAF, 1.50 %, is below 2.00 %, a critère de
   * déséquilibre financier (rule)}. Empty when none is crossed or no threshold is in force.
   *
   * @return the alerts, in that order
   */
  public List<Violation> alertes() {
    return alertes;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof RatiosFinanciers)) {
      return false;
    }
    RatiosFinanciers o = (RatiosFinanciers) obj;
    return caf.equals(o.caf) && produitsTauxDeCaf.equals(o.produitsTauxDeCaf)
        && java.util.Arrays.equals(vetuste, o.vetuste) && encoursDette.equals(o.encoursDette)
        && financementsStables.equals(o.financementsStables) && assiette == o.assiette
        && assietteEndettement.equals(o.assietteEndettement) && prestationsExternes.equals(o.prestationsExternes)
        && personnelEtPrestations.equals(o.personnelEtPrestations) && fraisDeSiege.equals(o.fraisDeSiege)
        && alertes.equals(o.alertes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caf, produitsTauxDeCaf, java.util.Arrays.hashCode(vetuste), encoursDette,
        financementsStables, assiette, assietteEndettement, prestationsExternes, personnelEtPrestations,
        fraisDeSiege, alertes);
  }

  @Override
  public String toString() {
    return "RatiosFinanciers[taux de CAF " + tauxDeCaf().map(Rate::toString).orElse("-") + ", dette "
        + encoursDette + ", frais de siège " + fraisDeSiege + ", " + alertes.size() + " alerte(s)]";
  }
}
