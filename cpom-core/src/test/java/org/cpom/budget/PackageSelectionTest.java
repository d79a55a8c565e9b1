package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.budget.BbzTest.assertBad;

import java.util.List;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

class PackageSelectionTest {
  static final DecisionPackage SOCLE = DecisionPackage.of("Socle", Amount.of("1000000.00"), "service minimum");
  static final DecisionPackage A = DecisionPackage.of("A", Amount.of("50000.00"), "rang 1");
  static final DecisionPackage B = DecisionPackage.of("B", Amount.of("80000.00"), "rang 2");
  static final DecisionPackage C = DecisionPackage.of("C", Amount.of("30000.00"), "rang 3");

  @Test
  void byDefaultTheRankingStopsAtTheFirstIncrementThatDoesNotFit() {
    PackageSelection s = BudgetEngine.select(SOCLE, List.of(A, B, C), Amount.of("1100000.00"));
    assertThat(s.rule()).isEqualTo(FillRule.STOP_AT_FIRST_MISFIT);
    assertThat(s.socleCovered()).isTrue();
    assertThat(s.funded()).containsExactly(SOCLE, A);
    assertThat(s.unfunded()).containsExactly(B, C);
    assertThat(s.fundedTotal()).isEqualTo(Amount.of("1050000.00"));
    assertThat(s.enveloppeLeft()).isEqualTo(Amount.of("50000.00"));
    assertThat(s.unfundedTotal()).isEqualTo(Amount.of("110000.00"));
    assertThat(s.enveloppe()).isEqualTo(Amount.of("1100000.00"));
    assertThat(s.toString()).contains("left EUR 50000.00");
  }

  @Test
  void theSkipOptionGoesOnPastAnIncrementThatDoesNotFit() {
    PackageSelection s = BudgetEngine.select(SOCLE, List.of(A, B, C), Amount.of("1100000.00"), FillRule.SKIP_MISFITS);
    assertThat(s.funded()).containsExactly(SOCLE, A, C);
    assertThat(s.unfunded()).containsExactly(B);
    assertThat(s.enveloppeLeft()).isEqualTo(Amount.of("20000.00"));
  }

  @Test
  void anExactFitIsFunded() {
    PackageSelection s = BudgetEngine.select(SOCLE, List.of(A, B, C), Amount.of("1160000.00"));
    assertThat(s.funded()).containsExactly(SOCLE, A, B, C);
    assertThat(s.unfunded()).isEmpty();
    assertThat(s.enveloppeLeft()).isEqualTo(Amount.ZERO);
    PackageSelection justSocle = BudgetEngine.select(SOCLE, List.of(A), Amount.of("1000000.00"));
    assertThat(justSocle.funded()).containsExactly(SOCLE);
    assertThat(justSocle.enveloppeLeft()).isEqualTo(Amount.ZERO);
  }

  @Test
  void anEnveloppeBelowTheSocleFundsNothing() {
    PackageSelection s = BudgetEngine.select(SOCLE, List.of(A), Amount.of("999999.99"), FillRule.SKIP_MISFITS);
    assertThat(s.socleCovered()).isFalse();
    assertThat(s.funded()).isEmpty();
    assertThat(s.unfunded()).containsExactly(SOCLE, A);
    assertThat(s.enveloppeLeft()).isEqualTo(Amount.of("999999.99"));
    assertThat(s.fundedTotal()).isEqualTo(Amount.ZERO);
  }

  @Test
  void noIncrementsAndZeroCosts() {
    DecisionPackage free = DecisionPackage.of("Gratuit", Amount.ZERO, "bénévoles");
    PackageSelection s = BudgetEngine.select(free, List.of(free), Amount.ZERO);
    assertThat(s.funded()).containsExactly(free, free);
    assertThat(BudgetEngine.select(SOCLE, List.of(), Amount.of("1000000.00")).unfunded()).isEmpty();
  }

  @Test
  void badInputIsRejected() {
    assertBad(() -> BudgetEngine.select(SOCLE, List.of(), Amount.of("-0.01")), "enveloppe", "must not be negative");
    assertBad(() -> DecisionPackage.of("X", Amount.of("-1.00"), "x"), "decisionPackage.cost", "must not be negative");
    assertBad(() -> DecisionPackage.of("X", Amount.ofCents(1), " "), "decisionPackage.justification", "blank");
    assertBad(() -> DecisionPackage.of(" ", Amount.ZERO, "x"), "decisionPackage.label", "blank");
  }
}
