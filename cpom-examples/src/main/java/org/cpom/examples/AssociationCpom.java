package org.cpom.examples;

import static org.cpom.examples.Association.FOYER_DE_VIE;
import static org.cpom.examples.Association.IME;
import static org.cpom.examples.Association.MAS;
import static org.cpom.examples.Association.SESSAD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cpom.contract.ActionStatus;
import org.cpom.contract.Avenant;
import org.cpom.contract.BudgetFramework;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.FicheAction;
import org.cpom.contract.FollowUp;
import org.cpom.contract.FundingWay;
import org.cpom.contract.Indicator;
import org.cpom.contract.Means;
import org.cpom.contract.Objective;
import org.cpom.contract.Step;
import org.cpom.contract.TariffMode;
import org.cpom.contract.TariffModeClause;
import org.cpom.money.Amount;
import org.cpom.referential.GroupeFonctionnel;

/**
 * The CPOM of "Association Les Coteaux" (see {@link Association}) and its follow-ups for 2025 and 2026.
 *
 * <p><b>Why an L313-12-2 contract.</b> The IME, the SESSAD and the MAS are under the ARS alone, so their CPOM
 * is the compulsory one of CASF L313-12-2, under the EPRD (R314-1), and only such a contract (or an IV ter
 * one) may modulate a dotation for activity (R314-43-2 I), which the MAS's occupancy clause does. The
 * Département du Rhône co-signs and brings its foyer de vie into the same contract, as joint ARS-Département
 * CPOMs commonly do. Whether L313-12-2 itself covers an ESMS tariffed by the Département alone was not
 * verified against the text; the alternative is a general L313-11 contract, which could then carry no
 * activity modulation. The financial clause uses the modes R314-39-1 allows under L313-12-2 (no annual
 * amendment).
 */
public final class AssociationCpom {
  private AssociationCpom() {}

  /** The first day: 1 January 2025. */
  public static final LocalDate START = LocalDate.of(2025, 1, 1);

  /** The date the summary is drawn up on: after the 2026 follow-up. */
  public static final LocalDate REPORT_DATE = LocalDate.of(2027, 1, 31);

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static LocalDate date(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /**
   * The scenario: contract, follow-ups and report date.
   *
   * @return the scenario
   */
  public static Scenario scenario() {
    return new Scenario(cpom(), followUps(), REPORT_DATE);
  }

  /** The contract's identifier. */
  public static final String ID = "CPOM-ARA-69-2025-001";

  /**
   * The contract: 5 years from 1 January 2025, four ESMS, three objectives, four fiches-actions, and an
   * avenant adding a fifth from 1 July 2026.
   *
   * @return the contract
   */
  public static Cpom cpom() {
    return Cpom.builder()
        .id(ID)
        .name("CPOM 2025-2029 Association Les Coteaux")
        .basis(CpomBasis.L313_12_2)
        .budgetFramework(BudgetFramework.EPRD)
        .gestionnaire(Association.GESTIONNAIRE)
        .addAuthorities(Association.ARS, Association.DEPARTEMENT)
        .startDate(START)
        .durationYears(5)
        .addAllPerimeter(Association.ALL_ESMS)
        // The ARS ESMS share one dotation globalisée commune (R314-43-1); the MAS has an occupancy objective,
        // the SESSAD an objective of actes with a tolerance band (R314-43-2).
        .addDgcs(DotationExample.DGC)
        .addModulationClauses(DotationExample.MAS_MODULATION, DotationExample.SESSAD_MODULATION)
        // ARS ESMS: the regional envelope rate (R314-40 1°) on every charges group.
        .addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE, TariffMode.CAMPAIGN_RATE))
        .addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_II_PERSONNEL, TariffMode.CAMPAIGN_RATE))
        .addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_III_STRUCTURE, TariffMode.CAMPAIGN_RATE))
        // Foyer de vie: the Département writes its own formula for staff costs (R314-40 2°).
        .addFinancialClause(TariffModeClause.builder()
            .esms(FOYER_DE_VIE.finess())
            .groupe(GroupeFonctionnel.CHARGES_II_PERSONNEL)
            .mode(TariffMode.CONTRACT_FORMULA)
            .terms("GVT +1.0 % a year on the 2025 base")
            .build())
        .addObjectives(
            Objective.of("OS1", "Fluidifier les parcours vers l'âge adulte",
                "9 jeunes adultes maintenus en IME au titre de l'amendement Creton"),
            Objective.of("OS2", "Prévenir l'usure professionnelle et stabiliser les équipes",
                "Absentéisme de 11,2 % à la MAS, 4 200 heures d'intérim en 2024"),
            Objective.of("OS3", "Développer l'accompagnement en milieu ordinaire",
                "23 enfants en attente d'une place de SESSAD"))
        .addFichesActions(fa1(), fa2(), fa3(), fa4())
        .addAvenants(Avenant.builder()
            .number(1)
            .effectiveDate(date(2026, 7, 1))
            .subject("Ajout de la fiche-action FA5 (habitat inclusif)")
            .addFichesActions(fa5())
            .build())
        .build();
  }

  static FicheAction fa1() {
    return FicheAction.builder()
        .id("FA1")
        .title("Passerelles IME vers MAS et foyer de vie")
        .objective("OS1")
        .addEsms(IME.finess(), MAS.finess(), FOYER_DE_VIE.finess())
        .pilot("Directrice du pôle enfance")
        .addSteps(Step.of("Convention de partenariat IME-MAS-foyer", date(2025, 6, 30)))
        .addSteps(Step.of("Commission d'orientation inter-établissements", date(2025, 12, 31)))
        .addSteps(Step.of("Stages de découverte en MAS et foyer", date(2026, 6, 30)))
        .addSteps(Step.of("Bilan des sorties", date(2027, 12, 31)))
        .addIndicators(Indicator.builder()
            .id("CRETON")
            .label("Jeunes adultes maintenus en IME (Creton)")
            .unit("pers.")
            .direction(Indicator.Direction.LOWER_IS_BETTER)
            .baseline(d("9"))
            .putTargets(1, d("8")).putTargets(2, d("6")).putTargets(3, d("4")).putTargets(4, d("3")).putTargets(5, d("2"))
            .build())
        .addMeans(Means.of("0,5 ETP coordinatrice de parcours", Amount.of("27500.00"), FundingWay.REDEPLOYMENT))
        .build();
  }

  static FicheAction fa2() {
    return FicheAction.builder()
        .id("FA2")
        .title("Prévention des risques professionnels à la MAS")
        .objective("OS2")
        .addEsms(MAS.finess())
        .pilot("Directeur de la MAS")
        .addSteps(Step.of("Diagnostic ergonomique", date(2025, 4, 30)))
        .addSteps(Step.of("Rails de transfert dans 24 chambres", date(2025, 12, 31)))
        .addSteps(Step.of("Formation manutention de tous les soignants", date(2026, 12, 31)))
        .addIndicators(Indicator.builder()
            .id("ABS")
            .label("Taux d'absentéisme")
            .unit("%")
            .direction(Indicator.Direction.LOWER_IS_BETTER)
            .baseline(d("11.2"))
            .putTargets(1, d("10.5")).putTargets(2, d("9.5")).putTargets(3, d("8.5")).putTargets(4, d("8.0"))
            .putTargets(5, d("7.5"))
            .build())
        .addMeans(Means.of("Rails de transfert (24 chambres)", Amount.of("86400.00"), FundingWay.CNR))
        .addMeans(Means.of("Formation gestes et postures", Amount.of("12600.00"), FundingWay.CNR))
        .build();
  }

  static FicheAction fa3() {
    return FicheAction.builder()
        .id("FA3")
        .title("Pool de remplacement mutualisé")
        .objective("OS2")
        .addEsms(IME.finess(), SESSAD.finess(), MAS.finess(), FOYER_DE_VIE.finess())
        .pilot("DRH de l'association")
        .addSteps(Step.of("Recrutement de 3 ETP de remplaçants", date(2025, 9, 30)))
        .addSteps(Step.of("Planning de remplacement partagé", date(2026, 3, 31)))
        .addIndicators(Indicator.builder()
            .id("INTERIM")
            .label("Heures d'intérim")
            .unit("h")
            .direction(Indicator.Direction.LOWER_IS_BETTER)
            .baseline(d("4200"))
            .putTargets(1, d("3800")).putTargets(2, d("3000")).putTargets(3, d("2500")).putTargets(4, d("2200"))
            .putTargets(5, d("2000"))
            .build())
        .addMeans(Means.of("2 ETP de remplaçants (budget d'intérim)", Amount.of("84000.00"), FundingWay.REDEPLOYMENT))
        .addMeans(Means.of("1 ETP de remplaçant", Amount.of("42000.00"), FundingWay.MESURE_NOUVELLE))
        .build();
  }

  static FicheAction fa4() {
    return FicheAction.builder()
        .id("FA4")
        .title("Extension du SESSAD de 35 à 45 places")
        .objective("OS3")
        .addEsms(SESSAD.finess(), IME.finess())
        .pilot("Directrice du pôle enfance")
        .addSteps(Step.of("Demande d'extension de capacité à l'ARS", date(2025, 10, 31)))
        .addSteps(Step.of("Recrutement de l'équipe", date(2026, 8, 31)))
        .addSteps(Step.of("Ouverture des 10 places", date(2026, 9, 1)))
        .addIndicators(Indicator.builder()
            .id("ATTENTE")
            .label("Enfants en attente de SESSAD")
            .unit("pers.")
            .direction(Indicator.Direction.LOWER_IS_BETTER)
            .baseline(d("23"))
            .putTargets(1, d("20")).putTargets(2, d("12")).putTargets(3, d("8")).putTargets(4, d("6")).putTargets(5, d("5"))
            .build())
        .addIndicators(Indicator.builder()
            .id("INCLUSION")
            .label("Enfants scolarisés en milieu ordinaire")
            .unit("%")
            .baseline(d("41"))
            .putTargets(1, d("42")).putTargets(2, d("45")).putTargets(3, d("48")).putTargets(4, d("50")).putTargets(5, d("52"))
            .build())
        .addMeans(Means.of("10 places de SESSAD", Amount.of("195000.00"), FundingWay.MESURE_NOUVELLE))
        .addMeans(Means.of("4 places de semi-internat IME redéployées", Amount.ZERO, FundingWay.WITHIN_BASE))
        .build();
  }

  static FicheAction fa5() {
    return FicheAction.builder()
        .id("FA5")
        .title("Habitat inclusif adossé au foyer de vie")
        .objective("OS3")
        .addEsms(FOYER_DE_VIE.finess())
        .pilot("Chef de service du foyer")
        .addSteps(Step.of("Convention avec le bailleur social", date(2026, 12, 31)))
        .addSteps(Step.of("Installation des 6 habitants", date(2027, 9, 30)))
        .addIndicators(Indicator.builder()
            .id("HABITANTS")
            .label("Habitants en habitat inclusif")
            .unit("pers.")
            .baseline(d("0"))
            .putTargets(3, d("6")).putTargets(4, d("6")).putTargets(5, d("6"))
            .build())
        .addMeans(Means.of("Aménagement des logements", Amount.of("18000.00"), FundingWay.CNR))
        .build();
  }

  /**
   * The follow-ups of 2025 (year 1) and 2026 (year 2).
   *
   * @return the follow-ups
   */
  public static List<FollowUp> followUps() {
    return List.of(
        FollowUp.builder().ficheAction("FA1").year(1).status(ActionStatus.IN_PROGRESS)
            .putObserved("CRETON", d("8"))
            .putStepsCompleted("Convention de partenariat IME-MAS-foyer", date(2025, 6, 12))
            .putStepsCompleted("Commission d'orientation inter-établissements", date(2025, 11, 20))
            .build(),
        FollowUp.builder().ficheAction("FA1").year(2).status(ActionStatus.IN_PROGRESS)
            .putObserved("CRETON", d("7"))
            .putStepsCompleted("Stages de découverte en MAS et foyer", date(2026, 5, 29))
            .build(),
        FollowUp.builder().ficheAction("FA2").year(1).status(ActionStatus.IN_PROGRESS)
            .putObserved("ABS", d("10.9"))
            .putStepsCompleted("Diagnostic ergonomique", date(2025, 4, 15))
            .build(),
        FollowUp.builder().ficheAction("FA2").year(2).status(ActionStatus.LATE)
            .putObserved("ABS", d("9.9"))
            .putStepsCompleted("Rails de transfert dans 24 chambres", date(2026, 3, 20))
            .comment("Formation reportée à 2027 faute de remplaçants")
            .build(),
        FollowUp.builder().ficheAction("FA3").year(1).status(ActionStatus.IN_PROGRESS)
            .putObserved("INTERIM", d("3900"))
            .putStepsCompleted("Recrutement de 3 ETP de remplaçants", date(2025, 11, 30))
            .build(),
        FollowUp.builder().ficheAction("FA3").year(2).status(ActionStatus.IN_PROGRESS)
            .putObserved("INTERIM", d("2850"))
            .putStepsCompleted("Planning de remplacement partagé", date(2026, 2, 15))
            .build(),
        FollowUp.builder().ficheAction("FA4").year(1).status(ActionStatus.IN_PROGRESS)
            .putObserved("ATTENTE", d("22"))
            .putObserved("INCLUSION", d("41.5"))
            .putStepsCompleted("Demande d'extension de capacité à l'ARS", date(2025, 10, 15))
            .build(),
        FollowUp.builder().ficheAction("FA4").year(2).status(ActionStatus.LATE)
            .putObserved("ATTENTE", d("19"))
            .putObserved("INCLUSION", d("43"))
            .comment("Autorisation d'extension reçue en novembre 2026")
            .build(),
        FollowUp.builder().ficheAction("FA5").year(2).status(ActionStatus.IN_PROGRESS)
            .putStepsCompleted("Convention avec le bailleur social", date(2026, 11, 12))
            .build());
  }
}
