package org.cpom.investment;

import java.time.Year;
import org.cpom.internal.Checks;
import org.cpom.internal.CpomStyle;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * The forecast of one exercice of a plan global de financement pluriannuel (PGFP, CASF R314-213 I 6° and II): the
 * operating produits and charges that give the result and the CAF, the investment spending and its financing, the
 * loans drawn and the capital repaid, and the besoin en fonds de roulement at the year's end.
 *
 * <p>The tariff line can come from a dotation projection; the charges and the other produits from the budget; the
 * dotations and the reprises from the depreciation schedules ({@link PlanAmortissement#dotationIn(Year)}, {@link
 * SubventionReprise}); loan figures are taken per year as the caller computes them.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}, which rejects a negative amount (every line but the
 * BFR, which is signed).
 */
@Value.Immutable
@CpomStyle
public abstract class PgfpYear {
  PgfpYear() {}

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PgfpYear}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutablePgfpYear.Builder {
    Builder() {}
  }

  /**
   * The exercice.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The produits de la tarification (dotations, forfaits, prix de journée), all funders together.
   *
   * @return zero or more
   */
  public abstract Amount produitsDeLaTarification();

  /**
   * The other cashed produits (produits encaissables other than the tariff), zero by default.
   *
   * @return zero or more
   */
  @Value.Default
  public Amount autresProduits() {
    return Amount.ZERO;
  }

  /**
   * The charges décaissables: every charge that is paid out (personnel, purchases, interest...), not the
   * calculated dotations.
   *
   * @return zero or more
   */
  public abstract Amount chargesDecaissables();

  /**
   * The dotations aux amortissements et provisions (c/68), zero by default.
   *
   * @return zero or more
   */
  @Value.Default
  public Amount dotations() {
    return Amount.ZERO;
  }

  /**
   * The reprises sur amortissements et provisions (c/78), zero by default.
   *
   * @return zero or more
   */
  @Value.Default
  public Amount reprises() {
    return Amount.ZERO;
  }

  /**
   * The quote-part des subventions d'investissement virée au résultat (c/777), zero by default.
   *
   * @return zero or more
   */
  @Value.Default
  public Amount repriseSubventions() {
    return Amount.ZERO;
  }

  /**
   * The investment spending of the year (acquisitions d'immobilisations), zero by default.
   *
   * @return zero or more
   */
  @Value.Default
  public Amount acquisitions() {
    return Amount.ZERO;
  }

  /**
   * The investment subsidies received (c/13), zero by default.
   *
   * @return zero or more
   */
  @Value.Default
  public Amount subventions() {
    return Amount.ZERO;
  }

  /**
   * The produits des cessions d'immobilisations (c/775), zero by default.
   *
   * @return zero or more
   */
  @Value.Default
  public Amount cessions() {
    return Amount.ZERO;
  }

  /**
   * The loans drawn in the year (c/16 credited), zero by default.
   *
   * @return zero or more
   */
  @Value.Default
  public Amount emprunts() {
    return Amount.ZERO;
  }

  /**
   * The loan capital repaid in the year, the capital due (c/16 debited), zero by default.
   *
   * @return zero or more
   */
  @Value.Default
  public Amount remboursementsCapital() {
    return Amount.ZERO;
  }

  /**
   * The besoin en fonds de roulement at 31 December of the year, negative for a ressource en fonds de roulement.
   *
   * @return the BFR, signed
   */
  public abstract Amount bfr();

  @Value.Check
  void check() {
    notNegative(produitsDeLaTarification(), "produitsDeLaTarification");
    notNegative(autresProduits(), "autresProduits");
    notNegative(chargesDecaissables(), "chargesDecaissables");
    notNegative(dotations(), "dotations");
    notNegative(reprises(), "reprises");
    notNegative(repriseSubventions(), "repriseSubventions");
    notNegative(acquisitions(), "acquisitions");
    notNegative(subventions(), "subventions");
    notNegative(cessions(), "cessions");
    notNegative(emprunts(), "emprunts");
    notNegative(remboursementsCapital(), "remboursementsCapital");
  }

  private void notNegative(Amount a, String field) {
    Checks.check(!a.isNegative(), "pgfp[" + year() + "]." + field, a, InvestmentEngine.PGFP_RULE,
        "a PGFP line is zero or more");
  }

  @Override
  public String toString() {
    return "PgfpYear[" + year() + "]";
  }
}
