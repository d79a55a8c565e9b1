package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

/** Loans and their schedules as values: equality term by term, and the bounds of a loan's terms, both sides. */
class LoanValuesTest {
  private static final LocalDate DRAW = LocalDate.of(2025, 1, 10);
  private static final LocalDate FIRST = LocalDate.of(2025, 2, 1);

  private static Emprunt base() {
    return Emprunt.of(Amount.of("1000.00"), Rate.ofPercent("3"), 12, Periodicity.MONTHLY, LoanType.CONSTANT_ANNUITY,
        DRAW, FIRST, DayCount.ACT_360);
  }

  /** The base loan with each of its nine terms changed in turn. */
  private static List<Emprunt> variants() {
    Amount c = Amount.of("1000.00");
    Rate r = Rate.ofPercent("3");
    Periodicity m = Periodicity.MONTHLY;
    LoanType t = LoanType.CONSTANT_ANNUITY;
    return List.of(
        Emprunt.of(Amount.of("1000.01"), r, 12, m, t, DRAW, FIRST, DayCount.ACT_360),
        Emprunt.of(c, Rate.ofPercent("3.01"), 12, m, t, DRAW, FIRST, DayCount.ACT_360),
        Emprunt.of(c, r, 13, m, t, DRAW, FIRST, DayCount.ACT_360),
        Emprunt.of(c, r, 12, Periodicity.QUARTERLY, t, DRAW, FIRST, DayCount.ACT_360),
        Emprunt.of(c, r, 12, m, LoanType.IN_FINE, DRAW, FIRST, DayCount.ACT_360),
        Emprunt.of(c, r, 12, m, t, DRAW.plusDays(1), FIRST, DayCount.ACT_360),
        Emprunt.of(c, r, 12, m, t, DRAW, FIRST.plusDays(1), DayCount.ACT_360),
        Emprunt.of(c, r, 12, m, t, DRAW, FIRST, DayCount.THIRTY_360),
        base().withBrokenPeriodInterest(BrokenPeriodInterest.WITH_FIRST_INSTALMENT));
  }

  @Test
  void twoLoansAreEqualExactlyWhenEveryTermIs() {
    Emprunt a = base();
    assertThat(a).isEqualTo(base()).hasSameHashCodeAs(base());
    assertThat(a.withBrokenPeriodInterest(BrokenPeriodInterest.SEPARATE)).isEqualTo(a);
    assertThat(a).isNotEqualTo(null).isNotEqualTo("Emprunt");
    Set<Integer> hashes = new HashSet<>();
    hashes.add(a.hashCode());
    for (Emprunt v : variants()) {
      assertThat(v).as(v.toString()).isNotEqualTo(a);
      assertThat(a).as(v.toString()).isNotEqualTo(v);
      hashes.add(v.hashCode());
    }
    // the hash mixes every term: for these ten loans (fixed values, so a fixed outcome) no two collide
    assertThat(hashes).hasSize(10);
    assertThat(a.toString()).isEqualTo(
        "Emprunt[" + Amount.of("1000.00") + " at " + Rate.ofPercent("3") + ", 12 MONTHLY CONSTANT_ANNUITY, from "
            + "2025-01-10/2025-02-01 ACT_360 SEPARATE]");
  }

  @Test
  void twoSchedulesAreEqualExactlyWhenTheirLoansAre() {
    LoanSchedule s = InvestmentEngine.schedule(base());
    assertThat(s).isEqualTo(InvestmentEngine.schedule(base())).hasSameHashCodeAs(InvestmentEngine.schedule(base()));
    assertThat(s).isNotEqualTo(null).isNotEqualTo(s.lines());
    // without a broken period the option gives the same lines, yet the loans differ and so do the schedules
    Emprunt plain = Emprunt.of(Amount.of("1000.00"), Rate.ofPercent("3"), 12, Periodicity.MONTHLY,
        LoanType.CONSTANT_ANNUITY, DRAW);
    LoanSchedule p = InvestmentEngine.schedule(plain);
    LoanSchedule q = InvestmentEngine.schedule(plain.withBrokenPeriodInterest(
        BrokenPeriodInterest.WITH_FIRST_INSTALMENT));
    assertThat(q.lines()).isEqualTo(p.lines());
    assertThat(q).isNotEqualTo(p);
    assertThat(q.hashCode()).isNotEqualTo(p.hashCode());
    assertThat(s.hashCode()).isNotEqualTo(p.hashCode());
    assertThat(s.toString()).isEqualTo("LoanSchedule[" + base() + ", 13 lines]");
  }

  @Test
  void twoInstalmentsAreEqualExactlyWhenEveryAmountAndTheDateAre() {
    LocalDate day = LocalDate.of(2026, 1, 1);
    Amount one = Amount.of("1.00");
    Amount two = Amount.of("2.00");
    Echeance e = new Echeance(day, two, one, one, two, one);
    assertThat(e).isEqualTo(new Echeance(day, two, one, one, two, one))
        .hasSameHashCodeAs(new Echeance(day, two, one, one, two, one));
    assertThat(e).isNotEqualTo(null).isNotEqualTo(day);
    List<Echeance> others = List.of(new Echeance(day.plusDays(1), two, one, one, two, one),
        new Echeance(day, one, one, one, two, one), new Echeance(day, two, two, one, two, one),
        new Echeance(day, two, one, two, two, one), new Echeance(day, two, one, one, one, one),
        new Echeance(day, two, one, one, two, two));
    Set<Integer> hashes = new HashSet<>();
    hashes.add(e.hashCode());
    for (Echeance o : others) {
      assertThat(o).as(o.toString()).isNotEqualTo(e);
      hashes.add(o.hashCode());
    }
    assertThat(hashes).hasSize(7);
    assertThat(e.toString()).isEqualTo("Echeance[2026-01-01: before " + two + ", interest " + one + ", principal "
        + one + ", instalment " + two + ", after " + one + "]");
  }

  /**
   * At a zero rate no line bears interest, even where the last principal falls a cent short of the annuity:
   * 100.04 over 3 years is an annuity of 33.35 (33.3467 rounded), so 33.35, 33.35, then the remaining 33.34, with
   * no cent of interest to make up the annuity.
   */
  @Test
  void aZeroRateAnnuityNeverBearsInterest() {
    LoanSchedule s = InvestmentEngine.schedule(Emprunt.of(Amount.of("100.04"), Rate.ZERO, 3, Periodicity.YEARLY,
        LoanType.CONSTANT_ANNUITY, DRAW));
    assertThat(s.lines()).extracting(Echeance::principal)
        .containsExactly(Amount.of("33.35"), Amount.of("33.35"), Amount.of("33.34"));
    assertThat(s.lines()).extracting(Echeance::interest).containsOnly(Amount.ZERO);
    assertThat(s.lines().get(2).instalment()).isEqualTo(Amount.of("33.34"));
  }

  private static CpomValidationException rejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    CpomValidationException e = catchThrowableOfType(call, CpomValidationException.class);
    assertThat(e).as("a CpomValidationException").isNotNull();
    return e;
  }

  @Test
  void theRateRunsFromZeroToOneHundredPercentBothIncluded() {
    Emprunt full = Emprunt.of(Amount.of("100.00"), Rate.ONE, 1, Periodicity.YEARLY, LoanType.IN_FINE, DRAW);
    // 100 % over one year: 100.00 of interest on 100.00
    assertThat(InvestmentEngine.schedule(full).totalInterest()).isEqualTo(Amount.of("100.00"));
    CpomValidationException e = rejected(() -> Emprunt.of(Amount.of("100.00"), Rate.ofPercent("100.01"), 1,
        Periodicity.YEARLY, LoanType.IN_FINE, DRAW));
    assertThat(e.field()).isEqualTo("annualRate");
    assertThat(e.problem()).contains("at most 100 %");
  }

  @Test
  void theTermRunsFromOneToMaxPeriods() {
    Emprunt longest = Emprunt.of(Amount.of("1200.00"), Rate.ZERO, Emprunt.MAX_PERIODS, Periodicity.MONTHLY,
        LoanType.CONSTANT_AMORTISATION, DRAW);
    LoanSchedule s = InvestmentEngine.schedule(longest);
    assertThat(s.lines()).hasSize(1200).allSatisfy(l -> assertThat(l.principal()).isEqualTo(Amount.of("1.00")));
    assertThat(s.lines().get(1199).date()).isEqualTo(LocalDate.of(2125, 1, 10));
    CpomValidationException e = rejected(() -> Emprunt.of(Amount.of("1200.00"), Rate.ZERO, Emprunt.MAX_PERIODS + 1,
        Periodicity.MONTHLY, LoanType.CONSTANT_AMORTISATION, DRAW));
    assertThat(e.field()).isEqualTo("periods");
    assertThat(e.value()).isEqualTo("1201");
  }

  /**
   * The last instalment must fall in year 9999 at the latest: yearly from 1 January 9000, 999 instalments end on
   * 1 January 9999 (accepted), 1,000 on 1 January 10000 (rejected); monthly from 1 February 9999, eleven end on
   * 1 January 10000.
   */
  @Test
  void theLastInstalmentFallsBeforeYear10000() {
    LocalDate y9000 = LocalDate.of(9000, 1, 1);
    Emprunt last = Emprunt.of(Amount.of("999.00"), Rate.ofPercent("1"), 999, Periodicity.YEARLY,
        LoanType.CONSTANT_AMORTISATION, y9000);
    List<Echeance> lines = InvestmentEngine.schedule(last).lines();
    assertThat(lines.get(998).date()).isEqualTo(LocalDate.of(9999, 1, 1));
    assertThat(lines.get(998).outstandingAfter()).isEqualTo(Amount.ZERO);
    CpomValidationException e = rejected(() -> Emprunt.of(Amount.of("999.00"), Rate.ofPercent("1"), 1000,
        Periodicity.YEARLY, LoanType.CONSTANT_AMORTISATION, y9000));
    assertThat(e.field()).isEqualTo("periods");
    assertThat(e.value()).isEqualTo("1000");
    assertThat(e.problem()).contains("before year 10000");
    assertThat(Emprunt.of(Amount.of("10.00"), Rate.ZERO, 10, Periodicity.MONTHLY, LoanType.IN_FINE,
        LocalDate.of(9999, 2, 1)).periods()).isEqualTo(10);
    assertThat(rejected(() -> Emprunt.of(Amount.of("10.00"), Rate.ZERO, 11, Periodicity.MONTHLY, LoanType.IN_FINE,
        LocalDate.of(9999, 2, 1))).field()).isEqualTo("periods");
  }
}
