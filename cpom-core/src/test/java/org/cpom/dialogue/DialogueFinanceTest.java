package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Year;
import org.cpom.CpomValidationException;
import org.cpom.Violation;
import org.cpom.accounts.AccountsEngine;
import org.cpom.accounts.BalanceColumns;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.finance.Seuils;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.param.RegulatoryParameter;
import org.junit.jupiter.api.Test;

/** The finance item of the dialogue de gestion, from a trial balance and from the caller's figures. */
class DialogueFinanceTest {
  private static final BalanceColumns CLOSING = BalanceColumns.of('|', ',', "compte", "libelle", "debit", "credit");
  static final Year Y2025 = Year.of(2025);

  /** A trial balance from lines "account debit credit" (euros, {@code -} for none). */
  static BalanceGenerale balance(String... lines) {
    StringBuilder text = new StringBuilder("Compte|Libellé|Débit|Crédit\n");
    for (String l : lines) {
      String[] f = l.split(" ");
      text.append(f[0]).append("|Compte ").append(f[0]).append('|').append(f[1].equals("-") ? "" : f[1]).append('|')
          .append(f[2].equals("-") ? "" : f[2]).append('\n');
    }
    return AccountsEngine.trialBalance(new StringReader(text.toString()), CLOSING);
  }

  /**
   * Result 1,000,000 − 982,000 − 3,000 = 15,000, CAF 15,000 + 3,000 = 18,000 (1.80 %); FRNG 500,000 + 300,000 +
   * 400,000 + 150,000 − 1,000,000 − 200,000 + 15,000 = 165,000; BFR 80,000 − 50,000 = 30,000; trésorerie 135,000 (the
   * bank); vétusté 400,000 / 1,000,000 and 150,000 / 200,000; debt 300,000, 16.67 years of CAF, 30 % of the produits
   * (not above 30 %), 37.5 % of the 800,000 financements stables.
   */
  static BalanceGenerale small() {
    return balance("102 - 500000", "164 - 300000", "213 1000000 -", "2813 - 400000", "215 200000 -",
        "2815 - 150000", "411 80000 -", "401 - 50000", "512 135000 -", "606 982000 -", "6811 3000 -",
        "706 - 1000000");
  }

  static DonneesFinancieres sameByHand() {
    return DonneesFinancieres.builder().caf(Amount.of("18000")).produitsTauxDeCaf(Amount.of("1000000"))
        .frng(Amount.of("165000")).bfr(Amount.of("30000")).amortissementsConstructions(Amount.of("400000"))
        .constructionsBrutes(Amount.of("1000000")).amortissementsInstallations(Amount.of("150000"))
        .installationsBrutes(Amount.of("200000")).encoursDette(Amount.of("300000"))
        .financementsStables(Amount.of("800000")).produits(Amount.of("1000000")).build();
  }

  @Test
  void fromATrialBalance() {
    IndicateursFinanciers f = DialogueEngine.indicateursFinanciers(small(), Y2025);
    assertThat(f.exercice()).isEqualTo(Y2025);
    assertThat(f.caf()).isEqualTo(Amount.of("18000"));
    assertThat(f.produitsTauxDeCaf()).isEqualTo(Amount.of("1000000"));
    assertThat(f.tauxDeCaf()).contains(Rate.ofPercent("1.80"));
    assertThat(f.frng()).isEqualTo(Amount.of("165000"));
    assertThat(f.bfr()).isEqualTo(Amount.of("30000"));
    assertThat(f.tresorerie()).isEqualTo(Amount.of("135000"));
    assertThat(f.vetusteConstructions()).contains(Rate.ofPercent("40"));
    assertThat(f.vetusteInstallations()).contains(Rate.ofPercent("75"));
    assertThat(f.vetusteAutres()).isEmpty(); // no 218: no rate, no entry
    assertThat(f.amounts()).containsExactly(
        java.util.Map.entry(IndicatorKeys.FRNG, Amount.of("165000")),
        java.util.Map.entry(IndicatorKeys.BFR, Amount.of("30000")),
        java.util.Map.entry(IndicatorKeys.TRESORERIE, Amount.of("135000")));
    assertThat(f.rates()).containsOnlyKeys(IndicatorKeys.CAF_RATE, IndicatorKeys.VETUSTE_CONSTRUCTIONS,
        IndicatorKeys.VETUSTE_INSTALLATIONS);
    // the taux d'endettement is 30.00 %, at the bound and not above it; the indépendance 37.50 %
    assertThat(f.alertes()).extracting(Violation::field).containsExactly("tauxDeCaf", "dureeApparenteDette");
    assertThat(f.alertes().get(0).problem()).contains("1.80 %", "2.00 %");
    assertThat(f.alertes().get(1).problem()).contains("16.67 years");
    for (String key : f.rates().keySet()) {
      assertThat(IndicatorCatalogue.library().definition(key)).as(key).isPresent();
    }
    for (String key : f.amounts().keySet()) {
      assertThat(IndicatorCatalogue.library().definition(key)).as(key)
          .hasValueSatisfying(d -> assertThat(d.unit()).isEqualTo(IndicatorUnit.EUROS));
    }
    assertThat(f.toString()).contains("2025", "finance.frng");
  }

  @Test
  void theCallersFiguresGiveTheSameResult() {
    IndicateursFinanciers accounts = DialogueEngine.indicateursFinanciers(small(), Y2025);
    IndicateursFinanciers byHand = DialogueEngine.indicateursFinanciers(sameByHand(), Y2025);
    assertThat(byHand).isEqualTo(accounts).hasSameHashCodeAs(accounts);
    assertThat(byHand).isNotEqualTo(DialogueEngine.indicateursFinanciers(sameByHand(), Year.of(2026)));
    assertThat(byHand).isNotEqualTo(DialogueEngine.indicateursFinanciers(
        DonneesFinancieres.builder().from(sameByHand()).bfr(Amount.of("30000.01")).build(), Y2025));
  }

  @Test
  void theCallersThresholdsAndTheBoundsOfEachAlert() {
    Seuils lenient = Seuils.of(RegulatoryParameter.of("taux de CAF minimum du CPOM",
        org.cpom.LegalBasis.clause("art. 7"), java.time.LocalDate.of(2017, 1, 1), Rate.ofPercent("1.80")),
        Seuils.INDEPENDANCE_FINANCIERE_MAXIMUM, Seuils.TAUX_ENDETTEMENT_MAXIMUM, Seuils.DUREE_APPARENTE_MAXIMUM);
    // 1.80 % is not below 1.80 %: only the debt's duration is left, both ways
    assertThat(DialogueEngine.indicateursFinanciers(small(), Y2025, lenient).alertes())
        .extracting(Violation::field).containsExactly("dureeApparenteDette");
    assertThat(DialogueEngine.indicateursFinanciers(sameByHand(), Y2025, lenient))
        .isEqualTo(DialogueEngine.indicateursFinanciers(small(), Y2025, lenient));
    // produits of 999,000 put the debt at 30.03 % (999,999.99 would round to 30.00 %); stables of 500,000 at 60 %
    IndicateursFinanciers heavy = DialogueEngine.indicateursFinanciers(DonneesFinancieres.builder()
        .from(sameByHand()).produits(Amount.of("999000")).financementsStables(Amount.of("500000")).build(), Y2025);
    assertThat(heavy.alertes()).extracting(Violation::field).containsExactly("tauxDeCaf", "independanceFinanciere",
        "tauxEndettement", "dureeApparenteDette");
    // a CAF of zero cannot repay the debt; a rate of zero produits is empty and raises nothing
    IndicateursFinanciers none = DialogueEngine.indicateursFinanciers(DonneesFinancieres.builder()
        .caf(Amount.ZERO).produitsTauxDeCaf(Amount.ZERO).frng(Amount.of("-10")).bfr(Amount.of("5"))
        .encoursDette(Amount.of("100")).financementsStables(Amount.of("100")).build(), Y2025);
    assertThat(none.tauxDeCaf()).isEmpty();
    assertThat(none.rates()).isEmpty();
    assertThat(none.tresorerie()).isEqualTo(Amount.of("-15"));
    assertThat(none.alertes()).extracting(Violation::field).containsExactly("independanceFinanciere",
        "dureeApparenteDette");
    assertThat(none.alertes().get(1).problem()).contains("cannot be repaid");
    // before 2017 no threshold is in force
    assertThat(DialogueEngine.indicateursFinanciers(sameByHand(), Year.of(2016)).alertes()).isEmpty();
  }

  @Test
  void badFiguresAreRejectedNamingTheField() {
    assertThatThrownBy(() -> DialogueEngine.indicateursFinanciers(DonneesFinancieres.builder().from(sameByHand())
        .constructionsBrutes(Amount.of("-0.01")).build(), Y2025))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("donneesFinancieres.constructionsBrutes");
          assertThat(e.getMessage()).contains("-0.01", "cpom:dialogue-finance");
        });
    assertThatThrownBy(() -> DialogueEngine.indicateursFinanciers(DonneesFinancieres.builder().from(sameByHand())
        .financementsStables(Amount.of("299999.99")).build(), Y2025))
        .isInstanceOfSatisfying(CpomValidationException.class,
            e -> assertThat(e.field()).isEqualTo("donneesFinancieres.financementsStables"));
    assertThatThrownBy(() -> DonneesFinancieres.builder().caf(Amount.ZERO).build())
        .isInstanceOf(RuntimeException.class).hasMessageContaining("produitsTauxDeCaf");
  }
}
