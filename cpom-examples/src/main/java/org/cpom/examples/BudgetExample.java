package org.cpom.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpom.budget.AccountMapping;
import org.cpom.budget.Activity;
import org.cpom.budget.ActivityCost;
import org.cpom.budget.Bbz;
import org.cpom.budget.BbzBudget;
import org.cpom.budget.BbzLine;
import org.cpom.budget.Budget;
import org.cpom.budget.BudgetEngine;
import org.cpom.budget.BudgetItem;
import org.cpom.budget.BudgetLine;
import org.cpom.budget.DayBasis;
import org.cpom.budget.DecisionPackage;
import org.cpom.budget.Enveloppe;
import org.cpom.budget.FillRule;
import org.cpom.budget.ForecastMethod;
import org.cpom.budget.Gap;
import org.cpom.budget.GroupTotals;
import org.cpom.budget.IncorporatedResult;
import org.cpom.budget.MatriceDeSuivi;
import org.cpom.budget.MonthCell;
import org.cpom.budget.PackageSelection;
import org.cpom.budget.PrixDeJournee;
import org.cpom.budget.StaffPost;
import org.cpom.budget.TrackingEntry;
import org.cpom.budget.TrackingRow;
import org.cpom.budget.VolumeDriver;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.Esms;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.GroupeFonctionnel;

/**
 * The budget side of the association's CPOM: a budget base zéro of the IME against its historical base, its
 * decision packages within the IME's share of the DGC, the three views of the CPOM budget, the tracking
 * matrix at the end of September, and the notional prix de journée of R314-113. Figures are illustrative.
 */
public final class BudgetExample {
  static final Year YEAR = Year.of(2025);
  static final Amount IME_ENVELOPPE = Amount.of("1821600.00");
  static final String DGC_ARS = "DGC ARS 2025";
  static final AccountMapping MAPPING = AccountMapping.standard();

  private BudgetExample() {}

  /**
   * Prints the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Prints the budget example.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    BbzBudget bbz = BudgetEngine.compute(imeBbz(), MAPPING);
    printBbz(out, bbz);
    PackageSelection selection = printPackages(out, bbz);
    Budget budget = cpomBudget(bbz, selection);
    printViews(out, budget);
    printTracking(out, budget);
    printPrixDeJournee(out, budget);
  }

  // ---------------------------------------------------------------------------------------------------
  // the BBZ of the IME

  static StaffPost post(String qualification, String etp, String gross, String justification) {
    return StaffPost.builder().qualification(qualification).etp(new BigDecimal(etp)).annualCost(Amount.of(gross))
        .employerChargesRate(Rate.ofPercent("38")).gvtRate(Rate.ofPercent("1")).justification(justification).build();
  }

  static ActivityCost cost(String label, String account, String unit, VolumeDriver driver, String justification) {
    return ActivityCost.builder().label(label).account(account).unitCost(Amount.of(unit)).driver(driver)
        .justification(justification).build();
  }

  static Bbz imeBbz() {
    Esms ime = Association.IME;
    return Bbz.builder()
        .esms(ime.finess())
        .activity(Activity.of(ime.fundedPlaces(), 210, Rate.ofPercent("95")))
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
        .addHistoricalBase(BudgetItem.of("7312112", "Dotation (quote-part de la DGC)", Amount.of("1795000.00")))
        .addHistoricalBase(BudgetItem.of("7081", "Repas du personnel", Amount.of("9000.00")))
        .addHistoricalBase(BudgetItem.of("777", "Subventions d'investissement virées", Amount.of("4200.00")))
        .build();
  }

  static void printBbz(PrintStream out, BbzBudget r) {
    Activity a = r.bbz().activity();
    title(out, "Budget base zéro " + YEAR + " - " + Association.IME.name());
    out.println("Activity: " + a.places() + " places x " + a.daysOpen() + " days x "
        + a.expectedOccupancy().toPercent().toPlainString() + " % = " + a.forecastDays().stripTrailingZeros().toPlainString()
        + " forecast days; staffing " + r.totalEtp().toPlainString() + " ETP");
    out.println();
    TextTable.Builder t = TextTable.builder().left("Line").left("Account").right("Amount").left("Computation");
    for (BbzLine l : r.lines()) {
      t.row(l.label(), l.account(), money(l.amount()), l.computation());
    }
    out.print(t.build().render());
    out.println();
    TextTable.Builder g = TextTable.builder().left("Groupe fonctionnel").right("Base").right("BBZ").right("Gap")
        .right("Gap %");
    for (Gap gap : r.gapsByGroup()) {
      g.row(group(gap.group()), money(gap.base()), money(gap.proposed()), money(gap.difference()), pct(gap.percent()));
    }
    out.print(g.build().render());
    out.println();
    out.println("Total charges " + money(r.totalCharges()) + ", other revenue " + money(r.otherRevenue())
        + ", tarification needed " + money(r.tarificationNeeded()));
    out.println("Cost per place " + money(r.costPerPlace()) + ", per day " + money(r.costPerDay())
        + "; tarification per place " + money(r.tarificationPerPlace()) + ", per day " + money(r.tarificationPerDay()));
    out.println();
    TextTable.Builder l = TextTable.builder().left("Account").left("Gap by line").right("Base").right("BBZ").right("Gap")
        .right("Gap %");
    for (Gap gap : r.gapsByLine()) {
      l.row(gap.account().orElseThrow(), gap.label(), money(gap.base()), money(gap.proposed()), money(gap.difference()),
          pct(gap.percent()));
    }
    out.print(l.build().render());
  }

  // ---------------------------------------------------------------------------------------------------
  // decision packages

  /** The increments, in rank order: lines of the BBZ the IME could do without. */
  static final List<String> INCREMENTS = List.of("Orthophoniste", "Éducateur technique spécialisé", "Psychomotricien",
      "Fournitures éducatives");

  static PackageSelection printPackages(PrintStream out, BbzBudget bbz) {
    List<DecisionPackage> increments = new ArrayList<>();
    Amount incrementsTotal = Amount.ZERO;
    for (String label : INCREMENTS) {
      BbzLine line = bbz.lines().stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
      increments.add(DecisionPackage.of(label, line.amount(), line.justification()));
      incrementsTotal = incrementsTotal.plus(line.amount());
    }
    DecisionPackage socle = DecisionPackage.of("Socle: accueil des 60 jeunes", bbz.tarificationNeeded().minus(incrementsTotal),
        "taux d'encadrement minimum, sécurité de l'internat");
    PackageSelection strict = BudgetEngine.select(socle, increments, IME_ENVELOPPE);
    PackageSelection skip = BudgetEngine.select(socle, increments, IME_ENVELOPPE, FillRule.SKIP_MISFITS);
    out.println();
    title(out, "Decision packages within the IME's share of the DGC: " + money(IME_ENVELOPPE));
    TextTable.Builder t = TextTable.builder().left("Package (rank order)").right("Cost").right("Default")
        .right("Skip option");
    List<DecisionPackage> all = new ArrayList<>();
    all.add(socle);
    all.addAll(increments);
    for (DecisionPackage p : all) {
      t.row(p.label(), money(p.cost()), strict.funded().contains(p) ? "funded" : "-",
          skip.funded().contains(p) ? "funded" : "-");
    }
    t.row("Funded", "", money(strict.fundedTotal()), money(skip.fundedTotal()));
    t.row("Enveloppe left", "", money(strict.enveloppeLeft()), money(skip.enveloppeLeft()));
    t.row("Unfunded", "", money(strict.unfundedTotal()), money(skip.unfundedTotal()));
    out.print(t.build().render());
    return strict;
  }

  // ---------------------------------------------------------------------------------------------------
  // the three views of the CPOM budget

  static BudgetLine line(Esms esms, String dgc, String account, String euros) {
    return BudgetLine.builder().esms(esms.finess()).section(SectionTarifaire.GLOBAL).funder(esms.fundings().get(0).funder())
        .dgc(Optional.ofNullable(dgc)).account(account).amount(Amount.of(euros)).build();
  }

  static Budget cpomBudget(BbzBudget bbz, PackageSelection selection) {
    List<BudgetLine> lines = new ArrayList<>();
    Esms ime = Association.IME;
    Funder am = ime.fundings().get(0).funder();
    for (BbzLine l : bbz.lines()) {
      if (!selection.unfunded().stream().anyMatch(p -> p.label().equals(l.label()))) {
        lines.add(BudgetLine.builder().esms(ime.finess()).section(SectionTarifaire.GLOBAL).funder(am).dgc(DGC_ARS)
            .account(l.account()).amount(l.amount()).label(l.label()).build());
      }
    }
    lines.add(BudgetLine.builder().esms(ime.finess()).section(SectionTarifaire.GLOBAL).funder(am).dgc(DGC_ARS)
        .account("7312112").amount(selection.fundedTotal()).label("Quote-part de la DGC").build());
    lines.add(line(Association.SESSAD, DGC_ARS, "64", "820000.00"));
    lines.add(line(Association.SESSAD, DGC_ARS, "6251", "38000.00"));
    lines.add(line(Association.SESSAD, DGC_ARS, "6132", "36000.00"));
    lines.add(line(Association.SESSAD, DGC_ARS, "7312112", "894000.00"));
    lines.add(line(Association.MAS, DGC_ARS, "64", "2480000.00"));
    lines.add(line(Association.MAS, DGC_ARS, "6063", "160000.00"));
    lines.add(line(Association.MAS, DGC_ARS, "6811", "95000.00"));
    lines.add(line(Association.MAS, DGC_ARS, "7312114", "2705000.00"));
    lines.add(line(Association.MAS, DGC_ARS, "70821", "30000.00"));
    lines.add(line(Association.FOYER_DE_VIE, null, "64", "1310000.00"));
    lines.add(line(Association.FOYER_DE_VIE, null, "6063", "120000.00"));
    lines.add(line(Association.FOYER_DE_VIE, null, "6132", "70000.00"));
    lines.add(line(Association.FOYER_DE_VIE, null, "733221", "1385000.00"));
    lines.add(line(Association.FOYER_DE_VIE, null, "70828", "115000.00"));
    return BudgetEngine.classify(lines, Association.ALL_ESMS, MAPPING);
  }

  static void printViews(PrintStream out, Budget budget) {
    out.println();
    title(out, "CPOM budget " + YEAR + ": three views of the same lines (IME as funded above)");
    TextTable.Builder t = TextTable.builder().left("View").right("Charges").right("Produits").right("Result");
    for (Esms e : budget.esms()) {
      GroupTotals g = budget.byEsms().get(e.finess());
      t.row("ESMS " + e.name(), money(g.charges()), money(g.produits()), money(g.result()));
    }
    for (Map.Entry<Enveloppe, GroupTotals> e : budget.byEnveloppe().entrySet()) {
      GroupTotals g = e.getValue();
      t.row("Enveloppe " + e.getKey(), money(g.charges()), money(g.produits()), money(g.result()));
    }
    GroupTotals g = budget.global();
    t.row("Global CPOM", money(g.charges()), money(g.produits()), money(g.result()));
    out.print(t.build().render());
  }

  // ---------------------------------------------------------------------------------------------------
  // tracking at the end of September

  /** Actual over budget, month by month, for the illustration: personnel runs over in summer (replacements). */
  static final String[] STAFF_FACTORS = {"1.00", "1.01", "1.00", "1.02", "1.01", "1.03", "1.06", "1.05", "1.02"};

  static List<TrackingEntry> actualOf(FinessNumber esms, GroupeFonctionnel group, Amount annual, String... factors) {
    List<TrackingEntry> actual = new ArrayList<>();
    List<Amount> twelfths = annual.splitTwelfths();
    for (int m = 0; m < 9; m++) {
      String f = factors.length == 1 ? factors[0] : factors[m];
      actual.add(TrackingEntry.of(esms, group, YEAR.atMonth(m + 1), twelfths.get(m).multipliedBy(new BigDecimal(f), RoundingMode.HALF_UP)));
    }
    return actual;
  }

  static void printTracking(PrintStream out, Budget budget) {
    List<TrackingEntry> planned = new ArrayList<>();
    List<TrackingEntry> actual = new ArrayList<>();
    for (Esms e : List.of(Association.IME, Association.SESSAD)) {
      GroupTotals totals = budget.byEsms().get(e.finess());
      for (GroupeFonctionnel group : GroupeFonctionnel.values()) {
        Amount annual = totals.amount(group);
        if (annual.isZero()) {
          continue;
        }
        planned.addAll(TrackingEntry.twelfths(e.finess(), group, YEAR, annual));
        switch (group) {
          case CHARGES_II_PERSONNEL:
            actual.addAll(e == Association.IME ? actualOf(e.finess(), group, annual, STAFF_FACTORS)
                : actualOf(e.finess(), group, annual, "0.97"));
            break;
          case CHARGES_I_EXPLOITATION_COURANTE:
            actual.addAll(actualOf(e.finess(), group, annual, "0.94"));
            break;
          case PRODUITS_II_AUTRES_PRODUITS:
            actual.addAll(actualOf(e.finess(), group, annual, "0.80"));
            break;
          default:
            actual.addAll(actualOf(e.finess(), group, annual, "1"));
        }
      }
    }
    YearMonth september = YEAR.atMonth(Month.SEPTEMBER);
    MatriceDeSuivi matrix = BudgetEngine.track(planned, actual, september);
    out.println();
    title(out, "Matrice de suivi budgétaire at the end of September " + YEAR + " (forecast: actual + remaining budget)");
    TextTable.Builder t = TextTable.builder().left("ESMS").left("Group").right("Annual budget").right("Budget to date")
        .right("Actual to date").right("Gap").right("Gap %").right("Forecast").right("Forecast gap");
    for (TrackingRow r : matrix.rows()) {
      trackingRow(t, r.esms().map(f -> f.equals(Association.IME.finess()) ? "IME" : "SESSAD").orElseThrow(), r);
    }
    for (TrackingRow r : matrix.consolidated()) {
      trackingRow(t, "CPOM", r);
    }
    out.print(t.build().render());
    out.println();
    out.println("IME, Charges II personnel, month by month:");
    TrackingRow imeStaff = matrix.row(Association.IME.finess(), GroupeFonctionnel.CHARGES_II_PERSONNEL).orElseThrow();
    TextTable.Builder months = TextTable.builder().left("Month").right("Budget").right("Actual").right("Gap")
        .right("Gap %");
    for (MonthCell c : imeStaff.months()) {
      months.row(c.month(), money(c.budget()), c.actual().map(BudgetExample::money).orElse("-"),
          c.gap().map(BudgetExample::money).orElse("-"), c.actual().isPresent() ? pct(c.gapPercent()) : "-");
    }
    out.print(months.build().render());
    MatriceDeSuivi extrapolated = BudgetEngine.track(planned, actual, september,
        ForecastMethod.EXTRAPOLATED_ACTUAL);
    TrackingRow staff = extrapolated.row(Association.IME.finess(), GroupeFonctionnel.CHARGES_II_PERSONNEL).orElseThrow();
    out.println("IME personnel extrapolated (actual x 12 / 9): " + money(staff.forecast()) + ", gap "
        + money(staff.forecastGap()) + " (" + pct(staff.forecastGapPercent()) + ")");
  }

  static void trackingRow(TextTable.Builder t, String esms, TrackingRow r) {
    t.row(esms, group(r.group()), money(r.annualBudget()), money(r.budgetToDate()), money(r.actualToDate()),
        money(r.gapToDate()), pct(r.gapToDatePercent()), money(r.forecast()), money(r.forecastGap()));
  }

  // ---------------------------------------------------------------------------------------------------
  // prix de journée (R314-112: computed for information even under a dotation)

  static void printPrixDeJournee(PrintStream out, Budget budget) {
    GroupTotals ime = budget.byEsms().get(Association.IME.finess());
    DayBasis days = DayBasis.averageOfPreviousYears(YEAR,
        Map.of(Year.of(2022), 11_780L, Year.of(2023), 11_920L, Year.of(2024), 12_010L));
    PrixDeJournee pj = BudgetEngine.prixDeJournee(ime.charges(), IncorporatedResult.surplus(Amount.of("18000.00")),
        ime.amount(GroupeFonctionnel.PRODUITS_II_AUTRES_PRODUITS).plus(ime.amount(GroupeFonctionnel.PRODUITS_III_FINANCIERS)),
        days);
    out.println();
    title(out, "Prix de journée of the IME as funded (CASF R314-113)");
    out.println("Charges and other revenue: the IME's lines of the CPOM budget above; an earlier surplus of 18 000.00");
    out.println("is deducted; days: 11 780, 11 920 and 12 010 actual days in 2022, 2023 and 2024.");
    TextTable.Builder t = TextTable.builder().left("Step").right("Amount").left("Basis");
    pj.trace().steps().forEach(s -> t.row(s.label(java.util.Locale.FRENCH), money(s.amount()), s.basis().text()));
    out.print(t.build().render());
  }

  // ---------------------------------------------------------------------------------------------------
  // formatting: fixed, locale-free

  static void title(PrintStream out, String text) {
    out.print(SectionPrinter.title(text));
  }

  static String group(GroupeFonctionnel g) {
    switch (g) {
      case CHARGES_I_EXPLOITATION_COURANTE:
        return "Charges I exploitation";
      case CHARGES_II_PERSONNEL:
        return "Charges II personnel";
      case CHARGES_III_STRUCTURE:
        return "Charges III structure";
      case PRODUITS_I_TARIFICATION:
        return "Produits I tarification";
      case PRODUITS_II_AUTRES_PRODUITS:
        return "Produits II autres";
      default:
        return "Produits III financiers";
    }
  }

  static String money(Amount amount) {
    return Formats.amount(amount);
  }

  /** A gap as a percentage, or "n/a" when its base is zero. */
  static String pct(Optional<Rate> rate) {
    return rate.map(Formats::percent).orElse("n/a");
  }
}
