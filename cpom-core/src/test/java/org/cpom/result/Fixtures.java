package org.cpom.result;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.BudgetFramework;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.ResultAllocationClause;
import org.cpom.money.Amount;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.LegalStatus;
import org.cpom.referential.TariffAuthority;

/** Small builders shared by the result tests. */
final class Fixtures {
  private Fixtures() {}

  static final Year N = Year.of(2024);
  static final Gestionnaire PRIVATE =
      Gestionnaire.of(FinessNumber.of("690000003"), "Association Les Coteaux", LegalStatus.PRIVATE_NON_PROFIT);
  static final Gestionnaire PUBLIC =
      Gestionnaire.of(FinessNumber.of("690000102"), "EPSMS du Val", LegalStatus.PUBLIC);
  static final CompteDeResultat IME = CompteDeResultat.of("IME", "IME Les Tilleuls");
  static final CompteDeResultat MAS = CompteDeResultat.of("MAS", "MAS Le Grand Pré");
  static final CompteDeResultat FOYER = CompteDeResultat.of("FOYER", "Foyer de vie Les Vignes");

  static final TariffAuthority ARS = TariffAuthority.ars("Auvergne-Rhône-Alpes");

  /** An ARS-only L313-12-2 contract of {@link #PRIVATE} for one IME, five years from 1 January 2024. */
  static Cpom.Builder contract() {
    return Cpom.builder().id("CPOM-69-2024").name("CPOM 2024-2028 Association Les Coteaux")
        .basis(CpomBasis.L313_12_2).gestionnaire(PRIVATE).addAuthorities(ARS)
        .startDate(LocalDate.of(2024, 1, 1)).durationYears(5)
        .addPerimeter(Esms.builder().finess(FinessNumber.of("690000011")).name("IME Les Tilleuls")
            .category(EsmsCategory.IME).gestionnaire(PRIVATE.finess())
            .addCapacity(CapacityLine.of(CapacityMode.INTERNAT, 30, 30, 365))
            .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(), ARS)).build());
  }

  static Amount eur(String text) {
    return Amount.of(text);
  }

  static ResultAllocationClause gestionnaireClause() {
    return ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE).reference("art. 7").build();
  }

  static ResultAllocationClause fungibleClause() {
    return ResultAllocationClause.builder().allocatingParty(AllocatingParty.GESTIONNAIRE).reference("art. 7")
        .allowsFungibility(true).build();
  }

  static ResultAllocationClause authorityClause() {
    return ResultAllocationClause.builder().allocatingParty(AllocatingParty.AUTORITE_DE_TARIFICATION)
        .reference("art. 7").build();
  }

  /** Balances from pairs: account, amount text, account, amount text... */
  static ReserveBalances balances(Object... pairs) {
    ReserveBalances b = ReserveBalances.ZERO;
    for (int i = 0; i < pairs.length; i += 2) {
      b = b.with((ReserveAccount) pairs[i], Amount.of((String) pairs[i + 1]));
    }
    return b;
  }

  static ReserveLedger ledger(Object... idAndBalances) {
    Map<String, ReserveBalances> m = new LinkedHashMap<>();
    for (int i = 0; i < idAndBalances.length; i += 2) {
      m.put((String) idAndBalances[i], (ReserveBalances) idAndBalances[i + 1]);
    }
    return ReserveLedger.opening(N.minusYears(1), m);
  }

  static ClosedExercice.Builder eprd(ReserveLedger ledger) {
    return ClosedExercice.builder().exercice(N).basis(CpomBasis.L313_12_2).framework(BudgetFramework.EPRD)
        .clause(gestionnaireClause()).gestionnaire(PRIVATE).ledger(ledger);
  }

  static ClosedExercice.Builder traditional(ReserveLedger ledger) {
    return ClosedExercice.builder().exercice(N).basis(CpomBasis.L313_11).framework(BudgetFramework.TRADITIONAL)
        .clause(authorityClause()).gestionnaire(PRIVATE).ledger(ledger);
  }

  static AllocationProposal.Builder byGestionnaire() {
    return AllocationProposal.builder().proposedBy(AllocatingParty.GESTIONNAIRE);
  }

  static AllocationProposal.Builder byAuthority() {
    return AllocationProposal.builder().proposedBy(AllocatingParty.AUTORITE_DE_TARIFICATION);
  }

  static BilanFinancier bilanWithBfr(String bfr) {
    Amount a = Amount.of(bfr);
    return a.isNegative()
        ? BilanFinancier.builder().supplierDebts(a.negated()).build()
        : BilanFinancier.builder().receivables(a).build();
  }
}
