package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.cpom.CpomValidationException;
import org.cpom.money.Rate;
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
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class DgcTest {
  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");
  static final TariffAuthority ARS_OTHER = TariffAuthority.ars("Bourgogne-Franche-Comté");
  static final TariffAuthority CD69 = TariffAuthority.departement("69");
  static final FinessNumber GEST = FinessNumber.of("690000003");

  static Esms esms(String finess, EsmsCategory cat, FinessNumber gestionnaire, Funding... fundings) {
    return Esms.builder()
        .finess(FinessNumber.of(finess))
        .name(cat + " " + finess)
        .category(cat)
        .gestionnaire(gestionnaire)
        .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 30, 30, 365))
        .addFundings(fundings)
        .build();
  }

  static Funding am(TariffAuthority ars) {
    return Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ars);
  }

  static final Esms IME = esms("690000011", EsmsCategory.IME, GEST, am(ARS));
  static final Esms SESSAD = esms("690000029", EsmsCategory.SESSAD, GEST, am(ARS));
  static final Esms MAS = esms("690000037", EsmsCategory.MAS, GEST, am(ARS));
  static final Esms FAM = esms("690000052", EsmsCategory.FAM, GEST,
      Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), ARS),
      Funding.of(SectionTarifaire.HEBERGEMENT, Funder.departement("69"), CD69));
  static final Esms FOYER = esms("690000045", EsmsCategory.FOYER_DE_VIE, GEST,
      Funding.of(SectionTarifaire.GLOBAL, Funder.departement("69"), CD69));

  static ResolvedDgc.Builder ars(Esms... members) {
    ResolvedDgc.Builder b = ResolvedDgc.builder()
        .name("DGC ARS")
        .contractReference("CPOM-2024-001")
        .basis(CpomBasis.L313_12_2)
        .firstYear(Year.of(2024))
        .lastYear(Year.of(2028))
        .gestionnaire(GEST)
        .authority(ARS)
        .funder(Funder.assuranceMaladie());
    for (Esms e : members) {
      b.addMembers(DgcMember.of(e, TariffMode.CAMPAIGN_RATE));
    }
    return b;
  }

  @Test
  void aDgcOfSeveralEsmsOfOneGestionnaireAuthorityAndFunder() {
    ResolvedDgc dgc = ars(IME, SESSAD, MAS).build();
    assertThat(dgc.finessNumbers()).containsExactly(IME.finess(), SESSAD.finess(), MAS.finess());
    assertThat(dgc.member(MAS.finess())).isPresent();
    assertThat(dgc.member(FOYER.finess())).isEmpty();
    assertThat(dgc.hasMemberUnderEquation()).isFalse();
    assertThat(dgc.dmApprovalBasis()).isEqualTo(LegalBasis.casf("R314-231"));
    assertThat(dgc.toString()).contains("DGC ARS", "690000037");
    assertThat(dgc.members().get(0).toString()).isEqualTo("690000011 IME 690000011 (R314-40 1°)");
  }

  @Test
  void dmApprovalDependsOnTheContractBasis() {
    assertThat(ars(IME, SESSAD).basis(CpomBasis.L313_11).build().dmApprovalBasis()).isEqualTo(LegalBasis.casf("R314-46"));
    assertThat(ars(IME, SESSAD).basis(CpomBasis.L313_12_IV_TER).build().dmApprovalBasis())
        .isEqualTo(LegalBasis.casf("R314-231"));
  }

  @Test
  void aMemberUnderMode4IsDetected() {
    ResolvedDgc dgc = ars(IME).addMembers(DgcMember.of(MAS, TariffMode.EQUATION)).build();
    assertThat(dgc.hasMemberUnderEquation()).isTrue();
  }

  @Test
  void aSingleEsmsIsNotADgc() {
    assertRejected(() -> ars(IME).build(), "dgc.members", "R314-43-1", "several ESMS");
  }

  @Test
  void anEsmsOfAnotherGestionnaireIsRejected() {
    Esms other = esms("690000060", EsmsCategory.SESSAD, FinessNumber.of("690000078"), am(ARS));
    assertRejected(() -> ars(IME, other).build(), "dgc.members[690000060].gestionnaire", "R314-43-1", "same legal entity");
  }

  @Test
  void anEsmsOfAnotherFunderIsRejected() {
    assertRejected(() -> ars(IME, FOYER).build(), "dgc.members[690000045].funder", "R314-43-1", "no funding by this funder");
  }

  @Test
  void anEsmsOfAnotherAuthorityIsRejected() {
    Esms elsewhere = esms("690000060", EsmsCategory.SESSAD, GEST, am(ARS_OTHER));
    assertRejected(() -> ars(IME, elsewhere).build(), "dgc.members[690000060].authority", "R314-43-1",
        "same tariff authority");
  }

  @Test
  void anEsmsListedTwiceIsRejected() {
    assertRejected(() -> ars(IME, IME).build(), "dgc.members", "R314-43-1", "twice");
  }

  @Test
  void mode3IsRejectedOutsideL31311() {
    assertRejected(() -> ars(IME).addMembers(DgcMember.of(MAS, TariffMode.ANNUAL_AMENDMENT)).build(),
        "dgc.members[690000037].mode", "R314-39-1", "mode 3°");
    ResolvedDgc ok = ars(IME).basis(CpomBasis.L313_11).addMembers(DgcMember.of(MAS, TariffMode.ANNUAL_AMENDMENT)).build();
    assertThat(ok.members()).hasSize(2);
  }

  @Test
  void yearsMustBeInOrder() {
    assertRejected(() -> ars(IME, MAS).lastYear(Year.of(2023)).build(), "dgc.lastYear", "cpom:contract-period", "before");
  }

  @Test
  void aJointlyFundedEsmsSitsInOneDgcPerFunder() {
    ResolvedDgc arsDgc = ars(IME, FAM).build();
    ResolvedDgc cdDgc = ResolvedDgc.builder()
        .name("DGC Département")
        .contractReference("CPOM-2024-001")
        .basis(CpomBasis.L313_11)
        .firstYear(Year.of(2024))
        .lastYear(Year.of(2028))
        .gestionnaire(GEST)
        .authority(CD69)
        .funder(Funder.departement("69"))
        .addMembers(DgcMember.of(FAM, TariffMode.CAMPAIGN_RATE), DgcMember.of(FOYER, TariffMode.CONTRACT_FORMULA))
        .build();
    checkOne(List.of(arsDgc, cdDgc));
    // the IME's GLOBAL line joins the FAM's soins: the derived financement is assurance maladie / soins
    assertThat(arsDgc.section()).isEqualTo(SectionTarifaire.SOINS);
    assertThat(cdDgc.financement()).isEqualTo(Financement.of(Funder.departement("69"), SectionTarifaire.HEBERGEMENT));
    ResolvedDgc secondArs = ars(FAM, MAS).name("DGC ARS bis").build();
    assertRejected(() -> checkOne(List.of(arsDgc, cdDgc, secondArs)), "dgc.members",
        "R314-43-1", "one DGC per financement");
  }

  /** The check across the DGCs of a contract, on the DGCs as the contract states them. */
  static void checkOne(List<ResolvedDgc> dgcs) {
    Dgc.checkOneDgcPerFinancement(dgcs.stream().map(ResolvedDgc::dgc).collect(java.util.stream.Collectors.toList()));
  }

  static Esms ehpad(String finess) {
    return Esms.builder()
        .finess(FinessNumber.of(finess))
        .name("EHPAD " + finess)
        .category(EsmsCategory.EHPAD)
        .gestionnaire(GEST)
        .addCapacity(CapacityLine.of(CapacityMode.HEBERGEMENT_PERMANENT, 80, 80, 365))
        .addFundings(Funding.of(SectionTarifaire.SOINS, Funder.assuranceMaladie(), ARS))
        .addFundings(Funding.of(SectionTarifaire.DEPENDANCE, Funder.departement("69"), CD69))
        .addFundings(Funding.of(SectionTarifaire.HEBERGEMENT, Funder.departement("69"), CD69))
        .build();
  }

  static final Esms EHPAD_A = ehpad("690000086");
  static final Esms EHPAD_B = ehpad("690000094");
  static final Esms EHPAD_C = ehpad("690000102");

  static ResolvedDgc.Builder departement(String name, Esms... members) {
    ResolvedDgc.Builder b = ResolvedDgc.builder()
        .name(name)
        .contractReference("CPOM-2024-001")
        .basis(CpomBasis.L313_12_IV_TER)
        .firstYear(Year.of(2025))
        .lastYear(Year.of(2029))
        .gestionnaire(GEST)
        .authority(CD69)
        .funder(Funder.departement("69"));
    for (Esms e : members) {
      b.addMembers(DgcMember.of(e, TariffMode.CONTRACT_FORMULA));
    }
    return b;
  }

  @Test
  void theDependanceAndTheHebergementOfTheSameEhpadsAreTwoDepartementDgcs() {
    // R314-43-1 « des mêmes financements »: the forfait dépendance and the hébergement tariff are two financements
    ResolvedDgc dependance = departement("DGC CD69 dépendance", EHPAD_A, EHPAD_B).section(SectionTarifaire.DEPENDANCE).build();
    ResolvedDgc hebergement = departement("DGC CD69 hébergement", EHPAD_A, EHPAD_B).section(SectionTarifaire.HEBERGEMENT)
        .build();
    assertThat(dependance.financement()).isEqualTo(Financement.of(Funder.departement("69"), SectionTarifaire.DEPENDANCE));
    assertThat(hebergement.section()).isEqualTo(SectionTarifaire.HEBERGEMENT);
    assertThat(dependance.toString()).contains("Département 69 / DEPENDANCE");
    checkOne(List.of(dependance, hebergement));

    ResolvedDgc third = departement("DGC CD69 dépendance bis", EHPAD_A, EHPAD_C).section(SectionTarifaire.DEPENDANCE)
        .build();
    assertRejected(() -> checkOne(List.of(dependance, hebergement, third)), "dgc.members",
        "R314-43-1", "ESMS in two DGCs of the same financement Département 69 / DEPENDANCE");
    assertThatThrownBy(() -> checkOne(List.of(dependance, hebergement, third)))
        .hasMessageContaining(EHPAD_A.finess().toString())
        .satisfies(e -> assertThat(((CpomValidationException) e).value()).isEqualTo(EHPAD_A.finess().toString()));
  }

  @Test
  void theSameDgcsAreAcceptedInsideAContractAndAThirdIsRejected() {
    Esms[] ehpads = {EHPAD_A, EHPAD_B, EHPAD_C};
    Cpom.Builder contract = CpomTest.ivTer().perimeter(List.of(ehpads)).authorities(List.of(Fixtures.ARS, CD69));
    ResolvedDgc dependance = departement("DGC CD69 dépendance", EHPAD_A, EHPAD_B).contractReference("CPOM-69-2025")
        .section(SectionTarifaire.DEPENDANCE).build();
    ResolvedDgc hebergement = departement("DGC CD69 hébergement", EHPAD_A, EHPAD_B).contractReference("CPOM-69-2025")
        .section(SectionTarifaire.HEBERGEMENT).build();
    Cpom ok = contract.dgcs(List.of(dependance.dgc(), hebergement.dgc())).build();
    assertThat(ok.dgcs()).extracting(Dgc::section)
        .containsExactly(SectionTarifaire.DEPENDANCE, SectionTarifaire.HEBERGEMENT);

    ResolvedDgc third = departement("DGC CD69 dépendance bis", EHPAD_C, EHPAD_A).contractReference("CPOM-69-2025")
        .section(SectionTarifaire.DEPENDANCE).build();
    assertRejected(() -> contract.dgcs(List.of(dependance.dgc(), hebergement.dgc(), third.dgc())).build(), "dgc.members", "R314-43-1",
        "ESMS in two DGCs of the same financement");
    assertThatThrownBy(() -> contract.dgcs(List.of(dependance.dgc(), hebergement.dgc(), third.dgc())).build())
        .hasMessageContaining("dgc.members = " + EHPAD_A.finess());
  }

  static SingleEsmsDotation.Builder alone(Esms esms, Funder funder) {
    return SingleEsmsDotation.builder().esms(esms).funder(funder).mode(TariffMode.CONTRACT_FORMULA);
  }

  @Test
  void aContractListsTheDotationsOfEsmsInNoDgcAndPaysEachFinancementOnce() {
    Cpom.Builder contract = CpomTest.ivTer().perimeter(List.of(EHPAD_A, EHPAD_B, EHPAD_C))
        .authorities(List.of(Fixtures.ARS, CD69))
        .addDgcs(departement("DGC CD69 dépendance", EHPAD_A, EHPAD_B).contractReference("CPOM-69-2025")
            .section(SectionTarifaire.DEPENDANCE).build().dgc());
    SingleEsmsDotation cDependance = alone(EHPAD_C, Funder.departement("69")).section(SectionTarifaire.DEPENDANCE).build();
    SingleEsmsDotation aSoins = alone(EHPAD_A, Funder.assuranceMaladie()).build();
    Cpom ok = contract.singleDotations(List.of(cDependance, aSoins)).build();
    assertThat(ok.singleDotations()).containsExactly(cDependance, aSoins);

    // EHPAD A's dépendance is already in the DGC
    assertRejected(() -> contract.singleDotations(List.of(
            alone(EHPAD_A, Funder.departement("69")).section(SectionTarifaire.DEPENDANCE).build())).build(),
        "cpom.singleDotations[690000086]", "R314-43-1", "already paid by DGC CD69 dépendance");
    assertRejected(() -> contract.singleDotations(List.of(aSoins, aSoins)).build(), "cpom.singleDotations[690000086]",
        "R314-43-1", "already paid by a dotation of its own");
    assertRejected(() -> contract.singleDotations(List.of(alone(IME, Funder.assuranceMaladie()).build())).build(),
        "cpom.singleDotations[690000011].esms", "cpom convention", "not in the contract's perimeter");
    Esms renamed = Esms.builder().from(EHPAD_C).name("EHPAD renamed").build();
    assertRejected(() -> contract.singleDotations(List.of(alone(renamed, Funder.assuranceMaladie()).build())).build(),
        "cpom.singleDotations[690000102].esms", "cpom convention", "differs from the one of the same FINESS");
    // mode 3° is ruled out by the contract's basis, which the dotation takes from the contract
    assertRejected(() -> contract.singleDotations(List.of(alone(EHPAD_C, Funder.assuranceMaladie())
            .mode(TariffMode.ANNUAL_AMENDMENT).build())).build(), "singleEsmsDotation.mode", "R314-39-1",
        "mode 3° is not allowed");
    // (the builder is mutable: the last rejection changes the signatories)
    assertRejected(() -> contract.singleDotations(List.of(aSoins)).authorities(List.of(CD69)).build(),
        "cpom.authorities", "L313-11", "does not sign");
  }

  @Test
  void aLoneDotationTakesItsReferenceBasisAndYearsFromTheContract() {
    SingleEsmsDotation aSoins = alone(EHPAD_A, Funder.assuranceMaladie()).build();
    SingleEsmsDotation cSoins = alone(EHPAD_C, Funder.assuranceMaladie()).build();
    SingleEsmsDotation cDependance = alone(EHPAD_C, Funder.departement("69")).section(SectionTarifaire.DEPENDANCE).build();
    Cpom c = CpomTest.ivTer().perimeter(List.of(EHPAD_A, EHPAD_B, EHPAD_C)).authorities(List.of(Fixtures.ARS, CD69))
        .addSingleDotations(aSoins, cSoins, cDependance).build();

    ResolvedSingleEsmsDotation a = c.singleDotation(EHPAD_A.finess());
    // the contract's facts, stated once in the contract
    assertThat(a.contractReference()).isEqualTo(c.id());
    assertThat(a.basis()).isEqualTo(CpomBasis.L313_12_IV_TER);
    assertThat(a.firstYear()).isEqualTo(Year.of(c.startDate().getYear()));
    assertThat(a.lastYear()).isEqualTo(Year.of(c.endDate().getYear()));
    // the dotation's own facts, as the contract lists them
    assertThat(a.dotation()).isEqualTo(aSoins);
    assertThat(a.esms()).isEqualTo(EHPAD_A);
    assertThat(a.financement()).isEqualTo(Financement.of(Funder.assuranceMaladie(), SectionTarifaire.SOINS));
    assertThat(a.authority()).isEqualTo(Fixtures.ARS);
    assertThat(a.mode()).isEqualTo(TariffMode.CONTRACT_FORMULA);

    // EHPAD C has two lone dotations: the financement picks one
    assertRejected(() -> c.singleDotation(EHPAD_C.finess()), "cpom.singleDotations", "cpom convention",
        "several dotations outside a DGC");
    Financement dependance = Financement.of(Funder.departement("69"), SectionTarifaire.DEPENDANCE);
    assertThat(c.singleDotation(EHPAD_C.finess(), dependance).dotation()).isEqualTo(cDependance);
    assertThat(c.singleDotation(EHPAD_C.finess(), dependance).authority()).isEqualTo(CD69);

    // an ESMS with no lone dotation is rejected naming it
    assertRejected(() -> c.singleDotation(EHPAD_B.finess()), "cpom.singleDotations", "cpom convention",
        "has no dotation of that ESMS outside a DGC");
    assertThatThrownBy(() -> c.singleDotation(EHPAD_B.finess())).hasMessageContaining("cpom.singleDotations = "
        + EHPAD_B.finess());
    assertRejected(() -> c.singleDotation(EHPAD_A.finess(), dependance), "cpom.singleDotations", "cpom convention",
        "has no dotation of that ESMS and financement");
  }

  @Test
  void theSectionMustBeNamedWhenTheMembersHaveSeveralByTheFunder() {
    assertRejected(() -> departement("DGC CD69", EHPAD_A, EHPAD_B).build(), "dgc.section", "R314-43-1",
        "several financements of Département 69 [DEPENDANCE, HEBERGEMENT]");
    // one section left: derived
    assertThat(ars(EHPAD_A, EHPAD_B).build().section()).isEqualTo(SectionTarifaire.SOINS);
    assertThat(ars(IME, MAS).build().financement()).isEqualTo(Financement.of(Funder.assuranceMaladie(), SectionTarifaire.GLOBAL));
  }

  @Test
  void aGlobalLineMatchesTheFundersFinancementButNeverTheDependance() {
    // a foyer de vie funded GLOBAL by the Département sits with the hébergement of EHPADs ...
    ResolvedDgc hebergement = departement("DGC CD69 hébergement", EHPAD_A, FOYER).section(SectionTarifaire.HEBERGEMENT)
        .build();
    assertThat(hebergement.finessNumbers()).containsExactly(EHPAD_A.finess(), FOYER.finess());
    // ... but not with their dépendance forfaits (R314-172: an EHPAD financement)
    assertRejected(() -> departement("DGC CD69 dépendance", EHPAD_A, FOYER).section(SectionTarifaire.DEPENDANCE).build(),
        "dgc.members[690000045].section", "R314-43-1", "no funding line of the financement Département 69 / DEPENDANCE");
    // the rejection cites the article and the convention that says which funding line matches a financement
    assertThatThrownBy(() -> departement("DGC CD69 dépendance", EHPAD_A, FOYER).section(SectionTarifaire.DEPENDANCE).build())
        .satisfies(e -> assertThat(((CpomValidationException) e).rule())
            .isEqualTo(LegalBasis.casf("R314-43-1").readWith(org.cpom.Convention.FINANCEMENT_MATCH)));
    // a FAM has no GLOBAL line: it cannot be in a DGC that names GLOBAL
    assertRejected(() -> ars(IME, FAM).section(SectionTarifaire.GLOBAL).build(), "dgc.members[690000052].section",
        "R314-43-1", "its sections by this funder are [SOINS]");
  }

  @Test
  void aGlobalEsmsCannotBeInTwoDgcsOfItsFunderWhateverTheirSection() {
    ResolvedDgc global = ars(IME, MAS).build();
    ResolvedDgc soins = ars(IME, FAM).name("DGC ARS soins").build();
    assertThat(soins.section()).isEqualTo(SectionTarifaire.SOINS);
    assertRejected(() -> checkOne(List.of(global, soins)), "dgc.members", "R314-43-1",
        "Assurance maladie / GLOBAL (DGC ARS, DGC ARS soins)");
  }

  @Test
  void modulationClauseDefaultsAndLimits() {
    ModulationClause c = ModulationClause.occupancy(IME.finess(), Rate.ofPercent("95"), LegalBasis.clause("art. 7"));
    assertThat(c.coefficient()).isEqualByComparingTo("0.5");
    assertThat(c.reducesBase()).isFalse();
    assertThat(c.objective()).isEqualByComparingTo("0.95");
    assertRejected(() -> ModulationClause.builder().from(c).coefficient(new BigDecimal("0.51")).build(),
        "modulationClause.coefficient", "R314-43-2 III", "half of the gap");
    assertRejected(() -> ModulationClause.builder().from(c).coefficient(BigDecimal.ZERO).build(),
        "modulationClause.coefficient", "R314-43-2 III", "]0, 0.5]");
    assertRejected(() -> ModulationClause.occupancy(IME.finess(), Rate.ofPercent("101"), LegalBasis.clause("art. 7")),
        "modulationClause.objective", "R314-43-2 II 1°", "at most 1");
    assertRejected(() -> ModulationClause.occupancy(IME.finess(), Rate.ZERO, LegalBasis.clause("art. 7")),
        "modulationClause.objective", "R314-43-2 II 1°", "above zero");
    assertRejected(() -> ModulationClause.builder().from(c).indicator(ModulationIndicator.PEOPLE_SUPPORTED)
        .objective(new BigDecimal("120.5")).build(), "modulationClause.objective", "R314-43-2 II 2°", "whole number");
    ModulationClause people = ModulationClause.builder().from(c).indicator(ModulationIndicator.PEOPLE_SUPPORTED)
        .objective(new BigDecimal("120")).coefficient(new BigDecimal("0.25")).reducesBase(true).build();
    assertThat(people.indicator().isCount()).isTrue();
    assertThat(ModulationClause.builder().from(people).objective(new BigDecimal("121")).build().objective())
        .isEqualByComparingTo("121");
    assertThat(ModulationClause.occupancy(IME.finess(), Rate.ofPercent("100"), LegalBasis.clause("art. 7")).objective())
        .isEqualByComparingTo("1");
    assertThat(ModulationClause.builder().from(c).coefficient(new BigDecimal("0.5")).build().coefficient())
        .isEqualByComparingTo("0.5");
    assertThat(people.reducesBase()).isTrue();
    assertThat(ModulationIndicator.SERVICES_DELIVERED.article()).isEqualTo("R314-43-2 II 3°");
    assertThat(ModulationIndicator.OCCUPANCY_RATE.isCount()).isFalse();
  }

  static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String rule,
      String problem) {
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
