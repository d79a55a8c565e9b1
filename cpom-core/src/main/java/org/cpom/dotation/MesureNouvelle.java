package org.cpom.dotation;

import java.time.LocalDate;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;
import org.cpom.trace.LegalBasis;
import org.immutables.value.Value;

/**
 * A mesure nouvelle: perennial new funding (extension of places, new service) with its full-year amount and
 * the date it starts (RULES section 3 step 3).
 *
 * <p>The year it starts receives the prorata from the start date to 31 December ({@link ProrataMethod}); its
 * full-year amount enters the base reconductible of the next year. Mesures nouvelles come from the yearly
 * campaign instruction, not from an article of the CASF: the caller names the basis (e.g. the campaign
 * instruction or the authorisation).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MesureNouvelle {
  MesureNouvelle() {}

  /**
   * Creates a mesure nouvelle.
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

  @Value.Check
  void check() {
    Checks.notBlank(label(), "mesureNouvelle.label");
    Checks.check(!fullYearAmount().isNegative(), "mesureNouvelle.fullYearAmount", fullYearAmount(), "RULES 3 step 3",
        "a mesure nouvelle is new funding, not negative");
  }
}
