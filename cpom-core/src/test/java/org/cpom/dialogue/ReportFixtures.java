package org.cpom.dialogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.Dgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.FicheAction;
import org.cpom.contract.Indicator;
import org.cpom.contract.Means;
import org.cpom.contract.Objective;
import org.cpom.contract.Step;
import org.cpom.contract.TariffMode;
import org.cpom.contract.TariffModeClause;
import org.cpom.contract.FundingWay;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DotationEngine;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.PaymentEngine;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.referential.LegalStatus;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.TariffAuthority;

/**
 * A small CPOM for the targets and the report: an IME and a MAS in the Rhône under one ARS DGC, five years from
 * 1 January 2025; FA1 (both ESMS) lowers the absenteeism of the whole CPOM from 10.00 % (targets 9.50, 9.00, 8.50
 * in years 1 to 3, 8.00 in year 5); FA2 (the IME) raises its occupancy from 90.00 % (targets 92.00, 94.00, 95.00).
 */
final class ReportFixtures {
  private ReportFixtures() {}

  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");
  static final FinessNumber GEST = FinessNumber.of("690000003");
  static final FinessNumber IME_F = FinessNumber.of("690000011");
  static final FinessNumber MAS_F = FinessNumber.of("690000037");
  /** A FINESS of the Rhône outside the perimeter. */
  static final FinessNumber OTHER = FinessNumber.of("690000045");
  static final Year Y2025 = Year.of(2025);
  static final Year Y2026 = Year.of(2026);
  static final Year Y2027 = Year.of(2027);
  static final Year Y2028 = Year.of(2028);

  static Esms esms(FinessNumber f, String name, EsmsCategory category, CapacityLine line) {
    return Esms.builder().finess(f).name(name).category(category).gestionnaire(GEST).addCapacity(line)
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS)).build();
  }

  static final Esms IME = esms(IME_F, "IME Les Tilleuls", EsmsCategory.IME,
      CapacityLine.of(CapacityMode.INTERNAT, 40, 40, 365));
  static final Esms MAS = esms(MAS_F, "MAS Le Grand Pré", EsmsCategory.MAS,
      CapacityLine.of(CapacityMode.INTERNAT, 48, 48, 365));

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  static FicheAction fa1() {
    return FicheAction.builder().id("FA1").title("Réduire l'absentéisme").objective("OS1").addEsms(IME_F, MAS_F)
        .pilot("DRH").addSteps(Step.of("Plan QVT", LocalDate.of(2025, 12, 31)))
        .addIndicators(Indicator.builder().id("I1").label("Taux d'absentéisme").unit("%")
            .direction(Indicator.Direction.LOWER_IS_BETTER).baseline(d("10.00")).putTargets(1, d("9.50"))
            .putTargets(2, d("9.00")).putTargets(3, d("8.50")).putTargets(5, d("8.00")).build())
        .addMeans(Means.of("formation", Amount.of("5000.00"), FundingWay.REDEPLOYMENT)).build();
  }

  static FicheAction fa2() {
    return FicheAction.builder().id("FA2").title("Occupation de l'IME").objective("OS1").addEsms(IME_F)
        .pilot("Directeur de l'IME").addSteps(Step.of("Liste d'attente partagée", LocalDate.of(2026, 3, 31)))
        .addIndicators(Indicator.builder().id("I1").label("Taux d'occupation").unit("%").baseline(d("90.00"))
            .putTargets(1, d("92.00")).putTargets(2, d("94.00")).putTargets(3, d("95.00")).build())
        .build();
  }

  static Cpom.Builder cpomBuilder() {
    return Cpom.builder().id("CPOM-69-2025").name("CPOM 2025-2029").basis(CpomBasis.L313_12_2)
        .gestionnaire(Gestionnaire.of(GEST, "Association Les Coteaux", LegalStatus.PRIVATE_NON_PROFIT))
        .addAuthorities(ARS).startDate(LocalDate.of(2025, 1, 1)).durationYears(5).addPerimeter(IME, MAS)
        .addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_II_PERSONNEL, TariffMode.CAMPAIGN_RATE))
        .addObjectives(Objective.of("OS1", "Qualité de l'accompagnement"))
        .addFichesActions(fa1(), fa2())
        .addDgcs(Dgc.of("DGC ARS", ARS, Funder.assuranceMaladie(), DgcMember.of(IME, TariffMode.CAMPAIGN_RATE),
            DgcMember.of(MAS, TariffMode.CAMPAIGN_RATE)));
  }

  static final Cpom CPOM = cpomBuilder().build();

  /** The links: FA1/I1 to the absenteeism of the whole CPOM, FA2/I1 to the IME's occupancy. */
  static final java.util.List<IndicatorLink> LINKS = java.util.List.of(
      IndicatorLink.ofCpom("FA1", "I1", IndicatorKeys.ABSENTEEISM),
      IndicatorLink.ofEsms("FA2", "I1", IndicatorKeys.OCCUPANCY_RATE, IME_F));

  static IndicatorValue absenteeism(Year y, String v) {
    return IndicatorValue.ofCpom(IndicatorKeys.ABSENTEEISM, y, d(v), IndicatorUnit.RATE);
  }

  static IndicatorValue occupancy(FinessNumber f, Year y, String v) {
    return IndicatorValue.ofEsms(f, IndicatorKeys.OCCUPANCY_RATE, y, d(v), IndicatorUnit.RATE);
  }

  /**
   * The DGC of 2026: bases of 1,200,000.00 (IME) and 2,400,000.00 (MAS) at a campaign rate of 1.00 % give
   * 1,212,000.00 and 2,424,000.00, 3,636,000.00 in all.
   */
  static DgcDotation dotation2026() {
    Map<FinessNumber, Amount> bases = new LinkedHashMap<>();
    bases.put(IME_F, Amount.ofEuros(1_200_000));
    bases.put(MAS_F, Amount.ofEuros(2_400_000));
    return DotationEngine.compute(CPOM.dgc("DGC ARS"),
        DgcYear.atCampaignRate(Y2026, CPOM.dgc("DGC ARS"), Rate.ofPercent("1.00")), bases);
  }

  /** Notified on 5 January 2026, before the first payment: twelve equal payments. */
  static DgcPaymentSchedule payments2026() {
    return PaymentEngine.schedule(dotation2026(), LocalDate.of(2026, 1, 5));
  }
}
