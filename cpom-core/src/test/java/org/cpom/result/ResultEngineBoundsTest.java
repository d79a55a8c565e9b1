package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.result.Fixtures.IME;
import static org.cpom.result.Fixtures.N;
import static org.cpom.result.Fixtures.byAuthority;
import static org.cpom.result.Fixtures.byGestionnaire;
import static org.cpom.result.Fixtures.eprd;
import static org.cpom.result.Fixtures.eur;
import static org.cpom.result.Fixtures.ledger;
import static org.cpom.result.Fixtures.traditional;

import java.time.Year;
import java.util.List;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/**
 * The exercice's amounts and the proposal's, each counted eight times, share one bound of Long.MAX_VALUE
 * cents: a proposal line that passes it on top of the exercice is named, and so is one alone.
 */
class ResultEngineBoundsTest {
  /** Eight times this passes Long.MAX_VALUE cents. */
  private static final Amount EIGHTH_PLUS = Amount.ofCents(Long.MAX_VALUE / 8 + 1);
  /** Eight times this fits; eight times two of it do not. */
  private static final Amount SIXTEENTH_PLUS = Amount.ofCents(Long.MAX_VALUE / 16 + 1);

  private static ClosedExercice small() {
    return eprd(ledger("IME", Fixtures.balances(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, "50")))
        .addResults(ClosingResult.of(IME, eur("100"))).build();
  }

  private static void rejectedNaming(String field, Runnable r) {
    assertThatThrownBy(r::run)
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("8 times the amounts of an exercice and its proposal total more than 92233720368547758.07 EUR")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo(field));
  }

  @Test
  void aDeficitChargeAloneIsNamed() {
    AllocationProposal p = byAuthority().chargeDeficit("IME", N.plusYears(1), EIGHTH_PLUS).build();
    rejectedNaming("proposal.deficitCharges[0].amount", () -> ResultEngine.validate(small(), p));
  }

  @Test
  void aTreasuryTakeBackAloneIsNamed() {
    AllocationProposal p = byGestionnaire().takeBack(TreasuryTakeBack.of("IME", EIGHTH_PLUS, List.of(), true)).build();
    rejectedNaming("proposal.treasuryTakeBacks[0].amount", () -> ResultEngine.validate(small(), p));
  }

  @Test
  void theResultCountsWithTheProposal() {
    ClosedExercice ex = eprd(ledger("IME", ReserveBalances.ZERO)).addResults(ClosingResult.of(IME, SIXTEENTH_PLUS)).build();
    AllocationProposal p = byAuthority().chargeDeficit("IME", N.plusYears(1), SIXTEENTH_PLUS).build();
    rejectedNaming("proposal.deficitCharges[0].amount", () -> ResultEngine.validate(ex, p));
  }

  @Test
  void theRejectedExpensesCountWithTheProposal() {
    ClosedExercice ex = traditional(ledger("IME", ReserveBalances.ZERO))
        .addResults(ClosingResult.builder().compte(IME).result(eur("1")).rejectedExpenses(SIXTEENTH_PLUS).build()).build();
    AllocationProposal p = byAuthority().chargeDeficit("IME", N.plusYears(1), SIXTEENTH_PLUS).build();
    rejectedNaming("proposal.deficitCharges[0].amount", () -> ResultEngine.validate(ex, p));
  }

  @Test
  void theLedgerBalancesCountWithTheProposal() {
    ClosedExercice ex = eprd(ledger("IME", ReserveBalances.ZERO.with(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, SIXTEENTH_PLUS)))
        .addResults(ClosingResult.of(IME, eur("1"))).build();
    AllocationProposal p = byGestionnaire().takeBack(TreasuryTakeBack.of("IME", SIXTEENTH_PLUS, List.of(), true)).build();
    rejectedNaming("proposal.treasuryTakeBacks[0].amount", () -> ResultEngine.validate(ex, p));
  }

  @Test
  void aSpreadMayEndIn9999AndNotLater() {
    AllocationProposal p = byAuthority().spreadDeficit("IME", eur("3.00"), Year.of(9997), 3).build();
    assertThat(p.deficitCharges()).extracting(DeficitCharge::exercice)
        .containsExactly(Year.of(9997), Year.of(9998), Year.of(9999));
    assertThatThrownBy(() -> byAuthority().spreadDeficit("IME", eur("3.00"), Year.of(9998), 3))
        .isInstanceOf(CpomValidationException.class)
        .satisfies(e -> assertThat(((CpomValidationException) e).value()).isEqualTo("10000"));
  }

  private static void exerciceRejectedNaming(String field, Runnable r) {
    assertThatThrownBy(r::run)
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("8 times the amounts of an exercice total more than 92233720368547758.07 EUR")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo(field));
  }

  @Test
  void anExerciceNamesItsRejectedExpensesPastTheBound() {
    exerciceRejectedNaming("results[IME].rejectedExpenses", () -> traditional(ledger("IME", ReserveBalances.ZERO))
        .addResults(ClosingResult.builder().compte(IME).result(eur("1")).rejectedExpenses(EIGHTH_PLUS).build()).build());
  }

  @Test
  void anExerciceNamesALedgerBalancePastTheBound() {
    exerciceRejectedNaming("exercice.ledger[IME]." + ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR,
        () -> eprd(ledger("IME", ReserveBalances.ZERO.with(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, EIGHTH_PLUS)))
            .addResults(ClosingResult.of(IME, eur("1"))).build());
  }
}
