package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.cpom.CpomValidationException;
import org.cpom.accounts.CompteNum;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

/** The PPI's values compare by value and refuse what their plan cannot hold; the surcoût's years follow every plan. */
class PpiValuesTest {
  static Amount a(String s) {
    return Amount.of(s);
  }

  static Immobilisation asset(Composant... c) {
    return Immobilisation.of("a", LocalDate.of(2026, 1, 1), List.of(c));
  }

  static Composant building() {
    return Composant.of("bâtiment", CompteNum.of("2131"), a("300000.00"), 30);
  }

  static OperationInvestissement op() {
    return OperationInvestissement.of("op", LocalDate.of(2025, 6, 1), asset(building()));
  }

  @Test
  void operationsCompareByEveryTerm() {
    OperationInvestissement o = op().withSubvention(a("1000.00"), Year.of(2026));
    assertThat(o).isEqualTo(op().withSubvention(a("1000.00"), Year.of(2026)))
        .hasSameHashCodeAs(op().withSubvention(a("1000.00"), Year.of(2026)))
        .isNotEqualTo(op()).isNotEqualTo(op().withSubvention(a("1000.00"), Year.of(2027)))
        .isNotEqualTo(op().withSubvention(a("1000.00"), Year.of(2026), "bâtiment"))
        .isNotEqualTo(o.withProrata(ProrataConvention.MONTHS)).isNotEqualTo("op");
    assertThat(o.withExcedentsAffectes(a("5.00"), Year.of(2026)))
        .isNotEqualTo(o.withExcedentsAffectes(a("5.00"), Year.of(2027)))
        .isNotEqualTo(o.withExcedentsAffectes(a("6.00"), Year.of(2026)));
    assertThat(o.withRepriseReserveCompensation(Year.of(2027), a("1.00"))).isNotEqualTo(o);
    assertThat(o.toString()).contains("op").contains("300000.00").contains("2026-01-01");
    assertThat(o.orderDate()).contains(LocalDate.of(2025, 6, 1));
    assertThat(o.miseEnService()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(o.excedentsAffectes()).isEqualTo(Amount.ZERO);
    assertThat(o.excedentsAffectesYear()).isEmpty();
    OperationInvestissement drawn = o.withExcedentsAffectes(a("5.00"), Year.of(2026));
    assertThat(drawn.excedentsAffectes()).isEqualTo(a("5.00"));
    assertThat(drawn.excedentsAffectesYear()).contains(Year.of(2026));
    // a second draw replaces the first
    assertThat(drawn.withExcedentsAffectes(a("7.00"), Year.of(2027)).financementExterne()).isEqualTo(a("1007.00"));
  }

  @Test
  void subsidiesAndPlansCompareByValue() {
    OperationSubvention s = op().withSubvention(a("1.00"), Year.of(2026), "bâtiment").subventions().get(0);
    OperationSubvention same = op().withSubvention(a("1.00"), Year.of(2026), "bâtiment").subventions().get(0);
    assertThat(s).isEqualTo(same).hasSameHashCodeAs(same)
        .isNotEqualTo(op().withSubvention(a("1.00"), Year.of(2026)).subventions().get(0))
        .isNotEqualTo(op().withSubvention(a("2.00"), Year.of(2026), "bâtiment").subventions().get(0))
        .isNotEqualTo(op().withSubvention(a("1.00"), Year.of(2027), "bâtiment").subventions().get(0))
        .isNotEqualTo("s");
    assertThat(s.toString()).contains("2026").contains("at the pace of bâtiment");
    assertThat(op().withSubvention(a("1.00"), Year.of(2026)).subventions().get(0).toString())
        .doesNotContain("pace");
    Ppi p = Ppi.of(op());
    assertThat(p).isEqualTo(Ppi.of(List.of(op()))).hasSameHashCodeAs(Ppi.of(op())).isNotEqualTo(Ppi.of())
        .isNotEqualTo("p");
    assertThat(p.toString()).contains("1 operations").contains("300000.00");
    Surcouts s1 = InvestmentEngine.surcouts(op());
    assertThat(s1).isEqualTo(InvestmentEngine.surcouts(op())).hasSameHashCodeAs(InvestmentEngine.surcouts(op()))
        .isNotEqualTo(InvestmentEngine.surcouts(op(), SubsidyNetting.GROSS)).isNotEqualTo("s");
    assertThat(s1.netting()).isEqualTo(SubsidyNetting.NET);
    assertThat(s1.toString()).contains("op").contains("NET");
    Surcout y = s1.years().get(0);
    assertThat(y).isEqualTo(InvestmentEngine.surcouts(op()).years().get(0)).hasSameHashCodeAs(
        InvestmentEngine.surcouts(op()).years().get(0)).isNotEqualTo(s1.years().get(1)).isNotEqualTo("y");
    Surcout withReprise = InvestmentEngine.surcouts(op().withSubvention(a("3000.00"), Year.of(2026))).years().get(0);
    assertThat(withReprise).isNotEqualTo(y);
    assertThat(InvestmentEngine.surcouts(op().withSubvention(a("3000.00"), Year.of(2026)), SubsidyNetting.GROSS)
        .years().get(0)).isNotEqualTo(withReprise);
    assertThat(y.toString()).contains("2026").contains("10000.00");
  }

  @Test
  void nothingAboveTheCostOrAtZeroIsTaken() {
    Emprunt big = Emprunt.of(a("300000.01"), Rate.ofPercent("3"), 10, Periodicity.YEARLY, LoanType.CONSTANT_ANNUITY,
        LocalDate.of(2026, 1, 1));
    assertThatThrownBy(() -> op().withEmprunt(big)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("emprunts");
    assertThatThrownBy(() -> op().withExcedentsAffectes(Amount.ZERO, Year.of(2026)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("excedentsAffectes");
    assertThatThrownBy(() -> op().withRepriseReserveCompensation(Year.of(2026), Amount.ZERO))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("repriseReserveCompensation");
    assertThatThrownBy(() -> op().withSubvention(Amount.ZERO, Year.of(2026)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("subventions");
    // two subsidies of one component together above its gross amount, though each fits
    Composant kit = Composant.of("équipement", CompteNum.of("2154"), a("100.00"), 5);
    OperationInvestissement two = OperationInvestissement.of("two", asset(building(), kit))
        .withSubvention(a("60.00"), Year.of(2026), "équipement");
    assertThatThrownBy(() -> two.withSubvention(a("40.01"), Year.of(2026), "équipement"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("subventions")
        .hasMessageContaining("équipement");
    // a subsidy of another component does not count against this one
    assertThat(two.withSubvention(a("100.00"), Year.of(2026), "bâtiment").withSubvention(a("40.00"), Year.of(2026),
        "équipement").financementExterne()).isEqualTo(a("200.00"));
  }

  @Test
  void theSurcoutYearsFollowTheLongestPlanAndTheLoan() {
    // the tariff plan over 40 years outlasts the accounting one of 30
    OperationInvestissement tariff = OperationInvestissement.of("t", asset(building().withTariffDuration(40)));
    Surcouts s = InvestmentEngine.surcouts(tariff);
    assertThat(s.years()).hasSize(40);
    assertThat(s.in(Year.of(2026)).dotations()).isEqualTo(a("7500.00"));
    // a loan drawn in 2025, before the mise en service, and lasting beyond the asset
    Emprunt loan = Emprunt.of(a("100000.00"), Rate.ofPercent("2"), 40, Periodicity.YEARLY,
        LoanType.CONSTANT_AMORTISATION, LocalDate.of(2025, 1, 1));
    Surcouts withLoan = InvestmentEngine.surcouts(op().withEmprunt(loan));
    assertThat(withLoan.years().get(0).year()).isEqualTo(Year.of(2025));
    assertThat(withLoan.in(Year.of(2025)).interets()).isEqualTo(a("2000.00"));
    assertThat(withLoan.in(Year.of(2025)).dotations()).isEqualTo(Amount.ZERO);
    assertThat(withLoan.years().get(withLoan.years().size() - 1).year()).isEqualTo(Year.of(2064));
  }

  @Test
  void subsidiesEnterThePgfpInTheYearTheyAreReceived() {
    List<PgfpYear> base = List.of(2026, 2027).stream().map(y -> PgfpYear.builder().year(Year.of(y))
        .produitsDeLaTarification(a("1000.00")).chargesDecaissables(Amount.ZERO).bfr(Amount.ZERO).build()).toList();
    List<PgfpYear> years = InvestmentEngine.withPpi(base, Ppi.of(op().withSubvention(a("500.00"), Year.of(2027))));
    assertThat(years.get(0).subventions()).isEqualTo(Amount.ZERO);
    assertThat(years.get(1).subventions()).isEqualTo(a("500.00"));
    assertThat(years.get(0).repriseSubventions()).isEqualTo(a("16.67"));
  }
}
