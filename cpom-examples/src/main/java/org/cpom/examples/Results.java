package org.cpom.examples;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.Cpom;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.referential.Esms;
import org.cpom.result.AllocationProposal;
import org.cpom.result.BilanFinancier;
import org.cpom.result.ClosedExercice;
import org.cpom.result.ClosingResult;
import org.cpom.result.CompteDeResultat;
import org.cpom.contract.CompteKind;
import org.cpom.result.ReserveAccount;
import org.cpom.result.ReserveBalances;
import org.cpom.result.ReserveLedger;

/**
 * The results of the association's four ESMS for 2025 and 2026, closed under the contract's result-allocation
 * clause (art. 8: the gestionnaire allocates, fungibility allowed, R314-235). In 2025 the IME's deficit is larger
 * than its own reserves and the MAS's surplus covers part of it; a first proposal is rejected (treasury reserve
 * above the BFR, free surplus not fully allocated), the corrected one is applied. In 2026 the allocation runs on
 * the ledger 2025 produced.
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

  /**
   * 2025 closed under the contract, on the reserves at the end of 2024: IME -85,000 (own reserves 37,000),
   * SESSAD +18,500, MAS +62,300, foyer -3,200, résidence +6,000 (its 119 of 2,500 cleared first, the Département
   * puts the other 3,500 to 10686).
   */
  static ClosedExercice exercice2025(Cpom cpom) {
    Map<String, ReserveBalances> opening = new LinkedHashMap<>();
    opening.put(IME.id(), ReserveBalances.ZERO.with(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, eur("12000"))
        .with(ReserveAccount.RESERVE_DE_COMPENSATION, eur("25000")).with(ReserveAccount.RESERVE_DE_TRESORERIE,
            eur("40000")));
    opening.put(SESSAD.id(), ReserveBalances.ZERO.with(ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR, eur("4000")));
    opening.put(MAS.id(), ReserveBalances.ZERO.with(ReserveAccount.EXCEDENTS_AFFECTES_INVESTISSEMENT, eur("150000"))
        .with(ReserveAccount.RESERVE_DE_TRESORERIE, eur("90000")));
    opening.put(FOYER.id(), ReserveBalances.ZERO.with(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, eur("8000")));
    opening.put(RESIDENCE.id(), ReserveBalances.ZERO.with(ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR, eur("2500")));
    return exercice(cpom, FIRST, ReserveLedger.opening(FIRST.minusYears(1), opening), List.of(
        ClosingResult.of(IME, eur("-85000")),
        ClosingResult.of(SESSAD, eur("18500")),
        ClosingResult.builder().compte(MAS).result(eur("62300")).bilan(masBilan("110000")).build(),
        ClosingResult.of(FOYER, eur("-3200")),
        ClosingResult.of(RESIDENCE, eur("6000"))));
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
   * 2026 on the ledger 2025 produced: IME +24,000, SESSAD -2,100, MAS +40,000, foyer +1,250.55, résidence -4,000
   * (its 3,500 of 10686, then 500 to 119).
   */
  static ClosedExercice exercice2026(Cpom cpom, ReserveLedger ledger) {
    return exercice(cpom, FIRST.plusYears(1), ledger, List.of(
        ClosingResult.of(IME, eur("24000")),
        ClosingResult.of(SESSAD, eur("-2100")),
        ClosingResult.builder().compte(MAS).result(eur("40000")).bilan(masBilan("100000")).build(),
        ClosingResult.of(FOYER, eur("1250.55")),
        ClosingResult.of(RESIDENCE, eur("-4000"))));
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

  static Amount eur(String text) {
    return Amount.of(text);
  }
}
