package org.cpom.dotation;

import java.time.LocalDate;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.immutables.value.Value;

/**
 * A mesure nouvelle: perennial new funding (extension of places, new service) with its full-year amount and
 * the date it starts.
 *
 * <p>Mesures nouvelles come from the yearly campaign instruction, not from an article of the CASF (they fund
 * the DGC of R314-43-1): the caller names the basis (e.g. the campaign instruction or the authorisation).
 * The rule cpom applies, for the year N in whose input the mesure is given:
 * <ul>
 *   <li><b>It starts in N.</b> Year N receives its {@link #yearAmount()} when one is given (the crédits de
 *       paiement notified for part of the year, whatever the opening date), otherwise the prorata of the
 *       full-year amount from the start date to 31 December ({@link ProrataMethod}, by days unless the year
 *       chooses whole months). The full-year amount enters the base reconductible of N+1.
 *   <li><b>It starts in a later year M</b> (notified ahead of the opening). Year N receives its
 *       {@link #yearAmount()} if given, otherwise nothing, and its base is unchanged. The mesure is carried
 *       to the next year without that amount ({@link EsmsDotation#laterMesuresNouvelles()}), and so on until
 *       M, which is computed as above: M receives the prorata (or the amount given again for M), the full
 *       year enters the base of M+1. {@link DotationEngine#project} carries it; a caller of
 *       {@link DotationEngine#compute} gives it again in the next year's input.
 *   <li>A start before N is rejected: the full-year amount is already in the base of N.
 * </ul>
 * This keeps the single rule "the year it starts gets part of the year, the full year enters the base of the
 * year after", whatever the year it was notified in ({@link org.cpom.Convention#MESURES_NOUVELLES}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Bounds: its start date is in the years 1583 to 9999 ({@link org.cpom.Convention#ENGINE_BOUNDS}).
 */
@Value.Immutable
public abstract class MesureNouvelle {
  MesureNouvelle() {}

  /**
   * Creates a mesure nouvelle whose year amount is the prorata of the full year.
   *
   * @param label what it funds, e.g. "extension: 4 places d'internat"
   * @param fullYearAmount the amount over a full year, zero or more
   * @param startDate the date it starts
   * @param basis what grants it
   * @return the mesure nouvelle
   */
  public static MesureNouvelle of(String label, Amount fullYearAmount, LocalDate startDate, LegalBasis basis) {
    return ImmutableMesureNouvelle.of(label, fullYearAmount, startDate, basis);
  }

  /**
   * A builder, for a mesure nouvelle with an explicit year amount.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MesureNouvelle}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableMesureNouvelle.Builder {
    Builder() {}
  }

  /**
   * What it funds.
   *
   * @return the label
   */
  @Value.Parameter
  public abstract String label();

  /**
   * The amount over a full year.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount fullYearAmount();

  /**
   * The date it starts.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate startDate();

  /**
   * What grants it.
   *
   * @return the basis
   */
  @Value.Parameter
  public abstract LegalBasis basis();

  /**
   * The amount notified for the year of the input it is given in (crédits de paiement), instead of the
   * prorata; at most the full-year amount.
   *
   * @return the amount, or empty for the prorata (or nothing, before the start year)
   */
  public abstract Optional<Amount> yearAmount();

  /**
   * This mesure without its year amount: how it is carried to the years after the one it was given in.
   *
   * @return the mesure, prorated by default
   */
  public MesureNouvelle withoutYearAmount() {
    return yearAmount().isEmpty() ? this : of(label(), fullYearAmount(), startDate(), basis());
  }

  /** Whether two mesures are the same one, whatever their year amounts. */
  boolean sameMesure(MesureNouvelle other) {
    return label().equals(other.label()) && fullYearAmount().equals(other.fullYearAmount())
        && startDate().equals(other.startDate()) && basis().equals(other.basis());
  }

  @Value.Check
  void check() {
    Checks.notBlank(label(), "mesureNouvelle.label");
    EngineBounds.date(startDate(), "mesureNouvelle.startDate");
    Checks.check(!fullYearAmount().isNegative(), "mesureNouvelle.fullYearAmount", fullYearAmount(),
        LegalBasis.convention(Convention.MESURES_NOUVELLES), "a mesure nouvelle is new funding, not negative");
    yearAmount().ifPresent(a -> Checks.check(!a.isNegative() && !a.isGreaterThan(fullYearAmount()),
        "mesureNouvelle.yearAmount", a, LegalBasis.convention(Convention.MESURES_NOUVELLES),
        "crédits de paiement for part of a year are zero to the full-year amount " + fullYearAmount()));
  }
}
