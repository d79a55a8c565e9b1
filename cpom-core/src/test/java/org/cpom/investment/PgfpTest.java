package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cpom.CpomValidationException;
import org.cpom.Violation;
import org.cpom.contract.CompteKind;
import org.cpom.finance.EprdCompteDeResultat;
import org.cpom.finance.EprdForecast;
import org.cpom.finance.FinanceEngine;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/**
 * The PGFP over six sliding years.
 *
 * <p>The hand-checked trajectory {@link #plan()}: FRNG at 31/12/2024 100,000.00, BFR 40,000.00. Every year:
 * tarification 1,000,000.00, other produits 50,000.00, charges décaissables 980,000.00, dotations 60,000.00, 777
 * 10,000.00, so result = 1,000,000 + 50,000 + 10,000 − 980,000 − 60,000 = 20,000.00 and CAF = 20,000 + 60,000 −
 * 10,000 = 70,000.00; capital repaid 30,000.00; BFR 40,000.00 (50,000.00 in 2030).
 * <ul>
 *   <li>2025: ressources 70,000, emplois 30,000, apport 40,000, FRNG 140,000, trésorerie 100,000;
 *   <li>2026 (the investment): acquisitions 300,000, subsidy 100,000, loan 150,000: ressources 70,000 + 100,000 +
 *       150,000 = 320,000, emplois 30,000 + 300,000 = 330,000, a prélèvement of 10,000, FRNG 130,000, trésorerie
 *       90,000;
 *   <li>2027 to 2030: apport 40,000 each, FRNG 170,000, 210,000, 250,000, 290,000; trésorerie 130,000, 170,000,
 *       210,000 and 290,000 − 50,000 = 240,000.
 * </ul>
 */
class PgfpTest {
  static Amount eur(String s) {
    return Amount.of(s);
  }

  static PgfpYear.Builder year(int y) {
    return PgfpYear.builder().year(Year.of(y)).produitsDeLaTarification(eur("1000000.00"))
        .autresProduits(eur("50000.00")).chargesDecaissables(eur("980000.00")).dotations(eur("60000.00"))
        .repriseSubventions(eur("10000.00")).remboursementsCapital(eur("30000.00")).bfr(eur("40000.00"));
  }

  static List<PgfpYear> years() {
    List<PgfpYear> out = new ArrayList<>();
    for (int y = 2025; y <= 2030; y++) {
      PgfpYear.Builder b = year(y);
      if (y == 2026) {
        b.acquisitions(eur("300000.00")).subventions(eur("100000.00")).emprunts(eur("150000.00"));
      }
      if (y == 2030) {
        b.bfr(eur("50000.00"));
      }
      out.add(b.build());
    }
    return out;
  }

  static Pgfp plan() {
    return InvestmentEngine.pgfp(eur("100000.00"), eur("40000.00"), years());
  }

  @Test
  void theHandCheckedTrajectory() {
    Pgfp p = plan();
    assertThat(p.exercices()).hasSize(6);
    assertThat(p.firstYear()).isEqualTo(Year.of(2025));
    assertThat(p.tresorerieOuverture()).isEqualTo(eur("60000.00"));
    PgfpExercice y25 = p.exercice(Year.of(2025));
    assertThat(y25.resultat()).isEqualTo(eur("20000.00"));
    assertThat(y25.caf()).isEqualTo(eur("70000.00"));
    assertThat(y25.ressources()).isEqualTo(eur("70000.00"));
    assertThat(y25.emplois()).isEqualTo(eur("30000.00"));
    assertThat(y25.apport()).isEqualTo(eur("40000.00"));
    assertThat(y25.frng()).isEqualTo(eur("140000.00"));
    assertThat(y25.tresorerie()).isEqualTo(eur("100000.00"));
    assertThat(y25.isPrelevement()).isFalse();
    PgfpExercice y26 = p.exercice(Year.of(2026));
    assertThat(y26.ressources()).isEqualTo(eur("320000.00"));
    assertThat(y26.emplois()).isEqualTo(eur("330000.00"));
    assertThat(y26.apport()).isEqualTo(eur("-10000.00"));
    assertThat(y26.isPrelevement()).isTrue();
    assertThat(y26.frngOuverture()).isEqualTo(eur("140000.00"));
    assertThat(y26.frng()).isEqualTo(eur("130000.00"));
    assertThat(y26.tresorerie()).isEqualTo(eur("90000.00"));
    List<String> frng = new ArrayList<>();
    List<String> treso = new ArrayList<>();
    p.exercices().forEach(e -> {
      frng.add(e.frng().toBigDecimal().toPlainString());
      treso.add(e.tresorerie().toBigDecimal().toPlainString());
    });
    assertThat(frng).containsExactly("140000.00", "130000.00", "170000.00", "210000.00", "250000.00", "290000.00");
    assertThat(treso).containsExactly("100000.00", "90000.00", "130000.00", "170000.00", "210000.00", "240000.00");
    assertThat(p.resultatCumule()).isEqualTo(eur("120000.00"));
    assertThat(p.absorbsDeficits()).isTrue();
    p.exercices().forEach(e -> assertThat(e.violations()).isEmpty());
    assertThat(p).isEqualTo(plan()).hasSameHashCodeAs(plan());
  }

  /** 2027 charges 1,010,000.00: result −10,000.00, CAF 40,000.00 still above the 30,000.00 due. */
  static List<PgfpYear> withDeficit() {
    List<PgfpYear> ys = new ArrayList<>(years());
    ys.set(2, year(2027).chargesDecaissables(eur("1010000.00")).build());
    return ys;
  }

  @Test
  void aDeficitTheTrajectoryAbsorbsIsCompatibleWithThePgfp() {
    Pgfp p = InvestmentEngine.pgfp(eur("100000.00"), eur("40000.00"), withDeficit());
    PgfpExercice y27 = p.exercice(Year.of(2027));
    assertThat(y27.resultat()).isEqualTo(eur("-10000.00"));
    assertThat(y27.caf()).isEqualTo(eur("40000.00"));
    // cumulated 5 × 20,000 − 10,000 = 90,000; lowest trésorerie 90,000 (2026) >= 0
    assertThat(p.resultatCumule()).isEqualTo(eur("90000.00"));
    assertThat(p.absorbsDeficits()).isTrue();
    assertThat(y27.violations()).isEmpty();
    EprdCompteDeResultat ime = EprdCompteDeResultat.builder().name("IME").resultat(eur("-10000.00")).build();
    EprdForecast eprd = InvestmentEngine.eprdForecast(p, Year.of(2027), List.of(ime));
    assertThat(eprd.comptes().get(0).deficitCompatibleWithPgfp()).isTrue();
    assertThat(eprd.caf()).isEqualTo(eur("40000.00"));
    assertThat(eprd.capitalDue()).isEqualTo(eur("30000.00"));
    assertThat(FinanceEngine.checkEquilibreReel(eprd)).isEmpty();
  }

  @Test
  void aDeficitTheTrajectoryDoesNotAbsorbBreaksR314222II() {
    // a floor of 100,000.00: 2026 ends at 90,000.00, under it
    Pgfp p = InvestmentEngine.pgfp(eur("100000.00"), eur("40000.00"), withDeficit(), 6, eur("100000.00"));
    assertThat(p.absorbsDeficits()).isFalse();
    List<Violation> v = p.exercice(Year.of(2027)).violations();
    assertThat(v).extracting(Violation::field).containsExactly("comptes[PGFP].resultat");
    assertThat(v.get(0).rule()).hasToString("CASF R314-222 II 1°");
    assertThat(p.exercice(Year.of(2028)).violations()).isEmpty();
    EprdCompteDeResultat ime = EprdCompteDeResultat.builder().name("IME").resultat(eur("-10000.00"))
        .deficitCompatibleWithPgfp(true).build();
    EprdCompteDeResultat prefet = EprdCompteDeResultat.builder().name("CHRS").kind(CompteKind.TARIFFED_BY_PREFET)
        .resultat(Amount.ZERO).build();
    EprdForecast eprd = InvestmentEngine.eprdForecast(p, Year.of(2027), List.of(ime, prefet));
    assertThat(eprd.comptes().get(0).deficitCompatibleWithPgfp()).as("the caller's statement replaced").isFalse();
    assertThat(eprd.comptes().get(1).deficitCompatibleWithPgfp()).isFalse();
    assertThat(FinanceEngine.checkEquilibreReel(eprd)).extracting(Violation::field)
        .containsExactly("comptes[IME].resultat");
    // the cumulated result below zero also breaks absorption, whatever the trésorerie
    List<PgfpYear> deep = new ArrayList<>(years());
    deep.set(5, year(2030).chargesDecaissables(eur("1200000.00")).build()); // result −200,000
    Pgfp q = InvestmentEngine.pgfp(eur("1000000.00"), eur("40000.00"), deep);
    assertThat(q.resultatCumule()).isEqualTo(eur("-100000.00"));
    assertThat(q.absorbsDeficits()).isFalse();
  }

  @Test
  void aCafBelowTheCapitalDueBreaksR314222I4() {
    List<PgfpYear> ys = new ArrayList<>(years());
    ys.set(3, year(2028).remboursementsCapital(eur("80000.00")).build());
    Pgfp p = InvestmentEngine.pgfp(eur("100000.00"), eur("40000.00"), ys);
    List<Violation> v = p.exercice(Year.of(2028)).violations();
    assertThat(v).extracting(Violation::field).containsExactly("caf");
    assertThat(v.get(0).rule()).hasToString("CASF R314-222 I 4°");
    assertThat(v.get(0).problem()).contains("80000.00").contains("10000.00");
    // 2028: ressources 70,000, emplois 80,000: a prélèvement of 10,000, FRNG 170,000 → 160,000
    assertThat(p.exercice(Year.of(2028)).apport()).isEqualTo(eur("-10000.00"));
    assertThat(p.exercice(Year.of(2028)).frng()).isEqualTo(eur("160000.00"));
  }

  @Test
  void anInsuffisanceDAutofinancementIsAnEmploi() {
    List<PgfpYear> ys = new ArrayList<>(years());
    // CAF = 1,050,000 − 1,100,000 = −50,000
    ys.set(0, year(2025).chargesDecaissables(eur("1100000.00")).build());
    PgfpExercice e = InvestmentEngine.pgfp(eur("100000.00"), eur("40000.00"), ys).exercice(Year.of(2025));
    assertThat(e.caf()).isEqualTo(eur("-50000.00"));
    assertThat(e.ressources()).isEqualTo(Amount.ZERO);
    assertThat(e.emplois()).isEqualTo(eur("80000.00"));
    assertThat(e.frng()).isEqualTo(eur("20000.00"));
  }

  @Test
  void aScenarioWithAOnePercentHigherRateIsComparedYearByYear() {
    List<PgfpYear> ys = new ArrayList<>();
    for (PgfpYear y : years()) {
      ys.add(PgfpYear.builder().from(y).produitsDeLaTarification(eur("1010000.00")).build());
    }
    // the 2026 operation removed as well: no acquisition, subsidy or loan
    ys.set(1, PgfpYear.builder().from(ys.get(1)).acquisitions(Amount.ZERO).subventions(Amount.ZERO)
        .emprunts(Amount.ZERO).build());
    Pgfp scenario = InvestmentEngine.pgfp(eur("100000.00"), eur("40000.00"), ys);
    PgfpComparison c = InvestmentEngine.comparePgfp(plan(), scenario);
    assertThat(c.resultatDifference(Year.of(2025))).isEqualTo(eur("10000.00"));
    assertThat(c.cafDifference(Year.of(2029))).isEqualTo(eur("10000.00"));
    assertThat(c.frngDifference(Year.of(2025))).isEqualTo(eur("10000.00"));
    // 2026: CAF 80,000 against emplois 30,000, an apport of 50,000 against −10,000: 10,000 + 60,000
    assertThat(c.frngDifference(Year.of(2026))).isEqualTo(eur("70000.00"));
    // then 10,000 more each year, the BFR unchanged: 80,000, 90,000, 100,000, 110,000
    assertThat(c.tresorerieDifference(Year.of(2030))).isEqualTo(eur("110000.00"));
    assertThat(c.base()).isEqualTo(plan());
    assertThat(c).isEqualTo(InvestmentEngine.comparePgfp(plan(), scenario));
    List<PgfpYear> later = new ArrayList<>();
    for (int y = 2026; y <= 2031; y++) {
      later.add(year(y).build());
    }
    Pgfp shifted = InvestmentEngine.pgfp(eur("100000.00"), eur("40000.00"), later);
    assertThatThrownBy(() -> InvestmentEngine.comparePgfp(plan(), shifted))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("scenario");
  }

  @Test
  void aScenarioReplacesSomeYearsOfThePlan() {
    Pgfp base = plan();
    // the 2026 operation removed: no acquisition, subsidy or loan; apport 40,000 instead of −10,000
    PgfpYear without = year(2026).build();
    Pgfp scenario = InvestmentEngine.pgfpScenario(base, List.of(without));
    assertThat(scenario.exercice(Year.of(2026)).apport()).isEqualTo(eur("40000.00"));
    assertThat(scenario.exercice(Year.of(2025))).isEqualTo(base.exercice(Year.of(2025)));
    PgfpComparison c = InvestmentEngine.comparePgfp(base, scenario);
    assertThat(c.frngDifference(Year.of(2025))).isEqualTo(Amount.ZERO);
    assertThat(c.frngDifference(Year.of(2026))).isEqualTo(eur("50000.00"));
    assertThat(c.tresorerieDifference(Year.of(2030))).isEqualTo(eur("50000.00"));
    assertThat(c.resultatDifference(Year.of(2026))).isEqualTo(Amount.ZERO);
    assertThat(InvestmentEngine.pgfpScenario(base, List.of())).isEqualTo(base);
    assertThatThrownBy(() -> InvestmentEngine.pgfpScenario(base, List.of(year(2031).build())))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("changes[0].year");
    assertThatThrownBy(() -> InvestmentEngine.pgfpScenario(base, List.of(year(2024).build())))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("changes[0].year");
    assertThatThrownBy(() -> InvestmentEngine.pgfpScenario(base, List.of(without, without)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("changes[1].year")
        .hasMessageContaining("twice");
  }

  @Test
  void badInputIsRejectedNamingTheField() {
    List<PgfpYear> five = years().subList(0, 5);
    assertThatThrownBy(() -> InvestmentEngine.pgfp(Amount.ZERO, Amount.ZERO, five))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("years").hasMessageContaining("6")
        .hasMessageContaining("R314-213");
    Pgfp stated = InvestmentEngine.pgfp(Amount.ZERO, Amount.ZERO, five, 5, Amount.ZERO);
    assertThat(stated.exercices()).hasSize(5);
    assertThatThrownBy(() -> InvestmentEngine.pgfp(Amount.ZERO, Amount.ZERO, years(), 5, Amount.ZERO))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("years");
    assertThatThrownBy(() -> InvestmentEngine.pgfp(Amount.ZERO, Amount.ZERO, List.of(), 0, Amount.ZERO))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("statedYears");
    assertThatThrownBy(() -> InvestmentEngine.pgfp(Amount.ZERO, Amount.ZERO, years(), 101, Amount.ZERO))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("statedYears");
    List<PgfpYear> gap = new ArrayList<>(years());
    gap.set(3, year(2029).build());
    assertThatThrownBy(() -> InvestmentEngine.pgfp(Amount.ZERO, Amount.ZERO, gap))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("years[3].year")
        .hasMessageContaining("2028");
    assertThatThrownBy(() -> year(2025).acquisitions(eur("-1.00")).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("pgfp[2025].acquisitions");
    assertThatThrownBy(() -> year(2025).chargesDecaissables(eur("-0.01")).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("chargesDecaissables");
    assertThatThrownBy(() -> year(2025).emprunts(eur("-5.00")).build())
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("emprunts");
    assertThatThrownBy(() -> plan().exercice(Year.of(2031)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("year");
    // a negative BFR (a ressource en fonds de roulement) is allowed
    assertThat(year(2025).bfr(eur("-5000.00")).build().bfr()).isEqualTo(eur("-5000.00"));
  }

  /** FRNG(N) = FRNG(N−1) + apport and trésorerie = FRNG − BFR every year, on 10,000 seeded random plans. */
  @Test
  void frngMovesByExactlyTheApportEveryYear() {
    SplittableRandom r = new SplittableRandom(20261203L);
    for (int n = 0; n < 10_000; n++) {
      int first = 2000 + r.nextInt(60);
      List<PgfpYear> ys = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        ys.add(PgfpYear.builder().year(Year.of(first + k)).produitsDeLaTarification(cents(r))
            .autresProduits(cents(r)).chargesDecaissables(cents(r)).dotations(cents(r)).reprises(cents(r))
            .repriseSubventions(cents(r)).acquisitions(cents(r)).subventions(cents(r)).cessions(cents(r))
            .emprunts(cents(r)).remboursementsCapital(cents(r)).bfr(cents(r).minus(cents(r))).build());
      }
      Amount frng0 = cents(r).minus(cents(r));
      Pgfp p = InvestmentEngine.pgfp(frng0, cents(r), ys, 6, cents(r).minus(cents(r)));
      Amount previous = frng0;
      for (PgfpExercice e : p.exercices()) {
        assertThat(e.frngOuverture()).isEqualTo(previous);
        assertThat(e.frng()).isEqualTo(previous.plus(e.ressources()).minus(e.emplois()));
        assertThat(e.frng().minus(previous)).isEqualTo(e.apport());
        assertThat(e.tresorerie()).isEqualTo(e.frng().minus(e.bfr()));
        assertThat(e.caf()).isEqualTo(e.input().produitsDeLaTarification().plus(e.input().autresProduits())
            .minus(e.input().chargesDecaissables()));
        previous = e.frng();
      }
    }
  }

  private static Amount cents(SplittableRandom r) {
    return Amount.ofCents(r.nextLong(0, 100_000_000_000L));
  }
}
