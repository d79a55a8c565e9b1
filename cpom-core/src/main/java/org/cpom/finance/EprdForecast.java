package org.cpom.finance;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cpom.internal.Checks;
import org.cpom.internal.CpomStyle;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * An état des prévisions de recettes et de dépenses (EPRD) as the tests of its équilibre réel read it (CASF
 * R314-221 1°, R314-222): the year, its comptes de résultat prévisionnels, the CAF prévisionnelle of the
 * gestionnaire's perimeter and, from its tableau de financement prévisionnel, the loan capital due, the loans
 * raised, the renegotiations among them and the investments.
 *
 * <p>The CAF is given: the caller takes it from the EPRD's CAF table, or from {@link
 * FinanceEngine#analyse} of a forecast trial balance ({@link AnalyseFinanciere#caf()}).
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}, which rejects a negative flow, renegotiations above
 * the loans, an empty list of comptes or two comptes with one name.
 */
@Value.Immutable
@CpomStyle
public abstract class EprdForecast {
  /** The most comptes an EPRD may hold here ({@code cpom:engine-bounds}). */
  public static final int MAX_COMPTES = 10_000;

  EprdForecast() {}

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EprdForecast}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableEprdForecast.Builder {
    Builder() {}
  }

  /**
   * The exercice the EPRD forecasts.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The comptes de résultat prévisionnels, principal and annexes, in the order given.
   *
   * @return one or more comptes, names unique
   */
  public abstract List<EprdCompteDeResultat> comptes();

  /**
   * The capacité d'autofinancement prévisionnelle of the EPRD's perimeter, negative for an insuffisance.
   *
   * @return the CAF
   */
  public abstract Amount caf();

  /**
   * The capital of the loans falling due in the year (« remboursement en capital des emprunts à échoir au cours
   * de l'exercice », R314-222 I 4°), the scheduled repayments.
   *
   * @return the capital due, zero or more
   */
  public abstract Amount capitalDue();

  /**
   * The proceeds of the loans raised in the year (produit des emprunts), renegotiations included.
   *
   * @return the loans, zero or more; zero by default
   */
  @Value.Default
  public Amount loanProceeds() {
    return Amount.ZERO;
  }

  /**
   * The part of {@link #loanProceeds()} that renegotiates existing loans (refinances their capital), which may
   * repay debt (R314-222 I 3°, « sauf dans le cas de renégociation »).
   *
   * @return the renegotiations, zero to the loans; zero by default
   */
  @Value.Default
  public Amount renegotiatedLoans() {
    return Amount.ZERO;
  }

  /**
   * The investments of the year the tableau de financement prévisionnel funds (acquisitions d'immobilisations),
   * which the new loans are taken to fund first.
   *
   * @return the investments, zero or more; zero by default
   */
  @Value.Default
  public Amount investments() {
    return Amount.ZERO;
  }

  /**
   * The part of the capital due that the new loans finance, as {@code cpom:equilibre-reel} reads the tableau de
   * financement: the loans other than renegotiations fund the investments first, and only what is left of them
   * covers the capital due: {@code min(capitalDue, max(0, loanProceeds − renegotiatedLoans − investments))}.
   *
   * @return the capital due financed by loans, zero to {@link #capitalDue()}
   */
  public Amount capitalFinancedByLoans() {
    Amount left = loanProceeds().minus(renegotiatedLoans()).minus(investments()).max(Amount.ZERO);
    return left.min(capitalDue());
  }

  @Value.Check
  void check() {
    Checks.check(!comptes().isEmpty(), "eprd.comptes", comptes(), Articles.EQUILIBRE_REEL,
        "an EPRD holds at least one compte de résultat prévisionnel");
    Checks.check(comptes().size() <= MAX_COMPTES, "eprd.comptes", comptes().size(), Articles.EQUILIBRE_REEL,
        "at most " + MAX_COMPTES + " comptes");
    Set<String> names = new HashSet<>();
    for (EprdCompteDeResultat c : comptes()) {
      Checks.check(names.add(c.name()), "eprd.comptes", c.name(), Articles.EQUILIBRE_REEL,
          "two comptes have this name");
    }
    Checks.check(!capitalDue().isNegative(), "eprd.capitalDue", capitalDue(), Articles.CAF_COVERS_CAPITAL,
        "a capital due is zero or more");
    Checks.check(!loanProceeds().isNegative(), "eprd.loanProceeds", loanProceeds(), Articles.NOT_BY_LOANS,
        "loan proceeds are zero or more");
    Checks.check(!renegotiatedLoans().isNegative(), "eprd.renegotiatedLoans", renegotiatedLoans(),
        Articles.NOT_BY_LOANS, "renegotiations are zero or more");
    Checks.check(!renegotiatedLoans().isGreaterThan(loanProceeds()), "eprd.renegotiatedLoans", renegotiatedLoans(),
        Articles.NOT_BY_LOANS, "renegotiations are part of the loan proceeds " + loanProceeds());
    Checks.check(!investments().isNegative(), "eprd.investments", investments(), Articles.NOT_BY_LOANS,
        "investments are zero or more");
  }

  @Override
  public String toString() {
    return "EprdForecast[" + year() + ", " + comptes().size() + " comptes, CAF " + caf() + ", capital due "
        + capitalDue() + "]";
  }
}
