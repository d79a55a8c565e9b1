package org.cpom.examples;

import static org.cpom.examples.Association.FOYER_DE_VIE;
import static org.cpom.examples.Association.IME;
import static org.cpom.examples.Association.MAS;
import static org.cpom.examples.Association.SESSAD;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpom.LegalBasis;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.accounts.Fec;
import org.cpom.accounts.Ventilation;
import org.cpom.activity.ActivityRecord;
import org.cpom.activity.PhModulation;
import org.cpom.budget.AccountMapping;
import org.cpom.budget.BbzBudget;
import org.cpom.budget.Budget;
import org.cpom.budget.DayBasis;
import org.cpom.budget.DecisionPackage;
import org.cpom.budget.FillRule;
import org.cpom.budget.ForecastMethod;
import org.cpom.budget.GroupTotals;
import org.cpom.budget.IncorporatedResult;
import org.cpom.budget.TrackingEntry;
import org.cpom.budget.BudgetEngine;
import org.cpom.budget.MatriceDeSuivi;
import org.cpom.budget.PackageSelection;
import org.cpom.budget.PrixDeJournee;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.contract.AllocatingParty;
import org.cpom.contract.Avenant;
import org.cpom.contract.BudgetFramework;
import org.cpom.contract.Cpom;
import org.cpom.contract.CpomBasis;
import org.cpom.contract.Dgc;
import org.cpom.contract.DgcMember;
import org.cpom.contract.FollowUp;
import org.cpom.contract.GrilleAvancement;
import org.cpom.contract.ModulationClause;
import org.cpom.contract.ModulationIndicator;
import org.cpom.contract.Objective;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.ResultAllocationClause;
import org.cpom.contract.TariffMode;
import org.cpom.contract.TariffModeClause;
import org.cpom.dotation.Actualisation;
import org.cpom.dotation.Cnr;
import org.cpom.dotation.CretonRevenue;
import org.cpom.dotation.CretonSplit;
import org.cpom.dotation.DecisionModificative;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DmStatus;
import org.cpom.dotation.DmTransfer;
import org.cpom.dotation.DotationEngine;
import org.cpom.dotation.EsmsYear;
import org.cpom.dotation.MesureNouvelle;
import org.cpom.finance.FinanceEngine;
import org.cpom.finance.BilanFinancier;
import org.cpom.investment.EvaluationFinanciere;
import org.cpom.investment.InvestmentEngine;
import org.cpom.investment.Pgfp;
import org.cpom.investment.PgfpYear;
import org.cpom.investment.Surcouts;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.DgcScheduleRequest;
import org.cpom.payment.PaymentEngine;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Funder;
import org.cpom.referential.GroupeFonctionnel;
import org.cpom.result.AllocationDecision;
import org.cpom.result.ClosedExercice;
import org.cpom.result.AllocationProposal;
import org.cpom.result.ResultEngine;

/**
 * One association's CPOM from its signature to its budget, as one story read top down: the contract, its
 * grille d'avancement, its DGC over 2025 and 2026 with the activity modulation its clauses set, the payments and
 * the IME's Creton parts, the association's FEC of each year split into its comptes de résultat and the allocation
 * of their results, and the IME's budget base zéro within its share of the DGC. Each step takes what the step before computed; nothing computed is typed again. Everything is
 * printed in French, the locale passed explicitly ({@link Formats#FR}).
 *
 * <p>Run it with {@code ./mvnw -q -pl cpom-examples -am compile exec:java}. This is an example, not a supported
 * API: it may change in any release.
 */
public final class AssociationExample {
  private AssociationExample() {}

  /** The name of the contract's DGC: the later steps find it in the contract by this name. */
  static final String DGC_NAME = "DGC ARS Association Les Coteaux";

  /** The date the summary is drawn up on: after the 2026 follow-up (the example reads no clock). */
  static final LocalDate REPORT_DATE = LocalDate.of(2027, 1, 31);

  /**
   * Prints the whole story on the standard output.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the story and prints each step.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    // 1. The contract, built once: the gestionnaire and its four ESMS, the financial clause (R314-40), the DGC
    //    (R314-43-1), the activity clauses (R314-43-2), the result-allocation clause (R314-234) and the
    //    fiches-actions. Every later step reads its facts from it.
    Cpom cpom = contract();
    Report.contract(out, cpom, REPORT_DATE);

    // 2. The grille d'état d'avancement: the follow-ups of 2025 and 2026 against the fiches-actions as amended,
    //    and the steps late on the report date (arrêté du 3 mars 2017).
    List<FollowUp> followUps = FichesActions.followUps();
    Report.grille(out, GrilleAvancement.from(cpom, followUps),
        GrilleAvancement.lateSteps(cpom, followUps, REPORT_DATE), REPORT_DATE);

    // 3. The DGC resolved from the contract by its name: basis, years, gestionnaire and members' modes come from
    //    the contract (R314-43-1).
    ResolvedDgc dgc = cpom.dgc(DGC_NAME);

    // 4. 2025: the dotation of each ESMS from the 2024 bases, with the MAS modulated under the contract's
    //    occupancy clause (R314-43-2), then the DGC and its split.
    Map<FinessNumber, Amount> bases2024 = bases2024();
    DgcDotation dotation2025 = dotation2025(cpom, dgc, bases2024);
    Report.dotation(out, dotation2025);

    // 5. The IME's Creton parts of 2025 (R314-115): its share of the DGC less what the Départements pay.
    CretonSplit creton2025 = creton2025(dotation2025);
    Report.creton(out, creton2025);

    // 6. The 2025 payments of the assurance maladie (R314-107, CSS R174-16-1): arrêté notified late, on 10 April,
    //    so January to March are advances on what was paid in 2024 (the 2024 bases).
    DgcPaymentSchedule payments2025 = payments2025(dotation2025, bases2024, creton2025);
    Report.payments(out, dotation2025, payments2025);

    // 7. 2026: the dotation from the 2025 dotation (its bases reconductibles), the SESSAD modulated under its clause.
    DgcDotation dotation2026 = dotation2026(cpom, dgc, dotation2025);
    Report.dotation(out, dotation2026);
    CretonSplit creton2026 = creton2026(dotation2026);
    Report.creton(out, creton2026);

    // 8. The 2026 payments, notified in time: twelfths, the advances of 2025 being what was paid in 2025.
    DgcPaymentSchedule payments2026 = payments2026(dotation2026, payments2025, creton2026);
    Report.payments(out, dotation2026, payments2026);

    // 9. The association's accounts: the FEC its ERP exported for each year, read as cpom reads any stream, split
    //    into its five comptes de résultat (R314-217), the charges communes shared out by the tableau de
    //    répartition (R314-213 I 7°). The allocation below closes these results, and opens 2025 on the reserves
    //    of the FEC's à-nouveaux: nothing is typed again.
    Year first = Results.FIRST;
    Fec fec2025 = Ledgers.fec(first);
    Ventilation<GroupeFonctionnel> accounts2025 = Ledgers.ventilation(fec2025, first);
    Report.ledger(out, first, fec2025.summary(), accounts2025, Results.COMPTES);
    Fec fec2026 = Ledgers.fec(first.plusYears(1));
    Ventilation<GroupeFonctionnel> accounts2026 = Ledgers.ventilation(fec2026, first.plusYears(1));
    Report.ledger(out, first.plusYears(1), fec2026.summary(), accounts2026, Results.COMPTES);
    //    The same FEC's trial balance gives the filing's financial tables: bilan financier, tableau de financement,
    //    ratios and their alerts (org.cpom.finance).
    BalanceGenerale balance2026 = Ledgers.balance(first.plusYears(1));
    Report.bilanFinancier(out, first.plusYears(1), balance2026);
    //    The EPRD 2027 the association files, tested as the authority does: the résidence, outside the CPOM, forecasts
    //    a deficit it may not (R314-222 II 2°); in September the prélèvement planned for a works programme passes the
    //    FRNG at 1 January, so a décision modificative is due within a month (R314-229).
    Amount frng2026 = FinanceEngine.bilanFinancier(balance2026).frng();
    Report.equilibreReel(out, Results.eprd2027(), Results.update2027(frng2026));

    //    The IME extension in the PPI (R314-20) and the PGFP 2025-2030 filed with the EPRD 2025 (R314-213 I 6°),
    //    opening on the bilan at 31 December 2024 (the à-nouveaux of the FEC 2025), its tariff line from the DGC
    //    (computed, then projected), the fiches-actions' means by year (their cost, visible, leaves the result as it
    //    is): without and with the extension's surcoûts funded.
    BilanFinancier bilan2024 = FinanceEngine.bilanFinancier(Ledgers.openingBalance(first));
    EvaluationFinanciere evaluation = InvestmentEngine.evaluation(cpom.asAmended());
    List<PgfpYear> pgfpYears = InvestmentEngine.withEvaluation(InvestmentEngine.withPpi(
        Investments.years(Investments.dgcByYear(dgc, dotation2025, dotation2026)), Investments.ppi()), evaluation);
    Surcouts surcouts = Investments.surcouts();
    Pgfp pgfp = InvestmentEngine.pgfp(bilan2024.frng(), bilan2024.bfr(), pgfpYears);
    Pgfp funded = InvestmentEngine.pgfpScenario(pgfp, Investments.surcoutsFunded(pgfpYears, surcouts));
    Report.investment(out, Investments.imeExtension(), surcouts, evaluation, InvestmentEngine.comparePgfp(pgfp, funded));

    // 10. The results of 2025, closed under the contract: ClosedExercice.builder().contract(cpom) takes its basis,
    //    budget framework and result-allocation clause; who allocates each compte de résultat (R314-234).
    Report.resultsTitle(out, cpom);
    ClosedExercice exercice2025 = Results.exercice2025(cpom, fec2025, accounts2025);
    Report.parties(out, exercice2025);

    // 11. The mandatory steps of 2025 (R314-234 1° a and 2°): what each result clears before any choice.
    Report.mandatory(out, exercice2025, ResultEngine.mandatorySteps(exercice2025));

    // 12. A first proposal, validated against the rules and rejected: nothing is applied.
    Report.validated(out, "Première proposition", exercice2025,
        ResultEngine.validate(exercice2025, Results.firstProposal2025()));

    // 13. The corrected proposal, validated then applied: the movements, the ERRD table and the next ledger.
    AllocationProposal corrected2025 = Results.correctedProposal2025();
    Report.validated(out, "Proposition corrigée", exercice2025, ResultEngine.validate(exercice2025, corrected2025));
    AllocationDecision allocation2025 = ResultEngine.allocate(exercice2025, corrected2025);
    Report.allocation(out, allocation2025);

    // 14. 2026, closed on the ledger 2025 left: mandatory steps, then the association's proposal applied.
    ClosedExercice exercice2026 = Results.exercice2026(cpom, allocation2025.ledger(), accounts2026);
    out.println();
    Report.mandatory(out, exercice2026, ResultEngine.mandatorySteps(exercice2026));
    AllocationProposal proposal2026 = Results.proposal2026();
    Report.validated(out, "Proposition", exercice2026, ResultEngine.validate(exercice2026, proposal2026));
    AllocationDecision allocation2026 = ResultEngine.allocate(exercice2026, proposal2026);
    Report.allocation(out, allocation2026);
    out.println();
    out.println("Exercices du grand livre des réserves : " + allocation2026.ledger().exercices());

    // 15. The IME's budget base zéro 2025 (R314-13): staffing, activity costs and fixed costs rebuilt from zero,
    //     against its historical base, whose dotation line is its 2024 base.
    Year budgetYear = dotation2025.year();
    AccountMapping mapping = AccountMapping.standard();
    BbzBudget bbz = BudgetEngine.compute(Budgets.imeBbz(cpom, bases2024.get(IME.finess())), mapping);
    Report.bbz(out, bbz, budgetYear);

    // 16. Its decision packages funded in rank order within the IME's share of the 2025 DGC after the DM
    //     (R314-43-1): by default up to the first that does not fit; the option skips the misfits.
    Amount imeShare = dotation2025.finalSplit().share(IME.finess());
    List<DecisionPackage> packages = Budgets.packages(bbz);
    DecisionPackage socle = packages.get(0);
    List<DecisionPackage> increments = packages.subList(1, packages.size());
    PackageSelection selection = BudgetEngine.select(socle, increments, imeShare);
    PackageSelection skipping = BudgetEngine.select(socle, increments, imeShare, FillRule.SKIP_MISFITS);
    Report.packages(out, imeShare, socle, increments, selection, skipping);

    // 17. The CPOM budget 2025 classified per ESMS, per enveloppe and globally (R314-13): the IME as funded, the
    //     SESSAD and the MAS on their shares of the DGC, under the DGC's name.
    Budget budget = BudgetEngine.classify(Budgets.cpomBudgetLines(cpom, bbz, selection, dotation2025), cpom.perimeter(),
        mapping);
    Report.views(out, budget, budgetYear);

    // 18. The matrice de suivi at the end of September: forecast as actual plus the budget left, then extrapolated
    //     from the actuals.
    List<TrackingEntry> planned = Budgets.planned(budget, budgetYear);
    List<TrackingEntry> actual = Budgets.actual(budget, budgetYear);
    YearMonth closedThrough = budgetYear.atMonth(Month.SEPTEMBER);
    MatriceDeSuivi matrix = BudgetEngine.track(planned, actual, closedThrough);
    MatriceDeSuivi extrapolated = BudgetEngine.track(planned, actual, closedThrough, ForecastMethod.EXTRAPOLATED_ACTUAL);
    Report.tracking(out, matrix, extrapolated, budgetYear);

    // 19. The IME's prix de journée as funded (R314-113; computed for information under a dotation, R314-112): its
    //     charges in the CPOM budget, less an earlier surplus (R314-51) and its other revenue, over the average of
    //     its actual days of the three previous years.
    GroupTotals imeBudget = budget.byEsms().get(IME.finess());
    PrixDeJournee pj = BudgetEngine.prixDeJournee(imeBudget.charges(), IncorporatedResult.surplus(Budgets.EARLIER_SURPLUS),
        imeBudget.amount(GroupeFonctionnel.PRODUITS_II_AUTRES_PRODUITS)
            .plus(imeBudget.amount(GroupeFonctionnel.PRODUITS_III_FINANCIERS)),
        DayBasis.averageOfPreviousYears(budgetYear, Budgets.IME_ACTUAL_DAYS));
    Report.prixDeJournee(out, pj);
  }

  // ------------------------------------------------------------------------------------------------ the contract

  /**
   * The contract: 5 years from 1 January 2025, four ESMS, three objectives, four fiches-actions, and an
   * avenant adding a fifth from 1 July 2026.
   *
   * <p><b>Why an L313-12-2 contract.</b> The IME, the SESSAD and the MAS are under the ARS alone, so their CPOM
   * is the compulsory one of CASF L313-12-2, under the EPRD (R314-1), and only such a contract (or an IV ter
   * one) may modulate a dotation for activity (R314-43-2 I), which the MAS's occupancy clause does. The
   * Département du Rhône co-signs and brings its foyer de vie into the same contract, as joint ARS-Département
   * CPOMs commonly do. Whether L313-12-2 itself covers an ESMS tariffed by the Département alone was not
   * verified against the text; the alternative is a general L313-11 contract, which could then carry no
   * activity modulation.
   *
   * @return the contract
   */
  static Cpom contract() {
    return Cpom.builder()
        .id("CPOM-ARA-69-2025-001")
        .name("CPOM 2025-2029 Association Les Coteaux")
        .basis(CpomBasis.L313_12_2)
        .budgetFramework(BudgetFramework.EPRD)
        .gestionnaire(Association.GESTIONNAIRE)
        .addAuthorities(Association.ARS, Association.DEPARTEMENT)
        .startDate(LocalDate.of(2025, 1, 1))
        .durationYears(5)
        .addAllPerimeter(Association.ALL_ESMS)
        // The ARS ESMS share one dotation globalisée commune of the assurance maladie (R314-43-1), each updated
        // at the campaign rate (R314-40 1°).
        .addDgcs(Dgc.builder()
            .name(DGC_NAME)
            .authority(Association.ARS)
            .funder(Funder.assuranceMaladie())
            .addMembers(DgcMember.of(IME, TariffMode.CAMPAIGN_RATE), DgcMember.of(SESSAD, TariffMode.CAMPAIGN_RATE),
                DgcMember.of(MAS, TariffMode.CAMPAIGN_RATE))
            .build())
        // Art. 7.2: an occupancy objective of 95 % for the MAS (R314-43-2).
        .addModulationClauses(ModulationClause.occupancy(MAS.finess(), Rate.ofPercent("95"), LegalBasis.clause("art. 7.2")))
        // Art. 7.3: 8,000 actes a year for the SESSAD (R314-43-2 II 3°), a tolerance band of 2 points of gap, then
        // half of the gap beyond it (a modality of the contract, R314-43-2 III).
        .addModulationClauses(ModulationClause.builder()
            .esms(SESSAD.finess())
            .indicator(ModulationIndicator.SERVICES_DELIVERED)
            .objective(new BigDecimal("8000"))
            .franchise(Rate.ofPercent("2"))
            .coefficient(new BigDecimal("0.5"))
            .clause(LegalBasis.clause("art. 7.3"))
            .build())
        // Art. 8: the gestionnaire allocates the results, every destination, fungibility between the comptes de
        // résultat allowed (R314-234, R314-235).
        .resultAllocationClause(ResultAllocationClause.builder()
            .allocatingParty(AllocatingParty.GESTIONNAIRE).allowsFungibility(true).reference("art. 8").build())
        // ARS ESMS: the campaign rate (R314-40 1°) on every charges group; the foyer de vie: the Département's own
        // formula for staff costs (R314-40 2°).
        .addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_I_EXPLOITATION_COURANTE, TariffMode.CAMPAIGN_RATE))
        .addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_II_PERSONNEL, TariffMode.CAMPAIGN_RATE))
        .addFinancialClause(TariffModeClause.of(GroupeFonctionnel.CHARGES_III_STRUCTURE, TariffMode.CAMPAIGN_RATE))
        .addFinancialClause(TariffModeClause.builder()
            .esms(FOYER_DE_VIE.finess())
            .groupe(GroupeFonctionnel.CHARGES_II_PERSONNEL)
            .mode(TariffMode.CONTRACT_FORMULA)
            .terms("GVT +1,0 % par an sur la base 2025")
            .build())
        .addObjectives(
            Objective.of("OS1", "Fluidifier les parcours vers l'âge adulte",
                "9 jeunes adultes maintenus en IME au titre de l'amendement Creton"),
            Objective.of("OS2", "Prévenir l'usure professionnelle et stabiliser les équipes",
                "Absentéisme de 11,2 % à la MAS, 4 200 heures d'intérim en 2024"),
            Objective.of("OS3", "Développer l'accompagnement en milieu ordinaire",
                "23 enfants en attente d'une place de SESSAD"))
        .addFichesActions(FichesActions.fa1(), FichesActions.fa2(), FichesActions.fa3(), FichesActions.fa4())
        .addAvenants(Avenant.builder()
            .number(1)
            .effectiveDate(LocalDate.of(2026, 7, 1))
            .subject("Ajout de la fiche-action FA5 (habitat inclusif)")
            .addFichesActions(FichesActions.fa5())
            .build())
        .build();
  }

  // ------------------------------------------------------------------------------------------------ the DGC

  private static final LegalBasis CAMPAIGN_2025 = LegalBasis.given("instruction budgétaire de campagne 2025");

  /**
   * The bases reconductibles at the end of 2024, also what the assurance maladie paid each ESMS in 2024 (the
   * Départements then paid their Creton young adults apart).
   *
   * @return the bases by FINESS
   */
  static Map<FinessNumber, Amount> bases2024() {
    Map<FinessNumber, Amount> m = new LinkedHashMap<>();
    m.put(IME.finess(), Amount.ofEuros(1_800_000));
    m.put(SESSAD.finess(), Amount.ofEuros(600_000));
    m.put(MAS.finess(), Amount.ofEuros(3_100_000));
    return m;
  }

  /** The contract's activity clause for an ESMS (R314-43-2): the modulation reads it from the contract. */
  static ModulationClause clauseOf(Cpom cpom, FinessNumber esms) {
    return cpom.modulationClauses().stream().filter(c -> c.esms().equals(esms)).findFirst().orElseThrow();
  }

  /** The MAS's days provided in 2024: 90 % of 48 places x 365 days. */
  static ActivityRecord mas2024() {
    return ActivityRecord.builder().capacityOf(MAS).year(Year.of(2024)).daysProvided(15_768).build();
  }

  /**
   * 2025 at a campaign rate of 1.20 %: a mesure nouvelle for the IME (4 places from 1 October, 73,000 EUR a full
   * year), a CNR for the SESSAD, the MAS modulated for its 2024 occupancy (90 % against 95 %), and a DM moving
   * 50,000 EUR from the MAS to the IME, approved on 2 June (R314-43-1).
   */
  static DgcDotation dotation2025(Cpom cpom, ResolvedDgc dgc, Map<FinessNumber, Amount> bases2024) {
    Actualisation rate = Actualisation.campaignRate(Rate.ofPercent("1.20"));
    DgcYear year = DgcYear.builder()
        .year(Year.of(2025))
        .addEsms(
            EsmsYear.builder().esms(IME.finess()).actualisation(rate)
                .addMesuresNouvelles(MesureNouvelle.of("extension de 4 places d'internat", Amount.ofEuros(73_000),
                    LocalDate.of(2025, 10, 1), CAMPAIGN_2025))
                .build(),
            EsmsYear.builder().esms(SESSAD.finess()).actualisation(rate)
                .addCnr(Cnr.of("équipement pour les visites à domicile", Amount.ofEuros(40_000), CAMPAIGN_2025))
                .build(),
            EsmsYear.builder().esms(MAS.finess()).actualisation(rate)
                .modulation(PhModulation.builder().clause(clauseOf(cpom, MAS.finess())).addActivity(mas2024()).build())
                .build())
        .addDecisionsModificatives(DecisionModificative.builder()
            .reference("DM n° 1 2025")
            .submitted(LocalDate.of(2025, 5, 2))
            .status(DmStatus.APPROVED)
            .decisionDate(LocalDate.of(2025, 6, 2))
            .addTransfers(DmTransfer.of(MAS.finess(), IME.finess(), Amount.ofEuros(50_000)))
            .build())
        .build();
    return DotationEngine.compute(dgc, year, bases2024);
  }

  /**
   * 2026 at a campaign rate of 1.00 %, from the 2025 dotation: the MAS at 96 % in 2025 is not modulated; the
   * SESSAD, 7,600 actes of 8,000 in 2025 (a gap of 5 %, 3 points beyond its franchise), loses 1.5 %.
   */
  static DgcDotation dotation2026(Cpom cpom, ResolvedDgc dgc, DgcDotation lastYear) {
    Actualisation rate = Actualisation.campaignRate(Rate.ofPercent("1.00"));
    ActivityRecord mas2025 = ActivityRecord.builder().capacityOf(MAS).year(Year.of(2025)).daysProvided(16_819).build();
    ActivityRecord sessad2025 = ActivityRecord.builder().esms(SESSAD.finess()).year(Year.of(2025))
        .servicesDelivered(7_600).build();
    DgcYear year = DgcYear.builder()
        .year(Year.of(2026))
        .addEsms(EsmsYear.builder().esms(IME.finess()).actualisation(rate).build(),
            EsmsYear.builder().esms(SESSAD.finess()).actualisation(rate)
                .modulation(PhModulation.builder().clause(clauseOf(cpom, SESSAD.finess())).addActivity(sessad2025).build())
                .build(),
            EsmsYear.builder().esms(MAS.finess()).actualisation(rate)
                .modulation(PhModulation.builder().clause(clauseOf(cpom, MAS.finess())).addActivity(mas2024(), mas2025)
                    .build())
                .build())
        .build();
    return DotationEngine.compute(dgc, year, lastYear);
  }

  /**
   * The R314-115 split of the IME's share of a year's DGC: the Creton revenue billed to the Rhône and to the Ain
   * on the year before, which the Départements pay as prix de journée.
   */
  static CretonSplit creton(DgcDotation year, Amount rhone, Amount ain) {
    return DotationEngine.cretonSplit(year, IME.finess(),
        List.of(CretonRevenue.of("69", rhone), CretonRevenue.of("01", ain)));
  }

  /** The IME's Creton parts of 2025: billed to the Rhône and the Ain on 2024. */
  static CretonSplit creton2025(DgcDotation dotation2025) {
    return creton(dotation2025, Amount.ofEuros(42_000), Amount.ofEuros(18_500));
  }

  /** The IME's Creton parts of 2026: billed to the Rhône and the Ain on 2025. */
  static CretonSplit creton2026(DgcDotation dotation2026) {
    return creton(dotation2026, Amount.ofEuros(45_150), Amount.ofEuros(18_500));
  }

  /** 2025, the arrêté notified late on 10 April 2025: the advances are twelfths of what was paid in 2024. */
  static DgcPaymentSchedule payments2025(DgcDotation dotation2025, Map<FinessNumber, Amount> paid2024,
      CretonSplit creton2025) {
    return payments(dotation2025, LocalDate.of(2025, 4, 10), paid2024, creton2025);
  }

  /** 2026, the arrêté notified in time on 12 December 2025; what was paid in 2025 would carry the advances. */
  static DgcPaymentSchedule payments2026(DgcDotation dotation2026, DgcPaymentSchedule payments2025,
      CretonSplit creton2026) {
    return payments(dotation2026, LocalDate.of(2025, 12, 12), paid(payments2025), creton2026);
  }

  /** The payments of a year: the IME is paid its share less its Creton parts (R314-115). */
  static DgcPaymentSchedule payments(DgcDotation year, LocalDate notified, Map<FinessNumber, Amount> previousShares,
      CretonSplit creton) {
    return PaymentEngine.schedule(DgcScheduleRequest.builder()
        .dotation(year)
        .notified(notified)
        .previousShares(previousShares)
        .calendar(HolidayCalendars.national())
        .addCretonSplits(creton)
        .build());
  }

  /** What the assurance maladie paid each ESMS in a year: the advances of the next year are twelfths of it. */
  static Map<FinessNumber, Amount> paid(DgcPaymentSchedule schedule) {
    Map<FinessNumber, Amount> m = new LinkedHashMap<>();
    schedule.esms().forEach((f, e) -> m.put(f, e.total()));
    return m;
  }
}
