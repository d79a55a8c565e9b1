package org.cpom.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * first exercice of the EPRD/ERRD cadre (CASF R314-210 onwards, décret 2016-1815); a caller who follows a newer
 * text adds a value with {@link RegulatoryParameter#withValue}.
 *
 * <p>Immutable and thread-safe.
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

  private Seuils() {}
}
