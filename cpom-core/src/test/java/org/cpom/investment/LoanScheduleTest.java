package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

class LoanScheduleTest {
  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private static Amount a(String s) {
    return Amount.of(s);
  }

  private static List<Echeance> yearly(String c, String pct, int n, LoanType type) {
    return InvestmentEngine.schedule(
        Emprunt.of(a(c), Rate.ofPercent(pct), n, Periodicity.YEARLY, type, START)).lines();
  }

  @Test
  void w2ConstantAnnuityKeepsTheAnnuityOnTheLastInstalment() {
    List<Echeance> l = yearly("20000.00", "5", 4, LoanType.CONSTANT_ANNUITY);
    assertThat(l).extracting(Echeance::instalment).containsOnly(a("5640.24"));
    assertThat(l).extracting(Echeance::interest).containsExactly(a("1000.00"), a("767.99"), a("524.38"), a("268.59"));
    assertThat(l).extracting(Echeance::outstandingAfter)
        .containsExactly(a("15359.76"), a("10487.51"), a("5371.65"), a("0.00"));
    assertThat(l.get(3).principal()).isEqualTo(a("5371.65"));
    assertThat(l.get(0).date()).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void w3ConstantAmortisation() {
    List<Echeance> l = yearly("400000.00", "3", 5, LoanType.CONSTANT_AMORTISATION);
    assertThat(l).extracting(Echeance::principal).containsOnly(a("80000.00"));
    assertThat(l).extracting(Echeance::instalment)
        .containsExactly(a("92000.00"), a("89600.00"), a("87200.00"), a("84800.00"), a("82400.00"));
  }

  @Test
  void w17TwentyYearsAtThreePercent() {
    LoanSchedule s = InvestmentEngine.schedule(Emprunt.of(a("900000.00"), Rate.ofPercent("3"), 20,
        Periodicity.YEARLY, LoanType.CONSTANT_ANNUITY, LocalDate.of(2025, 1, 1)));
    Echeance y1 = s.lines().get(0);
    assertThat(y1.instalment()).isEqualTo(a("60494.14"));
    assertThat(y1.interest()).isEqualTo(a("27000.00"));
    assertThat(y1.principal()).isEqualTo(a("33494.14"));
    assertThat(y1.outstandingAfter()).isEqualTo(a("866505.86"));
    assertThat(s.lines().get(1).interest()).isEqualTo(a("25995.18"));
    assertThat(s.lines().get(1).principal()).isEqualTo(a("34498.96"));
    assertThat(s.totalPrincipal()).isEqualTo(a("900000.00"));
    assertThat(s.totalInstalments()).isEqualTo(s.totalPrincipal().plus(s.totalInterest()));
    assertThat(s.interestIn(Year.of(2026))).isEqualTo(a("27000.00"));
    assertThat(s.principalIn(Year.of(2027))).isEqualTo(a("34498.96"));
    assertThat(s.outstandingAt(LocalDate.of(2026, 12, 31))).isEqualTo(a("866505.86"));
    assertThat(s.outstandingAt(LocalDate.of(2024, 12, 31))).isEqualTo(Amount.ZERO);
    assertThat(s.outstandingAt(LocalDate.of(2045, 1, 1))).isEqualTo(Amount.ZERO);
  }

  private static LoanSchedule wl1(DayCount dc) {
    return InvestmentEngine.schedule(Emprunt.of(a("100000.00"), Rate.ofPercent("3.6"), 120, Periodicity.MONTHLY,
        LoanType.CONSTANT_ANNUITY, LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 5), dc));
  }

  @Test
  void wl1BrokenPeriodByDayCountThenTwoMonths() {
    assertThat(wl1(DayCount.ACT_365_FIXED).lines().get(0).interest()).isEqualTo(a("157.81"));
    assertThat(wl1(DayCount.ACT_360).lines().get(0).interest()).isEqualTo(a("160.00"));
    LoanSchedule s = wl1(DayCount.THIRTY_360);
    assertThat(s.lines().get(0).interest()).isEqualTo(a("150.00"));
    assertThat(s.lines().get(0).principal()).isEqualTo(Amount.ZERO);
    assertThat(s.lines().get(0).date()).isEqualTo(LocalDate.of(2025, 4, 5));
    Echeance m1 = s.lines().get(1);
    assertThat(m1.date()).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(m1.instalment()).isEqualTo(a("993.55"));
    assertThat(m1.interest()).isEqualTo(a("300.00"));
    assertThat(m1.principal()).isEqualTo(a("693.55"));
    assertThat(m1.outstandingAfter()).isEqualTo(a("99306.45"));
    Echeance m2 = s.lines().get(2);
    assertThat(m2.interest()).isEqualTo(a("297.92"));
    assertThat(m2.principal()).isEqualTo(a("695.63"));
    assertThat(m2.outstandingAfter()).isEqualTo(a("98610.82"));
    assertThat(s.lines()).hasSize(121);
    assertThat(s.totalPrincipal()).isEqualTo(a("100000.00"));
  }

  @Test
  void leapYearBrokenPeriodCountsThe29thOfFebruary() {
    LoanSchedule s = InvestmentEngine.schedule(Emprunt.of(a("36500.00"), Rate.ofPercent("10"), 12,
        Periodicity.MONTHLY, LoanType.CONSTANT_ANNUITY, LocalDate.of(2028, 2, 20), LocalDate.of(2028, 3, 1),
        DayCount.ACT_365_FIXED));
    // 10 days (20 Feb to 1 Mar 2028, the 29th included): 36,500 x 10 % x 10 / 365 = 100.00
    assertThat(s.lines().get(0).interest()).isEqualTo(a("100.00"));
    LoanSchedule t = InvestmentEngine.schedule(Emprunt.of(a("36000.00"), Rate.ofPercent("10"), 12,
        Periodicity.MONTHLY, LoanType.CONSTANT_ANNUITY, LocalDate.of(2028, 2, 20), LocalDate.of(2028, 3, 1),
        DayCount.THIRTY_360));
    // 30/360: 11 days (20 to 30 of a 30-day February, then 1 March): 36,000 x 10 % x 11 / 360 = 110.00
    assertThat(t.lines().get(0).interest()).isEqualTo(a("110.00"));
  }

  private static Amount broken(String capital, String pct, Periodicity p, LocalDate from, LocalDate to, DayCount dc) {
    LoanSchedule s = InvestmentEngine.schedule(Emprunt.of(a(capital), Rate.ofPercent(pct), 12, p,
        LoanType.CONSTANT_ANNUITY, from, to, dc));
    assertThat(s.lines().get(0).principal()).isEqualTo(Amount.ZERO);
    assertThat(s.lines().get(0).date()).isEqualTo(to);
    return s.lines().get(0).interest();
  }

  /**
   * ACT/ACT ISDA over 31 December of the leap year 2024: 100,000.00 at 3.6 % from 20 December 2024 to 5 January
   * 2025 is 12 days of 2024 (20 to 31 December) over 366 and 4 of 2025 (1 to 4 January) over 365: 3,600 × (12/366 +
   * 4/365) = 118.0328 + 39.4521 = 157.4848, so 157.48; the same 16 days give 157.81 on ACT/365, 160.00 on ACT/360,
   * and 30/360 counts 15 days, 150.00. The other way round, 2023 to 2024: 3,600 × (12/365 + 4/366) = 118.3562 +
   * 39.3443 = 157.70.
   */
  @Test
  void actActIsdaSplitsABrokenPeriodOverTheYearEnd() {
    LocalDate from = LocalDate.of(2024, 12, 20);
    LocalDate to = LocalDate.of(2025, 1, 5);
    assertThat(broken("100000.00", "3.6", Periodicity.MONTHLY, from, to, DayCount.ACT_ACT_ISDA)).isEqualTo(a("157.48"));
    assertThat(broken("100000.00", "3.6", Periodicity.MONTHLY, from, to, DayCount.ACT_365_FIXED))
        .isEqualTo(a("157.81"));
    assertThat(broken("100000.00", "3.6", Periodicity.MONTHLY, from, to, DayCount.ACT_360)).isEqualTo(a("160.00"));
    assertThat(broken("100000.00", "3.6", Periodicity.MONTHLY, from, to, DayCount.THIRTY_360)).isEqualTo(a("150.00"));
    assertThat(broken("100000.00", "3.6", Periodicity.MONTHLY, from.minusYears(1), to.minusYears(1),
        DayCount.ACT_ACT_ISDA)).isEqualTo(a("157.70"));
  }

  /**
   * ACT/ACT ISDA inside one year: 10 days of the leap year 2028 (20 February to 1 March) on 36,600.00 at 10 % is
   * 3,660 × 10/366 = 100.00 (ACT/365 would give 100.27); the 16 days of W-L1 in 2025 give ACT/365's 157.81. A year
   * from 1 July 2023 to 1 July 2024: 184 days of 2023 over 365 and 182 of 2024 over 366, 3,600 × (0.504110 +
   * 0.497268) = 3,604.9585, so 3,604.96, where ACT/365 takes 366 days: 3,609.86.
   */
  @Test
  void actActIsdaInsideOneYearAndOverAWholeYear() {
    assertThat(broken("36600.00", "10", Periodicity.MONTHLY, LocalDate.of(2028, 2, 20), LocalDate.of(2028, 3, 1),
        DayCount.ACT_ACT_ISDA)).isEqualTo(a("100.00"));
    assertThat(broken("36600.00", "10", Periodicity.MONTHLY, LocalDate.of(2028, 2, 20), LocalDate.of(2028, 3, 1),
        DayCount.ACT_365_FIXED)).isEqualTo(a("100.27"));
    assertThat(wl1(DayCount.ACT_ACT_ISDA).lines().get(0).interest()).isEqualTo(a("157.81"));
    assertThat(broken("100000.00", "3.6", Periodicity.YEARLY, LocalDate.of(2023, 7, 1), LocalDate.of(2024, 7, 1),
        DayCount.ACT_ACT_ISDA)).isEqualTo(a("3604.96"));
    assertThat(broken("100000.00", "3.6", Periodicity.YEARLY, LocalDate.of(2023, 7, 1), LocalDate.of(2024, 7, 1),
        DayCount.ACT_365_FIXED)).isEqualTo(a("3609.86"));
    assertThat(DayCount.ACT_ACT_ISDA.label(Locale.ENGLISH)).contains("ACT/ACT ISDA");
    assertThat(DayCount.ACT_ACT_ISDA.label(Locale.FRENCH)).contains("exact/exact");
  }

  /**
   * W-L1 on 30/360 with the broken period's 150.00 paid with the first instalment: no separate line; the first
   * regular line (5 May 2025) pays 300.00 + 150.00 = 450.00 of interest and the same 693.55 of principal, so
   * 1,143.55, and leaves 99,306.45 as before; the second is unchanged (297.92 + 695.63); the total interest is the
   * same both ways.
   */
  @Test
  void brokenPeriodInterestPaidWithTheFirstInstalment() {
    LoanSchedule apart = wl1(DayCount.THIRTY_360);
    LoanSchedule s = InvestmentEngine.schedule(
        apart.loan().withBrokenPeriodInterest(BrokenPeriodInterest.WITH_FIRST_INSTALMENT));
    assertThat(s.lines()).hasSize(120);
    Echeance m1 = s.lines().get(0);
    assertThat(m1.date()).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(m1.outstandingBefore()).isEqualTo(a("100000.00"));
    assertThat(m1.interest()).isEqualTo(a("450.00"));
    assertThat(m1.principal()).isEqualTo(a("693.55"));
    assertThat(m1.instalment()).isEqualTo(a("1143.55"));
    assertThat(m1.outstandingAfter()).isEqualTo(a("99306.45"));
    assertThat(s.lines().get(1)).isEqualTo(apart.lines().get(2));
    assertThat(s.lines().subList(1, 120)).isEqualTo(apart.lines().subList(2, 121));
    assertThat(s.brokenPeriodInterest()).isEqualTo(a("150.00"));
    assertThat(apart.brokenPeriodInterest()).isEqualTo(a("150.00"));
    assertThat(s.totalInterest()).isEqualTo(apart.totalInterest());
    assertThat(s.totalPrincipal()).isEqualTo(a("100000.00"));
    assertThat(apart.loan().brokenPeriodInterest()).isEqualTo(BrokenPeriodInterest.SEPARATE);
    assertThat(s.loan()).isNotEqualTo(apart.loan());
    assertThat(s.loan().toString()).contains("WITH_FIRST_INSTALMENT");
    assertThat(s).isNotEqualTo(apart);
  }

  /**
   * One yearly instalment, 10,000.00 at 4 %, funds on 1 January 2025, the regular year from 1 April 2025: 90 days
   * on ACT/365 = 10,000 × 4 % × 90/365 = 98.63. Apart, 98.63 of interest on 1 April 2025, then 400.00 + 10,000.00
   * on 1 April 2026; with the instalment, 498.63 + 10,000.00 on 1 April 2026 and nothing in 2025. The single
   * constant annuity is 10,400.00 and keeps its 400.00 of interest before the broken period's is added.
   */
  @Test
  void brokenPeriodInterestMovesItsExerciceNotItsAmount() {
    for (LoanType type : List.of(LoanType.IN_FINE, LoanType.CONSTANT_ANNUITY, LoanType.CONSTANT_AMORTISATION)) {
      Emprunt loan = Emprunt.of(a("10000.00"), Rate.ofPercent("4"), 1, Periodicity.YEARLY, type,
          LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1), DayCount.ACT_365_FIXED);
      LoanSchedule apart = InvestmentEngine.schedule(loan);
      assertThat(apart.lines()).extracting(Echeance::interest).as(type.name())
          .containsExactly(a("98.63"), a("400.00"));
      assertThat(apart.interestIn(Year.of(2025))).isEqualTo(a("98.63"));
      LoanSchedule with = InvestmentEngine.schedule(
          loan.withBrokenPeriodInterest(BrokenPeriodInterest.WITH_FIRST_INSTALMENT));
      assertThat(with.lines()).hasSize(1);
      Echeance only = with.lines().get(0);
      assertThat(only.date()).isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(only.interest()).as(type.name()).isEqualTo(a("498.63"));
      assertThat(only.principal()).isEqualTo(a("10000.00"));
      assertThat(only.instalment()).isEqualTo(a("10498.63"));
      assertThat(only.outstandingAfter()).isEqualTo(Amount.ZERO);
      assertThat(with.interestIn(Year.of(2025))).isEqualTo(Amount.ZERO);
      assertThat(with.interestIn(Year.of(2026))).isEqualTo(a("498.63"));
      assertThat(with.totalInterest()).isEqualTo(apart.totalInterest());
    }
  }

  @Test
  void withoutABrokenPeriodTheOptionChangesNoLine() {
    Emprunt loan = Emprunt.of(a("20000.00"), Rate.ofPercent("5"), 4, Periodicity.YEARLY, LoanType.CONSTANT_ANNUITY,
        START);
    LoanSchedule with = InvestmentEngine.schedule(
        loan.withBrokenPeriodInterest(BrokenPeriodInterest.WITH_FIRST_INSTALMENT));
    assertThat(with.lines()).isEqualTo(InvestmentEngine.schedule(loan).lines());
    assertThat(with.brokenPeriodInterest()).isEqualTo(Amount.ZERO);
    assertThat(with.lines().get(0).interest()).isEqualTo(a("1000.00"));
    assertThatThrownBy(() -> loan.withBrokenPeriodInterest(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("payment");
    assertThat(BrokenPeriodInterest.SEPARATE.label(Locale.FRENCH)).startsWith("intérêts intercalaires");
    assertThat(BrokenPeriodInterest.WITH_FIRST_INSTALMENT.label(Locale.ENGLISH))
        .isEqualTo("broken-period interest added to the first instalment");
    assertThat(BrokenPeriodInterest.WITH_FIRST_INSTALMENT.basis())
        .isEqualTo(org.cpom.LegalBasis.convention(org.cpom.Convention.LOAN_BROKEN_PERIOD));
  }

  @Test
  void inFineQuarterlyPaysInterestThenAllThePrincipal() {
    LoanSchedule s = InvestmentEngine.schedule(Emprunt.of(a("10000.00"), Rate.ofPercent("4"), 4,
        Periodicity.QUARTERLY, LoanType.IN_FINE, LocalDate.of(2025, 1, 31)));
    assertThat(s.lines()).extracting(Echeance::interest).containsOnly(a("100.00"));
    assertThat(s.lines()).extracting(Echeance::principal)
        .containsExactly(Amount.ZERO, Amount.ZERO, Amount.ZERO, a("10000.00"));
    assertThat(s.lines()).extracting(Echeance::date).containsExactly(LocalDate.of(2025, 4, 30),
        LocalDate.of(2025, 7, 31), LocalDate.of(2025, 10, 31), LocalDate.of(2026, 1, 31));
  }

  @Test
  void zeroRateRepaysThePrincipalInEqualPartsTheLastAdjusted() {
    List<Echeance> l = yearly("100.00", "0", 3, LoanType.CONSTANT_ANNUITY);
    assertThat(l).extracting(Echeance::principal).containsExactly(a("33.33"), a("33.33"), a("33.34"));
    assertThat(l).extracting(Echeance::interest).containsOnly(Amount.ZERO);
    List<Echeance> m = yearly("100.00", "0", 3, LoanType.CONSTANT_AMORTISATION);
    assertThat(m).extracting(Echeance::instalment).containsExactly(a("33.33"), a("33.33"), a("33.34"));
  }

  @Test
  void monthlyDatesGoBackToThe31st() {
    LoanSchedule s = InvestmentEngine.schedule(Emprunt.of(a("3000.00"), Rate.ofPercent("1"), 3,
        Periodicity.MONTHLY, LoanType.CONSTANT_AMORTISATION, LocalDate.of(2027, 12, 31)));
    assertThat(s.lines()).extracting(Echeance::date).containsExactly(LocalDate.of(2028, 1, 31),
        LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31));
  }

  @Test
  void badInputIsRejectedNamingTheField() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertThatThrownBy(() -> Emprunt.of(a("1.00"), Rate.ZERO, 0, Periodicity.YEARLY, LoanType.IN_FINE, d))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("periods");
    assertThatThrownBy(() -> Emprunt.of(a("1.00"), Rate.ofPercent("-1"), 1, Periodicity.YEARLY,
        LoanType.IN_FINE, d)).isInstanceOf(CpomValidationException.class).hasMessageContaining("annualRate");
    assertThatThrownBy(() -> Emprunt.of(Amount.ZERO, Rate.ZERO, 1, Periodicity.YEARLY, LoanType.IN_FINE, d))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("principal");
    assertThatThrownBy(() -> Emprunt.of(a("1.00"), Rate.ZERO, 1, Periodicity.MONTHLY, LoanType.IN_FINE, d,
        d.minusDays(1), DayCount.ACT_360)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("firstRegularDate");
    assertThatThrownBy(() -> Emprunt.of(a("1.00"), Rate.ZERO, 1, Periodicity.MONTHLY, LoanType.IN_FINE, d,
        d.plusMonths(1).plusDays(1), DayCount.ACT_360)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("firstRegularDate");
    assertThatThrownBy(() -> Emprunt.of(null, Rate.ZERO, 1, Periodicity.MONTHLY, LoanType.IN_FINE, d))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("principal");
    assertThatThrownBy(() -> InvestmentEngine.schedule(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("loan");
  }

  @Test
  void labelsInFrenchAndEnglish() {
    assertThat(LoanType.CONSTANT_ANNUITY.label(Locale.FRENCH)).isEqualTo("annuités constantes");
    assertThat(Periodicity.QUARTERLY.label(Locale.ENGLISH)).isEqualTo("quarterly");
    assertThat(DayCount.ACT_360.label(Locale.FRENCH)).isEqualTo("jours exacts sur 360");
  }

  @Test
  void everyScheduleRepaysTheLoanExactly() {
    long seed = 20261203L;
    Random r = new Random(seed);
    for (int c = 0; c < 10_000; c++) {
      Amount p = Amount.ofCents(1 + (long) (r.nextDouble() * r.nextDouble() * 10_000_000_000L));
      Rate rate = Rate.ofPercent(java.math.BigDecimal.valueOf(r.nextInt(1501), 2));
      int n = 1 + r.nextInt(480);
      Periodicity per = Periodicity.values()[r.nextInt(3)];
      LoanType type = LoanType.values()[r.nextInt(3)];
      DayCount dc = DayCount.values()[r.nextInt(DayCount.values().length)];
      LocalDate draw = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3000));
      LocalDate first = draw.plusDays(r.nextInt(28));
      BrokenPeriodInterest pay = BrokenPeriodInterest.values()[r.nextInt(2)];
      LoanSchedule s = InvestmentEngine.schedule(
          Emprunt.of(p, rate, n, per, type, draw, first, dc).withBrokenPeriodInterest(pay));
      String ctx = "seed " + seed + " case " + c + " " + s.loan();
      BrokenPeriodInterest other = pay == BrokenPeriodInterest.SEPARATE ? BrokenPeriodInterest.WITH_FIRST_INSTALMENT
          : BrokenPeriodInterest.SEPARATE;
      assertThat(InvestmentEngine.schedule(s.loan().withBrokenPeriodInterest(other)).totalInterest()).as(ctx)
          .isEqualTo(s.totalInterest());
      assertThat(s.totalPrincipal()).as(ctx).isEqualTo(p);
      Amount out = p;
      for (Echeance e : s.lines()) {
        assertThat(e.outstandingBefore()).as(ctx).isEqualTo(out);
        assertThat(e.instalment()).as(ctx).isEqualTo(e.interest().plus(e.principal()));
        assertThat(e.interest().isNegative() || e.principal().isNegative()).as(ctx).isFalse();
        out = e.outstandingAfter();
        assertThat(out.isNegative()).as(ctx).isFalse();
      }
      assertThat(out).as(ctx).isEqualTo(Amount.ZERO);
    }
  }

  /**
   * 1.50 at 4 % a year, monthly: 1.50 × 0.04 / 12 = 0.005 exactly, half a cent, which rounds up to 0.01; a periodic
   * rate rounded first (0.00333…) would give 0.00. In fine over two months: interest 0.01 each month.
   */
  @Test
  void anExactHalfCentOfInterestRoundsUp() {
    LoanSchedule s = InvestmentEngine.schedule(Emprunt.of(Amount.of("1.50"), Rate.ofPercent("4"), 2,
        Periodicity.MONTHLY, LoanType.IN_FINE, LocalDate.of(2026, 1, 15)));
    assertThat(s.lines()).extracting(Echeance::interest).containsExactly(Amount.of("0.01"), Amount.of("0.01"));
  }
}
