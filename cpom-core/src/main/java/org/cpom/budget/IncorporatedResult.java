package org.cpom.budget;

import java.util.Objects;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.LegalBasis;

/**
 * An earlier result taken into the charges of the year when a tariff is set (CASF R314-113, "charges
 * après incorporation des résultats antérieurs"; the allocation itself is R314-51).
 *
 * <p>Say which it is with {@link #surplus(Amount)} or {@link #deficit(Amount)}, both with a positive
 * amount, so the sign cannot be got wrong: a <b>surplus</b> allocated to reducing the charges (R314-51 II
 * 1°) <b>lowers</b> the charges to fund; a <b>deficit</b> carried into the charges (R314-51 III)
 * <b>raises</b> them. {@link #chargeAdjustment()} gives the signed effect on the charges: a surplus of
 * 20,000 is an adjustment of -20,000. A caller holding that signed figure can use
 * {@link #ofChargeAdjustment(Amount)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IncorporatedResult {
  static final LegalBasis RULE = LegalBasis.casf("R314-51");
  /** No earlier result incorporated: an adjustment of zero. */
  public static final IncorporatedResult NONE = new IncorporatedResult(Amount.ZERO);

  /** Signed effect on the charges: negative for a surplus, positive for a deficit. */
  private final Amount chargeAdjustment;

  private IncorporatedResult(Amount chargeAdjustment) {
    this.chargeAdjustment = chargeAdjustment;
  }

  /**
   * An earlier surplus (excédent) deducted from the charges to fund (R314-51 II 1°).
   *
   * @param surplus the surplus, zero or more
   * @return the value, with an adjustment of {@code -surplus}
   */
  public static IncorporatedResult surplus(Amount surplus) {
    Objects.requireNonNull(surplus, "surplus");
    Checks.check(!surplus.isNegative(), "surplus", surplus, RULE, "give a surplus as a positive amount");
    return new IncorporatedResult(surplus.negated());
  }

  /**
   * An earlier deficit added to the charges to fund (R314-51 III).
   *
   * @param deficit the deficit, zero or more
   * @return the value, with an adjustment of {@code +deficit}
   */
  public static IncorporatedResult deficit(Amount deficit) {
    Objects.requireNonNull(deficit, "deficit");
    Checks.check(!deficit.isNegative(), "deficit", deficit, RULE, "give a deficit as a positive amount");
    return new IncorporatedResult(deficit);
  }

  /**
   * From the signed amount added to the charges: negative for a surplus, positive for a deficit.
   *
   * @param chargeAdjustment the amount added to the charges
   * @return the value
   */
  public static IncorporatedResult ofChargeAdjustment(Amount chargeAdjustment) {
    return new IncorporatedResult(Objects.requireNonNull(chargeAdjustment, "chargeAdjustment"));
  }

  /**
   * The signed amount added to the charges: negative for a surplus, positive for a deficit.
   *
   * @return the adjustment
   */
  public Amount chargeAdjustment() {
    return chargeAdjustment;
  }

  /**
   * Whether this is a surplus.
   *
   * @return true for a surplus (a negative adjustment)
   */
  public boolean isSurplus() {
    return chargeAdjustment.isNegative();
  }

  /**
   * Whether this is a deficit.
   *
   * @return true for a deficit (a positive adjustment)
   */
  public boolean isDeficit() {
    return chargeAdjustment.isPositive();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof IncorporatedResult && ((IncorporatedResult) obj).chargeAdjustment.equals(chargeAdjustment);
  }

  @Override
  public int hashCode() {
    return chargeAdjustment.hashCode();
  }

  @Override
  public String toString() {
    if (isSurplus()) {
      return "surplus " + chargeAdjustment.abs();
    }
    return isDeficit() ? "deficit " + chargeAdjustment : "none";
  }
}
