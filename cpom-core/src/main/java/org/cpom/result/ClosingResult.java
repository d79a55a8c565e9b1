package org.cpom.result;

import java.util.Objects;
import java.util.Optional;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.accounts.ResultatDuCompte;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * The closing figures of one compte de résultat for the exercice allocated: its result, any expenses the
 * authority rejected, and optionally its own bilan financier for the réserve de trésorerie cap.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClosingResult {
  ClosingResult() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClosingResult}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableClosingResult.Builder {
    Builder() {}
  }

  /**
   * A result with no rejected expense and no bilan of its own.
   *
   * @param compte the compte de résultat
   * @param result the result: positive for a surplus (excédent), negative for a deficit
   * @return the closing result
   */
  public static ClosingResult of(CompteDeResultat compte, Amount result) {
    return builder().compte(compte).result(result).build();
  }

  /**
   * The result of a compte de résultat as its ledger gives it: the figures that
   * {@code org.cpom.accounts.AccountsEngine.ventilate} read from the accounts for the compte of the same id (CASF
   * R314-217, {@link Convention#VENTILATION}), their result (produits less charges, the share of the charges
   * communes included) with no rejected expense and no bilan of its own. To add either, start a builder
   * {@code from} this value.
   *
   * @param compte the compte de résultat
   * @param accounts its figures in the ledger, under the id {@code compte.id()}
   * @return the closing result
   * @throws org.cpom.CpomValidationException if the figures are those of another compte (their ids differ)
   */
  public static ClosingResult fromAccounts(CompteDeResultat compte, ResultatDuCompte<?> accounts) {
    Objects.requireNonNull(compte, "compte");
    Objects.requireNonNull(accounts, "accounts");
    Checks.check(accounts.id().equals(compte.id()), "results[" + compte.id() + "].accounts", accounts.id(),
        LegalBasis.convention(Convention.VENTILATION), "the figures of the ledger are those of another compte de résultat");
    return of(compte, accounts.result());
  }

  /**
   * The compte de résultat.
   *
   * @return the compte
   */
  public abstract CompteDeResultat compte();

  /**
   * The accounting result of the exercice: positive for a surplus, negative for a deficit.
   *
   * @return the result
   */
  public abstract Amount result();

  /**
   * Expenses the authority excluded as manifestly foreign to those planned (dépenses rejetées, R314-52,
   * booked to 1141); zero by default. Traditional budget only: under the EPRD rejections go through the
   * tariff (R314-236).
   *
   * @return the amount, zero or more
   */
  @Value.Default
  public Amount rejectedExpenses() {
    return Amount.ZERO;
  }

  /**
   * The compte's own bilan financier, giving its BFR; give either one per compte or one for the whole
   * perimeter ({@link ClosedExercice#bilan()}).
   *
   * @return the bilan, or empty
   */
  public abstract Optional<BilanFinancier> bilan();

  /**
   * The result to allocate: the result plus the rejected expenses (R314-52).
   *
   * @return the corrected result
   */
  public Amount resultToAllocate() {
    return result().plus(rejectedExpenses());
  }

  @Value.Check
  void check() {
    BilanFinancier.notNegative(rejectedExpenses(), "results[" + compte().id() + "].rejectedExpenses", Articles.R314_52);
  }
}
