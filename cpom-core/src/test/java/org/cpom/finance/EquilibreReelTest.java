package org.cpom.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.MissingAttributeException;
import org.cpom.Violation;
import org.cpom.contract.CompteKind;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The équilibre réel of an EPRD (CASF R314-222), each test with hand-checked figures. */
class EquilibreReelTest {
  static final Amount NOTIFIED = Amount.of("1200000.00");

  static EprdCompteDeResultat.Builder compte(String name, CompteKind kind, String resultat) {
    return EprdCompteDeResultat.builder().name(name).kind(kind).resultat(Amount.of(resultat));
  }

  /** An IME in the CPOM, balanced, tariff revenue as notified. */
  static EprdCompteDeResultat ime() {
    return compte("IME", CompteKind.IN_CPOM, "0.00").produitsDeLaTarification(NOTIFIED).produitsNotifies(NOTIFIED)
        .build();
  }

  /** CAF 150,000.00, capital due 100,000.00, loans 200,000.00 all funding 200,000.00 of investments. */
  static EprdForecast.Builder eprd() {
    return EprdForecast.builder().year(Year.of(2026)).addComptes(ime()).caf(Amount.of("150000.00"))
        .capitalDue(Amount.of("100000.00")).loanProceeds(Amount.of("200000.00")).investments(Amount.of("200000.00"));
  }

  static List<LegalBasis> rules(List<Violation> violations) {
    return violations.stream().map(Violation::rule).toList();
  }

  @Test
  void aBalancedEprdPassesEveryTest() {
    assertThat(FinanceEngine.checkEquilibreReel(eprd().build())).isEmpty();
  }

  @Test
  void aCafBelowTheCapitalDueFailsI4() {
    List<Violation> v = FinanceEngine.checkEquilibreReel(eprd().caf(Amount.of("99999.99")).build());
    assertThat(v).hasSize(1);
    assertThat(v.get(0).rule()).isEqualTo(LegalBasis.casf("R314-222 I 4°"));
    assertThat(v.get(0).field()).isEqualTo("caf");
    assertThat(v.get(0).value()).contains("EUR 99999.99");
    assertThat(v.get(0).problem()).contains("EUR 100000.00", "short by EUR 0.01");
  }

  @Test
  void aCafEqualToTheCapitalDueCoversIt() {
    assertThat(FinanceEngine.checkEquilibreReel(eprd().caf(Amount.of("100000.00")).build())).isEmpty();
  }

  @Test
  void aNegativeCafFailsEvenWithNoCapitalDue() {
    assertThat(rules(FinanceEngine.checkEquilibreReel(eprd().caf(Amount.of("-5000.00")).build())))
        .containsExactly(LegalBasis.casf("R314-222 I 4°"));
    // an insuffisance d'autofinancement is below a capital due of zero
    assertThat(rules(FinanceEngine.checkEquilibreReel(eprd().caf(Amount.of("-0.01")).capitalDue(Amount.ZERO)
        .build()))).containsExactly(LegalBasis.casf("R314-222 I 4°"));
    // CAF 0 against a capital due of 0: covered
    assertThat(FinanceEngine.checkEquilibreReel(eprd().caf(Amount.ZERO).capitalDue(Amount.ZERO).build())).isEmpty();
  }

  @Test
  void extremeFiguresAreTestedWithoutOverflow() {
    Amount max = Amount.ofCents(Long.MAX_VALUE);
    List<Violation> v = FinanceEngine.checkEquilibreReel(eprd().caf(Amount.ofCents(Long.MIN_VALUE)).capitalDue(max)
        .loanProceeds(max).investments(max).build());
    assertThat(rules(v)).containsExactly(LegalBasis.casf("R314-222 I 4°"));
    assertThat(v.get(0).problem()).endsWith("short by EUR 184467440737095516.15");
    // every loan ordinary, no investment: the whole capital due is financed by loans
    assertThat(eprd().capitalDue(max).loanProceeds(max).investments(Amount.ZERO).build().capitalFinancedByLoans())
        .isEqualTo(max);
  }

  @Test
  void repaymentsPartlyFinancedByNewLoansFailI3() {
    // loans 250,000 − investments 200,000 = 50,000 left for the capital due of 100,000
    EprdForecast e = eprd().loanProceeds(Amount.of("250000.00")).build();
    assertThat(e.capitalFinancedByLoans()).isEqualTo(Amount.of("50000.00"));
    List<Violation> v = FinanceEngine.checkEquilibreReel(e);
    assertThat(rules(v)).containsExactly(LegalBasis.casf("R314-222 I 3°"));
    assertThat(v.get(0).field()).isEqualTo("loanProceeds");
    assertThat(v.get(0).problem()).startsWith("EUR 50000.00 of the capital due");
  }

  @Test
  void oneCentOfLoansLeftOverFailsI3() {
    EprdForecast e = eprd().loanProceeds(Amount.of("200000.01")).build();
    assertThat(e.capitalFinancedByLoans()).isEqualTo(Amount.of("0.01"));
    assertThat(rules(FinanceEngine.checkEquilibreReel(e))).containsExactly(LegalBasis.casf("R314-222 I 3°"));
  }

  @Test
  void loansAboveInvestmentsAndCapitalAreCappedAtTheCapitalDue() {
    // loans 500,000 − investments 200,000 = 300,000, of which only the capital due of 100,000 repays debt
    assertThat(eprd().loanProceeds(Amount.of("500000.00")).build().capitalFinancedByLoans())
        .isEqualTo(Amount.of("100000.00"));
  }

  @Test
  void aRenegotiationMayRepayDebt() {
    // loans 250,000 of which 50,000 renegotiated: 200,000 fund the 200,000 of investments, nothing repays debt
    EprdForecast e = eprd().loanProceeds(Amount.of("250000.00")).renegotiatedLoans(Amount.of("50000.00")).build();
    assertThat(e.capitalFinancedByLoans()).isEqualTo(Amount.ZERO);
    assertThat(FinanceEngine.checkEquilibreReel(e)).isEmpty();
    // renegotiations of 30,000 leave 20,000 of ordinary loans over the investments
    EprdForecast partly = eprd().loanProceeds(Amount.of("250000.00")).renegotiatedLoans(Amount.of("30000.00"))
        .build();
    assertThat(partly.capitalFinancedByLoans()).isEqualTo(Amount.of("20000.00"));
    assertThat(rules(FinanceEngine.checkEquilibreReel(partly))).containsExactly(LegalBasis.casf("R314-222 I 3°"));
  }

  @Test
  void tariffRevenueOneCentFromTheNotifiedAmountsFailsI1() {
    EprdCompteDeResultat above = compte("IME", CompteKind.IN_CPOM, "0.00")
        .produitsDeLaTarification(Amount.of("1200000.01")).produitsNotifies(NOTIFIED).build();
    List<Violation> v = FinanceEngine.checkEquilibreReel(eprd().comptes(List.of(above)).build());
    assertThat(rules(v)).containsExactly(LegalBasis.casf("R314-222 I 1°"));
    assertThat(v.get(0).field()).isEqualTo("comptes[IME].produitsDeLaTarification");
    assertThat(v.get(0).value()).contains("EUR 1200000.01");
    EprdCompteDeResultat below = compte("IME", CompteKind.IN_CPOM, "0.00")
        .produitsDeLaTarification(Amount.of("1199999.99")).produitsNotifies(NOTIFIED).build();
    assertThat(rules(FinanceEngine.checkEquilibreReel(eprd().comptes(List.of(below)).build())))
        .containsExactly(LegalBasis.casf("R314-222 I 1°"));
  }

  @Test
  void aDeficitInTheCpomPassesOnlyIfCompatibleWithThePgfp() {
    EprdCompteDeResultat compatible = compte("MAS", CompteKind.IN_CPOM, "-25000.00").deficitCompatibleWithPgfp(true)
        .build();
    assertThat(FinanceEngine.checkEquilibreReel(eprd().addComptes(compatible).build())).isEmpty();
    EprdCompteDeResultat not = compte("MAS", CompteKind.IN_CPOM, "-0.01").build();
    List<Violation> v = FinanceEngine.checkEquilibreReel(eprd().addComptes(not).build());
    assertThat(rules(v)).containsExactly(LegalBasis.casf("R314-222 II 1°"));
    assertThat(v.get(0).field()).isEqualTo("comptes[MAS].resultat");
    assertThat(v.get(0).value()).contains("EUR -0.01");
    // a surplus in the CPOM is always allowed
    assertThat(FinanceEngine.checkEquilibreReel(eprd().addComptes(compte("MAS", CompteKind.IN_CPOM, "8000.00")
        .build()).build())).isEmpty();
  }

  @Test
  void aCompteOutsideTheCpomMustBeExactlyBalanced() {
    for (CompteKind kind : new CompteKind[] {CompteKind.OUTSIDE_CPOM_PERIMETER, CompteKind.TARIFFED_BY_PREFET}) {
      assertThat(FinanceEngine.checkEquilibreReel(eprd().addComptes(compte("RA", kind, "0.00").build()).build()))
          .isEmpty();
      assertThat(rules(FinanceEngine.checkEquilibreReel(eprd().addComptes(compte("RA", kind, "-1500.00").build())
          .build()))).as(kind.name()).containsExactly(LegalBasis.casf("R314-222 II 2°"));
      // « en équilibre », unlike II 3°'s « ou en excédent »: a surplus fails too
      assertThat(rules(FinanceEngine.checkEquilibreReel(eprd().addComptes(compte("RA", kind, "0.01").build())
          .build()))).as(kind.name()).containsExactly(LegalBasis.casf("R314-222 II 2°"));
    }
  }

  @Test
  void anActivityOfR314_74MayShowASurplusButNoDeficit() {
    assertThat(FinanceEngine.checkEquilibreReel(eprd().addComptes(compte("Restaurant",
        CompteKind.ACTIVITY_OUTSIDE_L312_1, "3000.00").build()).build())).isEmpty();
    assertThat(rules(FinanceEngine.checkEquilibreReel(eprd().addComptes(compte("Restaurant",
        CompteKind.ACTIVITY_OUTSIDE_L312_1, "-3000.00").build()).build())))
        .containsExactly(LegalBasis.casf("R314-222 II 3°"));
  }

  @Test
  void anEsatCommercialBudgetIsNotTested() {
    assertThat(FinanceEngine.checkEquilibreReel(eprd().addComptes(compte("ESAT BAPC",
        CompteKind.ESAT_COMMERCIAL_BUDGET, "-3000.00").build()).build())).isEmpty();
  }

  @Test
  void everyFailedTestIsReportedInOrder() {
    EprdCompteDeResultat ime = compte("IME", CompteKind.IN_CPOM, "-10.00").produitsDeLaTarification(Amount.of("9.00"))
        .produitsNotifies(Amount.of("10.00")).build();
    EprdCompteDeResultat ra = compte("RA", CompteKind.TARIFFED_BY_PREFET, "5.00").produitsNotifies(Amount.of("1.00"))
        .build();
    List<Violation> v = FinanceEngine.checkEquilibreReel(eprd().comptes(List.of(ime, ra)).caf(Amount.of("10.00"))
        .loanProceeds(Amount.of("200010.00")).build());
    assertThat(v).extracting(Violation::field).containsExactly("comptes[IME].produitsDeLaTarification",
        "comptes[RA].produitsDeLaTarification", "loanProceeds", "caf", "comptes[IME].resultat", "comptes[RA].resultat");
    assertThat(rules(v)).containsExactly(LegalBasis.casf("R314-222 I 1°"), LegalBasis.casf("R314-222 I 1°"),
        LegalBasis.casf("R314-222 I 3°"), LegalBasis.casf("R314-222 I 4°"), LegalBasis.casf("R314-222 II 1°"),
        LegalBasis.casf("R314-222 II 2°"));
    assertThatThrownBy(() -> v.add(v.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theCafMayComeFromTheAnalysisOfAForecastTrialBalance() {
    // result 30,000 + dotations 68 of 50,000 − reprises 78 of 10,000 = CAF 70,000, below a capital due of 80,000
    AnalyseFinanciere a = FinanceEngine.analyse(AnalyseFinanciereTest.balance(
        "706 - 500000", "641 400000 -", "681 50000 -", "781 - 10000", "606 30000 -", "512 60000 -", "1021 - 30000"));
    assertThat(a.caf()).isEqualTo(Amount.of("70000.00"));
    assertThat(rules(FinanceEngine.checkEquilibreReel(eprd().caf(a.caf()).capitalDue(Amount.of("80000.00"))
        .build()))).containsExactly(LegalBasis.casf("R314-222 I 4°"));
  }

  @Test
  void badInputIsRejectedNamingFieldValueAndRule() {
    assertThatThrownBy(() -> eprd().capitalDue(Amount.of("-0.01")).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("eprd.capitalDue");
          assertThat(e.value()).contains("-0.01");
          assertThat(e.rule()).isEqualTo(LegalBasis.casf("R314-222 I 4°"));
        });
    assertThatThrownBy(() -> eprd().renegotiatedLoans(Amount.of("200000.01")).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("eprd.renegotiatedLoans");
          assertThat(e.rule()).isEqualTo(LegalBasis.casf("R314-222 I 3°"));
        });
    assertThatThrownBy(() -> eprd().loanProceeds(Amount.of("-1.00")).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("eprd.loanProceeds"));
    assertThatThrownBy(() -> eprd().investments(Amount.of("-1.00")).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("eprd.investments"));
    assertThatThrownBy(() -> eprd().comptes(List.of()).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("eprd.comptes"));
    assertThatThrownBy(() -> eprd().addComptes(ime()).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("eprd.comptes");
          assertThat(e.value()).contains("IME");
        });
    assertThatThrownBy(() -> compte("RA", CompteKind.OUTSIDE_CPOM_PERIMETER, "-1.00").deficitCompatibleWithPgfp(true)
        .build()).isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("compte.deficitCompatibleWithPgfp");
          assertThat(e.rule()).isEqualTo(LegalBasis.casf("R314-222 II 1°"));
        });
    assertThatThrownBy(() -> compte("IME", CompteKind.IN_CPOM, "0").produitsNotifies(Amount.of("-1.00")).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("compte.produitsNotifies"));
    assertThatThrownBy(() -> compte("IME", CompteKind.IN_CPOM, "0").produitsDeLaTarification(Amount.of("-1.00")).build())
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("compte.produitsDeLaTarification"));
    assertThatThrownBy(() -> compte(" ", CompteKind.IN_CPOM, "0").build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("compte.name"));
  }

  @Test
  void incompleteBuildersNameWhatIsMissing() {
    assertThatThrownBy(() -> EprdForecast.builder().build())
        .isInstanceOfSatisfying(MissingAttributeException.class,
            e -> assertThat(e.missing()).containsExactly("year", "caf", "capitalDue"));
    assertThatThrownBy(() -> EprdCompteDeResultat.builder().name("IME").build())
        .isInstanceOfSatisfying(MissingAttributeException.class, e -> assertThat(e.missing()).containsExactly("resultat"));
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> FinanceEngine.checkEquilibreReel(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("eprd");
    assertThatThrownBy(() -> EprdForecast.builder().caf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("caf");
    assertThatThrownBy(() -> EprdForecast.builder().addComptes((EprdCompteDeResultat) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EprdCompteDeResultat.builder().kind(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(() -> EprdCompteDeResultat.builder().resultat(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("resultat");
  }

  @Test
  void valuesCompareByValue() {
    assertThat(eprd().build()).isEqualTo(eprd().build()).hasSameHashCodeAs(eprd().build());
    assertThat(eprd().build()).isNotEqualTo(eprd().caf(Amount.ZERO).build());
    assertThat(ime().toString()).contains("IME", "IN_CPOM");
    assertThat(eprd().build().toString()).contains("2026", "EUR 150000.00");
  }
}
