package org.cpom.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.accounts.BalanceLine;
import org.cpom.accounts.CompteNum;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;

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
}
