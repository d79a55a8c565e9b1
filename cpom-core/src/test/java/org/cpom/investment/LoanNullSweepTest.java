package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.stream.Stream;
import org.cpom.NullSweep;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The null sweep of the loan types and of a PGFP year's builder: every public member names its null parameter. */
class LoanNullSweepTest {
  private static Emprunt loan() {
    return Emprunt.of(Amount.of("1000.00"), Rate.ofPercent("3"), 12, Periodicity.MONTHLY, LoanType.CONSTANT_ANNUITY,
        LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 1), DayCount.ACT_ACT_ISDA);
  }

  private static NullSweep sweep() {
    return new NullSweep()
        .sample(Amount.class, () -> Amount.of("10.00"))
        .sample(Rate.class, () -> Rate.ofPercent("3"))
        .sample(LocalDate.class, () -> LocalDate.of(2025, 1, 10))
        .sample(Year.class, () -> Year.of(2025))
        .sample(Periodicity.class, () -> Periodicity.MONTHLY)
        .sample(LoanType.class, () -> LoanType.CONSTANT_ANNUITY)
        .sample(DayCount.class, () -> DayCount.ACT_360)
        .sample(BrokenPeriodInterest.class, () -> BrokenPeriodInterest.WITH_FIRST_INSTALMENT)
        .sample(Emprunt.class, LoanNullSweepTest::loan)
        .sample(LoanSchedule.class, () -> InvestmentEngine.schedule(loan()))
        .sample(PgfpYear.Builder.class, PgfpYear::builder);
  }

  @TestFactory
  Stream<DynamicTest> nullSweep() {
    NullSweep s = sweep();
    return Stream.concat(s.sweep(Emprunt.class, LoanSchedule.class, Echeance.class, PgfpYear.Builder.class),
        Stream.of(s.emptyBuild("PgfpYear.builder()", () -> PgfpYear.builder().build())));
  }

  @Test
  void theSweepReachesEveryLoanFactory() {
    NullSweep s = sweep();
    // of(...) with eight arguments has seven references, of(...) with six has five, withBrokenPeriodInterest one
    assertThat(s.sweep(Emprunt.class).count()).isEqualTo(13);
    assertThat(s.skipped()).isEmpty();
  }
}
