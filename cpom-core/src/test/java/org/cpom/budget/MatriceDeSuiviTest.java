package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.budget.BbzTest.assertBad;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_II_PERSONNEL;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_I_TARIFICATION;

import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;
import org.junit.jupiter.api.Test;

class MatriceDeSuiviTest {
  static final Year YEAR = Year.of(2025);
  static final YearMonth SEPTEMBER = YEAR.atMonth(Month.SEPTEMBER);
  static final FinessNumber A = FinessNumber.of("690000011");
  static final FinessNumber B = FinessNumber.of("690000029");

  static List<TrackingEntry> budget() {
    List<TrackingEntry> budget = new ArrayList<>();
    budget.addAll(TrackingEntry.twelfths(A, CHARGES_II_PERSONNEL, YEAR, Amount.of("120000.00")));
    budget.addAll(TrackingEntry.twelfths(A, CHARGES_I_EXPLOITATION_COURANTE, YEAR, Amount.of("10000.00")));
    budget.addAll(TrackingEntry.twelfths(B, CHARGES_II_PERSONNEL, YEAR, Amount.of("60000.00")));
    return budget;
  }

  static List<TrackingEntry> actual() {
    List<TrackingEntry> actual = new ArrayList<>();
    for (int m = 1; m <= 9; m++) {
      actual.add(TrackingEntry.of(A, CHARGES_II_PERSONNEL, YEAR.atMonth(m), Amount.of("10500.00")));
      actual.add(TrackingEntry.of(B, CHARGES_II_PERSONNEL, YEAR.atMonth(m), Amount.of("4000.00")));
    }
    actual.add(TrackingEntry.of(A, CHARGES_I_EXPLOITATION_COURANTE, YEAR.atMonth(3), Amount.of("1500.00")));
    actual.add(TrackingEntry.of(A, CHARGES_I_EXPLOITATION_COURANTE, YEAR.atMonth(3), Amount.of("500.00")));
    actual.add(TrackingEntry.of(B, PRODUITS_I_TARIFICATION, YEAR.atMonth(2), Amount.of("1000.00")));
    return actual;
  }

  @Test
  void twelfthsSumExactlyToTheAnnualBudget() {
    List<TrackingEntry> t = TrackingEntry.twelfths(A, CHARGES_I_EXPLOITATION_COURANTE, YEAR, Amount.of("10000.00"));
    assertThat(t).hasSize(12);
    assertThat(t).extracting(TrackingEntry::month).containsExactly(YEAR.atMonth(1), YEAR.atMonth(2), YEAR.atMonth(3),
        YEAR.atMonth(4), YEAR.atMonth(5), YEAR.atMonth(6), YEAR.atMonth(7), YEAR.atMonth(8), YEAR.atMonth(9),
        YEAR.atMonth(10), YEAR.atMonth(11), YEAR.atMonth(12));
    assertThat(t.get(0).amount()).isEqualTo(Amount.of("833.34"));
    assertThat(t.get(4).amount()).isEqualTo(Amount.of("833.33"));
    assertThat(Amount.total(t.stream().map(TrackingEntry::amount).collect(java.util.stream.Collectors.toList())))
        .isEqualTo(Amount.of("10000.00"));
  }

  @Test
  void budgetAgainstActualAtTheEndOfSeptember() {
    MatriceDeSuivi m = BudgetEngine.track(budget(), actual(), SEPTEMBER);
    assertThat(m.method()).isEqualTo(ForecastMethod.ACTUAL_PLUS_REMAINING_BUDGET);
    assertThat(m.year()).isEqualTo(YEAR);
    assertThat(m.closedThrough()).isEqualTo(SEPTEMBER);
    assertThat(m.rows()).extracting(r -> r.esms().orElseThrow() + " " + r.group()).containsExactly(
        A + " " + CHARGES_I_EXPLOITATION_COURANTE, A + " " + CHARGES_II_PERSONNEL,
        B + " " + CHARGES_II_PERSONNEL, B + " " + PRODUITS_I_TARIFICATION);

    TrackingRow staffA = m.row(A, CHARGES_II_PERSONNEL).orElseThrow();
    assertThat(staffA.annualBudget()).isEqualTo(Amount.of("120000.00"));
    assertThat(staffA.budgetToDate()).isEqualTo(Amount.of("90000.00"));
    assertThat(staffA.actualToDate()).isEqualTo(Amount.of("94500.00"));
    assertThat(staffA.gapToDate()).isEqualTo(Amount.of("4500.00"));
    assertThat(staffA.gapToDatePercent()).contains(Rate.ofPercent("5"));
    assertThat(staffA.forecast()).isEqualTo(Amount.of("124500.00")); // 94,500 + 3 x 10,000
    assertThat(staffA.forecastGap()).isEqualTo(Amount.of("4500.00"));
    assertThat(staffA.forecastGapPercent()).contains(Rate.ofPercent("3.75"));

    MonthCell march = staffA.months().get(2);
    assertThat(march.month()).isEqualTo(YEAR.atMonth(3));
    assertThat(march.budget()).isEqualTo(Amount.of("10000.00"));
    assertThat(march.actual()).contains(Amount.of("10500.00"));
    assertThat(march.gap()).contains(Amount.of("500.00"));
    assertThat(march.gapPercent()).contains(Rate.ofPercent("5"));
    MonthCell october = staffA.months().get(9);
    assertThat(october.actual()).isEmpty();
    assertThat(october.gap()).isEmpty();
    assertThat(october.gapPercent()).isEmpty();

    TrackingRow purchasesA = m.row(A, CHARGES_I_EXPLOITATION_COURANTE).orElseThrow();
    assertThat(purchasesA.budgetToDate()).isEqualTo(Amount.of("7500.01")); // 4 x 833.34 + 5 x 833.33
    assertThat(purchasesA.actualToDate()).isEqualTo(Amount.of("2000.00")); // two entries in March added up
    assertThat(purchasesA.months().get(0).actual()).contains(Amount.ZERO);
    assertThat(purchasesA.months().get(2).actual()).contains(Amount.of("2000.00"));
    assertThat(purchasesA.gapToDate()).isEqualTo(Amount.of("-5500.01"));
    assertThat(purchasesA.forecast()).isEqualTo(Amount.of("4499.99")); // 2,000 + 3 x 833.33

    TrackingRow revenueB = m.row(B, PRODUITS_I_TARIFICATION).orElseThrow();
    assertThat(revenueB.annualBudget()).isEqualTo(Amount.ZERO);
    assertThat(revenueB.gapToDate()).isEqualTo(Amount.of("1000.00"));
    assertThat(revenueB.gapToDatePercent()).as("budget zero: no percentage").isEmpty();
    assertThat(revenueB.forecastGapPercent()).isEmpty();
    assertThat(revenueB.months().get(1).gapPercent()).isEmpty();

    assertThat(m.row(B, CHARGES_I_EXPLOITATION_COURANTE)).isEmpty();
    assertThat(m.toString()).contains("4 rows");
  }

  @Test
  void consolidatedRowsAreTheSumOfTheEsmsRows() {
    MatriceDeSuivi m = BudgetEngine.track(budget(), actual(), SEPTEMBER);
    assertThat(m.consolidated()).extracting(TrackingRow::group)
        .containsExactly(CHARGES_I_EXPLOITATION_COURANTE, CHARGES_II_PERSONNEL, PRODUITS_I_TARIFICATION);
    assertThat(m.consolidated()).allMatch(r -> r.esms().isEmpty());
    TrackingRow staff = m.consolidated().get(1);
    assertThat(staff.annualBudget()).isEqualTo(Amount.of("180000.00"));
    assertThat(staff.budgetToDate()).isEqualTo(Amount.of("135000.00"));
    assertThat(staff.actualToDate()).isEqualTo(Amount.of("130500.00"));
    assertThat(staff.gapToDate()).isEqualTo(Amount.of("-4500.00"));
    assertThat(staff.forecast()).isEqualTo(Amount.of("175500.00")); // 124,500 + 51,000
    assertThat(staff.months().get(0).actual()).contains(Amount.of("14500.00"));
    assertThat(staff.months().get(11).actual()).isEmpty();
    assertThat(staff.months().get(11).budget()).isEqualTo(Amount.of("15000.00"));
  }

  @Test
  void theExtrapolationOption() {
    MatriceDeSuivi m = BudgetEngine.track(budget(), actual(), SEPTEMBER, ForecastMethod.EXTRAPOLATED_ACTUAL);
    assertThat(m.row(A, CHARGES_II_PERSONNEL).orElseThrow().forecast()).isEqualTo(Amount.of("126000.00"));
    assertThat(m.row(A, CHARGES_II_PERSONNEL).orElseThrow().forecastGapPercent()).contains(Rate.ofPercent("5"));
    assertThat(m.row(A, CHARGES_I_EXPLOITATION_COURANTE).orElseThrow().forecast()).isEqualTo(Amount.of("2666.67"));
    assertThat(m.row(B, PRODUITS_I_TARIFICATION).orElseThrow().forecast()).isEqualTo(Amount.of("1333.33"));
    assertThat(m.consolidated().get(1).forecast()).isEqualTo(Amount.of("174000.00"));
  }

  @Test
  void theConsolidatedExtrapolationAddsTheRowsRatherThanExtrapolatingAgain() {
    List<TrackingEntry> actual = List.of(
        TrackingEntry.of(A, CHARGES_I_EXPLOITATION_COURANTE, YEAR.atMonth(1), Amount.ofCents(1)),
        TrackingEntry.of(B, CHARGES_I_EXPLOITATION_COURANTE, YEAR.atMonth(1), Amount.ofCents(1)));
    MatriceDeSuivi m = BudgetEngine.track(List.of(), actual, SEPTEMBER, ForecastMethod.EXTRAPOLATED_ACTUAL);
    assertThat(m.rows()).allMatch(r -> r.forecast().equals(Amount.ofCents(1))); // 0.0133 -> 0.01
    // 0.02 x 12 / 9 would be 0.03; the consolidation keeps the sum of its parts
    assertThat(m.consolidated().get(0).forecast()).isEqualTo(Amount.ofCents(2));
  }

  @Test
  void theWholeYearClosedAndNothingAtAll() {
    MatriceDeSuivi closed = BudgetEngine.track(budget(), actual(), YEAR.atMonth(12), ForecastMethod.EXTRAPOLATED_ACTUAL);
    assertThat(closed.row(A, CHARGES_II_PERSONNEL).orElseThrow().forecast()).isEqualTo(Amount.of("94500.00"));
    MatriceDeSuivi january = BudgetEngine.track(budget(), List.of(), YEAR.atMonth(1));
    assertThat(january.row(A, CHARGES_II_PERSONNEL).orElseThrow().forecast()).isEqualTo(Amount.of("110000.00"));
    MatriceDeSuivi empty = BudgetEngine.track(List.of(), List.of(), SEPTEMBER);
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.consolidated()).isEmpty();
  }

  @Test
  void badInputIsRejected() {
    // the year followed is the year of the last closed month: a 2025 budget closed through December 2024 is refused
    assertBad(() -> BudgetEngine.track(budget(), actual(), YearMonth.of(2024, 12)), "budget[0].month", "not in year 2024");
    assertBad(() -> BudgetEngine.track(
        List.of(TrackingEntry.of(A, CHARGES_II_PERSONNEL, YearMonth.of(2026, 1), Amount.ZERO)), List.of(), SEPTEMBER),
        "budget[0].month", "not in year 2025");
    assertBad(() -> BudgetEngine.track(List.of(),
        List.of(TrackingEntry.of(A, CHARGES_II_PERSONNEL, YearMonth.of(2024, 1), Amount.ZERO)), SEPTEMBER),
        "actual[0].month", "not in year 2025");
    assertBad(() -> BudgetEngine.track(List.of(),
        List.of(TrackingEntry.of(A, CHARGES_II_PERSONNEL, YEAR.atMonth(10), Amount.ZERO)), SEPTEMBER),
        "actual[0].month", "after the last closed month 2025-09");
  }
}
