package org.cpom.examples;

import static org.cpom.examples.Association.IME;
import static org.cpom.examples.Association.MAS;
import static org.cpom.examples.Association.SESSAD;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpom.contract.Cpom;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.SurplusDestination;
import org.cpom.dotation.Actualisation;
import org.cpom.dotation.CasDeDemandeDm;
import org.cpom.dotation.DemandeDeDm;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DotationEngine;
import org.cpom.dotation.EsmsYear;
import org.cpom.dotation.ModulationAuRenouvellement;
import org.cpom.dotation.RejetDeDepenses;
import org.cpom.dotation.ReservesInjustifiees;
import org.cpom.dotation.SuiteDeLaDemandeDm;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.result.AllocationProposal;
import org.cpom.result.ClosingResult;
import org.cpom.result.OrigineDeReserve;
import org.cpom.result.OrigineDesFonds;
import org.cpom.result.ReserveAccount;
import org.cpom.result.ReserveLedger;
import org.cpom.result.ReservesAuRenouvellement;
import org.cpom.result.ResultEngine;

/**
 * The end of the contract and the authority's controls: the CPOM renewed on 1 January 2030, the reports à nouveau
 * and reserves weighed at the renewal (CASF R314-43-3), the part the ARS judges unjustified (R314-43-4) and the
 * reduction of the MAS's tariffs it plans over the new contract; a DM the ARS asked for in 2026 that the association
 * did not adopt (R314-230); and expenses of 2025 rejected in 2027 (R314-236).
 */
final class Control {
  private Control() {}

  /** The first exercice of the renewed contract. */
  static final Year RENEWAL = Year.of(2030);
  /** The reference period of R314-43-5, unverified and therefore given: the five exercices of the first contract. */
  static final Year REFERENCE_START = Year.of(2025);
  static final Year REFERENCE_END = Year.of(2029);

  /**
   * The MAS's results of 2027 to 2029, which the story does not close from a FEC: the association assumes them in
   * its PGFP and puts each to the investment reserve (10682). Without them the MAS would hold 312,300.00 of counted
   * reserves at the end of 2026, too little for the 400,000.00 the ARS judges unjustified at the renewal.
   */
  static final Map<Year, Amount> MAS_RESULTS = Map.of(
      Year.of(2027), eur("40000.00"), Year.of(2028), eur("35000.00"), Year.of(2029), eur("30000.00"));

  /** What the ARS judges unjustified in the MAS's counted reserves at the renewal (R314-43-4). */
  static final Amount UNJUSTIFIED = eur("400000.00");

  /**
   * The renewed contract: the same gestionnaire, perimeter, DGC and clauses, five years from 1 January 2030. Its
   * fiches-actions are left to be negotiated; the first contract's, dated in 2025-2029, do not carry over.
   *
   * @param first the contract that ends on 31 December 2029
   * @return the new contract
   */
  static Cpom renewedContract(Cpom first) {
    return Cpom.builder().from(first)
        .id("CPOM-ARA-69-2030-001")
        .name("CPOM 2030-2034 Association Les Coteaux")
        .startDate(RENEWAL.atDay(1))
        .fichesActions(List.of())
        .avenants(List.of())
        .build();
  }

  /**
   * The reserve ledger at the end of 2029: the ledger the allocation of 2026 left, then the MAS's results of 2027
   * to 2029 ({@link #MAS_RESULTS}) each allocated to its investment reserve; the other comptes keep their balances.
   *
   * @param first the first contract, under whose clause the exercices close
   * @param ledger2026 the ledger after the allocation of 2026
   * @return the ledger after the allocation of 2029
   */
  static ReserveLedger ledger2029(Cpom first, ReserveLedger ledger2026) {
    ReserveLedger ledger = ledger2026;
    for (int y = 2027; y <= REFERENCE_END.getValue(); y++) {
      Year year = Year.of(y);
      Amount result = MAS_RESULTS.get(year);
      ledger = ResultEngine.allocate(
          Results.exercice(first, year, ledger, List.of(ClosingResult.of(Results.MAS, result))),
          AllocationProposal.builder().allocate(Results.MAS, SurplusDestination.INVESTISSEMENT, result).build())
          .ledger();
    }
    return ledger;
  }

  /**
   * The origins the association shows for its reserves: 15,000.00 of the MAS's investment reserve came from a
   * legacy it received in 2025, its own revenue (excluded); every other balance is taken as built from tariff
   * revenue.
   */
  static List<OrigineDeReserve> origins() {
    return List.of(OrigineDeReserve.of(Results.MAS.id(), ReserveAccount.EXCEDENTS_AFFECTES_INVESTISSEMENT,
        OrigineDesFonds.RESSOURCES_PROPRES, eur("15000.00")));
  }

  /** The reports à nouveau and reserves weighed at the renewal, over the reference period (R314-43-3). */
  static ReservesAuRenouvellement reserves(ReserveLedger ledger2029) {
    return ResultEngine.reservesAuRenouvellement(ledger2029, REFERENCE_START, REFERENCE_END, origins());
  }

  /**
   * The ARS's plan for the MAS: 400,000.00 judged unjustified, so at most 200,000.00 of reductions, taken as
   * 120,000.00 in 2030 and 80,000.00 in 2031 (R314-43-3).
   */
  static ModulationAuRenouvellement modulation(Cpom renewed, ReservesAuRenouvellement reserves) {
    Map<Year, Amount> reductions = new LinkedHashMap<>();
    reductions.put(RENEWAL, eur("120000.00"));
    reductions.put(RENEWAL.plusYears(1), eur("80000.00"));
    return DotationEngine.modulationAuRenouvellement(renewed, MAS.finess(), reserves.counted(Results.MAS.id()),
        ReservesInjustifiees.of(UNJUSTIFIED, List.of(
            "réserve d'investissement sans opération au plan pluriannuel d'investissement",
            "réserve de trésorerie au-delà du besoin en fonds de roulement")),
        reductions);
  }

  /**
   * The DGC of 2030 under the renewed contract, at the assumed campaign rate, on the bases of 2030 the projection of
   * 2027 to 2029 gives; the MAS's year carries the first reduction of the plan.
   *
   * @param renewed the renewed contract
   * @param dotation2026 the DGC of 2026, whose bases open the projection
   * @param modulation the plan whose 2030 reduction is applied
   * @return the DGC of 2030
   */
  static DgcDotation dotation2030(Cpom renewed, DgcDotation dotation2026, ModulationAuRenouvellement modulation) {
    // 2027 to 2029 under the first contract's DGC, 2030 under the renewed one's
    ResolvedDgc first = dotation2026.dgc();
    List<DgcYear> years = new ArrayList<>();
    for (int y = 2027; y <= REFERENCE_END.getValue(); y++) {
      years.add(DgcYear.atCampaignRate(Year.of(y), first, Investments.ASSUMED_RATE));
    }
    List<DgcDotation> projected = DotationEngine.project(first, years, dotation2026.nextBases()).years();
    Map<FinessNumber, Amount> bases2030 = projected.get(projected.size() - 1).nextBases();
    Actualisation rate = Actualisation.campaignRate(Investments.ASSUMED_RATE);
    DgcYear year = DgcYear.builder().year(RENEWAL)
        .addEsms(EsmsYear.builder().esms(IME.finess()).actualisation(rate).build(),
            EsmsYear.builder().esms(SESSAD.finess()).actualisation(rate).build(),
            EsmsYear.builder().esms(MAS.finess()).actualisation(rate)
                .addAdjustments(modulation.adjustment(RENEWAL).orElseThrow()).build())
        .build();
    return DotationEngine.compute(renewed.dgc(AssociationExample.DGC_NAME), year, bases2030);
  }

  /**
   * The ARS's request of 30 June 2026 on the allocation of the 2025 results decided that year (R314-230 I 3°): the
   * SESSAD's 9,500.00 put to its réserve de compensation does not serve the contract's objective OS3 (23 children
   * waiting for a place), so the 2026 tariff is to be lowered by as much. The association adopts no DM.
   */
  static DemandeDeDm demande2026() {
    return DemandeDeDm.builder()
        .esms(SESSAD.finess())
        .cas(CasDeDemandeDm.AFFECTATION_NON_CONFORME)
        .dateDeLaDemande(LocalDate.of(2026, 6, 30))
        .motif("excédent 2025 du SESSAD mis en réserve de compensation au lieu de l'objectif OS3")
        .impact(eur("-9500.00"))
        .dmAdoptee(false)
        .build();
  }

  /** What follows the request: its impact carried into the SESSAD's dotation of 2027 (R314-230). */
  static SuiteDeLaDemandeDm suite2026() {
    return DotationEngine.suiteDeLaDemandeDm(demande2026());
  }

  /**
   * Expenses of the IME's exercice 2025 (ERRD received on 30 April 2026), found by the ARS in 2027 and rejected in
   * the 2028 tariff decided on 15 March 2028, within five years of the ERRD: by 30 April 2031 (R314-236).
   */
  static RejetDeDepenses rejet2025() {
    return RejetDeDepenses.builder()
        .esms(IME.finess())
        .exercice(Year.of(2025))
        .errdRecuLe(LocalDate.of(2026, 4, 30))
        .constateeEn(Year.of(2027))
        .exerciceDuTarif(Year.of(2028))
        .dateDeDecision(LocalDate.of(2028, 3, 15))
        .montant(eur("12480.00"))
        .motif("frais de réception sans lien avec l'accompagnement")
        .build();
  }

  static Amount eur(String text) {
    return Amount.of(text);
  }
}
