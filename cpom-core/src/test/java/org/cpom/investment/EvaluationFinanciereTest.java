package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.Hostile;
import org.cpom.LegalBasis;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.FicheAction;
import org.cpom.contract.FundingWay;
import org.cpom.contract.Indicator;
import org.cpom.contract.Means;
import org.cpom.contract.Objective;
import org.cpom.contract.Step;
import org.cpom.money.Amount;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.LegalStatus;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.TariffAuthority;
import org.junit.jupiter.api.Test;

/**
 * The contract's financial evaluation, checked by hand on a five-year contract from 1 January 2025.
 *
 * <p>FA1: a mesure nouvelle of 195,000.00 a year granted in year 2, and 12,000.00 within the base from year 1.
 * FA2: 27,500.00 redeployed from year 1, a CNR of 86,400.00 in year 3, a mesure nouvelle of 42,000.50 from year 4.
 * <ul>
 *   <li>FA1 extra cost: 0, 195,000, 195,000, 195,000, 195,000; cumulated 0, 195,000, 390,000, 585,000, 780,000;
 *   <li>FA2 extra cost: 0, 0, 86,400, 42,000.50, 42,000.50; cumulated 0, 0, 86,400, 128,400.50, 170,401.00;
 *   <li>contract: mesures nouvelles 0, 195,000, 195,000, 237,000.50, 237,000.50; CNR 86,400 in year 3 only;
 *       extra cost 0, 195,000, 281,400, 237,000.50, 237,000.50; cumulated 0, 195,000, 476,400, 713,400.50,
 *       950,401.00 = 780,000 + 170,401.00.
 * </ul>
 */
class EvaluationFinanciereTest {
  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");
  static final Gestionnaire GESTIONNAIRE =
      Gestionnaire.of(FinessNumber.of("690000003"), "Association Les Coteaux", LegalStatus.PRIVATE_NON_PROFIT);
  static final Esms IME = Esms.builder().finess(FinessNumber.of("690000011")).name("IME Les Tilleuls")
      .category(EsmsCategory.IME).gestionnaire(GESTIONNAIRE.finess())
      .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 30, 30, 365))
      .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS)).build();
  static final LegalBasis RULE = LegalBasis.convention(Convention.CONTRACT_EVALUATION);

  static Amount eur(String s) {
    return Amount.of(s);
  }

  static FicheAction.Builder fiche(String id) {
    return FicheAction.builder().id(id).title("Action " + id).objective("OS1").addEsms(IME.finess())
        .pilot("Directeur").addSteps(Step.of("Start", LocalDate.of(2025, 12, 31)))
        .addIndicators(Indicator.builder().id("I1").label("Places").unit("places")
            .direction(Indicator.Direction.HIGHER_IS_BETTER).baseline(BigDecimal.ZERO)
            .putTargets(1, BigDecimal.TEN).build());
  }

  static Cpom.Builder contract(FicheAction... fiches) {
    return Cpom.builder().id("CPOM-69-2025").name("CPOM 2025-2029").basis(CpomBasis.L313_12_2)
        .gestionnaire(GESTIONNAIRE).addAuthorities(ARS).startDate(LocalDate.of(2025, 1, 1)).durationYears(5)
        .addPerimeter(IME).addObjectives(Objective.of("OS1", "Open places")).addFichesActions(fiches);
  }

  static FicheAction fa1() {
    return fiche("FA1").addMeans(Means.of("10 places de SESSAD", eur("195000.00"), FundingWay.MESURE_NOUVELLE, 2))
        .addMeans(Means.of("Coordination", eur("12000.00"), FundingWay.WITHIN_BASE)).build();
  }

  static FicheAction fa2() {
    return fiche("FA2").addMeans(Means.of("0,5 ETP redéployé", eur("27500.00"), FundingWay.REDEPLOYMENT))
        .addMeans(Means.of("Rails de transfert", eur("86400.00"), FundingWay.CNR, 3))
        .addMeans(Means.of("1 ETP de remplaçant", eur("42000.50"), FundingWay.MESURE_NOUVELLE, 4)).build();
  }

  static Cpom handChecked() {
    return contract(fa1(), fa2()).build();
  }

  static List<String> column(List<EvaluationLigne> lines, java.util.function.Function<EvaluationLigne, Amount> f) {
    List<String> out = new ArrayList<>();
    lines.forEach(l -> out.add(f.apply(l).toBigDecimal().toPlainString()));
    return out;
  }

  @Test
  void theHandCheckedEvaluation() {
    EvaluationFinanciere e = InvestmentEngine.evaluation(handChecked());
    assertThat(e.contrat()).isEqualTo("CPOM-69-2025");
    assertThat(e.fichesActions()).containsExactly("FA1", "FA2");
    List<EvaluationLigne> fa1 = e.ficheAction("FA1");
    assertThat(column(fa1, EvaluationLigne::mesuresNouvelles))
        .containsExactly("0.00", "195000.00", "195000.00", "195000.00", "195000.00");
    assertThat(column(fa1, EvaluationLigne::dansLaBase))
        .containsExactly("12000.00", "12000.00", "12000.00", "12000.00", "12000.00");
    assertThat(column(fa1, EvaluationLigne::coutSupplementaire))
        .containsExactly("0.00", "195000.00", "195000.00", "195000.00", "195000.00");
    assertThat(column(fa1, EvaluationLigne::coutCumule))
        .containsExactly("0.00", "195000.00", "390000.00", "585000.00", "780000.00");
    List<EvaluationLigne> fa2 = e.ficheAction("FA2");
    assertThat(column(fa2, EvaluationLigne::redeploiements))
        .containsExactly("27500.00", "27500.00", "27500.00", "27500.00", "27500.00");
    assertThat(column(fa2, EvaluationLigne::cnr)).containsExactly("0.00", "0.00", "86400.00", "0.00", "0.00");
    assertThat(column(fa2, EvaluationLigne::coutSupplementaire))
        .containsExactly("0.00", "0.00", "86400.00", "42000.50", "42000.50");
    assertThat(column(fa2, EvaluationLigne::coutCumule))
        .containsExactly("0.00", "0.00", "86400.00", "128400.50", "170401.00");
    List<EvaluationLigne> total = e.annees();
    assertThat(column(total, EvaluationLigne::mesuresNouvelles))
        .containsExactly("0.00", "195000.00", "195000.00", "237000.50", "237000.50");
    assertThat(column(total, EvaluationLigne::cnr)).containsExactly("0.00", "0.00", "86400.00", "0.00", "0.00");
    assertThat(column(total, EvaluationLigne::redeploiements))
        .containsExactly("27500.00", "27500.00", "27500.00", "27500.00", "27500.00");
    assertThat(column(total, EvaluationLigne::dansLaBase))
        .containsExactly("12000.00", "12000.00", "12000.00", "12000.00", "12000.00");
    assertThat(column(total, EvaluationLigne::coutSupplementaire))
        .containsExactly("0.00", "195000.00", "281400.00", "237000.50", "237000.50");
    assertThat(column(total, EvaluationLigne::coutCumule))
        .containsExactly("0.00", "195000.00", "476400.00", "713400.50", "950401.00");
    assertThat(e.coutTotal()).isEqualTo(eur("950401.00"));
    assertThat(e.coutTotal("FA1")).isEqualTo(eur("780000.00"));
    assertThat(e.coutTotal("FA2")).isEqualTo(eur("170401.00"));
    assertThat(e.coutTotal("FA1").plus(e.coutTotal("FA2"))).isEqualTo(e.coutTotal());
    EvaluationLigne y3 = e.annee(3);
    assertThat(y3).isEqualTo(total.get(2));
    assertThat(y3.ficheAction()).isEmpty();
    assertThat(fa2.get(2).ficheAction()).isEqualTo(Optional.of("FA2"));
    assertThat(y3.contractYear()).isEqualTo(handChecked().contractYear(3));
    assertThat(y3.exercice()).isEqualTo(Year.of(2027));
    assertThat(y3.toString()).contains("contract", "year 3", "281400.00");
    assertThat(e).isEqualTo(InvestmentEngine.evaluation(handChecked()))
        .hasSameHashCodeAs(InvestmentEngine.evaluation(handChecked()));
    assertThat(e.toString()).contains("CPOM-69-2025", "950401.00");
  }

  @Test
  void aContractWithNoMeansCostsNothing() {
    EvaluationFinanciere e = InvestmentEngine.evaluation(contract(fiche("FA1").build()).build());
    assertThat(e.annees()).hasSize(5).allSatisfy(l -> {
      assertThat(l.coutSupplementaire()).isEqualTo(Amount.ZERO);
      assertThat(l.coutCumule()).isEqualTo(Amount.ZERO);
      assertThat(l.redeploiements()).isEqualTo(Amount.ZERO);
    });
    assertThat(e.coutTotal("FA1")).isEqualTo(Amount.ZERO);
    // a contract with no fiche-action at all
    EvaluationFinanciere none = InvestmentEngine.evaluation(contract().build());
    assertThat(none.fichesActions()).isEmpty();
    assertThat(none.coutTotal()).isEqualTo(Amount.ZERO);
    assertThat(none.annees()).hasSize(5);
  }

  @Test
  void aContractYearBelongsToTheExerciceItStartsIn() {
    // from 1 July 2025 with a 6-month extension: years start 2025-07-01 ... 2029-07-01, then 2030-07-01 (short)
    Cpom july = contract(fa1()).startDate(LocalDate.of(2025, 7, 1)).extension(java.time.Period.ofMonths(6)).build();
    EvaluationFinanciere e = InvestmentEngine.evaluation(july);
    List<Year> exercices = new ArrayList<>();
    e.annees().forEach(l -> exercices.add(l.exercice()));
    assertThat(exercices).containsExactly(Year.of(2025), Year.of(2026), Year.of(2027), Year.of(2028), Year.of(2029),
        Year.of(2030));
    // the mesure nouvelle counts through the extension year too: 5 years × 195,000.00, nothing prorated
    assertThat(e.coutTotal()).isEqualTo(eur("975000.00"));
    assertThat(e.annee(6).mesuresNouvelles()).isEqualTo(eur("195000.00"));
  }

  @Test
  void aMeansInTheLastYearOrACnrInTheFirst() {
    FicheAction edges = fiche("FA1").addMeans(Means.of("Last", eur("0.01"), FundingWay.MESURE_NOUVELLE, 5))
        .addMeans(Means.of("First", eur("0.02"), FundingWay.CNR, 1))
        .addMeans(Means.of("Free", Amount.ZERO, FundingWay.MESURE_NOUVELLE)).build();
    EvaluationFinanciere e = InvestmentEngine.evaluation(contract(edges).build());
    assertThat(column(e.annees(), EvaluationLigne::coutSupplementaire))
        .containsExactly("0.02", "0.00", "0.00", "0.00", "0.01");
    assertThat(e.coutTotal()).isEqualTo(eur("0.03"));
  }

  @Test
  void theEvaluationIntoThePgfpAddsTheExtraCreditsAndTheirSpending() {
    EvaluationFinanciere e = InvestmentEngine.evaluation(handChecked());
    List<PgfpYear> base = PgfpTest.years();
    List<PgfpYear> with = InvestmentEngine.withEvaluation(base, e);
    assertThat(with).hasSize(6);
    // 2025 (no extra cost) and 2030 (after the contract) as given
    assertThat(with.get(0)).isEqualTo(base.get(0));
    assertThat(with.get(5)).isEqualTo(base.get(5));
    assertThat(column2(with, PgfpYear::produitsDeLaTarification)).containsExactly("1000000.00", "1195000.00",
        "1281400.00", "1237000.50", "1237000.50", "1000000.00");
    assertThat(column2(with, PgfpYear::chargesDecaissables)).containsExactly("980000.00", "1175000.00",
        "1261400.00", "1217000.50", "1217000.50", "980000.00");
    // every other line as given (2026 keeps its investment)
    assertThat(with.get(1).acquisitions()).isEqualTo(eur("300000.00"));
    assertThat(with.get(1).emprunts()).isEqualTo(eur("150000.00"));
    assertThat(with.get(1).bfr()).isEqualTo(base.get(1).bfr());
    // result and CAF unchanged: the trajectory is the base's with a larger volume
    Pgfp plan = InvestmentEngine.pgfp(eur("100000.00"), eur("40000.00"), with);
    PgfpComparison c = InvestmentEngine.comparePgfp(PgfpTest.plan(), plan);
    for (int y = 2025; y <= 2030; y++) {
      assertThat(c.resultatDifference(Year.of(y))).isEqualTo(Amount.ZERO);
      assertThat(c.cafDifference(Year.of(y))).isEqualTo(Amount.ZERO);
      assertThat(c.tresorerieDifference(Year.of(y))).isEqualTo(Amount.ZERO);
    }
    // the extra produits over the plan's years are the contract's cost, 950,401.00 (2025-2029)
    long added = 0;
    for (int i = 0; i < 6; i++) {
      added += with.get(i).produitsDeLaTarification().minus(base.get(i).produitsDeLaTarification()).cents();
    }
    assertThat(Amount.ofCents(added)).isEqualTo(e.coutTotal());
    // a plan that does not meet the contract is returned as given; an empty plan stays empty
    List<PgfpYear> later = List.of(PgfpTest.year(2031).build());
    assertThat(InvestmentEngine.withEvaluation(later, e)).isEqualTo(later);
    assertThat(InvestmentEngine.withEvaluation(List.of(), e)).isEmpty();
  }

  static List<String> column2(List<PgfpYear> years, java.util.function.Function<PgfpYear, Amount> f) {
    List<String> out = new ArrayList<>();
    years.forEach(y -> out.add(f.apply(y).toBigDecimal().toPlainString()));
    return out;
  }

  static void rejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, LegalBasis rule) {
    assertThatThrownBy(call).isInstanceOf(CpomValidationException.class).satisfies(t -> {
      CpomValidationException e = (CpomValidationException) t;
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
      assertThat(e.getMessage()).contains(field);
    });
  }

  @Test
  void badInputIsRejectedNamingTheField() {
    // a means year outside the contract period, caught when the contract is built
    FicheAction sixth = fiche("FA1").addMeans(Means.of("Late", eur("1.00"), FundingWay.CNR, 6)).build();
    rejected(() -> contract(sixth).build(), "cpom.fichesActions[FA1].means[0].contractYear",
        LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("fiche-action"));
    rejected(() -> Means.of("Early", eur("1.00"), FundingWay.CNR, 0), "means.contractYear",
        LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("fiche-action"));
    EvaluationFinanciere e = InvestmentEngine.evaluation(handChecked());
    rejected(() -> e.annee(0), "contractYear", RULE);
    rejected(() -> e.annee(6), "contractYear", RULE);
    rejected(() -> e.ficheAction("FA9"), "ficheAction", RULE);
    rejected(() -> e.coutTotal("FA9"), "ficheAction", RULE);
    LegalBasis exact = LegalBasis.convention(Convention.EXACT_ARITHMETIC);
    // a mesure nouvelle of the largest amount, counted over five years, overflows
    FicheAction huge = fiche("FA1").addMeans(Means.of("All", Amount.ofCents(Long.MAX_VALUE),
        FundingWay.MESURE_NOUVELLE)).build();
    rejected(() -> InvestmentEngine.evaluation(contract(huge).build()), "cpom.fichesActions[FA1].means", exact);
    // two fiches, each within range, whose sum is not
    FicheAction half = fiche("FA2").addMeans(Means.of("Half", Amount.ofCents(Long.MAX_VALUE / 2 + 1),
        FundingWay.CNR, 2)).build();
    FicheAction other = fiche("FA3").addMeans(Means.of("Half", Amount.ofCents(Long.MAX_VALUE / 2 + 1),
        FundingWay.CNR, 2)).build();
    rejected(() -> InvestmentEngine.evaluation(contract(half, other).build()), "cpom.fichesActions", exact);
    // the PGFP line that cannot take the extra credit
    PgfpYear full = PgfpTest.year(2026).produitsDeLaTarification(Amount.ofCents(Long.MAX_VALUE)).build();
    rejected(() -> InvestmentEngine.withEvaluation(List.of(PgfpTest.year(2025).build(), full), e),
        "years[1].produitsDeLaTarification", exact);
    PgfpYear spent = PgfpTest.year(2026).chargesDecaissables(Amount.ofCents(Long.MAX_VALUE)).build();
    rejected(() -> InvestmentEngine.withEvaluation(List.of(spent), e), "years[0].chargesDecaissables", exact);
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    EvaluationFinanciere e = InvestmentEngine.evaluation(handChecked());
    List<PgfpYear> withNull = new ArrayList<>();
    withNull.add(null);
    assertThat(Hostile.rejects("evaluation(null)", () -> InvestmentEngine.evaluation(null))).hasMessage("cpom");
    assertThat(Hostile.rejects("withEvaluation(null, e)", () -> InvestmentEngine.withEvaluation(null, e)))
        .hasMessage("years");
    assertThat(Hostile.rejects("withEvaluation([null], e)",
        () -> InvestmentEngine.withEvaluation(withNull, e))).hasMessage("years element");
    assertThat(Hostile.rejects("withEvaluation(years, null)",
        () -> InvestmentEngine.withEvaluation(PgfpTest.years(), null))).hasMessage("evaluation");
    assertThat(Hostile.rejects("ficheAction(null)", () -> e.ficheAction(null))).hasMessage("ficheAction");
    assertThat(Hostile.rejects("coutTotal(null)", () -> e.coutTotal(null))).hasMessage("ficheAction");
    assertThat(Hostile.rejects("equals(null)", () -> {
      if (!e.equals(null) && !e.annee(1).equals(null)) {
        throw new NullPointerException("equals");
      }
    })).hasMessage("equals");
  }
}
