package org.cpom.dotation;

import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * Another adjustment of the year's amount named by the caller, with its legal basis (the sixth and last
 * step of the dotation engine): e.g. the reprise of a result in the traditional regime, or a tariff reduction after rejected expenses
 * (R314-236). It is signed and applies to the year only.
 *
 * <p>Three kinds have a checked form that builds the adjustment after testing the rule: a rejection of expenses
 * ({@link RejetDeDepenses#adjustment()}, R314-236), the modulation at a renewal ({@link
 * ModulationAuRenouvellement#adjustment(java.time.Year)}, R314-43-3) and a DM asked for and not adopted ({@link
 * SuiteDeLaDemandeDm#report()}, R314-230).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Adjustment {
  Adjustment() {}

  /**
   * Creates an adjustment.
   *
   * @param label what it is
   * @param amount the signed amount added to the year's dotation
   * @param basis the article or clause
   * @return the adjustment
   */
  public static Adjustment of(String label, Amount amount, LegalBasis basis) {
    return ImmutableAdjustment.of(label, amount, basis);
  }

  /**
   * What it is.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The signed amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount amount();

  /**
   * The article or clause.
   *
   * @return the basis
   */
  @Value.Parameter
  public abstract LegalBasis basis();

  @Value.Check
  void check() {
    Checks.notBlank(label(), "adjustment.label");
  }
}
