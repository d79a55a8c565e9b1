package org.cpom.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.cpom.money.Amount;

/**
 * The bilan financier of a trial balance at the EPRD/ERRD perimeter, read as
 * {@link org.cpom.Convention#BILAN_FINANCIER} says: the fonds de roulement net global (FRNG) split into its
 * investment (FRI) and operating (FRE) parts, FRI + FRE = FRNG; the besoin en fonds de roulement by the
 * balance-sheet definition ({@link AnalyseFinanciere#bfr()}) and by CASF R314-48 III ({@link BfrAccounts}); the
 * trésorerie, FRNG − balance-sheet BFR; each also in days of charges ({@link JoursDeCharges}).
 *
 * <p>Built by {@link FinanceEngine#bilanFinancier}. This class is immutable and thread-safe; it compares by
 * value.
 */
public final class BilanFinancier {
  private final Amount fri;
  private final Amount fre;
  private final Amount bfr;
  private final Amount bfrR31448;
  private final Amount tresorerie;
  private final Amount charges;
  private final JoursDeCharges jours;

  BilanFinancier(Amount fri, Amount fre, Amount bfr, Amount bfrR31448, Amount tresorerie, Amount charges,
      JoursDeCharges jours) {
    this.fri = fri;
    this.fre = fre;
    this.bfr = bfr;
    this.bfrR31448 = bfrR31448;
    this.tresorerie = tresorerie;
    this.charges = charges;
    this.jours = jours;
  }

  /**
   * The fonds de roulement d'investissement (FRI): the FRNG accounts of the FRI side.
   *
   * @return the FRI
   */
  public Amount fri() {
    return fri;
  }

  /**
   * The fonds de roulement d'exploitation (FRE): the FRNG accounts of the FRE side and the result of the
   * exercice.
   *
   * @return the FRE
   */
  public Amount fre() {
    return fre;
  }

  /**
   * The fonds de roulement net global: FRI + FRE, equal to {@link AnalyseFinanciere#frng()}.
   *
   * @return the FRNG
   */
  public Amount frng() {
    return fri.plus(fre);
  }

  /**
   * The besoin en fonds de roulement, balance-sheet definition: actif circulant less passif circulant (classes 3
   * and 4 other than 39 and 49), equal to {@link AnalyseFinanciere#bfr()}.
   *
   * @return the BFR
   */
  public Amount bfr() {
    return bfr;
  }

  /**
   * The besoin en fonds de roulement of CASF R314-48 III, the accounts of {@link BfrAccounts}: the figure the
   * réserve de trésorerie is compared with.
   *
   * @return the R314-48 III BFR
   */
  public Amount bfrR31448() {
    return bfrR31448;
  }

  /**
   * The trésorerie: FRNG − balance-sheet BFR, equal to the class 5 balances other than 59.
   *
   * @return the trésorerie
   */
  public Amount tresorerie() {
    return tresorerie;
  }

  /**
   * The charges the days are counted on (by default the charges courantes).
   *
   * @return the charges, class 6 less the exclusions of {@link #jours()}
   */
  public Amount charges() {
    return charges;
  }

  /**
   * The reading of the days.
   *
   * @return the denominator and day base
   */
  public JoursDeCharges jours() {
    return jours;
  }

  /**
   * The FRNG in days of charges.
   *
   * @return the days, see {@link #enJours(Amount)}
   */
  public Optional<BigDecimal> frngEnJours() {
    return enJours(frng());
  }

  /**
   * The balance-sheet BFR in days of charges.
   *
   * @return the days, see {@link #enJours(Amount)}
   */
  public Optional<BigDecimal> bfrEnJours() {
    return enJours(bfr);
  }

  /**
   * The trésorerie in days of charges.
   *
   * @return the days, see {@link #enJours(Amount)}
   */
  public Optional<BigDecimal> tresorerieEnJours() {
    return enJours(tresorerie);
  }

  /**
   * An amount in days of these charges: amount × day base / charges, two decimals, half away from zero.
   *
   * @param amount the amount
   * @return the days, empty when the charges are not above zero
   */
  public Optional<BigDecimal> enJours(Amount amount) {
    Objects.requireNonNull(amount, "amount");
    if (!charges.isPositive()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(amount.cents()).multiply(BigDecimal.valueOf(jours.dayBase()))
        .divide(BigDecimal.valueOf(charges.cents()), 2, RoundingMode.HALF_UP));
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BilanFinancier)) {
      return false;
    }
    BilanFinancier o = (BilanFinancier) obj;
    return fri.equals(o.fri) && fre.equals(o.fre) && bfr.equals(o.bfr) && bfrR31448.equals(o.bfrR31448)
        && tresorerie.equals(o.tresorerie) && charges.equals(o.charges) && jours.equals(o.jours);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fri, fre, bfr, bfrR31448, tresorerie, charges, jours);
  }

  @Override
  public String toString() {
    return "BilanFinancier[FRI " + fri + ", FRE " + fre + ", FRNG " + frng() + ", BFR " + bfr + ", BFR R314-48 "
        + bfrR31448 + ", trésorerie " + tresorerie + ", charges " + charges + "]";
  }
}
