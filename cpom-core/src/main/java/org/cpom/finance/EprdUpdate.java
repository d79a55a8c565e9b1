package org.cpom.finance;

import java.time.LocalDate;
import java.time.Year;
import org.cpom.internal.Checks;
import org.cpom.internal.CpomStyle;
import org.cpom.money.Amount;
import org.immutables.value.Value;

/**
 * An in-year update of an approved EPRD (prévision actualisée), the figures CASF R314-229 III compares: the updated
 * CAF against the loan capital falling due in the year, and the updated prélèvement sur le fonds de roulement
 * against the fonds de roulement net global (FRNG) available on 1 January of the exercice.
 *
 * <p>{@link #establishedOn()} is the day the gestionnaire establishes the updated forecast; the month within which
 * a décision modificative is presented runs from it ({@code cpom:decision-modificative-month}).
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}, which rejects a negative capital due or
 * prélèvement, or a date outside the year.
 */
@Value.Immutable
@CpomStyle
public abstract class EprdUpdate {
  EprdUpdate() {}

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EprdUpdate}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableEprdUpdate.Builder {
    Builder() {}
  }

  /**
   * The exercice of the EPRD.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * The day the updated forecast is established, in {@link #year()}.
   *
   * @return the date
   */
  public abstract LocalDate establishedOn();

  /**
   * The updated CAF prévisionnelle (« prévision actualisée de la capacité d'autofinancement »), negative for an
   * insuffisance.
   *
   * @return the updated CAF
   */
  public abstract Amount updatedCaf();

  /**
   * The capital of the loans falling due in the year (« remboursement en capital des emprunts à échoir au cours
   * de l'exercice »).
   *
   * @return the capital due, zero or more
   */
  public abstract Amount capitalDue();

  /**
   * The updated prélèvement sur le fonds de roulement of the year; zero when the tableau de financement shows an
   * apport.
   *
   * @return the prélèvement, zero or more
   */
  public abstract Amount prelevementSurFondsDeRoulement();

  /**
   * The FRNG available on 1 January of the exercice (« fonds de roulement net global disponible au 1er
   * janvier »), the closing FRNG of the year before; it may be negative.
   *
   * @return the FRNG at 1 January
   */
  public abstract Amount frngAtJanuary1();

  @Value.Check
  void check() {
    // the deadline, a month later, must stay in the years the calendar knows
    Checks.check(year().getValue() >= 1583 && year().getValue() <= 9998, "eprdUpdate.year", year(), Articles.DM_MONTH,
        "an exercice in the years 1583 to 9998, so that its deadline falls by 9999");
    Checks.check(establishedOn().getYear() == year().getValue(), "eprdUpdate.establishedOn", establishedOn(),
        Articles.DM_DUE, "an in-year update is established in the exercice " + year());
    Checks.check(!capitalDue().isNegative(), "eprdUpdate.capitalDue", capitalDue(), Articles.DM_CAF,
        "a capital due is zero or more");
    Checks.check(!prelevementSurFondsDeRoulement().isNegative(), "eprdUpdate.prelevementSurFondsDeRoulement",
        prelevementSurFondsDeRoulement(), Articles.DM_PRELEVEMENT, "a prélèvement is zero or more (an apport is zero)");
  }

  @Override
  public String toString() {
    return "EprdUpdate[" + establishedOn() + ", CAF " + updatedCaf() + ", capital due " + capitalDue()
        + ", prélèvement " + prelevementSurFondsDeRoulement() + ", FRNG at 1 January " + frngAtJanuary1() + "]";
  }
}
