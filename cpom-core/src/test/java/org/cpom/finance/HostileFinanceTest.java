package org.cpom.finance;

import java.io.StringReader;
import java.util.List;
import org.cpom.PackageNullSweep;
import org.cpom.accounts.AccountsEngine;
import org.cpom.accounts.BalanceColumns;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.accounts.CompteNum;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The null sweep of the finance package, through {@link org.cpom.Hostile}: every public method and factory rejects a
 * null argument, or a collection holding one, with an exception naming it.
 */
class HostileFinanceTest {
  /** A trial balance with à-nouveaux and movements, a CAF, debt and fixed assets, so every function has work. */
  static BalanceGenerale balance() {
    String text = "Compte|Libellé|od|oc|Débit|Crédit\n"
        + "102|Fonds|0|5000.00|0|0\n"
        + "164|Emprunt|0|2000.00|500.00|0\n"
        + "213|Constructions|6000.00|0|0|0\n"
        + "2813|Amortissements|0|1000.00|0|800.00\n"
        + "411|Usagers|0|0|300.00|0\n"
        + "512|Banque|2000.00|0|10000.00|8500.00\n"
        + "606|Achats|0|0|8000.00|0\n"
        + "6811|Dotations|0|0|800.00|0\n"
        + "706|Prestations|0|0|0|10300.00\n";
    return AccountsEngine.trialBalance(new StringReader(text),
        BalanceColumns.of('|', '.', "compte", "libelle", "debit", "credit").withOpening("od", "oc"));
  }

  static final PackageNullSweep SWEEP = PackageNullSweep.common().namingParameters()
      .with(java.util.Locale.class, () -> java.util.Locale.FRENCH)
      .with(AssietteEndettement.class, () -> AssietteEndettement.PRODUITS)
      .with(DecisionModificativeTrigger.class, () -> DecisionModificativeTrigger.CAF_BELOW_CAPITAL_DUE)
      .with(BalanceGenerale.class, HostileFinanceTest::balance)
      .with(CompteNum.class, () -> CompteNum.of("512"))
      .with(CafAccounts.class, () -> CafAccounts.ERRD)
      .with(FondsDeRoulementAccounts.class, () -> FondsDeRoulementAccounts.DEFAULT)
      .with(BfrAccounts.class, () -> BfrAccounts.R314_48)
      .with(JoursDeCharges.class, () -> JoursDeCharges.CHARGES_COURANTES_365)
      .with(Seuils.class, () -> Seuils.DEFAULT)
      .with(org.cpom.param.RegulatoryParameter.class, () -> Seuils.TAUX_DE_CAF_MINIMUM)
      .with(EprdCompteDeResultat.class, EquilibreReelTest::ime)
      .with(EprdForecast.class, () -> EquilibreReelTest.eprd().build())
      .with(EprdUpdate.class, () -> DecisionModificativeTest.update().build())
      .with(AnalyseFinanciere.class, () -> FinanceEngine.analyse(balance()))
      .with(BilanFinancier.class, () -> FinanceEngine.bilanFinancier(balance()))
      .with(TableauDeFinancement.class, () -> FinanceEngine.tableauDeFinancement(balance()))
      .with(RatiosFinanciers.class, () -> FinanceEngine.ratios(balance(), java.time.Year.of(2025)))
      .with(DecisionModificativeDue.class, () -> FinanceEngine.checkDecisionModificative(
          DecisionModificativeTest.update().build()));

  @AfterAll
  static void report() {
    SWEEP.reportGeneratedNpes();
  }

  @TestFactory
  List<DynamicTest> nullSweep() {
    return SWEEP.casesAtLeast("org.cpom.finance", 40);
  }
}
