package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.List;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** Every result of the budget engine compares by value: equal inputs give equal results. */
class BudgetResultsEqualityTest {
  private static final DecisionPackage SOCLE = DecisionPackage.of("Socle", Amount.of("1000000.00"), "minimum service");
  private static final List<DecisionPackage> INCREMENTS = List.of(
      DecisionPackage.of("A", Amount.of("50000.00"), "a"), DecisionPackage.of("B", Amount.of("80000.00"), "b"));

  /** Two results from equal inputs are equal with the same hash code; a third, from other inputs, is not. */
  private static void equalByValue(Object first, Object second, Object other) {
    assertThat(first).isNotSameAs(second).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first.toString()).isEqualTo(second.toString());
    assertThat(first).isNotEqualTo(other).isNotEqualTo(null).isNotEqualTo("a string");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aBudgetComparesByItsLinesEsmsAndMapping() {
    equalByValue(
        BudgetEngine.classify(BudgetTest.workedLines(), BudgetTest.ALL, BudgetTest.MAPPING),
        BudgetEngine.classify(List.copyOf(BudgetTest.workedLines()), List.copyOf(BudgetTest.ALL), AccountMapping.standard()),
        BudgetEngine.classify(BudgetTest.workedLines().subList(1, BudgetTest.workedLines().size()), BudgetTest.ALL,
            BudgetTest.MAPPING));
    Budget b = BudgetEngine.classify(BudgetTest.workedLines(), BudgetTest.ALL, BudgetTest.MAPPING);
    assertThat(b).isEqualTo(b);
  }

  @Test
  void aBbzBudgetComparesByItsDriversAndWhatTheyRebuild() {
    equalByValue(
        BudgetEngine.compute(BbzTest.worked().build(), BbzTest.MAPPING),
        BudgetEngine.compute(BbzTest.worked().build(), AccountMapping.standard()),
        BudgetEngine.compute(BbzTest.worked().addFixedCosts(BudgetItem.of("613", "Loyer annexe", Amount.of("1.00"), "j"))
            .build(), BbzTest.MAPPING));
  }

  @Test
  void aPackageSelectionComparesByItsEnveloppeRuleAndPackages() {
    PackageSelection strict = BudgetEngine.select(SOCLE, INCREMENTS, Amount.of("1100000.00"));
    equalByValue(strict, BudgetEngine.select(SOCLE, List.copyOf(INCREMENTS), Amount.of("1100000.00")),
        BudgetEngine.select(SOCLE, INCREMENTS, Amount.of("1100000.01")));
    // the same packages funded under the other rule is another selection
    assertThat(strict).isNotEqualTo(BudgetEngine.select(SOCLE, INCREMENTS, Amount.of("1100000.00"), FillRule.SKIP_MISFITS));
    // a socle left unfunded differs from one funded, whatever the increments
    assertThat(BudgetEngine.select(SOCLE, List.of(), Amount.of("999999.99")))
        .isNotEqualTo(BudgetEngine.select(SOCLE, List.of(), Amount.of("1000000.00")));
  }

  @Test
  void aMatriceDeSuiviComparesByItsMonthsMethodAndRows() {
    MatriceDeSuivi m = BudgetEngine.track(MatriceDeSuiviTest.budget(), MatriceDeSuiviTest.actual(), MatriceDeSuiviTest.SEPTEMBER);
    equalByValue(m, BudgetEngine.track(MatriceDeSuiviTest.budget(), MatriceDeSuiviTest.actual(), MatriceDeSuiviTest.SEPTEMBER),
        BudgetEngine.track(MatriceDeSuiviTest.budget(), MatriceDeSuiviTest.actual(), MatriceDeSuiviTest.YEAR.atMonth(Month.OCTOBER)));
    assertThat(m).isNotEqualTo(BudgetEngine.track(MatriceDeSuiviTest.budget(), MatriceDeSuiviTest.actual(),
        MatriceDeSuiviTest.SEPTEMBER, ForecastMethod.EXTRAPOLATED_ACTUAL));
    assertThat(m).isNotEqualTo(BudgetEngine.track(MatriceDeSuiviTest.budget(), List.of(), MatriceDeSuiviTest.SEPTEMBER));
  }

  @Test
  void aPrixDeJourneeComparesByWhatItIsComputedFrom() {
    DayBasis days = DayBasis.forecast(14_000);
    PrixDeJournee pj = BudgetEngine.prixDeJournee(Amount.of("2190000.00"), IncorporatedResult.surplus(Amount.of("20000.00")),
        Amount.of("90000.00"), days);
    equalByValue(pj,
        BudgetEngine.prixDeJournee(Amount.of("2190000.00"), IncorporatedResult.ofChargeAdjustment(Amount.of("-20000.00")),
            Amount.of("90000.00"), DayBasis.forecast(14_000)),
        BudgetEngine.prixDeJournee(Amount.of("2190000.00"), IncorporatedResult.NONE, Amount.of("90000.00"), days));
    // the same amount per day reached from other figures is another computation
    PrixDeJournee same = BudgetEngine.prixDeJournee(Amount.of("2170000.00"), IncorporatedResult.NONE, Amount.of("90000.00"), days);
    assertThat(same.amount()).isEqualTo(pj.amount());
    assertThat(same).isNotEqualTo(pj);
  }
}
