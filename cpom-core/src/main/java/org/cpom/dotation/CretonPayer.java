package org.cpom.dotation;

import org.cpom.money.Amount;
import org.cpom.referential.Funder;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * Who pays what part of the daily tariff of a young adult kept under CASF L242-4, and why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CretonPayer {
  CretonPayer() {}

  static CretonPayer of(Funder funder, Amount dailyAmount, String reason) {
    return ImmutableCretonPayer.of(funder, dailyAmount, reason, CretonPlacement.BASIS);
  }

  /**
   * The payer: the Département of the domicile de secours, or the assurance maladie.
   *
   * @return the funder
   */
  @Value.Parameter
  public abstract Funder funder();

  /**
   * The amount it pays a day.
   *
   * @return the amount, zero or more
   */
  @Value.Parameter
  public abstract Amount dailyAmount();

  /**
   * Why it pays that amount, in words.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract String reason();

  /**
   * The article: CASF L242-4.
   *
   * @return the legal basis
   */
  @Value.Parameter
  public abstract LegalBasis basis();
}
