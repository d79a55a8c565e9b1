package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.contract.Fixtures.ARS;
import static org.cpom.contract.Fixtures.FOYER;
import static org.cpom.contract.Fixtures.IME;
import static org.cpom.contract.Fixtures.MAS;
import static org.cpom.contract.Fixtures.arsCpom;
import static org.cpom.contract.Fixtures.cpom;
import static org.cpom.contract.Fixtures.creton;
import static org.cpom.contract.Fixtures.d;
import static org.cpom.contract.Fixtures.fa1;
import static org.cpom.contract.Rejections.rejects;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.referential.TariffAuthority;
import org.junit.jupiter.api.Test;

class AvenantTest {
  static final LocalDate JAN_2027 = LocalDate.of(2027, 1, 1);

  /** FA1 with its year-3 to year-5 targets lowered to 5, 4, 3. */
  static FicheAction fa1Revised() {
    Indicator revised = Indicator.builder().from(creton())
        .putTargets(3, d("5")).putTargets(4, d("4")).putTargets(5, d("3")).build();
    return fa1().title("Reduce Creton placements (revised)").indicators(List.of(revised)).build();
  }

  static FicheAction fa2() {
    return FicheAction.builder().id("FA2").title("Shared replacement pool").objective("OS2")
        .addEsms(MAS.finess(), FOYER.finess()).pilot("DRH")
        .addSteps(Step.of("Pool set up", LocalDate.of(2027, 9, 30)))
        .addIndicators(Indicator.builder().id("I1").label("Agency hours").direction(Indicator.Direction.LOWER_IS_BETTER)
            .baseline(d("4200")).putTargets(3, d("3500")).putTargets(5, d("2000")).build())
        .build();
  }

  static Avenant avenant1() {
    return Avenant.builder().number(1).effectiveDate(JAN_2027).subject("Revise FA1, add FA2")
        .addFichesActions(fa1Revised(), fa2()).build();
  }

  @Test
  void anAvenantChangesTheContractFromItsDateOnAndNeverBefore() {
    Cpom c = cpom().addAvenants(avenant1()).build();
    // The contract as signed is untouched.
    assertThat(c.fichesActions()).extracting(FicheAction::id).containsExactly("FA1");
    Cpom before = c.asOf(LocalDate.of(2026, 12, 31));
    assertThat(before.fichesActions()).extracting(FicheAction::title).containsExactly("Reduce Creton placements");
    assertThat(before.ficheAction("FA1").orElseThrow().indicators().get(0).target(3)).contains(d("4"));
    assertThat(before.avenants()).isEmpty();
    Cpom from = c.asOf(JAN_2027);
    assertThat(from.fichesActions()).extracting(FicheAction::id).containsExactly("FA1", "FA2");
    assertThat(from.ficheAction("FA1").orElseThrow().indicators().get(0).target(3)).contains(d("5"));
    assertThat(from.ficheAction("FA1").orElseThrow().indicators().get(0).target(2)).contains(d("6"));
    assertThat(from.avenants()).isEmpty();
    assertThat(c.asAmended()).isEqualTo(from);
    assertThat(c.asOf(LocalDate.of(2024, 1, 1))).isEqualTo(cpom().build());
    assertThat(cpom().build().asOf(JAN_2027)).isEqualTo(cpom().build());
  }

  @Test
  void avenantsApplyInOrderOfEffectiveDateThenNumber() {
    Avenant late = Avenant.builder().number(1).effectiveDate(LocalDate.of(2028, 1, 1)).subject("Rename FA1")
        .addFichesActions(fa1().title("Renamed in 2028").build()).build();
    Avenant early = Avenant.builder().number(2).effectiveDate(LocalDate.of(2026, 1, 1)).subject("Rename FA1")
        .addFichesActions(fa1().title("Renamed in 2026").build()).build();
    Avenant sameDay = Avenant.builder().number(3).effectiveDate(LocalDate.of(2026, 1, 1)).subject("Rename FA1 again")
        .addFichesActions(fa1().title("Renamed in 2026, n°3").build()).build();
    Cpom c = cpom().addAvenants(late, sameDay, early).build();
    assertThat(c.avenantsInOrder()).extracting(Avenant::number).containsExactly(2, 3, 1);
    assertThat(c.asOf(LocalDate.of(2027, 6, 1)).ficheAction("FA1").orElseThrow().title()).isEqualTo("Renamed in 2026, n°3");
    assertThat(c.asAmended().ficheAction("FA1").orElseThrow().title()).isEqualTo("Renamed in 2028");
  }

  @Test
  void theEffectiveDateMustFallInsideThePeriod() {
    Avenant before = Avenant.builder().from(avenant1()).effectiveDate(LocalDate.of(2024, 12, 31)).build();
    rejects(() -> cpom().addAvenants(before).build(), "cpom.avenants[n°1].effectiveDate", LegalBasis.convention(Convention.AVENANT));
    Avenant after = Avenant.builder().from(avenant1()).effectiveDate(LocalDate.of(2030, 1, 1)).build();
    rejects(() -> cpom().addAvenants(after).build(), "cpom.avenants[n°1].effectiveDate", LegalBasis.convention(Convention.AVENANT));
  }

  @Test
  void anExtensionAvenantLengthensThePeriodForLaterAvenants() {
    Avenant extend = Avenant.builder().number(1).effectiveDate(LocalDate.of(2029, 3, 1)).subject("Sixth year")
        .extension(Period.ofYears(1)).build();
    Avenant inYear6 = Avenant.builder().number(2).effectiveDate(LocalDate.of(2030, 2, 1)).subject("Year 6 action")
        .addFichesActions(fa2()).build();
    Cpom c = cpom().addAvenants(extend, inYear6).build();
    assertThat(c.endDate()).isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(c.asOf(LocalDate.of(2029, 2, 28)).endDate()).isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(c.asOf(LocalDate.of(2029, 3, 1)).endDate()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(c.asAmended().contractYears()).hasSize(6);
    assertThat(c.asAmended().milestone(Milestone.Kind.EXPIRY).orElseThrow().date()).isEqualTo(LocalDate.of(2030, 12, 31));
    // Without the extension the year-6 avenant falls outside the period.
    rejects(() -> cpom().addAvenants(inYear6).build(), "cpom.avenants[n°2].effectiveDate", LegalBasis.convention(Convention.AVENANT));
    Avenant tooLong = Avenant.builder().from(extend).extension(Period.ofMonths(18)).build();
    var e = rejects(() -> cpom().addAvenants(tooLong).build(), "cpom.extension", LegalBasis.casf("L313-11"));
    assertThat(e.getMessage()).contains("as amended by avenant n°1 effective 2029-03-01");
  }

  @Test
  void anAmendedContractIsValidatedAndTheErrorNamesTheAvenant() {
    FicheAction bad = FicheAction.builder().from(fa2()).esms(List.of(Fixtures.EHPAD.finess())).build();
    Avenant a = Avenant.builder().number(4).effectiveDate(JAN_2027).subject("Bad").addFichesActions(bad).build();
    var e = rejects(() -> cpom().addAvenants(a).build(), "cpom.fichesActions[FA2].esms", LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("fiche-action"));
    assertThat(e.getMessage()).isEqualTo("cpom.fichesActions[FA2].esms = 690000052 rejected: the ESMS is not in the"
        + " contract's perimeter, in the contract as amended by avenant n°4 effective 2027-01-01 (arrêté du 3 mars 2017 annexe (fiche-action))");
    Avenant mode3 = Avenant.builder().number(1).effectiveDate(JAN_2027).subject("Annual amendments")
        .addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_III_STRUCTURE, TariffMode.ANNUAL_AMENDMENT)).build();
    rejects(() -> arsCpom().addAvenants(mode3).build(), "cpom.financialClause.mode", LegalBasis.casf("R314-39-1"));
  }

  @Test
  void avenantsChangePerimeterSignatoriesAndFinancialClause() {
    TariffModeClause foyerLine = TariffModeClause.builder().esms(FOYER.finess()).groupe(GroupeFonctionnel.CHARGES_II_PERSONNEL)
        .mode(TariffMode.CONTRACT_FORMULA).build();
    Cpom signed = arsCpom().authorities(List.of(ARS)).perimeter(List.of(IME, MAS)).build();
    Avenant join = Avenant.builder().number(1).effectiveDate(JAN_2027).subject("The foyer joins")
        .addAddedEsms(FOYER).addAddedSignatories(Fixtures.CD69).addFinancialClause(foyerLine).build();
    Cpom c = Cpom.builder().from(signed).basis(CpomBasis.L313_11).budgetFramework(BudgetFramework.EPRD).addAvenants(join).build();
    assertThat(c.asAmended().perimeter()).containsExactly(IME, MAS, FOYER);
    assertThat(c.asAmended().authorities()).containsExactly(ARS, Fixtures.CD69);
    assertThat(c.asAmended().tariffModeClause(FOYER.finess(), GroupeFonctionnel.CHARGES_II_PERSONNEL)).contains(foyerLine);
    // Replacing the general group II line keeps one line per key.
    Avenant replace = Avenant.builder().number(2).effectiveDate(LocalDate.of(2028, 1, 1)).subject("Formula for group II")
        .addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_II_PERSONNEL, TariffMode.EQUATION)).build();
    Cpom twice = Cpom.builder().from(c).addAvenants(replace).build();
    assertThat(twice.asAmended().financialClause()).hasSize(2);
    assertThat(twice.asAmended().tariffModeClause(IME.finess(), GroupeFonctionnel.CHARGES_II_PERSONNEL))
        .map(TariffModeClause::mode).contains(TariffMode.EQUATION);
    // Withdrawing the foyer drops its own financial line; its authority must then be withdrawn from fiches too.
    Avenant leave = Avenant.builder().number(3).effectiveDate(LocalDate.of(2029, 1, 1)).subject("The foyer leaves")
        .addWithdrawnEsms(FOYER.finess()).build();
    Cpom thrice = Cpom.builder().from(twice).addAvenants(leave).build();
    assertThat(thrice.asAmended().perimeter()).containsExactly(IME, MAS);
    assertThat(thrice.asAmended().financialClause()).extracting(l -> l.esms().isPresent()).containsExactly(false);
    // Without the Département as signatory the foyer cannot join.
    Avenant noSignatory = Avenant.builder().from(join).addedSignatories(List.of()).build();
    rejects(() -> Cpom.builder().from(signed).basis(CpomBasis.L313_11).addAvenants(noSignatory).build(),
        "cpom.authorities", LegalBasis.casf("L313-11"));
  }

  @Test
  void withdrawalsMustNameWhatIsInForce() {
    Avenant withdraw = Avenant.builder().number(1).effectiveDate(JAN_2027).subject("Drop FA1")
        .addWithdrawnFichesActions("FA1").build();
    assertThat(cpom().addAvenants(withdraw).build().asAmended().fichesActions()).isEmpty();
    Avenant unknown = Avenant.builder().from(withdraw).withdrawnFichesActions(List.of("FA9")).build();
    rejects(() -> cpom().addAvenants(unknown).build(), "cpom.avenants[n°1].withdrawnFichesActions", LegalBasis.convention(Convention.AVENANT));
    Avenant unknownEsms = Avenant.builder().number(1).effectiveDate(JAN_2027).subject("Drop the EHPAD")
        .addWithdrawnEsms(Fixtures.EHPAD.finess()).build();
    rejects(() -> cpom().addAvenants(unknownEsms).build(), "cpom.avenants[n°1].withdrawnEsms", LegalBasis.convention(Convention.AVENANT));
    // Withdrawing the IME while FA1 still concerns it leaves an invalid contract.
    Avenant ime = Avenant.builder().number(1).effectiveDate(JAN_2027).subject("IME transferred")
        .addWithdrawnEsms(IME.finess()).build();
    rejects(() -> cpom().addAvenants(ime).build(), "cpom.fichesActions[FA1].esms", LegalBasis.law("arrêté du 3 mars 2017", "annexe").withNote("fiche-action"));
  }

  @Test
  void anAvenantMustBeWellFormed() {
    rejects(() -> Avenant.builder().number(1).effectiveDate(JAN_2027).subject("Nothing").build(), "avenant[n°1]",
        LegalBasis.convention(Convention.AVENANT));
    rejects(() -> Avenant.builder().from(avenant1()).number(0).build(), "avenant.number", LegalBasis.convention(Convention.AVENANT));
    rejects(() -> Avenant.builder().from(avenant1()).subject(" ").build(), "avenant[n°1].subject", LegalBasis.convention(Convention.LABEL_TEXT));
    rejects(() -> Avenant.builder().from(avenant1()).addWithdrawnFichesActions("FA2").build(),
        "avenant[n°1].withdrawnFichesActions", LegalBasis.convention(Convention.AVENANT));
    var samaritan = Fixtures.esms("690000060", "SAVS", EsmsCategory.SAVS, "690000003",
        Funding.of(SectionTarifaire.GLOBAL, Funder.departement("69"), TariffAuthority.departement("69")));
    rejects(() -> Avenant.builder().number(1).effectiveDate(JAN_2027).subject("x").addAddedEsms(samaritan)
        .addWithdrawnEsms(samaritan.finess()).build(), "avenant[n°1].withdrawnEsms", LegalBasis.convention(Convention.AVENANT));
    Avenant twin = Avenant.builder().from(avenant1()).effectiveDate(LocalDate.of(2028, 1, 1)).build();
    rejects(() -> cpom().addAvenants(avenant1(), twin).build(), "cpom.avenants", LegalBasis.convention(Convention.AVENANT));
  }
}
