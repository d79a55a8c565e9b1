package org.cpom.dialogue;

import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * The financial figures of an exercice as the caller gives them when it has no trial balance to read (données
 * financières saisies): the CAF and the produits of the taux de CAF, the FRNG and the BFR (the trésorerie is their
 * difference), the accumulated depreciation and gross value of the three vétusté rates, and the debt figures the
 * alerts read. Each figure is what {@link org.cpom.finance.FinanceEngine} reads on a trial balance, so the same
 * figures give the same {@link IndicateursFinanciers} whichever way they come.
 *
 * <p>Build one with {@link #builder()}: the CAF, the produits, the FRNG and the BFR are required; every other figure
 * is zero unless given, which leaves its rate empty and raises no alert on it.
 *
 * <p>This class is immutable and thread-safe; it compares by value.
 */
@Value.Immutable
public abstract class DonneesFinancieres {
  DonneesFinancieres() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DonneesFinancieres}. */
  public static final class Builder extends ImmutableDonneesFinancieres.Builder {
    Builder() {}
  }

  /**
   * The capacité d'autofinancement of the exercice (additive method), negative for an insuffisance.
   *
   * @return the CAF
   */
  public abstract Amount caf();

  /**
   * The denominator of the taux de CAF: the produits of class 7 less 775, 777, 7781 and 78.
   *
   * @return the produits
   */
  public abstract Amount produitsTauxDeCaf();

  /**
   * The fonds de roulement net global at the closing date.
   *
   * @return the FRNG
   */
  public abstract Amount frng();

  /**
   * The besoin en fonds de roulement at the closing date, balance-sheet definition.
   *
   * @return the BFR
   */
  public abstract Amount bfr();

  /** @return the accumulated depreciation of the constructions (2813 + 2814) */
  @Value.Default
  public Amount amortissementsConstructions() {
    return Amount.ZERO;
  }

  /** @return the gross value of the constructions (213 + 214) */
  @Value.Default
  public Amount constructionsBrutes() {
    return Amount.ZERO;
  }

  /** @return the accumulated depreciation of the installations techniques (2815) */
  @Value.Default
  public Amount amortissementsInstallations() {
    return Amount.ZERO;
  }

  /** @return the gross value of the installations techniques, matériel et outillage (215) */
  @Value.Default
  public Amount installationsBrutes() {
    return Amount.ZERO;
  }

  /** @return the accumulated depreciation of the other tangible assets (2818) */
  @Value.Default
  public Amount amortissementsAutres() {
    return Amount.ZERO;
  }

  /** @return the gross value of the other tangible assets (218) */
  @Value.Default
  public Amount autresBrutes() {
    return Amount.ZERO;
  }

  /** @return the encours de la dette: the credit balances of 16 except 165, 1688 and 169 */
  @Value.Default
  public Amount encoursDette() {
    return Amount.ZERO;
  }

  /** @return the financements stables: 10, 11, 13, 14 and 15 plus the encours de la dette */
  @Value.Default
  public Amount financementsStables() {
    return Amount.ZERO;
  }

  /** @return the produits of class 7 the taux d'endettement divides the debt by */
  @Value.Default
  public Amount produits() {
    return Amount.ZERO;
  }
}
