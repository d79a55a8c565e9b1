package org.cpom.result;

import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.trace.StepKind;
import org.cpom.LegalBasis;
import org.cpom.trace.Trace;
import org.immutables.value.Value;

/**
 * The balance-sheet items of the bilan financier that make up the besoin en fonds de roulement (BFR) as
 * CASF R314-48 III defines it, and the cap the BFR puts on the réserve de trésorerie.
 *
 * <pre>
 * BFR = stocks + charges constatées d'avance + créances (users, funders)
 *     - (dettes fournisseurs d'exploitation + dettes sociales et fiscales + produits constatés d'avance
 *        + sums to return to the aide sociale + funds deposited or received, except those of majeurs protégés)
 * </pre>
 *
 * <p>Every item is given as a positive or zero amount; items not set are zero. The BFR itself may be
 * negative (resources of the cycle exceed its uses). The réserve de trésorerie may not exceed the BFR
 * (R314-234 1° e, R314-51 II 5°): with a negative BFR the cap is zero, since a reserve cannot be negative
 * and no part of it is then needed to cover the cycle.
 *
 * <p>Build one with {@link #builder()}. This class is immutable and thread-safe.
 *
 * <p>Bounds: its nine amounts, each counted four times, total at most {@code Long.MAX_VALUE} cents
 * ({@link org.cpom.Convention#ENGINE_BOUNDS}: the BFR, the cap and the trace are then exact).
 */
@Value.Immutable
public abstract class BilanFinancier {
  static final LegalBasis R314_48_III = Articles.R314_48_III;

  BilanFinancier() {}

  /**
   * A builder; every item defaults to zero.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BilanFinancier}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableBilanFinancier.Builder {
    Builder() {}
  }

  /**
   * Stocks.
   *
   * @return the amount
   */
  @Value.Default
  public Amount stocks() {
    return Amount.ZERO;
  }

  /**
   * Charges constatées d'avance (prepaid charges).
   *
   * @return the amount
   */
  @Value.Default
  public Amount prepaidCharges() {
    return Amount.ZERO;
  }

  /**
   * Créances, notably on users and funders (receivables).
   *
   * @return the amount
   */
  @Value.Default
  public Amount receivables() {
    return Amount.ZERO;
  }

  /**
   * Dettes fournisseurs d'exploitation (operating supplier debts).
   *
   * @return the amount
   */
  @Value.Default
  public Amount supplierDebts() {
    return Amount.ZERO;
  }

  /**
   * Dettes sociales et fiscales.
   *
   * @return the amount
   */
  @Value.Default
  public Amount socialAndTaxDebts() {
    return Amount.ZERO;
  }

  /**
   * Produits constatés d'avance (deferred income).
   *
   * @return the amount
   */
  @Value.Default
  public Amount deferredIncome() {
    return Amount.ZERO;
  }

  /**
   * Sums to be returned to the aide sociale.
   *
   * @return the amount
   */
  @Value.Default
  public Amount sumsToReturnToAideSociale() {
    return Amount.ZERO;
  }

  /**
   * Funds deposited or received, all of them, including those of majeurs protégés.
   *
   * @return the amount
   */
  @Value.Default
  public Amount fundsDeposited() {
    return Amount.ZERO;
  }

  /**
   * The part of {@link #fundsDeposited()} that belongs to majeurs protégés, which R314-48 III leaves out.
   *
   * @return the amount, at most the funds deposited
   */
  @Value.Default
  public Amount fundsDepositedOfMajeursProteges() {
    return Amount.ZERO;
  }

  /**
   * The uses of the operating cycle: stocks, prepaid charges and receivables.
   *
   * @return the amount
   */
  public Amount cycleUses() {
    return Amount.total(stocks(), prepaidCharges(), receivables());
  }

  /**
   * The resources of the operating cycle: the debts, deferred income, sums to return and the funds
   * deposited other than those of majeurs protégés.
   *
   * @return the amount
   */
  public Amount cycleResources() {
    return Amount.total(supplierDebts(), socialAndTaxDebts(), deferredIncome(), sumsToReturnToAideSociale(),
        fundsDeposited().minus(fundsDepositedOfMajeursProteges()));
  }

  /**
   * The besoin en fonds de roulement, R314-48 III: cycle uses minus cycle resources.
   *
   * @return the BFR, possibly negative
   */
  public Amount bfr() {
    return cycleUses().minus(cycleResources());
  }

  /**
   * The largest réserve de trésorerie the BFR allows: the BFR, or zero when the BFR is negative.
   *
   * @return the cap, zero or more
   */
  public Amount treasuryReserveCap() {
    return bfr().max(Amount.ZERO);
  }

  /**
   * How the BFR and the cap are found, step by step.
   *
   * @return the trace
   */
  public Trace trace() {
    return Trace.empty()
        .plus(StepKind.CYCLE_USES, cycleUses(), R314_48_III)
        .plus(StepKind.CYCLE_RESOURCES, cycleResources(), R314_48_III)
        .plus(StepKind.BFR, bfr(), R314_48_III)
        .plus(StepKind.TREASURY_RESERVE_CAP, treasuryReserveCap(), R314_48_III);
  }

  @Value.Check
  void check() {
    LegalBasis rule = R314_48_III;
    notNegative(stocks(), "bilan.stocks", rule);
    notNegative(prepaidCharges(), "bilan.prepaidCharges", rule);
    notNegative(receivables(), "bilan.receivables", rule);
    notNegative(supplierDebts(), "bilan.supplierDebts", rule);
    notNegative(socialAndTaxDebts(), "bilan.socialAndTaxDebts", rule);
    notNegative(deferredIncome(), "bilan.deferredIncome", rule);
    notNegative(sumsToReturnToAideSociale(), "bilan.sumsToReturnToAideSociale", rule);
    notNegative(fundsDeposited(), "bilan.fundsDeposited", rule);
    notNegative(fundsDepositedOfMajeursProteges(), "bilan.fundsDepositedOfMajeursProteges", rule);
    Checks.check(!fundsDepositedOfMajeursProteges().isGreaterThan(fundsDeposited()),
        "bilan.fundsDepositedOfMajeursProteges", fundsDepositedOfMajeursProteges(), rule,
        "the part of majeurs protégés exceeds the funds deposited " + fundsDeposited());
    // the BFR, the cap and the trace are sums of these nine amounts, each used at most four times: bounded so,
    // they are exact ({@link org.cpom.Convention#ENGINE_BOUNDS})
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("four times the amounts of a bilan");
    total.add(stocks().cents(), 4, () -> "bilan.stocks");
    total.add(prepaidCharges().cents(), 4, () -> "bilan.prepaidCharges");
    total.add(receivables().cents(), 4, () -> "bilan.receivables");
    total.add(supplierDebts().cents(), 4, () -> "bilan.supplierDebts");
    total.add(socialAndTaxDebts().cents(), 4, () -> "bilan.socialAndTaxDebts");
    total.add(deferredIncome().cents(), 4, () -> "bilan.deferredIncome");
    total.add(sumsToReturnToAideSociale().cents(), 4, () -> "bilan.sumsToReturnToAideSociale");
    total.add(fundsDeposited().cents(), 4, () -> "bilan.fundsDeposited");
    total.add(fundsDepositedOfMajeursProteges().cents(), 4, () -> "bilan.fundsDepositedOfMajeursProteges");
  }

  static void notNegative(Amount amount, String field, LegalBasis rule) {
    Checks.check(!amount.isNegative(), field, amount, rule, "must not be negative");
  }
}
