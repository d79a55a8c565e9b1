package org.cpom.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** Each of the nine bilan amounts is counted four times against Long.MAX_VALUE cents, and named when it passes. */
class BilanFinancierBoundsTest {
  /** Four times this passes Long.MAX_VALUE. */
  private static final Amount QUARTER_PLUS = Amount.ofCents(Long.MAX_VALUE / 4 + 1);
  private static final Amount QUARTER = Amount.ofCents(Long.MAX_VALUE / 4);

  private static void rejectedNaming(String field, Function<BilanFinancier.Builder, BilanFinancier.Builder> set) {
    assertThatThrownBy(() -> set.apply(BilanFinancier.builder()).build())
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("four times the amounts of a bilan total more than 92233720368547758.07 EUR")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo(field));
  }

  @Test
  void eachItemAloneIsNamedWhenFourTimesItPassesTheBound() {
    rejectedNaming("bilan.stocks", b -> b.stocks(QUARTER_PLUS));
    rejectedNaming("bilan.prepaidCharges", b -> b.prepaidCharges(QUARTER_PLUS));
    rejectedNaming("bilan.receivables", b -> b.receivables(QUARTER_PLUS));
    rejectedNaming("bilan.supplierDebts", b -> b.supplierDebts(QUARTER_PLUS));
    rejectedNaming("bilan.socialAndTaxDebts", b -> b.socialAndTaxDebts(QUARTER_PLUS));
    rejectedNaming("bilan.deferredIncome", b -> b.deferredIncome(QUARTER_PLUS));
    rejectedNaming("bilan.sumsToReturnToAideSociale", b -> b.sumsToReturnToAideSociale(QUARTER_PLUS));
    rejectedNaming("bilan.fundsDeposited", b -> b.fundsDeposited(QUARTER_PLUS));
  }

  @Test
  void majeursProtegesCountOnTopOfTheFundsDeposited() {
    // 4 x (max/8 + 1) fits, 8 x it does not: the part of majeurs protégés is the one that passes
    Amount eighthPlus = Amount.ofCents(Long.MAX_VALUE / 8 + 1);
    rejectedNaming("bilan.fundsDepositedOfMajeursProteges",
        b -> b.fundsDeposited(eighthPlus).fundsDepositedOfMajeursProteges(eighthPlus));
  }

  @Test
  void fourTimesExactlyAQuarterOfTheBoundBuilds() {
    BilanFinancier b = BilanFinancier.builder().stocks(QUARTER).build();
    assertThat(b.bfr()).isEqualTo(QUARTER);
    assertThat(b.treasuryReserveCap()).isEqualTo(QUARTER);
  }
}
