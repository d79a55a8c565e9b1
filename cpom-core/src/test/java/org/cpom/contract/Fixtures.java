package org.cpom.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cpom.money.Amount;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.referential.LegalStatus;
import org.cpom.referential.TariffAuthority;

/** Shared test data: a gestionnaire in the Rhône with an IME and a MAS (ARS), a foyer de vie (Département). */
final class Fixtures {
  private Fixtures() {}

  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");
  static final TariffAuthority CD69 = TariffAuthority.departement("69");
  static final Gestionnaire GESTIONNAIRE =
      Gestionnaire.of(FinessNumber.of("690000003"), "Association Les Coteaux", LegalStatus.PRIVATE_NON_PROFIT);

  static final Esms IME = esms("690000011", "IME Les Tilleuls", EsmsCategory.IME, "690000003",
      Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS));
  static final Esms MAS = esms("690000037", "MAS Le Grand Pré", EsmsCategory.MAS, "690000003",
      Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS));
  static final Esms FOYER = esms("690000045", "Foyer de vie Les Vignes", EsmsCategory.FOYER_DE_VIE, "690000003",
      Funding.of(SectionTarifaire.GLOBAL, Funder.departement("69"), CD69));

  static final Esms EHPAD = Esms.builder()
      .finess(FinessNumber.of("690000052"))
      .name("EHPAD Les Glycines")
      .category(EsmsCategory.EHPAD)
      .gestionnaire(FinessNumber.of("690000003"))
      .addCapacity(CapacityLine.of(CapacityMode.HEBERGEMENT_PERMANENT, 80, 80, 365))
      .addFundings(Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), ARS))
      .addFundings(Funding.of(SectionTarifaire.DEPENDANCE, Funder.departement("69"), CD69))
      .addFundings(Funding.of(SectionTarifaire.HEBERGEMENT, Funder.departement("69"), CD69))
      .build();

  static Esms esms(String finess, String name, EsmsCategory category, String gestionnaire, Funding funding) {
    return Esms.builder()
        .finess(FinessNumber.of(finess))
        .name(name)
        .category(category)
        .gestionnaire(FinessNumber.of(gestionnaire))
        .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 30, 30, 365))
        .addFundings(funding)
        .build();
  }

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** Creton indicator: 9 young adults at the start, lower is better, targets 8, 6, 4, 3, 2. */
  static Indicator creton() {
    return Indicator.builder()
        .id("I1")
        .label("Young adults kept in IME (amendement Creton)")
        .unit("persons")
        .direction(Indicator.Direction.LOWER_IS_BETTER)
        .baseline(d("9"))
        .putTargets(1, d("8"))
        .putTargets(2, d("6"))
        .putTargets(3, d("4"))
        .putTargets(4, d("3"))
        .putTargets(5, d("2"))
        .build();
  }

  /** FA1: serves OS1, IME and MAS, two steps in 2025 and 2026, the Creton indicator, 27,500.00 redeployed. */
  static FicheAction.Builder fa1() {
    return FicheAction.builder()
        .id("FA1")
        .title("Reduce Creton placements")
        .objective("OS1")
        .addEsms(IME.finess(), MAS.finess())
        .pilot("Directeur du pôle enfance")
        .addSteps(Step.of("Partnership agreement", LocalDate.of(2025, 6, 30)))
        .addSteps(Step.of("Discovery placements", LocalDate.of(2026, 6, 30)))
        .addIndicators(creton())
        .addMeans(Means.of("0.5 FTE coordinator", Amount.of("27500.00"), FundingWay.REDEPLOYMENT));
  }

  /** An L313-11 contract, 5 years from 1 January 2025, IME + MAS + foyer, objectives OS1 and OS2, FA1. */
  static Cpom.Builder cpom() {
    return Cpom.builder()
        .id("CPOM-69-2025")
        .name("CPOM 2025-2029 Association Les Coteaux")
        .basis(CpomBasis.L313_11)
        .gestionnaire(GESTIONNAIRE)
        .addAuthorities(ARS, CD69)
        .startDate(LocalDate.of(2025, 1, 1))
        .durationYears(5)
        .addPerimeter(IME, MAS, FOYER)
        .addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_II_PERSONNEL, TariffMode.CAMPAIGN_RATE))
        .addObjectives(Objective.of("OS1", "Smoother transitions to adult services", "9 young adults wait in IME"))
        .addObjectives(Objective.of("OS2", "Prevent staff burn-out"))
        .addFichesActions(fa1().build());
  }

  /** An ARS-only L313-12-2 contract: IME and MAS. */
  static Cpom.Builder arsCpom() {
    return cpom().basis(CpomBasis.L313_12_2).authorities(java.util.List.of(ARS)).perimeter(java.util.List.of(IME, MAS));
  }
}
