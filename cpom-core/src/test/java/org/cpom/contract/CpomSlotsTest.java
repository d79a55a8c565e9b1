package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.contract.Fixtures.cpom;
import static org.cpom.contract.Rejections.rejects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.cpom.money.Rate;
import org.cpom.referential.Funder;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

/** The clauses later engines read from the contract, and how avenants carry them. */
class CpomSlotsTest {
  private static ResultAllocationClause clause(AllocatingParty party) {
    return ResultAllocationClause.builder().allocatingParty(party).allowsFungibility(true).reference("art. 9").build();
  }

  @Test
  void aContractCarriesItsResultAllocationClauseThroughAsOf() {
    Cpom c = cpom().budgetFramework(BudgetFramework.EPRD).resultAllocationClause(clause(AllocatingParty.GESTIONNAIRE)).build();
    assertThat(c.resultAllocationClause()).hasValueSatisfying(r -> assertThat(r.allowsFungibility()).isTrue());
    assertThat(c.asOf(LocalDate.of(2027, 3, 1)).resultAllocationClause()).isEqualTo(c.resultAllocationClause());
    assertThat(cpom().build().resultAllocationClause()).isEmpty();
  }

  @Test
  void underTheEprdTheClauseCannotLetTheAuthorityAllocate() {
    rejects(() -> cpom().budgetFramework(BudgetFramework.EPRD)
            .resultAllocationClause(clause(AllocatingParty.AUTORITE_DE_TARIFICATION)).build(),
        "cpom.resultAllocationClause.allocatingParty", LegalBasis.casf("R314-234"));
    // the message points to where an authority-allocated compte is expressed instead (R314-234 4°)
    assertThatThrownBy(() -> cpom().budgetFramework(BudgetFramework.EPRD)
            .resultAllocationClause(clause(AllocatingParty.AUTORITE_DE_TARIFICATION)).build())
        .hasMessageContaining("R314-234 4°").hasMessageContaining("kind of each compte de résultat");
    // Under the traditional budget the authority allocates unless the contract says otherwise (R314-51 I, R314-43).
    assertThat(cpom().budgetFramework(BudgetFramework.TRADITIONAL)
        .resultAllocationClause(clause(AllocatingParty.AUTORITE_DE_TARIFICATION)).build().resultAllocationClause())
        .isPresent();
  }

  private static Dgc.Builder arsDgc() {
    return Dgc.builder()
        .name("DGC ARS")
        .authority(Fixtures.ARS)
        .funder(Funder.assuranceMaladie())
        .addMembers(DgcMember.of(Fixtures.IME, TariffMode.CAMPAIGN_RATE), DgcMember.of(Fixtures.MAS, TariffMode.CAMPAIGN_RATE));
  }

  @Test
  void aContractCarriesItsDgcsAndModulationClauses() {
    ModulationClause mas = ModulationClause.occupancy(Fixtures.MAS.finess(), Rate.ofPercent("95"), LegalBasis.clause("art. 6"));
    Cpom c = Fixtures.arsCpom().addDgcs(arsDgc().build()).addModulationClauses(mas).build();
    assertThat(c.dgcs()).singleElement().extracting(Dgc::name).isEqualTo("DGC ARS");
    assertThat(c.modulationClauses()).containsExactly(mas);
    assertThat(c.asOf(LocalDate.of(2026, 1, 1)).dgcs()).isEqualTo(c.dgcs());
  }

  @Test
  void theContractSuppliesTheFactsOfItsDgc() {
    Cpom c = Fixtures.arsCpom().addDgcs(arsDgc().build()).build();
    ResolvedDgc d = c.dgc("DGC ARS");
    assertThat(d.dgc()).isEqualTo(c.dgcs().get(0));
    assertThat(d.contractReference()).isEqualTo("CPOM-69-2025");
    assertThat(d.basis()).isEqualTo(CpomBasis.L313_12_2);
    assertThat(d.firstYear()).isEqualTo(Year.of(2025));
    assertThat(d.lastYear()).isEqualTo(Year.of(2029));
    assertThat(d.gestionnaire()).isEqualTo(Fixtures.GESTIONNAIRE.finess());
    assertThat(d.finessNumbers()).containsExactly(Fixtures.IME.finess(), Fixtures.MAS.finess());
    assertThat(d.dmApprovalBasis()).isEqualTo(LegalBasis.casf("R314-231"));
    // a contract starting mid-year touches six exercices; an extension adds its months to the last year
    ResolvedDgc midYear = Fixtures.arsCpom().fichesActions(java.util.List.of()).startDate(LocalDate.of(2025, 7, 1)).addDgcs(arsDgc().build()).build()
        .dgc("DGC ARS");
    assertThat(midYear.firstYear()).isEqualTo(Year.of(2025));
    assertThat(midYear.lastYear()).isEqualTo(Year.of(2030));
    ResolvedDgc extended = Fixtures.arsCpom().extension(java.time.Period.ofMonths(12)).addDgcs(arsDgc().build()).build()
        .dgc("DGC ARS");
    assertThat(extended.lastYear()).isEqualTo(Year.of(2030));
    assertThat(Fixtures.cpom().addDgcs(arsDgc().build()).build().dgc("DGC ARS").dmApprovalBasis())
        .isEqualTo(LegalBasis.casf("R314-46"));
  }

  @Test
  void anUnknownDgcNameIsRejectedNamingIt() {
    Cpom c = Fixtures.arsCpom().addDgcs(arsDgc().build()).build();
    rejects(() -> c.dgc("DGC CD69"), "cpom.dgcs", LegalBasis.casf("R314-43-1"));
    assertThatThrownBy(() -> c.dgc("DGC CD69")).hasMessageContaining("DGC CD69").hasMessageContaining("[DGC ARS]");
    assertThatThrownBy(() -> c.dgc(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void aMemberModeMustAgreeWithTheFinancialClause() {
    // the fixture's clause sets group II by mode 1°: a member updated by mode 4° contradicts it
    Dgc byEquation = arsDgc().members(java.util.List.of(DgcMember.of(Fixtures.IME, TariffMode.EQUATION),
        DgcMember.of(Fixtures.MAS, TariffMode.CAMPAIGN_RATE))).build();
    rejects(() -> Fixtures.arsCpom().addDgcs(byEquation).build(), "cpom.dgcs[DGC ARS].members[" + Fixtures.IME.finess()
        + "].mode", LegalBasis.casf("R314-40"));
    // a group set by mode 4° for that ESMS makes its mode one of the contract's
    Cpom mixed = Fixtures.arsCpom().addFinancialClause(TariffModeClause.builder().esms(Fixtures.IME.finess())
        .groupe(org.cpom.referential.GroupeFonctionnel.CHARGES_III_STRUCTURE).mode(TariffMode.EQUATION).build())
        .addDgcs(byEquation).build();
    assertThat(mixed.dgc("DGC ARS").hasMemberUnderEquation()).isTrue();
    // a clause silent on the budget leaves the member's mode as stated
    assertThat(Fixtures.arsCpom().financialClause(java.util.List.of()).addDgcs(byEquation).build().dgc("DGC ARS")
        .member(Fixtures.IME.finess()).orElseThrow().mode()).isEqualTo(TariffMode.EQUATION);
  }

  @Test
  void aDgcMustFitTheContract() {
    // mode 3° is an L313-11 mode (R314-39-1): the contract's basis rules it out for a member
    Dgc annual = arsDgc().members(java.util.List.of(DgcMember.of(Fixtures.IME, TariffMode.ANNUAL_AMENDMENT),
        DgcMember.of(Fixtures.MAS, TariffMode.ANNUAL_AMENDMENT))).build();
    rejects(() -> Fixtures.arsCpom().financialClause(java.util.List.of()).addDgcs(annual).build(),
        "dgc.members[" + Fixtures.IME.finess() + "].mode", LegalBasis.casf("R314-39-1"));
    assertThat(cpom().financialClause(java.util.List.of()).addDgcs(annual).build().dgcs()).containsExactly(annual);
    rejects(() -> cpom().fichesActions(java.util.List.of()).perimeter(java.util.List.of(Fixtures.IME, Fixtures.FOYER)).addDgcs(arsDgc().build()).build(),
        "cpom.dgcs[DGC ARS].members", LegalBasis.casf("R314-43-1"));
    rejects(() -> cpom().addDgcs(arsDgc().build(), arsDgc().build()).build(), "cpom.dgcs", LegalBasis.casf("R314-43-1"));
    rejects(() -> cpom().addDgcs(arsDgc().build(), arsDgc().name("DGC ARS bis").build()).build(),
        "dgc.members", LegalBasis.casf("R314-43-1"));
  }

  @Test
  void aModulationClauseMustNameAnEsmsOfThePerimeterOnce() {
    ModulationClause mas = ModulationClause.occupancy(Fixtures.MAS.finess(), Rate.ofPercent("95"), LegalBasis.clause("art. 6"));
    rejects(() -> Fixtures.arsCpom().addModulationClauses(mas, mas).build(), "cpom.modulationClauses", LegalBasis.casf("R314-43-2"));
    rejects(() -> Fixtures.arsCpom().fichesActions(java.util.List.of()).perimeter(java.util.List.of(Fixtures.IME))
            .addModulationClauses(mas).build(),
        "cpom.modulationClauses.esms", LegalBasis.casf("R314-43-2"));
    assertThat(mas.objective()).isEqualByComparingTo(new BigDecimal("0.95"));
  }

  @Test
  void anL313_11ContractCannotModulateForActivity() {
    // R314-43-2 I names the L313-12 IV ter and L313-12-2 contracts only.
    ModulationClause mas = ModulationClause.occupancy(Fixtures.MAS.finess(), Rate.ofPercent("95"), LegalBasis.clause("art. 6"));
    rejects(() -> cpom().addModulationClauses(mas).build(), "cpom.modulationClauses", LegalBasis.casf("R314-43-2 I"));
    assertThat(cpom().basis(CpomBasis.L313_12_2).authorities(java.util.List.of(Fixtures.ARS, Fixtures.CD69))
        .addModulationClauses(mas).build().modulationClauses()).containsExactly(mas);
  }

  @Test
  void severalClausesOfOneEsmsMustShareTheirCombination() {
    ModulationClause occupancy = ModulationClause.occupancy(Fixtures.MAS.finess(), Rate.ofPercent("95"), LegalBasis.clause("art. 6"));
    ModulationClause people = ModulationClause.builder().esms(Fixtures.MAS.finess())
        .indicator(ModulationIndicator.PEOPLE_SUPPORTED).objective(new BigDecimal("50")).clause(LegalBasis.clause("art. 6"))
        .build();
    assertThat(Fixtures.arsCpom().addModulationClauses(occupancy, people).build().modulationClauses()).hasSize(2);
    rejects(() -> Fixtures.arsCpom().addModulationClauses(occupancy,
        ModulationClause.builder().from(people).combination(ModulationCombination.SUM).build()).build(),
        "cpom.modulationClauses", LegalBasis.casf("R314-43-2 III"));
  }

  @Test
  void aClauseOnAnEhpadIsRejectedWhenTheContractIsBuilt() {
    // R314-43-2 I: in a IV ter contract only the ESMS of the third alinéa of its A; an EHPAD follows R314-160 / R314-174
    ModulationClause ehpad = ModulationClause.occupancy(Fixtures.EHPAD.finess(), Rate.ofPercent("95"), LegalBasis.clause("art. 6"));
    ModulationClause mas = ModulationClause.occupancy(Fixtures.MAS.finess(), Rate.ofPercent("95"), LegalBasis.clause("art. 6"));
    Cpom.Builder ivTer = cpom().basis(CpomBasis.L313_12_IV_TER).addPerimeter(Fixtures.EHPAD);
    rejects(() -> ivTer.addModulationClauses(ehpad).build(), "cpom.modulationClauses.esms", LegalBasis.casf("R314-43-2 I"));
    assertThat(cpom().basis(CpomBasis.L313_12_IV_TER).addPerimeter(Fixtures.EHPAD).addModulationClauses(mas).build()
        .modulationClauses()).containsExactly(mas);
  }

  @Test
  void aDgcOfAnotherGestionnaireOrAuthorityIsRejected() {
    org.cpom.referential.Funding am = org.cpom.referential.Funding.of(
        org.cpom.referential.SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), Fixtures.ARS);
    org.cpom.referential.Esms otherIme = Fixtures.esms("690000102", "IME voisin", org.cpom.referential.EsmsCategory.IME, "690000094", am);
    org.cpom.referential.Esms otherMas = Fixtures.esms("690000110", "MAS voisine", org.cpom.referential.EsmsCategory.MAS, "690000094", am);
    rejects(() -> cpom().addDgcs(arsDgc()
            .members(java.util.List.of(DgcMember.of(otherIme, TariffMode.CAMPAIGN_RATE), DgcMember.of(otherMas, TariffMode.CAMPAIGN_RATE)))
            .build()).build(),
        // the members of another gestionnaire are outside the perimeter, which holds only the signing one's
        "cpom.dgcs[DGC ARS].members", LegalBasis.casf("R314-43-1"));
    org.cpom.referential.TariffAuthority occitanie = org.cpom.referential.TariffAuthority.ars("Occitanie");
    org.cpom.referential.Funding amOcc = org.cpom.referential.Funding.of(
        org.cpom.referential.SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), occitanie);
    org.cpom.referential.Esms ime34 = Fixtures.esms("340000102", "IME de l'Hérault", org.cpom.referential.EsmsCategory.IME, "690000003", amOcc);
    org.cpom.referential.Esms mas34 = Fixtures.esms("340000110", "MAS de l'Hérault", org.cpom.referential.EsmsCategory.MAS, "690000003", amOcc);
    rejects(() -> cpom().addDgcs(arsDgc().authority(occitanie)
            .members(java.util.List.of(DgcMember.of(ime34, TariffMode.CAMPAIGN_RATE), DgcMember.of(mas34, TariffMode.CAMPAIGN_RATE)))
            .build()).build(),
        "cpom.dgcs[DGC ARS].authority", LegalBasis.casf("R314-43-1"));
  }
}
