package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Random;
import org.cpom.CpomValidationException;
import org.cpom.accounts.CompteNum;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** Depreciation schedules, the tariff plan and the subsidy reprise: W17 and hand-checked edge cases. */
class DepreciationTest {
  static final CompteNum C213 = CompteNum.of("2131");
  static final CompteNum C215 = CompteNum.of("2154");

  static Amount eur(String s) {
    return Amount.of(s);
  }

  static Composant building() {
    return Composant.of("bâtiment", C213, eur("1200000.00"), 30);
  }

  static Composant equipment() {
    return Composant.of("équipement", C215, eur("100000.00"), 10);
  }

  static Immobilisation w17(LocalDate mes) {
    return Immobilisation.of("extension IME", mes, List.of(building(), equipment()));
  }

  @Test
  void w17FullYear() {
    AmortissementImmobilisation a = InvestmentEngine.depreciate(w17(LocalDate.of(2026, 1, 1)));
    PlanAmortissement b = a.composant("bâtiment").comptable();
    assertThat(b.lines()).hasSize(30);
    assertThat(b.dotationIn(Year.of(2026))).isEqualTo(eur("40000.00"));
    assertThat(b.dotationIn(Year.of(2055))).isEqualTo(eur("40000.00"));
    assertThat(b.dotationIn(Year.of(2056))).isEqualTo(Amount.ZERO);
    assertThat(b.vncAt(Year.of(2025))).isEqualTo(eur("1200000.00"));
    assertThat(b.vncAt(Year.of(2026))).isEqualTo(eur("1160000.00"));
    assertThat(b.vncAt(Year.of(2060))).isEqualTo(Amount.ZERO);
    assertThat(a.composant("équipement").dotationIn(Year.of(2026))).isEqualTo(eur("10000.00"));
    SubventionReprise s = InvestmentEngine.repriseSubvention(eur("300000.00"), b);
    assertThat(s.repriseIn(Year.of(2026))).isEqualTo(eur("10000.00"));
    // 40,000 + 10,000 - 10,000
    assertThat(a.dotationIn(Year.of(2026)).minus(s.repriseIn(Year.of(2026)))).isEqualTo(eur("40000.00"));
  }

  @Test
  void w17FirstJulyByMonths() {
    AmortissementImmobilisation a = InvestmentEngine.depreciate(w17(LocalDate.of(2026, 7, 1)), ProrataConvention.MONTHS);
    PlanAmortissement b = a.composant("bâtiment").comptable();
    SubventionReprise s = InvestmentEngine.repriseSubvention(eur("300000.00"), b);
    assertThat(b.dotationIn(Year.of(2026))).isEqualTo(eur("20000.00"));
    assertThat(a.composant("équipement").dotationIn(Year.of(2026))).isEqualTo(eur("5000.00"));
    assertThat(s.repriseIn(Year.of(2026))).isEqualTo(eur("5000.00"));
    assertThat(a.dotationIn(Year.of(2026)).minus(s.repriseIn(Year.of(2026)))).isEqualTo(eur("20000.00"));
    assertThat(b.lines()).hasSize(31);
    assertThat(b.dotationIn(Year.of(2056))).isEqualTo(eur("20000.00"));
    assertThat(s.repriseIn(Year.of(2056))).isEqualTo(eur("5000.00"));
    assertThat(s.remainingAt(Year.of(2056))).isEqualTo(Amount.ZERO);
    // 30/360 on 1 July: 180/360, the same half year
    assertThat(InvestmentEngine.depreciate(w17(LocalDate.of(2026, 7, 1)), ProrataConvention.DAYS_30_360)
        .dotationIn(Year.of(2026))).isEqualTo(eur("25000.00"));
  }

  @Test
  void byDaysInALeapYear() {
    // 2028 has 366 days; 1 July 2028 is day 183, so 184 days are left: 3,660.00 x 184/366 = 1,840.00
    Immobilisation i = Immobilisation.of("x", LocalDate.of(2028, 7, 1), List.of(Composant.of("c", C215, eur("3660.00"), 1)));
    PlanAmortissement p = InvestmentEngine.depreciate(i).composant("c").comptable();
    assertThat(p.lines()).extracting(AmortissementLigne::amount).containsExactly(eur("1840.00"), eur("1820.00"));
    // the same date in 2027 (365 days, 184 left): 3,650.00 x 184/365 = 1,840.00
    Immobilisation j = Immobilisation.of("x", LocalDate.of(2027, 7, 1), List.of(Composant.of("c", C215, eur("3650.00"), 1)));
    assertThat(InvestmentEngine.depreciate(j).dotationIn(Year.of(2027))).isEqualTo(eur("1840.00"));
  }

  @Test
  void thirtyFirstDecemberAndFirstJanuary() {
    Composant c = Composant.of("c", C215, eur("36500.00"), 10);
    PlanAmortissement dec = InvestmentEngine.depreciate(Immobilisation.of("x", LocalDate.of(2025, 12, 31), List.of(c)))
        .composant("c").comptable();
    // one day of 365: 3,650.00 / 365 = 10.00
    assertThat(dec.dotationIn(Year.of(2025))).isEqualTo(eur("10.00"));
    assertThat(dec.lines()).hasSize(11);
    assertThat(dec.dotationIn(Year.of(2035))).isEqualTo(eur("3640.00"));
    PlanAmortissement months = InvestmentEngine.depreciate(Immobilisation.of("x", LocalDate.of(2025, 12, 31), List.of(c)),
        ProrataConvention.MONTHS).composant("c").comptable();
    assertThat(months.dotationIn(Year.of(2025))).isEqualTo(eur("304.17"));
    PlanAmortissement jan = InvestmentEngine.depreciate(Immobilisation.of("x", LocalDate.of(2025, 1, 1), List.of(c)))
        .composant("c").comptable();
    assertThat(jan.lines()).hasSize(10).allMatch(l -> l.amount().equals(eur("3650.00")));
    assertThat(jan.lastYear()).isEqualTo(Year.of(2034));
  }

  @Test
  void fullYearFromTheNextYear() {
    PlanAmortissement p = InvestmentEngine.depreciate(w17(LocalDate.of(2026, 11, 15)), ProrataConvention.FULL_YEAR_NEXT)
        .composant("équipement").comptable();
    assertThat(p.dotationIn(Year.of(2026))).isEqualTo(Amount.ZERO);
    assertThat(p.firstYear()).isEqualTo(Year.of(2027));
    assertThat(p.lastYear()).isEqualTo(Year.of(2036));
    assertThat(p.lines()).allMatch(l -> l.amount().equals(eur("10000.00")));
  }

  @Test
  void aThirdCentGoesWhereTheCumulativeFallsAndTheSumIsExact() {
    Immobilisation i = Immobilisation.of("x", LocalDate.of(2025, 1, 1), List.of(Composant.of("c", C215, eur("100.00"), 3)));
    PlanAmortissement p = InvestmentEngine.depreciate(i).composant("c").comptable();
    // cumulatives 33.33, 66.67, 100.00
    assertThat(p.lines()).extracting(AmortissementLigne::amount)
        .containsExactly(eur("33.33"), eur("33.34"), eur("33.33"));
  }

  @Test
  void residualValueStaysAtTheEnd() {
    Composant c = Composant.of("c", C215, eur("1000.00"), 4).withResidual(eur("200.00"));
    PlanAmortissement p = InvestmentEngine.depreciate(Immobilisation.of("x", LocalDate.of(2025, 1, 1), List.of(c)))
        .composant("c").comptable();
    assertThat(p.dotationIn(Year.of(2025))).isEqualTo(eur("200.00"));
    assertThat(p.vncAt(Year.of(2028))).isEqualTo(eur("200.00"));
    assertThat(p.total()).isEqualTo(eur("800.00"));
  }

  @Test
  void aShorterTariffPlanBooksDerogatoryDepreciation() {
    Composant c = Composant.of("c", C215, eur("100000.00"), 10).withTariffDuration(5);
    AmortissementComposant a = InvestmentEngine.depreciate(Immobilisation.of("x", LocalDate.of(2025, 1, 1), List.of(c)))
        .composant("c");
    assertThat(a.tarif()).isPresent();
    assertThat(a.opposable().dotationIn(Year.of(2025))).isEqualTo(eur("20000.00"));
    assertThat(a.ecarts()).hasSize(10);
    AmortissementEcart first = a.ecartIn(Year.of(2025)).orElseThrow();
    assertThat(first.difference()).isEqualTo(eur("10000.00"));
    assertThat(first.nature()).isEqualTo(AmortissementEcart.Nature.DOTATION_DEROGATOIRE);
    assertThat(first.nature().debitAccount()).isEqualTo("68725");
    assertThat(first.nature().creditAccount()).isEqualTo("145");
    AmortissementEcart later = a.ecartIn(Year.of(2030)).orElseThrow();
    assertThat(later.difference()).isEqualTo(eur("-10000.00"));
    assertThat(later.nature()).isEqualTo(AmortissementEcart.Nature.REPRISE_DEROGATOIRE);
    assertThat(later.nature().creditAccount()).isEqualTo("78725");
    assertThat(Amount.total(a.ecarts().stream().map(AmortissementEcart::difference).toList())).isEqualTo(Amount.ZERO);
  }

  @Test
  void aLongerTariffPlanDefersTheExcessTo1161() {
    Composant c = Composant.of("c", C215, eur("100000.00"), 10).withTariffDuration(20);
    AmortissementComposant a = InvestmentEngine.depreciate(Immobilisation.of("x", LocalDate.of(2025, 1, 1), List.of(c)))
        .composant("c");
    AmortissementEcart first = a.ecartIn(Year.of(2025)).orElseThrow();
    assertThat(first.comptable()).isEqualTo(eur("10000.00"));
    assertThat(first.tarif()).isEqualTo(eur("5000.00"));
    assertThat(first.difference()).isEqualTo(eur("-5000.00"));
    assertThat(first.nature()).isEqualTo(AmortissementEcart.Nature.EXCEDENT_DIFFERE);
    assertThat(first.nature().debitAccount()).isEqualTo("1161");
    AmortissementEcart later = a.ecartIn(Year.of(2040)).orElseThrow();
    assertThat(later.difference()).isEqualTo(eur("5000.00"));
    assertThat(later.nature()).isEqualTo(AmortissementEcart.Nature.EXCEDENT_REPRIS);
    assertThat(a.ecarts()).hasSize(20);
    assertThat(Amount.total(a.ecarts().stream().map(AmortissementEcart::difference).toList())).isEqualTo(Amount.ZERO);
  }

  @Test
  void aSubsidyOverTheWholeAssetSumsExactly() {
    AmortissementImmobilisation a = InvestmentEngine.depreciate(w17(LocalDate.of(2026, 3, 17)));
    SubventionReprise s = InvestmentEngine.repriseSubvention(eur("333333.33"), a);
    assertThat(Amount.total(s.lines().stream().map(AmortissementLigne::amount).toList())).isEqualTo(eur("333333.33"));
    assertThat(s.lines()).allMatch(l -> !l.amount().isNegative());
  }

  @Test
  void badInputIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Composant.of("c", C215, eur("1.00"), 0)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("durationYears");
    assertThatThrownBy(() -> Composant.of("c", C215, eur("1.00"), -3)).hasMessageContaining("durationYears");
    assertThatThrownBy(() -> Composant.of("c", C215, eur("1.00"), 101)).hasMessageContaining("durationYears");
    assertThatThrownBy(() -> Composant.of("c", C215, Amount.ZERO, 5)).hasMessageContaining("gross");
    assertThatThrownBy(() -> Composant.of("c", C215, eur("-1.00"), 5)).hasMessageContaining("gross");
    assertThatThrownBy(() -> Composant.of("c", CompteNum.of("2111"), eur("1.00"), 5)).hasMessageContaining("account");
    assertThatThrownBy(() -> Composant.of("c", CompteNum.of("6061"), eur("1.00"), 5)).hasMessageContaining("account");
    assertThatThrownBy(() -> Composant.of(" ", C215, eur("1.00"), 5)).hasMessageContaining("label");
    assertThatThrownBy(() -> equipment().withResidual(eur("100000.01"))).hasMessageContaining("residual");
    assertThatThrownBy(() -> equipment().withResidual(eur("100000.00"))).hasMessageContaining("residual");
    assertThatThrownBy(() -> equipment().withResidual(eur("-0.01"))).hasMessageContaining("residual");
    assertThatThrownBy(() -> equipment().withTariffDuration(0)).hasMessageContaining("tariffDurationYears");
    assertThatThrownBy(() -> w17(LocalDate.of(2026, 1, 1)).withOrderDate(LocalDate.of(2026, 1, 2)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("miseEnService");
    assertThat(w17(LocalDate.of(2026, 1, 1)).withOrderDate(LocalDate.of(2026, 1, 1)).orderDate()).isPresent();
    assertThatThrownBy(() -> Immobilisation.of("x", null, List.of(equipment()))).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("miseEnService");
    assertThatThrownBy(() -> Immobilisation.of("x", LocalDate.of(2026, 1, 1), List.of()))
        .hasMessageContaining("composants");
    assertThatThrownBy(() -> Immobilisation.of("x", LocalDate.of(2026, 1, 1), List.of(equipment(), equipment())))
        .hasMessageContaining("composants");
    PlanAmortissement p = InvestmentEngine.depreciate(w17(LocalDate.of(2026, 1, 1))).composant("bâtiment").comptable();
    assertThatThrownBy(() -> InvestmentEngine.repriseSubvention(Amount.ZERO, p)).hasMessageContaining("subvention");
    assertThatThrownBy(() -> InvestmentEngine.repriseSubvention(eur("1200000.01"), p)).hasMessageContaining("subvention");
    assertThatThrownBy(() -> InvestmentEngine.depreciate(w17(LocalDate.of(2026, 1, 1))).composant("toit"))
        .hasMessageContaining("label");
  }

  @Test
  void anAssetsDatesFallIn1900To2200AndItsComponentsTotalALong() {
    assertThat(Immobilisation.of("x", LocalDate.of(1900, 1, 1), List.of(equipment())).miseEnService().getYear())
        .isEqualTo(1900);
    assertThat(Immobilisation.of("x", LocalDate.of(2200, 12, 31), List.of(equipment())).miseEnService().getYear())
        .isEqualTo(2200);
    assertThatThrownBy(() -> Immobilisation.of("x", LocalDate.of(1899, 12, 31), List.of(equipment())))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("miseEnService");
          assertThat(e.value()).isEqualTo("1899-12-31");
          assertThat(e.rule().toString()).contains("cpom:depreciation-schedule");
        });
    assertThatThrownBy(() -> Immobilisation.of("x", LocalDate.MAX, List.of(equipment())))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("miseEnService"));
    assertThatThrownBy(() -> Immobilisation.of("x", LocalDate.of(2026, 1, 1), List.of(equipment()))
        .withOrderDate(LocalDate.of(1899, 1, 1)))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("orderDate"));
    Amount half = Amount.ofCents(Long.MAX_VALUE / 2 + 1);
    assertThatThrownBy(() -> Immobilisation.of("x", LocalDate.of(2026, 1, 1),
        List.of(Composant.of("a", C215, half, 5), Composant.of("b", C215, half, 5))))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("composants"));
  }

  @Test
  void valuesCompareByValue() {
    assertThat(InvestmentEngine.depreciate(w17(LocalDate.of(2026, 7, 1))))
        .isEqualTo(InvestmentEngine.depreciate(w17(LocalDate.of(2026, 7, 1))))
        .hasSameHashCodeAs(InvestmentEngine.depreciate(w17(LocalDate.of(2026, 7, 1))))
        .isNotEqualTo(InvestmentEngine.depreciate(w17(LocalDate.of(2026, 7, 2))));
  }

  @Test
  void propertyEverySchedulesSumsExactly() {
    Random r = new Random(20261203L);
    ProrataConvention[] conventions = ProrataConvention.values();
    for (int i = 0; i < 10_000; i++) {
      long cents = 1 + (long) (r.nextDouble() * 10_000_000_000L);
      int years = 1 + r.nextInt(100);
      LocalDate mes = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(36890));
      ProrataConvention conv = conventions[i % conventions.length];
      Composant c = Composant.of("c", C215, Amount.ofCents(cents), years);
      if (cents > 1 && r.nextBoolean()) {
        c = c.withResidual(Amount.ofCents(r.nextLong(cents)));
      }
      if (r.nextInt(3) == 0) {
        c = c.withTariffDuration(1 + r.nextInt(100));
      }
      String seen = "case " + i + ": " + c + " " + mes + " " + conv;
      AmortissementComposant a = InvestmentEngine.depreciate(Immobilisation.of("x", mes, List.of(c)), conv).composant("c");
      for (PlanAmortissement p : a.tarif().isPresent() ? List.of(a.comptable(), a.tarif().get()) : List.of(a.comptable())) {
        assertThat(Amount.total(p.lines().stream().map(AmortissementLigne::amount).toList())).as(seen)
            .isEqualTo(c.depreciable());
        assertThat(p.lines()).as(seen).noneMatch(l -> l.amount().isNegative());
        assertThat(p.vncAt(p.lastYear())).as(seen).isEqualTo(c.residual());
      }
      Amount sub = Amount.ofCents(1 + r.nextLong(cents));
      SubventionReprise s = InvestmentEngine.repriseSubvention(sub, a.comptable());
      assertThat(Amount.total(s.lines().stream().map(AmortissementLigne::amount).toList())).as(seen).isEqualTo(sub);
      assertThat(s.lines()).as(seen).noneMatch(l -> l.amount().isNegative());
    }
  }
}
