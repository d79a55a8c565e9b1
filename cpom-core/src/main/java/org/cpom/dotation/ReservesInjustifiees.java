package org.cpom.dotation;

import java.util.List;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * The authority's judgement of the reports à nouveau and reserves of an ESMS that its operating conditions do not
 * justify (reports et réserves injustifiés, CASF R314-43-3), with the reasons it recorded. No figure of the texts
 * defines it: R314-43-4 makes it an analysis of the EPRD, the last ERRD, the ESMS's own accounts where the contract
 * covers several, the projet d'établissement and the current and future PPI. So the amount is an input.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReservesInjustifiees {
  ReservesInjustifiees() {}

  /**
   * Creates a judgement.
   *
   * @param montant the unjustified amount, zero or more
   * @param motifs the reasons recorded, at least one
   * @return the judgement
   */
  public static ReservesInjustifiees of(Amount montant, List<String> motifs) {
    return ImmutableReservesInjustifiees.of(montant, Checks.noNulls(motifs, "motifs"));
  }

  /**
   * The unjustified amount.
   *
   * @return the amount, zero or more
   */
  @Value.Parameter
  public abstract Amount montant();

  /**
   * The reasons the authority recorded (R314-43-4).
   *
   * @return at least one reason
   */
  @Value.Parameter
  public abstract List<String> motifs();

  @Value.Check
  void check() {
    Checks.check(!montant().isNegative(), "reservesInjustifiees.montant", montant(), Articles.R314_43_3,
        "the unjustified amount is zero or more");
    Checks.check(!motifs().isEmpty(), "reservesInjustifiees.motifs", "[]", Articles.R314_43_4,
        "the judgement records its reasons");
    for (int i = 0; i < motifs().size(); i++) {
      Checks.notBlank(motifs().get(i), "reservesInjustifiees.motifs[" + i + "]");
    }
  }
}
