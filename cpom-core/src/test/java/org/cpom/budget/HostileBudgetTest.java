package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.Hostile.rejects;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cpom.CpomValidationException;
import org.cpom.PackageNullSweep;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.Esms;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.GroupeFonctionnel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Hostile inputs for the budget package: the null sweep, then extremes, each through {@link org.cpom.Hostile}. */
class HostileBudgetTest {
  static final String HUGE = "50000000000000000.00";
  static final Amount MAX = Amount.ofCents(Long.MAX_VALUE);

  static PackageNullSweep sweep() {
    return PackageNullSweep.common()
        .with(AccountMapping.class, AccountMapping::standard)
        .with(org.cpom.accounts.ResultatDuCompte.class, () -> HistoricalBaseFromAccountsTest.ime())
        .with(org.cpom.accounts.BalanceGenerale.class, HistoricalBaseFromAccountsTest::balance)
        .with(java.io.Reader.class, () -> new java.io.StringReader("6;CHARGES_I_EXPLOITATION_COURANTE;VERIFIED;Achats;src\n"))
        .with(java.io.InputStream.class, () -> new java.io.ByteArrayInputStream(
            "6;CHARGES_I_EXPLOITATION_COURANTE;VERIFIED;Achats;src\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .with(org.cpom.contract.Cpom.class, () -> BudgetOfContractTest.CONTRACT)
        .with(Esms.class, () -> BudgetTest.IME)
        .with(BudgetLine.class, () -> BudgetTest.line(BudgetTest.IME, SectionTarifaire.GLOBAL, BudgetTest.AM, "D", "64", "1.00"))
        .with(Budget.class, () -> BudgetEngine.classify(BudgetTest.workedLines(), BudgetTest.ALL, BudgetTest.MAPPING))
        .with(GroupTotals.class, () -> GroupTotals.ZERO.plus(GroupeFonctionnel.CHARGES_II_PERSONNEL, Amount.of("1.00")))
        .with(GroupeFonctionnel.class, () -> GroupeFonctionnel.CHARGES_II_PERSONNEL)
        .with(DayBasis.class, () -> DayBasis.forecast(100))
        .with(Long.class, () -> 100L)
        .with(IncorporatedResult.class, () -> IncorporatedResult.NONE)
        .with(PrixDeJournee.class, () -> BudgetEngine.prixDeJournee(Amount.of("1000.00"), IncorporatedResult.NONE, Amount.ZERO,
            DayBasis.forecast(100)))
        .with(DecisionPackage.class, () -> DecisionPackage.of("A", Amount.of("10.00"), "j"))
        .with(PackageSelection.class, () -> BudgetEngine.select(DecisionPackage.of("S", Amount.of("10.00"), "j"), List.of(),
            Amount.of("100.00")))
        .with(TrackingEntry.class, () -> TrackingEntry.of(MatriceDeSuiviTest.A, GroupeFonctionnel.CHARGES_II_PERSONNEL,
            YearMonth.of(2025, 3), Amount.of("1.00")))
        .with(MatriceDeSuivi.class, () -> BudgetEngine.track(
            MatriceDeSuiviTest.budget(), MatriceDeSuiviTest.actual(), MatriceDeSuiviTest.SEPTEMBER))
        .with(Activity.class, () -> Activity.of(20, 200, Rate.ofPercent("90")))
        .with(BudgetItem.class, () -> BudgetItem.of("613", "Loyer", Amount.of("1.00"), "bail"))
        .with(StaffPost.class, () -> BbzTest.post("Éducateur", "1", "30000.00", "40", "1").build())
        .with(ActivityCost.class, () -> ActivityCost.builder().label("Repas").account("6063").unitCost(Amount.of("6.45"))
            .driver(VolumeDriver.FORECAST_DAY).justification("j").build())
        .with(Bbz.class, () -> BbzTest.worked().build())
        .with(BbzBudget.class, () -> BudgetEngine.compute(BbzTest.worked().build(), AccountMapping.standard()))
        .with(MappingEntry.class, () -> AccountMapping.standard().entries().get(0));
  }

  static final PackageNullSweep SWEEP = sweep();

  @org.junit.jupiter.api.AfterAll
  static void report() {
    SWEEP.reportGeneratedNpes();
  }

  @TestFactory
  List<DynamicTest> nullSweep() {
    return SWEEP.casesAtLeast("org.cpom.budget", 150);
  }

  static BudgetLine line(Esms e, String account, String euros) {
    return BudgetTest.line(e, SectionTarifaire.GLOBAL, BudgetTest.AM, "DGC-ARS", account, euros);
  }

  @TestFactory
  Stream<DynamicTest> extremes() {
    List<DynamicTest> t = new ArrayList<>();
    Esms ime = BudgetTest.IME;
    t.add(case_("BudgetEngine.classify lines whose total overflows", () -> BudgetEngine.classify(List.of(line(ime, "64", HUGE), line(ime, "64", HUGE)), List.of(ime), BudgetTest.MAPPING)));
    t.add(case_("BudgetEngine.classify lines whose global total overflows across ESMS", () -> BudgetEngine.classify(List.of(line(ime, "64", HUGE),
            BudgetTest.line(BudgetTest.FAM, SectionTarifaire.SOINS, BudgetTest.AM, "DGC-ARS", "64", HUGE)), List.of(ime, BudgetTest.FAM), BudgetTest.MAPPING)));
    t.add(case_("BudgetEngine.classify charges minus produits overflows", () -> BudgetEngine.classify(List.of(line(ime, "64", HUGE), line(ime, "7312112", "-" + HUGE)), List.of(ime), BudgetTest.MAPPING)));
    t.add(case_("Budget.groupOf(-1)", () -> BudgetEngine.classify(BudgetTest.workedLines(), BudgetTest.ALL, BudgetTest.MAPPING).groupOf(-1)));
    t.add(case_("Budget.groupOf(MAX)",
        () -> BudgetEngine.classify(BudgetTest.workedLines(), BudgetTest.ALL, BudgetTest.MAPPING).groupOf(Integer.MAX_VALUE)));
    t.add(case_("BudgetEngine.classify empty ESMS list", () -> BudgetEngine.classify(List.of(), List.of(), BudgetTest.MAPPING)));
    t.add(case_("BudgetEngine.classify duplicate ESMS", () -> BudgetEngine.classify(List.of(), List.of(ime, ime), BudgetTest.MAPPING)));
    t.add(case_("GroupTotals.plus overflow", () -> GroupTotals.ZERO.plus(GroupeFonctionnel.CHARGES_II_PERSONNEL, MAX)
        .plus(GroupeFonctionnel.CHARGES_II_PERSONNEL, Amount.of("1.00"))));
    t.add(case_("GroupTotals.of charges overflow", () -> GroupTotals.of(Map.of(GroupeFonctionnel.CHARGES_II_PERSONNEL, MAX,
        GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE, MAX))));
    t.add(case_("GroupTotals.of result overflow", () -> GroupTotals.of(Map.of(GroupeFonctionnel.CHARGES_II_PERSONNEL, MAX,
        GroupeFonctionnel.PRODUITS_I_TARIFICATION, Amount.ofCents(-Long.MAX_VALUE)))));
    t.add(case_("GroupTotals.plus(GroupTotals) overflow", () -> GroupTotals.ZERO
        .plus(GroupeFonctionnel.CHARGES_II_PERSONNEL, MAX).plus(GroupTotals.ZERO
            .plus(GroupeFonctionnel.CHARGES_II_PERSONNEL, MAX))));
    t.add(case_("BudgetEngine.prixDeJournee charges minus revenue overflow", () -> BudgetEngine.prixDeJournee(MAX, IncorporatedResult.NONE,
        Amount.ofCents(-Long.MAX_VALUE), DayBasis.forecast(100))));
    t.add(case_("BudgetEngine.prixDeJournee deficit overflow", () -> BudgetEngine.prixDeJournee(MAX, IncorporatedResult.deficit(MAX), Amount.ZERO,
        DayBasis.forecast(100))));
    t.add(case_("DayBasis.averageOfPreviousYears overflow", () -> DayBasis.averageOfPreviousYears(Year.of(2025),
        Map.of(Year.of(2022), Long.MAX_VALUE, Year.of(2023), Long.MAX_VALUE, Year.of(2024), Long.MAX_VALUE))));
    t.add(case_("DayBasis.averageOfPreviousYears Year.MIN", () -> DayBasis.averageOfPreviousYears(Year.of(Year.MIN_VALUE),
        Map.of(Year.of(2022), 100L))));
    t.add(case_("DayBasis.averageOfPreviousYears Year.MAX", () -> DayBasis.averageOfPreviousYears(Year.of(Year.MAX_VALUE),
        Map.of(Year.of(2022), 100L))));
    t.add(case_("DayBasis.forYear Year.MIN", () -> BudgetEngine.dayBasis(Year.of(Year.MIN_VALUE), java.time.LocalDate.of(2000, 1, 1),
        Map.of(), 100)));
    t.add(case_("DayBasis.forYear openedOn LocalDate.MAX", () -> BudgetEngine.dayBasis(Year.of(2025), java.time.LocalDate.MAX,
        Map.of(), 100)));
    t.add(case_("DayBasis.forecast(Long.MAX)", () -> DayBasis.forecast(Long.MAX_VALUE)));
    t.add(case_("DayBasis.forecast(0)", () -> DayBasis.forecast(0)));
    t.add(case_("PackageSelection unfunded total overflow", () -> BudgetEngine.select(DecisionPackage.of("S", MAX, "j"),
        List.of(DecisionPackage.of("A", MAX, "j"), DecisionPackage.of("B", MAX, "j")), Amount.ZERO).toString()));
    t.add(case_("PackageSelection funded total overflow", () -> BudgetEngine.select(DecisionPackage.of("S", MAX, "j"),
        List.of(DecisionPackage.of("A", MAX, "j")), MAX)));
    t.add(case_("MatriceDeSuivi overflow of a row", () -> BudgetEngine.track(
        List.of(TrackingEntry.of(MatriceDeSuiviTest.A, GroupeFonctionnel.CHARGES_II_PERSONNEL, YearMonth.of(2025, 1), MAX),
            TrackingEntry.of(MatriceDeSuiviTest.A, GroupeFonctionnel.CHARGES_II_PERSONNEL, YearMonth.of(2025, 2), MAX)),
        List.of(), YearMonth.of(2025, 9))));
    t.add(case_("MatriceDeSuivi overflow of the actual month", () -> BudgetEngine.track(
        List.of(),
        List.of(TrackingEntry.of(MatriceDeSuiviTest.A, GroupeFonctionnel.CHARGES_II_PERSONNEL, YearMonth.of(2025, 1), MAX),
            TrackingEntry.of(MatriceDeSuiviTest.A, GroupeFonctionnel.CHARGES_II_PERSONNEL, YearMonth.of(2025, 1), MAX)), YearMonth.of(2025, 9))));
    t.add(case_("MatriceDeSuivi consolidated overflow", () -> BudgetEngine.track(
        List.of(TrackingEntry.of(MatriceDeSuiviTest.A, GroupeFonctionnel.CHARGES_II_PERSONNEL, YearMonth.of(2025, 1), MAX),
            TrackingEntry.of(MatriceDeSuiviTest.B, GroupeFonctionnel.CHARGES_II_PERSONNEL, YearMonth.of(2025, 1), MAX)),
        List.of(), YearMonth.of(2025, 9))));
    t.add(case_("StaffPost of 10^20 ETP", () -> BbzTest.post("X", "1E20", "30000.00", "40", "1").build()));
    t.add(case_("StaffPost of 1E-100000000 ETP", () -> BbzTest.post("X", "1E-100000000", "30000.00", "40", "1").build()));
    t.add(case_("StaffPost ETP subclass", () -> StaffPost.builder().qualification("X").etp(new Sneaky())
        .annualCost(Amount.of("30000.00")).employerChargesRate(Rate.ZERO).justification("j").build().cost()));
    t.add(case_("StaffPost cost overflow", () -> BbzTest.post("X", "1000", HUGE, "40", "1").build()));
    t.add(case_("Bbz with an activity cost overflowing", () -> BudgetEngine.compute(BbzTest.worked().addActivityCosts(ActivityCost.builder()
        .label("R").account("6063").unitCost(MAX).driver(VolumeDriver.FORECAST_DAY).justification("j").build()).build(), AccountMapping.standard())));
    t.add(case_("Bbz with fixed costs overflowing", () -> BudgetEngine.compute(BbzTest.worked().addFixedCosts(BudgetItem.of("613", "L", MAX, "j"),
        BudgetItem.of("613", "L", MAX, "j")).build(), AccountMapping.standard())));
    t.add(case_("Activity of MAX places", () -> Activity.of(Integer.MAX_VALUE, 366, Rate.ONE)));
    t.add(case_("Activity of 367 days", () -> Activity.of(10, 367, Rate.ONE)));
    t.add(case_("BudgetItem 10 MB label on a bad account", () -> BudgetItem.of("999", "x".repeat(10_000_000),
        Amount.of("1.00"), "j")));
    t.add(case_("PackageSelection 10 MB label of a package whose cost overflows", () -> BudgetEngine.select(
        DecisionPackage.of("S", MAX, "j"), List.of(DecisionPackage.of("x".repeat(10_000_000), MAX, "j")), MAX)));
    t.add(case_("mapping: a 10 MB line with too few fields", () -> AccountMapping.parse("6;" + "x".repeat(10_000_000))));
    t.add(case_("mapping: a 10 MB label", () -> AccountMapping.parse("6;CHARGES_I_EXPLOITATION_COURANTE;VERIFIED;"
        + "x".repeat(10_000_000) + ";s")));
    t.add(case_("mapping: an unknown group of 1 MB", () -> AccountMapping.parse("6;" + "X".repeat(1_000_000) + ";VERIFIED;l;s")));
    // a quoted label is read whole (AccountMappingInputTest); an unclosed quote is rejected
    t.add(case_("mapping: an unclosed quoted label", () -> AccountMapping.parse("6;CHARGES_I_EXPLOITATION_COURANTE;VERIFIED;\"Per;sonnel;s")));
    t.add(case_("mapping: ISO-8859-1 bytes", () -> AccountMapping.parse(new java.io.ByteArrayInputStream(
        "6;CHARGES_I_EXPLOITATION_COURANTE;VERIFIED;ext\u00e9rieur;s".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))));
    t.add(case_("mapping: ESC in a label", () -> AccountMapping.parse("6;CHARGES_I_EXPLOITATION_COURANTE;VERIFIED;a\u001bb;s")));
    t.add(case_("mapping: NUL in a source", () -> AccountMapping.parse("6;CHARGES_I_EXPLOITATION_COURANTE;VERIFIED;a;s\u0000")));
    t.add(case_("mapping: U+2028 in a label", () -> MappingEntry.of("6", GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE,
        MappingStatus.VERIFIED, "a\u2028b", "s")));
    t.add(case_("mapping: a prefix twice in a 10 MB source", () -> AccountMapping.parse(
        "6;CHARGES_I_EXPLOITATION_COURANTE;VERIFIED;a;s\n6;CHARGES_I_EXPLOITATION_COURANTE;VERIFIED;a;" + "x".repeat(9_000))));
    t.add(case_("BudgetItem null justification", () -> BudgetItem.of("613", "L", Amount.of("1.00"), null)));
    return t.stream();
  }

  /** A decimal that says it is 1 but holds 10^30. */
  static final class Sneaky extends BigDecimal {
    private static final long serialVersionUID = 1L;

    Sneaky() {
      super("1E30");
    }

    @Override
    public int signum() {
      return 1;
    }

    @Override
    public int compareTo(BigDecimal o) {
      return BigDecimal.ONE.compareTo(o);
    }
  }

  static DynamicTest case_(String name, org.junit.jupiter.api.function.Executable call) {
    return DynamicTest.dynamicTest(name, () -> rejects(name, call));
  }

  @org.junit.jupiter.api.Test
  void aLargeBudgetThatBuildsIsUsable() {
    Budget b = BudgetEngine.classify(List.of(line(BudgetTest.IME, "64", HUGE)), List.of(BudgetTest.IME), BudgetTest.MAPPING);
    assertThat(b.global().charges()).isEqualTo(Amount.of(HUGE));
    assertThat(b.toString()).isNotEmpty();
    CpomValidationException e = (CpomValidationException) rejects("overflow names the line", () -> BudgetEngine.classify(List.of(line(BudgetTest.IME, "64", HUGE), line(BudgetTest.IME, "64", HUGE)), List.of(BudgetTest.IME), BudgetTest.MAPPING));
    assertThat(e.field()).startsWith("budget.lines[");
  }
}
