package org.cpom.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.cpom.money.Rate;
import org.cpom.param.RegulatoryParameter;

/**
 * The alert thresholds of the financial ratios, each a dated parameter with its source
 * ({@link org.cpom.Convention#FINANCE_THRESHOLDS}). None is a legal threshold for an ESMS: the taux de CAF one is
 * the CNSA's wording on the ERRD « Ratios financiers » sheet (« un taux de CAF inférieur à 2 % est un critère de
 * déséquilibre financier », as the ministry's Hélios dashboard prints it: secondary source); the indépendance
 * financière, durée apparente de la dette and encours over produits ones are the three criteria CSP D6145-70 sets
 * for public health establishments (an EPS meeting two of them borrows only with the ARS's authorisation), which
 * the M22 guide applies to ESMS one by one (secondary source): each ratio past its bound is an alert of its own,
 * and no authorisation rule is drawn from them for an ESMS. Each applies from 1 January 2017, the
 * first exercice of the EPRD/ERRD cadre (CASF R314-210 onwards, décret 2016-1815).
 *
 * <p>An instance is the set of four thresholds the ratios are compared with: {@link #DEFAULT} holds the four
 * constants below; a caller who follows a newer text, or the bounds its own CPOM sets, builds its own with
 * {@link #of} (a constant with one more value from {@link RegulatoryParameter#withValue}, or a parameter of its own
 * citing its own source, which each alert then cites) and passes it to
 * {@link FinanceEngine#ratios(org.cpom.accounts.BalanceGenerale, java.time.Year, CafAccounts, AssietteEndettement,
 * Seuils)}.
 *
 * <p>Immutable and thread-safe; an instance compares by value.
 */
public final class Seuils {
  /** The date the thresholds apply from: the first exercice of the EPRD/ERRD cadre. */
  static final LocalDate FROM = LocalDate.of(2017, 1, 1);

  /** Taux de CAF below which the CNSA sees a critère de déséquilibre financier: 2 %. */
  public static final RegulatoryParameter<Rate> TAUX_DE_CAF_MINIMUM = RegulatoryParameter.of(
      "taux de CAF minimum", Articles.FINANCE_THRESHOLDS, FROM, Rate.ofPercent("2"));

  /** Indépendance financière (debt over stable financing) above which the debt is excessive: 50 %. */
  public static final RegulatoryParameter<Rate> INDEPENDANCE_FINANCIERE_MAXIMUM = RegulatoryParameter.of(
      "indépendance financière maximum", Articles.FINANCE_THRESHOLDS, FROM, Rate.ofPercent("50"));

  /** Encours de la dette over the produits above which the debt is excessive: 30 %. */
  public static final RegulatoryParameter<Rate> TAUX_ENDETTEMENT_MAXIMUM = RegulatoryParameter.of(
      "taux d'endettement maximum (encours sur produits)", Articles.FINANCE_THRESHOLDS, FROM, Rate.ofPercent("30"));

  /** Durée apparente de la dette (debt over CAF), in years, above which the debt is excessive: 10. */
  public static final RegulatoryParameter<BigDecimal> DUREE_APPARENTE_MAXIMUM = RegulatoryParameter.of(
      "durée apparente de la dette maximum (années)", Articles.FINANCE_THRESHOLDS, FROM, BigDecimal.TEN);

  /** The four thresholds above: what {@link FinanceEngine#ratios} applies when the caller names none. */
  public static final Seuils DEFAULT = new Seuils(TAUX_DE_CAF_MINIMUM, INDEPENDANCE_FINANCIERE_MAXIMUM,
      TAUX_ENDETTEMENT_MAXIMUM, DUREE_APPARENTE_MAXIMUM);

  private final RegulatoryParameter<Rate> tauxDeCafMinimum;
  private final RegulatoryParameter<Rate> independanceFinanciereMaximum;
  private final RegulatoryParameter<Rate> tauxEndettementMaximum;
  private final RegulatoryParameter<BigDecimal> dureeApparenteMaximum;

  private Seuils(RegulatoryParameter<Rate> tauxDeCafMinimum, RegulatoryParameter<Rate> independanceFinanciereMaximum,
      RegulatoryParameter<Rate> tauxEndettementMaximum, RegulatoryParameter<BigDecimal> dureeApparenteMaximum) {
    this.tauxDeCafMinimum = tauxDeCafMinimum;
    this.independanceFinanciereMaximum = independanceFinanciereMaximum;
    this.tauxEndettementMaximum = tauxEndettementMaximum;
    this.dureeApparenteMaximum = dureeApparenteMaximum;
  }

  /**
   * The caller's thresholds. An exercice before a parameter's first date has no threshold in force for it, hence
   * no alert on that ratio.
   *
   * @param tauxDeCafMinimum the taux de CAF below which an alert is raised
   * @param independanceFinanciereMaximum the indépendance financière above which an alert is raised
   * @param tauxEndettementMaximum the encours over the produits above which an alert is raised
   * @param dureeApparenteMaximum the durée apparente de la dette, in years, above which an alert is raised
   * @return the thresholds
   */
  public static Seuils of(RegulatoryParameter<Rate> tauxDeCafMinimum,
      RegulatoryParameter<Rate> independanceFinanciereMaximum, RegulatoryParameter<Rate> tauxEndettementMaximum,
      RegulatoryParameter<BigDecimal> dureeApparenteMaximum) {
    return new Seuils(Objects.requireNonNull(tauxDeCafMinimum, "tauxDeCafMinimum"),
        Objects.requireNonNull(independanceFinanciereMaximum, "independanceFinanciereMaximum"),
        Objects.requireNonNull(tauxEndettementMaximum, "tauxEndettementMaximum"),
        Objects.requireNonNull(dureeApparenteMaximum, "dureeApparenteMaximum"));
  }

  /**
   * The taux de CAF minimum.
   *
   * @return the dated threshold
   */
  public RegulatoryParameter<Rate> tauxDeCafMinimum() {
    return tauxDeCafMinimum;
  }

  /**
   * The indépendance financière maximum.
   *
   * @return the dated threshold
   */
  public RegulatoryParameter<Rate> independanceFinanciereMaximum() {
    return independanceFinanciereMaximum;
  }

  /**
   * The encours de la dette over the produits maximum.
   *
   * @return the dated threshold
   */
  public RegulatoryParameter<Rate> tauxEndettementMaximum() {
    return tauxEndettementMaximum;
  }

  /**
   * The durée apparente de la dette maximum, in years.
   *
   * @return the dated threshold
   */
  public RegulatoryParameter<BigDecimal> dureeApparenteMaximum() {
    return dureeApparenteMaximum;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Seuils)) {
      return false;
    }
    Seuils o = (Seuils) obj;
    return tauxDeCafMinimum.equals(o.tauxDeCafMinimum)
        && independanceFinanciereMaximum.equals(o.independanceFinanciereMaximum)
        && tauxEndettementMaximum.equals(o.tauxEndettementMaximum)
        && dureeApparenteMaximum.equals(o.dureeApparenteMaximum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tauxDeCafMinimum, independanceFinanciereMaximum, tauxEndettementMaximum,
        dureeApparenteMaximum);
  }

  @Override
  public String toString() {
    return "Seuils[" + tauxDeCafMinimum + ", " + independanceFinanciereMaximum + ", " + tauxEndettementMaximum
        + ", " + dureeApparenteMaximum + "]";
  }
}
