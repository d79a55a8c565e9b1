package org.cpom.result;

import java.time.Year;
import java.util.Optional;
import org.cpom.contract.SurplusDestination;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * One free choice of a proposal: part of a compte de résultat's free surplus sent to a destination. A
 * reduction of charges (R314-51 II 1°) names the exercice whose charges it reduces.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurplusLine {
  SurplusLine() {}

  /**
   * A line to any destination but {@link SurplusDestination#REDUCTION_DES_CHARGES}.
   *
   * @param compteId the compte de résultat's id
   * @param destination the destination
   * @param amount the amount, above zero
   * @return the line
   */
  public static SurplusLine of(String compteId, SurplusDestination destination, Amount amount) {
    return ImmutableSurplusLine.builder().compteId(compteId).destination(destination).amount(amount).build();
  }

  /**
   * A reduction of the charges of an exercice (R314-51 II 1°).
   *
   * @param compteId the compte de résultat's id
   * @param exercice the exercice whose charges are reduced
   * @param amount the amount, above zero
   * @return the line
   */
  public static SurplusLine reductionOfCharges(String compteId, Year exercice, Amount amount) {
    return ImmutableSurplusLine.builder().compteId(compteId).destination(SurplusDestination.REDUCTION_DES_CHARGES)
        .amount(amount).chargesExercice(exercice).build();
  }

  /**
   * The compte de résultat's id.
   *
   * @return the id
   */
  public abstract String compteId();

  /**
   * The destination.
   *
   * @return the destination
   */
  public abstract SurplusDestination destination();

  /**
   * The amount.
   *
   * @return the amount, above zero
   */
  public abstract Amount amount();

  /**
   * The exercice whose charges are reduced; present exactly for a reduction of charges.
   *
   * @return the exercice, or empty
   */
  public abstract Optional<Year> chargesExercice();

  @Value.Check
  void check() {
    Checks.notBlank(compteId(), "surplusLine.compteId");
    Checks.check(amount().isPositive(), "surplusLine.amount", amount(), AllocationProposal.RULE,
        "a proposed amount is above zero");
    boolean reduction = destination() == SurplusDestination.REDUCTION_DES_CHARGES;
    Checks.check(reduction == chargesExercice().isPresent(), "surplusLine.chargesExercice", chargesExercice(),
        Articles.R314_51_II_1, "an exercice is named for a reduction of charges, and only for it");
  }
}
