package org.cpom.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_III_STRUCTURE;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_II_PERSONNEL;
import static org.cpom.referential.GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_III_FINANCIERS;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_II_AUTRES_PRODUITS;
import static org.cpom.referential.GroupeFonctionnel.PRODUITS_I_TARIFICATION;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpom.CpomValidationException;
import org.cpom.money.Amount;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.referential.TariffAuthority;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BudgetTest {
  static final AccountMapping MAPPING = AccountMapping.standard();
  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");
  static final TariffAuthority CD69 = TariffAuthority.departement("69");
  static final Funder AM = Funder.assuranceMaladie();
  static final Funder D69 = Funder.departement("69");
  static final FinessNumber GESTIONNAIRE = FinessNumber.of("690000003");

  static final Esms IME = esms("690000011", EsmsCategory.IME, Funding.of(SectionTarifaire.GLOBAL, AM, ARS));
  static final Esms FAM = esms("690000029", EsmsCategory.FAM, Funding.of(SectionTarifaire.SOINS, AM, ARS),
      Funding.of(SectionTarifaire.HEBERGEMENT, D69, CD69));
  static final Esms EHPAD = esms("690000037", EsmsCategory.EHPAD, Funding.of(SectionTarifaire.SOINS, AM, ARS),
      Funding.of(SectionTarifaire.DEPENDANCE, D69, CD69), Funding.of(SectionTarifaire.HEBERGEMENT, D69, CD69));
  static final List<Esms> ALL = List.of(IME, FAM, EHPAD);

  static Esms esms(String finess, EsmsCategory category, Funding... fundings) {
    return Esms.builder().finess(FinessNumber.of(finess)).name(category + " " + finess).category(category)
        .gestionnaire(GESTIONNAIRE).addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 40, 40, 365))
        .addFundings(fundings).build();
  }

  static BudgetLine line(Esms esms, SectionTarifaire section, Funder funder, String dgc, String account, String euros) {
    return BudgetLine.builder().esms(esms.finess()).section(section).funder(funder).dgc(Optional.ofNullable(dgc))
        .account(account).amount(Amount.of(euros)).build();
  }

  static List<BudgetLine> workedLines() {
    return List.of(
        line(IME, SectionTarifaire.GLOBAL, AM, "DGC-ARS", "64", "1000000.00"),
        line(IME, SectionTarifaire.GLOBAL, AM, "DGC-ARS", "6063", "50000.00"),
        line(IME, SectionTarifaire.GLOBAL, AM, "DGC-ARS", "6132", "80000.00"),
        line(IME, SectionTarifaire.GLOBAL, AM, "DGC-ARS", "7312112", "1100000.00"),
        line(IME, SectionTarifaire.GLOBAL, AM, "DGC-ARS", "70822", "20000.00"),
        line(FAM, SectionTarifaire.SOINS, AM, "DGC-ARS", "64", "300000.00"),
        line(FAM, SectionTarifaire.SOINS, AM, "DGC-ARS", "731231", "310000.00"),
        line(FAM, SectionTarifaire.HEBERGEMENT, D69, "DGC-CD69", "64", "200000.00"),
        line(FAM, SectionTarifaire.HEBERGEMENT, D69, "DGC-CD69", "6132", "60000.00"),
        line(FAM, SectionTarifaire.HEBERGEMENT, D69, "DGC-CD69", "7332111", "255000.00"),
        line(FAM, SectionTarifaire.HEBERGEMENT, D69, "DGC-CD69", "764", "1000.00"),
        line(EHPAD, SectionTarifaire.SOINS, AM, null, "64", "500000.00"),
        line(EHPAD, SectionTarifaire.SOINS, AM, null, "73512", "500000.00"),
        line(EHPAD, SectionTarifaire.DEPENDANCE, D69, null, "64", "150000.00"),
        line(EHPAD, SectionTarifaire.DEPENDANCE, D69, null, "735222", "150000.00"),
        line(EHPAD, SectionTarifaire.HEBERGEMENT, D69, null, "6063", "120000.00"),
        line(EHPAD, SectionTarifaire.HEBERGEMENT, D69, null, "6132", "90000.00"),
        line(EHPAD, SectionTarifaire.HEBERGEMENT, D69, null, "6811", "40000.00"),
        line(EHPAD, SectionTarifaire.HEBERGEMENT, D69, null, "735221", "250000.00"));
  }

  static GroupTotals totals(String ci, String cii, String ciii, String pi, String pii, String piii) {
    Map<GroupeFonctionnel, Amount> m = new EnumMap<>(GroupeFonctionnel.class);
    m.put(CHARGES_I_EXPLOITATION_COURANTE, Amount.of(ci));
    m.put(CHARGES_II_PERSONNEL, Amount.of(cii));
    m.put(CHARGES_III_STRUCTURE, Amount.of(ciii));
    m.put(PRODUITS_I_TARIFICATION, Amount.of(pi));
    m.put(PRODUITS_II_AUTRES_PRODUITS, Amount.of(pii));
    m.put(PRODUITS_III_FINANCIERS, Amount.of(piii));
    return GroupTotals.of(m);
  }

  @Test
  void threeViewsOfAWorkedBudget() {
    Budget budget = BudgetEngine.classify(workedLines(), ALL, MAPPING);

    GroupTotals global = budget.global();
    assertThat(global).isEqualTo(totals("170000.00", "2150000.00", "270000.00", "2565000.00", "20000.00", "1000.00"));
    assertThat(global.charges()).isEqualTo(Amount.of("2590000.00"));
    assertThat(global.produits()).isEqualTo(Amount.of("2586000.00"));
    assertThat(global.result()).isEqualTo(Amount.of("-4000.00"));

    Map<FinessNumber, GroupTotals> byEsms = budget.byEsms();
    assertThat(byEsms.keySet()).containsExactly(IME.finess(), FAM.finess(), EHPAD.finess());
    assertThat(byEsms.get(IME.finess())).isEqualTo(totals("50000.00", "1000000.00", "80000.00", "1100000.00", "20000.00", "0"));
    assertThat(byEsms.get(FAM.finess())).isEqualTo(totals("0", "500000.00", "60000.00", "565000.00", "0", "1000.00"));
    assertThat(byEsms.get(EHPAD.finess())).isEqualTo(totals("120000.00", "650000.00", "130000.00", "900000.00", "0", "0"));

    Map<Enveloppe, GroupTotals> byEnveloppe = budget.byEnveloppe();
    assertThat(byEnveloppe.keySet()).containsExactly(
        Enveloppe.of(AM, SectionTarifaire.GLOBAL, "DGC-ARS"),
        Enveloppe.of(AM, SectionTarifaire.SOINS, "DGC-ARS"),
        Enveloppe.of(D69, SectionTarifaire.HEBERGEMENT, "DGC-CD69"),
        Enveloppe.of(AM, SectionTarifaire.SOINS),
        Enveloppe.of(D69, SectionTarifaire.DEPENDANCE),
        Enveloppe.of(D69, SectionTarifaire.HEBERGEMENT));
    assertThat(byEnveloppe.get(Enveloppe.of(D69, SectionTarifaire.HEBERGEMENT, "DGC-CD69")))
        .isEqualTo(totals("0", "200000.00", "60000.00", "255000.00", "0", "1000.00"));
    assertThat(byEnveloppe.get(Enveloppe.of(AM, SectionTarifaire.SOINS)))
        .isEqualTo(totals("0", "500000.00", "0", "500000.00", "0", "0"));

    assertThat(sum(byEsms.values())).isEqualTo(global);
    assertThat(sum(byEnveloppe.values())).isEqualTo(global);
    assertThat(budget.groupOf(0)).isEqualTo(CHARGES_II_PERSONNEL);
    assertThat(budget.groupOf(3)).isEqualTo(PRODUITS_I_TARIFICATION);
    assertThat(budget.mapping()).isSameAs(MAPPING);
    assertThat(budget.lines()).hasSize(19);
    assertThat(budget.esms()).containsExactly(IME, FAM, EHPAD);
    assertThat(budget.toString()).contains("3 ESMS, 19 lines");
    assertThat(Enveloppe.of(AM, SectionTarifaire.SOINS, "DGC-ARS").toString())
        .isEqualTo("Assurance maladie / SOINS / DGC-ARS");
  }

  @Test
  void anEhpadBudgetIsReadSectionBySection() {
    Budget budget = BudgetEngine.classify(workedLines(), ALL, MAPPING);
    Map<SectionTarifaire, GroupTotals> sections = budget.sectionsOf(EHPAD.finess());
    assertThat(sections.keySet()).containsExactly(SectionTarifaire.SOINS, SectionTarifaire.DEPENDANCE, SectionTarifaire.HEBERGEMENT);
    assertThat(sections.get(SectionTarifaire.SOINS)).isEqualTo(totals("0", "500000.00", "0", "500000.00", "0", "0"));
    assertThat(sections.get(SectionTarifaire.DEPENDANCE)).isEqualTo(totals("0", "150000.00", "0", "150000.00", "0", "0"));
    assertThat(sections.get(SectionTarifaire.HEBERGEMENT)).isEqualTo(totals("120000.00", "0", "130000.00", "250000.00", "0", "0"));
    assertThat(sum(sections.values())).isEqualTo(budget.byEsms().get(EHPAD.finess()));
    assertThat(budget.sectionsOf(IME.finess()).keySet()).containsExactly(SectionTarifaire.GLOBAL);
    assertThatThrownBy(() -> budget.sectionsOf(FinessNumber.of("690000099")))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("not an ESMS of this budget");
  }

  @Test
  void aBudgetWithNoLinesIsZeroInEveryView() {
    Budget budget = BudgetEngine.classify(List.of(), ALL, MAPPING);
    assertThat(budget.global()).isEqualTo(GroupTotals.ZERO);
    assertThat(budget.global().result()).isEqualTo(Amount.ZERO);
    assertThat(budget.byEsms()).hasSize(3).allSatisfy((k, v) -> assertThat(v).isEqualTo(GroupTotals.ZERO));
    assertThat(budget.byEnveloppe()).isEmpty();
    assertThat(budget.sectionsOf(FAM.finess())).hasSize(2);
  }

  @Test
  void negativeLinesLikeRebatesAreKept() {
    Budget budget = BudgetEngine.classify(List.of(
        line(IME, SectionTarifaire.GLOBAL, AM, null, "6063", "1000.00"),
        line(IME, SectionTarifaire.GLOBAL, AM, null, "6096", "-25.50"),
        line(IME, SectionTarifaire.GLOBAL, AM, null, "6419", "-300.00")), List.of(IME), MAPPING);
    assertThat(budget.global().amount(CHARGES_I_EXPLOITATION_COURANTE)).isEqualTo(Amount.of("974.50"));
    assertThat(budget.global().amount(CHARGES_II_PERSONNEL)).isEqualTo(Amount.of("-300.00"));
  }

  @Test
  void anEhpadsDependanceAndHebergementMayBeInTwoDgcsOfTheSameDepartement() {
    // CASF R314-43-1 « des mêmes financements »: one DGC label per ESMS, funder and section
    Budget budget = BudgetEngine.classify(List.of(
        line(EHPAD, SectionTarifaire.DEPENDANCE, D69, "DGC-CD69-DEP", "64", "150000.00"),
        line(EHPAD, SectionTarifaire.HEBERGEMENT, D69, "DGC-CD69-HEB", "6063", "120000.00")), List.of(EHPAD), MAPPING);
    assertThat(budget.byEnveloppe()).containsOnlyKeys(
        Enveloppe.of(D69, SectionTarifaire.DEPENDANCE, "DGC-CD69-DEP"),
        Enveloppe.of(D69, SectionTarifaire.HEBERGEMENT, "DGC-CD69-HEB"));
    assertRejected(List.of(line(EHPAD, SectionTarifaire.DEPENDANCE, D69, "DGC-CD69-DEP", "64", "1.00"),
        line(EHPAD, SectionTarifaire.DEPENDANCE, D69, "DGC-CD69-HEB", "6063", "1.00")), "budget.lines[1].dgc",
        "for Département 69 / DEPENDANCE (one DGC per financement)");
  }

  @Test
  void anImeBudgetCarriesCretonLinesForTheDepartementsItBills() {
    // the IME of the review's B13: its AM dotation in the ARS DGC, and the revenue billed to two Départements
    // for young adults kept under L242-4 (R314-115: billed as a prix de journée, outside any DGC)
    Funder d01 = Funder.departement("01");
    Esms ime = esms("690000060", EsmsCategory.IME, Funding.of(SectionTarifaire.GLOBAL, AM, ARS),
        Funding.of(SectionTarifaire.CRETON, D69, ARS), Funding.of(SectionTarifaire.CRETON, d01, ARS));
    Budget budget = BudgetEngine.classify(List.of(
        line(ime, SectionTarifaire.GLOBAL, AM, "DGC-ARS", "7312112", "1739500.00"),
        line(ime, SectionTarifaire.CRETON, D69, null, "733222", "42000.00"),
        line(ime, SectionTarifaire.CRETON, d01, null, "733222", "18500.00")), List.of(ime), MAPPING);
    assertThat(budget.byEnveloppe()).containsOnlyKeys(Enveloppe.of(AM, SectionTarifaire.GLOBAL, "DGC-ARS"),
        Enveloppe.of(D69, SectionTarifaire.CRETON), Enveloppe.of(d01, SectionTarifaire.CRETON));
    assertThat(budget.groupOf(1)).isEqualTo(PRODUITS_I_TARIFICATION);
    // 1,739,500.00 + 42,000.00 + 18,500.00
    assertThat(budget.global().amount(PRODUITS_I_TARIFICATION)).isEqualTo(Amount.of("1800000.00"));
    // the section view gathers both Départements' Creton lines
    assertThat(budget.sectionsOf(ime.finess()).get(SectionTarifaire.CRETON).amount(PRODUITS_I_TARIFICATION))
        .isEqualTo(Amount.of("60500.00"));

    assertThatThrownBy(() -> BudgetEngine.classify(List.of(
        line(ime, SectionTarifaire.CRETON, D69, "DGC-ARS", "733222", "42000.00")), List.of(ime), MAPPING))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("CASF R314-115")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("budget.lines[0].dgc"));
    assertThatThrownBy(() -> BudgetEngine.classify(List.of(
        line(ime, SectionTarifaire.CRETON, Funder.departement("38"), null, "733222", "1.00")), List.of(ime), MAPPING))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("not a funding of ESMS 690000060")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("budget.lines[0].funder"));
  }

  @Test
  void badLinesAreRejectedNamingTheLineAndRule() {
    assertRejected(List.of(line(IME, SectionTarifaire.GLOBAL, AM, null, "64", "1.00"),
        line(IME, SectionTarifaire.GLOBAL, AM, null, "695", "1.00")), "budget.lines[1].account",
        "account 695 maps to no groupe fonctionnel");
    assertRejected(List.of(line(IME, SectionTarifaire.GLOBAL, AM, null, "64", "1.00"),
        line(esms("690000045", EsmsCategory.MAS, Funding.of(SectionTarifaire.GLOBAL, AM, ARS)), SectionTarifaire.GLOBAL, AM, null, "64", "1.00")),
        "budget.lines[1].esms", "not an ESMS of this budget");
    assertRejected(List.of(line(IME, SectionTarifaire.GLOBAL, D69, null, "64", "1.00")), "budget.lines[0].funder",
        "not a funding of ESMS 690000011");
    assertRejected(List.of(line(IME, SectionTarifaire.SOINS, AM, null, "64", "1.00")), "budget.lines[0].funder",
        "not a funding of ESMS 690000011");
    assertRejected(List.of(line(FAM, SectionTarifaire.SOINS, AM, "DGC-ARS", "64", "1.00"),
        line(FAM, SectionTarifaire.SOINS, AM, "DGC-ARS-2", "60", "1.00")), "budget.lines[1].dgc", "one DGC per financement");
    assertRejected(List.of(line(FAM, SectionTarifaire.SOINS, AM, "DGC-ARS", "64", "1.00"),
        line(FAM, SectionTarifaire.SOINS, AM, null, "60", "1.00")), "budget.lines[1].dgc", "R314-43-1");
    Esms ehpadGlobal = esms("690000052", EsmsCategory.EHPAD, Funding.of(SectionTarifaire.GLOBAL, AM, ARS));
    assertThatThrownBy(() -> BudgetEngine.classify(List.of(line(ehpadGlobal, SectionTarifaire.GLOBAL, AM, null, "64", "1.00")), List.of(ehpadGlobal), MAPPING))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("section tarifaire")
        .hasMessageContaining("CASF R314-13 II")
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo("budget.lines[0].section"));
    assertThatThrownBy(() -> BudgetEngine.classify(List.of(), List.of(), MAPPING)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("at least one ESMS");
    assertThatThrownBy(() -> BudgetEngine.classify(List.of(), List.of(IME, IME), MAPPING)).isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("ESMS listed twice");
    assertThatThrownBy(() -> line(IME, SectionTarifaire.GLOBAL, AM, " ", "64", "1.00"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("budgetLine.dgc");
    assertThatThrownBy(() -> line(IME, SectionTarifaire.GLOBAL, AM, null, "512", "1.00"))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("budgetLine.account")
        .hasMessageContaining("class 6 (charges) or class 7");
    assertThatThrownBy(() -> BudgetLine.builder().esms(IME.finess()).section(SectionTarifaire.GLOBAL).funder(AM)
        .account("64").amount(Amount.ZERO).label(" ").build()).hasMessageContaining("budgetLine.label");
  }

  private static void assertRejected(List<BudgetLine> lines, String field, String message) {
    assertThatThrownBy(() -> BudgetEngine.classify(lines, ALL, MAPPING))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((CpomValidationException) e).field()).isEqualTo(field));
  }

  @Test
  void groupTotalsArithmetic() {
    GroupTotals a = GroupTotals.ZERO.plus(CHARGES_I_EXPLOITATION_COURANTE, Amount.of("10.00"))
        .plus(PRODUITS_I_TARIFICATION, Amount.of("12.50"));
    GroupTotals b = a.plus(a);
    assertThat(b.amount(CHARGES_I_EXPLOITATION_COURANTE)).isEqualTo(Amount.of("20.00"));
    assertThat(b.charges()).isEqualTo(Amount.of("20.00"));
    assertThat(b.produits()).isEqualTo(Amount.of("25.00"));
    assertThat(b.result()).isEqualTo(Amount.of("5.00"));
    assertThat(b.amounts()).hasSize(6);
    assertThat(a).isNotEqualTo(b).isEqualTo(GroupTotals.of(Map.of(CHARGES_I_EXPLOITATION_COURANTE, Amount.of("10.00"),
        PRODUITS_I_TARIFICATION, Amount.of("12.50"))));
    assertThat(a.hashCode()).isEqualTo(GroupTotals.of(a.amounts()).hashCode()).isNotEqualTo(b.hashCode());
    assertThatThrownBy(() -> Enveloppe.of(AM, SectionTarifaire.GLOBAL, " "))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("enveloppe.dgc");
    assertThat(a.toString()).contains("CHARGES_I_EXPLOITATION_COURANTE=EUR 10.00");
  }

  // ---------------------------------------------------------------------------------------------------
  // property: the three views of any budget agree to the cent

  static final List<String> ACCOUNTS = List.of("6063", "6111", "6242", "6281", "621", "6226", "6311", "64111",
      "6419", "6132", "6152", "6556", "6611", "6811", "7312112", "735221", "70822", "7488", "764", "7815");
  /** The group of each of {@link #ACCOUNTS}, written out by hand (regulation.md section 5), not read from the mapping. */
  static final List<GroupeFonctionnel> GROUPS = List.of(CHARGES_I_EXPLOITATION_COURANTE, CHARGES_I_EXPLOITATION_COURANTE,
      CHARGES_I_EXPLOITATION_COURANTE, CHARGES_I_EXPLOITATION_COURANTE, CHARGES_II_PERSONNEL, CHARGES_II_PERSONNEL,
      CHARGES_II_PERSONNEL, CHARGES_II_PERSONNEL, CHARGES_II_PERSONNEL, CHARGES_III_STRUCTURE, CHARGES_III_STRUCTURE,
      CHARGES_III_STRUCTURE, CHARGES_III_STRUCTURE, CHARGES_III_STRUCTURE, PRODUITS_I_TARIFICATION,
      PRODUITS_I_TARIFICATION, PRODUITS_II_AUTRES_PRODUITS, PRODUITS_II_AUTRES_PRODUITS, PRODUITS_III_FINANCIERS,
      PRODUITS_III_FINANCIERS);

  /** One generated line: which ESMS, which of its fundings, which account, how many cents. */
  static final class Spec {
    final int esms;
    final int funding;
    final int account;
    final long cents;

    Spec(int esms, int funding, int account, long cents) {
      this.esms = esms;
      this.funding = funding;
      this.account = account;
      this.cents = cents;
    }

    @Override
    public String toString() {
      return esms + "/" + funding + "/" + ACCOUNTS.get(account) + "/" + cents;
    }
  }

  static Gen<List<Spec>> specs() {
    Gen<Spec> spec = integers().between(0, ALL.size() - 1).zip(integers().between(0, 2),
        integers().between(0, ACCOUNTS.size() - 1), longs().between(-1_000_000_000_00L, 1_000_000_000_00L), Spec::new);
    return lists().of(spec).ofSizeBetween(0, 60);
  }

  static Budget generated(List<Spec> specs, int dgcScheme) {
    List<BudgetLine> lines = new ArrayList<>();
    for (Spec s : specs) {
      Esms e = ALL.get(s.esms);
      Funding f = e.fundings().get(s.funding % e.fundings().size());
      String dgc = dgcScheme == 0 ? null : dgcScheme == 1 ? "DGC-" + f.funder().kind() : "DGC-" + e.finess() + "-" + f.funder().kind();
      lines.add(BudgetLine.builder().esms(e.finess()).section(f.section()).funder(f.funder()).dgc(Optional.ofNullable(dgc))
          .account(ACCOUNTS.get(s.account)).amount(Amount.ofCents(s.cents)).build());
    }
    return BudgetEngine.classify(lines, ALL, MAPPING);
  }

  @Test
  void theThreeViewsAgreeToTheCentForEveryGeneratedBudget() {
    qt().withFixedSeed(20250917L).withExamples(10_000)
        .forAll(specs(), integers().between(0, 2))
        .checkAssert((specs, scheme) -> {
          Budget budget = generated(specs, scheme);
          GroupTotals global = budget.global();
          assertThat(sum(budget.byEsms().values())).isEqualTo(global);
          assertThat(sum(budget.byEnveloppe().values())).isEqualTo(global);
          List<GroupTotals> sections = new ArrayList<>();
          ALL.forEach(e -> sections.addAll(budget.sectionsOf(e.finess()).values()));
          assertThat(sum(sections)).isEqualTo(global);
          // independent of the views: each ESMS and the whole, group by group, added up here from the specs
          assertThat(global).isEqualTo(expected(specs, -1));
          for (int e = 0; e < ALL.size(); e++) {
            assertThat(budget.byEsms().get(ALL.get(e).finess())).isEqualTo(expected(specs, e));
          }
        });
  }

  /** The totals by group of the specs of one ESMS (its index in {@link #ALL}), or of all when {@code esms} is -1. */
  static GroupTotals expected(List<Spec> specs, int esms) {
    long[] cents = new long[GroupeFonctionnel.values().length];
    for (Spec s : specs) {
      if (esms < 0 || s.esms == esms) {
        cents[GROUPS.get(s.account).ordinal()] += s.cents;
      }
    }
    Map<GroupeFonctionnel, Amount> m = new EnumMap<>(GroupeFonctionnel.class);
    for (GroupeFonctionnel g : GroupeFonctionnel.values()) {
      m.put(g, Amount.ofCents(cents[g.ordinal()]));
    }
    return GroupTotals.of(m);
  }

  static GroupTotals sum(Iterable<GroupTotals> parts) {
    GroupTotals total = GroupTotals.ZERO;
    for (GroupTotals t : parts) {
      total = total.plus(t);
    }
    return total;
  }
}
