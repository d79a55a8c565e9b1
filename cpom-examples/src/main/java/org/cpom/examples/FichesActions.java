package org.cpom.examples;

import static org.cpom.examples.Association.FOYER_DE_VIE;
import static org.cpom.examples.Association.IME;
import static org.cpom.examples.Association.MAS;
import static org.cpom.examples.Association.SESSAD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cpom.contract.ActionStatus;
import org.cpom.contract.FicheAction;
import org.cpom.contract.FollowUp;
import org.cpom.contract.FundingWay;
import org.cpom.contract.Indicator;
import org.cpom.contract.Means;
import org.cpom.contract.Step;
import org.cpom.money.Amount;

/**
 * The fiches-actions of the association's contract (its annex, arrêté du 3 mars 2017) and the yearly follow-ups
 * the gestionnaire sent for 2025 and 2026. {@link AssociationExample#contract()} puts the fiches in the contract.
 */
final class FichesActions {
  private FichesActions() {}

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static LocalDate date(int y, int m, int day) {
    return LocalDate.of(y, m, day);
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
        .addMeans(Means.of("Formation gestes et postures", Amount.of("12600.00"), FundingWay.CNR, 2))
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
        .addMeans(Means.of("1 ETP de remplaçant", Amount.of("42000.00"), FundingWay.MESURE_NOUVELLE, 2))
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
        .addMeans(Means.of("10 places de SESSAD", Amount.of("195000.00"), FundingWay.MESURE_NOUVELLE, 3))
        .addMeans(Means.of("4 places de semi-internat IME redéployées", Amount.ZERO, FundingWay.WITHIN_BASE, 3))
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
        .addMeans(Means.of("Aménagement des logements", Amount.of("18000.00"), FundingWay.CNR, 2))
        .build();
  }

  /**
   * The follow-ups of 2025 (year 1) and 2026 (year 2).
   *
   * @return the follow-ups
   */
  static List<FollowUp> followUps() {
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
