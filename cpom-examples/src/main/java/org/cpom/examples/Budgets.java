package org.cpom.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpom.budget.Activity;
import org.cpom.budget.ActivityCost;
import org.cpom.budget.Bbz;
import org.cpom.budget.BbzBudget;
import org.cpom.budget.BbzLine;
import org.cpom.budget.Budget;
import org.cpom.budget.BudgetItem;
import org.cpom.budget.BudgetLine;
import org.cpom.budget.DecisionPackage;
import org.cpom.budget.GroupTotals;
import org.cpom.budget.PackageSelection;
import org.cpom.budget.StaffPost;
import org.cpom.budget.TrackingEntry;
import org.cpom.budget.VolumeDriver;
import org.cpom.contract.Cpom;
import org.cpom.dotation.DgcDotation;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.referential.SectionTarifaire;

/**
 * The facts of the association's budget 2025 that no earlier step computes: the IME's budget base zéro (staffing,
 * activity costs, fixed costs, its historical base), the rank of its decision packages, the other lines of the
 * CPOM budget, the monthly actuals tracked and the IME's days for its prix de journée. Staffing, costs and actuals
 * are illustrative. {@link AssociationExample} calls the engines on them.
 */
final class Budgets {
  private Budgets() {}

  static StaffPost post(String qualification, String etp, String gross, String justification) {
    return StaffPost.builder().qualification(qualification).etp(new BigDecimal(etp)).annualCost(Amount.of(gross))
        .employerChargesRate(Rate.ofPercent("38")).gvtRate(Rate.ofPercent("1")).justification(justification).build();
  }

  static ActivityCost cost(String label, String account, String unit, VolumeDriver driver, String justification) {
    return ActivityCost.builder().label(label).account(account).unitCost(Amount.of(unit)).driver(driver)
        .justification(justification).build();
  }

  /**
   * The IME's BBZ 2025: staffing by post, costs by activity driver, fixed costs and other revenue, against its
   * historical base (the 2024 budget), whose dotation line is what the IME received in 2024.
   */
  static Bbz imeBbz(Cpom cpom, Amount dotation2024) {
    Esms ime = cpom.esms(Association.IME.finess()).orElseThrow();
    return Bbz.builder()
        .esms(ime.finess())
        .activity(Activity.of(ime.fundedPlaces(), ime.capacity().get(0).daysOpen(), Rate.ofPercent("95")))
        .addStaffing(post("Directeur", "1.0", "50000.00", "direction de l'établissement"))
        .addStaffing(post("Chef de service éducatif", "1.5", "38500.00", "un cadre par pôle (internat, externat)"))
        .addStaffing(post("Éducateur spécialisé", "12.0", "25200.00", "un éducateur pour 5 jeunes présents"))
        .addStaffing(post("Moniteur-éducateur", "8.0", "22900.00", "encadrement des groupes de vie"))
        .addStaffing(post("Accompagnant éducatif et social", "7.5", "21800.00", "actes de la vie quotidienne, internat"))
        .addStaffing(post("Éducateur technique spécialisé", "2.0", "26000.00", "ateliers préprofessionnels des 14-20 ans"))
        .addStaffing(post("Psychologue", "1.0", "36000.00", "bilans et suivi des projets personnalisés"))
        .addStaffing(post("Orthophoniste", "0.8", "30000.00", "file active de 25 jeunes"))
        .addStaffing(post("Psychomotricien", "1.0", "29000.00", "prises en charge individuelles"))
        .addStaffing(post("Infirmier", "1.2", "29500.00", "traitements et lien avec le médecin"))
        .addStaffing(post("Médecin psychiatre", "0.2", "85000.00", "une demi-journée par semaine"))
        .addStaffing(post("Secrétariat et comptabilité", "2.8", "23000.00", "accueil, dossiers usagers, paie"))
        .addStaffing(post("Services généraux et veille de nuit", "6.0", "21000.00", "cuisine, entretien, deux veilleurs"))
        .addActivityCosts(cost("Repas", "6063", "6.20", VolumeDriver.FORECAST_DAY, "un à trois repas par journée"))
        .addActivityCosts(cost("Blanchissage", "6281", "0.90", VolumeDriver.FORECAST_DAY, "linge de l'internat"))
        .addActivityCosts(cost("Transport des jeunes", "6242", "950.00", VolumeDriver.PLACE, "circuits quotidiens"))
        .addActivityCosts(cost("Fournitures éducatives", "60225", "150.00", VolumeDriver.FORECAST_PERSON, "matériel par jeune"))
        .addFixedCosts(BudgetItem.of("6132", "Loyer", Amount.of("42000.00"), "bail du bâtiment d'internat"))
        .addFixedCosts(BudgetItem.of("60612", "Énergie", Amount.of("31000.00"), "contrats 2025"))
        .addFixedCosts(BudgetItem.of("615", "Entretien et maintenance", Amount.of("15000.00"), "contrats de maintenance"))
        .addFixedCosts(BudgetItem.of("616", "Assurances", Amount.of("8500.00"), "multirisque et responsabilité civile"))
        .addFixedCosts(BudgetItem.of("6811", "Amortissements", Amount.of("39000.00"), "plan d'amortissement"))
        .addFixedCosts(BudgetItem.of("6611", "Intérêts d'emprunt", Amount.of("5400.00"), "tableau d'emprunt"))
        .addFixedCosts(BudgetItem.of("6556", "Frais de siège", Amount.of("48000.00"), "quote-part autorisée du siège"))
        .addOtherRevenue(BudgetItem.of("7081", "Repas du personnel", Amount.of("9500.00"), "repas facturés au personnel"))
        .addOtherRevenue(BudgetItem.of("7484", "Aide à l'apprentissage", Amount.of("6000.00"), "un apprenti éducateur"))
        .addOtherRevenue(BudgetItem.of("777", "Subventions d'investissement virées", Amount.of("4200.00"), "plan de reprise"))
        .addHistoricalBase(BudgetItem.of("64", "Personnel", Amount.of("1642000.00")))
        .addHistoricalBase(BudgetItem.of("6063", "Alimentation", Amount.of("78500.00")))
        .addHistoricalBase(BudgetItem.of("6281", "Blanchissage", Amount.of("10200.00")))
        .addHistoricalBase(BudgetItem.of("6242", "Transport des jeunes", Amount.of("61000.00")))
        .addHistoricalBase(BudgetItem.of("60225", "Fournitures éducatives", Amount.of("9800.00")))
        .addHistoricalBase(BudgetItem.of("6226", "Honoraires", Amount.of("14000.00")))
        .addHistoricalBase(BudgetItem.of("6132", "Loyer", Amount.of("42000.00")))
        .addHistoricalBase(BudgetItem.of("60612", "Énergie", Amount.of("27500.00")))
        .addHistoricalBase(BudgetItem.of("615", "Entretien et maintenance", Amount.of("18200.00")))
        .addHistoricalBase(BudgetItem.of("616", "Assurances", Amount.of("8100.00")))
        .addHistoricalBase(BudgetItem.of("6811", "Amortissements", Amount.of("41500.00")))
        .addHistoricalBase(BudgetItem.of("6611", "Intérêts d'emprunt", Amount.of("6900.00")))
        .addHistoricalBase(BudgetItem.of("6556", "Frais de siège", Amount.of("60000.00")))
        .addHistoricalBase(BudgetItem.of("7312112", "Dotation (quote-part de la DGC)", dotation2024))
        .addHistoricalBase(BudgetItem.of("7081", "Repas du personnel", Amount.of("9000.00")))
        .addHistoricalBase(BudgetItem.of("777", "Subventions d'investissement virées", Amount.of("4200.00")))
        .build();
  }


  /** The increments, in rank order: lines of the BBZ the IME could do without. */
  static final List<String> INCREMENTS = List.of("Orthophoniste", "Éducateur technique spécialisé", "Psychomotricien",
      "Fournitures éducatives");


  /**
   * The IME's decision packages, in rank order: first the socle (what the BBZ needs without the increments), then
   * the increments, lines of the BBZ the IME could do without.
   */
  static List<DecisionPackage> packages(BbzBudget bbz) {
    List<DecisionPackage> increments = new ArrayList<>();
    Amount incrementsTotal = Amount.ZERO;
    for (String label : INCREMENTS) {
      BbzLine line = bbz.lines().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
      increments.add(DecisionPackage.of(label, line.amount(), line.justification()));
      incrementsTotal = incrementsTotal.plus(line.amount());
    }
    List<DecisionPackage> packages = new ArrayList<>();
    packages.add(DecisionPackage.of("Socle : accueil des " + bbz.bbz().activity().places() + " jeunes",
        bbz.tarificationNeeded().minus(incrementsTotal), "taux d'encadrement minimum, sécurité de l'internat"));
    packages.addAll(increments);
    return List.copyOf(packages);
  }

  /** A budget line of an ESMS in its single financement, in a DGC or not. */
  static BudgetLine line(Esms esms, Optional<String> dgc, String account, Amount amount) {
    return lineBuilder(esms, dgc, account, amount).build();
  }

  static BudgetLine.Builder lineBuilder(Esms esms, Optional<String> dgc, String account, Amount amount) {
    return BudgetLine.builder().esms(esms.finess()).section(SectionTarifaire.GLOBAL).funder(esms.fundings().get(0).funder())
        .dgc(dgc).account(account).amount(amount);
  }

  /**
   * The CPOM budget 2025. The IME: the BBZ lines funded, and as tarification the packages funded. The SESSAD and
   * the MAS: their share of the DGC after the DM as tarification, the EPRD presented balanced (their staff costs
   * are what the share and the other revenue leave after the other charges). The foyer de vie, outside the DGC:
   * the Département's figures.
   */
  static List<BudgetLine> cpomBudgetLines(Cpom cpom, BbzBudget bbz, PackageSelection selection, DgcDotation dotation) {
    Optional<String> dgc = Optional.of(dotation.dgc().name());
    Esms ime = cpom.esms(Association.IME.finess()).orElseThrow();
    Esms sessad = cpom.esms(Association.SESSAD.finess()).orElseThrow();
    Esms mas = cpom.esms(Association.MAS.finess()).orElseThrow();
    Esms foyer = cpom.esms(Association.FOYER_DE_VIE.finess()).orElseThrow();
    List<BudgetLine> lines = new ArrayList<>();
    for (BbzLine l : bbz.lines()) {
      if (selection.unfunded().stream().noneMatch(p -> p.label().equals(l.label()))) {
        lines.add(lineBuilder(ime, dgc, l.account(), l.amount()).label(l.label()).build());
      }
    }
    lines.add(lineBuilder(ime, dgc, "7312112", selection.fundedTotal())
        .label("Quote-part de la DGC").build());
    Amount sessadShare = dotation.finalSplit().share(sessad.finess());
    Amount sessadTravel = Amount.of("38000.00");
    Amount sessadRent = Amount.of("36000.00");
    lines.add(line(sessad, dgc, "64", sessadShare.minus(sessadTravel).minus(sessadRent)));
    lines.add(line(sessad, dgc, "6251", sessadTravel));
    lines.add(line(sessad, dgc, "6132", sessadRent));
    lines.add(line(sessad, dgc, "7312112", sessadShare));
    Amount masShare = dotation.finalSplit().share(mas.finess());
    Amount masFood = Amount.of("160000.00");
    Amount masDepreciation = Amount.of("95000.00");
    Amount masMeals = Amount.of("30000.00");
    lines.add(line(mas, dgc, "64", masShare.plus(masMeals).minus(masFood).minus(masDepreciation)));
    lines.add(line(mas, dgc, "6063", masFood));
    lines.add(line(mas, dgc, "6811", masDepreciation));
    lines.add(line(mas, dgc, "7312114", masShare));
    lines.add(line(mas, dgc, "70821", masMeals));
    lines.add(line(foyer, Optional.empty(), "64", Amount.of("1310000.00")));
    lines.add(line(foyer, Optional.empty(), "6063", Amount.of("120000.00")));
    lines.add(line(foyer, Optional.empty(), "6132", Amount.of("70000.00")));
    lines.add(line(foyer, Optional.empty(), "733221", Amount.of("1385000.00")));
    lines.add(line(foyer, Optional.empty(), "70828", Amount.of("115000.00")));
    return List.copyOf(lines);
  }

  /** Actual over budget, month by month, for the illustration: personnel runs over in summer (replacements). */
  static final String[] STAFF_FACTORS = {"1.00", "1.01", "1.00", "1.02", "1.01", "1.03", "1.06", "1.05", "1.02"};

  static List<TrackingEntry> actualOf(FinessNumber esms, GroupeFonctionnel group, Year year, Amount annual,
      String... factors) {
    List<TrackingEntry> actual = new ArrayList<>();
    List<Amount> twelfths = annual.splitTwelfths();
    for (int m = 0; m < 9; m++) {
      String f = factors.length == 1 ? factors[0] : factors[m];
      actual.add(TrackingEntry.of(esms, group, year.atMonth(m + 1), twelfths.get(m).multipliedBy(new BigDecimal(f), RoundingMode.HALF_UP)));
    }
    return actual;
  }


  /** The ESMS the matrice de suivi follows. */
  static final List<Esms> TRACKED = List.of(Association.IME, Association.SESSAD);

  /** The budget of the ESMS followed, in twelfths of each group's annual amount. */
  static List<TrackingEntry> planned(Budget budget, Year year) {
    List<TrackingEntry> planned = new ArrayList<>();
    for (Esms e : TRACKED) {
      GroupTotals totals = budget.byEsms().get(e.finess());
      for (GroupeFonctionnel group : GroupeFonctionnel.values()) {
        Amount annual = totals.amount(group);
        if (!annual.isZero()) {
          planned.addAll(TrackingEntry.twelfths(e.finess(), group, year, annual));
        }
      }
    }
    return planned;
  }

  /**
   * Nine months of actuals of the ESMS followed, illustrative: staff over budget in summer at the IME, other
   * groups by a flat factor.
   */
  static List<TrackingEntry> actual(Budget budget, Year year) {
    List<TrackingEntry> actual = new ArrayList<>();
    for (Esms e : TRACKED) {
      GroupTotals totals = budget.byEsms().get(e.finess());
      for (GroupeFonctionnel group : GroupeFonctionnel.values()) {
        Amount annual = totals.amount(group);
        if (annual.isZero()) {
          continue;
        }
        switch (group) {
          case CHARGES_II_PERSONNEL:
            actual.addAll(e == Association.IME ? actualOf(e.finess(), group, year, annual, STAFF_FACTORS)
                : actualOf(e.finess(), group, year, annual, "0.97"));
            break;
          case CHARGES_I_EXPLOITATION_COURANTE:
            actual.addAll(actualOf(e.finess(), group, year, annual, "0.94"));
            break;
          case PRODUITS_II_AUTRES_PRODUITS:
            actual.addAll(actualOf(e.finess(), group, year, annual, "0.80"));
            break;
          default:
            actual.addAll(actualOf(e.finess(), group, year, annual, "1"));
        }
      }
    }
    return actual;
  }

  /** An earlier surplus of the IME the prix de journée deducts (R314-51 II 1°). */
  static final Amount EARLIER_SURPLUS = Amount.of("18000.00");

  /** The IME's actual days of the three previous years, the prix de journée's day basis (R314-113). */
  static final Map<Year, Long> IME_ACTUAL_DAYS =
      Map.of(Year.of(2022), 11_780L, Year.of(2023), 11_920L, Year.of(2024), 12_010L);
}
