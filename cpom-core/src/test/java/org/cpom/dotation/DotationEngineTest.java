package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.dotation.DgcFixtures.A;
import static org.cpom.dotation.DgcFixtures.B;
import static org.cpom.dotation.DgcFixtures.C;
import static org.cpom.dotation.DgcFixtures.bases;
import static org.cpom.dotation.DgcFixtures.rate;
import static org.cpom.dotation.DgcFixtures.rateDgc;
import static org.cpom.dotation.DgcFixtures.w15Bases;
import static org.cpom.dotation.DgcFixtures.year;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.cpom.activity.ActivityRecord;
import org.cpom.activity.EhpadFundingLevel;
import org.cpom.activity.EhpadModulation;
import org.cpom.activity.ActivityModulation;
import org.cpom.activity.PhModulation;
import org.cpom.activity.Waiver;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.ModulationClause;
import org.cpom.contract.TariffMode;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

class DotationEngineTest {
  static final LegalBasis CAMPAIGN = LegalBasis.given("instruction de campagne 2025");

  static Amount eur(long euros) {
    return Amount.ofEuros(euros);
  }

  static Amount sum(Trace t) {
    return Amount.total(t.steps().stream().map(TraceStep::amount).toList());
  }

  // --------------------------------------------------------------------------------------- acceptance

  @Test
  void acceptanceCampaignRateOf1Point20AndADmKeepingTheTotal() {
    ResolvedDgc dgc = rateDgc();
    DecisionModificative dm = DecisionModificative.builder().reference("DM 1")
        .submitted(LocalDate.of(2025, 5, 2)).status(DmStatus.APPROVED).decisionDate(LocalDate.of(2025, 6, 1))
        .addTransfers(DmTransfer.of(C, A, eur(50_000))).build();
    DgcDotation r = DotationEngine.compute(dgc, year(2025, "1.20").addDecisionsModificatives(dm).build(), w15Bases());

    assertThat(r.esms(A).amount()).isEqualTo(eur(1_821_600));
    assertThat(r.esms(B).amount()).isEqualTo(eur(607_200));
    assertThat(r.esms(C).amount()).isEqualTo(eur(3_137_200));
    assertThat(r.computedTotal()).isEqualTo(eur(5_566_000));
    assertThat(r.total()).isEqualTo(eur(5_566_000));
    assertThat(r.provisionalSplit().shares()).containsExactly(
        Map.entry(A, eur(1_821_600)), Map.entry(B, eur(607_200)), Map.entry(C, eur(3_137_200)));

    DgcSplit after = r.finalSplit();
    assertThat(r.splits()).hasSize(2);
    assertThat(after.total()).isEqualTo(eur(5_566_000));
    assertThat(Amount.total(after.shares().values())).isEqualTo(eur(5_566_000));
    assertThat(after.share(A)).isEqualTo(eur(1_871_600));
    assertThat(after.share(C)).isEqualTo(eur(3_087_200));
    assertThat(after.share(B)).isEqualTo(eur(607_200));
    assertThat(after.effectiveFrom()).contains(LocalDate.of(2025, 6, 1));
    assertThat(after.origin()).isEqualTo("DM 1");
    assertThat(sum(after.trace())).isEqualTo(Amount.ZERO);
    assertThat(after.trace().steps()).allSatisfy(s -> assertThat(s.basis().text()).contains("R314-43-1", "R314-231"));
    // no member under mode 4°: the re-split is permanent and moves the bases of 2026
    assertThat(r.nextBases()).containsExactly(
        Map.entry(A, eur(1_871_600)), Map.entry(B, eur(607_200)), Map.entry(C, eur(3_087_200)));
    assertThat(r.esms(A).nextBase()).isEqualTo(eur(1_871_600));
    assertThat(sum(r.esms(A).nextBaseTrace())).isEqualTo(eur(1_871_600));
  }

  @Test
  void acceptanceMesureNouvelle73000From1October() {
    MesureNouvelle mn = MesureNouvelle.of("4 places", eur(73_000), LocalDate.of(2025, 10, 1), CAMPAIGN);
    DgcYear y = DgcYear.builder().year(Year.of(2025))
        .addEsms(rate(A, "0").addMesuresNouvelles(mn).build(), rate(B, "0").build(), rate(C, "0").build()).build();
    EsmsDotation a = DotationEngine.compute(rateDgc(), y, w15Bases()).esms(A);
    assertThat(a.mesuresNouvelles()).isEqualTo(eur(18_400));
    assertThat(a.mesuresNouvellesFullYear()).isEqualTo(eur(73_000));
    assertThat(a.amount()).isEqualTo(eur(1_818_400));
    assertThat(a.nextBase()).isEqualTo(eur(1_873_000));
    assertThat(a.trace().steps().get(2).label()).contains("92/365 days");
    assertThat(a.trace().steps().get(2).basis()).isEqualTo(CAMPAIGN);
  }

  @Test
  void leapYearProrataUses366Days() {
    MesureNouvelle mn = MesureNouvelle.of("4 places", eur(73_000), LocalDate.of(2024, 10, 1), CAMPAIGN);
    DgcYear y = DgcYear.builder().year(Year.of(2024))
        .addEsms(rate(A, "0").addMesuresNouvelles(mn).build(), rate(B, "0").build(), rate(C, "0").build()).build();
    EsmsDotation a = DotationEngine.compute(rateDgc(), y, w15Bases()).esms(A);
    // 73,000 x 92 / 366 = 18,349.7267... -> 18,349.73
    assertThat(a.mesuresNouvelles()).isEqualTo(Amount.of("18349.73"));
    assertThat(a.trace().steps().get(2).label()).contains("92/366 days");
    // 1 January of a leap year: the full amount; 31 December: one day
    MesureNouvelle jan = MesureNouvelle.of("x", eur(73_000), LocalDate.of(2024, 1, 1), CAMPAIGN);
    MesureNouvelle dec = MesureNouvelle.of("y", Amount.of("366.00"), LocalDate.of(2024, 12, 31), CAMPAIGN);
    DgcYear y2 = DgcYear.builder().year(Year.of(2024))
        .addEsms(rate(A, "0").addMesuresNouvelles(jan, dec).build(), rate(B, "0").build(), rate(C, "0").build()).build();
    assertThat(DotationEngine.compute(rateDgc(), y2, w15Bases()).esms(A).mesuresNouvelles()).isEqualTo(Amount.of("73001.00"));
  }

  @Test
  void wholeMonthProrataIsTheAlternative() {
    MesureNouvelle mn = MesureNouvelle.of("4 places", eur(73_000), LocalDate.of(2025, 10, 15), CAMPAIGN);
    DgcYear y = DgcYear.builder().year(Year.of(2025)).prorata(ProrataMethod.WHOLE_MONTHS)
        .addEsms(rate(A, "0").addMesuresNouvelles(mn).build(), rate(B, "0").build(), rate(C, "0").build()).build();
    EsmsDotation a = DotationEngine.compute(rateDgc(), y, w15Bases()).esms(A);
    assertThat(a.mesuresNouvelles()).isEqualTo(eur(18_250));
    assertThat(a.trace().steps().get(2).label()).contains("3/12 months");
    assertThat(a.nextBase()).isEqualTo(eur(1_873_000));
  }

  @Test
  void cnrIsForTheYearOnlyAndNeverInTheNextBase() {
    Cnr cnr = Cnr.of("equipment", eur(40_000), LegalBasis.given("instruction de campagne 2025, CNR"));
    DgcYear y = DgcYear.builder().year(Year.of(2025))
        .addEsms(rate(A, "1.20").build(), rate(B, "1.20").addCnr(cnr).build(), rate(C, "1.20").build()).build();
    DgcDotation r = DotationEngine.compute(rateDgc(), y, w15Bases());
    assertThat(r.esms(B).cnr()).isEqualTo(eur(40_000));
    assertThat(r.esms(B).amount()).isEqualTo(eur(647_200));
    assertThat(r.esms(B).nextBase()).isEqualTo(eur(607_200));
    assertThat(r.esms(B).nextBaseTrace().steps()).noneMatch(s -> s.label().contains("CNR"));
    assertThat(r.computedTotal()).isEqualTo(eur(5_606_000));
  }

  @Test
  void everyTraceStepNamesItsBasisAndTheStepsSumToTheAmount() {
    DgcDotation r = DotationEngine.compute(rateDgc(), fullYear(), w15Bases());
    for (EsmsDotation d : r.esms()) {
      assertThat(sum(d.trace())).isEqualTo(d.amount());
      assertThat(sum(d.nextBaseTrace())).isEqualTo(d.nextBase());
      assertThat(d.trace().steps()).allSatisfy(s -> assertThat(s.basis().text()).isNotBlank());
    }
    assertThat(sum(r.trace())).isEqualTo(r.computedTotal());
    assertThat(r.trace().steps()).allSatisfy(s -> assertThat(s.basis())
        .isEqualTo(LegalBasis.casf("R314-43-1").readWith(Convention.DOTATION_STEPS)));
    EsmsDotation c = r.esms(C);
    assertThat(c.trace().steps()).extracting(s -> s.basis().text()).containsExactly(
        "CASF R314-39 1°", "CASF R314-40 1°", "instruction de campagne 2025", "instruction 2025, CNR",
        "CASF R314-43-2 III; cpom convention cpom:gap-measure (a gap is measured against the objective)", "CASF R314-236");
    assertThat(c.trace().steps().get(0).label()).isEqualTo("Base reconductible 2024");
  }

  /** MAS: 3,100,000 at 1.20 % = 3,137,200; MN 36,500 from 1 July (184/365 = 18,400); CNR 25,000; occupancy 90 % vs 95 %. */
  static DgcYear fullYear() {
    ActivityRecord mas2024 = ActivityRecord.builder().capacityOf(DgcFixtures.MAS).year(Year.of(2024)).daysProvided(15_768).build();
    PhModulation mod = PhModulation.builder()
        .clause(ModulationClause.occupancy(C, Rate.ofPercent("95"), LegalBasis.clause("art. 7"))).addActivity(mas2024).build();
    return DgcYear.builder().year(Year.of(2025))
        .addEsms(rate(A, "1.20").build(), rate(B, "1.20").build(), rate(C, "1.20")
            .addMesuresNouvelles(MesureNouvelle.of("accueil de jour", eur(36_500), LocalDate.of(2025, 7, 1), CAMPAIGN))
            .addCnr(Cnr.of("vehicle", eur(25_000), LegalBasis.given("instruction 2025, CNR")))
            .modulation(mod)
            .addAdjustments(Adjustment.of("rejected expenses 2023", eur(-12_000), LegalBasis.casf("R314-236")))
            .build())
        .build();
  }

  @Test
  void modulationAppliesToThePerennialPartOnlyForOneYear() {
    EsmsDotation c = DotationEngine.compute(rateDgc(), fullYear(), w15Bases()).esms(C);
    // perennial = 3,137,200 + 18,400 = 3,155,600; 2.5 % = 78,890
    assertThat(c.updatedBase()).isEqualTo(eur(3_137_200));
    assertThat(c.mesuresNouvelles()).isEqualTo(eur(18_400));
    assertThat(c.modulation()).hasValueSatisfying(m -> {
      assertThat(m.base()).isEqualTo(eur(3_155_600));
      assertThat(m.adjustment()).isEqualTo(eur(-78_890));
    });
    assertThat(c.cnr()).isEqualTo(eur(25_000));
    assertThat(c.adjustments()).isEqualTo(eur(-12_000));
    assertThat(c.amount()).isEqualTo(eur(3_155_600 + 25_000 - 78_890 - 12_000));
    assertThat(c.nextBase()).isEqualTo(eur(3_137_200 + 36_500));
  }

  @Test
  void theContractMayAbateTheNotifiedDotationCnrIncluded() {
    // R314-43-2 III « abattement de la dotation globale »: 2.5 % of (3,155,600 + CNR 25,000) = 79,515
    DgcYear y = fullYear();
    EsmsYear c = y.esms().get(2);
    PhModulation m = (PhModulation) c.modulation().orElseThrow();
    PhModulation notified = PhModulation.builder().from(m).clause(ModulationClause.builder().from(m.clause())
        .abatementBase(org.cpom.contract.AbatementBase.NOTIFIED_DOTATION).build()).build();
    DgcYear y2 = DgcYear.builder().from(y).esms(List.of(y.esms().get(0), y.esms().get(1),
        EsmsYear.builder().from(c).modulation(notified).build())).build();
    EsmsDotation d = DotationEngine.compute(rateDgc(), y2, w15Bases()).esms(C);
    assertThat(d.modulation().orElseThrow().base()).isEqualTo(eur(3_180_600));
    assertThat(d.modulation().orElseThrow().adjustment()).isEqualTo(eur(-79_515));
    assertThat(d.modulation().orElseThrow().trace().steps().get(0).label()).contains("of the notified dotation EUR 3180600.00");
    assertThat(d.amount()).isEqualTo(eur(3_155_600 + 25_000 - 79_515 - 12_000));
    // the CNR never enter the next base, whatever the base of the abatement
    assertThat(d.nextBase()).isEqualTo(eur(3_137_200 + 36_500));
    // the default stays the perennial part
    assertThat(DotationEngine.compute(rateDgc(), y, w15Bases()).esms(C).modulation().orElseThrow().trace().steps().get(0)
        .label()).contains("of the perennial part EUR 3155600.00");
  }

  @Test
  void aSessadModulatedOnOccupancyAndFileActiveNamesTheCombinationInItsTrace() {
    // SESSAD: 35 places x 220 days = 7,700; 6,930 days = 90 % against 95 %: half of 5 points = 2.5 %;
    // file active 108 of 120 children, coefficient 0.2 x 10 % = 2 %; the largest, 2.5 % of 600,000 = 15,000
    org.cpom.contract.ModulationIndicator fileActive = org.cpom.contract.ModulationIndicator.custom("FILE_ACTIVE",
        "file active", org.cpom.contract.ModulationIndicator.Kind.COUNT, "home-based follow-up");
    ActivityRecord b2024 = ActivityRecord.builder().capacityOf(DgcFixtures.SESSAD).year(Year.of(2024)).daysProvided(6_930)
        .putOtherIndicators("FILE_ACTIVE", new java.math.BigDecimal("108")).build();
    PhModulation m = PhModulation.builder()
        .addClauses(ModulationClause.occupancy(B, Rate.ofPercent("95"), LegalBasis.clause("art. 7")),
            ModulationClause.builder().esms(B).indicator(fileActive).objective(120).coefficient(new java.math.BigDecimal("0.2"))
                .clause(LegalBasis.clause("art. 7")).build())
        .addActivity(b2024).build();
    EsmsDotation d = DotationEngine.compute(rateDgc(), DgcYear.builder().year(Year.of(2025))
        .addEsms(rate(A, "0").build(), rate(B, "0").modulation(m).build(), rate(C, "0").build()).build(), w15Bases()).esms(B);
    assertThat(d.modulation().orElseThrow().adjustment()).isEqualTo(eur(-15_000));
    assertThat(d.amount()).isEqualTo(eur(585_000));
    assertThat(d.trace().steps()).extracting(TraceStep::label).anySatisfy(l -> assertThat(l)
        .contains("2 indicators combined by the largest of the indicators' percentages (contract)"));
    assertThat(sum(d.trace())).isEqualTo(d.amount());
    assertThat(d.nextBase()).isEqualTo(eur(600_000));
  }

  @Test
  void anL313_11ContractCannotModulateForActivity() {
    // R314-43-2 I opens the activity modulation to IV ter and L313-12-2 contracts only.
    ResolvedDgc generalCpom = ResolvedDgc.builder().from(rateDgc()).basis(CpomBasis.L313_11).build();
    assertRejected(() -> DotationEngine.compute(generalCpom, fullYear(), w15Bases()),
        "dgcYear.esms[" + C + "].modulation", "R314-43-2 I", "L313-12-2");
    assertThat(DotationEngine.compute(rateDgc(), fullYear(), w15Bases()).esms(C).modulation()).isPresent();
  }

  @Test
  void eachModulationRuleAppliesToItsOwnKindOfEsms() {
    // an EHPAD is modulated by R314-160 / R314-174, outside the contract clauses of R314-43-2 (its I)
    Esms ehpad = DgcFixtures.esms(A, EsmsCategory.EHPAD,
        org.cpom.referential.CapacityLine.of(org.cpom.referential.CapacityMode.HEBERGEMENT_PERMANENT, 80, 80, 365));
    ResolvedDgc withEhpad = ResolvedDgc.builder().from(rateDgc()).members(List.of(
        org.cpom.contract.DgcMember.of(ehpad, TariffMode.CAMPAIGN_RATE),
        org.cpom.contract.DgcMember.of(DgcFixtures.SESSAD, TariffMode.CAMPAIGN_RATE),
        org.cpom.contract.DgcMember.of(DgcFixtures.MAS, TariffMode.CAMPAIGN_RATE))).build();
    ActivityRecord a2024 = ActivityRecord.builder().esms(A).year(Year.of(2024)).theoreticalDays(29_200).daysProvided(26_280)
        .build();
    PhModulation clause = PhModulation.builder()
        .clause(ModulationClause.occupancy(A, Rate.ofPercent("95"), LegalBasis.clause("art. 7"))).addActivity(a2024).build();
    assertRejected(() -> DotationEngine.compute(withEhpad, DgcYear.builder().year(Year.of(2025))
            .addEsms(rate(A, "0").modulation(clause).build(), rate(B, "0").build(), rate(C, "0").build()).build(), w15Bases()),
        "dgcYear.esms[690000011].modulation", "R314-43-2 I", "EHPAD");
    EhpadModulation soins = EhpadModulation.builder().esms(A).section(SectionTarifaire.SOINS)
        .fundingLevel(EhpadFundingLevel.AT_LEAST_TARGET).addActivity(a2024).build();
    // 26,280 / 29,200 = 90 % against 95 %: 2.5 % of 1,800,000
    assertThat(DotationEngine.compute(withEhpad, DgcYear.builder().year(Year.of(2025))
            .addEsms(rate(A, "0").modulation(soins).build(), rate(B, "0").build(), rate(C, "0").build()).build(), w15Bases())
        .esms(A).modulation().orElseThrow().adjustment()).isEqualTo(eur(-45_000));
    // and the EHPAD rule does not apply to an IME
    assertRejected(() -> DotationEngine.compute(rateDgc(), DgcYear.builder().year(Year.of(2025))
            .addEsms(rate(A, "0").modulation(soins).build(), rate(B, "0").build(), rate(C, "0").build()).build(), w15Bases()),
        "dgcYear.esms[690000011].modulation", "R314-160", "EHPAD");
  }

  /** Les Glycines: 84 permanent places open 365 days (30,660 days) in a DGC with the SESSAD and the MAS. */
  static ResolvedDgc glycinesDgc() {
    Esms ehpad = DgcFixtures.esms(A, EsmsCategory.EHPAD,
        org.cpom.referential.CapacityLine.of(org.cpom.referential.CapacityMode.HEBERGEMENT_PERMANENT, 84, 84, 365));
    return ResolvedDgc.builder().from(rateDgc()).basis(CpomBasis.L313_12_IV_TER).members(List.of(
        org.cpom.contract.DgcMember.of(ehpad, TariffMode.EQUATION),
        org.cpom.contract.DgcMember.of(DgcFixtures.SESSAD, TariffMode.CAMPAIGN_RATE),
        org.cpom.contract.DgcMember.of(DgcFixtures.MAS, TariffMode.CAMPAIGN_RATE))).build();
  }

  static DgcYear glycines2025(SectionTarifaire section) {
    // 2024: 27,300 days + 640 absences under 72 hours on 30,660 permanent-place days = 91.13 %
    ActivityRecord a2024 = ActivityRecord.builder().esms(A).year(Year.of(2024)).theoreticalDays(30_660)
        .daysProvided(27_300).absencesUnder72Hours(640).build();
    EhpadModulation m = EhpadModulation.builder().esms(A).section(section)
        .fundingLevel(EhpadFundingLevel.AT_LEAST_TARGET).addActivity(a2024).build();
    EsmsYear ehpad = EsmsYear.builder().esms(A)
        .actualisation(Actualisation.givenAmount(eur(1_630_000), LegalBasis.given("équation tarifaire 2025 + financements complémentaires")))
        .modulation(m)
        .addUnmodulatedParts(org.cpom.activity.UnmodulatedPart.of("financements complémentaires PASA, HT, AJ", eur(180_000),
            LegalBasis.casf("R314-163")))
        .build();
    return DgcYear.builder().year(Year.of(2025)).addEsms(ehpad, rate(B, "0").build(), rate(C, "0").build()).build();
  }

  @Test
  void acceptanceEhpadSoinsIsModulatedOnTheEquationPartOnly() {
    // R314-160 modulates the R314-159 1° part only. Half the gap on 1,450,000, computed from the day counts:
    // 1,450,000 x 1/2 x (0.95 x 30,660 - 27,940) / 30,660 = 725,000 x 1,187 / 30,660 = 28,068.3301 -> 28,068.33
    // (the whole forfait 1,630,000 would give 31,552.67)
    EsmsDotation d = DotationEngine.compute(glycinesDgc(), glycines2025(SectionTarifaire.SOINS), w15Bases()).esms(A);
    ActivityModulation m = d.modulation().orElseThrow();
    assertThat(m.base()).isEqualTo(eur(1_450_000));
    assertThat(m.adjustment()).isEqualTo(Amount.of("-28068.33"));
    assertThat(m.unmodulated()).extracting(org.cpom.activity.UnmodulatedPart::amount).containsExactly(eur(180_000));
    assertThat(d.amount()).isEqualTo(Amount.of("1601931.67"));
    // the financements complémentaires stay in the next base, and the one-year modulation does not
    assertThat(d.nextBase()).isEqualTo(eur(1_630_000));
    TraceStep base = d.trace().steps().get(2);
    assertThat(base.amount()).isEqualTo(Amount.ZERO);
    assertThat(base.basis()).isEqualTo(LegalBasis.casf("R314-160"));
    assertThat(base.label()).contains("EUR 1630000.00", "financements complémentaires PASA, HT, AJ EUR 180000.00",
        "CASF R314-163", "= EUR 1450000.00", "R314-159 1°");
    assertThat(d.trace().steps().get(3).label()).contains("of EUR 1450000.00");
    assertThat(sum(d.trace())).isEqualTo(d.amount());
  }

  @Test
  void acceptanceEhpadDependanceIsModulatedOnTheEquationPartOnly() {
    // R314-174 3°: the same half gap on the R314-172 1° part only, in the Département's dépendance DGC (R314-174
    // modulates the forfait dépendance, not an assurance-maladie dotation)
    org.cpom.referential.TariffAuthority cd69 = org.cpom.referential.TariffAuthority.departement("69");
    org.cpom.referential.Funder d69 = org.cpom.referential.Funder.departement("69");
    java.util.function.Function<FinessNumber, Esms> ehpad = f -> Esms.builder().finess(f).name("EHPAD " + f)
        .category(EsmsCategory.EHPAD).gestionnaire(DgcFixtures.GEST)
        .addCapacity(org.cpom.referential.CapacityLine.of(org.cpom.referential.CapacityMode.HEBERGEMENT_PERMANENT, 84, 84,
            365))
        .addFundings(org.cpom.referential.Funding.of(SectionTarifaire.SOINS, org.cpom.referential.Funder.assuranceMaladie(),
            DgcFixtures.ARS), org.cpom.referential.Funding.of(SectionTarifaire.DEPENDANCE, d69, cd69))
        .build();
    ResolvedDgc dependance = ResolvedDgc.builder().name("DGC CD69 dépendance").contractReference("CPOM-2024-001")
        .basis(CpomBasis.L313_12_IV_TER).firstYear(Year.of(2024)).lastYear(Year.of(2028)).gestionnaire(DgcFixtures.GEST)
        .authority(cd69).funder(d69)
        .addMembers(org.cpom.contract.DgcMember.of(ehpad.apply(A), TariffMode.EQUATION),
            org.cpom.contract.DgcMember.of(ehpad.apply(C), TariffMode.EQUATION))
        .build();
    assertThat(dependance.section()).isEqualTo(SectionTarifaire.DEPENDANCE);
    EsmsYear glycines = glycines2025(SectionTarifaire.DEPENDANCE).esms().get(0);
    EsmsYear other = EsmsYear.builder().esms(C).actualisation(Actualisation.givenAmount(eur(900_000),
        LegalBasis.casf("R314-173"))).build();
    Map<FinessNumber, Amount> bases = new java.util.LinkedHashMap<>();
    bases.put(A, eur(1_600_000));
    bases.put(C, eur(900_000));
    EsmsDotation d = DotationEngine.compute(dependance, DgcYear.builder().year(Year.of(2025)).addEsms(glycines, other).build(),
        bases).esms(A);
    ActivityModulation m = d.modulation().orElseThrow();
    assertThat(m.base()).isEqualTo(eur(1_450_000));
    assertThat(m.adjustment()).isEqualTo(Amount.of("-28068.33"));
    assertThat(d.nextBase()).isEqualTo(eur(1_630_000));
    assertThat(d.trace().steps().get(2).label()).contains("R314-172 1°");
    assertThat(d.trace().steps().get(2).basis()).isEqualTo(LegalBasis.casf("R314-174"));
    // the same modulation on the EHPAD's assurance-maladie dotation is refused
    assertRejected(() -> DotationEngine.compute(glycinesDgc(), glycines2025(SectionTarifaire.DEPENDANCE), w15Bases()),
        "dgcYear.esms[690000011].modulation", "R314-174", "forfait dépendance");
  }

  @Test
  void thePartsLeftOutCannotExceedThePerennialPart() {
    DgcYear y = glycines2025(SectionTarifaire.SOINS);
    EsmsYear tooMuch = EsmsYear.builder().from(y.esms().get(0)).addUnmodulatedParts(org.cpom.activity.UnmodulatedPart.of(
        "other", eur(1_500_000), LegalBasis.casf("R314-163"))).build();
    assertRejected(() -> DotationEngine.compute(glycinesDgc(), DgcYear.builder().from(y).esms(List.of(tooMuch, y.esms().get(1), y.esms().get(2))).build(),
            w15Bases()),
        "modulation.unmodulated", "R314-160", "exceed");
    assertRejected(() -> org.cpom.activity.UnmodulatedPart.of("x", eur(-1), LegalBasis.casf("R314-163")),
        "unmodulatedPart.amount", "R314-160", "zero or more");
  }

  @Test
  void aContractMayCarryTheModulationIntoTheBase() {
    DgcYear y = fullYear();
    EsmsYear c = y.esms().get(2);
    PhModulation m = (PhModulation) c.modulation().orElseThrow();
    PhModulation carried = PhModulation.builder().from(m)
        .clause(ModulationClause.builder().from(m.clause()).reducesBase(true).build()).build();
    DgcYear y2 = DgcYear.builder().from(y).esms(List.of(y.esms().get(0), y.esms().get(1),
        EsmsYear.builder().from(c).modulation(carried).build())).build();
    EsmsDotation d = DotationEngine.compute(rateDgc(), y2, w15Bases()).esms(C);
    assertThat(d.nextBase()).isEqualTo(eur(3_137_200 + 36_500 - 78_890));
    assertThat(d.nextBaseTrace().steps()).extracting(TraceStep::label).contains("Modulation carried into the base (contract)");
    // a full waiver leaves nothing to carry
    PhModulation waived = PhModulation.builder().from(carried).waiver(Waiver.full("strike")).build();
    DgcYear y3 = DgcYear.builder().from(y).esms(List.of(y.esms().get(0), y.esms().get(1),
        EsmsYear.builder().from(c).modulation(waived).build())).build();
    assertThat(DotationEngine.compute(rateDgc(), y3, w15Bases()).esms(C).nextBase()).isEqualTo(eur(3_137_200 + 36_500));
  }

  // ------------------------------------------------------------------------------------- actualisation

  @Test
  void mode1IsRoundedOnceHalfUp() {
    Map<FinessNumber, Amount> b = new LinkedHashMap<>(w15Bases());
    b.put(A, Amount.of("1234567.89"));
    // 1,234,567.89 x 1.0123 = 1,249,753.075047 -> 1,249,753.08
    DgcDotation r = DotationEngine.compute(rateDgc(), year(2025, "1.23").build(), b);
    assertThat(r.esms(A).updatedBase()).isEqualTo(Amount.of("1249753.08"));
    assertThat(r.esms(A).trace().steps().get(1).amount()).isEqualTo(Amount.of("15185.19"));
    // a negative campaign rate is allowed
    assertThat(DotationEngine.compute(rateDgc(), year(2025, "-0.5").build(), w15Bases()).esms(B).amount())
        .isEqualTo(eur(597_000));
  }

  @Test
  void mode2FormulaWithSeparateSalaryAndOtherRates() {
    ResolvedDgc dgc = DgcFixtures.dgc(TariffMode.CONTRACT_FORMULA, TariffMode.CONTRACT_FORMULA, TariffMode.CAMPAIGN_RATE);
    LegalBasis art5 = LegalBasis.clause("art. 5");
    DgcYear y = DgcYear.builder().year(Year.of(2025))
        .addEsms(EsmsYear.builder().esms(A)
                .actualisation(Actualisation.contractFormula(eur(700_000), Rate.ofPercent("1.5"), Rate.ofPercent("0.8"), art5))
                .build(),
            EsmsYear.builder().esms(B).actualisation(Actualisation.contractFormula(Rate.ofPercent("1"), art5)).build(),
            rate(C, "1.20").build())
        .build();
    DgcDotation r = DotationEngine.compute(dgc, y, bases(1_000_000, 600_000, 3_100_000));
    // 700,000 x 1.015 + 300,000 x 1.008 = 710,500 + 302,400
    assertThat(r.esms(A).amount()).isEqualTo(eur(1_012_900));
    assertThat(r.esms(A).trace().steps().get(1).basis().text()).isEqualTo("CASF R314-40 2° (CPOM clause art. 5)");
    assertThat(r.esms(A).trace().steps().get(1).label()).contains("salary part EUR 700000.00", "0.8%");
    assertThat(r.esms(B).amount()).isEqualTo(eur(606_000));
    // the salary part cannot exceed the base
    DgcYear bad = DgcYear.builder().from(y).esms(List.of(EsmsYear.builder().esms(A)
            .actualisation(Actualisation.contractFormula(eur(1_000_001), Rate.ZERO, Rate.ZERO, art5)).build(),
        y.esms().get(1), y.esms().get(2))).build();
    assertRejected(() -> DotationEngine.compute(dgc, bad, bases(1_000_000, 600_000, 3_100_000)),
        "dgcYear.esms[690000011].actualisation.salaryPart", "R314-40 2°", "exceeds");
    assertRejected(() -> Actualisation.contractFormula(eur(-1), Rate.ZERO, Rate.ZERO, art5), "actualisation.salaryPart",
        "R314-40 2°", "negative");
  }

  @Test
  void mode4TakesTheAmountOfTheEquation() {
    ResolvedDgc dgc = DgcFixtures.dgc(TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE, TariffMode.EQUATION);
    LegalBasis eq = LegalBasis.given("équation tarifaire, arrêté du 12 mars 2025");
    DgcYear y = DgcYear.builder().year(Year.of(2025))
        .addEsms(rate(A, "1.20").build(), rate(B, "1.20").build(),
            EsmsYear.builder().esms(C).actualisation(Actualisation.givenAmount(eur(3_150_000), eq)).build())
        .build();
    EsmsDotation c = DotationEngine.compute(dgc, y, w15Bases()).esms(C);
    assertThat(c.amount()).isEqualTo(eur(3_150_000));
    assertThat(c.trace().steps().get(1).amount()).isEqualTo(eur(50_000));
    assertThat(c.trace().steps().get(1).basis().text()).isEqualTo("CASF R314-40 4° (" + eq + ")");
    assertThat(c.nextBase()).isEqualTo(eur(3_150_000));
    assertRejected(() -> Actualisation.givenAmount(eur(-1), eq), "actualisation.updatedBase", "R314-40 4°", "negative");
  }

  @Test
  void anActualisationBelowMinus100PercentIsRejectedRatherThanLeavingANegativeBase() {
    // 100 at -150 % would be a base of -50; a CNR of 60 would hide it in the year's amount (10), not in the next base
    DgcYear y = DgcYear.builder().year(Year.of(2025))
        .addEsms(rate(A, "-150").addCnr(Cnr.of("one-off", eur(60), CAMPAIGN)).build(), rate(B, "0").build(),
            rate(C, "0").build())
        .build();
    assertRejected(() -> DotationEngine.compute(rateDgc(), y, bases(100, 0, 0)), "dgcYear.esms[690000011].actualisation",
        "R314-40 1°", "negative");
    ResolvedDgc formula = DgcFixtures.dgc(TariffMode.CONTRACT_FORMULA, TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE);
    DgcYear f = DgcYear.builder().from(y).esms(List.of(EsmsYear.builder().esms(A)
            .actualisation(Actualisation.contractFormula(eur(50), Rate.ofPercent("-300"), Rate.ZERO, LegalBasis.clause("a")))
            .build(), y.esms().get(1), y.esms().get(2))).build();
    assertRejected(() -> DotationEngine.compute(formula, f, bases(100, 0, 0)), "dgcYear.esms[690000011].actualisation",
        "R314-40 2°", "negative");
    // exactly -100 % leaves a zero base, which is allowed
    DgcYear zero = DgcYear.builder().from(y).esms(List.of(rate(A, "-100").build(), y.esms().get(1), y.esms().get(2)))
        .build();
    assertThat(DotationEngine.compute(rateDgc(), zero, bases(100, 0, 0)).esms(A).nextBase()).isEqualTo(Amount.ZERO);
  }

  @Test
  void theActualisationMustMatchTheContractMode() {
    ResolvedDgc dgc = DgcFixtures.dgc(TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE, TariffMode.EQUATION);
    assertRejected(() -> DotationEngine.compute(dgc, year(2025, "1.20").build(), w15Bases()),
        "dgcYear.esms[690000037].actualisation", "R314-40 4°", "expected a given amount");
    ResolvedDgc formula = DgcFixtures.dgc(TariffMode.CONTRACT_FORMULA, TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE);
    assertRejected(() -> DotationEngine.compute(formula, year(2025, "1.20").build(), w15Bases()),
        "dgcYear.esms[690000011].actualisation", "R314-40 2°", "expected a contract formula");
    DgcYear given = DgcYear.builder().year(Year.of(2025)).addEsms(
        EsmsYear.builder().esms(A).actualisation(Actualisation.givenAmount(eur(1), LegalBasis.given("x"))).build(),
        rate(B, "1").build(), rate(C, "1").build()).build();
    assertRejected(() -> DotationEngine.compute(rateDgc(), given, w15Bases()),
        "dgcYear.esms[690000011].actualisation", "R314-40 1°", "expected a campaign rate");
  }

  // ------------------------------------------------------------------------------------------- split

  @Test
  void aNotifiedTotalIsSplitInProportionToTheComputedAmounts() {
    DgcYear y = year(2025, "1.20").notifiedTotal(eur(5_500_000)).build();
    DgcSplit s = DotationEngine.compute(rateDgc(), y, w15Bases()).provisionalSplit();
    assertThat(s.total()).isEqualTo(eur(5_500_000));
    assertThat(s.shares()).containsExactly(Map.entry(A, eur(1_800_000)), Map.entry(B, eur(600_000)), Map.entry(C, eur(3_100_000)));
    assertThat(sum(s.trace())).isEqualTo(eur(5_500_000));
    assertThat(s.trace().steps().get(0).label()).contains("in proportion");
    // 100.00 in thirds: the cent left over goes to the first ESMS
    DgcYear z = year(2025, "0").notifiedTotal(Amount.of("100.00")).build();
    DgcSplit t = DotationEngine.compute(rateDgc(), z, bases(1, 1, 1)).provisionalSplit();
    assertThat(t.shares().values()).containsExactly(Amount.of("33.34"), Amount.of("33.33"), Amount.of("33.33"));
  }

  @Test
  void anExplicitSplitMustSumToTheDgc() {
    Map<FinessNumber, Amount> shares = new LinkedHashMap<>();
    shares.put(C, eur(3_100_000));
    shares.put(A, eur(1_858_800));
    shares.put(B, eur(607_200));
    DgcSplit s = DotationEngine.compute(rateDgc(), year(2025, "1.20").split(ProvisionalSplit.explicit(shares)).build(), w15Bases())
        .provisionalSplit();
    assertThat(s.shares()).containsExactly(Map.entry(A, eur(1_858_800)), Map.entry(B, eur(607_200)), Map.entry(C, eur(3_100_000)));
    assertThat(s.trace().steps().get(0).label()).contains("as written in the arrêté");
    shares.put(B, eur(607_201));
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1.20").split(ProvisionalSplit.explicit(shares)).build(), w15Bases()),
        "dgcYear.split", "R314-43-1", "must sum to the DGC amount");
    shares.remove(B);
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1.20").split(ProvisionalSplit.explicit(shares)).build(), w15Bases()),
        "dgcYear.split", "R314-43-1", "one entry per ESMS");
    shares.put(B, eur(-1));
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1.20").split(ProvisionalSplit.explicit(shares)).build(), w15Bases()),
        "dgcYear.split[690000029]", "R314-43-1", "not negative");
    assertThat(ProvisionalSplit.explicit(shares)).isEqualTo(ProvisionalSplit.explicit(shares));
    assertThat(ProvisionalSplit.proportional().shares()).isEmpty();
  }

  @Test
  void zeroAmounts() {
    DgcDotation r = DotationEngine.compute(rateDgc(), year(2025, "1.20").build(), bases(0, 0, 0));
    assertThat(r.computedTotal()).isEqualTo(Amount.ZERO);
    assertThat(r.provisionalSplit().shares().values()).containsOnly(Amount.ZERO);
    assertThat(r.nextBases().values()).containsOnly(Amount.ZERO);
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1.20").notifiedTotal(eur(10)).build(), bases(0, 0, 0)),
        "dgcYear.notifiedTotal", "R314-43-1", "above zero");
    // a zero ESMS among others gets a zero share
    DgcDotation one = DotationEngine.compute(rateDgc(), year(2025, "1.20").build(), bases(0, 600_000, 0));
    assertThat(one.provisionalSplit().shares().values()).containsExactly(Amount.ZERO, eur(607_200), Amount.ZERO);
    MesureNouvelle zero = MesureNouvelle.of("none", Amount.ZERO, LocalDate.of(2025, 3, 1), CAMPAIGN);
    assertThat(DotationEngine.compute(rateDgc(), DgcYear.builder().year(Year.of(2025))
        .addEsms(rate(A, "1").addMesuresNouvelles(zero).addCnr(Cnr.of("z", Amount.ZERO, CAMPAIGN)).build(),
            rate(B, "1").build(), rate(C, "1").build()).build(), bases(0, 0, 0)).esms(A).amount()).isEqualTo(Amount.ZERO);
  }

  // --------------------------------------------------------------------------------------------- DMs

  static DecisionModificative.Builder dm(String ref, DmStatus status, LocalDate decided, DmTransfer... moves) {
    DecisionModificative.Builder b = DecisionModificative.builder().reference(ref).submitted(LocalDate.of(2025, 3, 1))
        .status(status).addTransfers(moves);
    if (decided != null) {
      b.decisionDate(decided);
    }
    return b;
  }

  @Test
  void aDmUnderMode4AppliesToTheCurrentYearOnly() {
    ResolvedDgc dgc = DgcFixtures.dgc(TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE, TariffMode.EQUATION);
    DgcYear y = DgcYear.builder().year(Year.of(2025))
        .addEsms(rate(A, "1.20").build(), rate(B, "1.20").build(),
            EsmsYear.builder().esms(C).actualisation(Actualisation.givenAmount(eur(3_137_200), LegalBasis.given("équation"))).build())
        .addDecisionsModificatives(dm("DM 1", DmStatus.DEEMED_APPROVED, LocalDate.of(2025, 4, 1),
            DmTransfer.of(C, A, eur(50_000))).build())
        .build();
    DgcDotation r = DotationEngine.compute(dgc, y, w15Bases());
    assertThat(r.finalSplit().share(A)).isEqualTo(eur(1_871_600));
    assertThat(r.finalSplit().share(C)).isEqualTo(eur(3_087_200));
    assertThat(r.finalSplit().total()).isEqualTo(eur(5_566_000));
    assertThat(r.finalSplit().trace().steps().get(0).label()).contains("current year only");
    assertThat(r.nextBases()).containsExactly(Map.entry(A, eur(1_821_600)), Map.entry(B, eur(607_200)), Map.entry(C, eur(3_137_200)));
  }

  @Test
  void onlyApprovedDmsChangeTheSplitInDecisionDateOrder() {
    DgcYear y = year(2025, "1.20").addDecisionsModificatives(
        dm("DM 3", DmStatus.APPROVED, LocalDate.of(2025, 9, 1), DmTransfer.of(A, B, eur(10_000))).build(),
        dm("DM 2", DmStatus.SUBMITTED, null, DmTransfer.of(A, B, eur(99_000))).build(),
        dm("DM 1", DmStatus.APPROVED, LocalDate.of(2025, 4, 1), DmTransfer.of(C, A, eur(20_000)),
            DmTransfer.of(C, B, eur(5_000))).build(),
        dm("DM 4", DmStatus.REFUSED, LocalDate.of(2025, 5, 1), DmTransfer.of(A, B, eur(99_000))).build())
        .build();
    DgcDotation r = DotationEngine.compute(rateDgc(), y, w15Bases());
    assertThat(r.splits()).extracting(DgcSplit::origin).containsExactly("arrêté de tarification 2025", "DM 1", "DM 3");
    assertThat(r.dmsNotApplied()).extracting(DecisionModificative::reference).containsExactly("DM 2", "DM 4");
    assertThat(r.finalSplit().shares()).containsExactly(Map.entry(A, eur(1_831_600)), Map.entry(B, eur(622_200)),
        Map.entry(C, eur(3_112_200)));
    assertThat(r.nextBases()).isEqualTo(r.finalSplit().shares());
    assertThat(r.splits().get(1).trace().size()).isEqualTo(4);
  }

  @Test
  void badDmsAreRejected() {
    LocalDate d = LocalDate.of(2025, 4, 1);
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1.20")
            .addDecisionsModificatives(dm("DM 1", DmStatus.APPROVED, d, DmTransfer.of(B, A, eur(607_201))).build()).build(), w15Bases()),
        "dm[DM 1].transfers", "R314-43-1", "negative share");
    FinessNumber stranger = FinessNumber.of("690000045");
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1.20")
            .addDecisionsModificatives(dm("DM 1", DmStatus.APPROVED, d, DmTransfer.of(stranger, A, eur(1))).build()).build(), w15Bases()),
        "dm[DM 1].from", "R314-43-1", "not an ESMS");
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1.20")
            .addDecisionsModificatives(dm("DM 1", DmStatus.APPROVED, d, DmTransfer.of(A, stranger, eur(1))).build()).build(), w15Bases()),
        "dm[DM 1].to", "R314-43-1", "not an ESMS");
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1.20")
            .addDecisionsModificatives(dm("DM 1", DmStatus.APPROVED, LocalDate.of(2026, 1, 5), DmTransfer.of(A, B, eur(1)))
                .build()).build(), w15Bases()),
        "dm[DM 1].decisionDate", "R314-43-1", "during its year");
    assertRejected(() -> DmTransfer.of(A, A, eur(1)), "dmTransfer.to", "R314-43-1", "another ESMS");
    assertRejected(() -> DmTransfer.of(A, B, Amount.ZERO), "dmTransfer.amount", "R314-43-1", "above zero");
    assertRejected(() -> dm("DM", DmStatus.APPROVED, null, DmTransfer.of(A, B, eur(1))).build(), "dm.decisionDate",
        "R314-43-1", "needs its decision date");
    assertRejected(() -> dm("DM", DmStatus.SUBMITTED, d, DmTransfer.of(A, B, eur(1))).build(), "dm.decisionDate",
        "R314-43-1", "no decision date");
    assertRejected(() -> dm("DM", DmStatus.APPROVED, LocalDate.of(2025, 2, 1), DmTransfer.of(A, B, eur(1))).build(),
        "dm.decisionDate", "R314-43-1", "after the DM was submitted");
    assertRejected(() -> DecisionModificative.builder().reference("DM").submitted(d).status(DmStatus.SUBMITTED).build(),
        "dm.transfers", "R314-43-1", "at least one");
    assertThat(DmStatus.DEEMED_APPROVED.isApproved()).isTrue();
    assertThat(DmStatus.REFUSED.isApproved()).isFalse();
  }

  // ------------------------------------------------------------------------------------- projection

  @Test
  void projectionOverThreeYearsCarriesTheBases() {
    MesureNouvelle mn = MesureNouvelle.of("4 places", eur(73_000), LocalDate.of(2025, 10, 1), CAMPAIGN);
    Cnr cnr = Cnr.of("equipment", eur(40_000), CAMPAIGN);
    DgcYear y2025 = DgcYear.builder().year(Year.of(2025))
        .addEsms(rate(A, "1.20").addMesuresNouvelles(mn).build(), rate(B, "1.20").addCnr(cnr).build(), rate(C, "1.20").build())
        .build();
    DgcYear y2026 = year(2026, "1.00").build();
    DgcYear y2027 = year(2027, "0.50").build();
    DgcProjection p = DotationEngine.project(rateDgc(), List.of(y2025, y2026, y2027), w15Bases());
    assertThat(p.years()).hasSize(3);
    assertThat(p.initialBases()).isEqualTo(w15Bases());
    DgcDotation r25 = p.year(Year.of(2025));
    assertThat(r25.esms(A).amount()).isEqualTo(eur(1_821_600 + 18_400));
    assertThat(r25.esms(B).amount()).isEqualTo(eur(647_200));
    assertThat(r25.total()).isEqualTo(eur(5_566_000 + 18_400 + 40_000));
    assertThat(r25.nextBases()).containsExactly(Map.entry(A, eur(1_894_600)), Map.entry(B, eur(607_200)),
        Map.entry(C, eur(3_137_200)));
    DgcDotation r26 = p.year(Year.of(2026));
    assertThat(r26.esms(A).previousBase()).isEqualTo(eur(1_894_600));
    assertThat(r26.esms(A).amount()).isEqualTo(eur(1_913_546));
    assertThat(r26.esms(B).amount()).isEqualTo(eur(613_272));
    assertThat(r26.esms(C).amount()).isEqualTo(eur(3_168_572));
    assertThat(r26.total()).isEqualTo(eur(1_913_546 + 613_272 + 3_168_572));
    DgcDotation r27 = p.year(Year.of(2027));
    assertThat(r27.esms(A).amount()).isEqualTo(Amount.of("1923113.73"));
    assertThat(r27.esms(A).trace().steps().get(0).label()).isEqualTo("Base reconductible 2026");
    assertRejected(() -> p.year(Year.of(2028)), "year", "R314-43-1", "not a year");
  }

  @Test
  void projectionYearsMustFollowEachOtherWithinTheContract() {
    assertRejected(() -> DotationEngine.project(rateDgc(), List.of(year(2025, "1").build(), year(2027, "1").build()), w15Bases()),
        "years[1].year", "follow each other", "expected 2026");
    assertRejected(() -> DotationEngine.project(rateDgc(), List.of(), w15Bases()), "years", "R314-43-1", "at least one");
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2029, "1").build(), w15Bases()), "dgcYear.year", "R314-43-1",
        "outside the contract years");
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2023, "1").build(), w15Bases()), "dgcYear.year", "R314-43-1",
        "outside the contract years");
  }

  // ------------------------------------------------------------------------------------- bad input

  @Test
  void inputsMustCoverEachMemberOnce() {
    Map<FinessNumber, Amount> missing = new LinkedHashMap<>(w15Bases());
    missing.remove(B);
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1").build(), missing), "previousBases", "R314-43-1",
        "one entry per ESMS");
    Map<FinessNumber, Amount> extra = new LinkedHashMap<>(w15Bases());
    extra.put(FinessNumber.of("690000045"), eur(1));
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1").build(), extra), "previousBases", "R314-43-1",
        "not an ESMS");
    Map<FinessNumber, Amount> negative = new LinkedHashMap<>(w15Bases());
    negative.put(B, eur(-1));
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1").build(), negative), "previousBases[690000029]",
        "cpom:dotation-not-negative", "zero or more");
    assertRejected(() -> DotationEngine.compute(rateDgc(), year(2025, "1").addEsms(rate(A, "1").build()).build(), w15Bases()),
        "dgcYear.esms", "R314-43-1", "twice");
    assertRejected(() -> DotationEngine.compute(rateDgc(), DgcYear.builder().year(Year.of(2025)).addEsms(rate(A, "1").build()).build(),
        w15Bases()), "dgcYear.esms", "R314-43-1",
        "one entry per ESMS");
  }

  @Test
  void badEventsAreRejected() {
    MesureNouvelle lastYear = MesureNouvelle.of("x", eur(1), LocalDate.of(2024, 12, 1), CAMPAIGN);
    assertRejected(() -> DotationEngine.compute(rateDgc(), DgcYear.builder().year(Year.of(2025))
            .addEsms(rate(A, "1").addMesuresNouvelles(lastYear).build(), rate(B, "1").build(), rate(C, "1").build()).build(), w15Bases()),
        "dgcYear.esms[690000011].mesuresNouvelles.startDate",
        "cpom:mesures-nouvelles", "one started before is in the base");
    assertRejected(() -> MesureNouvelle.of("x", eur(-1), LocalDate.of(2025, 1, 1), CAMPAIGN), "mesureNouvelle.fullYearAmount",
        "cpom:mesures-nouvelles", "not negative");
    assertRejected(() -> Cnr.of("x", eur(-1), CAMPAIGN), "cnr.amount", "cpom:cnr", "not negative");
    assertRejected(() -> DotationEngine.compute(rateDgc(), DgcYear.builder().year(Year.of(2025))
            .addEsms(rate(A, "1").addAdjustments(Adjustment.of("reprise", eur(-2_000_000), LegalBasis.casf("R314-51"))).build(),
                rate(B, "1").build(), rate(C, "1").build()).build(), w15Bases()),
        "dgcYear.esms[690000011]", "cpom:dotation-not-negative", "not negative");
    assertRejected(() -> year(2025, "1").notifiedTotal(eur(-1)).build(), "dgcYear.notifiedTotal", "R314-43-1", "not negative");
    PhModulation other = PhModulation.builder()
        .clause(ModulationClause.occupancy(B, Rate.ofPercent("95"), LegalBasis.clause("art. 7"))).build();
    assertRejected(() -> rate(A, "1").modulation(other).build(), "esmsYear.modulation", "inputs concern one ESMS", "another ESMS");
  }

  @Test
  void valueObjectsDescribeThemselves() {
    assertThat(Actualisation.campaignRate(Rate.ofPercent("1.2"))).isEqualTo(Actualisation.campaignRate(Rate.ofPercent("1.20")))
        .hasSameHashCodeAs(Actualisation.campaignRate(Rate.ofPercent("1.20")));
    assertThat(Actualisation.campaignRate(Rate.ofPercent("1.2"))).isNotEqualTo(Actualisation.contractFormula(
        Rate.ofPercent("1.2"), LegalBasis.clause("a")));
    assertThat(Actualisation.campaignRate(Rate.ofPercent("1.2")).toString()).contains("campaign rate 1.2%");
    assertThat(Actualisation.givenAmount(eur(5), LegalBasis.given("eq")).toString()).contains("EUR 5.00", "eq");
    assertThat(Actualisation.contractFormula(eur(5), Rate.ONE, Rate.ZERO, LegalBasis.clause("a")).toString())
        .contains("on the rest");
    assertThat(Actualisation.contractFormula(Rate.ONE, LegalBasis.clause("a")).toString()).doesNotContain("on the rest");
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

  @Test
  void aPermanentReSplitCannotLeaveANegativeBase() {
    // the SESSAD's share is a CNR only: moving it permanently would give it a negative base
    DgcYear y = DgcYear.builder().year(Year.of(2025))
        .addEsms(rate(A, "0").build(), rate(B, "0").addCnr(Cnr.of("one-off", eur(40_000), CAMPAIGN)).build(), rate(C, "0").build())
        .addDecisionsModificatives(dm("DM 1", DmStatus.APPROVED, LocalDate.of(2025, 4, 1), DmTransfer.of(B, A, eur(40_000))).build())
        .build();
    assertRejected(() -> DotationEngine.compute(rateDgc(), y, bases(1_800_000, 0, 3_100_000)), "dm[DM 1].transfers", "R314-43-1",
        "negative base");
    // under mode 4° the same move is for the year only, and allowed
    ResolvedDgc eq = DgcFixtures.dgc(TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE, TariffMode.EQUATION);
    DgcYear y4 = DgcYear.builder().from(y).esms(List.of(y.esms().get(0), y.esms().get(1),
        EsmsYear.builder().esms(C).actualisation(Actualisation.givenAmount(eur(3_100_000), LegalBasis.given("équation"))).build()))
        .build();
    DgcDotation r = DotationEngine.compute(eq, y4, bases(1_800_000, 0, 3_100_000));
    assertThat(r.finalSplit().share(B)).isEqualTo(Amount.ZERO);
    assertThat(r.nextBases().get(B)).isEqualTo(Amount.ZERO);
  }

  @Test
  void projectionNeedsAnInitialBasePerMember() {
    Map<FinessNumber, Amount> missing = new LinkedHashMap<>(w15Bases());
    missing.remove(C);
    assertRejected(() -> DotationEngine.project(rateDgc(), List.of(year(2025, "1").build()), missing), "initialBases",
        "R314-43-1", "one entry per ESMS");
  }

  @Test
  void unknownEsmsAreRejectedByTheResults() {
    DgcDotation r = DotationEngine.compute(rateDgc(), year(2025, "1.20").build(), w15Bases());
    FinessNumber stranger = FinessNumber.of("690000045");
    assertRejected(() -> r.finalSplit().share(stranger), "esms", "R314-43-1", "not an ESMS");
    assertRejected(() -> r.esms(stranger), "esms", "R314-43-1", "not an ESMS");
  }

  @Test
  void mode3TakesTheAmountOfTheAvenantInAnL31311Contract() {
    ResolvedDgc dgc = ResolvedDgc.builder().from(DgcFixtures.dgc(TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE,
        TariffMode.CAMPAIGN_RATE)).basis(org.cpom.contract.CpomBasis.L313_11)
        .members(List.of(org.cpom.contract.DgcMember.of(DgcFixtures.IME, TariffMode.ANNUAL_AMENDMENT),
            org.cpom.contract.DgcMember.of(DgcFixtures.SESSAD, TariffMode.CAMPAIGN_RATE),
            org.cpom.contract.DgcMember.of(DgcFixtures.MAS, TariffMode.CAMPAIGN_RATE)))
        .build();
    DgcYear y = DgcYear.builder().year(Year.of(2025)).addEsms(
        EsmsYear.builder().esms(A).actualisation(Actualisation.givenAmount(eur(1_830_000), LegalBasis.given("avenant n° 2"))).build(),
        rate(B, "1").build(), rate(C, "1").build()).build();
    EsmsDotation a = DotationEngine.compute(dgc, y, w15Bases()).esms(A);
    assertThat(a.amount()).isEqualTo(eur(1_830_000));
    assertThat(a.trace().steps().get(1).label()).contains("the annual avenant");
    assertThat(a.trace().steps().get(1).basis().text()).isEqualTo("CASF R314-40 3° (avenant n° 2)");
    assertThat(DotationEngine.compute(DgcFixtures.dgc(TariffMode.EQUATION, TariffMode.CAMPAIGN_RATE, TariffMode.CAMPAIGN_RATE),
        y, w15Bases()).esms(A).trace().steps().get(1).label()).contains("tariff equation or ceiling");
  }

  @Test
  void equalityOfInputValues() {
    LegalBasis cl = LegalBasis.clause("a");
    List<Actualisation> all = List.of(Actualisation.campaignRate(Rate.ONE), Actualisation.contractFormula(Rate.ONE, cl),
        Actualisation.contractFormula(eur(1), Rate.ONE, Rate.ZERO, cl), Actualisation.contractFormula(eur(1), Rate.ONE, Rate.ONE, cl),
        Actualisation.contractFormula(eur(2), Rate.ONE, Rate.ZERO, cl), Actualisation.givenAmount(eur(1), cl),
        Actualisation.givenAmount(eur(1), LegalBasis.clause("b")), Actualisation.givenAmount(eur(2), cl),
        Actualisation.contractFormula(Rate.ONE, LegalBasis.clause("b")));
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < all.size(); j++) {
        assertThat(all.get(i).equals(all.get(j))).as(i + " vs " + j).isEqualTo(i == j);
      }
    }
    assertThat(all.get(2)).isEqualTo(Actualisation.contractFormula(eur(1), Rate.ONE, Rate.ZERO, cl))
        .hasSameHashCodeAs(Actualisation.contractFormula(eur(1), Rate.ONE, Rate.ZERO, cl));
    assertThat(all.get(0).hashCode()).isNotEqualTo(all.get(1).hashCode());
    assertThat(all.get(0)).isNotEqualTo("x");
    Map<FinessNumber, Amount> shares = Map.of(A, eur(1));
    assertThat(ProvisionalSplit.explicit(shares)).isEqualTo(ProvisionalSplit.explicit(shares))
        .hasSameHashCodeAs(ProvisionalSplit.explicit(shares)).isNotEqualTo(ProvisionalSplit.proportional())
        .isNotEqualTo(ProvisionalSplit.explicit(Map.of(A, eur(2))));
    assertThat(ProvisionalSplit.proportional()).isNotEqualTo("x");
    assertThat(ProvisionalSplit.proportional().hashCode()).isNotEqualTo(ProvisionalSplit.explicit(shares).hashCode());
    assertThat(ProvisionalSplit.proportional().toString()).contains("proportional");
    assertThat(ProvisionalSplit.explicit(shares).toString()).contains("690000011", "EUR 1.00");
  }
}
