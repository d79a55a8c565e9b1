package org.cpom.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.Violation;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.accounts.BalanceLine;
import org.cpom.accounts.CompteNum;
import org.cpom.calendar.Deadline;
import org.cpom.calendar.SourceStatus;
import org.cpom.contract.CompteKind;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.money.Rate;

/**
 * The financial analysis at the EPRD/ERRD perimeter (the gestionnaire's filing, CASF R314-213 I): from the trial
 * balance the accounts floor reads ({@link org.cpom.accounts.AccountsEngine#trialBalance}) to the CAF, the fonds de
 * roulement, the besoin en fonds de roulement and the trésorerie an authority reads.
 *
 * <p>Every function is pure: no clock, no locale, no I/O; its inputs are immutable values.
 */
public final class FinanceEngine {
  private FinanceEngine() {}

  /**
   * The financial tables of a trial balance with the ERRD reading of the CAF ({@link CafAccounts#ERRD}), as
   * {@link #analyse(BalanceGenerale, CafAccounts)}.
   *
   * @param balance the trial balance of the EPRD/ERRD perimeter, before the closing entries
   * @return the CAF both ways, the FRNG, the BFR and the trésorerie
   * @throws CpomValidationException if the accounts outside classes 1 to 7 do not balance to zero
   */
  public static AnalyseFinanciere analyse(BalanceGenerale balance) {
    return analyse(balance, CafAccounts.ERRD);
  }

  /**
   * The financial tables of a trial balance (CASF R314-213 I: the CAF, the fonds de roulement, the trésorerie),
   * read as {@link Convention#FINANCIAL_ANALYSIS} says: the CAF by the additive method from the result and by the
   * subtractive method from the EBE, which agree; the FRNG, the BFR and the trésorerie, FRNG − BFR = trésorerie to
   * the cent. Each figure is the closing balances of its accounts ({@link AnalyseFinanciere} lists them).
   *
   * @param balance the trial balance of the EPRD/ERRD perimeter, before the closing entries (classes 6 and 7 not
   *     yet carried to account 12; a balance after them gives a result of zero and its CAF is not meaningful)
   * @param cafAccounts the accounts the CAF treats as calculated
   * @return the tables
   * @throws CpomValidationException if the accounts outside classes 1 to 7 (0, 8, 9, or a number not starting
   *     with a digit) do not balance to zero, naming the first of them
   */
  public static AnalyseFinanciere analyse(BalanceGenerale balance, CafAccounts cafAccounts) {
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(cafAccounts, "cafAccounts");
    long produits = 0; // class 7, credit positive
    long charges = 0; // class 6, debit positive
    long chargesCalculees = 0;
    long produitsCalcules = 0;
    long ebe = 0;
    long autresProduits = 0;
    long autresCharges = 0;
    long stables = 0; // classes 1, 2 and 39, 49, 59, credit positive
    long circulant = 0; // classes 3 and 4 other than 39, 49, debit positive
    long tresorerie = 0; // class 5 other than 59, debit positive
    long outside = 0;
    CompteNum firstOutside = null;
    for (BalanceLine line : balance.lines()) {
      CompteNum c = line.compte();
      long debit = line.amounts().closingBalance().cents();
      char k = c.number().charAt(0);
      if (k == '6') {
        charges = Checks.addExact(charges, debit, "charges");
        if (cafAccounts.isChargeCalculee(c)) {
          chargesCalculees = Checks.addExact(chargesCalculees, debit, "chargesCalculees");
        } else if (c.number().length() >= 2 && c.number().charAt(1) <= '4') {
          ebe = Checks.addExact(ebe, -debit, "ebe");
        } else {
          autresCharges = Checks.addExact(autresCharges, debit, "autresCharges");
        }
      } else if (k == '7') {
        produits = Checks.addExact(produits, -debit, "produits");
        if (cafAccounts.isProduitCalcule(c)) {
          produitsCalcules = Checks.addExact(produitsCalcules, -debit, "produitsCalcules");
        } else if (c.number().length() >= 2 && c.number().charAt(1) <= '4') {
          ebe = Checks.addExact(ebe, -debit, "ebe");
        } else {
          autresProduits = Checks.addExact(autresProduits, -debit, "autresProduits");
        }
      } else if (k == '1' || k == '2' || c.startsWith("39") || c.startsWith("49") || c.startsWith("59")) {
        stables = Checks.addExact(stables, -debit, "frng");
      } else if (k == '3' || k == '4') {
        circulant = Checks.addExact(circulant, debit, "bfr");
      } else if (k == '5') {
        tresorerie = Checks.addExact(tresorerie, debit, "tresorerie");
      } else {
        outside = Checks.addExact(outside, debit, "balance");
        if (firstOutside == null && debit != 0) {
          firstOutside = c;
        }
      }
    }
    Checks.check(outside == 0, "balance", firstOutside, Articles.FINANCIAL_ANALYSIS,
        "the accounts outside classes 1 to 7 must balance to zero, they leave " + Amount.ofCents(outside));
    long resultat = Checks.addExact(produits, -charges, "resultat");
    return new AnalyseFinanciere(cafAccounts, Amount.ofCents(resultat), Amount.ofCents(chargesCalculees),
        Amount.ofCents(produitsCalcules), Amount.ofCents(ebe), Amount.ofCents(autresProduits),
        Amount.ofCents(autresCharges), Amount.ofCents(Checks.addExact(stables, resultat, "frng")),
        Amount.ofCents(circulant), Amount.ofCents(tresorerie));
  }

  /**
   * An aggregate expressed in days of charges, as the ANAP tableau de bord names « FRNG en nombre de jours de
   * charges courantes »: {@code amount × dayBase / charges}, to two decimals, half away from zero
   * ({@link Convention#FINANCIAL_ANALYSIS}). No official text gives the denominator for an ESMS (unverified), so
   * the caller passes it: the usual reading is the charges courantes, class 6 less 68 and 675, with a base of 365.
   *
   * @param amount the aggregate, such as {@link AnalyseFinanciere#frng()}
   * @param charges the denominator, above zero
   * @param dayBase the days of the year counted, 360 to 366
   * @return the days, two decimals, negative for a negative aggregate
   * @throws CpomValidationException if {@code charges} is not above zero or {@code dayBase} outside 360 to 366
   */
  public static BigDecimal enJours(Amount amount, Amount charges, int dayBase) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(charges, "charges");
    Checks.check(charges.isPositive(), "charges", charges, Articles.FINANCIAL_ANALYSIS, "must be above zero");
    Checks.check(dayBase >= 360 && dayBase <= 366, "dayBase", dayBase, Articles.FINANCIAL_ANALYSIS,
        "a year of 360 to 366 days");
    return BigDecimal.valueOf(amount.cents()).multiply(BigDecimal.valueOf(dayBase))
        .divide(BigDecimal.valueOf(charges.cents()), 2, RoundingMode.HALF_UP);
  }

  // --- Équilibre réel of an EPRD (R314-222) and décision modificative (R314-229 III) ---

  /**
   * The tests of the équilibre réel an authority applies to an EPRD (CASF R314-221 1°, R314-222), as {@link
   * Convention#EQUILIBRE_REEL} reads them; each failed test is a violation with its article, in this order:
   * <ul>
   *   <li>R314-222 I 1°: a compte whose forecast tariff revenue differs from the notified amounts, by a cent or
   *       more (field {@code comptes[name].produitsDeLaTarification});</li>
   *   <li>R314-222 I 3°: capital repayments financed by the new loans other than renegotiations ({@link
   *       EprdForecast#capitalFinancedByLoans()} above zero; field {@code loanProceeds});</li>
   *   <li>R314-222 I 4°: a CAF below the loan capital due in the year (field {@code caf});</li>
   *   <li>R314-222 II: a compte in the CPOM in deficit that the caller does not state compatible with the PGFP
   *       (1°); a compte outside the CPOM or tariffed by the préfet whose result is not zero (2°); an activity of
   *       R314-74 in deficit (3°); field {@code comptes[name].resultat}.</li>
   * </ul>
   * The conditions 2° (sincere estimates) and 5° (earmarked revenue used for its purpose) are judgements, not
   * figures, and the ESAT commercial budgets' rule (II 4°) was not read: they are not tested.
   *
   * @param eprd the EPRD
   * @return the violations, empty when the EPRD is in équilibre réel on the tests made
   */
  public static List<Violation> checkEquilibreReel(EprdForecast eprd) {
    Objects.requireNonNull(eprd, "eprd");
    List<Violation> violations = new ArrayList<>();
    for (EprdCompteDeResultat c : eprd.comptes()) {
      if (!c.produitsDeLaTarification().equals(c.produitsNotifies())) {
        violations.add(Violation.of("comptes[" + c.name() + "].produitsDeLaTarification",
            c.produitsDeLaTarification().toString(), Articles.TARIFF_REVENUE,
            "the tariff revenue must be the amounts notified, " + c.produitsNotifies()));
      }
    }
    Amount byLoans = eprd.capitalFinancedByLoans();
    if (byLoans.isPositive()) {
      violations.add(Violation.of("loanProceeds", eprd.loanProceeds().toString(), Articles.NOT_BY_LOANS,
          byLoans + " of the capital due is financed by loans other than renegotiations (renegotiations "
              + eprd.renegotiatedLoans() + ", investments " + eprd.investments() + ")"));
    }
    if (eprd.caf().isLessThan(eprd.capitalDue())) {
      violations.add(Violation.of("caf", eprd.caf().toString(), Articles.CAF_COVERS_CAPITAL,
          "the CAF does not cover the loan capital due in the year, " + eprd.capitalDue() + ", short by "
              // in BigDecimal: an extreme negative CAF must not overflow the message
              + Amount.CURRENCY_CODE + " " + eprd.capitalDue().toBigDecimal().subtract(eprd.caf().toBigDecimal())
              .toPlainString()));
    }
    for (EprdCompteDeResultat c : eprd.comptes()) {
      String problem = balanceProblem(c);
      if (problem != null) {
        violations.add(Violation.of("comptes[" + c.name() + "].resultat", c.resultat().toString(),
            balanceRule(c.kind()), problem));
      }
    }
    return List.copyOf(violations);
  }

  /** What R314-222 II asks of a compte's forecast result, or null when it holds or is not tested. */
  private static String balanceProblem(EprdCompteDeResultat c) {
    switch (c.kind()) {
      case IN_CPOM:
        return c.resultat().isNegative() && !c.deficitCompatibleWithPgfp()
            ? "a deficit in the CPOM must stay compatible with the PGFP, which is not stated" : null;
      case OUTSIDE_CPOM_PERIMETER:
      case TARIFFED_BY_PREFET:
        return c.resultat().isZero() ? null : "a compte outside the CPOM or tariffed by the préfet is balanced";
      case ACTIVITY_OUTSIDE_L312_1:
        return c.resultat().isNegative() ? "an activity of R314-74 is balanced or in surplus" : null;
      default:
        return null; // ESAT_COMMERCIAL_BUDGET: R314-222 II 4°, text not read
    }
  }

  private static LegalBasis balanceRule(CompteKind kind) {
    switch (kind) {
      case IN_CPOM:
        return Articles.DEFICIT_IN_CPOM;
      case ACTIVITY_OUTSIDE_L312_1:
        return Articles.BALANCED_R314_74;
      default:
        return Articles.BALANCED_OUTSIDE_CPOM;
    }
  }

  /**
   * Whether an in-year update makes a décision modificative due (CASF R314-229 II and III): when the updated CAF is
   * below the loan capital due in the year (III 1°), or the updated prélèvement sur le fonds de roulement, above
   * zero, exceeds the FRNG available on 1 January (III 2°). The DM is then presented within one calendar month of
   * the day the update is established ({@link Convention#DECISION_MODIFICATIVE_MONTH}): 15 March gives 15 April,
   * 31 January gives 28 February, or 29 February in a leap year. III says « notamment »: other upsets of the
   * budget's general economy (R314-229 II 2° and 3°) are judgements this function does not make.
   *
   * @param update the updated forecast
   * @return the triggers met and, if any, the deadline
   */
  public static DecisionModificativeDue checkDecisionModificative(EprdUpdate update) {
    Objects.requireNonNull(update, "update");
    List<DecisionModificativeTrigger> triggers = new ArrayList<>();
    if (update.updatedCaf().isLessThan(update.capitalDue())) {
      triggers.add(DecisionModificativeTrigger.CAF_BELOW_CAPITAL_DUE);
    }
    Amount prelevement = update.prelevementSurFondsDeRoulement();
    if (prelevement.isPositive() && prelevement.isGreaterThan(update.frngAtJanuary1())) {
      triggers.add(DecisionModificativeTrigger.PRELEVEMENT_ABOVE_FRNG);
    }
    Deadline deadline = triggers.isEmpty() ? null
        : Deadline.of("Presentation of a décision modificative", "Présentation d'une décision modificative",
            update.establishedOn().plusMonths(1), Articles.DM_DUE, SourceStatus.VERIFIED);
    return new DecisionModificativeDue(update, triggers, deadline);
  }

  // ---- The bilan financier, the tableau de financement and the ratios (issue 11, part 3) ----

  /**
   * The bilan financier of a trial balance with the default readings: {@link FondsDeRoulementAccounts#DEFAULT},
   * {@link BfrAccounts#R314_48} and {@link JoursDeCharges#CHARGES_COURANTES_365}.
   *
   * @param balance the trial balance of the EPRD/ERRD perimeter, before the closing entries
   * @return the FRI, FRE, both BFR, the trésorerie and the days
   * @throws CpomValidationException as {@link #analyse(BalanceGenerale)}
   */
  public static BilanFinancier bilanFinancier(BalanceGenerale balance) {
    return bilanFinancier(balance, FondsDeRoulementAccounts.DEFAULT, BfrAccounts.R314_48,
        JoursDeCharges.CHARGES_COURANTES_365);
  }

  /**
   * The bilan financier of a trial balance ({@link Convention#BILAN_FINANCIER}): the FRNG of
   * {@link #analyse(BalanceGenerale)} split into FRI and FRE (FRI + FRE = FRNG to the cent), the balance-sheet BFR
   * and the CASF R314-48 III BFR, the trésorerie (FRNG − balance-sheet BFR), and the charges the days are counted
   * on.
   *
   * @param balance the trial balance of the EPRD/ERRD perimeter, before the closing entries
   * @param fondsDeRoulement which FRNG accounts are FRI and which FRE
   * @param bfrAccounts the accounts of the R314-48 III BFR
   * @param jours the denominator and the day base of the days
   * @return the bilan financier
   * @throws CpomValidationException as {@link #analyse(BalanceGenerale)}
   */
  public static BilanFinancier bilanFinancier(BalanceGenerale balance, FondsDeRoulementAccounts fondsDeRoulement,
      BfrAccounts bfrAccounts, JoursDeCharges jours) {
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(fondsDeRoulement, "fondsDeRoulement");
    Objects.requireNonNull(bfrAccounts, "bfrAccounts");
    Objects.requireNonNull(jours, "jours");
    AnalyseFinanciere a = analyse(balance);
    long fri = 0;
    long fre = a.resultat().cents(); // the result not yet carried to 12 sits with 12, on the FRE side
    long bfr = 0;
    long charges = 0;
    for (BalanceLine line : balance.lines()) {
      CompteNum c = line.compte();
      long debit = line.amounts().closingBalance().cents();
      if (isStable(c)) {
        if (fondsDeRoulement.isFre(c)) {
          fre = Checks.addExact(fre, -debit, "fre");
        } else {
          fri = Checks.addExact(fri, -debit, "fri");
        }
      }
      if (bfrAccounts.counts(c)) {
        bfr = Checks.addExact(bfr, debit, "bfrR31448");
      }
      if (jours.counts(c)) {
        charges = Checks.addExact(charges, debit, "charges");
      }
    }
    return new BilanFinancier(Amount.ofCents(fri), Amount.ofCents(fre), a.bfr(), Amount.ofCents(bfr),
        a.tresorerie(), Amount.ofCents(charges), jours);
  }

  /**
   * The tableau de financement of an exercice with the ERRD reading of the CAF, as
   * {@link #tableauDeFinancement(BalanceGenerale, CafAccounts)}.
   *
   * @param balance the trial balance of the exercice with its à-nouveaux and movements, before the closing entries
   * @return the tableau
   * @throws CpomValidationException as {@link #analyse(BalanceGenerale)}
   */
  public static TableauDeFinancement tableauDeFinancement(BalanceGenerale balance) {
    return tableauDeFinancement(balance, CafAccounts.ERRD);
  }

  /**
   * The tableau de financement of an exercice ({@link Convention#TABLEAU_DE_FINANCEMENT}): the FRNG of the
   * à-nouveaux is FRNG(N−1), the FRNG of the closing balances ({@link #analyse}) is FRNG(N); the ressources and
   * emplois stables are read from the movements of the exercice, and what changes the FRNG outside them is the
   * autres variations line, so that FRNG(N) = FRNG(N−1) + apport to the cent. A trial balance without à-nouveaux
   * or movement columns (closing balances only) reads as an FRNG(N−1) of zero and movements equal to the closing
   * balances.
   *
   * @param balance the trial balance of the exercice with its à-nouveaux and movements, before the closing entries
   * @param cafAccounts the accounts the CAF treats as calculated
   * @return the tableau
   * @throws CpomValidationException as {@link #analyse(BalanceGenerale, CafAccounts)}
   */
  public static TableauDeFinancement tableauDeFinancement(BalanceGenerale balance, CafAccounts cafAccounts) {
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(cafAccounts, "cafAccounts");
    AnalyseFinanciere a = analyse(balance, cafAccounts);
    long ouverture = 0;
    long capitaux = 0;
    long emprunts = 0;
    long cessions = 0;
    long immoFin = 0;
    long remboursements = 0;
    long acquisitions = 0;
    long creditsEnCours = 0; // credits of 23
    long debitsReceveurs = 0; // debits of 20 and 21, where a mise en service lands
    for (BalanceLine line : balance.lines()) {
      CompteNum c = line.compte();
      long open = line.amounts().openingDebit().minus(line.amounts().openingCredit()).cents();
      long md = line.amounts().movementDebit().cents();
      long mc = line.amounts().movementCredit().cents();
      char k = c.number().charAt(0);
      if (isStable(c) || k == '6' || k == '7') {
        ouverture = Checks.addExact(ouverture, -open, "frngOuverture");
      }
      if (c.startsWith("10") && !c.startsWith("106") || c.startsWith("13") && !c.startsWith("139")) {
        capitaux = Checks.addExact(capitaux, mc, "capitauxPropres");
      } else if (c.startsWith("16") && !c.startsWith("1688")) {
        emprunts = Checks.addExact(emprunts, mc, "emprunts");
        remboursements = Checks.addExact(remboursements, md, "remboursementsEmprunts");
      } else if (c.startsWith("775")) {
        cessions = Checks.addExact(cessions, mc - md, "cessions");
      } else if (c.startsWith("27") && !c.startsWith("2768")) {
        immoFin = Checks.addExact(immoFin, mc, "immobilisationsFinancieresRemboursees");
        acquisitions = Checks.addExact(acquisitions, md, "acquisitions");
      } else if (c.startsWith("23")) {
        acquisitions = Checks.addExact(acquisitions, md, "acquisitions");
        creditsEnCours = Checks.addExact(creditsEnCours, mc, "virementsEnCours");
      } else if (c.startsWith("20") || c.startsWith("21")) {
        acquisitions = Checks.addExact(acquisitions, md, "acquisitions");
        debitsReceveurs = Checks.addExact(debitsReceveurs, md, "virementsEnCours");
      } else if (c.startsWith("26")) {
        acquisitions = Checks.addExact(acquisitions, md, "acquisitions");
      }
    }
    // a mise en service moves a cost from 23 to 20 or 21, already counted when it was debited to 23: the credits of
    // 23 the debits of 20 and 21 can hold are that move, not new spending; any excess (a refunded advance on 238, a
    // write-off) is left to the autres variations
    long virements = Math.min(creditsEnCours, debitsReceveurs);
    acquisitions = Checks.addExact(acquisitions, -virements, "acquisitions");
    long explicit = a.caf().cents();
    for (long l : new long[] {capitaux, emprunts, cessions, immoFin, -remboursements, -acquisitions}) {
      explicit = Checks.addExact(explicit, l, "apport");
    }
    long apport = Checks.addExact(a.frng().cents(), -ouverture, "apport");
    return new TableauDeFinancement(a.caf(), Amount.ofCents(capitaux), Amount.ofCents(emprunts),
        Amount.ofCents(cessions), Amount.ofCents(immoFin), Amount.ofCents(remboursements),
        Amount.ofCents(acquisitions), Amount.ofCents(virements),
        Amount.ofCents(Checks.addExact(apport, -explicit, "autresVariations")), Amount.ofCents(ouverture));
  }

  /**
   * The ratios of a trial balance with the ERRD reading of the CAF and the taux d'endettement over the produits,
   * as {@link #ratios(BalanceGenerale, Year, CafAccounts, AssietteEndettement)}.
   *
   * @param balance the trial balance of the EPRD/ERRD perimeter, before the closing entries
   * @param exercice the exercice, whose 1 January picks the thresholds in force
   * @return the ratios and their alerts
   * @throws CpomValidationException as {@link #analyse(BalanceGenerale)}
   */
  public static RatiosFinanciers ratios(BalanceGenerale balance, Year exercice) {
    return ratios(balance, exercice, CafAccounts.ERRD, AssietteEndettement.PRODUITS);
  }

  /**
   * The ratios an authority reads on a trial balance ({@link Convention#FINANCIAL_RATIOS}): the taux de CAF, the
   * three taux de vétusté, the indépendance financière, the durée apparente de la dette, the taux d'endettement,
   * the taux de prestations externes and the frais de siège; with an alert for each {@link Seuils#DEFAULT}
   * threshold crossed, the one in force on 1 January of the exercice.
   *
   * @param balance the trial balance of the EPRD/ERRD perimeter, before the closing entries
   * @param exercice the exercice, whose 1 January picks the thresholds in force
   * @param cafAccounts the accounts the CAF treats as calculated
   * @param assiette what the taux d'endettement divides the debt by
   * @return the ratios and their alerts
   * @throws CpomValidationException as {@link #analyse(BalanceGenerale, CafAccounts)}
   */
  public static RatiosFinanciers ratios(BalanceGenerale balance, Year exercice, CafAccounts cafAccounts,
      AssietteEndettement assiette) {
    return ratios(balance, exercice, cafAccounts, assiette, Seuils.DEFAULT);
  }

  /**
   * The ratios of {@link #ratios(BalanceGenerale, Year, CafAccounts, AssietteEndettement)}, compared with the
   * caller's thresholds instead of {@link Seuils#DEFAULT}: each alert cites the basis of the caller's parameter, and
   * a threshold not yet in force on 1 January of the exercice raises none.
   *
   * @param balance the trial balance of the EPRD/ERRD perimeter, before the closing entries
   * @param exercice the exercice, whose 1 January picks the thresholds in force
   * @param cafAccounts the accounts the CAF treats as calculated
   * @param assiette what the taux d'endettement divides the debt by
   * @param seuils the thresholds the alerts compare with
   * @return the ratios and their alerts
   * @throws CpomValidationException as {@link #analyse(BalanceGenerale, CafAccounts)}
   */
  public static RatiosFinanciers ratios(BalanceGenerale balance, Year exercice, CafAccounts cafAccounts,
      AssietteEndettement assiette, Seuils seuils) {
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(exercice, "exercice");
    Objects.requireNonNull(cafAccounts, "cafAccounts");
    Objects.requireNonNull(assiette, "assiette");
    Objects.requireNonNull(seuils, "seuils");
    AnalyseFinanciere a = analyse(balance, cafAccounts);
    long produits = 0;
    long produitsCaf = 0;
    long[] vetuste = new long[6];
    long dette = 0;
    long fondsPropres = 0;
    long prestations = 0;
    long personnel = 0;
    long siege = 0;
    for (BalanceLine line : balance.lines()) {
      CompteNum c = line.compte();
      long debit = line.amounts().closingBalance().cents();
      char k = c.number().charAt(0);
      if (k == '7') {
        produits = Checks.addExact(produits, -debit, "produits");
        if (!startsWithAny(c, TAUX_DE_CAF_HORS_PRODUITS)) {
          produitsCaf = Checks.addExact(produitsCaf, -debit, "produitsTauxDeCaf");
        }
      } else if (k == '6') {
        if (startsWithAny(c, PRESTATIONS_EXTERNES)) {
          prestations = Checks.addExact(prestations, debit, "prestationsExternes");
        }
        if (startsWithAny(c, PERSONNEL_ET_PRESTATIONS)) {
          personnel = Checks.addExact(personnel, debit, "personnelEtPrestations");
        }
        if (c.startsWith("6556") || c.startsWith("6558")) {
          siege = Checks.addExact(siege, debit, "fraisDeSiege");
        }
      }
      int v = vetusteSlot(c);
      if (v >= 0) {
        vetuste[v] = Checks.addExact(vetuste[v], v % 2 == 0 ? -debit : debit, "vetuste");
      }
      if (c.startsWith("16") && !startsWithAny(c, HORS_DETTE)) {
        dette = Checks.addExact(dette, -debit, "encoursDette");
      } else if (startsWithAny(c, FONDS_PROPRES)) {
        fondsPropres = Checks.addExact(fondsPropres, -debit, "financementsStables");
      }
    }
    long stables = Checks.addExact(fondsPropres, dette, "financementsStables");
    long base = assiette == AssietteEndettement.PRODUITS ? produits
        : Checks.addExact(stables, a.resultat().cents(), "assietteEndettement");
    Amount[] v = new Amount[6];
    for (int i = 0; i < 6; i++) {
      v[i] = Amount.ofCents(vetuste[i]);
    }
    RatiosFinanciers draft = new RatiosFinanciers(a.caf(), Amount.ofCents(produitsCaf), v, Amount.ofCents(dette),
        Amount.ofCents(stables), assiette, Amount.ofCents(base), Amount.ofCents(prestations),
        Amount.ofCents(personnel), Amount.ofCents(siege), List.of());
    return draft.withAlertes(alertes(draft, seuils, exercice.atDay(1)));
  }

  /**
   * Class 7 accounts the taux de CAF leaves out of its produits (the ERRD formula as Hélios prints it); 709 and 713
   * stay in with their sign, so a rebate granted (709, a debit) lowers the produits, as the formula's « minus 709 »
   * says.
   */
  private static final List<String> TAUX_DE_CAF_HORS_PRODUITS = List.of("775", "777", "7781", "78");
  private static final List<String> PRESTATIONS_EXTERNES = List.of("6111", "6112", "621", "6223", "6226");
  private static final List<String> PERSONNEL_ET_PRESTATIONS =
      List.of("621", "622", "631", "633", "64", "6111", "6112");
  private static final List<String> HORS_DETTE = List.of("165", "1688", "169");
  private static final List<String> FONDS_PROPRES = List.of("10", "11", "13", "14", "15");

  /** The FRNG perimeter of {@link #analyse}: classes 1 and 2, and 39, 49, 59. */
  private static boolean isStable(CompteNum c) {
    char k = c.number().charAt(0);
    return k == '1' || k == '2' || c.startsWith("39") || c.startsWith("49") || c.startsWith("59");
  }

  private static boolean startsWithAny(CompteNum c, List<String> prefixes) {
    for (String p : prefixes) {
      if (c.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Depreciation (even slot, credit positive) or gross value (odd slot, debit positive) of a vétusté rate. */
  private static int vetusteSlot(CompteNum c) {
    if (c.startsWith("2813") || c.startsWith("2814")) {
      return 0;
    } else if (c.startsWith("213") || c.startsWith("214")) {
      return 1;
    } else if (c.startsWith("2815")) {
      return 2;
    } else if (c.startsWith("215")) {
      return 3;
    } else if (c.startsWith("2818")) {
      return 4;
    } else if (c.startsWith("218")) {
      return 5;
    }
    return -1;
  }

  /**
   * The alerts, each a violation naming no value: an alert rejects nothing, and a violation naming a value prints
   * it as rejected; the problem says the figure and the threshold instead.
   */
  private static List<Violation> alertes(RatiosFinanciers r, Seuils seuils, LocalDate date) {
    List<Violation> out = new ArrayList<>();
    seuils.tauxDeCafMinimum().find(date).ifPresent(min -> r.tauxDeCaf().filter(t -> t.compareTo(min) < 0)
        .ifPresent(t -> out.add(Violation.of("tauxDeCaf", seuils.tauxDeCafMinimum().basis(), "the taux de CAF, "
            + percent(t) + ", is below " + percent(min) + ", a critère de déséquilibre financier"))));
    seuils.independanceFinanciereMaximum().find(date).ifPresent(max -> r.independanceFinanciere()
        .filter(t -> t.compareTo(max) > 0)
        .ifPresent(t -> out.add(Violation.of("independanceFinanciere", seuils.independanceFinanciereMaximum().basis(),
            "the debt is " + percent(t) + " of the financements stables, above " + percent(max)))));
    if (r.assiette() == AssietteEndettement.PRODUITS) {
      seuils.tauxEndettementMaximum().find(date).ifPresent(max -> r.tauxEndettement()
          .filter(t -> t.compareTo(max) > 0)
          .ifPresent(t -> out.add(Violation.of("tauxEndettement", seuils.tauxEndettementMaximum().basis(),
              "the debt is " + percent(t) + " of the produits, above " + percent(max)))));
    }
    seuils.dureeApparenteMaximum().find(date).ifPresent(max -> {
      if (r.encoursDette().isPositive() && !r.caf().isPositive()) {
        out.add(Violation.of("dureeApparenteDette", seuils.dureeApparenteMaximum().basis(), "a debt of "
            + r.encoursDette() + " with a CAF of " + r.caf() + ", not above zero, cannot be repaid from it"));
      }
      r.dureeApparenteDette().filter(d -> d.compareTo(max) > 0).ifPresent(d -> out.add(Violation.of(
          "dureeApparenteDette", seuils.dureeApparenteMaximum().basis(), "the debt needs " + d.toPlainString()
              + " years of CAF, more than " + max.toPlainString())));
    });
    return out;
  }

  private static String percent(Rate r) {
    return r.toPercent(2, RoundingMode.HALF_UP).toPlainString() + " %";
  }
}
