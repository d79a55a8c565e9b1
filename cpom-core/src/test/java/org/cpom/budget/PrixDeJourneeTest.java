package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.budget.BbzTest.assertBad;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

class PrixDeJourneeTest {
  static final Year YEAR = Year.of(2025);
  static final Map<Year, Long> DAYS = Map.of(Year.of(2022), 13_900L, Year.of(2023), 14_100L, Year.of(2024), 14_000L);
  static final Amount CHARGES = Amount.of("2190000.00");
  static final Amount OTHER = Amount.of("90000.00");

  @Test
  void anEarlierSurplusOf20000GivesAPrixDeJourneeOf148Point57() {
    DayBasis days = DayBasis.averageOfPreviousYears(YEAR, DAYS);
    PrixDeJournee pj = BudgetEngine.prixDeJournee(CHARGES, IncorporatedResult.surplus(Amount.of("20000.00")), OTHER, days);
    // (2,190,000 - 20,000 - 90,000) / 14,000 = 148.5714...
    assertThat(pj.chargesToFund()).isEqualTo(Amount.of("2080000.00"));
    assertThat(pj.amount()).isEqualTo(Amount.of("148.57"));
    // the same, given as the signed amount added to the charges ("earlier result incorporated -20,000")
    assertThat(BudgetEngine.prixDeJournee(CHARGES, IncorporatedResult.ofChargeAdjustment(Amount.of("-20000.00")), OTHER, days).amount())
        .isEqualTo(Amount.of("148.57"));
    assertThat(days.kind()).isEqualTo(DayBasis.Kind.AVERAGE_OF_THREE_PREVIOUS_YEARS);
    assertThat(days.totalDays()).isEqualTo(42_000);
    assertThat(days.years()).isEqualTo(3);
    assertThat(days.averageDays()).isEqualByComparingTo("14000");
  }

  @Test
  void anEarlierDeficitRaisesIt() {
    DayBasis days = DayBasis.averageOfPreviousYears(YEAR, DAYS);
    PrixDeJournee pj = BudgetEngine.prixDeJournee(CHARGES, IncorporatedResult.deficit(Amount.of("20000.00")), OTHER, days);
    assertThat(pj.chargesToFund()).isEqualTo(Amount.of("2120000.00"));
    assertThat(pj.amount()).isEqualTo(Amount.of("151.43")); // 151.428...
    assertThat(BudgetEngine.prixDeJournee(CHARGES, IncorporatedResult.NONE, OTHER, days).amount()).isEqualTo(Amount.of("150.00"));
  }

  @Test
  void theTraceNamesR314113AndTheAllocationArticle() {
    PrixDeJournee pj = BudgetEngine.prixDeJournee(CHARGES, IncorporatedResult.surplus(Amount.of("20000.00")), OTHER,
        DayBasis.averageOfPreviousYears(YEAR, DAYS));
    assertThat(pj.trace().steps()).extracting(s -> s.amount()).containsExactly(CHARGES, Amount.of("-20000.00"),
        Amount.of("-90000.00"), Amount.of("2080000.00"), Amount.of("148.57"));
    assertThat(pj.trace().steps().get(1).basis().text()).isEqualTo("CASF R314-51 II 1°");
    assertThat(pj.trace().steps().get(4).basis().text()).isEqualTo("CASF R314-113");
    assertThat(pj.trace().steps().get(4).label())
        .isEqualTo("Prix de journée: charges to fund / 14000.00 days (average of the three previous years)");
    assertThat(BudgetEngine.prixDeJournee(CHARGES, IncorporatedResult.NONE, OTHER, DayBasis.forecast(14_560)).trace().steps().get(4)
        .label()).isEqualTo("Prix de journée: charges to fund / 14560.00 days (forecast days)");
    assertThat(BudgetEngine.prixDeJournee(CHARGES, IncorporatedResult.deficit(Amount.of("1.00")), OTHER, DayBasis.forecast(10))
        .trace().steps().get(1).basis().text()).isEqualTo("CASF R314-51 III");
    assertThat(BudgetEngine.prixDeJournee(CHARGES, IncorporatedResult.NONE, OTHER, DayBasis.forecast(10))
        .trace().steps().get(1).label()).isEqualTo("No earlier result");
    assertThat(pj.charges()).isEqualTo(CHARGES);
    assertThat(pj.otherRevenue()).isEqualTo(OTHER);
    assertThat(pj.earlierResult().isSurplus()).isTrue();
    assertThat(pj.days().totalDays()).isEqualTo(42_000);
    assertThat(pj.toString()).contains("148.57");
  }

  @Test
  void theAverageNeedNotBeWhole() {
    DayBasis days = DayBasis.averageOfPreviousYears(YEAR, Map.of(Year.of(2022), 1L, Year.of(2023), 1L, Year.of(2024), 2L));
    assertThat(days.averageDays()).isEqualByComparingTo("1.33");
    // 100.00 / (4 / 3) = 75.00 exactly, not 100 / 1.33 = 75.19
    assertThat(BudgetEngine.prixDeJournee(Amount.of("100.00"), IncorporatedResult.NONE, Amount.ZERO, days).amount())
        .isEqualTo(Amount.of("75.00"));
  }

  @Test
  void aYoungEsmsUsesForecastDays() {
    Map<Year, Long> partial = Map.of(Year.of(2023), 3_000L, Year.of(2024), 12_000L);
    DayBasis young = BudgetEngine.dayBasis(YEAR, LocalDate.of(2022, 1, 2), partial, 14_560L);
    assertThat(young.kind()).isEqualTo(DayBasis.Kind.FORECAST);
    assertThat(young.years()).isEqualTo(1);
    assertThat(young.totalDays()).isEqualTo(14_560);
    assertThat(BudgetEngine.prixDeJournee(CHARGES, IncorporatedResult.NONE, OTHER, young).amount())
        .isEqualTo(Amount.of("144.23")); // 2,100,000 / 14,560 = 144.2307...
    DayBasis old = BudgetEngine.dayBasis(YEAR, LocalDate.of(2022, 1, 1), DAYS, 14_560L);
    assertThat(old.kind()).isEqualTo(DayBasis.Kind.AVERAGE_OF_THREE_PREVIOUS_YEARS);
    assertThat(old).isEqualTo(DayBasis.averageOfPreviousYears(YEAR, DAYS)).hasSameHashCodeAs(DayBasis.averageOfPreviousYears(YEAR, DAYS));
    assertThat(old).isNotEqualTo(DayBasis.forecast(42_000));
    assertThat(old.hashCode()).isNotEqualTo(DayBasis.forecast(10).hashCode());
    assertThat(young.toString()).isEqualTo("FORECAST 14560.00 days");
  }

  @Test
  void incorporatedResultsSayWhichWayTheyGo() {
    assertThat(IncorporatedResult.surplus(Amount.of("5.00")).chargeAdjustment()).isEqualTo(Amount.of("-5.00"));
    assertThat(IncorporatedResult.deficit(Amount.of("5.00")).chargeAdjustment()).isEqualTo(Amount.of("5.00"));
    assertThat(IncorporatedResult.deficit(Amount.of("5.00")).isDeficit()).isTrue();
    assertThat(IncorporatedResult.deficit(Amount.of("5.00")).isSurplus()).isFalse();
    assertThat(IncorporatedResult.NONE.isDeficit()).isFalse();
    assertThat(IncorporatedResult.NONE.isSurplus()).isFalse();
    assertThat(IncorporatedResult.ofChargeAdjustment(Amount.of("-5.00"))).isEqualTo(IncorporatedResult.surplus(Amount.of("5.00")))
        .hasSameHashCodeAs(IncorporatedResult.surplus(Amount.of("5.00")));
    assertThat(IncorporatedResult.surplus(Amount.of("5.00"))).isNotEqualTo(IncorporatedResult.deficit(Amount.of("5.00")))
        .isNotEqualTo("surplus");
    assertThat(IncorporatedResult.surplus(Amount.of("5.00")).hashCode()).isNotEqualTo(IncorporatedResult.NONE.hashCode());
    assertThat(IncorporatedResult.surplus(Amount.of("5.00")).toString()).isEqualTo("surplus EUR 5.00");
    assertThat(IncorporatedResult.deficit(Amount.of("5.00")).toString()).isEqualTo("deficit EUR 5.00");
    assertThat(IncorporatedResult.NONE.toString()).isEqualTo("none");
  }

  @Test
  void badInputIsRejected() {
    assertBad(() -> IncorporatedResult.surplus(Amount.of("-1.00")), "surplus", "positive amount");
    assertBad(() -> IncorporatedResult.deficit(Amount.of("-1.00")), "deficit", "positive amount");
    assertBad(() -> DayBasis.averageOfPreviousYears(YEAR, Map.of(Year.of(2023), 1L, Year.of(2024), 1L)), "actualDays",
        "the actual days of 2022 are needed");
    assertBad(() -> DayBasis.averageOfPreviousYears(YEAR, Map.of(Year.of(2022), -1L, Year.of(2023), 1L, Year.of(2024), 1L)),
        "actualDays[2022]", "must not be negative");
    assertBad(() -> DayBasis.averageOfPreviousYears(YEAR, Map.of(Year.of(2022), 0L, Year.of(2023), 0L, Year.of(2024), 0L)),
        "actualDays", "no day");
    assertBad(() -> DayBasis.forecast(0), "forecastDays", "R314-113");
    DayBasis days = DayBasis.averageOfPreviousYears(YEAR, DAYS);
    assertBad(() -> BudgetEngine.prixDeJournee(Amount.of("-1.00"), IncorporatedResult.NONE, OTHER, days), "charges", "must not be negative");
    assertBad(() -> BudgetEngine.prixDeJournee(CHARGES, IncorporatedResult.NONE, Amount.of("-1.00"), days), "otherRevenue", "must not be negative");
    assertBad(() -> BudgetEngine.prixDeJournee(OTHER, IncorporatedResult.NONE, OTHER, days), "chargesToFund", "nothing to fund");
  }
}
