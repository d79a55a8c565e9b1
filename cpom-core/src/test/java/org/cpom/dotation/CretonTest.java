package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.dotation.SingleEsmsDotationTest.assertRejected;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cpom.calendar.Deadline;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.calendar.SourceStatus;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.ResolvedSingleEsmsDotation;
import org.cpom.contract.TariffMode;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.payment.PaymentEngine;
import org.cpom.payment.PaymentSchedule;
import org.cpom.payment.ScheduleRequest;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.TariffAuthority;
import org.cpom.LegalBasis;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** Young adults kept in an IME under CASF L242-4: the R314-115 split, its deadline, and who pays. */
class CretonTest {
  static final TariffAuthority ARS = TariffAuthority.ars("Hauts-de-France");
  static final FinessNumber GEST = FinessNumber.of("590000015");
  static final Funder AM = Funder.assuranceMaladie();
  static final Funder D59 = Funder.departement("59");
  static final Funder D62 = Funder.departement("62");

  static Esms.Builder esms(String finess, EsmsCategory category) {
    return Esms.builder().finess(FinessNumber.of(finess)).name(category + " " + finess).category(category)
        .gestionnaire(GEST).addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 60, 60, 210));
  }

  static Funding creton(Funder departement) {
    return Funding.of(SectionTarifaire.CRETON, departement, ARS);
  }

  /** IME Le Moulin: its dotation by the assurance maladie, and Creton parts of the Nord and the Pas-de-Calais. */
  static final Esms IME = esms("590000049", EsmsCategory.IME)
      .addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS), creton(D59), creton(D62)).build();

  /** A split built directly, for the value's own checks; users compute one with the engine. */
  static ImmutableCretonSplit.Builder split(String dotation, CretonRevenue... revenues) {
    return CretonSplit.builder().esms(IME).year(Year.of(2025)).closedExercice(Year.of(2024))
        .dotation(Amount.of(dotation)).addRevenues(revenues);
  }

  static Amount sum(List<TraceStep> steps) {
    return Amount.total(steps.stream().map(TraceStep::amount).toList());
  }

  @Test
  void acceptanceTheAssuranceMaladiePartIsTheDotationLessTheDepartementParts() {
    // the IME's 2025 dotation from the engine: base 1,800,000.00 at a campaign rate of 0 %
    ResolvedSingleEsmsDotation dotation = ResolvedSingleEsmsDotation.builder().contractReference("CPOM-59-2025")
        .basis(CpomBasis.L313_12_2).firstYear(Year.of(2025)).lastYear(Year.of(2029)).esms(IME).funder(AM)
        .mode(TariffMode.CAMPAIGN_RATE).build();
    EsmsDotation d = DotationEngine.compute(dotation, SingleEsmsYear.of(Year.of(2025), EsmsYear.builder()
        .esms(IME.finess()).actualisation(Actualisation.campaignRate(Rate.ofPercent("0"))).build()), Amount.of("1800000.00"));

    CretonSplit s = DotationEngine.cretonSplit(d, dotation,
        List.of(CretonRevenue.of("59", Amount.of("42000.00")), CretonRevenue.of("62", Amount.of("18500.00"))));
    // the same inputs give an equal split; the dotation comes from the result, not retyped
    assertThat(DotationEngine.cretonSplit(d, dotation, List.of(CretonRevenue.of("59", Amount.of("42000.00")),
        CretonRevenue.of("62", Amount.of("18500.00"))))).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(s.dotation()).isEqualTo(d.amount());
    assertThat(s.esms()).isEqualTo(IME);
    EsmsDotation otherYear = DotationEngine.compute(ResolvedSingleEsmsDotation.builder().from(dotation)
        .esms(esms("590000072", EsmsCategory.IME).addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS)).build())
        .build(), SingleEsmsYear.of(Year.of(2025), EsmsYear.builder().esms(FinessNumber.of("590000072"))
        .actualisation(Actualisation.campaignRate(Rate.ofPercent("0"))).build()), Amount.of("1.00"));
    assertRejected(() -> DotationEngine.cretonSplit(otherYear, dotation, List.of()), "dotation.esms", "R314-115",
        "another ESMS than 590000049");
    // 1,800,000.00 - 42,000.00 - 18,500.00 = 1,739,500.00
    assertThat(s.assuranceMaladiePart()).isEqualTo(Amount.of("1739500.00"));
    assertThat(s.departementParts()).containsExactly(Map.entry(D59, Amount.of("42000.00")),
        Map.entry(D62, Amount.of("18500.00")));
    assertThat(s.departementsTotal()).isEqualTo(Amount.of("60500.00"));
    assertThat(s.closedExercice()).isEqualTo(Year.of(2024));
    assertThat(s.departementsTotal().plus(s.assuranceMaladiePart())).isEqualTo(s.dotation());

    List<TraceStep> steps = s.trace().steps();
    assertThat(steps).hasSize(3);
    assertThat(steps.get(0).amount()).isEqualTo(Amount.of("1800000.00"));
    assertThat(steps.get(1).label()).contains("Département 59", "exercice 2024", "prix de journée");
    assertThat(steps.get(1).amount()).isEqualTo(Amount.of("-42000.00"));
    assertThat(steps.get(2).amount()).isEqualTo(Amount.of("-18500.00"));
    assertThat(steps).allSatisfy(t -> assertThat(t.basis().text()).contains("R314-115"));
    assertThat(steps.get(1).basis()).isEqualTo(LegalBasis.casf("R314-115", "L242-4"));
    assertThat(sum(steps)).isEqualTo(s.assuranceMaladiePart());

    // the assurance maladie pays its part by twelfths: 1,739,500.00 / 12 = 144,958.33(33), the first four
    // months taking the four cents left over; under CSS R174-16-1 to -5, as R314-115 says
    PaymentSchedule paid = PaymentEngine.schedule(ScheduleRequest.builder().year(Year.of(2025))
        .annualAmount(s.assuranceMaladiePart()).regime(org.cpom.payment.PaymentRegime.from(dotation))
        .notified(LocalDate.of(2024, 12, 20)).calendar(HolidayCalendars.national())
        .build());
    assertThat(paid.regime()).isEqualTo(org.cpom.payment.PaymentRegime.CSS_R174_16_1);
    assertThat(paid.payments().get(0).trace().steps().get(0).basis().text()).contains("CSS R174-16-1, R174-16-2, R174-16-3, R174-16-4, R174-16-5");
    assertThat(paid.payments()).hasSize(12);
    assertThat(paid.payments().get(0).amount()).isEqualTo(Amount.of("144958.34"));
    assertThat(paid.payments().get(11).amount()).isEqualTo(Amount.of("144958.33"));
    assertThat(paid.total()).isEqualTo(Amount.of("1739500.00"));

    // the 31 January transmission to the DG ARS, listed with its basis
    Deadline due = s.transmissionDeadline();
    assertThat(due.date()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(due.legalBasis()).isEqualTo(LegalBasis.casf("R314-115"));
    assertThat(due.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(due.label()).contains("Creton", "DG ARS");
    assertThat(org.cpom.calendar.CretonDeadlines.departementPartsTransmission(Year.of(2026)).date())
        .isEqualTo(LocalDate.of(2026, 1, 31));
    assertThatThrownBy(() -> org.cpom.calendar.CretonDeadlines.departementPartsTransmission(null))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("tariffYear");
    // the year itself is checked, as an exercice, before the date it leads to
    assertThatThrownBy(() -> org.cpom.calendar.CretonDeadlines.departementPartsTransmission(Year.of(1582)))
        .isInstanceOf(org.cpom.CpomValidationException.class)
        .hasMessageContaining("outside the supported years 1583..9999")
        .extracting(e -> ((org.cpom.CpomValidationException) e).field())
        .isEqualTo("exercice");
  }

  @Test
  void anAssuranceMaladieDgcPaysTheImeItsShareLessTheCretonParts() {
    // R314-115: the IME's dotation globalisée (its DGC share) includes the Départements' parts, billed to them
    // as prix de journée; the assurance maladie pays the rest. An AM DGC of the IME and a SESSAD, 0 % in 2025.
    Esms sessad = esms("590000080", EsmsCategory.SESSAD).addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS)).build();
    ResolvedDgc dgc = ResolvedDgc.builder().name("DGC ARS").contractReference("CPOM-59-2025")
        .basis(CpomBasis.L313_12_2).firstYear(Year.of(2025)).lastYear(Year.of(2029)).gestionnaire(GEST).authority(ARS)
        .funder(AM).addMembers(DgcMember.of(IME, TariffMode.CAMPAIGN_RATE), DgcMember.of(sessad, TariffMode.CAMPAIGN_RATE))
        .build();
    java.util.Map<FinessNumber, Amount> bases = new java.util.LinkedHashMap<>();
    bases.put(IME.finess(), Amount.of("1800000.00"));
    bases.put(sessad.finess(), Amount.of("900000.00"));
    DgcDotation y = DotationEngine.compute(dgc, DgcYear.builder().year(Year.of(2025))
        .addEsms(EsmsYear.builder().esms(IME.finess()).actualisation(Actualisation.campaignRate(Rate.ofPercent("0")))
            .build(), EsmsYear.builder().esms(sessad.finess()).actualisation(Actualisation.campaignRate(Rate.ofPercent("0")))
            .build()).build(), bases);
    CretonSplit split = DotationEngine.cretonSplit(y, IME.finess(), List.of(CretonRevenue.of("59",
        Amount.of("42000.00")), CretonRevenue.of("62", Amount.of("18500.00"))));
    assertThat(split.dotation()).isEqualTo(Amount.of("1800000.00"));
    assertThat(split.esms()).isEqualTo(IME);
    // the engine reads the ESMS from the DGC: one outside it is rejected, and the closed exercice may be named
    assertRejected(() -> DotationEngine.cretonSplit(y, FinessNumber.of("590000072"), List.of()), "esms", "R314-115",
        "not an ESMS of DGC ARS");
    assertThat(DotationEngine.cretonSplit(y, IME.finess(), Year.of(2023), List.of()).closedExercice())
        .isEqualTo(Year.of(2023));
    java.util.Map<FinessNumber, Amount> previous = new java.util.LinkedHashMap<>();
    previous.put(IME.finess(), Amount.of("1739500.00"));
    previous.put(sessad.finess(), Amount.of("900000.00"));
    org.cpom.payment.DgcScheduleRequest.Builder request = org.cpom.payment.DgcScheduleRequest.builder().dotation(y)
        .notified(LocalDate.of(2024, 12, 15)).previousShares(previous).calendar(HolidayCalendars.national());
    org.cpom.payment.DgcPaymentSchedule paid = PaymentEngine.schedule(request.addCretonSplits(split).build());

    // the IME: 1,800,000.00 - 60,500.00 = 1,739,500.00 by twelfths; the DGC: 2,700,000.00 - 60,500.00 = 2,639,500.00
    PaymentSchedule ime = paid.esms().get(IME.finess());
    assertThat(ime.total()).isEqualTo(Amount.of("1739500.00"));
    assertThat(ime.payments().get(0).amount()).isEqualTo(Amount.of("144958.34"));
    assertThat(ime.payments().get(0).trace().steps().get(0).label()).contains("less the Creton parts EUR 60500.00",
        "R314-115");
    assertThat(ime.payments().get(0).trace().steps().get(0).basis().text()).contains("R174-16-1");
    assertThat(paid.esms().get(sessad.finess()).total()).isEqualTo(Amount.of("900000.00"));
    assertThat(paid.dgc().total()).isEqualTo(Amount.of("2639500.00"));
    // the DGC line says what it leaves out, and says nothing of Creton parts when there are none
    assertThat(paid.dgc().payments().get(0).trace().steps().get(0).label())
        .contains("arrêté notified on 2024-12-15, less the Creton parts EUR 60500.00", "R314-115");
    assertThat(PaymentEngine.schedule(request.cretonSplits(List.of()).build()).dgc().payments().get(0).trace().steps()
        .get(0).label()).contains("arrêté notified on 2024-12-15").doesNotContain("Creton");
    for (int k = 0; k < 12; k++) {
      assertThat(ime.payments().get(k).amount().plus(paid.esms().get(sessad.finess()).payments().get(k).amount()))
          .isEqualTo(paid.dgc().payments().get(k).amount());
    }
    // without the split the assurance maladie would also pay the Départements' 60,500.00
    assertThat(PaymentEngine.schedule(request.cretonSplits(List.of()).build()).esms().get(IME.finess()).total())
        .isEqualTo(Amount.of("1800000.00"));

    // a split of an ESMS outside the DGC, of another year, or twice, is rejected naming R314-115
    Esms other = esms("590000072", EsmsCategory.IME).addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS), creton(D59))
        .build();
    assertRejected(() -> request.cretonSplits(List.of(CretonSplit.builder().esms(other).year(Year.of(2025))
            .closedExercice(Year.of(2024)).dotation(Amount.of("1000.00")).build())).build(),
        "dgcScheduleRequest.cretonSplits[0].esms", "R314-115", "not an ESMS of DGC ARS");
    assertRejected(() -> request.cretonSplits(List.of(CretonSplit.builder().from(split).year(Year.of(2026)).build()))
        .build(), "dgcScheduleRequest.cretonSplits[0].year", "R314-115", "2025");
    assertRejected(() -> request.cretonSplits(List.of(split, split)).build(), "dgcScheduleRequest.cretonSplits[1].esms",
        "R314-115", "one Creton split per ESMS");
    Esms changed = Esms.builder().from(IME).name("IME Le Moulin (renamed)").build();
    assertRejected(() -> request.cretonSplits(List.of(CretonSplit.builder().from(split).esms(changed).build())).build(),
        "dgcScheduleRequest.cretonSplits[0].esms", "R314-115", "differs from the member");
    // a Département DGC takes no Creton split: the parts come off the assurance-maladie dotation
    Esms foyer1 = esms("590000098", EsmsCategory.FOYER_DE_VIE)
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, D59, TariffAuthority.departement("59"))).build();
    Esms foyer2 = esms("590000106", EsmsCategory.FOYER_DE_VIE)
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, D59, TariffAuthority.departement("59"))).build();
    ResolvedDgc cd59 = ResolvedDgc.builder().from(dgc).name("DGC CD59").funder(D59)
        .authority(TariffAuthority.departement("59"))
        .members(List.of(DgcMember.of(foyer1, TariffMode.CAMPAIGN_RATE), DgcMember.of(foyer2, TariffMode.CAMPAIGN_RATE)))
        .build();
    java.util.Map<FinessNumber, Amount> cdBases = new java.util.LinkedHashMap<>();
    cdBases.put(foyer1.finess(), Amount.of("1000.00"));
    cdBases.put(foyer2.finess(), Amount.of("1000.00"));
    DgcDotation cdYear = DotationEngine.compute(cd59, DgcYear.builder().year(Year.of(2025))
        .addEsms(EsmsYear.builder().esms(foyer1.finess()).actualisation(Actualisation.campaignRate(Rate.ofPercent("0")))
            .build(), EsmsYear.builder().esms(foyer2.finess()).actualisation(Actualisation.campaignRate(Rate.ofPercent("0")))
            .build()).build(), cdBases);
    assertRejected(() -> org.cpom.payment.DgcScheduleRequest.builder().dotation(cdYear).notified(LocalDate.of(2024, 12, 15))
            .previousShares(cdBases).calendar(HolidayCalendars.national()).addCretonSplits(split).build(),
        "dgcScheduleRequest.cretonSplits[0]", "R314-115", "assurance-maladie dotation globalisée");
    // parts above the share are refused when the schedule is computed
    CretonSplit tooMuch = split("1800000.00", CretonRevenue.of("59", Amount.of("1800000.00"))).build();
    DgcDotation lower = DotationEngine.compute(dgc, DgcYear.builder().year(Year.of(2025))
        .addEsms(EsmsYear.builder().esms(IME.finess()).actualisation(Actualisation.campaignRate(Rate.ofPercent("-1")))
            .build(), EsmsYear.builder().esms(sessad.finess()).actualisation(Actualisation.campaignRate(Rate.ofPercent("0")))
            .build()).build(), bases);
    assertRejected(() -> PaymentEngine.schedule(request.dotation(lower).cretonSplits(List.of(tooMuch)).build()),
        "dgcScheduleRequest.cretonSplits", "R314-115", "exceed the share");
  }

  @Test
  void edgeCasesOfTheSplit() {
    // no Département part: the assurance maladie pays the whole dotation
    assertThat(split("1000.00").build().assuranceMaladiePart()).isEqualTo(Amount.of("1000.00"));
    // a part equal to the dotation leaves the assurance maladie nothing
    CretonSplit all = split("1000.00", CretonRevenue.of("59", Amount.of("1000.00"))).build();
    assertThat(all.assuranceMaladiePart()).isEqualTo(Amount.ZERO);
    // a zero revenue is a zero part; an older closed exercice may be named
    CretonSplit older = split("1000.00", CretonRevenue.of("62", Amount.ZERO)).closedExercice(Year.of(2023)).build();
    assertThat(older.departementParts()).containsExactly(Map.entry(D62, Amount.ZERO));
    assertThat(older.trace().steps().get(1).label()).contains("exercice 2023");
  }

  @Test
  void badSplitsAreRejectedNamingTheFieldAndTheArticle() {
    assertRejected(() -> CretonRevenue.of("59", Amount.of("-0.01")), "cretonRevenue.revenue", "R314-115",
        "zero or more");
    assertRejected(() -> split("100000.00", CretonRevenue.of("59", Amount.of("1.00")),
        CretonRevenue.of("59", Amount.of("2.00"))).build(), "cretonSplit.revenues[1].departement", "R314-115",
        "given twice");
    assertRejected(() -> split("100000.00", CretonRevenue.of("59", Amount.of("100000.01"))).build(),
        "cretonSplit.revenues[0].revenue", "R314-115", "larger than the dotation");
    assertRejected(() -> split("100000.00", CretonRevenue.of("59", Amount.of("60000.00")),
        CretonRevenue.of("62", Amount.of("40000.01"))).build(), "cretonSplit.revenues", "R314-115",
        "together exceed the dotation");
    assertRejected(() -> split("100000.00", CretonRevenue.of("80", Amount.of("1.00"))).build(),
        "cretonSplit.revenues[0].departement", "R314-115", "no Creton funding of Département 80");
    assertRejected(() -> split("-1.00").build(), "cretonSplit.dotation", "R314-115", "zero or more");
    assertRejected(() -> split("1.00").closedExercice(Year.of(2025)).build(), "cretonSplit.closedExercice", "R314-115",
        "before the tariff year");
    Esms foyer = esms("590000056", EsmsCategory.FOYER_DE_VIE)
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, D59, TariffAuthority.departement("59"))).build();
    assertRejected(() -> split("1.00").esms(foyer).build(), "cretonSplit.esms", "R314-115",
        "no GLOBAL assurance-maladie dotation");
  }

  @Test
  void anImeHasItsAssuranceMaladieDotationAndCretonFinancementsAndNothingLooser() {
    assertThat(IME.fundingsBy(D59)).containsExactly(creton(D59));
    // the other rejections of GLOBAL funding stay (under the library's own ESMS rule, whatever its name)
    assertRejected(() -> esms("590000064", EsmsCategory.IME).addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS),
        Funding.of(SectionTarifaire.SOINS, AM, ARS)).build(), "esms.fundings", "", "GLOBAL funding excludes");
    assertRejected(() -> esms("590000064", EsmsCategory.IME).addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS),
        Funding.of(SectionTarifaire.GLOBAL, D59, TariffAuthority.departement("59"))).build(), "esms.fundings", "",
        "section funded twice");
    assertRejected(() -> esms("590000064", EsmsCategory.IME).addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS),
        creton(D59), creton(D59)).build(), "esms.fundings", "R314-115", "given twice");
    assertRejected(() -> esms("590000064", EsmsCategory.MAS).addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS),
        creton(D59)).build(), "esms.fundings", "L242-4", "disabled children");
    assertRejected(() -> esms("590000064", EsmsCategory.IME).addFundings(creton(D59)).build(), "esms.fundings",
        "R314-115", "parts of the assurance-maladie dotation");
    assertRejected(() -> esms("590000064", EsmsCategory.IME).addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS),
        Funding.of(SectionTarifaire.CRETON, D59, TariffAuthority.ars("Normandie"))).build(), "esms.fundings", "R314-115",
        "fixed by the authority of the dotation, ARS Hauts-de-France");
    assertRejected(() -> Funding.of(SectionTarifaire.CRETON, D59, TariffAuthority.departement("59")), "funding.authority",
        "R314-115", "DG ARS");
    assertRejected(() -> Funding.of(SectionTarifaire.CRETON, AM, ARS), "funding.funder", "L242-4", "aide sociale");
    // a SESSAD (2° of I of L312-1) may keep young adults too
    assertThat(esms("590000064", EsmsCategory.SESSAD).addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS),
        creton(D62)).build().isJointlyFunded()).isTrue();
  }

  @Test
  void aCretonPartIsNeitherADgcNorADotationOfItsOwn() {
    Esms other = esms("590000072", EsmsCategory.IME)
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS), creton(D59)).build();
    ResolvedDgc.Builder dgc = ResolvedDgc.builder().name("DGC ARS").contractReference("CPOM-59-2025")
        .basis(CpomBasis.L313_12_2).firstYear(Year.of(2025)).lastYear(Year.of(2029)).gestionnaire(GEST).authority(ARS)
        .funder(AM).addMembers(DgcMember.of(IME, TariffMode.CAMPAIGN_RATE), DgcMember.of(other, TariffMode.CAMPAIGN_RATE));
    // the assurance-maladie DGC of two IMEs with Creton parts is GLOBAL: the Creton lines do not count
    assertThat(dgc.build().section()).isEqualTo(SectionTarifaire.GLOBAL);
    assertRejected(() -> dgc.funder(D59).authority(ARS).section(SectionTarifaire.CRETON).build(), "dgc.section",
        "R314-115", "not pooled in a DGC");
    assertRejected(() -> ResolvedSingleEsmsDotation.builder().contractReference("CPOM-59-2025").basis(CpomBasis.L313_12_2)
        .firstYear(Year.of(2025)).lastYear(Year.of(2029)).esms(IME).funder(D59).mode(TariffMode.CAMPAIGN_RATE).build(),
        "singleEsmsDotation.section", "R314-115", "not a dotation of its own");
  }

  @Test
  void whoPaysTheDailyTariffDependsOnTheOrientation() {
    Amount tariff = Amount.of("250.00");
    CretonPlacement.Builder p = CretonPlacement.builder().dailyTariff(tariff).domicileDeSecours(DepartementCode.of("59"));
    List<CretonPayer> foyer = p.orientation(CretonOrientation.DEPARTEMENT_ESTABLISHMENT).build().payers();
    assertThat(foyer).extracting(CretonPayer::funder).containsExactly(D59);
    assertThat(foyer).extracting(CretonPayer::dailyAmount).containsExactly(tariff);
    assertThat(foyer).allSatisfy(x -> assertThat(x.basis()).isEqualTo(LegalBasis.casf("L242-4")));

    // FAM: the Département pays 250.00 - 75.50 = 174.50; the forfait plafond soins 75.50 is billed to the AM
    List<CretonPayer> fam = CretonPlacement.builder().from(p.build()).orientation(CretonOrientation.FAM_OR_SAMSAH)
        .forfaitPlafondSoins(Amount.of("75.50")).build().payers();
    assertThat(fam).extracting(CretonPayer::funder).containsExactly(D59, AM);
    assertThat(fam).extracting(CretonPayer::dailyAmount).containsExactly(Amount.of("174.50"), Amount.of("75.50"));
    assertThat(fam.get(1).reason()).contains("previous exercice");

    List<CretonPayer> mas = CretonPlacement.builder().orientation(CretonOrientation.OTHER).dailyTariff(tariff).build()
        .payers();
    assertThat(mas).extracting(CretonPayer::funder).containsExactly(AM);
    assertThat(mas).extracting(CretonPayer::dailyAmount).containsExactly(tariff);
  }

  @Test
  void badPlacementsAreRejected() {
    CretonPlacement.Builder fam = CretonPlacement.builder().orientation(CretonOrientation.FAM_OR_SAMSAH)
        .dailyTariff(Amount.of("250.00"));
    assertRejected(() -> CretonPlacement.builder().from(fam.forfaitPlafondSoins(Amount.of("75.50")).build())
        .domicileDeSecours(java.util.Optional.empty()).build(), "cretonPlacement.domicileDeSecours", "L242-4",
        "domicile de secours");
    CretonPlacement.Builder famIn59 = CretonPlacement.builder().orientation(CretonOrientation.FAM_OR_SAMSAH)
        .dailyTariff(Amount.of("250.00")).domicileDeSecours(DepartementCode.of("59"));
    assertRejected(famIn59::build, "cretonPlacement.forfaitPlafondSoins", "L242-4", "FAM or a SAMSAH");
    assertRejected(() -> CretonPlacement.builder().from(famIn59.forfaitPlafondSoins(Amount.of("250.01")).build()),
        "cretonPlacement.forfaitPlafondSoins", "L242-4", "larger than the daily tariff");
    assertRejected(() -> famIn59.forfaitPlafondSoins(Amount.of("-0.01")).build(),
        "cretonPlacement.forfaitPlafondSoins", "L242-4", "a forfait is zero or more");
    assertRejected(() -> CretonPlacement.builder().orientation(CretonOrientation.OTHER).dailyTariff(Amount.of("1.00"))
        .forfaitPlafondSoins(Amount.of("0.50")).build(), "cretonPlacement.forfaitPlafondSoins", "L242-4", "exactly");
    assertRejected(() -> CretonPlacement.builder().orientation(CretonOrientation.OTHER).dailyTariff(Amount.of("-1.00"))
        .build(), "cretonPlacement.dailyTariff", "L242-4", "zero or more");
  }

  @Test
  void propertyTheCretonSplitSumsToTheDotation() {
    String[] codes = {"59", "62", "80", "02"};
    Esms ime = esms("590000080", EsmsCategory.IME).addFundings(Funding.of(SectionTarifaire.GLOBAL, AM, ARS))
        .addFundings(creton(Funder.departement(codes[0])), creton(Funder.departement(codes[1])),
            creton(Funder.departement(codes[2])), creton(Funder.departement(codes[3]))).build();
    qt().withFixedSeed(20250131L).withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      long dotation = rnd.nextInt(10) == 0 ? 0 : rnd.nextLong(1_000_000_000L);
      long left = dotation;
      List<CretonRevenue> revenues = new ArrayList<>();
      for (int i = rnd.nextInt(codes.length + 1) - 1; i >= 0; i--) {
        long part = left == 0 ? 0 : rnd.nextLong(left + 1);
        left -= part;
        revenues.add(CretonRevenue.of(codes[i], Amount.ofCents(part)));
      }
      CretonSplit s = CretonSplit.builder().esms(ime).year(Year.of(2025)).closedExercice(Year.of(2024))
          .dotation(Amount.ofCents(dotation))
          .revenues(revenues).build();
      assertThat(s.departementsTotal().plus(s.assuranceMaladiePart())).isEqualTo(Amount.ofCents(dotation));
      assertThat(s.assuranceMaladiePart().isNegative()).isFalse();
      assertThat(sum(s.trace().steps())).isEqualTo(s.assuranceMaladiePart());
      assertThat(s.departementParts()).hasSize(revenues.size());
    });
  }
}
