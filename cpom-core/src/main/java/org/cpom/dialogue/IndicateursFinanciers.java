package org.cpom.dialogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.Violation;
import org.cpom.finance.BilanFinancier;
import org.cpom.finance.RatiosFinanciers;
import org.cpom.finance.Seuils;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.money.Rate;

/**
 * The annex item « situation financière et indicateurs d'alerte » of an exercice
 * ({@link org.cpom.Convention#DIALOGUE_FINANCE}): the taux de CAF, the FRNG, the BFR (balance-sheet definition), the
 * trésorerie (FRNG − BFR), the three taux de vétusté, each under its key of the catalogue ({@link IndicatorKeys}),
 * and the alerts of the thresholds in force ({@link Seuils}). The rates are those of
 * {@link org.cpom.finance.RatiosFinanciers}: four decimals of the fraction, half away from zero, empty for a zero
 * denominator; the amounts are exact to the cent.
 *
 * <p>Built by {@link DialogueEngine#indicateursFinanciers}. This class is immutable and thread-safe; it compares by
 * value.
 */
public final class IndicateursFinanciers {
  private static final LegalBasis RULE = LegalBasis.convention(Convention.DIALOGUE_FINANCE);

  private final Year exercice;
  private final Amount caf;
  private final Amount produitsTauxDeCaf;
  private final Map<String, Amount> amounts;
  private final Map<String, Rate> rates;
  private final List<Violation> alertes;

  private IndicateursFinanciers(Year exercice, Amount caf, Amount produitsTauxDeCaf, Amount frng, Amount bfr,
      Amount tresorerie, Optional<Rate> tauxDeCaf, Optional<Rate> constructions, Optional<Rate> installations,
      Optional<Rate> autres, List<Violation> alertes) {
    this.exercice = exercice;
    this.caf = caf;
    this.produitsTauxDeCaf = produitsTauxDeCaf;
    Map<String, Amount> a = new LinkedHashMap<>();
    a.put(IndicatorKeys.FRNG, frng);
    a.put(IndicatorKeys.BFR, bfr);
    a.put(IndicatorKeys.TRESORERIE, tresorerie);
    this.amounts = Collections.unmodifiableMap(a);
    Map<String, Rate> r = new LinkedHashMap<>();
    tauxDeCaf.ifPresent(t -> r.put(IndicatorKeys.CAF_RATE, t));
    constructions.ifPresent(t -> r.put(IndicatorKeys.VETUSTE_CONSTRUCTIONS, t));
    installations.ifPresent(t -> r.put(IndicatorKeys.VETUSTE_INSTALLATIONS, t));
    autres.ifPresent(t -> r.put(IndicatorKeys.VETUSTE_OTHER, t));
    this.rates = Collections.unmodifiableMap(r);
    this.alertes = List.copyOf(alertes);
  }

  /** The indicators read from the finance floor's figures of a trial balance. */
  static IndicateursFinanciers of(Year exercice, BilanFinancier bilan, RatiosFinanciers ratios) {
    return new IndicateursFinanciers(exercice, ratios.caf(), ratios.produitsTauxDeCaf(), bilan.frng(), bilan.bfr(),
        bilan.tresorerie(), ratios.tauxDeCaf(), ratios.vetusteConstructions(), ratios.vetusteInstallationsTechniques(),
        ratios.vetusteAutresImmobilisations(), ratios.alertes());
  }

  /**
   * The indicators of the caller's figures, by the formulas and alerts of {@link org.cpom.finance.FinanceEngine#ratios}
   * (taux d'endettement read on the produits).
   */
  static IndicateursFinanciers of(Year exercice, DonneesFinancieres d, Seuils seuils) {
    for (Map.Entry<String, Amount> stock : Map.of("amortissementsConstructions", d.amortissementsConstructions(),
        "constructionsBrutes", d.constructionsBrutes(), "amortissementsInstallations",
        d.amortissementsInstallations(), "installationsBrutes", d.installationsBrutes(), "amortissementsAutres",
        d.amortissementsAutres(), "autresBrutes", d.autresBrutes(), "encoursDette", d.encoursDette(),
        "financementsStables", d.financementsStables()).entrySet()) {
      Checks.check(!stock.getValue().isNegative(), "donneesFinancieres." + stock.getKey(), stock.getValue(), RULE,
          "a gross value, a depreciation or a debt is zero or more");
    }
    Checks.check(d.financementsStables().compareTo(d.encoursDette()) >= 0, "donneesFinancieres.financementsStables",
        d.financementsStables(), RULE, "the financements stables include the encours de la dette " + d.encoursDette());
    Optional<Rate> taux = rate(d.caf(), d.produitsTauxDeCaf());
    List<Violation> found = new ArrayList<>();
    java.time.LocalDate day = exercice.atDay(1);
    seuils.tauxDeCafMinimum().find(day).ifPresent(min -> taux.filter(t -> t.compareTo(min) < 0)
        .ifPresent(t -> found.add(Violation.of("tauxDeCaf", seuils.tauxDeCafMinimum().basis(), "the taux de CAF, "
            + percent(t) + ", is below " + percent(min) + ", a critère de déséquilibre financier"))));
    seuils.independanceFinanciereMaximum().find(day).ifPresent(max -> rate(d.encoursDette(),
        d.financementsStables()).filter(t -> t.compareTo(max) > 0)
        .ifPresent(t -> found.add(Violation.of("independanceFinanciere", seuils.independanceFinanciereMaximum()
            .basis(), "the debt is " + percent(t) + " of the financements stables, above " + percent(max)))));
    seuils.tauxEndettementMaximum().find(day).ifPresent(max -> rate(d.encoursDette(), d.produits())
        .filter(t -> t.compareTo(max) > 0)
        .ifPresent(t -> found.add(Violation.of("tauxEndettement", seuils.tauxEndettementMaximum().basis(),
            "the debt is " + percent(t) + " of the produits, above " + percent(max)))));
    seuils.dureeApparenteMaximum().find(day).ifPresent(max -> {
      if (!d.encoursDette().isPositive()) {
        return;
      }
      if (!d.caf().isPositive()) {
        found.add(Violation.of("dureeApparenteDette", seuils.dureeApparenteMaximum().basis(), "a debt of "
            + d.encoursDette() + " with a CAF of " + d.caf() + ", not above zero, cannot be repaid from it"));
        return;
      }
      BigDecimal years = BigDecimal.valueOf(d.encoursDette().cents())
          .divide(BigDecimal.valueOf(d.caf().cents()), 2, RoundingMode.HALF_UP);
      if (years.compareTo(max) > 0) {
        found.add(Violation.of("dureeApparenteDette", seuils.dureeApparenteMaximum().basis(), "the debt needs "
            + years.toPlainString() + " years of CAF, more than " + max.toPlainString()));
      }
    });
    return new IndicateursFinanciers(exercice, d.caf(), d.produitsTauxDeCaf(), d.frng(), d.bfr(),
        d.frng().minus(d.bfr()), taux, rate(d.amortissementsConstructions(), d.constructionsBrutes()),
        rate(d.amortissementsInstallations(), d.installationsBrutes()), rate(d.amortissementsAutres(),
            d.autresBrutes()), found);
  }

  /** The finance floor's rounding of a ratio: four decimals of the fraction, half away from zero. */
  private static Optional<Rate> rate(Amount numerator, Amount denominator) {
    return denominator.isZero() ? Optional.empty() : Optional.of(Rate.ofFraction(BigDecimal.valueOf(
        numerator.cents()).divide(BigDecimal.valueOf(denominator.cents()), 4, RoundingMode.HALF_UP)));
  }

  private static String percent(Rate r) {
    return r.toPercent(2, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  /** @return the exercice */
  public Year exercice() {
    return exercice;
  }

  /** @return the capacité d'autofinancement, the numerator of the taux de CAF */
  public Amount caf() {
    return caf;
  }

  /** @return the produits the taux de CAF divides by */
  public Amount produitsTauxDeCaf() {
    return produitsTauxDeCaf;
  }

  /**
   * The taux de CAF ({@link IndicatorKeys#CAF_RATE}).
   *
   * @return the rate, empty when the produits are zero
   */
  public Optional<Rate> tauxDeCaf() {
    return Optional.ofNullable(rates.get(IndicatorKeys.CAF_RATE));
  }

  /** @return the fonds de roulement net global ({@link IndicatorKeys#FRNG}) */
  public Amount frng() {
    return amounts.get(IndicatorKeys.FRNG);
  }

  /** @return the besoin en fonds de roulement, balance-sheet definition ({@link IndicatorKeys#BFR}) */
  public Amount bfr() {
    return amounts.get(IndicatorKeys.BFR);
  }

  /** @return the trésorerie, FRNG − BFR ({@link IndicatorKeys#TRESORERIE}) */
  public Amount tresorerie() {
    return amounts.get(IndicatorKeys.TRESORERIE);
  }

  /**
   * The taux de vétusté des constructions ({@link IndicatorKeys#VETUSTE_CONSTRUCTIONS}).
   *
   * @return the rate, empty when the gross value is zero
   */
  public Optional<Rate> vetusteConstructions() {
    return Optional.ofNullable(rates.get(IndicatorKeys.VETUSTE_CONSTRUCTIONS));
  }

  /**
   * The taux de vétusté des installations techniques ({@link IndicatorKeys#VETUSTE_INSTALLATIONS}).
   *
   * @return the rate, empty when the gross value is zero
   */
  public Optional<Rate> vetusteInstallations() {
    return Optional.ofNullable(rates.get(IndicatorKeys.VETUSTE_INSTALLATIONS));
  }

  /**
   * The taux de vétusté des autres immobilisations corporelles ({@link IndicatorKeys#VETUSTE_OTHER}).
   *
   * @return the rate, empty when the gross value is zero
   */
  public Optional<Rate> vetusteAutres() {
    return Optional.ofNullable(rates.get(IndicatorKeys.VETUSTE_OTHER));
  }

  /**
   * The amounts by key: {@link IndicatorKeys#FRNG}, {@link IndicatorKeys#BFR}, {@link IndicatorKeys#TRESORERIE}.
   *
   * @return an unmodifiable map, in that order
   */
  public Map<String, Amount> amounts() {
    return amounts;
  }

  /**
   * The rates by key, the defined ones only: {@link IndicatorKeys#CAF_RATE} and the three vétusté keys.
   *
   * @return an unmodifiable map, in that order; a rate whose denominator is zero has no entry
   */
  public Map<String, Rate> rates() {
    return rates;
  }

  /**
   * The thresholds crossed, as {@link org.cpom.finance.RatiosFinanciers#alertes()} words them.
   *
   * @return the alerts, empty when none is crossed
   */
  public List<Violation> alertes() {
    return alertes;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicateursFinanciers o && exercice.equals(o.exercice) && caf.equals(o.caf)
        && produitsTauxDeCaf.equals(o.produitsTauxDeCaf) && amounts.equals(o.amounts) && rates.equals(o.rates)
        && alertes.equals(o.alertes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(exercice, caf, produitsTauxDeCaf, amounts, rates, alertes);
  }

  @Override
  public String toString() {
    return "IndicateursFinanciers[" + exercice + ", " + rates + ", " + amounts + ", " + alertes.size()
        + " alerte(s)]";
  }
}
