package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.contract.DgcTest.CD69;
import static org.cpom.contract.DgcTest.EHPAD_A;
import static org.cpom.contract.DgcTest.EHPAD_B;
import static org.cpom.contract.DgcTest.assertRejected;

import java.util.List;
import org.cpom.referential.Funder;
import org.cpom.referential.SectionTarifaire;
import org.junit.jupiter.api.Test;

/**
 * A DGC member's mode against a clause on its section (not only on a GLOBAL budget), the message naming the
 * budget or the section; and each of a lone dotation's own facts refused on its own (R314-115, the dotation
 * convention).
 */
class MemberModeAndSingleDotationTest {
  private static Cpom.Builder withDependanceDgc() {
    return CpomTest.ivTer().perimeter(List.of(EHPAD_A, EHPAD_B)).authorities(List.of(Fixtures.ARS, CD69))
        .addDgcs(DgcTest.departement("DGC CD69 dépendance", EHPAD_A, EHPAD_B).contractReference("CPOM-69-2025")
            .section(SectionTarifaire.DEPENDANCE).build().dgc());
  }

  @Test
  void aMemberOfASectionDgcFollowsTheClauseOnThatSection() {
    // the members are updated by mode 2°; a clause setting the dépendance by mode 4° contradicts them
    assertRejected(() -> withDependanceDgc()
            .addFinancialClause(TariffModeClause.of(SectionTarifaire.DEPENDANCE, TariffMode.EQUATION)).build(),
        "cpom.dgcs[DGC CD69 dépendance].members[690000086].mode", "R314-40",
        "the contract's financial clause sets the section DEPENDANCE of 690000086 by ["
            + TariffMode.EQUATION.article() + "]");
    // the same mode, or a clause on another section, leaves the DGC as it is
    assertThat(withDependanceDgc()
        .addFinancialClause(TariffModeClause.of(SectionTarifaire.DEPENDANCE, TariffMode.CONTRACT_FORMULA)).build()
        .dgcs()).hasSize(1);
    assertThat(withDependanceDgc()
        .addFinancialClause(TariffModeClause.of(SectionTarifaire.SOINS, TariffMode.EQUATION)).build()
        .dgcs()).hasSize(1);
  }

  @Test
  void aMemberOfAGlobalDgcIsToldTheModesOfItsBudget() {
    Dgc byEquation = Dgc.of("DGC ARS", Fixtures.ARS, Funder.assuranceMaladie(),
        DgcMember.of(Fixtures.IME, TariffMode.EQUATION), DgcMember.of(Fixtures.MAS, TariffMode.CAMPAIGN_RATE));
    assertRejected(() -> Fixtures.arsCpom().addDgcs(byEquation).build(),
        "cpom.dgcs[DGC ARS].members[690000011].mode", "R314-40",
        "the contract's financial clause sets the budget of 690000011 by [" + TariffMode.CAMPAIGN_RATE.article() + "]");
  }

  @Test
  void aLoneDotationNamesItsSectionWhenItsFunderPaysSeveral() {
    // the Département pays the EHPAD's dépendance and its hébergement
    assertRejected(() -> SingleEsmsDotation.of(Fixtures.EHPAD, Funder.departement("69"), TariffMode.CONTRACT_FORMULA),
        "singleEsmsDotation.section", "cpom convention", "has several financements of");
    SingleEsmsDotation hebergement = SingleEsmsDotation.builder().esms(Fixtures.EHPAD).funder(Funder.departement("69"))
        .mode(TariffMode.CONTRACT_FORMULA).section(SectionTarifaire.HEBERGEMENT).build();
    assertThat(hebergement.authority()).isEqualTo(Fixtures.CD69);
    assertThat(hebergement.toString()).isEqualTo("690000052 EHPAD Les Glycines (" + hebergement.financement() + ", "
        + TariffMode.CONTRACT_FORMULA.article() + ")");
    // the assurance maladie pays its soins alone: the section is found
    SingleEsmsDotation soins = SingleEsmsDotation.of(Fixtures.EHPAD, Funder.assuranceMaladie(), TariffMode.EQUATION);
    assertThat(soins.section()).isEqualTo(SectionTarifaire.SOINS);
    assertThat(soins.authority()).isEqualTo(Fixtures.ARS);
  }

  @Test
  void aLoneDotationIsRefusedForACretonPartAFunderThatPaysNothingOrASectionItDoesNotPay() {
    assertRejected(() -> SingleEsmsDotation.builder().esms(Fixtures.IME).funder(Funder.assuranceMaladie())
            .mode(TariffMode.CAMPAIGN_RATE).section(SectionTarifaire.CRETON).build(),
        "singleEsmsDotation.section", "R314-115", "a Creton part");
    assertRejected(() -> SingleEsmsDotation.of(Fixtures.IME, Funder.departement("69"), TariffMode.CAMPAIGN_RATE),
        "singleEsmsDotation.funder", "cpom convention", "ESMS 690000011 has no funding by this funder");
    assertRejected(() -> SingleEsmsDotation.builder().esms(Fixtures.EHPAD).funder(Funder.assuranceMaladie())
            .mode(TariffMode.EQUATION).section(SectionTarifaire.HEBERGEMENT).build(),
        "singleEsmsDotation.section", "cpom convention", "ESMS 690000052 has no funding line of the financement");
  }
}
