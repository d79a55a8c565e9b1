package org.cpom.finance;

import java.util.Objects;
import org.cpom.money.Amount;

/**
 * The financial tables of a trial balance at the EPRD/ERRD perimeter (CASF R314-213 I: the CAF table and the
 * impact on the fonds de roulement and the trésorerie), read as {@link org.cpom.Convention#FINANCIAL_ANALYSIS}
 * says.
 *
 * <ul>
 *   <li>the result of the exercice (résultat): class 7 less class 6;
 *   <li>the capacité d'autofinancement (CAF), additive method: the result plus the charges calculées less the
 *       produits calculés of the {@link CafAccounts} reading (by default the ERRD « Ratios financiers » formula,
 *       as the ministry's Hélios dashboard prints it: + 68 + 675 − 78 − 775 − 777 − 778; secondary source, the
 *       778 treatment unverified);
 *   <li>the excédent brut d'exploitation (EBE): accounts 70 to 74 less 60 to 64, calculated accounts aside;
 *   <li>the CAF by the subtractive method: the EBE plus the other produits (75, 76, 77, 79…) less the other charges
 *       (65, 66, 67, 69…) that are not calculated; always equal to the additive CAF;
 *   <li>the fonds de roulement net global (FRNG): the credit balances of classes 1 and 2 and of 39, 49 and 59 less
 *       the debit balances of classes 1 and 2 (the ERRD formula as Hélios prints it, secondary), plus the result
 *       of the exercice not yet carried to account 12;
 *   <li>the besoin en fonds de roulement (BFR): the balances of classes 3 and 4 other than 39 and 49, actif
 *       circulant less passif circulant (the balance-sheet definition, Hélios after ATIH ANCRE, secondary; the
 *       R314-48 III items — stocks, créances, charges constatées d'avance less dettes fournisseurs, sociales et
 *       fiscales, produits constatés d'avance — fall in those classes);
 *   <li>the trésorerie: the balances of class 5 other than 59; FRNG − BFR = trésorerie, to the cent.
 * </ul>
 *
 * <p>Built by {@link FinanceEngine#analyse}. This class is immutable and thread-safe; it compares by
 * value.
 */
public final class AnalyseFinanciere {
  private final CafAccounts cafAccounts;
  private final Amount resultat;
  private final Amount chargesCalculees;
  private final Amount produitsCalcules;
  private final Amount ebe;
  private final Amount autresProduits;
  private final Amount autresCharges;
  private final Amount frng;
  private final Amount bfr;
  private final Amount tresorerie;

  AnalyseFinanciere(CafAccounts cafAccounts, Amount resultat, Amount chargesCalculees, Amount produitsCalcules,
      Amount ebe, Amount autresProduits, Amount autresCharges, Amount frng, Amount bfr, Amount tresorerie) {
    this.cafAccounts = cafAccounts;
    this.resultat = resultat;
    this.chargesCalculees = chargesCalculees;
    this.produitsCalcules = produitsCalcules;
    this.ebe = ebe;
    this.autresProduits = autresProduits;
    this.autresCharges = autresCharges;
    this.frng = frng;
    this.bfr = bfr;
    this.tresorerie = tresorerie;
  }

  /**
   * The reading of the CAF used.
   *
   * @return the accounts treated as calculated
   */
  public CafAccounts cafAccounts() {
    return cafAccounts;
  }

  /**
   * The result of the exercice (résultat): the produits of class 7 less the charges of class 6; a surplus when
   * above zero.
   *
   * @return the result
   */
  public Amount resultat() {
    return resultat;
  }

  /**
   * The charges calculées added back to the result (by default 68 and 675).
   *
   * @return their total
   */
  public Amount chargesCalculees() {
    return chargesCalculees;
  }

  /**
   * The produits calculés taken out of the result (by default 78, 775, 777 and 778).
   *
   * @return their total
   */
  public Amount produitsCalcules() {
    return produitsCalcules;
  }

  /**
   * The capacité d'autofinancement (CAF), additive method: result + charges calculées − produits calculés; an
   * insuffisance d'autofinancement when below zero.
   *
   * @return the CAF
   */
  public Amount caf() {
    return resultat.plus(chargesCalculees).minus(produitsCalcules);
  }

  /**
   * The excédent brut d'exploitation (EBE): accounts 70 to 74 less accounts 60 to 64, the calculated ones aside.
   *
   * @return the EBE
   */
  public Amount ebe() {
    return ebe;
  }

  /**
   * The CAF by the subtractive method: EBE + the other produits − the other charges, none of them calculated.
   * Equal to {@link #caf()}.
   *
   * @return the CAF from the EBE
   */
  public Amount cafFromEbe() {
    return ebe.plus(autresProduits).minus(autresCharges);
  }

  /**
   * The produits outside 70 to 74 that are not calculated (75, 76, 77, 79…), added to the EBE.
   *
   * @return their total
   */
  public Amount autresProduits() {
    return autresProduits;
  }

  /**
   * The charges outside 60 to 64 that are not calculated (65, 66, 67, 69…), taken from the EBE.
   *
   * @return their total
   */
  public Amount autresCharges() {
    return autresCharges;
  }

  /**
   * The fonds de roulement net global (FRNG): stable resources less stable uses (emplois stables), the result of
   * the exercice included.
   *
   * @return the FRNG, negative when the stable uses exceed the resources
   */
  public Amount frng() {
    return frng;
  }

  /**
   * The besoin en fonds de roulement (BFR): actif circulant less passif circulant.
   *
   * @return the BFR, negative when the passif circulant exceeds the actif (a ressource en fonds de roulement)
   */
  public Amount bfr() {
    return bfr;
  }

  /**
   * The trésorerie: the balances of class 5 other than 59; equal to {@link #frng()} less {@link #bfr()}.
   *
   * @return the trésorerie, negative for a net bank overdraft
   */
  public Amount tresorerie() {
    return tresorerie;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof AnalyseFinanciere)) {
      return false;
    }
    AnalyseFinanciere o = (AnalyseFinanciere) obj;
    return cafAccounts.equals(o.cafAccounts) && resultat.equals(o.resultat)
        && chargesCalculees.equals(o.chargesCalculees) && produitsCalcules.equals(o.produitsCalcules)
        && ebe.equals(o.ebe) && autresProduits.equals(o.autresProduits) && autresCharges.equals(o.autresCharges)
        && frng.equals(o.frng) && bfr.equals(o.bfr) && tresorerie.equals(o.tresorerie);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cafAccounts, resultat, chargesCalculees, produitsCalcules, ebe, autresProduits,
        autresCharges, frng, bfr, tresorerie);
  }

  @Override
  public String toString() {
    return "AnalyseFinanciere[résultat " + resultat + ", CAF " + caf() + ", EBE " + ebe + ", FRNG " + frng
        + ", BFR " + bfr + ", trésorerie " + tresorerie + "]";
  }
}
