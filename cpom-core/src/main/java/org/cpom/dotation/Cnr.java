package org.cpom.dotation;

import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * Crédits non reconductibles (CNR): a one-off amount for the year only, never carried into the next base
 *.
 *
 * <p>CNR have no article of their own: they come from the campaign instructions. The caller names the
 * basis (e.g. "instruction de campagne 2025, CNR").
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cnr {
  Cnr() {}

  /**
   * Creates a CNR.
   *
   * @param label what it funds
   * @param amount the amount, zero or more
   * @param basis the instruction that grants it
   * @return the CNR
   */
  public static Cnr of(String label, Amount amount, LegalBasis basis) {
    return ImmutableCnr.of(label, amount, basis);
  }

  /**
   * What it funds.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount amount();

  /**
   * The instruction that grants it.
   *
   * @return the basis
   */
  @Value.Parameter
  public abstract LegalBasis basis();

  @Value.Check
  void check() {
    Checks.notBlank(label(), "cnr.label");
    Checks.check(!amount().isNegative(), "cnr.amount", amount(), LegalBasis.convention(Convention.CNR), "CNR are credits, not negative");
  }
}
