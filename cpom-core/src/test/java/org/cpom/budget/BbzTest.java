package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_III_STRUCTURE;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_II_PERSONNEL;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_III_FINANCIERS;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_II_AUTRES_PRODUITS;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_I_TARIFICATION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;
import org.junit.jupiter.api.Test;

class BbzTest {
  static final AccountMapping MAPPING = AccountMapping.standard();
  static final FinessNumber ESMS = FinessNumber.of("690000011");

  static StaffPost.Builder post(String qualification, String etp, String annualCost, String charges, String gvt) {
    return StaffPost.builder().qualification(qualification).etp(new BigDecimal(etp)).annualCost(Amount.of(annualCost))
        .employerChargesRate(Rate.ofPercent(charges)).gvtRate(Rate.ofPercent(gvt)).justification("needed");
  }

  @Test
  void aPostOf2Point5EtpAt38000With45PercentChargesAnd1PercentGvtCosts139127Point50() {
    StaffPost post = post("Éducateur spécialisé", "2.5", "38000.00", "45", "1").build();
    // 38,000 x 2.5 = 95,000; x 1.45 = 137,750; x 1.01 = 139,127.50
    assertThat(post.cost()).isEqualTo(Amount.of("139127.50"));
    assertThat(post.account()).isEqualTo("64");
  }

  @Test
  void aPostIsRoundedOnceAtTheEnd() {
    // exact 31,730.6153...: rounding after each factor would give 31,730.61
    StaffPost post = post("Moniteur-éducateur", "0.7", "31234.57", "42.7", "1.7").build();
    assertThat(post.cost()).isEqualTo(Amount.of("31730.62"));
    assertThat(post("Sans GVT", "1", "30000.00", "40", "0").build().cost()).isEqualTo(Amount.of("42000.00"));
    assertThat(StaffPost.builder().qualification("Défaut").etp(BigDecimal.ONE).annualCost(Amount.of("100.00"))
        .employerChargesRate(Rate.ZERO).justification("x").build().gvtRate()).isEqualTo(Rate.ZERO);
    assertThat(post("GVT négatif", "1", "30000.00", "0", "-2").build().cost()).isEqualTo(Amount.of("29400.00"));
    assertThat(post("Vacant", "0", "30000.00", "45", "1").build().cost()).isEqualTo(Amount.ZERO);
  }

  @Test
  void activityGivesForecastDaysAndPeople() {
    Activity a = Activity.of(60, 210, Rate.ofPercent("95"));
    assertThat(a.theoreticalDays()).isEqualTo(12_600);
    assertThat(a.forecastDays()).isEqualByComparingTo("11970");
    assertThat(a.forecastPeople()).isEqualByComparingTo("57");
    Activity odd = Activity.of(7, 13, Rate.ofPercent("33"));
    assertThat(odd.forecastDays()).isEqualByComparingTo("30.03");
    ActivityCost perDay = ActivityCost.builder().label("Goûters").account("6063").unitCost(Amount.of("1.50"))
        .driver(VolumeDriver.FORECAST_DAY).justification("1 par jour").build();
    assertThat(perDay.cost(odd)).isEqualTo(Amount.of("45.05")); // 45.045 rounded HALF_UP once
    assertThat(Activity.of(1, 366, Rate.ONE).forecastDays()).isEqualByComparingTo("366");
  }

  static Bbz.Builder worked() {
    return Bbz.builder().esms(ESMS).activity(Activity.of(20, 200, Rate.ofPercent("90")))
        .addStaffing(post("Éducateur spécialisé", "3", "30000.00", "40", "1").justification("1 éducateur pour 7 jeunes").build())
        .addStaffing(post("Psychologue", "0.5", "44000.00", "45", "0").justification("bilans annuels").build())
        .addStaffing(post("Intérim", "1", "10000.00", "0", "0").account("621").justification("remplacements").build())
        .addActivityCosts(ActivityCost.builder().label("Repas").account("6063").unitCost(Amount.of("6.45"))
            .driver(VolumeDriver.FORECAST_DAY).justification("un repas par journée").build())
        .addActivityCosts(ActivityCost.builder().label("Transport").account("6242").unitCost(Amount.of("1234.56"))
            .driver(VolumeDriver.PLACE).justification("circuit par place").build())
        .addActivityCosts(ActivityCost.builder().label("Fournitures").account("6068").unitCost(Amount.of("33.33"))
            .driver(VolumeDriver.FORECAST_PERSON).justification("kit annuel").build())
        .addFixedCosts(BudgetItem.of("613", "Loyer", Amount.of("36000.00"), "bail 2024"))
        .addFixedCosts(BudgetItem.of("6811", "Amortissements", Amount.of("12000.00"), "plan d'amortissement"))
        .addFixedCosts(BudgetItem.of("6556", "Frais de siège", Amount.of("8500.00"), "quote-part autorisée"))
        .addFixedCosts(BudgetItem.of("6611", "Intérêts", Amount.of("1500.00"), "tableau d'emprunt"))
        .addOtherRevenue(BudgetItem.of("70822", "Participations", Amount.of("4000.00"), "barème"))
        .addOtherRevenue(BudgetItem.of("78", "Reprise de provision", Amount.of("1000.00"), "provision devenue sans objet"))
        .addHistoricalBase(BudgetItem.of("64", "Salaires et charges", Amount.of("150000.00")))
        .addHistoricalBase(BudgetItem.of("6063", "Alimentation", Amount.of("25000.00")))
        .addHistoricalBase(BudgetItem.of("613", "Loyer", Amount.of("36000.00")))
        .addHistoricalBase(BudgetItem.of("6226", "Honoraires", Amount.of("5000.00")))
        .addHistoricalBase(BudgetItem.of("73", "Dotation globale", Amount.of("262000.00")))
        .addHistoricalBase(BudgetItem.of("70822", "Participations", Amount.of("4500.00")));
  }

  @Test
  void aWorkedBbzRebuildsTheBudgetFromItsDrivers() {
    BbzBudget r = BudgetEngine.compute(worked().build(), MAPPING);

    assertThat(r.lines()).extracting(BbzLine::amount).containsExactly(
        Amount.of("127260.00"), Amount.of("31900.00"), Amount.of("10000.00"), // 90,000 x 1.40 x 1.01; 22,000 x 1.45
        Amount.of("23220.00"), Amount.of("24691.20"), Amount.of("599.94"),   // 6.45 x 3,600; 1,234.56 x 20; 33.33 x 18
        Amount.of("36000.00"), Amount.of("12000.00"), Amount.of("8500.00"), Amount.of("1500.00"),
        Amount.of("4000.00"), Amount.of("1000.00"));
    assertThat(r.lines()).extracting(BbzLine::kind).containsSubsequence(BbzLine.Kind.STAFF, BbzLine.Kind.ACTIVITY,
        BbzLine.Kind.FIXED, BbzLine.Kind.OTHER_REVENUE);
    BbzLine first = r.lines().get(0);
    assertThat(first.computation()).isEqualTo("3 ETP x 30000.00 x (1 + 40 %) x (1 + 1 %)");
    assertThat(first.group()).isEqualTo(CHARGES_II_PERSONNEL);
    assertThat(first.justification()).isEqualTo("1 éducateur pour 7 jeunes");
    assertThat(r.lines()).extracting(BbzLine::computation).containsSequence("6.45 x 3600 forecast days",
        "1234.56 x 20 places", "33.33 x 18 forecast people");
    assertThat(r.lines().get(2).group()).isEqualTo(CHARGES_II_PERSONNEL);

    GroupTotals t = r.totals();
    assertThat(t.amount(CHARGES_I_EXPLOITATION_COURANTE)).isEqualTo(Amount.of("48511.14"));
    assertThat(t.amount(CHARGES_II_PERSONNEL)).isEqualTo(Amount.of("169160.00"));
    assertThat(t.amount(CHARGES_III_STRUCTURE)).isEqualTo(Amount.of("58000.00"));
    assertThat(r.totalCharges()).isEqualTo(Amount.of("275671.14"));
    assertThat(r.otherRevenue()).isEqualTo(Amount.of("5000.00"));
    assertThat(r.tarificationNeeded()).isEqualTo(Amount.of("270671.14"));
    assertThat(t.amount(PRODUITS_I_TARIFICATION)).isEqualTo(Amount.of("270671.14"));
    assertThat(t.result()).isEqualTo(Amount.ZERO);
    assertThat(r.totalEtp()).isEqualByComparingTo("4.5");
    assertThat(r.costPerPlace()).isEqualTo(Amount.of("13783.56"));        // 275,671.14 / 20 = 13,783.557
    assertThat(r.costPerDay()).isEqualTo(Amount.of("76.58"));             // / 3,600 = 76.5753
    assertThat(r.tarificationPerPlace()).isEqualTo(Amount.of("13533.56")); // 270,671.14 / 20 = 13,533.557
    assertThat(r.tarificationPerDay()).isEqualTo(Amount.of("75.19"));     // / 3,600 = 75.1864
    assertThat(r.trace().steps()).extracting(s -> s.amount()).containsExactly(Amount.of("48511.14"),
        Amount.of("169160.00"), Amount.of("58000.00"), Amount.of("275671.14"), Amount.of("-5000.00"), Amount.of("270671.14"));
    assertThat(r.trace().steps().get(0).basis().text()).contains("cpom convention");
    assertThat(r.bbz().esms()).isEqualTo(ESMS);
    assertThat(r.toString()).contains("275671.14");
  }

  @Test
  void gapsToTheHistoricalBaseByGroup() {
    BbzBudget r = BudgetEngine.compute(worked().build(), MAPPING);
    assertThat(r.baseTotals().amount(CHARGES_II_PERSONNEL)).isEqualTo(Amount.of("155000.00"));
    List<Gap> gaps = r.gapsByGroup();
    assertThat(gaps).extracting(Gap::group).containsExactly(CHARGES_I_EXPLOITATION_COURANTE, CHARGES_II_PERSONNEL,
        CHARGES_III_STRUCTURE, PRODUITS_I_TARIFICATION, PRODUITS_II_AUTRES_PRODUITS, PRODUITS_III_FINANCIERS);
    assertThat(gaps).extracting(Gap::difference).containsExactly(Amount.of("23511.14"), Amount.of("14160.00"),
        Amount.of("22000.00"), Amount.of("8671.14"), Amount.of("-500.00"), Amount.of("1000.00"));
    assertThat(gaps.get(0).percent()).contains(Rate.ofFraction("0.9404456"));
    assertThat(percent(gaps.get(1))).isEqualByComparingTo("9.14");
    assertThat(percent(gaps.get(2))).isEqualByComparingTo("61.11");
    assertThat(percent(gaps.get(3))).isEqualByComparingTo("3.31");
    assertThat(percent(gaps.get(4))).isEqualByComparingTo("-11.11");
    assertThat(gaps.get(5).percent()).as("base zero: no percentage").isEmpty();
    assertThat(gaps.get(5).base()).isEqualTo(Amount.ZERO);
    assertThat(gaps.get(1).justifications()).containsExactly("Éducateur spécialisé: 1 éducateur pour 7 jeunes",
        "Psychologue: bilans annuels", "Intérim: remplacements");
    assertThat(gaps.get(1).account()).isEmpty();
    assertThat(gaps.get(3).justifications()).isEmpty();
  }

  @Test
  void gapsToTheHistoricalBaseByLine() {
    BbzBudget r = BudgetEngine.compute(worked().build(), MAPPING);
    List<Gap> gaps = r.gapsByLine();
    assertThat(gaps).extracting(g -> g.account().orElseThrow()).containsExactly(
        "6063", "6068", "6242", "621", "6226", "64", "613", "6556", "6611", "6811", "70822", "78");
    Gap meals = gaps.get(0);
    assertThat(meals.label()).isEqualTo("Alimentation");
    assertThat(meals.base()).isEqualTo(Amount.of("25000.00"));
    assertThat(meals.proposed()).isEqualTo(Amount.of("23220.00"));
    assertThat(meals.difference()).isEqualTo(Amount.of("-1780.00"));
    assertThat(meals.percent()).contains(Rate.ofPercent("-7.12"));
    assertThat(meals.justifications()).containsExactly("Repas: un repas par journée");
    Gap supplies = gaps.get(1);
    assertThat(supplies.label()).as("no base line, one BBZ line: its label").isEqualTo("Fournitures");
    assertThat(supplies.percent()).isEmpty();
    Gap fees = gaps.get(4);
    assertThat(fees.proposed()).isEqualTo(Amount.ZERO);
    assertThat(fees.percent()).contains(Rate.ofPercent("-100"));
    assertThat(fees.justifications()).isEmpty();
    Gap staff = gaps.get(5);
    assertThat(staff.proposed()).isEqualTo(Amount.of("159160.00"));
    assertThat(percent(staff)).isEqualByComparingTo("6.11");
    assertThat(gaps.get(6).difference()).isEqualTo(Amount.ZERO);
    assertThat(gaps.get(6).percent()).contains(Rate.ZERO);
    assertThat(gaps).noneMatch(g -> g.group() == PRODUITS_I_TARIFICATION);
    assertThat(gaps.get(11).group()).isEqualTo(PRODUITS_III_FINANCIERS);
  }

  @Test
  void aNegativeBaseStillGivesThePercentageTheSignOfTheChange() {
    Bbz bbz = Bbz.builder().esms(ESMS).activity(Activity.of(1, 1, Rate.ONE))
        .addHistoricalBase(BudgetItem.of("6096", "Remises obtenues", Amount.of("-200.00"))).build();
    Gap gap = BudgetEngine.compute(bbz, MAPPING).gapsByLine().get(0);
    assertThat(gap.difference()).isEqualTo(Amount.of("200.00"));
    assertThat(gap.percent()).contains(Rate.ofPercent("100"));
  }

  @Test
  void severalLinesOnAnAccountWithoutBaseTakeTheMappingsLabel() {
    Bbz bbz = Bbz.builder().esms(ESMS).activity(Activity.of(1, 1, Rate.ONE))
        .addFixedCosts(BudgetItem.of("6132", "Loyer A", Amount.of("10.00"), "bail A"))
        .addFixedCosts(BudgetItem.of("6132", "Loyer B", Amount.of("5.00"), "bail B")).build();
    Gap gap = BudgetEngine.compute(bbz, MAPPING).gapsByLine().get(0);
    assertThat(gap.label()).isEqualTo("Locations");
    assertThat(gap.proposed()).isEqualTo(Amount.of("15.00"));
    assertThat(gap.justifications()).containsExactly("Loyer A: bail A", "Loyer B: bail B");
  }

  @Test
  void anEmptyBbzIsAllZero() {
    BbzBudget r = BudgetEngine.compute(Bbz.builder().esms(ESMS).activity(Activity.of(10, 100, Rate.ofPercent("50"))).build(), MAPPING);
    assertThat(r.lines()).isEmpty();
    assertThat(r.totals()).isEqualTo(GroupTotals.ZERO);
    assertThat(r.tarificationNeeded()).isEqualTo(Amount.ZERO);
    assertThat(r.costPerDay()).isEqualTo(Amount.ZERO);
    assertThat(r.gapsByLine()).isEmpty();
    assertThat(r.gapsByGroup()).hasSize(6).allMatch(g -> g.percent().isEmpty());
    assertThat(r.totalEtp()).isEqualByComparingTo("0");
  }

  @Test
  void badActivityIsRejected() {
    assertBad(() -> Activity.of(60, 210, Rate.ofPercent("100.01")), "activity.expectedOccupancy", "at most 100 %");
    assertBad(() -> Activity.of(60, 210, Rate.ZERO), "activity.expectedOccupancy", "above 0");
    assertBad(() -> Activity.of(0, 210, Rate.ONE), "activity.places", "must be positive");
    assertBad(() -> Activity.of(60, 0, Rate.ONE), "activity.daysOpen", "1 to 366");
    assertBad(() -> Activity.of(60, 367, Rate.ONE), "activity.daysOpen", "1 to 366");
  }

  @Test
  void badPostsAreRejected() {
    assertBad(() -> post("Éduc", "-0.5", "30000.00", "45", "1").build(), "staffPost.etp", "must not be negative");
    assertBad(() -> post("Éduc", "1", "-1.00", "45", "1").build(), "staffPost.annualCost", "must not be negative");
    assertBad(() -> post("Éduc", "1", "30000.00", "-1", "1").build(), "staffPost.employerChargesRate", "must not be negative");
    assertBad(() -> post("Éduc", "1", "30000.00", "45", "-100").build(), "staffPost.gvtRate", "above -100 %");
    assertBad(() -> post(" ", "1", "30000.00", "45", "1").build(), "staffPost.qualification", "blank");
    assertBad(() -> post("Éduc", "1", "30000.00", "45", "1").justification("").build(), "staffPost.justification", "blank");
    assertBad(() -> post("Éduc", "1", "30000.00", "45", "1").account("64x").build(), "staffPost.account", "digits");
    assertBad(() -> ActivityCost.builder().label("Repas").account("6063").unitCost(Amount.of("-1.00"))
        .driver(VolumeDriver.PLACE).justification("x").build(), "activityCost.unitCost", "must not be negative");
  }

  @Test
  void badBbzItemsAreRejected() {
    assertBad(() -> worked().addFixedCosts(BudgetItem.of("613", "Garage", Amount.of("100.00"))).build(),
        "bbz.fixedCosts[4].justification", "needs a justification");
    assertBad(() -> worked().addFixedCosts(BudgetItem.of("613", "Garage", Amount.of("-100.00"), "x")).build(),
        "bbz.fixedCosts[4].amount", "must not be negative");
    assertBad(() -> worked().addOtherRevenue(BudgetItem.of("764", "Intérêts", Amount.of("10.00"))).build(),
        "bbz.otherRevenue[2].justification", "needs a justification");
    assertBad(() -> BudgetEngine.compute(worked().addOtherRevenue(BudgetItem.of("73", "Dotation", Amount.of("10.00"), "x")).build(), MAPPING),
        "bbz.otherRevenue[2].account", "groupe II or III, not PRODUITS_I_TARIFICATION");
    assertBad(() -> BudgetEngine.compute(worked().addFixedCosts(BudgetItem.of("70", "Vente", Amount.of("10.00"), "x")).build(), MAPPING),
        "bbz.fixedCosts[4].account", "a cost goes to a charges group");
    assertBad(() -> BudgetEngine.compute(worked().addStaffing(post("Éduc", "1", "1.00", "0", "0").account("75").build()).build(), MAPPING),
        "bbz.staffing[3].account", "a cost goes to a charges group");
    assertBad(() -> BudgetEngine.compute(worked().addActivityCosts(ActivityCost.builder().label("x").account("7088").unitCost(Amount.of("1.00"))
        .driver(VolumeDriver.PLACE).justification("x").build()).build(), MAPPING),
        "bbz.activityCosts[3].account", "a cost goes to a charges group");
    assertBad(() -> BudgetEngine.compute(worked().addFixedCosts(BudgetItem.of("695", "Impôt", Amount.of("10.00"), "x")).build(), MAPPING),
        "bbz.fixedCosts[4].account", "account 695 maps to no groupe fonctionnel");
    assertBad(() -> BudgetEngine.compute(worked().addHistoricalBase(BudgetItem.of("6291", "Rabais", Amount.of("10.00"))).build(), MAPPING),
        "bbz.historicalBase[6].account", "account 6291 maps to no groupe fonctionnel");
    assertBad(() -> BudgetEngine.compute(worked().addStaffing(post("Éduc", "1", "1.00", "0", "0").account("619").build()).build(), MAPPING),
        "bbz.staffing[3].account", "account 619 maps to no groupe fonctionnel");
    assertBad(() -> BudgetEngine.compute(worked().addActivityCosts(ActivityCost.builder().label("x").account("6291").unitCost(Amount.of("1.00"))
        .driver(VolumeDriver.PLACE).justification("x").build()).build(), MAPPING),
        "bbz.activityCosts[3].account", "account 6291 maps to no groupe fonctionnel");
    assertBad(() -> BudgetEngine.compute(worked().addOtherRevenue(BudgetItem.of("69", "x", Amount.of("1.00"), "x")).build(), MAPPING),
        "bbz.otherRevenue[2].account", "account 69 maps to no groupe fonctionnel");
    assertBad(() -> BudgetItem.of("613", " ", Amount.ZERO), "budgetItem.label", "blank");
    assertBad(() -> BudgetItem.of("613", "Loyer", Amount.ZERO, " "), "budgetItem.justification", "blank");
  }

  private static BigDecimal percent(Gap gap) {
    return gap.percent().orElseThrow().toPercent(2, RoundingMode.HALF_UP);
  }

  static void assertBad(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String message) {
    assertThatThrownBy(call).isInstanceOf(CpomValidationException.class).hasMessageContaining(message)
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo(field));
  }

}
