package org.cpom.finance;

import java.util.Objects;
import org.cpom.money.Amount;

/**
 * The tableau de financement of an exercice, read from the à-nouveaux and the movements of its trial balance as
 * {@link org.cpom.Convention#TABLEAU_DE_FINANCEMENT} says: the ressources stables (the CAF; the augmentation des
 * capitaux propres, credits to 10 except 106 and to 13 except 139; new loans, credits to 16 except 1688; the
 * produits des cessions, 775; the immobilisations financières repaid, credits to 27 except 2768), the emplois
 * stables (the insuffisance d'autofinancement; loan repayments, debits to 16 except 1688; acquisitions, the new
 * gross: debits to 20, 21, 23, 26 and 27 except 2768, less the {@linkplain #virementsEnCours() transfers out of 23}
 * on mise en service), and the autres variations: every other change of the FRNG, so that apport = ressources −
 * emplois and FRNG(N) = FRNG(N−1) + apport to the cent. In bookkeeping where each calculated charge or produit has
 * its stable counterpart the autres variations are zero; they hold, for instance, a credit of 23 beyond the debits
 * of 20 and 21 (a refunded advance), a decrease of 10 or 13, the 1688 interest accrued, or a cashed produit the
 * CAF reading treats as calculated (778 by default).
 *
 * <p>Built by {@link FinanceEngine#tableauDeFinancement}. This class is immutable and thread-safe; it compares by
 * value.
 */
public final class TableauDeFinancement {
  private final Amount caf;
  private final Amount capitauxPropres;
  private final Amount emprunts;
  private final Amount cessions;
  private final Amount immobilisationsFinancieresRemboursees;
  private final Amount remboursementsEmprunts;
  private final Amount acquisitions;
  private final Amount virementsEnCours;
  private final Amount autresVariations;
  private final Amount frngOuverture;

  TableauDeFinancement(Amount caf, Amount capitauxPropres, Amount emprunts, Amount cessions,
      Amount immobilisationsFinancieresRemboursees, Amount remboursementsEmprunts, Amount acquisitions,
      Amount virementsEnCours, Amount autresVariations, Amount frngOuverture) {
    this.caf = caf;
    this.capitauxPropres = capitauxPropres;
    this.emprunts = emprunts;
    this.cessions = cessions;
    this.immobilisationsFinancieresRemboursees = immobilisationsFinancieresRemboursees;
    this.remboursementsEmprunts = remboursementsEmprunts;
    this.acquisitions = acquisitions;
    this.virementsEnCours = virementsEnCours;
    this.autresVariations = autresVariations;
    this.frngOuverture = frngOuverture;
  }

  /**
   * The CAF of the exercice: a ressource when above zero, an insuffisance d'autofinancement (an emploi) below.
   *
   * @return the CAF, signed
   */
  public Amount caf() {
    return caf;
  }

  /**
   * The augmentation des capitaux propres: credit movements of 10 except 106, and of 13 except 139.
   *
   * @return the total
   */
  public Amount capitauxPropres() {
    return capitauxPropres;
  }

  /**
   * The new loans: credit movements of 16 except 1688.
   *
   * @return the total
   */
  public Amount emprunts() {
    return emprunts;
  }

  /**
   * The produits des cessions d'éléments d'actif: the net credit movement of 775.
   *
   * @return the total
   */
  public Amount cessions() {
    return cessions;
  }

  /**
   * The immobilisations financières repaid: credit movements of 27 except 2768.
   *
   * @return the total
   */
  public Amount immobilisationsFinancieresRemboursees() {
    return immobilisationsFinancieresRemboursees;
  }

  /**
   * The loan repayments: debit movements of 16 except 1688.
   *
   * @return the total
   */
  public Amount remboursementsEmprunts() {
    return remboursementsEmprunts;
  }

  /**
   * The acquisitions d'actif immobilisé, the new gross of the exercice: debit movements of 20, 21, 23, 26 and 27
   * except 2768, less {@link #virementsEnCours()}.
   *
   * @return the total
   */
  public Amount acquisitions() {
    return acquisitions;
  }

  /**
   * The transfers out of the immobilisations en cours (c/23) to 20 and 21 on mise en service: the credit movements
   * of 23, up to the debit movements of 20 and 21 (a trial balance does not pair them entry by entry). They are an
   * internal move, counted as spending when the cost was debited to 23, so they are left out of
   * {@link #acquisitions()}.
   *
   * @return the total, zero or above
   */
  public Amount virementsEnCours() {
    return virementsEnCours;
  }

  /**
   * The other changes of the FRNG, outside the lines above: a ressource when above zero, an emploi below.
   *
   * @return the total, signed
   */
  public Amount autresVariations() {
    return autresVariations;
  }

  /**
   * The ressources stables: the CAF when above zero, the explicit lines and the autres variations when above zero.
   *
   * @return the total
   */
  public Amount ressources() {
    return caf.max(Amount.ZERO).plus(capitauxPropres).plus(emprunts).plus(cessions)
        .plus(immobilisationsFinancieresRemboursees).plus(autresVariations.max(Amount.ZERO));
  }

  /**
   * The emplois stables: the insuffisance d'autofinancement, the repayments, the acquisitions and the autres
   * variations when below zero.
   *
   * @return the total
   */
  public Amount emplois() {
    return caf.min(Amount.ZERO).negated().plus(remboursementsEmprunts).plus(acquisitions)
        .plus(autresVariations.min(Amount.ZERO).negated());
  }

  /**
   * The apport au fonds de roulement: ressources − emplois; a prélèvement sur le fonds de roulement when below
   * zero.
   *
   * @return the apport, signed
   */
  public Amount apport() {
    return ressources().minus(emplois());
  }

  /**
   * Whether the exercice takes from the fonds de roulement (a prélèvement).
   *
   * @return true when the apport is below zero
   */
  public boolean isPrelevement() {
    return apport().isNegative();
  }

  /**
   * The FRNG at the opening, FRNG(N−1): the FRNG of the à-nouveaux.
   *
   * @return the opening FRNG
   */
  public Amount frngOuverture() {
    return frngOuverture;
  }

  /**
   * The FRNG at the closing, FRNG(N) = FRNG(N−1) + apport, equal to {@link AnalyseFinanciere#frng()} of the
   * same trial balance.
   *
   * @return the closing FRNG
   */
  public Amount frngCloture() {
    return frngOuverture.plus(apport());
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof TableauDeFinancement)) {
      return false;
    }
    TableauDeFinancement o = (TableauDeFinancement) obj;
    return caf.equals(o.caf) && capitauxPropres.equals(o.capitauxPropres) && emprunts.equals(o.emprunts)
        && cessions.equals(o.cessions)
        && immobilisationsFinancieresRemboursees.equals(o.immobilisationsFinancieresRemboursees)
        && remboursementsEmprunts.equals(o.remboursementsEmprunts) && acquisitions.equals(o.acquisitions)
        && virementsEnCours.equals(o.virementsEnCours) && autresVariations.equals(o.autresVariations)
        && frngOuverture.equals(o.frngOuverture);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caf, capitauxPropres, emprunts, cessions, immobilisationsFinancieresRemboursees,
        remboursementsEmprunts, acquisitions, virementsEnCours, autresVariations, frngOuverture);
  }

  @Override
  public String toString() {
    return "TableauDeFinancement[ressources " + ressources() + ", emplois " + emplois() + ", apport " + apport()
        + ", FRNG " + frngOuverture + " -> " + frngCloture() + "]";
  }
}
