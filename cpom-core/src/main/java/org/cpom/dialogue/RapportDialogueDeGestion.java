package org.cpom.dialogue;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.Violation;
import org.cpom.contract.ContractYear;
import org.cpom.contract.GrilleAvancement;
import org.cpom.contract.GrilleCell;
import org.cpom.finance.BilanFinancier;
import org.cpom.finance.RatiosFinanciers;
import org.cpom.referential.FinessNumber;

/**
 * The yearly report of the dialogue de gestion (rapport du dialogue de gestion) of one exercice of a CPOM
 * ({@link org.cpom.Convention#DIALOGUE_REPORT}), which both the gestionnaire and the authorities read: for each
 * ESMS of the perimeter ({@link RapportEsms}) and for the whole CPOM, the activity, the indicators against their
 * targets and earlier years and the alerts; for the whole CPOM, the grille d'avancement with the cells of the year,
 * the bilan financier and the ratios given with their alerts, and each DGC's amount, shares and payments to date.
 *
 * <p>Built by {@link DialogueEngine#rapport}. This class is immutable and thread-safe; it compares by value.
 */
public final class RapportDialogueDeGestion {
  private final String cpom;
  private final Year year;
  private final ContractYear contractYear;
  private final LocalDate asOf;
  private final List<RapportEsms> esms;
  private final List<IndicatorComparison> indicators;
  private final GrilleAvancement grille;
  private final BilanFinancier bilan;
  private final RatiosFinanciers ratios;
  private final List<DgcSummary> dgcs;

  RapportDialogueDeGestion(String cpom, Year year, ContractYear contractYear, LocalDate asOf, List<RapportEsms> esms,
      List<IndicatorComparison> indicators, GrilleAvancement grille, BilanFinancier bilan, RatiosFinanciers ratios,
      List<DgcSummary> dgcs) {
    this.cpom = cpom;
    this.year = year;
    this.contractYear = contractYear;
    this.asOf = asOf;
    this.esms = List.copyOf(esms);
    this.indicators = List.copyOf(indicators);
    this.grille = grille;
    this.bilan = bilan;
    this.ratios = ratios;
    this.dgcs = List.copyOf(dgcs);
  }

  /** @return the contract's identifier */
  public String cpom() {
    return cpom;
  }

  /** @return the exercice reported on */
  public Year year() {
    return year;
  }

  /** @return the contract year holding 31 December of the exercice */
  public ContractYear contractYear() {
    return contractYear;
  }

  /** @return the date the report is drawn up on, to which payments are counted */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return one part per ESMS of the perimeter (with its avenants), in the perimeter's order */
  public List<RapportEsms> esms() {
    return esms;
  }

  /**
   * The part of one ESMS.
   *
   * @param finess its FINESS
   * @return the part, empty when the ESMS is not in the perimeter
   */
  public Optional<RapportEsms> esms(FinessNumber finess) {
    Objects.requireNonNull(finess, "finess");
    return esms.stream().filter(e -> e.esms().finess().equals(finess)).findFirst();
  }

  /** @return the values of the whole CPOM against their targets, in the order given */
  public List<IndicatorComparison> indicators() {
    return indicators;
  }

  /**
   * The comparison of one key for the whole CPOM.
   *
   * @param key the catalogue key
   * @return the comparison, empty when no value of the whole CPOM was given for it
   */
  public Optional<IndicatorComparison> indicator(String key) {
    return IndicatorComparison.find(indicators, key);
  }

  /**
   * Every value of the year that crosses its threshold or misses its target: those of the whole CPOM first, then
   * each ESMS's in the perimeter's order.
   *
   * @return an unmodifiable list
   */
  public List<IndicatorComparison> alerts() {
    List<IndicatorComparison> all = new ArrayList<>();
    indicators.stream().filter(IndicatorComparison::isAlert).forEach(all::add);
    esms.forEach(e -> all.addAll(e.alerts()));
    return List.copyOf(all);
  }

  /** @return the alerts of the ratios given ({@link RatiosFinanciers#alertes()}), empty without ratios */
  public List<Violation> financialAlerts() {
    return ratios == null ? List.of() : ratios.alertes();
  }

  /** @return the grille d'avancement of the whole contract with the follow-ups given */
  public GrilleAvancement grille() {
    return grille;
  }

  /** @return the cells of the grille in the contract year, one per fiche-action in force, in the grille's order */
  public List<GrilleCell> grilleOfYear() {
    List<GrilleCell> cells = new ArrayList<>();
    grille.rows().forEach(r -> r.cell(contractYear.number()).ifPresent(cells::add));
    return List.copyOf(cells);
  }

  /** @return the bilan financier given, at the EPRD/ERRD perimeter */
  public Optional<BilanFinancier> bilanFinancier() {
    return Optional.ofNullable(bilan);
  }

  /** @return the ratios given, with their alerts */
  public Optional<RatiosFinanciers> ratiosFinanciers() {
    return Optional.ofNullable(ratios);
  }

  /** @return each DGC given, in order */
  public List<DgcSummary> dgcs() {
    return dgcs;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RapportDialogueDeGestion o && cpom.equals(o.cpom) && year.equals(o.year)
        && contractYear.equals(o.contractYear) && asOf.equals(o.asOf) && esms.equals(o.esms)
        && indicators.equals(o.indicators) && grille.equals(o.grille) && Objects.equals(bilan, o.bilan)
        && Objects.equals(ratios, o.ratios) && dgcs.equals(o.dgcs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cpom, year, contractYear, asOf, esms, indicators, grille, bilan, ratios, dgcs);
  }

  @Override
  public String toString() {
    return "RapportDialogueDeGestion{" + cpom + " " + year + " (" + contractYear + "), " + esms.size() + " ESMS, "
        + indicators.size() + " CPOM indicators, " + alerts().size() + " alerts, " + dgcs.size() + " DGC}";
  }
}
