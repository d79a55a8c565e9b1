package org.cpom.examples;

import java.io.PrintStream;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpom.Violation;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.Cpom;
import org.cpom.contract.ResultAllocationClause;
import org.cpom.contract.SurplusDestination;
import org.cpom.money.Amount;
import org.cpom.referential.Esms;
import org.cpom.result.AllocationDecision;
import org.cpom.result.AllocationProposal;
import org.cpom.result.AllocationTable;
import org.cpom.result.BilanFinancier;
import org.cpom.result.ClosedExercice;
import org.cpom.result.ClosingResult;
import org.cpom.result.CompteDeResultat;
import org.cpom.result.CompteKind;
import org.cpom.result.MandatorySteps;
import org.cpom.result.Movement;
import org.cpom.result.ReserveAccount;
import org.cpom.result.ReserveBalances;
import org.cpom.result.ReserveLedger;
import org.cpom.result.ResultEngine;

/**
 * The association's four ESMS close 2024 and 2025 under the L313-12-2 contract (EPRD) that lets
 * results move between comptes de résultat (R314-235). In 2024 the IME's deficit is larger than its own
 * reserves and the MAS's surplus covers part of it; a first proposal is rejected (treasury reserve above
 * the BFR, free surplus not fully allocated), the corrected one is applied. In 2025 the allocation runs on
 * the ledger 2024 produced. Each year prints the ERRD-shaped table.
 *
 * <p>The association's EPRD also carries a résidence autonomie that the contract does not cover (R314-210
 * II). Its compte de résultat is allocated by the Département, its tariff authority, in the same order
 * (R314-234 4°), and takes no part in the transfers; the association's proposal carries the Département's
 * decision for it.
 */
public final class ResultExample {
  private ResultExample() {}

  static final Year FIRST = Year.of(2024);

  static final CompteDeResultat IME = compte("IME", Association.IME);
  static final CompteDeResultat SESSAD = compte("SESSAD", Association.SESSAD);
  static final CompteDeResultat MAS = compte("MAS", Association.MAS);
  static final CompteDeResultat FOYER = compte("Foyer de vie", Association.FOYER_DE_VIE);
  /** A résidence autonomie outside the contract, tariffed by the Département (R314-222 II 2°). */
  static final CompteDeResultat RESIDENCE = CompteDeResultat.builder().id("Résidence")
      .name("Résidence autonomie Les Acacias").kind(CompteKind.OUTSIDE_CPOM_PERIMETER).build();

  /** The contract's clause: the gestionnaire allocates, every destination, fungibility allowed. */
  static final ResultAllocationClause CLAUSE = ResultAllocationClause.builder()
      .allocatingParty(AllocatingParty.GESTIONNAIRE).allowsFungibility(true).reference("art. 8").build();

  /** The association's contract with its result-allocation clause: it supplies the facts of each exercice. */
  static final Cpom CONTRACT = Cpom.builder().from(AssociationCpom.cpom()).resultAllocationClause(CLAUSE).build();

  /**
   * Runs the example on standard output.
   *
   * @param args none
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Prints the two years of allocation.
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    out.println("=== Affectation des résultats (EPRD, CPOM L313-12-2, " + CLAUSE.legalBasis() + ": fongibilité) ===");
    Map<String, ReserveBalances> opening = new LinkedHashMap<>();
    opening.put(IME.id(), ReserveBalances.ZERO.with(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, eur("12000"))
        .with(ReserveAccount.RESERVE_DE_COMPENSATION, eur("25000")).with(ReserveAccount.RESERVE_DE_TRESORERIE,
            eur("40000")));
    opening.put(SESSAD.id(), ReserveBalances.ZERO.with(ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR, eur("4000")));
    opening.put(MAS.id(), ReserveBalances.ZERO.with(ReserveAccount.EXCEDENTS_AFFECTES_INVESTISSEMENT, eur("150000"))
        .with(ReserveAccount.RESERVE_DE_TRESORERIE, eur("90000")));
    opening.put(FOYER.id(), ReserveBalances.ZERO.with(ReserveAccount.REPORT_A_NOUVEAU_CREDITEUR, eur("8000")));
    opening.put(RESIDENCE.id(), ReserveBalances.ZERO.with(ReserveAccount.REPORT_A_NOUVEAU_DEBITEUR, eur("2500")));
    ReserveLedger ledger = ReserveLedger.opening(FIRST.minusYears(1), opening);

    // ---- 2024: IME -85,000 (own reserves 37,000), SESSAD +18,500, MAS +62,300, foyer -3,200,
    // résidence +6,000 (its 119 of 2,500 cleared first, the Département puts the other 3,500 to 10686)
    ClosedExercice y2024 = exercice(FIRST, ledger, List.of(
        ClosingResult.of(IME, eur("-85000")),
        ClosingResult.of(SESSAD, eur("18500")),
        ClosingResult.builder().compte(MAS).result(eur("62300")).bilan(masBilan("110000")).build(),
        ClosingResult.of(FOYER, eur("-3200")),
        ClosingResult.of(RESIDENCE, eur("6000"))));
    printParties(out, y2024);
    printMandatory(out, y2024);

    AllocationProposal first = proposal()
        .transfer(MAS, IME, eur("30000"))
        .allocate(MAS, SurplusDestination.RESERVE_DE_TRESORERIE, eur("25000"))
        .allocate(MAS, SurplusDestination.INVESTISSEMENT, eur("7300"))
        .allocate(SESSAD, SurplusDestination.RESERVE_DE_COMPENSATION, eur("9500"))
        .allocate(RESIDENCE, SurplusDestination.RESERVE_DE_COMPENSATION, eur("3500"))
        .build();
    out.println();
    out.println("First proposal for " + FIRST + ":");
    List<Violation> violations = ResultEngine.validate(y2024, first);
    out.println("  " + violations.size() + " violation(s), nothing applied:");
    for (Violation v : violations) {
      out.println("  - " + v);
    }

    AllocationProposal corrected = proposal()
        .transfer(MAS, IME, eur("30000"))
        .allocate(MAS, SurplusDestination.RESERVE_DE_TRESORERIE, eur("15000"))
        .allocate(MAS, SurplusDestination.INVESTISSEMENT, eur("10000"))
        .allocate(MAS, SurplusDestination.RESERVE_DE_COMPENSATION, eur("7300"))
        .allocate(SESSAD, SurplusDestination.RESERVE_DE_COMPENSATION, eur("9500"))
        .allocate(SESSAD, SurplusDestination.REPORT_A_NOUVEAU, eur("5000"))
        .allocate(RESIDENCE, SurplusDestination.RESERVE_DE_COMPENSATION, eur("3500"))
        .build();
    out.println();
    out.println("Corrected proposal for " + FIRST + ": " + ResultEngine.validate(y2024, corrected).size()
        + " violation(s)");
    AllocationDecision d2024 = ResultEngine.allocate(y2024, corrected);
    printMovements(out, d2024);
    printTable(out, d2024);

    // ---- 2025 on the ledger 2024 produced: IME +24,000, SESSAD -2,100, MAS +40,000, foyer +1,250.55,
    // résidence -4,000 (its 3,500 of 10686, then 500 to 119)
    ClosedExercice y2025 = exercice(FIRST.plusYears(1), d2024.ledger(), List.of(
        ClosingResult.of(IME, eur("24000")),
        ClosingResult.of(SESSAD, eur("-2100")),
        ClosingResult.builder().compte(MAS).result(eur("40000")).bilan(masBilan("100000")).build(),
        ClosingResult.of(FOYER, eur("1250.55")),
        ClosingResult.of(RESIDENCE, eur("-4000"))));
    out.println();
    printMandatory(out, y2025);
    AllocationProposal second = proposal()
        .allocate(IME, SurplusDestination.RESERVE_DE_COMPENSATION, eur("6000"))
        .allocate(MAS, SurplusDestination.INVESTISSEMENT, eur("25000"))
        .allocate(MAS, SurplusDestination.RESERVE_AMORTISSEMENTS, eur("15000"))
        .allocate(FOYER, SurplusDestination.REPORT_A_NOUVEAU, eur("1250.55"))
        .build();
    out.println("Proposal for " + y2025.exercice() + ": " + ResultEngine.validate(y2025, second).size()
        + " violation(s)");
    AllocationDecision d2025 = ResultEngine.allocate(y2025, second);
    printMovements(out, d2025);
    printTable(out, d2025);
    out.println();
    out.println("Ledger exercices: " + d2025.ledger().exercices());
  }

  /** The compte de résultat of a whole ESMS, under a short id for the printed table. */
  static CompteDeResultat compte(String id, Esms esms) {
    return CompteDeResultat.builder().id(id).name(esms.name()).finess(esms.finess()).build();
  }

  static ClosedExercice exercice(Year year, ReserveLedger ledger, List<ClosingResult> results) {
    return ClosedExercice.builder().contract(CONTRACT).exercice(year).ledger(ledger).results(results).build();
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

  // ---------------------------------------------------------------- printing

  static void printParties(PrintStream out, ClosedExercice ex) {
    out.println("Comptes de résultat " + ex.exercice() + ":");
    for (ClosingResult r : ex.results()) {
      CompteDeResultat c = r.compte();
      out.println(String.format(java.util.Locale.ROOT, "  %-13s %-45s allocated by %s (%s)", c.id(), c.kind().label(),
          ex.allocatingParty(c).label(java.util.Locale.FRENCH), ex.allocatingPartyBasis(c)));
    }
  }

  static void printMandatory(PrintStream out, ClosedExercice ex) {
    out.println("Mandatory steps for " + ex.exercice() + " (" + ex.allocatingPartyBasis() + "):");
    for (MandatorySteps s : ResultEngine.mandatorySteps(ex)) {
      out.println(String.format(java.util.Locale.ROOT, "  %-13s result %14s  free surplus %14s  (%d mandatory movement(s) before transfers)",
          s.compte().id(), format(s.resultToAllocate()), format(s.freeSurplus()), s.movements().size()));
    }
  }

  static void printMovements(PrintStream out, AllocationDecision d) {
    out.println("Movements " + d.exercice() + ":");
    for (Movement m : d.movements()) {
      out.println(String.format(java.util.Locale.ROOT, "  %-13s %-74s %14s  %s", m.compteId(), m.label(),
          format(m.amount()), m.basis()));
    }
  }

  static void printTable(PrintStream out, AllocationDecision d) {
    AllocationTable t = d.table();
    int width = 10;
    for (AllocationTable.Line l : t.lines()) {
      width = Math.max(width, l.label().length());
    }
    out.println();
    out.println("Tableau de détermination et d'affectation du résultat " + d.exercice());
    StringBuilder head = new StringBuilder(pad("", width));
    for (CompteDeResultat c : t.comptes()) {
      head.append(left(c.id(), 15));
    }
    head.append(left("Total", 15));
    out.println(head);
    StringBuilder parties = new StringBuilder(pad("Affecté par", width));
    for (CompteDeResultat c : t.comptes()) {
      parties.append(left(t.allocatingParty(c.id()) == AllocatingParty.GESTIONNAIRE ? "gestionnaire" : "autorité", 15));
    }
    out.println(parties);
    AllocationTable.Section section = null;
    for (AllocationTable.Line l : t.lines()) {
      if (l.section() != section) {
        section = l.section();
        out.println("-- " + title(section));
      }
      StringBuilder row = new StringBuilder(pad(l.label(), width));
      for (CompteDeResultat c : t.comptes()) {
        row.append(left(format(l.amount(c.id())), 15));
      }
      row.append(left(format(l.total()), 15));
      out.println(row);
    }
  }

  static String title(AllocationTable.Section s) {
    switch (s) {
      case DETERMINATION:
        return "Détermination du résultat";
      case MANDATORY:
        return "Étapes obligatoires";
      case FREE:
        return "Choix de la partie qui affecte";
      case BALANCES_BEFORE:
        return "Soldes avant affectation";
      default:
        return "Soldes après affectation";
    }
  }

  static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < width) {
      sb.append(' ');
    }
    return sb.toString();
  }

  static String left(String s, int width) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() + s.length() < width) {
      sb.append(' ');
    }
    return sb.append(s).toString();
  }

  /**
   * Formats an amount with a space every three digits and a point before the cents: "-1 234 567.89".
   *
   * @param amount the amount
   * @return the text
   */
  static String format(Amount amount) {
    return Formats.amount(amount);
  }

}
