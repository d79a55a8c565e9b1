package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.cpom.CpomValidationException;
import org.cpom.accounts.CompteNum;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.trace.StepKind;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** PPI operations, their surcoûts (W17) and the PPI brought into the PGFP. */
class PpiSurcoutTest {
  static Amount a(String s) {
    return Amount.of(s);
  }

  static Immobilisation ime(LocalDate mes) {
    return Immobilisation.of("extension IME", mes, List.of(
        Composant.of("bâtiment", CompteNum.of("2131"), a("1200000.00"), 30),
        Composant.of("équipement", CompteNum.of("2154"), a("100000.00"), 10)));
  }

  static Emprunt loan(LocalDate drawdown) {
    return Emprunt.of(a("900000.00"), Rate.ofPercent("3"), 20, Periodicity.YEARLY, LoanType.CONSTANT_ANNUITY,
        drawdown);
  }

  /** W17 with everything on 1 January 2025: the building's subsidy, the loan drawn the same day. */
  static OperationInvestissement w17() {
    return OperationInvestissement.of("extension IME", LocalDate.of(2024, 3, 1), ime(LocalDate.of(2025, 1, 1)))
        .withSubvention(a("300000.00"), Year.of(2025), "bâtiment")
        .withEmprunt(loan(LocalDate.of(2025, 1, 1)));
  }

  @Test
  void w17FullYearSurcoutOfYearOne() {
    Surcout y1 = InvestmentEngine.surcouts(w17()).in(Year.of(2025));
    assertThat(y1.dotations()).isEqualTo(a("50000.00"));
    assertThat(y1.interets()).isEqualTo(a("27000.00"));
    assertThat(y1.repriseSubventions()).isEqualTo(a("10000.00"));
    assertThat(y1.repriseReserveCompensation()).isEqualTo(Amount.ZERO);
    // 40,000 + 10,000 - 10,000 + 27,000
    assertThat(y1.total()).isEqualTo(a("67000.00"));
    // year 2: the interest on 866,505.86 is 25,995.18
    assertThat(InvestmentEngine.surcouts(w17()).in(Year.of(2026)).total()).isEqualTo(a("65995.18"));
  }

  @Test
  void w17TraceShowsEachLineAndTheTotalInBothLanguages() {
    Surcout y1 = InvestmentEngine.surcouts(w17()).in(Year.of(2025));
    List<TraceStep> steps = y1.trace().steps();
    assertThat(steps).extracting(TraceStep::kind).containsExactly(StepKind.SURCOUT_DOTATIONS,
        StepKind.SURCOUT_INTERETS, StepKind.SURCOUT_REPRISE_SUBVENTIONS, StepKind.SURCOUT_REPRISE_RESERVE,
        StepKind.SURCOUT);
    assertThat(steps).extracting(TraceStep::amount).containsExactly(a("50000.00"), a("27000.00"), a("-10000.00"),
        Amount.ZERO, a("67000.00"));
    assertThat(y1.trace().render(Locale.FRENCH)).contains("extension IME : surcoût 2025")
        .contains("c/777").contains("67 000,00");
    assertThat(y1.trace().render(Locale.ENGLISH)).contains("extension IME: surcoût 2025");
  }

  @Test
  void w17FirstJulyMonthlyProrataNetDepreciationTwentyThousand() {
    OperationInvestissement o = OperationInvestissement.of("extension IME", ime(LocalDate.of(2025, 7, 1)))
        .withProrata(ProrataConvention.MONTHS)
        .withSubvention(a("300000.00"), Year.of(2025), "bâtiment");
    Surcout y1 = InvestmentEngine.surcouts(o).in(Year.of(2025));
    assertThat(y1.dotations().minus(y1.repriseSubventions())).isEqualTo(a("20000.00"));
    assertThat(y1.total()).isEqualTo(a("20000.00"));
  }

  @Test
  void grossNettingKeepsTheSubsidyReprise() {
    Surcout y1 = InvestmentEngine.surcouts(w17(), SubsidyNetting.GROSS).in(Year.of(2025));
    assertThat(y1.repriseSubventions()).isEqualTo(Amount.ZERO);
    assertThat(y1.total()).isEqualTo(a("77000.00"));
  }

  @Test
  void aRepriseOfTheCompensationReserveIsDeducted() {
    OperationInvestissement o = w17().withRepriseReserveCompensation(Year.of(2025), a("7000.00"));
    assertThat(InvestmentEngine.surcouts(o).in(Year.of(2025)).total()).isEqualTo(a("60000.00"));
    // a reprise beyond the asset's years extends the schedule with a negative surcoût
    OperationInvestissement late = w17().withRepriseReserveCompensation(Year.of(2060), a("1.00"));
    assertThat(InvestmentEngine.surcouts(late).in(Year.of(2060)).total()).isEqualTo(a("-1.00"));
  }

  @Test
  void theScheduleRunsWithoutGapsAndSumsItsLines() {
    Surcouts s = InvestmentEngine.surcouts(w17());
    assertThat(s.years().get(0).year()).isEqualTo(Year.of(2025));
    // the building ends in 2054, the loan's last period in 2044
    assertThat(s.years().get(s.years().size() - 1).year()).isEqualTo(Year.of(2054));
    assertThat(s.years()).hasSize(30);
    LoanSchedule l = InvestmentEngine.schedule(loan(LocalDate.of(2025, 1, 1)));
    // total: depreciation 1,300,000 less the subsidy 300,000 plus every interest
    assertThat(s.total()).isEqualTo(a("1000000.00").plus(l.totalInterest()));
    assertThat(s.in(Year.of(2070)).total()).isEqualTo(Amount.ZERO);
    assertThat(s.in(Year.of(2070)).trace().steps()).isEmpty();
  }

  @Test
  void aPpiSumsItsOperationsYearByYear() {
    OperationInvestissement vehicle = OperationInvestissement.of("véhicule adapté", Immobilisation.of("véhicule",
        LocalDate.of(2026, 1, 1), List.of(Composant.of("véhicule", CompteNum.of("2182"), a("40000.00"), 5))));
    Ppi ppi = Ppi.of(w17(), vehicle);
    Surcouts s = InvestmentEngine.surcouts(ppi);
    assertThat(s.label()).isEqualTo("PPI");
    assertThat(s.in(Year.of(2025)).total()).isEqualTo(a("67000.00"));
    assertThat(s.in(Year.of(2026)).total()).isEqualTo(a("73995.18"));
    assertThat(s.in(Year.of(2026)).trace().steps()).hasSize(11);
    assertThat(ppi.cost()).isEqualTo(a("1340000.00"));
    assertThat(ppi.spendingIn(Year.of(2026))).isEqualTo(a("40000.00"));
    assertThat(ppi.operation("véhicule adapté")).isEqualTo(vehicle);
    assertThat(InvestmentEngine.surcouts(Ppi.of()).years()).isEmpty();
  }

  @Test
  void theFinancingPlanSumsToTheCost() {
    OperationInvestissement o = w17().withExcedentsAffectes(a("50000.00"), Year.of(2025));
    assertThat(o.financementExterne()).isEqualTo(a("1250000.00"));
    assertThat(o.fondsDeRoulement()).isEqualTo(a("50000.00"));
    assertThat(o.cost()).isEqualTo(a("1300000.00"));
    assertThat(o.spending()).containsExactly(Map.entry(Year.of(2025), a("1300000.00")));
  }

  @Test
  void aFinancingAboveTheCostIsRejectedNamingTheLine() {
    assertThatThrownBy(() -> w17().withExcedentsAffectes(a("100000.01"), Year.of(2025)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("excedentsAffectes")
        .hasMessageContaining("R314-20");
    assertThatThrownBy(() -> w17().withSubvention(a("100000.01"), Year.of(2025)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("subventions");
    assertThatThrownBy(() -> w17().withSubvention(a("900000.01"), Year.of(2025), "bâtiment"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("subventions");
    assertThatThrownBy(() -> w17().withSubvention(a("1.00"), Year.of(2025), "toit"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("composant");
  }

  @Test
  void spendingByYearMustSumToTheCostAndNotPrecedeTheOrder() {
    OperationInvestissement o = w17().withSpending(Map.of(Year.of(2024), a("400000.00"), Year.of(2025),
        a("900000.00")));
    assertThat(o.spendingIn(Year.of(2024))).isEqualTo(a("400000.00"));
    assertThatThrownBy(() -> w17().withSpending(Map.of(Year.of(2024), a("400000.00"))))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("spending")
        .hasMessageContaining("cost");
    assertThatThrownBy(() -> w17().withSpending(Map.of(Year.of(2023), a("1300000.00"))))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("spending")
        .hasMessageContaining("order");
    assertThatThrownBy(() -> w17().withSpending(Map.of(Year.of(2024), a("1300000.00"), Year.of(2025), Amount.ZERO)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("spending");
  }

  @Test
  void aMiseEnServiceBeforeTheOrderIsRejected() {
    assertThatThrownBy(() -> OperationInvestissement.of("x", LocalDate.of(2026, 1, 2), ime(LocalDate.of(2026, 1, 1))))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("miseEnService");
  }

  @Test
  void twoOperationsOfOneLabelAreRejected() {
    assertThatThrownBy(() -> Ppi.of(w17(), w17())).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("operations").hasMessageContaining("extension IME");
    assertThatThrownBy(() -> Ppi.of(w17()).operation("nope")).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("label");
  }

  @Test
  void interestAccruesOverTheDaysOfEachPeriod() {
    // a yearly loan drawn on 1 July: each instalment's interest falls half in each year, by days
    LoanSchedule l = InvestmentEngine.schedule(Emprunt.of(a("100000.00"), Rate.ofPercent("3"), 2, Periodicity.YEARLY,
        LoanType.CONSTANT_AMORTISATION, LocalDate.of(2025, 7, 1)));
    // instalment 1 on 1 July 2026: 3,000.00 over 365 days, 184 in 2025 → 1,512.33; instalment 2: 1,500.00
    assertThat(InvestmentEngine.interetsCourus(l, Year.of(2025))).isEqualTo(a("1512.33"));
    // 2026: 3,000.00 − 1,512.33 + 1,500.00 × 184 / 365 (756.16)
    assertThat(InvestmentEngine.interetsCourus(l, Year.of(2026))).isEqualTo(a("2243.83"));
    assertThat(InvestmentEngine.interetsCourus(l, Year.of(2027))).isEqualTo(a("743.84"));
    assertThat(InvestmentEngine.interetsCourus(l, Year.of(2024))).isEqualTo(Amount.ZERO);
    assertThat(l.interestIn(Year.of(2025))).isEqualTo(Amount.ZERO);
  }

  @Test
  void accruedInterestSumsToTheLoansInterest() {
    Random r = new Random(20261203L);
    Periodicity[] ps = Periodicity.values();
    LoanType[] ts = LoanType.values();
    for (int i = 0; i < 10_000; i++) {
      Periodicity p = ps[r.nextInt(ps.length)];
      LocalDate drawdown = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3000));
      LocalDate first = drawdown.plusDays(r.nextInt(p.months() * 28 + 1));
      Emprunt e = Emprunt.of(Amount.ofCents(1 + r.nextInt(2_000_000_000)),
          Rate.ofPercent(String.valueOf(r.nextInt(900) / 100.0)), 1 + r.nextInt(40), p, ts[r.nextInt(ts.length)],
          drawdown, first, DayCount.values()[r.nextInt(DayCount.values().length)]);
      LoanSchedule l = InvestmentEngine.schedule(e);
      Amount sum = Amount.ZERO;
      int last = l.lines().get(l.lines().size() - 1).date().getYear();
      for (int y = drawdown.getYear(); y <= last; y++) {
        Amount part = InvestmentEngine.interetsCourus(l, Year.of(y));
        assertThat(part.isNegative()).as("loan %s year %s", e, y).isFalse();
        sum = sum.plus(part);
      }
      assertThat(sum).as("loan %s", e).isEqualTo(l.totalInterest());
    }
  }

  @Test
  void thePpiEntersThePgfpAndTheFrngMovesByItsApport() {
    List<PgfpYear> base = List.of(2025, 2026, 2027, 2028, 2029, 2030).stream()
        .map(y -> PgfpYear.builder().year(Year.of(y)).produitsDeLaTarification(a("5000000.00"))
            .chargesDecaissables(a("4800000.00")).bfr(a("-40000.00")).build())
        .toList();
    OperationInvestissement o = w17().withSpending(Map.of(Year.of(2024), a("300000.00"), Year.of(2025),
        a("1000000.00")));
    List<PgfpYear> years = InvestmentEngine.withPpi(base, Ppi.of(o));
    PgfpYear y25 = years.get(0);
    assertThat(y25.acquisitions()).isEqualTo(a("1000000.00"));
    assertThat(y25.subventions()).isEqualTo(a("300000.00"));
    assertThat(y25.emprunts()).isEqualTo(a("900000.00"));
    assertThat(y25.remboursementsCapital()).isEqualTo(Amount.ZERO);
    assertThat(y25.dotations()).isEqualTo(a("50000.00"));
    assertThat(y25.repriseSubventions()).isEqualTo(a("10000.00"));
    assertThat(y25.chargesDecaissables()).isEqualTo(a("4827000.00"));
    PgfpYear y26 = years.get(1);
    assertThat(y26.acquisitions()).isEqualTo(Amount.ZERO);
    assertThat(y26.emprunts()).isEqualTo(Amount.ZERO);
    // the first instalment falls on 1 January 2026
    assertThat(y26.remboursementsCapital()).isEqualTo(a("33494.14"));
    assertThat(y26.chargesDecaissables()).isEqualTo(a("4825995.18"));
    Pgfp plan = InvestmentEngine.pgfp(a("600000.00"), a("-40000.00"), years);
    Amount frng = plan.frngOuverture();
    for (PgfpExercice e : plan.exercices()) {
      assertThat(e.frng()).isEqualTo(frng.plus(e.apport()));
      frng = e.frng();
    }
    // 2025: CAF 200,000 − 27,000 = 173,000; resources 173,000 + 300,000 + 900,000; uses 1,000,000
    assertThat(plan.exercice(Year.of(2025)).caf()).isEqualTo(a("173000.00"));
    assertThat(plan.exercice(Year.of(2025)).apport()).isEqualTo(a("373000.00"));
    // the years stay as given when the PPI is empty
    assertThat(InvestmentEngine.withPpi(base, Ppi.of())).isEqualTo(base);
  }
}
