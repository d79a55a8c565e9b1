package org.cpom.dotation;

import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.trace.Trace;

/**
 * The planned reduction of the tariffs of a renewed CPOM for one ESMS, to take into account its unjustified reports
 * à nouveau and reserves (modulation au renouvellement, CASF R314-43-3): by exercice of the new contract, uneven if
 * wanted, its total at most half of the unjustified amount. Each year's reduction becomes an {@link Adjustment} of
 * the ESMS's dotation that year ({@link #adjustment(Year)}), to add to its {@link EsmsYear}.
 *
 * <p>Built by {@link DotationEngine#modulationAuRenouvellement}. This class is immutable and thread-safe.
 */
public final class ModulationAuRenouvellement {
  private final String contractId;
  private final FinessNumber esms;
  private final Amount reservesRetenues;
  private final ReservesInjustifiees reservesInjustifiees;
  private final Amount plafond;
  private final NavigableMap<Year, Amount> reductions;
  private final Amount total;
  private final Trace trace;

  ModulationAuRenouvellement(String contractId, FinessNumber esms, Amount reservesRetenues,
      ReservesInjustifiees reservesInjustifiees, Amount plafond, Map<Year, Amount> reductions, Amount total,
      Trace trace) {
    this.contractId = contractId;
    this.esms = esms;
    this.reservesRetenues = reservesRetenues;
    this.reservesInjustifiees = reservesInjustifiees;
    this.plafond = plafond;
    this.reductions = Collections.unmodifiableNavigableMap(new TreeMap<>(reductions));
    this.total = total;
    this.trace = trace;
  }

  /**
   * The id of the new contract.
   *
   * @return the id
   */
  public String contractId() {
    return contractId;
  }

  /**
   * The ESMS whose tariffs are reduced.
   *
   * @return its FINESS number
   */
  public FinessNumber esms() {
    return esms;
  }

  /**
   * The reports à nouveau and reserves that count (built from tariff revenue or public subsidies).
   *
   * @return the base, zero or more
   */
  public Amount reservesRetenues() {
    return reservesRetenues;
  }

  /**
   * The authority's judgement: the unjustified amount and its reasons.
   *
   * @return the judgement
   */
  public ReservesInjustifiees reservesInjustifiees() {
    return reservesInjustifiees;
  }

  /**
   * The cap over the new contract: half of the unjustified amount, rounded down to the cent
   * ({@link org.cpom.Convention#RENEWAL_HALF_CAP}).
   *
   * @return the cap
   */
  public Amount plafond() {
    return plafond;
  }

  /**
   * The reduction planned for each exercice, as given (zero allowed).
   *
   * @return an unmodifiable map in year order
   */
  public NavigableMap<Year, Amount> reductions() {
    return reductions;
  }

  /**
   * The total of the reductions over the new contract, at most {@link #plafond()}.
   *
   * @return the total
   */
  public Amount total() {
    return total;
  }

  /**
   * The adjustment of the ESMS's dotation of one exercice: minus that year's reduction, cited to R314-43-3.
   *
   * @param exercice the exercice
   * @return the adjustment, or empty when no reduction above zero is planned that year
   */
  public Optional<Adjustment> adjustment(Year exercice) {
    Amount r = reductions.get(Objects.requireNonNull(exercice, "exercice"));
    if (r == null || r.isZero()) {
      return Optional.empty();
    }
    String label = "Modulation au renouvellement " + exercice + " (reports à nouveau et réserves injustifiés, CPOM "
        + contractId + ")";
    return Optional.of(Adjustment.of(label, r.negated(), Articles.R314_43_3));
  }

  /**
   * The steps: the base, the unjustified amount and its reasons, the cap, each year's reduction and the total.
   *
   * @return the trace
   */
  public Trace trace() {
    return trace;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ModulationAuRenouvellement)) {
      return false;
    }
    ModulationAuRenouvellement o = (ModulationAuRenouvellement) obj;
    return contractId.equals(o.contractId) && esms.equals(o.esms) && reservesRetenues.equals(o.reservesRetenues)
        && reservesInjustifiees.equals(o.reservesInjustifiees) && reductions.equals(o.reductions)
        && trace.equals(o.trace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contractId, esms, reservesRetenues, reservesInjustifiees, reductions, trace);
  }

  @Override
  public String toString() {
    return "ModulationAuRenouvellement{" + contractId + ", " + esms + ", plafond=" + plafond + ", reductions="
        + reductions + "}";
  }
}
