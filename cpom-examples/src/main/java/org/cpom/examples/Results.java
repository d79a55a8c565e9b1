package org.cpom.examples;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpom.accounts.Fec;
import org.cpom.accounts.Ventilation;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.CompteKind;
import org.cpom.contract.Cpom;
import org.cpom.contract.SurplusDestination;
import org.cpom.finance.EprdCompteDeResultat;
import org.cpom.finance.EprdForecast;
import org.cpom.finance.EprdUpdate;
import org.cpom.money.Amount;
import org.cpom.referential.Esms;
import org.cpom.result.AllocationProposal;
import org.cpom.result.BilanFinancier;
import org.cpom.result.ClosedExercice;
import org.cpom.result.ClosingResult;
import org.cpom.result.CompteDeResultat;
import org.cpom.result.ReserveBalances;
import org.cpom.result.ReserveLedger;

/**
 * The results of the association's four ESMS for 2025 and 2026, closed under the contract's result-allocation
 * clause (art. 8: the gestionnaire allocates, fungibility allowed, R314-235). In 2025 the IME's deficit is larger
 * than its own reserves and the MAS's surplus covers part of it; a first proposal is rejected (treasury reserve
 * above the BFR, free surplus not fully allocated), the corrected one is applied. In 2026 the allocation runs on
 * the ledger 2025 produced. Nothing is typed: each result is its compte de résultat in the association's FEC
 * of the year ({@link Ledgers}), and the reserves of 2025 open on its à-nouveaux.
 *
 * <p>The association's EPRD also carries a résidence autonomie that the contract does not cover (R314-210 II).
 * Its compte de résultat is allocated by the Département, its tariff authority, in the same order (R314-234 4°),
 * and takes no part in the transfers; the association's proposal carries the Département's decision for it.
 */
final class Results {
  private Results() {}

  static final Year FIRST = Year.of(2025);

  static final CompteDeResultat IME = compte("IME", Association.IME);
  static final CompteDeResultat SESSAD = compte("SESSAD", Association.SESSAD);
  static final CompteDeResultat MAS = compte("MAS", Association.MAS);
  static final CompteDeResultat FOYER = compte("Foyer de vie", Association.FOYER_DE_VIE);
  /** A résidence autonomie outside the contract, tariffed by the Département (R314-222 II 2°). */
  static final CompteDeResultat RESIDENCE = CompteDeResultat.builder().id("Résidence")
      .name("Résidence autonomie Les Acacias").kind(CompteKind.OUTSIDE_CPOM_PERIMETER).build();

  /** The comptes de résultat, in the order the allocation lists them. */
  static final List<CompteDeResultat> COMPTES = List.of(IME, SESSAD, MAS, FOYER, RESIDENCE);

  /**
   * 2025 closed under the contract, on the reserves at the end of 2024 as the à-nouveaux of the FEC 2025 carry
   * them (IME: report à nouveau créditeur 12,000, compensation 25,000, trésorerie 40,000; SESSAD: report à
   * nouveau débiteur 4,000; MAS: investissement 150,000, trésorerie 90,000; foyer: report à nouveau créditeur
   * 8,000; résidence: report à nouveau débiteur 2,500), with the results its comptes de résultat give: IME -85,000
   * (own reserves 37,000), SESSAD +18,500, MAS +62,300, foyer -3,200, résidence +6,000 (its 119 of 2,500 cleared
   * first, the Département puts the other 3,500 to 10686).
   *
   * @param cpom the contract
   * @param fec the FEC 2025, whose à-nouveaux open the reserves
   * @param accounts the FEC 2025 split into its comptes de résultat
   */
  static ClosedExercice exercice2025(Cpom cpom, Fec fec, Ventilation<?> accounts) {
    Map<String, ReserveBalances> opening = Ledgers.openingReserves(fec, ids());
    return exercice(cpom, FIRST, ReserveLedger.opening(FIRST.minusYears(1), opening), List.of(
        Ledgers.closing(IME, accounts, Optional.empty()),
        Ledgers.closing(SESSAD, accounts, Optional.empty()),
        Ledgers.closing(MAS, accounts, Optional.of(masBilan("110000"))),
        Ledgers.closing(FOYER, accounts, Optional.empty()),
        Ledgers.closing(RESIDENCE, accounts, Optional.empty())));
  }

  /**
   * The association's first proposal for 2025, which the rules reject: the MAS's treasury reserve would pass its
   * BFR (R314-48 III), and the SESSAD's free surplus is not all allocated (R314-234 1°).
   */
  static AllocationProposal firstProposal2025() {
    return proposal()
        .transfer(MAS, IME, eur("30000"))
        .allocate(MAS, SurplusDestination.RESERVE_DE_TRESORERIE, eur("25000"))
        .allocate(MAS, SurplusDestination.INVESTISSEMENT, eur("7300"))
        .allocate(SESSAD, SurplusDestination.RESERVE_DE_COMPENSATION, eur("9500"))
        .allocate(RESIDENCE, SurplusDestination.RESERVE_DE_COMPENSATION, eur("3500"))
        .build();
  }

  /**
   * The corrected proposal for 2025: 30,000 of the MAS's surplus covers the IME (R314-235), the treasury reserve
   * within the BFR, the SESSAD's surplus fully allocated.
   */
  static AllocationProposal correctedProposal2025() {
    return proposal()
        .transfer(MAS, IME, eur("30000"))
        .allocate(MAS, SurplusDestination.RESERVE_DE_TRESORERIE, eur("15000"))
        .allocate(MAS, SurplusDestination.INVESTISSEMENT, eur("10000"))
        .allocate(MAS, SurplusDestination.RESERVE_DE_COMPENSATION, eur("7300"))
        .allocate(SESSAD, SurplusDestination.RESERVE_DE_COMPENSATION, eur("9500"))
        .allocate(SESSAD, SurplusDestination.REPORT_A_NOUVEAU, eur("5000"))
        .allocate(RESIDENCE, SurplusDestination.RESERVE_DE_COMPENSATION, eur("3500"))
        .build();
  }

  /**
   * 2026 on the ledger 2025 produced, with the results the FEC 2026 gives: IME +24,000, SESSAD -2,100, MAS
   * +40,000, foyer +1,250.55, résidence -4,000 (its 3,500 of 10686, then 500 to 119).
   *
   * @param cpom the contract
   * @param ledger the reserves the allocation of 2025 left
   * @param accounts the FEC 2026 split into its comptes de résultat
   */
  static ClosedExercice exercice2026(Cpom cpom, ReserveLedger ledger, Ventilation<?> accounts) {
    return exercice(cpom, FIRST.plusYears(1), ledger, List.of(
        Ledgers.closing(IME, accounts, Optional.empty()),
        Ledgers.closing(SESSAD, accounts, Optional.empty()),
        Ledgers.closing(MAS, accounts, Optional.of(masBilan("100000"))),
        Ledgers.closing(FOYER, accounts, Optional.empty()),
        Ledgers.closing(RESIDENCE, accounts, Optional.empty())));
  }

  /** Their ids, in that order. */
  static List<String> ids() {
    return COMPTES.stream().map(CompteDeResultat::id).toList();
  }

  /** The association's proposal for 2026. */
  static AllocationProposal proposal2026() {
    return proposal()
        .allocate(IME, SurplusDestination.RESERVE_DE_COMPENSATION, eur("6000"))
        .allocate(MAS, SurplusDestination.INVESTISSEMENT, eur("25000"))
        .allocate(MAS, SurplusDestination.RESERVE_AMORTISSEMENTS, eur("15000"))
        .allocate(FOYER, SurplusDestination.REPORT_A_NOUVEAU, eur("1250.55"))
        .build();
  }

  /** The compte de résultat of a whole ESMS, under a short id for the printed table. */
  static CompteDeResultat compte(String id, Esms esms) {
    return CompteDeResultat.builder().id(id).name(esms.name()).finess(esms.finess()).build();
  }

  static ClosedExercice exercice(Cpom cpom, Year year, ReserveLedger ledger, List<ClosingResult> results) {
    return ClosedExercice.builder().contract(cpom).exercice(year).ledger(ledger).results(results).build();
  }

  /** The association's proposal, carrying the Département's decision for the résidence (R314-234 4°). */
  static AllocationProposal.Builder proposal() {
    return AllocationProposal.builder().decidedBy(RESIDENCE, AllocatingParty.AUTORITE_DE_TARIFICATION);
  }

  /** The MAS's bilan financier: receivables and debts giving the BFR asked for. */
  static BilanFinancier masBilan(String bfr) {
    return BilanFinancier.builder().stocks(eur("8000")).receivables(eur("310000")).prepaidCharges(eur("12000"))
        .supplierDebts(eur("95000")).socialAndTaxDebts(eur("230000").minus(eur(bfr))).deferredIncome(eur("5000"))
        .build();
  }

  /**
   * The association's EPRD 2027: the four ESMS of the CPOM forecast balanced budgets with the tariff revenue
   * notified, the résidence (outside the CPOM) a deficit of 4,000; CAF 398,510.47 (the 2026 level) against 125,000
   * of loan capital due, no new loan.
   */
  static EprdForecast eprd2027() {
    EprdForecast.Builder b = EprdForecast.builder().year(Year.of(2027)).caf(eur("398510.47"))
        .capitalDue(eur("125000.00")).loanProceeds(Amount.ZERO).investments(eur("180000.00"));
    for (CompteDeResultat c : List.of(IME, SESSAD, MAS, FOYER)) {
      b.addComptes(EprdCompteDeResultat.builder().name(c.id()).kind(CompteKind.IN_CPOM).resultat(Amount.ZERO).build());
    }
    b.addComptes(EprdCompteDeResultat.builder().name(RESIDENCE.id()).kind(CompteKind.OUTSIDE_CPOM_PERIMETER)
        .resultat(eur("-4000.00")).build());
    return b.build();
  }

  /**
   * The update of 15 September 2027: the works planned draw 1,200,000 on the fonds de roulement, above the FRNG at
   * 1 January (the 2026 closing FRNG).
   */
  static EprdUpdate update2027(Amount frngAtJanuary1) {
    return EprdUpdate.builder().year(Year.of(2027)).establishedOn(LocalDate.of(2027, 9, 15))
        .updatedCaf(eur("398510.47")).capitalDue(eur("125000.00"))
        .prelevementSurFondsDeRoulement(eur("1200000.00")).frngAtJanuary1(frngAtJanuary1).build();
  }

  static Amount eur(String text) {
    return Amount.of(text);
  }
}
