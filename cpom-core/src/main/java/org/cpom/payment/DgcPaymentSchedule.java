package org.cpom.payment;

import java.util.Objects;
import org.cpom.money.Amount;
import org.cpom.referential.FinessMap;
import org.cpom.referential.FinessNumber;
import org.immutables.value.Value;

/**
 * The payments of a DGC for a year, and the quote-part of each ESMS in each payment.
 *
 * <p>The DGC schedule follows R314-107/108 on the DGC amount; a décision modificative leaves it unchanged.
 * Each ESMS schedule sums exactly to the ESMS's share after the last DM, and on every payment date the ESMS
 * payments sum exactly to the DGC payment.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DgcPaymentSchedule {
  DgcPaymentSchedule() {}

  static ImmutableDgcPaymentSchedule.Builder builder() {
    return ImmutableDgcPaymentSchedule.builder();
  }

  /**
   * The DGC's schedule.
   *
   * @return the schedule
   */
  public abstract PaymentSchedule dgc();

  /**
   * Each ESMS's schedule, in the DGC's order.
   *
   * @return the schedules, in the members' order
   */
  public abstract FinessMap<PaymentSchedule> esms();

  /**
   * The parts of each ESMS's share that its Départements pay for the young adults kept under CASF L242-4, which the
   * assurance maladie does not (CASF R314-115): the DGC's schedule pays its total less all of them, an ESMS's its
   * share less its own.
   *
   * @return the sum of the Département parts of each ESMS; the ESMS without a Creton split are absent
   */
  public abstract FinessMap<Amount> cretonParts();

  /**
   * The Creton parts of one ESMS ({@link #cretonParts()}).
   *
   * @param esms its FINESS
   * @return the parts, zero when it has none
   */
  public Amount cretonParts(FinessNumber esms) {
    return cretonParts().getOrDefault(Objects.requireNonNull(esms, "esms"), Amount.ZERO);
  }

  /**
   * The schedule of one ESMS.
   *
   * @param esms its FINESS
   * @return the schedule
   * @throws org.cpom.CpomValidationException if the ESMS is not in the DGC
   */
  public PaymentSchedule esms(FinessNumber esms) {
    PaymentSchedule s = esms().get(Objects.requireNonNull(esms, "esms"));
    org.cpom.internal.Checks.check(s != null, "esms", esms, Articles.R314_43_1, "not an ESMS of this DGC");
    return s;
  }
}
