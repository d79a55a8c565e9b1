package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.dialogue.DialogueTargetsTest.rejected;
import static org.cpom.dialogue.ReportFixtures.*;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.cpom.contract.ActionStatus;
import org.cpom.contract.FollowUp;
import org.cpom.contract.GrilleCell;
import org.cpom.money.Amount;
import org.cpom.referential.CapacityMode;
import org.junit.jupiter.api.Test;

/** The yearly report of 2026 for the IME and the MAS, with hand-checked figures, and its bad inputs. */
class DialogueReportTest {
  static PeopleActivity imeActivity() {
    // 365 + 300 days of presence over 40 places x 365 days = 14,600
    return DialogueEngine.peopleActivity(IME, Y2026, List.of(
        PeopleAccompaniedTest.person("P1", LocalDate.of(2012, 1, 1), CapacityMode.INTERNAT, 365).build(),
        PeopleAccompaniedTest.person("P2", LocalDate.of(2013, 1, 1), CapacityMode.INTERNAT, 300).build()));
  }

  static PeopleActivity masActivity() {
    return DialogueEngine.peopleActivity(MAS, Y2026, List.of(
        PeopleAccompaniedTest.person("M1", LocalDate.of(1980, 1, 1), CapacityMode.INTERNAT, 365).build()));
  }

  static ReportInputs.Builder inputs() {
    ReportInputs.Builder b = ReportInputs.builder();
    b.cpom(CPOM).year(Y2026).asOf(LocalDate.of(2026, 6, 30))
        .addActivities(imeActivity(), masActivity())
        .addValues(absenteeism(Y2025, "9.80"), absenteeism(Y2026, "10.40"), occupancy(IME_F, Y2025, "91.00"),
            occupancy(IME_F, Y2026, "93.50"), occupancy(MAS_F, Y2026, "97.00"))
        .links(LINKS).thresholds(AlertThreshold.libraryDefaults())
        .addFollowUps(FollowUp.builder().ficheAction("FA1").year(2).status(ActionStatus.IN_PROGRESS)
            .putObserved("I1", d("10.40")).putStepsCompleted("Plan QVT", LocalDate.of(2025, 11, 15)).build())
        .addFollowUps(FollowUp.builder().ficheAction("FA2").year(2).status(ActionStatus.LATE)
            .putObserved("I1", d("93.50")).build())
        .addDotations(dotation2026()).addPayments(payments2026());
    return b;
  }

  @Test
  void theReportOf2026HoldsEachEsmsAndTheWholeCpom() {
    RapportDialogueDeGestion r = DialogueEngine.rapport(inputs().build());
    assertThat(r.cpom()).isEqualTo("CPOM-69-2025");
    assertThat(r.year()).isEqualTo(Y2026);
    assertThat(r.contractYear().number()).isEqualTo(2);
    assertThat(r.esms()).extracting(e -> e.esms().finess()).containsExactly(IME_F, MAS_F);

    RapportEsms ime = r.esms(IME_F).orElseThrow();
    assertThat(ime.activity().orElseThrow().overall().daysProvided()).isEqualTo(665);
    assertThat(ime.activity().orElseThrow().overall().theoreticalDays()).isEqualTo(14_600);
    IndicatorComparison occ = ime.indicator(IndicatorKeys.OCCUPANCY_RATE).orElseThrow();
    assertThat(occ.target()).contains(d("94.00"));
    assertThat(occ.flags()).containsExactly(IndicatorFlag.TARGET_MISSED, IndicatorFlag.IMPROVED);
    assertThat(ime.alerts()).containsExactly(occ);
    RapportEsms mas = r.esms(MAS_F).orElseThrow();
    assertThat(mas.activity().orElseThrow().overall().daysProvided()).isEqualTo(365);
    assertThat(mas.alerts()).isEmpty();
    assertThat(mas.indicators()).hasSize(1);

    // the whole CPOM: absenteeism 10.40 against 9.00, up from 9.80, above the 10.00 threshold
    IndicatorComparison abs = r.indicator(IndicatorKeys.ABSENTEEISM).orElseThrow();
    assertThat(abs.flags()).containsExactly(IndicatorFlag.TARGET_MISSED, IndicatorFlag.WORSENED,
        IndicatorFlag.ALERT);
    assertThat(r.indicators()).containsExactly(abs);
    assertThat(r.alerts()).containsExactly(abs, occ);

    // the grille: both fiches-actions in year 2, with the follow-ups' statuses
    List<GrilleCell> cells = r.grilleOfYear();
    assertThat(cells).extracting(c -> c.ficheAction().id()).containsExactly("FA1", "FA2");
    assertThat(cells).extracting(c -> c.status().orElseThrow())
        .containsExactly(ActionStatus.IN_PROGRESS, ActionStatus.LATE);
    assertThat(r.grille().rows()).hasSize(2);
    assertThat(r.bilanFinancier()).isEmpty();
    assertThat(r.financialAlerts()).isEmpty();
  }

  @Test
  void theDgcSummaryGivesTheTotalTheSharesAndThePaymentsToDate() {
    RapportDialogueDeGestion r = DialogueEngine.rapport(inputs().build());
    DgcSummary dgc = r.dgcs().get(0);
    assertThat(dgc.name()).isEqualTo("DGC ARS");
    // 1,200,000.00 x 1.01 + 2,400,000.00 x 1.01
    assertThat(dgc.total()).isEqualTo(Amount.of("3636000.00"));
    DgcShare ime = dgc.share(IME_F).orElseThrow();
    assertThat(ime.share()).isEqualTo(Amount.of("1212000.00"));
    assertThat(dgc.share(MAS_F).orElseThrow().share()).isEqualTo(Amount.of("2424000.00"));
    // six monthly payments of twelfths by 30 June: 6 x 101,000.00 and 6 x 202,000.00
    assertThat(ime.paidToDate()).isEqualTo(Amount.of("606000.00"));
    assertThat(ime.remaining()).isEqualTo(Amount.of("606000.00"));
    assertThat(dgc.paidToDate()).isEqualTo(Amount.of("1818000.00"));
    assertThat(dgc.remaining()).isEqualTo(Amount.of("1818000.00"));
    assertThat(r.esms(IME_F).orElseThrow().dotations()).containsExactly(ime);
    // the day before the first payment nothing is paid; on 31 December everything is
    assertThat(DialogueEngine.rapport(inputs().asOf(LocalDate.of(2026, 1, 1)).build()).dgcs().get(0).paidToDate())
        .isEqualTo(Amount.ZERO);
    assertThat(DialogueEngine.rapport(inputs().asOf(LocalDate.of(2026, 12, 31)).build()).dgcs().get(0)
        .remaining()).isEqualTo(Amount.ZERO);
  }

  static org.cpom.accounts.BalanceGenerale balance(String... lines) {
    StringBuilder text = new StringBuilder("Compte|Libellé|Débit|Crédit\n");
    for (String l : lines) {
      String[] f = l.split(" ");
      text.append(f[0]).append("|Compte ").append(f[0]).append('|').append(f[1].equals("-") ? "" : f[1]).append('|')
          .append(f[2].equals("-") ? "" : f[2]).append('\n');
    }
    return org.cpom.accounts.AccountsEngine.trialBalance(new java.io.StringReader(text.toString()),
        org.cpom.accounts.BalanceColumns.of('|', ',', "compte", "libelle", "debit", "credit"));
  }

  @Test
  void theFinanceSummaryHoldsTheBilanAndTheRatiosGivenWithTheirAlerts() {
    // 100.00 of products and 99.00 of charges: a CAF of 1.00, a taux de CAF of 1 %, below the 2 % alert
    org.cpom.accounts.BalanceGenerale b = balance("706 - 100", "601 99 -", "512 1 -");
    org.cpom.finance.BilanFinancier bilan = org.cpom.finance.FinanceEngine.bilanFinancier(b);
    org.cpom.finance.RatiosFinanciers ratios = org.cpom.finance.FinanceEngine.ratios(b, Y2026);
    RapportDialogueDeGestion r = DialogueEngine.rapport(inputs().bilanFinancier(bilan).ratiosFinanciers(ratios)
        .build());
    assertThat(r.bilanFinancier()).contains(bilan);
    assertThat(r.bilanFinancier().orElseThrow().fre()).isEqualTo(Amount.of("1.00"));
    assertThat(r.ratiosFinanciers().orElseThrow().caf()).isEqualTo(Amount.of("1.00"));
    assertThat(r.ratiosFinanciers().orElseThrow().tauxDeCaf()).contains(org.cpom.money.Rate.ofPercent("1"));
    assertThat(r.financialAlerts()).isEqualTo(ratios.alertes()).isNotEmpty();
    assertThat(r).isNotEqualTo(DialogueEngine.rapport(inputs().build()));
  }

  @Test
  void theReportComparesByValue() {
    assertThat(DialogueEngine.rapport(inputs().build())).isEqualTo(DialogueEngine.rapport(inputs().build()))
        .hasSameHashCodeAs(DialogueEngine.rapport(inputs().build()))
        .isNotEqualTo(DialogueEngine.rapport(inputs().asOf(LocalDate.of(2026, 7, 31)).build()));
  }

  @Test
  void badInputsAreRejectedNamingTheField() {
    rejected(() -> DialogueEngine.rapport(inputs().year(Year.of(2031)).build()), "reportInputs.year",
        "outside the contract");
    PeopleActivity ime2025 = DialogueEngine.peopleActivity(IME, Y2025, List.of());
    rejected(() -> DialogueEngine.rapport(inputs().activities(List.of(ime2025)).build()), "activities[0].year",
        "the report is on 2026");
    PeopleActivity outside = DialogueEngine.peopleActivity(esms(OTHER, "Foyer", org.cpom.referential.EsmsCategory.MAS,
        org.cpom.referential.CapacityLine.of(CapacityMode.INTERNAT, 10, 10, 365)), Y2026, List.of());
    rejected(() -> DialogueEngine.rapport(inputs().activities(List.of(outside)).build()), "activities[0].esms",
        "not an ESMS of the perimeter");
    rejected(() -> DialogueEngine.rapport(inputs().activities(List.of(imeActivity(), imeActivity())).build()),
        "activities[1].esms", "a second activity");
    rejected(() -> DialogueEngine.rapport(inputs().addValues(absenteeism(Y2027, "9")).build()), "values[5].year",
        "after the exercice");
    rejected(() -> DialogueEngine.rapport(inputs().addValues(occupancy(OTHER, Y2026, "9")).build()),
        "values[5].esms", "not an ESMS of the perimeter");
    rejected(() -> DialogueEngine.rapport(inputs().payments(List.of()).build()), "payments", "one schedule per dotation");
    rejected(() -> DialogueEngine.rapport(inputs().addDotations(dotation2026()).addPayments(payments2026()).build()),
        "dotations[1].dgc.name", "a second dotation");
    rejected(() -> DialogueEngine.rapport(inputs().addFollowUps(FollowUp.builder().ficheAction("FA9").year(2)
        .status(ActionStatus.DONE).build()).build()), "followUp.ficheAction", "no such fiche-action");
  }

  @Test
  void aDotationOrScheduleOfAnotherYearOrContractIsRejected() {
    org.cpom.dotation.DgcDotation y2027 = org.cpom.dotation.DotationEngine.compute(CPOM.dgc("DGC ARS"),
        org.cpom.dotation.DgcYear.atCampaignRate(Y2027, CPOM.dgc("DGC ARS"), org.cpom.money.Rate.ofPercent("1.00")),
        dotation2026());
    rejected(() -> DialogueEngine.rapport(inputs().dotations(List.of(y2027)).build()), "dotations[0].year",
        "the report is on 2026");
    rejected(() -> DialogueEngine.rapport(inputs().payments(List.of(org.cpom.payment.PaymentEngine.schedule(y2027,
        LocalDate.of(2027, 1, 5)))).build()), "payments[0].year", "the report is on 2026");
    org.cpom.contract.Cpom other = cpomBuilder().id("CPOM-69-AUTRE").build();
    org.cpom.dotation.DgcDotation foreign = org.cpom.dotation.DotationEngine.compute(other.dgc("DGC ARS"),
        org.cpom.dotation.DgcYear.atCampaignRate(Y2026, other.dgc("DGC ARS"), org.cpom.money.Rate.ofPercent("1.00")),
        Map.of(IME_F, Amount.ofEuros(1_200_000), MAS_F, Amount.ofEuros(2_400_000)));
    rejected(() -> DialogueEngine.rapport(inputs().dotations(List.of(foreign)).build()),
        "dotations[0].dgc.contractReference", "the report is on the contract CPOM-69-2025");
    // a schedule of another amount does not pay the dotation it is paired with
    org.cpom.dotation.DgcDotation more = org.cpom.dotation.DotationEngine.compute(CPOM.dgc("DGC ARS"),
        org.cpom.dotation.DgcYear.atCampaignRate(Y2026, CPOM.dgc("DGC ARS"), org.cpom.money.Rate.ofPercent("2.00")),
        Map.of(IME_F, Amount.ofEuros(1_200_000), MAS_F, Amount.ofEuros(2_400_000)));
    rejected(() -> DialogueEngine.rapport(inputs().payments(List.of(org.cpom.payment.PaymentEngine.schedule(more,
        LocalDate.of(2026, 1, 5)))).build()), "payments[0].dgc.annualAmount", "does not pay the dotation");
  }
}
