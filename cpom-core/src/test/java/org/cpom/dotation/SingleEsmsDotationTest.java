package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.cpom.activity.ActivityRecord;
import org.cpom.activity.EhpadFundingLevel;
import org.cpom.activity.EhpadModulation;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResolvedSingleEsmsDotation;
import org.cpom.contract.TariffMode;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.payment.Payment;
import org.cpom.payment.PaymentEngine;
import org.cpom.payment.PaymentSchedule;
import org.cpom.payment.ScheduleRequest;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.Financement;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** A lone ESMS's dotation: the engine's per-ESMS steps without a DGC, then its payments. */
class SingleEsmsDotationTest {
  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");
  static final TariffAuthority CD69 = TariffAuthority.departement("69");
  static final FinessNumber GEST = FinessNumber.of("690000003");
  static final LegalBasis CAMPAIGN = LegalBasis.given("instruction de campagne 2025");

  static final Esms EHPAD = Esms.builder()
      .finess(FinessNumber.of("690000052"))
      .name("EHPAD Les Glycines")
      .category(EsmsCategory.EHPAD)
      .gestionnaire(GEST)
      .addCapacity(CapacityLine.of(CapacityMode.HEBERGEMENT_PERMANENT, 80, 80, 365))
      .addFundings(Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), ARS))
      .addFundings(Funding.of(SectionTarifaire.DEPENDANCE, Funder.departement("69"), CD69))
      .addFundings(Funding.of(SectionTarifaire.HEBERGEMENT, Funder.departement("69"), CD69))
      .build();

  static final Esms ESAT = Esms.builder()
      .finess(FinessNumber.of("690000110"))
      .name("ESAT Les Ateliers du Rhône")
      .category(EsmsCategory.ESAT)
      .gestionnaire(GEST)
      .addCapacity(CapacityLine.of(CapacityMode.PLACES_DE_SERVICE, 80, 80, 226))
      .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.etat(), ARS))
      .build();

  static ResolvedSingleEsmsDotation.Builder single(Esms esms, Funder funder, TariffMode mode) {
    return ResolvedSingleEsmsDotation.builder()
        .contractReference("CPOM-69-2025")
        .basis(CpomBasis.L313_12_IV_TER)
        .firstYear(Year.of(2025))
        .lastYear(Year.of(2029))
        .esms(esms)
        .funder(funder)
        .mode(mode);
  }

  static Amount eur(long euros) {
    return Amount.ofEuros(euros);
  }

  static Amount sum(List<TraceStep> steps) {
    return Amount.total(steps.stream().map(TraceStep::amount).toList());
  }

  @Test
  void aLoneEhpadsForfaitSoinsIsComputedAndPaidWithoutADgc() {
    ResolvedSingleEsmsDotation soins = single(EHPAD, Funder.assuranceMaladie(), TariffMode.EQUATION).build();
    // the EHPAD has one assurance-maladie line: the section is derived, the authority is that line's
    assertThat(soins.financement()).isEqualTo(Financement.of(Funder.assuranceMaladie(), SectionTarifaire.SOINS));
    assertThat(soins.authority()).isEqualTo(ARS);

    // 2024: 26,280 days on 80 places x 365 = 29,200, so 90 % against the 95 % threshold (R314-160)
    ActivityRecord a2024 = ActivityRecord.builder().esms(EHPAD.finess()).year(Year.of(2024)).theoreticalDays(29_200)
        .daysProvided(26_280).build();
    EsmsYear in = EsmsYear.builder()
        .esms(EHPAD.finess())
        .actualisation(Actualisation.givenAmount(eur(1_630_000), LegalBasis.casf("R314-162")))
        .addCnr(Cnr.of("Remplacement de matériel", eur(20_000), CAMPAIGN))
        .modulation(EhpadModulation.builder().esms(EHPAD.finess()).section(SectionTarifaire.SOINS)
            .fundingLevel(EhpadFundingLevel.AT_LEAST_TARGET).addActivity(a2024).build())
        .build();
    EsmsDotation d = DotationEngine.compute(soins, SingleEsmsYear.of(Year.of(2025), in), eur(1_600_000));

    // 1,630,000 (equation) + 20,000 (CNR) - half of the 5-point gap, 2.5 % x 1,630,000 = 40,750
    assertThat(d.esms()).isEqualTo(EHPAD.finess());
    assertThat(d.mode()).isEqualTo(TariffMode.EQUATION);
    assertThat(d.previousBase()).isEqualTo(eur(1_600_000));
    assertThat(d.updatedBase()).isEqualTo(eur(1_630_000));
    assertThat(d.cnr()).isEqualTo(eur(20_000));
    assertThat(d.modulation().orElseThrow().adjustment()).isEqualTo(eur(-40_750));
    assertThat(d.amount()).isEqualTo(eur(1_609_250));
    assertThat(d.trace().steps().get(0).label()).isEqualTo("Base reconductible 2024");
    assertThat(d.trace().steps().get(0).amount()).isEqualTo(eur(1_600_000));
    assertThat(d.trace().steps().get(1).amount()).isEqualTo(eur(30_000));
    assertThat(d.trace().steps().get(2).label()).startsWith("CNR Remplacement de matériel");
    assertThat(d.trace().steps()).extracting(s -> s.basis()).contains(
        LegalBasis.casf("R314-160").readWith(Convention.EHPAD_MODULATION));
    assertThat(sum(d.trace().steps())).isEqualTo(d.amount());
    // the next base is the updated base: no CNR, no one-year modulation
    assertThat(d.nextBase()).isEqualTo(eur(1_630_000));
    assertThat(sum(d.nextBaseTrace().steps())).isEqualTo(d.nextBase());

    // notified before the January payment: twelve twelfths of 1,609,250.00 = 160,925,000 cents / 12
    // = 13,410,416 rest 8, so eight payments of 134,104.17 and four of 134,104.16
    // the assurance maladie pays an EHPAD's forfait soins under the CSS (CASF R314-111), not under R314-107
    PaymentSchedule s = PaymentEngine.schedule(ScheduleRequest.builder().year(Year.of(2025)).annualAmount(d.amount())
        .regime(org.cpom.payment.PaymentRegime.from(soins))
        .notified(LocalDate.of(2024, 12, 15)).calendar(HolidayCalendars.national()).build());
    assertThat(s.regime()).isEqualTo(org.cpom.payment.PaymentRegime.CSS_R174_9);
    assertThat(s.payments().get(0).trace().steps().get(0).basis().text()).contains("R174-9");
    assertThat(s.payments()).hasSize(12);
    assertThat(s.total()).isEqualTo(d.amount());
    assertThat(s.payments().get(0).amount()).isEqualTo(Amount.of("134104.17"));
    assertThat(s.payments().get(11).amount()).isEqualTo(Amount.of("134104.16"));
  }

  @Test
  void theContractSuppliesTheReferenceBasisAndYearsOfALoneDotation() {
    org.cpom.contract.Cpom cpom = org.cpom.contract.Cpom.builder().id("CPOM-69-2025").name("CPOM 2025-2029")
        .basis(CpomBasis.L313_12_2)
        .gestionnaire(org.cpom.referential.Gestionnaire.of(GEST, "Association",
            org.cpom.referential.LegalStatus.PRIVATE_NON_PROFIT))
        .addAuthorities(ARS).startDate(LocalDate.of(2025, 1, 1)).durationYears(5).addPerimeter(ESAT)
        .addSingleDotations(org.cpom.contract.SingleEsmsDotation.of(ESAT, Funder.etat(), TariffMode.CAMPAIGN_RATE))
        .build();
    ResolvedSingleEsmsDotation esat = cpom.singleDotation(ESAT.finess());
    // the same value as one stated outside the contract with the contract's facts
    assertThat(esat).isEqualTo(single(ESAT, Funder.etat(), TariffMode.CAMPAIGN_RATE).basis(CpomBasis.L313_12_2).build());
    EsmsYear in = EsmsYear.builder().esms(ESAT.finess()).actualisation(Actualisation.campaignRate(Rate.ofPercent("1.20")))
        .build();
    // 1,500,000 x 1.012
    assertThat(DotationEngine.compute(esat, SingleEsmsYear.of(Year.of(2025),
            in), eur(1_500_000)).amount()).isEqualTo(eur(1_518_000));
    // the years are the contract's: 2030 is after its period
    assertRejected(() -> DotationEngine.compute(esat, SingleEsmsYear.of(Year.of(2030),
            in), eur(1)), "year", "cpom convention",
        "outside the contract years 2025-2029");
  }

  @Test
  void aLoneEsatsDotationIsComputedAndPaidWithoutADgc() {
    ResolvedSingleEsmsDotation esat = single(ESAT, Funder.etat(), TariffMode.CAMPAIGN_RATE).basis(CpomBasis.L313_12_2).build();
    assertThat(esat.financement()).isEqualTo(Financement.of(Funder.etat(), SectionTarifaire.GLOBAL));
    EsmsYear in = EsmsYear.builder()
        .esms(ESAT.finess())
        .actualisation(Actualisation.campaignRate(Rate.ofPercent("1.20")))
        .addMesuresNouvelles(MesureNouvelle.of("5 places", eur(60_000), LocalDate.of(2025, 7, 1), CAMPAIGN))
        .build();
    EsmsDotation d = DotationEngine.compute(esat, SingleEsmsYear.of(Year.of(2025), in), eur(1_500_000));

    // 1,500,000 x 1.012 = 1,518,000; 60,000 x 184 / 365 days (1 July to 31 December) = 30,246.575 -> 30,246.58
    assertThat(d.updatedBase()).isEqualTo(eur(1_518_000));
    assertThat(d.mesuresNouvelles()).isEqualTo(Amount.of("30246.58"));
    assertThat(d.amount()).isEqualTo(Amount.of("1548246.58"));
    assertThat(d.trace().steps()).extracting(TraceStep::label).first().isEqualTo("Base reconductible 2024");
    assertThat(d.trace().steps()).hasSize(3);
    assertThat(d.trace().steps().get(1).basis().text()).contains("R314-40 1°");
    assertThat(sum(d.trace().steps())).isEqualTo(d.amount());
    // next base: 1,518,000 + the mesure nouvelle at full year
    assertThat(d.nextBase()).isEqualTo(eur(1_578_000));

    // notified on 10 April: January to March advance twelfths of 2024's 1,500,000 (125,000.00 each), April
    // catches up, and the year sums to the new amount
    PaymentSchedule s = PaymentEngine.schedule(ScheduleRequest.builder().year(Year.of(2025)).annualAmount(d.amount())
        .previousAmount(eur(1_500_000)).notified(LocalDate.of(2025, 4, 10)).calendar(HolidayCalendars.national())
        .build());
    assertThat(s.payments()).hasSize(12);
    assertThat(s.payments()).extracting(Payment::amount).startsWith(eur(125_000), eur(125_000), eur(125_000));
    assertThat(s.total()).isEqualTo(Amount.of("1548246.58"));
  }

  @Test
  void anEsmsAloneGetsExactlyWhatItWouldGetAsAMemberOfADgc() {
    // the IME of the campaign-rate DGC, computed in its DGC and alone with the same base and inputs
    DgcYear year = DgcFixtures.year(2025, "1.20").build();
    EsmsDotation inDgc = DotationEngine.compute(DgcFixtures.rateDgc(), year, DgcFixtures.w15Bases()).esms(DgcFixtures.A);
    ResolvedSingleEsmsDotation alone = single(DgcFixtures.IME, Funder.assuranceMaladie(), TariffMode.CAMPAIGN_RATE)
        .basis(CpomBasis.L313_12_2).build();
    EsmsDotation d = DotationEngine.compute(alone, SingleEsmsYear.of(Year.of(2025),
            year.esms().get(0)), eur(1_800_000));
    assertThat(d).isEqualTo(inDgc);
    assertThat(d.amount()).isEqualTo(eur(1_821_600));
  }

  @Test
  void consecutiveYearsStartFromTheBaseTheYearBeforeLeft() {
    ResolvedSingleEsmsDotation esat = single(ESAT, Funder.etat(), TariffMode.CAMPAIGN_RATE).build();
    EsmsYear y = EsmsYear.builder().esms(ESAT.finess()).actualisation(Actualisation.campaignRate(Rate.ofPercent("1.00")))
        .build();
    List<SingleEsmsYear> twoYears = List.of(SingleEsmsYear.of(Year.of(2025), y), SingleEsmsYear.of(Year.of(2026), y));
    SingleEsmsProjection p = DotationEngine.project(esat, twoYears, eur(1_000_000));
    List<EsmsDotation> years = p.years();
    // 1,000,000 x 1.01 = 1,010,000, then x 1.01 = 1,020,100
    assertThat(years).extracting(EsmsDotation::amount).containsExactly(eur(1_010_000), eur(1_020_100));
    assertThat(years).extracting(EsmsDotation::year).containsExactly(Year.of(2025), Year.of(2026));
    // a projection value, as for a DGC: its initial base, a year by year lookup, equal for equal inputs
    assertThat(p.initialBase()).isEqualTo(eur(1_000_000));
    assertThat(p.year(Year.of(2026)).amount()).isEqualTo(eur(1_020_100));
    assertThat(DotationEngine.project(esat, twoYears, eur(1_000_000))).isEqualTo(p)
        .hasSameHashCodeAs(p).hasToString(p.toString());
    assertRejected(() -> p.year(Year.of(2027)), "year", "cpom convention", "not a year of this projection");
  }

  @Test
  void aLoneEsmsCarriesAMesureNouvelleThatStartsInALaterYear() {
    ResolvedSingleEsmsDotation esat = single(ESAT, Funder.etat(), TariffMode.CAMPAIGN_RATE).build();
    Actualisation zero = Actualisation.campaignRate(Rate.ZERO);
    MesureNouvelle later = MesureNouvelle.of("10 places", eur(73_000), LocalDate.of(2026, 10, 1),
        LegalBasis.given("campagne 2025"));
    EsmsYear y2025 = EsmsYear.builder().esms(ESAT.finess()).actualisation(zero).addMesuresNouvelles(later).build();
    EsmsYear plain = EsmsYear.builder().esms(ESAT.finess()).actualisation(zero).build();
    List<EsmsDotation> years = DotationEngine.project(esat, List.of(SingleEsmsYear.of(Year.of(2025), y2025),
        SingleEsmsYear.of(Year.of(2026), plain), SingleEsmsYear.of(Year.of(2027), plain)), eur(1_000_000)).years();
    // 2025: nothing yet; 2026: 73,000 x 92/365 = 18,400.00; 2027: the full year is in the base
    assertThat(years).extracting(EsmsDotation::amount)
        .containsExactly(eur(1_000_000), Amount.of("1018400.00"), eur(1_073_000));
    assertThat(years.get(0).nextBase()).isEqualTo(eur(1_000_000));
    assertThat(years.get(1).nextBase()).isEqualTo(eur(1_073_000));
  }

  @Test
  void aLoneEhpadsDependanceNamesItsSection() {
    assertRejected(() -> single(EHPAD, Funder.departement("69"), TariffMode.CONTRACT_FORMULA).build(),
        "singleEsmsDotation.section", "cpom convention", "several financements of Département 69 [DEPENDANCE, HEBERGEMENT]");
    ResolvedSingleEsmsDotation dependance = single(EHPAD, Funder.departement("69"), TariffMode.CONTRACT_FORMULA)
        .section(SectionTarifaire.DEPENDANCE).build();
    assertThat(dependance.authority()).isEqualTo(CD69);
    assertThat(dependance.toString()).contains("Département 69 / DEPENDANCE");
  }

  @Test
  void badDefinitionsAndInputsAreRejected() {
    assertRejected(() -> single(ESAT, Funder.assuranceMaladie(), TariffMode.CAMPAIGN_RATE).build(),
        "singleEsmsDotation.funder", "cpom convention", "no funding by this funder");
    assertRejected(() -> single(ESAT, Funder.etat(), TariffMode.CAMPAIGN_RATE).section(SectionTarifaire.DEPENDANCE).build(),
        "singleEsmsDotation.section", "cpom convention", "no funding line of the financement État / DEPENDANCE");
    assertRejected(() -> single(ESAT, Funder.etat(), TariffMode.ANNUAL_AMENDMENT).build(), "singleEsmsDotation.mode",
        "R314-39-1", "mode 3°");
    assertThat(single(ESAT, Funder.etat(), TariffMode.ANNUAL_AMENDMENT).basis(CpomBasis.L313_11).build().mode())
        .isEqualTo(TariffMode.ANNUAL_AMENDMENT);
    assertRejected(() -> single(ESAT, Funder.etat(), TariffMode.CAMPAIGN_RATE).lastYear(Year.of(2024)).build(),
        "singleEsmsDotation.lastYear", "cpom convention", "before the first year");

    ResolvedSingleEsmsDotation esat = single(ESAT, Funder.etat(), TariffMode.CAMPAIGN_RATE).build();
    EsmsYear ok = EsmsYear.builder().esms(ESAT.finess()).actualisation(Actualisation.campaignRate(Rate.ofPercent("1")))
        .build();
    assertRejected(() -> DotationEngine.compute(esat, SingleEsmsYear.of(Year.of(2030),
            ok), eur(1)), "year", "cpom convention",
        "outside the contract years 2025-2029");
    assertRejected(() -> DotationEngine.compute(esat, SingleEsmsYear.of(Year.of(2025),
            ok), eur(-1)), "previousBase", "cpom convention",
        "zero or more");
    assertRejected(() -> DotationEngine.compute(esat, SingleEsmsYear.of(Year.of(2025),
            EsmsYear.builder().from(ok).esms(EHPAD.finess()).build()), eur(1)), "esmsYear.esms", "cpom convention",
            "another ESMS");
    // the mode is checked as for a DGC member, with the single ESMS's field
    assertRejected(() -> DotationEngine.compute(esat, SingleEsmsYear.of(Year.of(2025), EsmsYear.builder().from(ok)
            .actualisation(Actualisation.givenAmount(eur(1), CAMPAIGN)).build()), eur(1)), "esmsYear.actualisation", "R314-40 1°",
        "expected");
    assertRejected(() -> DotationEngine.project(esat, List.of(), eur(1)), "years", "cpom convention",
        "at least one year");
    // the years follow each other, as for a DGC
    assertRejected(() -> DotationEngine.project(esat, List.of(SingleEsmsYear.of(Year.of(2025), ok),
        SingleEsmsYear.of(Year.of(2027), ok)), eur(1)), "years[1].year", "cpom:consecutive-years", "expected 2026");
  }

  @Test
  void aLoneEhpadModulatedOnItsEquationPartIsPaidUnderTheCss() {
    // the acceptance figures on a lone EHPAD: equation 1,450,000 + financements complémentaires 180,000,
    // occupancy (27,300 + 640) / 30,660 against 95 %: -28,068.33 on the equation part only (R314-160)
    ResolvedSingleEsmsDotation soins = single(EHPAD, Funder.assuranceMaladie(), TariffMode.EQUATION).build();
    ActivityRecord a2024 = ActivityRecord.builder().esms(EHPAD.finess()).year(Year.of(2024)).theoreticalDays(30_660)
        .daysProvided(27_300).absencesUnder72Hours(640).build();
    EsmsDotation d = DotationEngine.compute(soins, SingleEsmsYear.of(Year.of(2025), EsmsYear.builder()
        .esms(EHPAD.finess())
        .actualisation(Actualisation.givenAmount(eur(1_630_000), LegalBasis.casf("R314-162")))
        .addUnmodulatedParts(org.cpom.activity.UnmodulatedPart.of("financements complémentaires", eur(180_000),
            LegalBasis.casf("R314-163")))
        .modulation(EhpadModulation.builder().esms(EHPAD.finess()).section(SectionTarifaire.SOINS)
            .fundingLevel(EhpadFundingLevel.AT_LEAST_TARGET).addActivity(a2024).build())
        .build()), eur(1_600_000));
    assertThat(d.modulation().orElseThrow().base()).isEqualTo(eur(1_450_000));
    assertThat(d.amount()).isEqualTo(Amount.of("1601931.67"));
    assertThat(d.nextBase()).isEqualTo(eur(1_630_000));
    // 160,193,167 cents = 12 x 13,349,430 + 7: seven twelfths of 133,494.31, five of 133,494.30, under CSS R174-9
    PaymentSchedule s = PaymentEngine.schedule(ScheduleRequest.builder().year(Year.of(2025)).annualAmount(d.amount())
        .regime(org.cpom.payment.PaymentRegime.from(soins)).notified(LocalDate.of(2024, 12, 15))
        .calendar(HolidayCalendars.national()).build());
    assertThat(s.total()).isEqualTo(d.amount());
    assertThat(s.payments().get(6).amount()).isEqualTo(Amount.of("133494.31"));
    assertThat(s.payments().get(7).amount()).isEqualTo(Amount.of("133494.30"));
    assertThat(s.payments()).allSatisfy(p -> assertThat(p.trace().steps().get(0).basis().text())
        .startsWith("CSS R174-9 (CASF R314-111); cpom convention cpom:css-payment-day (UNVERIFIED"));
  }

  @Test
  void anEhpadModulationModulatesOnlyTheForfaitOfItsOwnSection() {
    // R314-160 modulates the forfait soins (assurance maladie), R314-174 the forfait dépendance (Département);
    // neither reaches another financement, nor the hébergement tariff
    ActivityRecord a2024 = ActivityRecord.builder().esms(EHPAD.finess()).year(Year.of(2024)).theoreticalDays(29_200)
        .daysProvided(26_280).build();
    java.util.function.Function<SectionTarifaire, EsmsYear> year = section -> EsmsYear.builder()
        .esms(EHPAD.finess())
        .actualisation(Actualisation.givenAmount(eur(400_000), LegalBasis.casf("R314-173")))
        .modulation(EhpadModulation.builder().esms(EHPAD.finess()).section(section)
            .fundingLevel(EhpadFundingLevel.AT_LEAST_TARGET).addActivity(a2024).build())
        .build();
    ResolvedSingleEsmsDotation soins = single(EHPAD, Funder.assuranceMaladie(), TariffMode.EQUATION).build();
    ResolvedSingleEsmsDotation dependance = single(EHPAD, Funder.departement("69"), TariffMode.EQUATION)
        .section(SectionTarifaire.DEPENDANCE).build();
    ResolvedSingleEsmsDotation hebergement = single(EHPAD, Funder.departement("69"), TariffMode.CAMPAIGN_RATE)
        .section(SectionTarifaire.HEBERGEMENT).build();
    // the dépendance forfait under R314-174: 2.5 % of 400,000
    EsmsDotation d = DotationEngine.compute(dependance, SingleEsmsYear.of(Year.of(2025),
            year.apply(SectionTarifaire.DEPENDANCE)), eur(400_000));
    assertThat(d.modulation().orElseThrow().adjustment()).isEqualTo(eur(-10_000));
    assertRejected(() -> DotationEngine.compute(dependance, SingleEsmsYear.of(Year.of(2025),
            year.apply(SectionTarifaire.SOINS)), eur(400_000)),
        "esmsYear.modulation", "R314-160", "forfait soins");
    assertRejected(() -> DotationEngine.compute(soins, SingleEsmsYear.of(Year.of(2025),
            year.apply(SectionTarifaire.DEPENDANCE)), eur(400_000)),
        "esmsYear.modulation", "R314-174", "forfait dépendance");
    EsmsYear heb = EsmsYear.builder().from(year.apply(SectionTarifaire.DEPENDANCE))
        .actualisation(Actualisation.campaignRate(org.cpom.money.Rate.ofPercent("0"))).build();
    assertRejected(() -> DotationEngine.compute(hebergement, SingleEsmsYear.of(Year.of(2025), heb), eur(400_000)),
        "esmsYear.modulation", "R314-174", "Département 69 / HEBERGEMENT");
  }

  static void assertRejected(ThrowingCallable call, String field, String rule, String problem) {
    assertThatThrownBy(call)
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining(problem)
        .satisfies(e -> {
          CpomValidationException v = (CpomValidationException) e;
          assertThat(v.field()).isEqualTo(field);
          assertThat(v.rule().text()).contains(rule);
        });
  }
}
