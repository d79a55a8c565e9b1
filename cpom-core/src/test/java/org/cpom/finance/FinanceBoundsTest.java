package org.cpom.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpom.finance.AnalyseFinanciereTest.balance;
import static org.cpom.finance.BilanEtRatiosTest.full;
import static org.cpom.finance.BilanEtRatiosTest.put;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cpom.CpomValidationException;
import org.cpom.accounts.CompteNum;
import org.cpom.contract.CompteKind;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** The bounds and the lines of the finance package at their edges, each figure by hand. */
class FinanceBoundsTest {
  private static Amount eur(String euros) {
    return Amount.of(euros);
  }

  /**
   * The EBE takes the groups 60 to 64 and 70 to 74, two-digit accounts included: 64 (1,000) and 74 (500) and 742
   * (300) give an EBE of −200; 65 (100) and 75 (50) are the other charges and produits.
   */
  @Test
  void theEbeTakesTheGroupsUpTo4() {
    AnalyseFinanciere a = FinanceEngine.analyse(balance("64 1000 -", "74 - 500", "742 - 300", "65 100 -",
        "75 - 50", "512 - 250"));
    assertThat(a.ebe()).isEqualTo(eur("-200"));
    assertThat(a.autresCharges()).isEqualTo(eur("100"));
    assertThat(a.autresProduits()).isEqualTo(eur("50"));
    assertThat(a.resultat()).isEqualTo(eur("-250"));
    assertThat(a.cafFromEbe()).isEqualTo(a.caf()).isEqualTo(eur("-250"));
  }

  @Test
  void aYearOf360To366DaysIsAccepted() {
    assertThat(FinanceEngine.enJours(eur("36"), eur("360"), 360)).isEqualByComparingTo("36.00");
    assertThat(FinanceEngine.enJours(eur("36"), eur("366"), 366)).isEqualByComparingTo("36.00");
    assertThatThrownBy(() -> FinanceEngine.enJours(eur("1"), eur("5"), 359))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("dayBase"));
    assertThatThrownBy(() -> FinanceEngine.enJours(eur("1"), Amount.ZERO, 365))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("charges"));
    assertThat(FinanceEngine.enJours(eur("1"), Amount.ofCents(1), 365)).isEqualByComparingTo("36500.00");
  }

  /**
   * Opening: 110 credit 1,000, bank 1,000: FRNG(N−1) 1,000. The result of N−1 put in reserve (110 to 1068, 1,000)
   * is no capital raised; a new apport on 102 (2,000) is; a cession credited 300 to 775 and cancelled for 100 gives
   * produits des cessions of 200, which the ERRD CAF leaves out (CAF 0). FRNG(N) = 1,000 + 2,000 + 200 = 3,200.
   */
  @Test
  void theReserveIsNoCapitalAndACessionIsNet() {
    Map<String, long[]> m = new TreeMap<>();
    put(m, "110", 0, 100_000, 100_000, 0);
    put(m, "1068", 0, 0, 0, 100_000);
    put(m, "102", 0, 0, 0, 200_000);
    put(m, "775", 0, 0, 10_000, 30_000);
    put(m, "512", 100_000, 0, 230_000, 10_000);
    TableauDeFinancement t = FinanceEngine.tableauDeFinancement(full(m));
    assertThat(t.frngOuverture()).isEqualTo(eur("1000"));
    assertThat(t.caf()).isEqualTo(Amount.ZERO);
    assertThat(t.capitauxPropres()).isEqualTo(eur("2000"));
    assertThat(t.cessions()).isEqualTo(eur("200"));
    assertThat(t.autresVariations()).isEqualTo(Amount.ZERO);
    assertThat(t.apport()).isEqualTo(eur("2200"));
    assertThat(t.isPrelevement()).isFalse();
    assertThat(t.frngCloture()).isEqualTo(eur("3200")).isEqualTo(FinanceEngine.analyse(full(m)).frng());
    // an apport of zero is no prélèvement either
    Map<String, long[]> none = new TreeMap<>();
    put(none, "512", 0, 0, 0, 0);
    assertThat(FinanceEngine.tableauDeFinancement(full(none)).isPrelevement()).isFalse();
  }

  /**
   * A loan of 5,000 drawn and 1,000 repaid on 164; 300 lent on 274 and 100 of it repaid; sales 50 pay the interest
   * of 50, accrued on 1688, which is no new loan: CAF 0, apport 5,000 + 100 − 1,000 − 300 + 50 = 3,850.
   */
  @Test
  void loansAndFinancialAssets() {
    Map<String, long[]> m = new TreeMap<>();
    put(m, "164", 0, 0, 100_000, 500_000);
    put(m, "1688", 0, 0, 0, 5_000);
    put(m, "661", 0, 0, 5_000, 0);
    put(m, "274", 0, 0, 30_000, 10_000);
    put(m, "512", 0, 0, 515_000, 130_000);
    put(m, "706", 0, 0, 0, 5_000);
    TableauDeFinancement t = FinanceEngine.tableauDeFinancement(full(m));
    assertThat(t.emprunts()).isEqualTo(eur("5000"));
    assertThat(t.remboursementsEmprunts()).isEqualTo(eur("1000"));
    assertThat(t.immobilisationsFinancieresRemboursees()).isEqualTo(eur("100"));
    assertThat(t.acquisitions()).isEqualTo(eur("300"));
    assertThat(t.caf()).isEqualTo(Amount.ZERO);
    assertThat(t.autresVariations()).isEqualTo(eur("50")); // the interest accrued on 1688, a charge not yet paid
    assertThat(t.apport()).isEqualTo(eur("3850")).isEqualTo(t.frngCloture().minus(t.frngOuverture()));
  }

  @Test
  void aPrefixOfTheLongestAccountLengthIsAccepted() {
    String longest = "4" + "0".repeat(CompteNum.MAX_LENGTH - 1);
    assertThat(BfrAccounts.of(Set.of(longest), Set.of()).included()).containsExactly(longest);
    assertThatThrownBy(() -> BfrAccounts.of(Set.of(longest + "0"), Set.of()))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("included"));
    String caf = "68" + "1".repeat(CompteNum.MAX_LENGTH - 2);
    assertThat(CafAccounts.of(Set.of(caf), Set.of()).chargesCalculees()).containsExactly(caf);
  }

  /** With an FRI list of 10 and an FRE list of 11, a 131 matching neither is on the FRI side, as documented. */
  @Test
  void anAccountInNeitherListIsFri() {
    FondsDeRoulementAccounts r = FondsDeRoulementAccounts.of(Set.of("10"), Set.of("11"));
    BilanFinancier b = FinanceEngine.bilanFinancier(balance("131 - 700", "110 - 300", "512 1000 -"), r,
        BfrAccounts.R314_48, JoursDeCharges.CHARGES_COURANTES_365);
    assertThat(b.fri()).isEqualTo(eur("700"));
    assertThat(b.fre()).isEqualTo(eur("300"));
    assertThat(b.frng()).isEqualTo(eur("1000"));
  }

  private static EprdForecast.Builder eprd(int comptes) {
    EprdForecast.Builder b = EprdForecast.builder().year(Year.of(2026)).caf(Amount.ZERO).capitalDue(Amount.ZERO);
    for (int i = 0; i < comptes; i++) {
      b.addComptes(EprdCompteDeResultat.builder().name("CR" + i).kind(CompteKind.IN_CPOM).resultat(Amount.ZERO)
          .build());
    }
    return b;
  }

  @Test
  void anEprdHoldsAtMostTenThousandComptes() {
    assertThat(eprd(EprdForecast.MAX_COMPTES).build().comptes()).hasSize(EprdForecast.MAX_COMPTES);
    assertThatThrownBy(() -> eprd(EprdForecast.MAX_COMPTES + 1).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("eprd.comptes"));
    assertThatThrownBy(() -> eprd(1).renegotiatedLoans(eur("-0.01")).build())
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("eprd.renegotiatedLoans"));
    assertThatThrownBy(() -> eprd(1).capitalDue(eur("-0.01")).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("eprd.capitalDue"));
  }

  @Test
  void anUpdateIsOfTheYears1583To9998() {
    assertThat(DecisionModificativeTest.update().year(Year.of(1583)).establishedOn(LocalDate.of(1583, 3, 1)).build()
        .year()).isEqualTo(Year.of(1583));
    assertThat(DecisionModificativeTest.update().year(Year.of(9998)).establishedOn(LocalDate.of(9998, 12, 31))
        .build().year()).isEqualTo(Year.of(9998));
    assertThatThrownBy(() -> DecisionModificativeTest.update().year(Year.of(1582))
        .establishedOn(LocalDate.of(1582, 3, 1)).build()).isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("eprdUpdate.year"));
    assertThatThrownBy(() -> DecisionModificativeTest.update().year(Year.of(9999))
        .establishedOn(LocalDate.of(9999, 3, 1)).build()).isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("eprdUpdate.year"));
  }

  /** Each value type: equal to its twin with the same hash, unequal to a value differing in one part, or to a string. */
  @Test
  void valuesCompareByEachPart() {
    List<Object[]> pairs = new ArrayList<>();
    pairs.add(new Object[] {CafAccounts.of(Set.of("68"), Set.of("78")), CafAccounts.of(Set.of("68"), Set.of("78")),
        CafAccounts.of(Set.of("68"), Set.of("787")), CafAccounts.of(Set.of("681"), Set.of("78"))});
    pairs.add(new Object[] {JoursDeCharges.of(Set.of("68"), 365), JoursDeCharges.of(Set.of("68"), 365),
        JoursDeCharges.of(Set.of("68"), 366), JoursDeCharges.of(Set.of("681"), 365)});
    pairs.add(new Object[] {BfrAccounts.of(Set.of("41"), Set.of("419")), BfrAccounts.of(Set.of("41"), Set.of("419")),
        BfrAccounts.of(Set.of("41"), Set.of("418")), BfrAccounts.of(Set.of("40"), Set.of("419"))});
    pairs.add(new Object[] {FondsDeRoulementAccounts.of(Set.of("1"), Set.of("11")),
        FondsDeRoulementAccounts.of(Set.of("1"), Set.of("11")), FondsDeRoulementAccounts.of(Set.of("1"), Set.of("12")),
        FondsDeRoulementAccounts.of(Set.of("2"), Set.of("11"))});
    pairs.add(new Object[] {FinanceEngine.analyse(balance("706 - 10", "512 10 -")),
        FinanceEngine.analyse(balance("706 - 10", "512 10 -")), FinanceEngine.analyse(balance("706 - 11", "512 11 -")),
        FinanceEngine.analyse(balance("706 - 10", "512 10 -"), CafAccounts.of(Set.of("68"), Set.of("78")))});
    pairs.add(new Object[] {FinanceEngine.bilanFinancier(balance("102 - 10", "512 10 -")),
        FinanceEngine.bilanFinancier(balance("102 - 10", "512 10 -")),
        FinanceEngine.bilanFinancier(balance("102 - 11", "512 11 -")),
        FinanceEngine.bilanFinancier(balance("102 - 10", "512 10 -"), FondsDeRoulementAccounts.DEFAULT,
            BfrAccounts.R314_48, JoursDeCharges.of(Set.of(), 360))});
    Map<String, long[]> m = new TreeMap<>();
    put(m, "102", 0, 1_000, 0, 0);
    put(m, "512", 1_000, 0, 0, 0);
    Map<String, long[]> n = new TreeMap<>();
    put(n, "102", 0, 1_000, 0, 500);
    put(n, "512", 1_000, 0, 500, 0);
    Map<String, long[]> o = new TreeMap<>();
    put(o, "231", 1_000, 0, 0, 1_000);
    put(o, "213", 0, 0, 1_000, 0);
    put(o, "102", 0, 1_000, 0, 0);
    Map<String, long[]> p = new TreeMap<>();
    put(p, "231", 1_000, 0, 1_000, 1_000);
    put(p, "102", 0, 1_000, 0, 0);
    put(p, "512", 0, 0, 0, 1_000);
    put(p, "213", 0, 0, 1_000, 0);
    pairs.add(new Object[] {FinanceEngine.tableauDeFinancement(full(m)), FinanceEngine.tableauDeFinancement(full(m)),
        FinanceEngine.tableauDeFinancement(full(n)), FinanceEngine.tableauDeFinancement(full(o)),
        FinanceEngine.tableauDeFinancement(full(p))});
    pairs.add(new Object[] {Seuils.DEFAULT, Seuils.of(Seuils.TAUX_DE_CAF_MINIMUM,
        Seuils.INDEPENDANCE_FINANCIERE_MAXIMUM, Seuils.TAUX_ENDETTEMENT_MAXIMUM, Seuils.DUREE_APPARENTE_MAXIMUM),
        Seuils.of(Seuils.TAUX_DE_CAF_MINIMUM, Seuils.INDEPENDANCE_FINANCIERE_MAXIMUM, Seuils.TAUX_ENDETTEMENT_MAXIMUM,
            Seuils.DUREE_APPARENTE_MAXIMUM.withValue(LocalDate.of(2030, 1, 1), BigDecimal.ONE))});
    pairs.add(new Object[] {FinanceEngine.ratios(balance("706 - 10", "512 10 -"), Year.of(2025)),
        FinanceEngine.ratios(balance("706 - 10", "512 10 -"), Year.of(2025)),
        FinanceEngine.ratios(balance("706 - 1000", "606 990 -", "512 10 -"), Year.of(2025))});
    pairs.add(new Object[] {FinanceEngine.checkDecisionModificative(DecisionModificativeTest.update().build()),
        FinanceEngine.checkDecisionModificative(DecisionModificativeTest.update().build()),
        FinanceEngine.checkDecisionModificative(DecisionModificativeTest.update().updatedCaf(Amount.ZERO).build())});
    for (Object[] pair : pairs) {
      assertThat(pair[0]).isEqualTo(pair[1]).hasSameHashCodeAs(pair[1]).isNotEqualTo("x")
          .hasToString(pair[1].toString());
      assertThat(pair[0].toString()).isNotBlank();
      for (int i = 2; i < pair.length; i++) {
        assertThat(pair[0]).as("%s against %s", pair[0], pair[i]).isNotEqualTo(pair[i]);
        assertThat(pair[0].hashCode()).as("hash of %s", pair[0]).isNotEqualTo(pair[i].hashCode());
      }
    }
    assertThat(Seuils.DEFAULT.toString()).contains("taux de CAF minimum", "durée apparente");
  }

  @Test
  void theListsAndReadingsAreReadBack() {
    assertThat(CafAccounts.ERRD.produitsCalcules()).containsExactly("775", "777", "778", "78");
    assertThat(JoursDeCharges.CHARGES_COURANTES_365.chargesExclues()).containsExactly("675", "68");
    assertThat(BfrAccounts.of(Set.of("41"), Set.of("419")).excluded()).containsExactly("419");
    assertThat(FondsDeRoulementAccounts.of(Set.of("1", "2"), Set.of("11")).fri()).containsExactly("1", "2");
    assertThat(FinanceEngine.bilanFinancier(balance("102 - 10", "512 10 -")).jours())
        .isEqualTo(JoursDeCharges.CHARGES_COURANTES_365);
    assertThat(EprdCompteDeResultat.builder().name("IME").resultat(Amount.ZERO).build().kind())
        .isEqualTo(CompteKind.IN_CPOM);
    assertThat(DecisionModificativeTest.update().build().toString()).contains("2026");
  }
}
