package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.dotation.DgcFixtures.A;
import static org.cpom.dotation.DgcFixtures.ARS;
import static org.cpom.dotation.DgcFixtures.B;
import static org.cpom.dotation.DgcFixtures.C;
import static org.cpom.dotation.DgcFixtures.GEST;
import static org.cpom.dotation.DgcFixtures.rate;
import static org.cpom.dotation.DgcFixtures.rateDgc;
import static org.cpom.dotation.DgcFixtures.w15Bases;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.LegalStatus;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** Renewal and control: the modulation at renewal (R314-43-3), DMs asked for (R314-230), rejected expenses (R314-236). */
class RenewalAndControlTest {
  static final ReservesInjustifiees UNJUSTIFIED = ReservesInjustifiees.of(Amount.of("400000.00"),
      List.of("réserve de compensation sans déficit prévu au PGFP", "aucun investissement au PPI"));

  static Cpom.Builder contract(CpomBasis basis, LocalDate start) {
    return Cpom.builder().id("CPOM-69-2025").name("CPOM 2025-2029").basis(basis)
        .gestionnaire(Gestionnaire.of(GEST, "Association", LegalStatus.PRIVATE_NON_PROFIT)).addAuthorities(ARS)
        .startDate(start).durationYears(5).addPerimeter(DgcFixtures.IME, DgcFixtures.SESSAD, DgcFixtures.MAS);
  }

  static final Cpom RENEWED = contract(CpomBasis.L313_12_2, LocalDate.of(2025, 1, 1)).build();

  static Map<Year, Amount> plan(Object... yearAndAmount) {
    Map<Year, Amount> m = new LinkedHashMap<>();
    for (int i = 0; i < yearAndAmount.length; i += 2) {
      m.put(Year.of((Integer) yearAndAmount[i]), Amount.of((String) yearAndAmount[i + 1]));
    }
    return m;
  }

  static ModulationAuRenouvellement modulation(Map<Year, Amount> plan) {
    return DotationEngine.modulationAuRenouvellement(RENEWED, A, Amount.of("450000.00"), UNJUSTIFIED, plan);
  }

  static void rejected(ThrowingCallable call, String field, String rule, String problem) {
    assertThatThrownBy(call).isInstanceOf(CpomValidationException.class).hasMessageContaining(problem)
        .satisfies(e -> {
          assertThat(((CpomValidationException) e).field()).isEqualTo(field);
          assertThat(((CpomValidationException) e).rule().text()).contains(rule);
        });
  }

  // ---- R314-43-3

  @Test
  void halfOfTheUnjustifiedAmountSpreadUnevenlyIsAccepted() {
    ModulationAuRenouvellement m = modulation(plan(2026, "80000.00", 2025, "120000.00"));
    assertThat(m.plafond()).isEqualTo(Amount.of("200000.00"));
    assertThat(m.total()).isEqualTo(Amount.of("200000.00"));
    assertThat(m.reductions().keySet()).containsExactly(Year.of(2025), Year.of(2026));
    assertThat(m.adjustment(Year.of(2025))).hasValue(Adjustment.of(
        "Modulation au renouvellement 2025 (reports à nouveau et réserves injustifiés, CPOM CPOM-69-2025)",
        Amount.of("-120000.00"), org.cpom.LegalBasis.casf("R314-43-3")));
    assertThat(m.adjustment(Year.of(2026)).orElseThrow().amount()).isEqualTo(Amount.of("-80000.00"));
    assertThat(m.adjustment(Year.of(2027))).isEmpty();
    assertThat(m.esms()).isEqualTo(A);
    assertThat(m.contractId()).isEqualTo("CPOM-69-2025");
    assertThat(m.reservesRetenues()).isEqualTo(Amount.of("450000.00"));
    assertThat(m.reservesInjustifiees()).isEqualTo(UNJUSTIFIED);
    assertThat(m).isEqualTo(modulation(plan(2025, "120000.00", 2026, "80000.00")))
        .hasSameHashCodeAs(modulation(plan(2025, "120000.00", 2026, "80000.00")));
  }

  @Test
  void oneCentAboveHalfIsRejectedNamingR314433() {
    rejected(() -> modulation(plan(2025, "120000.00", 2026, "80000.01")), "reductions", "CASF R314-43-3",
        "may not exceed half of the unjustified EUR 400000.00, EUR 200000.00");
  }

  @Test
  void anOddCentIsDroppedFromTheCap() {
    ReservesInjustifiees odd = ReservesInjustifiees.of(Amount.of("400000.01"), List.of("x"));
    ModulationAuRenouvellement m = DotationEngine.modulationAuRenouvellement(RENEWED, A, Amount.of("450000.00"),
        odd, plan(2025, "200000.00"));
    assertThat(m.plafond()).isEqualTo(Amount.of("200000.00"));
    rejected(() -> DotationEngine.modulationAuRenouvellement(RENEWED, A, Amount.of("450000.00"), odd,
        plan(2025, "200000.01")), "reductions", "R314-43-3", "half");
  }

  @Test
  void nothingUnjustifiedAllowsNoReductionAndZeroYearsAreKept() {
    ReservesInjustifiees none = ReservesInjustifiees.of(Amount.ZERO, List.of("réserves justifiées par le PPI"));
    ModulationAuRenouvellement m = DotationEngine.modulationAuRenouvellement(RENEWED, A, Amount.ZERO, none,
        plan(2025, "0.00"));
    assertThat(m.total()).isEqualTo(Amount.ZERO);
    assertThat(m.adjustment(Year.of(2025))).isEmpty();
    rejected(() -> DotationEngine.modulationAuRenouvellement(RENEWED, A, Amount.ZERO, none, plan(2025, "0.01")),
        "reductions", "R314-43-3", "half");
  }

  @Test
  void theTraceNamesTheArticleOfEveryStep() {
    List<TraceStep> steps = modulation(plan(2025, "120000.00", 2026, "80000.00")).trace().steps();
    assertThat(steps).extracting(s -> s.basis().text()).containsExactly("CASF R314-43-3", "CASF R314-43-4",
        "cpom convention cpom:renewal-half-cap (half of the unjustified amount, rounded down to the cent)",
        "CASF R314-43-3", "CASF R314-43-3", "CASF R314-43-3");
    assertThat(steps).extracting(TraceStep::amount).containsExactly(Amount.of("450000.00"),
        Amount.of("400000.00"), Amount.of("200000.00"), Amount.of("-120000.00"), Amount.of("-80000.00"),
        Amount.of("-200000.00"));
    assertThat(steps.get(1).label(Locale.FRENCH)).isEqualTo("Montant injustifié apprécié par l'autorité : "
        + "réserve de compensation sans déficit prévu au PGFP ; aucun investissement au PPI");
    assertThat(steps.get(3).label(Locale.ENGLISH)).isEqualTo("Tariff modulation 2025");
  }

  @Test
  void theReductionFeedsTheDotationOfTheYearAsAnAdjustment() {
    Adjustment a = modulation(plan(2025, "120000.00", 2026, "80000.00")).adjustment(Year.of(2025)).orElseThrow();
    DgcYear y = DgcYear.builder().year(Year.of(2025)).addEsms(rate(A, "0").addAdjustments(a).build(),
        rate(B, "0").build(), rate(C, "0").build()).build();
    EsmsDotation ime = DotationEngine.compute(rateDgc(), y, w15Bases()).esms(A);
    assertThat(ime.adjustments()).isEqualTo(Amount.of("-120000.00"));
    assertThat(ime.amount()).isEqualTo(Amount.of("1680000.00"));
    assertThat(ime.nextBase()).isEqualTo(Amount.of("1800000.00"));
    assertThat(ime.trace().steps().get(ime.trace().size() - 1).basis().text()).isEqualTo("CASF R314-43-3");
  }

  @Test
  void badRenewalInputIsRejectedNamingTheField() {
    rejected(() -> ReservesInjustifiees.of(Amount.of("-0.01"), List.of("x")), "reservesInjustifiees.montant",
        "R314-43-3", "zero or more");
    rejected(() -> ReservesInjustifiees.of(Amount.ZERO, List.of()), "reservesInjustifiees.motifs", "R314-43-4",
        "records its reasons");
    rejected(() -> modulation(plan(2025, "100000.00", 2030, "1.00")), "reductions[2030]", "R314-43-3",
        "exercices 2025 to 2029");
    rejected(() -> modulation(plan(2024, "1.00")), "reductions[2024]", "R314-43-3", "exercices 2025 to 2029");
    rejected(() -> modulation(plan(2025, "-1.00")), "reductions[2025]", "R314-43-3", "zero or more");
    rejected(() -> DotationEngine.modulationAuRenouvellement(RENEWED, A, Amount.of("399999.99"), UNJUSTIFIED,
        plan()), "reservesInjustifiees.montant", "R314-43-3", "public subsidies count");
    rejected(() -> DotationEngine.modulationAuRenouvellement(RENEWED, A, Amount.of("-1.00"), UNJUSTIFIED, plan()),
        "reservesRetenues", "R314-43-3", "zero or more");
    rejected(() -> DotationEngine.modulationAuRenouvellement(RENEWED, FinessNumber.of("690000045"),
        Amount.of("450000.00"), UNJUSTIFIED, plan()), "esms", "R314-43-3", "not in the perimeter");
    rejected(() -> DotationEngine.modulationAuRenouvellement(contract(CpomBasis.L313_12_2, LocalDate.of(2024, 12, 1))
        .build(), A, Amount.of("450000.00"), UNJUSTIFIED, plan()), "nouveauContrat.startDate", "R314-43-3",
        "décret n° 2023-1428");
    rejected(() -> DotationEngine.modulationAuRenouvellement(contract(CpomBasis.L313_11, LocalDate.of(2025, 1, 1))
        .build(), A, Amount.of("450000.00"), UNJUSTIFIED, plan()), "nouveauContrat.basis", "R314-43-3",
        "IV ter or L313-12-2");
  }

  @Test
  void hugeReductionsAreRejectedNotOverflowed() {
    Amount max = Amount.ofCents(Long.MAX_VALUE);
    ReservesInjustifiees all = ReservesInjustifiees.of(max, List.of("x"));
    Map<Year, Amount> twice = new LinkedHashMap<>();
    twice.put(Year.of(2025), max);
    twice.put(Year.of(2026), max);
    assertThatThrownBy(() -> DotationEngine.modulationAuRenouvellement(RENEWED, A, max, all, twice))
        .isInstanceOf(CpomValidationException.class);
    assertThat(DotationEngine.modulationAuRenouvellement(RENEWED, A, max, all, Map.of()).plafond())
        .isEqualTo(Amount.ofCents(Long.MAX_VALUE / 2));
  }

  // ---- R314-230

  static DemandeDeDm.Builder demande(CasDeDemandeDm cas) {
    return DemandeDeDm.builder().esms(A).cas(cas).dateDeLaDemande(LocalDate.of(2026, 9, 15))
        .motif("excédent 2025 affecté à 10686 contre l'objectif 3 du CPOM").impact(Amount.of("-35000.00"))
        .dmAdoptee(false);
  }

  @Test
  void aCase3RequestWithoutADmBecomesAnAdjustmentOfTheNextYear() {
    SuiteDeLaDemandeDm s = DotationEngine.suiteDeLaDemandeDm(demande(CasDeDemandeDm.AFFECTATION_NON_CONFORME).build());
    assertThat(s.exerciceDuReport()).hasValue(Year.of(2027));
    Adjustment a = s.report().orElseThrow();
    assertThat(a.amount()).isEqualTo(Amount.of("-35000.00"));
    assertThat(a.basis().text()).isEqualTo("CASF R314-230 II");
    assertThat(a.label()).isEqualTo("Report de la DM demandée 2026 non adoptée (affectation du résultat non conforme aux "
        + "objectifs du CPOM) : excédent 2025 affecté à 10686 contre l'objectif 3 du CPOM");
    assertThat(s.trace().steps()).extracting(st -> st.basis().text())
        .containsExactly("CASF R314-230 I 3°", "CASF R314-230 II");
    assertThat(s.trace().steps().get(1).label(Locale.ENGLISH)).isEqualTo("Without a DM, impact carried to the exercice 2027");
    assertThat(s.demande().exercice()).isEqualTo(Year.of(2026));
  }

  @Test
  void casesFourAndFiveCarryTooButNotOneAndTwoNorAnAdoptedDm() {
    assertThat(DotationEngine.suiteDeLaDemandeDm(demande(CasDeDemandeDm.RECUPERATION_D_INDUS).build()).report())
        .isPresent();
    assertThat(DotationEngine.suiteDeLaDemandeDm(demande(CasDeDemandeDm.MODULATION_RETROACTIVE).build()).report())
        .isPresent();
    SuiteDeLaDemandeDm one = DotationEngine.suiteDeLaDemandeDm(demande(CasDeDemandeDm.DOTATIONS_LIMITATIVES).build());
    assertThat(one.report()).isEmpty();
    assertThat(one.exerciceDuReport()).isEmpty();
    assertThat(one.trace().steps().get(1).basis().text()).contains("cpom:authority-dm-carry-over");
    assertThat(DotationEngine.suiteDeLaDemandeDm(demande(CasDeDemandeDm.DECISION_DU_JUGE_DU_TARIF).build()).report())
        .isEmpty();
    SuiteDeLaDemandeDm adopted = DotationEngine.suiteDeLaDemandeDm(
        demande(CasDeDemandeDm.AFFECTATION_NON_CONFORME).dmAdoptee(true).build());
    assertThat(adopted.report()).isEmpty();
    assertThat(adopted.trace().steps().get(1).basis().text()).isEqualTo("CASF R314-230 I");
    assertThat(CasDeDemandeDm.values()).filteredOn(CasDeDemandeDm::reporteSansDm).containsExactly(
        CasDeDemandeDm.AFFECTATION_NON_CONFORME, CasDeDemandeDm.RECUPERATION_D_INDUS,
        CasDeDemandeDm.MODULATION_RETROACTIVE);
    rejected(() -> demande(CasDeDemandeDm.RECUPERATION_D_INDUS).impact(Amount.ZERO).build(), "demandeDeDm.impact",
        "R314-230 I 4°", "some amount");
  }

  // ---- R314-236

  static RejetDeDepenses.Builder rejet(LocalDate decision) {
    return RejetDeDepenses.builder().esms(C).exercice(Year.of(2024)).errdRecuLe(LocalDate.of(2025, 4, 30))
        .constateeEn(Year.of(2029)).exerciceDuTarif(Year.of(2030)).dateDeDecision(decision)
        .montant(Amount.of("12000.00")).motif("véhicule de direction sans lien avec l'accompagnement");
  }

  @Test
  void aRejectionIsValidUpToFiveYearsAfterTheErrdWasReceived() {
    RejetDeDepenses r = rejet(LocalDate.of(2030, 4, 30)).build();
    assertThat(r.dateLimite()).isEqualTo(LocalDate.of(2030, 4, 30));
    assertThat(r.adjustment()).isEqualTo(Adjustment.of(
        "Dépenses rejetées de l'exercice 2024 : véhicule de direction sans lien avec l'accompagnement",
        Amount.of("-12000.00"), org.cpom.LegalBasis.casf("R314-236")));
    rejected(() -> rejet(LocalDate.of(2030, 5, 1)).build(), "rejetDeDepenses.dateDeDecision", "CASF R314-236",
        "at the latest 2030-04-30");
  }

  @Test
  void badRejectionInputIsRejectedNamingTheField() {
    LocalDate ok = LocalDate.of(2030, 1, 15);
    rejected(() -> rejet(ok).montant(Amount.ZERO).build(), "rejetDeDepenses.montant", "R314-236", "above zero");
    rejected(() -> rejet(ok).errdRecuLe(LocalDate.of(2024, 12, 31)).build(), "rejetDeDepenses.errdRecuLe",
        "R314-236", "after that exercice closes");
    rejected(() -> rejet(ok).constateeEn(Year.of(2024)).exerciceDuTarif(Year.of(2024)).build(),
        "rejetDeDepenses.constateeEn", "R314-236", "past exercice");
    rejected(() -> rejet(ok).exerciceDuTarif(Year.of(2031)).build(), "rejetDeDepenses.exerciceDuTarif", "R314-236",
        "or of the next");
    assertThat(rejet(ok).exerciceDuTarif(Year.of(2029)).build().exerciceDuTarif()).isEqualTo(Year.of(2029));
  }

  @Test
  void theCasesLabelInBothLanguages() {
    assertThat(CasDeDemandeDm.RECUPERATION_D_INDUS.label(Locale.ENGLISH)).isEqualTo("recovery of undue payments");
    assertThat(CasDeDemandeDm.MODULATION_RETROACTIVE.legalBasis().text()).isEqualTo("CASF R314-230 I 5°");
  }
}
