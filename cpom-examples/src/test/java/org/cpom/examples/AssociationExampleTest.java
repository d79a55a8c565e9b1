package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Locale;
import org.cpom.contract.Cpom;
import org.cpom.contract.ResolvedDgc;
import org.cpom.dotation.DgcDotation;
import org.cpom.money.Amount;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** The main example as one story: its key figures, in French, whatever the default locale. */
class AssociationExampleTest {

  /** What {@code main} prints on the standard output. */
  static String mainOutput() {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      AssociationExample.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theStoryRunsTopDownFromTheContractToTheBudget() {
    String out = mainOutput();
    int previous = -1;
    for (String title : new String[] {"CPOM CPOM-ARA-69-2025-001 : CPOM 2025-2029 Association Les Coteaux",
        "Périmètre au 31/01/2027", "Clause financière (CASF R314-40)", "Échéances du contrat",
        "Objectifs et fiches-actions", "Grille d'état d'avancement", "Étapes en retard au 31/01/2027",
        "=== 2025 : dotation globalisée commune DGC ARS Association Les Coteaux", "-- 2025 : jeunes adultes Creton",
        "-- 2025 : versements", "=== 2026 : dotation globalisée commune", "-- 2026 : jeunes adultes Creton",
        "-- 2026 : versements", "=== 2025 : comptes de résultat tirés du FEC",
        "=== 2026 : comptes de résultat tirés du FEC", "=== 2026 : bilan financier et ratios de l'association",
        "=== Plan pluriannuel d'investissement : Extension IME", "PGFP 2025-2030 avec l'extension",
        "=== Affectation des résultats (EPRD, CPOM CASF L313-12-2, clause du CPOM art. 8",
        "Tableau de détermination et d'affectation du résultat 2025",
        "Tableau de détermination et d'affectation du résultat 2026", "Budget base zéro 2025 - IME Les Tilleuls",
        "Paquets de décision", "Budget du CPOM 2025", "Matrice de suivi budgétaire à fin septembre 2025",
        "Prix de journée de l'IME"}) {
      int at = out.indexOf(title);
      assertThat(at).as(title).isGreaterThan(previous);
      assertThat(out.indexOf(title, at + 1)).as(title).isEqualTo(-1);
      previous = at;
    }
  }

  @Test
  void theContractAndItsGrille() {
    String out = mainOutput();
    assertThat(out.lines()).contains(
        "Fondement juridique  CASF L313-12-2",
        "Cadre budgétaire     EPRD",
        "Signataires          ARS Auvergne-Rhône-Alpes, Département 69",
        "Période              du 01/01/2025 au 31/12/2029 (5 ans)",
        // the IME's Creton parts: the Rhône and the Ain pay for young adults kept under L242-4 (R314-115)
        "690000011  IME Les Tilleuls         IME               60  Assurance maladie, Département 69, Département 01  ARS Auvergne-Rhône-Alpes",
        "           Total                                     179",
        // milestones, hand-checked for 5 years from 1 January 2025
        "31/12/2027  Comité de suivi : bilan à mi-parcours (année 3)              arrêté du 3 mars 2017 annexe (cahier des charges CPOM)",
        "31/12/2029  Fin du contrat (dernier jour)                                arrêté du 3 mars 2017 annexe (cahier des charges CPOM)",
        "Total                465 500,00 €",
        // FA5 arrives with avenant n°1 in 2026
        "FA5    Habitat inclusif adossé au foyer de vie                   en cours   -     -     -",
        // (7 - 9) / (6 - 9) = 66.7 %; (2850 - 4200) / (3000 - 4200) = 112.5 %
        "FA1    2026   Jeunes adultes maintenus en IME (Creton)  pers.          9      6         7    66,7 %  non",
        "FA3    2026   Heures d'intérim                          h          4 200  3 000     2 850   112,5 %  oui",
        // 31 August 2026 to 31 January 2027
        "FA4    Recrutement de l'équipe                      31/08/2026              153");
  }

  @Test
  void theDgcItsCretonPartsAndItsPayments() {
    String out = mainOutput();
    assertThat(out).containsPattern("DGC 2025 \\(somme des ESMS\\) +5 545 970,00 €  CASF R314-43-1")
        .containsPattern("DGC 2026 \\(somme des ESMS\\) +5 686 190,92 €  CASF R314-43-1")
        .containsPattern("= montant 2025 +3 058 770,00 €")
        .containsPattern("= base 2026 +1 944 600,00 €")
        // the SESSAD's 2026 base 607,200 at 1.00 % = 613,272, less 1.5 % (2-point franchise, half of the 3 beyond)
        .containsPattern("franchise 2,00 % .* +-9 199,08 €  CASF R314-43-2 III")
        // R314-115: 1,840,000 less 42,000 + 18,500 in 2025; 1,964,046 less 45,150 + 18,500 in 2026
        .containsPattern("= part de l'assurance maladie 2025 +1 779 500,00 €")
        .containsPattern("= part de l'assurance maladie 2026 +1 900 396,00 €")
        .contains("prorata 92/365 jours", "DM n° 1 2025", "plafond légal (R314-43-2 III) moitié de l'écart = 2,50 %",
            "moins les parts Creton 60 500,00 € facturées aux départements en prix de journée (CASF R314-115)");
    // 2025, notified late: three advances on 2024, then a catch-up; the AM pays the DGC less the Creton parts
    assertThat(out).containsPattern("20/01/2025  acompte +458 333,34 € +150 000,00 €")
        .containsPattern("18/04/2025  rattrapage +453 489,98 €")
        .containsPattern("total +5 485 470,00 € +1 829 500,00 € +647 200,00 € +3 008 770,00 €")
        // 2026, in time: twelve twelfths of 1,900,396.00 (190,039,600 cents = 12 x 15,836,633 + 4)
        .containsPattern("20/04/2026  douzième +468 545,08 € +158 366,34 €")
        .containsPattern("20/05/2026  douzième +468 545,08 € +158 366,33 €")
        .containsPattern("total +5 622 540,92 € +1 900 396,00 € +604 072,92 € +3 118 072,00 €");
  }

  @Test
  void theResultsAllocatedAreTheComptesDeResultatOfTheFec() {
    String out = mainOutput();
    assertThat(out).contains("FEC fec-2025.txt : 359 lignes, débit 36 906 263,96 € = crédit 36 906 263,96 €, "
        + "0 avertissement(s)", "Résultat du grand livre (classes 6 et 7) : -1 400,00 €",
        "Résultat du grand livre (classes 6 et 7) : 59 150,55 €")
        .containsPattern("Résultat \\(excédent si positif\\) +-85 000,00 € +18 500,00 € +62 300,00 € +-3 200,00 € "
            + "+6 000,00 € +-1 400,00 €")
        .containsPattern("Résultat \\(excédent si positif\\) +24 000,00 € +-2 100,00 € +40 000,00 € +1 250,55 € "
            + "+-4 000,00 € +59 150,55 €")
        // 198,437.65 x 1,900 / 7,710 = 48,901.6258: the IME's remainder 0.58 is the fourth, it gets none of the 3 spare cents
        .containsPattern("Quote-part de IME : clé 1900 sur 7710 +48 901,62 €");
    // the allocation then closes those very figures
    int allocation = out.indexOf("=== Affectation des résultats");
    assertThat(out.substring(allocation))
        .containsPattern("IME +résultat +-85 000,00 €").containsPattern("Foyer de vie +résultat +1 250,55 €");
  }

  @Test
  void theAllocationOfTwoYearsUnderTheContractsClause() {
    String out = mainOutput();
    assertThat(out).contains("Première proposition pour 2025 : 2 violation(s), rien n'est appliqué :",
        "  - surplus[MAS].RESERVE_DE_TRESORERIE : règle CASF R314-48 III",
        "Proposition corrigée pour 2025 : 0 violation(s)", "Proposition pour 2026 : 0 violation(s)",
        "Exercices du grand livre des réserves : [2024, 2025, 2026]");
    // the IME's deficit of 85,000: 30,000 from the MAS, 12,000 of 110, 25,000 of 10686, 18,000 to 119
    assertThat(out).containsPattern("IME +Report à nouveau débiteur \\(119\\) +-18 000,00 €  CASF R314-234 2° c")
        .containsPattern("IME +Couverture par un autre compte de résultat \\(MAS\\) +-30 000,00 €")
        // the résidence outside the contract, allocated by the Département (R314-234 4°)
        .containsPattern("Résidence +ESMS hors du périmètre du CPOM +affecté par : autorité de tarification "
            + "\\(CASF R314-234 4°\\)")
        .containsPattern("Résidence +Affectation de l'excédent : Réserve de compensation des déficits \\(10686\\) +"
            + "3 500,00 €  CASF R314-234 4° \\(1° d\\)")
        .containsPattern("Résidence +Report à nouveau débiteur \\(119\\) +-500,00 €  CASF R314-234 4° \\(2° c\\)")
        .containsPattern("Affecté par +gestionnaire +gestionnaire +gestionnaire +gestionnaire +autorité");
  }

  @Test
  void theBudgetTakesTheImesShareFromTheDotation() {
    Cpom cpom = AssociationExample.contract();
    ResolvedDgc dgc = cpom.dgc(AssociationExample.DGC_NAME);
    DgcDotation dotation = AssociationExample.dotation2025(cpom, dgc, AssociationExample.bases2024());
    // the IME's share after the DM: 1,840,000 + 50,000
    assertThat(dotation.finalSplit().share(Association.IME.finess())).isEqualTo(Amount.ofEuros(1_890_000));
    String out = mainOutput();
    assertThat(out).contains("effectif 45,0 ETP", "11 970 journées prévues",
            "tarification nécessaire 1 909 574,97 €",
            "Paquets de décision dans la quote-part de l'IME dans la DGC : 1 890 000,00 €")
        // the historical dotation is the IME's 2024 base
        .containsPattern("Produits I tarification +1 800 000,00 € +1 909 574,97 € +109 574,97 €")
        .containsPattern("Financé +1 860 604,77 € +1 869 154,77 €")
        // the ARS ESMS's tarification is their shares of the DGC, under the DGC's own name
        .containsPattern("ESMS SESSAD Les Tilleuls +647 200,00 € +647 200,00 € +0,00 €")
        .containsPattern("ESMS MAS Le Grand Pré +3 038 770,00 € +3 038 770,00 € +0,00 €")
        .containsPattern("Enveloppe Assurance maladie / dotation globale / DGC ARS Association Les Coteaux +5 566 274,77 €")
        .containsPattern("CPOM global +7 066 274,77 € +7 066 274,77 € +0,00 €")
        .containsPattern("10/2025 +129 118,14 € +- +- +-")
        .containsPattern("Prix de journée : charges à financer / 11903,33 jours .* +154,80 €  CASF R314-113")
        .doesNotContain("\t");
  }

  @Test
  void everythingPrintedIsFrenchNoEnglishTraceLabelLeft() {
    String out = mainOutput();
    assertThat(out).doesNotContain("Twelfth", "Advance", "Catch-up", "EUR ", "Actualisation at", "{", "}",
        "allocated by", "proposal", "forecast", "Mandatory", "Split:", "amount 20");
    // the bases read in French too: the clause, the conventions' titles, the connecting words of the articles
    assertThat(out).doesNotContain("CPOM clause", "cpom convention", "payment day", "approval", "UNVERIFIED",
        "largest-remainder split", " to R");
    assertThat(out).contains("clause du CPOM art. 7.2", "convention cpom:largest-remainder (répartition au plus fort "
        + "reste)", "CSS R174-16-1, R174-16-2, R174-16-3, R174-16-4, R174-16-5 (CASF R314-111) ; convention "
        + "cpom:css-payment-day", "CASF R314-43-1, R314-231",
        "-- 2025 : versements (CSS R174-16-1, R174-16-2, R174-16-3, R174-16-4, R174-16-5 (CASF R314-111))");
    for (TraceStep st : TraceLanguagesTest.allSteps()) {
      String en = st.label(Locale.ENGLISH);
      if (!en.equals(st.label(Locale.FRENCH))) {
        assertThat(out).as(en).doesNotContain(en);
      }
    }
  }

  @Test
  void theOutputIsTheSameWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
    try {
      Locale.setDefault(Locale.ENGLISH);
      String english = mainOutput();
      Locale.setDefault(Locale.GERMAN);
      String german = mainOutput();
      assertThat(german).isEqualTo(english).contains("5 545 970,00 €");
    } finally {
      Locale.setDefault(saved);
      Locale.setDefault(Locale.Category.FORMAT, savedFormat);
      Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
    }
  }

  @Test
  void theSecondYearStartsFromTheFirst() {
    Cpom cpom = AssociationExample.contract();
    ResolvedDgc dgc = cpom.dgc(AssociationExample.DGC_NAME);
    DgcDotation y2025 = AssociationExample.dotation2025(cpom, dgc, AssociationExample.bases2024());
    DgcDotation y2026 = AssociationExample.dotation2026(cpom, dgc, y2025);
    assertThat(y2026.year()).isEqualTo(Year.of(2026));
    assertThat(y2026.esms(Association.IME.finess()).trace().steps().get(0).amount())
        .isEqualTo(y2025.nextBases().get(Association.IME.finess()));
    assertThat(y2026.total()).isEqualTo(Amount.of("5686190.92"));
  }

  /**
   * The filing's financial tables from the 2026 FEC's trial balance: FRNG 1,091,508.59 = FRI 865,258.04 + FRE
   * 226,250.55; trésorerie = FRNG - BFR = 1,091,508.59 + 273,666.91 = 1,365,175.50; FRNG(N-1) 767,220.02 + apport
   * 324,288.57 = 1,091,508.59; no threshold crossed.
   */
  @Test
  void theBilanFinancierAndRatiosOfTheFecArePrinted() {
    String out = mainOutput();
    assertThat(out).contains("Fonds de roulement d'investissement (FRI)     865 258,04 €")
        .contains("Fonds de roulement d'exploitation (FRE)       226 250,55 €")
        .contains("Fonds de roulement net global (FRNG)        1 091 508,59 €             51,14")
        .contains("Trésorerie (FRNG - BFR)                     1 365 175,50 €")
        .contains("Apport au fonds de roulement                               324 288,57 €")
        .contains("FRNG d'ouverture -> FRNG de clôture      767 220,02 € -> 1 091 508,59 €")
        .contains("Taux de vétusté des constructions                   50,5 %")
        .contains("Aucune alerte sur les seuils en vigueur.");
    // the EPRD 2027: the résidence outside the CPOM forecasts a deficit; the September update draws 1,200,000.00
    // on a FRNG of 1,091,508.59 at 1 January: a DM within a month, 15/09/2027 -> 15/10/2027
    assertThat(out).contains("Équilibre réel de l'EPRD 2027 (CASF R314-222) : CAF 398 510,47 €");
    assertThat(out).contains("  comptes[Résidence].resultat : non conforme à CASF R314-222 II 2°")
        .contains("  prélèvement actualisé sur le fonds de roulement supérieur au FRNG disponible au 1er janvier")
        .contains("  décision modificative à présenter au plus tard le 15/10/2027 (CASF R314-229 II)");
  }

  /**
   * The IME extension (W17 put into service on 1 July 2028, by months): 2028 depreciation 20,000 + 5,000, subsidy
   * reprise 5,000, interest accrued on the loan drawn on 1 January 27,000, surcoût 47,000; 2029, the first full year,
   * 50,000 − 10,000 + 25,995.18 = 65,995.18. The PGFP opens on the FRNG of the FEC 2025's à-nouveaux (509,500.00); in
   * 2028 the apport is CAF 374,067.34 + loan 900,000 + subsidy 300,000 − acquisitions 950,000 − capital 125,000 =
   * 499,067.34 and the FRNG 439,704.82 + 499,067.34 = 938,772.16. Unfunded, 2030 forecasts a deficit of 37,094.20
   * that the trajectory absorbs; with the surcoûts in the DGC, 2030 is 37,094.20 + 64,960.21 = 27,866.01.
   */
  @Test
  void theImeExtensionInThePpiAndThePgfp2025To2030() {
    String out = mainOutput();
    assertThat(out).contains("Fonds de roulement                                                                           100 000,00 €")
        .contains("2028           25 000,00 €                  5 000,00 €             27 000,00 €             0,00 €  47 000,00 €")
        .contains("2029           50 000,00 €                 10 000,00 €             25 995,18 €        33 494,14 €  65 995,18 €")
        .contains("  PPI : surcoût 2029                                                                                      65 995,18 €");
    assertThat(out).contains("Apport (+) ou prélèvement (-)   130 970,00 €    164 690,92 €  -365 456,10 €    499 067,34 €")
        .contains("FRNG au 31/12                   640 470,00 €    805 160,92 €   439 704,82 €    938 772,16 €")
        .contains("Résultat                         85 970,00 €    119 690,92 €    89 543,90 €     34 067,34 €      7 370,83 €    -37 094,20 €")
        .contains("FRNG d'ouverture 509 500,00 €, résultat cumulé 299 548,79 € ; la trajectoire absorbe les déficits prévus")
        .contains("Résultat                         85 970,00 €    119 690,92 €    89 543,90 €     81 067,34 €     73 366,01 €     27 866,01 €")
        .contains("FRNG d'ouverture 509 500,00 €, résultat cumulé 477 504,18 € ; aucun déficit prévu");
    // the fiches-actions' means by year: 2026 = the replacement's mesure nouvelle 42,000 + CNR 12,600 + 18,000;
    // from 2027 the SESSAD's 195,000 too; redeployments 27,500 + 84,000 every year
    assertThat(out).contains("2026                                 42 000,00 €  30 600,00 €    111 500,00 €      72 600,00 €  159 000,00 €")
        .contains("2029                                237 000,00 €       0,00 €    111 500,00 €     237 000,00 €  870 000,00 €");
    // the opening of the PGFP is the FRNG the 2025 tableau de financement opens on
    assertThat(org.cpom.finance.FinanceEngine.bilanFinancier(Ledgers.openingBalance(Year.of(2025))).frng())
        .isEqualTo(org.cpom.finance.FinanceEngine.tableauDeFinancement(Ledgers.balance(Year.of(2025))).frngOuverture())
        .isEqualTo(Amount.of("509500.00"));
  }
}
