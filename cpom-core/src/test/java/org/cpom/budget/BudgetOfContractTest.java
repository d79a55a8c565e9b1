package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.budget.BudgetTest.ALL;
import static org.cpom.budget.BudgetTest.AM;
import static org.cpom.budget.BudgetTest.ARS;
import static org.cpom.budget.BudgetTest.CD69;
import static org.cpom.budget.BudgetTest.D69;
import static org.cpom.budget.BudgetTest.EHPAD;
import static org.cpom.budget.BudgetTest.FAM;
import static org.cpom.budget.BudgetTest.GESTIONNAIRE;
import static org.cpom.budget.BudgetTest.IME;
import static org.cpom.budget.BudgetTest.MAPPING;
import static org.cpom.budget.BudgetTest.line;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.Dgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.TariffMode;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.LegalStatus;
import org.cpom.referential.SectionTarifaire;
import org.junit.jupiter.api.Test;

/** The budget of a contract: its ESMS from the perimeter, its DGC labels checked against the contract's DGCs. */
class BudgetOfContractTest {
  static final Cpom CONTRACT = Cpom.builder().id("CPOM-69-2025").name("CPOM 2025-2029")
      .basis(CpomBasis.L313_12_IV_TER).gestionnaire(Gestionnaire.of(GESTIONNAIRE, "Association",
          LegalStatus.PRIVATE_NON_PROFIT))
      .addAuthorities(ARS, CD69).startDate(LocalDate.of(2025, 1, 1)).durationYears(5)
      .perimeter(ALL)
      .addDgcs(Dgc.of("DGC-ARS", ARS, AM, DgcMember.of(IME, TariffMode.CAMPAIGN_RATE),
          DgcMember.of(FAM, TariffMode.CAMPAIGN_RATE)))
      .addDgcs(Dgc.builder().name("DGC-CD69").authority(CD69).funder(D69).section(SectionTarifaire.HEBERGEMENT)
          .addMembers(DgcMember.of(FAM, TariffMode.CAMPAIGN_RATE), DgcMember.of(EHPAD, TariffMode.CAMPAIGN_RATE))
          .build())
      .build();

  static void rejected(ThrowingCallable call, String field, String problem) {
    assertThatThrownBy(call).isInstanceOf(CpomValidationException.class).hasMessageContaining(problem)
        .satisfies(e -> {
          assertThat(((CpomValidationException) e).field()).isEqualTo(field);
          assertThat(((CpomValidationException) e).rule().text()).contains("R314-43-1");
        });
  }

  @Test
  void theContractsBudgetIsTheBudgetOfItsPerimeter() {
    Budget ofContract = BudgetEngine.classify(BudgetTest.workedLines(), CONTRACT, MAPPING);
    assertThat(ofContract).isEqualTo(BudgetEngine.classify(BudgetTest.workedLines(), ALL, MAPPING));
    assertThat(ofContract.global()).isEqualTo(BudgetEngine.classify(BudgetTest.workedLines(), ALL, MAPPING).global());
  }

  @Test
  void aDgcLabelNamesADgcOfTheContractThatPaysTheLinesFunding() {
    List<BudgetLine> unknown = List.of(line(IME, SectionTarifaire.GLOBAL, AM, "DGC-X", "64", "1.00"));
    rejected(() -> BudgetEngine.classify(unknown, CONTRACT, MAPPING), "budget.lines[0].dgc",
        "has no DGC of that name; its DGCs are [DGC-ARS, DGC-CD69]");
    // the workedLines label the IME's lines DGC-ARS: the same label on the EHPAD's soins, not a member
    List<BudgetLine> ehpad = List.of(line(EHPAD, SectionTarifaire.SOINS, AM, "DGC-ARS", "64", "1.00"));
    rejected(() -> BudgetEngine.classify(ehpad, CONTRACT, MAPPING), "budget.lines[0].dgc",
        "ESMS " + EHPAD.finess() + " is not a member of it");
    // the FAM is in DGC-CD69 for its hébergement, not for its soins
    List<BudgetLine> famSoins = List.of(line(FAM, SectionTarifaire.SOINS, AM, "DGC-CD69", "64", "1.00"));
    rejected(() -> BudgetEngine.classify(famSoins, CONTRACT, MAPPING), "budget.lines[0].dgc",
        "the DGC pays the Département 69 / HEBERGEMENT funding");
    // the list form knows no contract: the same labels pass
    assertThat(BudgetEngine.classify(famSoins, ALL, MAPPING).lines()).hasSize(1);
  }

  @Test
  void anEsmsOutsideThePerimeterIsRejected() {
    Cpom imeOnly = Cpom.builder().from(CONTRACT).perimeter(List.of(IME)).dgcs(List.of()).build();
    assertThatThrownBy(() -> BudgetEngine.classify(BudgetTest.workedLines(), imeOnly, MAPPING))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("budget.lines[5].esms")
        .hasMessageContaining("not an ESMS of this budget");
  }
}
