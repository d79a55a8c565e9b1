package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.contract.Fixtures.ARS;
import static org.cpom.contract.Fixtures.CD69;
import static org.cpom.contract.Fixtures.EHPAD;
import static org.cpom.contract.Fixtures.FOYER;
import static org.cpom.contract.Fixtures.IME;
import static org.cpom.contract.Fixtures.MAS;
import static org.cpom.contract.Fixtures.cpom;
import static org.cpom.contract.Fixtures.arsCpom;
import static org.cpom.contract.Rejections.rejects;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.cpom.Convention;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.LegalBasis;
import org.cpom.referential.Funding;
import org.cpom.referential.GroupeFonctionnel;
import org.junit.jupiter.api.Test;

class CpomTest {

  @Test
  void aValidContractKeepsWhatItWasGiven() {
    Cpom c = cpom().build();
    assertThat(c.id()).isEqualTo("CPOM-69-2025");
    assertThat(c.basis()).isEqualTo(CpomBasis.L313_11);
    assertThat(c.authorities()).containsExactly(ARS, CD69);
    assertThat(c.perimeter()).extracting(e -> e.finess().value()).containsExactly("690000011", "690000037", "690000045");
    assertThat(c.endDate()).isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(c.extension()).isEmpty();
    assertThat(c.esms(MAS.finess())).contains(MAS);
    assertThat(c.esms(FinessNumber.of("690000099"))).isEmpty();
    assertThat(c.objective("OS2")).map(Objective::title).contains("Prevent staff burn-out");
    assertThat(c.objective("OS1").orElseThrow().diagnosticFinding()).contains("9 young adults wait in IME");
    assertThat(c.objective("OS2").orElseThrow().diagnosticFinding()).isEmpty();
    assertThat(c.ficheAction("FA1")).isPresent();
    assertThat(c.ficheAction("FA9")).isEmpty();
    assertThat(c.fichesActionsOf("OS1")).extracting(FicheAction::id).containsExactly("FA1");
    assertThat(c.fichesActionsOf("OS2")).isEmpty();
    assertThat(c.toString()).contains("CPOM-69-2025", "CASF L313-11", "2029-12-31", "3 ESMS", "1 fiches-actions");
  }

  @Test
  void budgetFrameworkDefaultsToEprdWhereTheBasisRequiresIt() {
    assertThat(cpom().build().budgetFramework()).isEqualTo(BudgetFramework.TRADITIONAL);
    assertThat(cpom().budgetFramework(BudgetFramework.EPRD).build().budgetFramework()).isEqualTo(BudgetFramework.EPRD);
    assertThat(arsCpom().build().budgetFramework()).isEqualTo(BudgetFramework.EPRD);
    assertThat(ivTer().build().budgetFramework()).isEqualTo(BudgetFramework.EPRD);
  }

  @Test
  void traditionalBudgetIsRejectedUnderIvTerAndL313_12_2() {
    rejects(() -> arsCpom().budgetFramework(BudgetFramework.TRADITIONAL).build(), "cpom.budgetFramework", LegalBasis.casf("R314-1"));
    rejects(() -> ivTer().budgetFramework(BudgetFramework.TRADITIONAL).build(), "cpom.budgetFramework", LegalBasis.casf("R314-1"));
  }

  @Test
  void aSevenYearCpomIsRejected() {
    var e = rejects(() -> cpom().durationYears(7).build(), "cpom.durationYears", LegalBasis.casf("L313-11"));
    assertThat(e.value()).isEqualTo("7");
    rejects(() -> cpom().durationYears(6).build(), "cpom.durationYears", LegalBasis.casf("L313-11"));
    rejects(() -> cpom().durationYears(0).build(), "cpom.durationYears", LegalBasis.casf("L313-11"));
    rejects(() -> cpom().durationYears(-1).build(), "cpom.durationYears", LegalBasis.casf("L313-11"));
    assertThat(cpom().durationYears(1).fichesActions(List.of()).build().contractYears()).hasSize(1);
  }

  @Test
  void anExtensionOfMoreThanOneYearIsRejected() {
    var e = rejects(() -> cpom().extension(Period.ofYears(2)).build(), "cpom.extension", LegalBasis.casf("L313-11"));
    assertThat(e.value()).isEqualTo("P2Y");
    rejects(() -> cpom().extension(Period.ofMonths(13)).build(), "cpom.extension", LegalBasis.casf("L313-11"));
    rejects(() -> cpom().extension(Period.of(1, 0, 1)).build(), "cpom.extension", LegalBasis.casf("L313-11"));
    rejects(() -> cpom().extension(Period.ofDays(10)).build(), "cpom.extension", LegalBasis.casf("L313-11"));
    rejects(() -> cpom().extension(Period.ZERO).build(), "cpom.extension", LegalBasis.casf("L313-11"));
    rejects(() -> cpom().extension(Period.ofMonths(-3)).build(), "cpom.extension", LegalBasis.casf("L313-11"));
    rejects(() -> cpom().extension(Period.of(1, -3, 0)).build(), "cpom.extension", LegalBasis.casf("L313-11"));
    assertThat(cpom().extension(Period.ofYears(1)).build().endDate()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(cpom().extension(Period.ofMonths(12)).build().endDate()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(cpom().extension(Period.ofMonths(1)).build().endDate()).isEqualTo(LocalDate.of(2030, 1, 31));
  }

  @Test
  void theMaximumDurationOfIvTerAndL313_12_2IsCitedToTheArreteOf3March2017() {
    LegalBasis arrete = Milestone.ARRETE_3_MARS_2017;
    var e = rejects(() -> ivTer().durationYears(7).build(), "cpom.durationYears", arrete);
    assertThat(e.getMessage()).contains("CASF L313-12 IV ter", "1 to 5 whole years").doesNotContain("L313-11");
    rejects(() -> arsCpom().durationYears(6).build(), "cpom.durationYears", arrete);
    rejects(() -> arsCpom().extension(Period.ofMonths(18)).build(), "cpom.extension", arrete);
    assertThat(ivTer().build().maximumDuration()).isEqualTo(MaximumDuration.defaultFor(CpomBasis.L313_12_IV_TER));
    assertThat(MaximumDuration.defaultFor(CpomBasis.L313_12_2).basis()).isEqualTo(Milestone.ARRETE_3_MARS_2017);
    // L313-11 keeps its own article
    assertThat(MaximumDuration.defaultFor(CpomBasis.L313_11))
        .isEqualTo(MaximumDuration.of(5, 12, LegalBasis.casf("L313-11")));
    var l313 = rejects(() -> cpom().durationYears(7).build(), "cpom.durationYears", LegalBasis.casf("L313-11"));
    assertThat(l313.getMessage()).contains("CASF L313-11");
  }

  @Test
  void aCallerGivenMaximumDurationIsApplied() {
    MaximumDuration seven = MaximumDuration.of(7, 0, LegalBasis.given("arrêté de programmation ARS 2025"));
    // 1 January 2025 + 7 years: the last day is 31 December 2031, seven contract years
    Cpom c = ivTer().maximumDuration(seven).durationYears(7).build();
    assertThat(c.endDate()).isEqualTo(LocalDate.of(2031, 12, 31));
    assertThat(c.contractYears()).hasSize(7);
    rejects(() -> ivTer().maximumDuration(seven).durationYears(8).build(), "cpom.durationYears",
        LegalBasis.given("arrêté de programmation ARS 2025"));
    var noExt = rejects(() -> ivTer().maximumDuration(seven).extension(Period.ofMonths(1)).build(), "cpom.extension",
        LegalBasis.given("arrêté de programmation ARS 2025"));
    assertThat(noExt.getMessage()).contains("no extension");
    // the errors say what an extension may be: none at all here, so no word of a further year
    var eight = rejects(() -> ivTer().maximumDuration(seven).durationYears(8).build(), "cpom.durationYears",
        LegalBasis.given("arrêté de programmation ARS 2025"));
    assertThat(eight.getMessage()).contains("lasts 1 to 7 whole years").doesNotContain("extension");
    var l313 = rejects(() -> cpom().durationYears(6).build(), "cpom.durationYears", LegalBasis.casf("L313-11"));
    assertThat(l313.getMessage()).contains("lasts 1 to 5 whole years; a further year can only be an extension");
    var yearLong = rejects(() -> cpom().extension(Period.ofMonths(13)).build(), "cpom.extension", LegalBasis.casf("L313-11"));
    assertThat(yearLong.getMessage())
        .contains("an extension is 1 to 12 whole months: a CPOM is extendable by at most a further year");
    MaximumDuration sixMonths = MaximumDuration.of(7, 6, LegalBasis.given("arrêté de programmation ARS 2025"));
    var halfYear = rejects(() -> ivTer().maximumDuration(sixMonths).extension(Period.ofMonths(7)).build(),
        "cpom.extension", LegalBasis.given("arrêté de programmation ARS 2025"));
    assertThat(halfYear.getMessage()).contains("an extension is 1 to 6 whole months").doesNotContain("further year");
    // a one-year maximum is a maximum
    assertThat(ivTer().maximumDuration(MaximumDuration.of(1, 0, LegalBasis.given("arrêté 2025"))).durationYears(1).build()
        .contractYears()).hasSize(1);
    rejects(() -> MaximumDuration.of(0, 12, LegalBasis.casf("L313-11")), "maximumDuration.years", LegalBasis.casf("L313-11"));
    rejects(() -> MaximumDuration.of(5, -1, LegalBasis.casf("L313-11")), "maximumDuration.extensionMonths",
        LegalBasis.casf("L313-11"));
  }

  @Test
  void annualAmendmentsAreRejectedUnderIvTerAndL313_12_2() {
    TariffModeClause mode3 = TariffModeClause.of(GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE, TariffMode.ANNUAL_AMENDMENT);
    var e = rejects(() -> arsCpom().addFinancialClause(mode3).build(), "cpom.financialClause.mode", LegalBasis.casf("R314-39-1"));
    assertThat(e.getMessage()).contains("R314-40 3°");
    rejects(() -> ivTer().addFinancialClause(TariffModeClause.of(SectionTarifaire.SOINS, TariffMode.ANNUAL_AMENDMENT)).build(),
        "cpom.financialClause.mode", LegalBasis.casf("R314-39-1"));
    for (TariffMode allowed : List.of(TariffMode.CAMPAIGN_RATE, TariffMode.CONTRACT_FORMULA, TariffMode.EQUATION)) {
      assertThat(ivTer().addFinancialClause(TariffModeClause.of(SectionTarifaire.SOINS, allowed)).build().financialClause())
          .hasSize(1);
    }
    // L313-11 alone still allows annual amendments.
    assertThat(cpom().addFinancialClause(mode3).build().financialClause()).hasSize(2);
  }

  @Test
  void perimeterRulesAreChecked() {
    var other = Fixtures.esms("690000060", "SAVS d'ailleurs", EsmsCategory.SAVS, "690000078",
        Funding.of(SectionTarifaire.GLOBAL, Funder.departement("69"), CD69));
    var e = rejects(() -> cpom().addPerimeter(other).build(), "cpom.perimeter", LegalBasis.casf("L313-11"));
    assertThat(e.getMessage()).contains("690000078");
    rejects(() -> cpom().addPerimeter(IME).build(), "cpom.perimeter", LegalBasis.convention(Convention.CONTRACT_CONTENT));
    rejects(() -> cpom().perimeter(List.of()).build(), "cpom.perimeter", LegalBasis.casf("L313-11"));
    var missing = rejects(() -> cpom().authorities(List.of(ARS)).build(), "cpom.authorities", LegalBasis.casf("L313-11"));
    assertThat(missing.getMessage()).contains("Foyer de vie Les Vignes");
    var none = rejects(() -> cpom().authorities(List.of()).build(), "cpom.authorities", LegalBasis.casf("L313-11"));
    assertThat(none.getMessage()).contains("at least one tariff authority");
    rejects(() -> cpom().addAuthorities(ARS).build(), "cpom.authorities", LegalBasis.convention(Convention.CONTRACT_CONTENT));
  }

  @Test
  void blankIdentityIsRejected() {
    assertThatThrownBy(() -> cpom().id(" ").build()).hasMessageContaining("cpom.id");
    assertThatThrownBy(() -> cpom().name("").build()).hasMessageContaining("cpom.name");
  }

  @Test
  void financialClauseLinesAreCheckedAgainstThePerimeter() {
    rejects(() -> cpom().addFinancialClause(TariffModeClause.builder().esms(EHPAD.finess())
            .groupe(GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE).mode(TariffMode.EQUATION).build()).build(),
        "cpom.financialClause[690000052 CHARGES_I_EXPLOITATION_COURANTE].esms", LegalBasis.casf("R314-40"));
    rejects(() -> cpom().addFinancialClause(TariffModeClause.of(SectionTarifaire.SOINS, TariffMode.EQUATION)).build(),
        "cpom.financialClause[* section SOINS].section", LegalBasis.casf("R314-40"));
    rejects(() -> ivTer().addFinancialClause(TariffModeClause.builder().esms(EHPAD.finess())
            .section(SectionTarifaire.ACCOMPAGNEMENT).mode(TariffMode.EQUATION).build()).build(),
        "cpom.financialClause[690000052 section ACCOMPAGNEMENT].section", LegalBasis.casf("R314-40"));
    rejects(() -> cpom().addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_II_PERSONNEL, TariffMode.EQUATION)).build(),
        "cpom.financialClause[* CHARGES_II_PERSONNEL]", LegalBasis.casf("R314-40"));
    rejects(() -> TariffModeClause.of(SectionTarifaire.GLOBAL, TariffMode.EQUATION), "financialClause.section", LegalBasis.casf("R314-40"));
    rejects(() -> TariffModeClause.of(SectionTarifaire.CRETON, TariffMode.EQUATION), "financialClause.section", LegalBasis.casf("R314-115"));
    rejects(() -> TariffModeClause.builder().groupe(GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE)
        .mode(TariffMode.CONTRACT_FORMULA).terms(" ").build(), "financialClause.terms", LegalBasis.convention(Convention.LABEL_TEXT));
    // A line naming the IME for section SOINS is rejected even though the EHPAD beside it is funded by SOINS.
    rejects(() -> cpom().addPerimeter(EHPAD).addFinancialClause(TariffModeClause.builder().esms(IME.finess())
            .section(SectionTarifaire.SOINS).mode(TariffMode.EQUATION).build()).build(),
        "cpom.financialClause[690000011 section SOINS].section", LegalBasis.casf("R314-40"));
    assertThat(cpom().addPerimeter(EHPAD).addFinancialClause(TariffModeClause.builder().esms(EHPAD.finess())
        .section(SectionTarifaire.SOINS).mode(TariffMode.EQUATION).build()).build().financialClause()).hasSize(2);
    rejects(() -> TariffModeClause.builder().mode(TariffMode.EQUATION).build(), "financialClause.target", LegalBasis.casf("R314-40"));
    rejects(() -> TariffModeClause.builder().mode(TariffMode.EQUATION).groupe(GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE)
        .section(SectionTarifaire.SOINS).build(), "financialClause.target", LegalBasis.casf("R314-40"));
  }

  @Test
  void theTariffModeOfAnEsmsPrefersItsOwnLine() {
    TariffModeClause foyer = TariffModeClause.builder().esms(FOYER.finess()).groupe(GroupeFonctionnel.CHARGES_II_PERSONNEL)
        .mode(TariffMode.CONTRACT_FORMULA).terms("GVT +1.0 % a year").build();
    Cpom c = cpom().addFinancialClause(foyer).build();
    assertThat(c.tariffModeClause(FOYER.finess(), GroupeFonctionnel.CHARGES_II_PERSONNEL)).contains(foyer);
    assertThat(c.tariffModeClause(IME.finess(), GroupeFonctionnel.CHARGES_II_PERSONNEL))
        .map(TariffModeClause::mode).contains(TariffMode.CAMPAIGN_RATE);
    assertThat(c.tariffModeClause(IME.finess(), GroupeFonctionnel.CHARGES_III_STRUCTURE)).isEmpty();
    // A line of the foyer's own never applies to the IME.
    TariffModeClause foyerIII = TariffModeClause.builder().from(foyer).groupe(GroupeFonctionnel.CHARGES_III_STRUCTURE).build();
    Cpom onlyOwn = cpom().addFinancialClause(foyerIII).build();
    assertThat(onlyOwn.tariffModeClause(IME.finess(), GroupeFonctionnel.CHARGES_III_STRUCTURE)).isEmpty();
    assertThat(onlyOwn.tariffModeClause(FOYER.finess(), GroupeFonctionnel.CHARGES_III_STRUCTURE)).contains(foyerIII);
    assertThat(foyer.target()).isEqualTo("CHARGES_II_PERSONNEL");

    Cpom ehpad = ivTer()
        .addFinancialClause(TariffModeClause.of(SectionTarifaire.SOINS, TariffMode.EQUATION))
        .addFinancialClause(TariffModeClause.builder().esms(EHPAD.finess()).section(SectionTarifaire.HEBERGEMENT)
            .mode(TariffMode.CONTRACT_FORMULA).build())
        .build();
    assertThat(ehpad.tariffModeClause(EHPAD.finess(), SectionTarifaire.SOINS)).map(TariffModeClause::mode).contains(TariffMode.EQUATION);
    assertThat(ehpad.tariffModeClause(EHPAD.finess(), SectionTarifaire.HEBERGEMENT)).map(TariffModeClause::target)
        .contains("section HEBERGEMENT");
    assertThat(ehpad.tariffModeClause(EHPAD.finess(), SectionTarifaire.DEPENDANCE)).isEmpty();
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    Cpom c = cpom().build();
    assertThatThrownBy(() -> c.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> c.contains(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> GrilleAvancement.from(c, null)).isInstanceOf(NullPointerException.class).hasMessage("followUps");
  }

  static Cpom.Builder ivTer() {
    return cpom().basis(CpomBasis.L313_12_IV_TER).perimeter(List.of(EHPAD)).fichesActions(List.of())
        .financialClause(List.of());
  }

  @Test
  void aContractRunsWithinTheYears1900To2200() {
    for (int y : new int[] {1900, 2200}) {
      Cpom.checkYear(java.time.Year.of(y), "f");
    }
    for (int y : new int[] {1899, 2201}) {
      rejects(() -> Cpom.checkYear(java.time.Year.of(y), "f"), "f", Cpom.YEARS_RULE);
    }
    assertThat(ivTer().startDate(LocalDate.of(1900, 1, 1)).durationYears(1).build().endDate())
        .isEqualTo(LocalDate.of(1900, 12, 31));
    assertThat(ivTer().startDate(LocalDate.of(2200, 1, 1)).durationYears(1).build().endDate())
        .isEqualTo(LocalDate.of(2200, 12, 31));
    rejects(() -> ivTer().startDate(LocalDate.of(1899, 12, 31)).durationYears(1).build(), "cpom.startDate",
        Cpom.YEARS_RULE);
    rejects(() -> ivTer().startDate(LocalDate.of(2201, 1, 1)).durationYears(1).build(), "cpom.startDate",
        Cpom.YEARS_RULE);
    // a contract that would end after 2200 names its duration with its extension
    var late = rejects(() -> cpom().startDate(LocalDate.of(2196, 1, 1)).durationYears(5)
        .extension(Period.ofMonths(12)).build(), "cpom.durationYears", Cpom.YEARS_RULE);
    assertThat(late.value()).isEqualTo("5 + P12M");
    // a caller's maximum of Integer.MAX_VALUE years: refused on the month count, before any date would overflow
    MaximumDuration endless = MaximumDuration.of(Integer.MAX_VALUE, 0, LegalBasis.given("arrêté 2025"));
    rejects(() -> ivTer().maximumDuration(endless).durationYears(Integer.MAX_VALUE).build(), "cpom.durationYears",
        Cpom.YEARS_RULE);
  }
}
