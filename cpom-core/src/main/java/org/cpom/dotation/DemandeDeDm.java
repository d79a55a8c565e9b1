package org.cpom.dotation;

import java.time.LocalDate;
import java.time.Year;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.immutables.value.Value;

/**
 * A décision modificative the tariff authority asked an ESMS to adopt during the exercice, by a reasoned decision
 * (demande de DM, CASF R314-230 I), with its case, its tariff impact and whether the DM was adopted.
 *
 * <p>Build one with {@link #builder()}; {@link DotationEngine#suiteDeLaDemandeDm(DemandeDeDm)} says what follows
 * when no DM is adopted. This class is immutable and thread-safe.
 *
 * <p>Bounds: its date is in the years 1583 to 9999 ({@link org.cpom.Convention#ENGINE_BOUNDS}).
 */
@Value.Immutable
public abstract class DemandeDeDm {
  DemandeDeDm() {}

  /**
   * A builder; every attribute is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DemandeDeDm}; {@code build()} validates the whole value. */
  public static final class Builder extends ImmutableDemandeDeDm.Builder {
    Builder() {}
  }

  /**
   * The ESMS asked.
   *
   * @return its FINESS number
   */
  public abstract FinessNumber esms();

  /**
   * The case of R314-230 I.
   *
   * @return the case
   */
  public abstract CasDeDemandeDm cas();

  /**
   * The date of the authority's reasoned decision, within the exercice.
   *
   * @return the date
   */
  public abstract LocalDate dateDeLaDemande();

  /**
   * The reasons the decision gives.
   *
   * @return the reasons
   */
  public abstract String motif();

  /**
   * The impact on the tariff of the exercice: negative for a reduction (an allocation to correct, indus to
   * recover, a modulation), positive for an increase.
   *
   * @return the signed amount, not zero
   */
  public abstract Amount impact();

  /**
   * Whether the ESMS adopted the DM asked for.
   *
   * @return true if adopted
   */
  public abstract boolean dmAdoptee();

  /**
   * The exercice of the request.
   *
   * @return the year of {@link #dateDeLaDemande()}
   */
  public Year exercice() {
    return Year.from(dateDeLaDemande());
  }

  @Value.Check
  void check() {
    EngineBounds.date(dateDeLaDemande(), "demandeDeDm.dateDeLaDemande");
    Checks.notBlank(motif(), "demandeDeDm.motif");
    Checks.check(!impact().isZero(), "demandeDeDm.impact", impact(), cas().legalBasis(),
        "a DM asked for changes the tariff by some amount");
  }
}
