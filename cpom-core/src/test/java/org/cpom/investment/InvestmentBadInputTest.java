package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.accounts.CompteNum;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

/**
 * The bad inputs of the investment issue's acceptance list, each rejected up front with a {@link
 * CpomValidationException} naming the field, the value and the rule: a component duration of 0, a mise en service
 * before the order date, a negative loan rate, a loan term of 0 and a PGFP of other than six years not stated.
 */
class InvestmentBadInputTest {
  private static final LocalDate DAY = LocalDate.of(2025, 7, 1);
  private static final CompteNum BUILDING = CompteNum.of("2131");

  private static CpomValidationException rejected(ThrowingCallable call) {
    CpomValidationException e = catchThrowableOfType(call, CpomValidationException.class);
    assertThat(e).as("a CpomValidationException").isNotNull();
    return e;
  }

  private static void assertViolation(CpomValidationException e, String field, String value, LegalBasis rule) {
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e.getMessage()).contains(field).contains(value);
  }

  @Test
  void aComponentDurationOfZero() {
    CpomValidationException e = rejected(() -> Composant.of("Bâtiment", BUILDING, Amount.of("1200000.00"), 0));
    assertViolation(e, "durationYears", "0", Articles.PLAN);
    assertThat(e.problem()).contains("1 to " + Composant.MAX_DURATION_YEARS);
    Composant ok = Composant.of("Bâtiment", BUILDING, Amount.of("1200000.00"), 1);
    assertThat(ok.durationYears()).isEqualTo(1);
    assertViolation(rejected(() -> ok.withTariffDuration(0)), "tariffDurationYears", "0", Articles.PLAN);
  }

  @Test
  void aMiseEnServiceBeforeTheOrderDate() {
    Immobilisation asset = Immobilisation.of("Extension IME", DAY,
        List.of(Composant.of("Bâtiment", BUILDING, Amount.of("1200000.00"), 30)));
    CpomValidationException e = rejected(() -> asset.withOrderDate(DAY.plusDays(1)));
    assertViolation(e, "miseEnService", "2025-07-01", Articles.PLAN);
    assertThat(e.problem()).contains("order date 2025-07-02");
    // the same day is allowed, and the asset rejected is unchanged
    assertThat(asset.withOrderDate(DAY).orderDate()).contains(DAY);
    assertThat(asset.orderDate()).isEmpty();
  }

  @Test
  void aNegativeLoanRate() {
    CpomValidationException e = rejected(() -> Emprunt.of(Amount.of("900000.00"), Rate.ofPercent("-0.01"), 20,
        Periodicity.YEARLY, LoanType.CONSTANT_ANNUITY, DAY));
    assertViolation(e, "annualRate", Rate.ofPercent("-0.01").toString(), InvestmentEngine.LOAN_RULE);
    assertThat(e.rule()).isEqualTo(LegalBasis.convention(Convention.LOAN_SCHEDULE));
    assertThat(e.problem()).contains("negative");
    assertThat(Emprunt.of(Amount.of("900000.00"), Rate.ZERO, 20, Periodicity.YEARLY, LoanType.CONSTANT_ANNUITY,
        DAY).annualRate()).isEqualTo(Rate.ZERO);
  }

  @Test
  void aLoanTermOfZero() {
    for (Periodicity p : Periodicity.values()) {
      CpomValidationException e = rejected(() -> Emprunt.of(Amount.of("900000.00"), Rate.ofPercent("3"), 0, p,
          LoanType.CONSTANT_ANNUITY, DAY, DAY.plusDays(5), DayCount.ACT_360));
      assertViolation(e, "periods", "0", InvestmentEngine.LOAN_RULE);
      assertThat(e.problem()).contains("1 to " + Emprunt.MAX_PERIODS);
    }
    assertViolation(rejected(() -> Emprunt.of(Amount.of("1.00"), Rate.ZERO, -1, Periodicity.MONTHLY,
        LoanType.IN_FINE, DAY)), "periods", "-1", InvestmentEngine.LOAN_RULE);
  }

  @Test
  void aBrokenPeriodBeforeTheDrawdownOrLongerThanOnePeriod() {
    LegalBasis rule = LegalBasis.convention(Convention.LOAN_BROKEN_PERIOD);
    assertViolation(rejected(() -> Emprunt.of(Amount.of("1000.00"), Rate.ofPercent("3"), 12, Periodicity.MONTHLY,
        LoanType.CONSTANT_ANNUITY, DAY, DAY.minusDays(1), DayCount.ACT_ACT_ISDA)), "firstRegularDate", "2025-06-30",
        rule);
    assertViolation(rejected(() -> Emprunt.of(Amount.of("1000.00"), Rate.ofPercent("3"), 12, Periodicity.QUARTERLY,
        LoanType.CONSTANT_ANNUITY, DAY, DAY.plusMonths(3).plusDays(1), DayCount.ACT_360)), "firstRegularDate",
        "2025-10-02", rule);
    // exactly one period is still a broken period
    assertThat(Emprunt.of(Amount.of("1000.00"), Rate.ofPercent("3"), 12, Periodicity.QUARTERLY,
        LoanType.CONSTANT_ANNUITY, DAY, DAY.plusMonths(3), DayCount.ACT_360).firstRegularDate())
        .isEqualTo(LocalDate.of(2025, 10, 1));
  }

  @Test
  void aPgfpOfOtherThanSixYearsNotStated() {
    List<PgfpYear> six = PgfpTest.years();
    for (List<PgfpYear> years : List.of(six.subList(0, 5), six.subList(0, 1), List.<PgfpYear>of())) {
      CpomValidationException e = rejected(() -> InvestmentEngine.pgfp(Amount.of("100000.00"),
          Amount.of("40000.00"), years));
      assertViolation(e, "years", String.valueOf(years.size()), Articles.PGFP);
      assertThat(e.problem()).contains("6 years").contains("state another length");
    }
    // stated, five years are a plan; a stated length the list does not hold is rejected by the stated rule
    assertThat(InvestmentEngine.pgfp(Amount.of("100000.00"), Amount.of("40000.00"), six.subList(0, 5), 5,
        Amount.ZERO).exercices()).hasSize(5);
    CpomValidationException e = rejected(() -> InvestmentEngine.pgfp(Amount.of("100000.00"),
        Amount.of("40000.00"), six, 5, Amount.ZERO));
    assertViolation(e, "years", "6", LegalBasis.convention(Convention.PGFP_HORIZON));
    assertViolation(rejected(() -> InvestmentEngine.pgfp(Amount.of("100000.00"), Amount.of("40000.00"), six, 0,
        Amount.ZERO)), "statedYears", "0", LegalBasis.convention(Convention.PGFP_HORIZON));
  }
}
