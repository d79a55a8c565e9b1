package org.cpom.result;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.cpom.money.Amount;
import org.cpom.trace.Trace;

/**
 * The reports à nouveau and reserves weighed when a CPOM under L313-12 IV ter or L313-12-2 is renewed (CASF
 * R314-43-3): every credit balance of the ledger at the end of the reference period, split by the origin of its
 * money, the parts that count (tariff revenue, public subsidies) and those excluded (the gestionnaire's own
 * revenue). The authority judges which part of the base is unjustified (R314-43-4); the modulation of the new
 * contract's tariffs is then capped at half of it (see {@code DotationEngine.modulationAuRenouvellement}).
 *
 * <p>Built by {@link ResultEngine#reservesAuRenouvellement}. This class is immutable and thread-safe.
 */
public final class ReservesAuRenouvellement {
  private final Year referenceStart;
  private final Year referenceEnd;
  private final List<OrigineDeReserve> parts;
  private final Amount counted;
  private final Amount excluded;
  private final Trace trace;

  ReservesAuRenouvellement(Year referenceStart, Year referenceEnd, List<OrigineDeReserve> parts, Amount counted,
      Amount excluded, Trace trace) {
    this.referenceStart = referenceStart;
    this.referenceEnd = referenceEnd;
    this.parts = List.copyOf(parts);
    this.counted = counted;
    this.excluded = excluded;
    this.trace = trace;
  }

  /**
   * The first exercice of the reference period (R314-43-5, given by the caller).
   *
   * @return the exercice
   */
  public Year referenceStart() {
    return referenceStart;
  }

  /**
   * The last exercice of the reference period, whose balances after allocation are weighed.
   *
   * @return the exercice
   */
  public Year referenceEnd() {
    return referenceEnd;
  }

  /**
   * Every credit balance split by origin, by compte in ledger order and by account; the parts of one balance
   * sum to it.
   *
   * @return an unmodifiable list
   */
  public List<OrigineDeReserve> parts() {
    return parts;
  }

  /**
   * The base of R314-43-3: the parts built from tariff revenue or public subsidies.
   *
   * @return the amount, zero or more
   */
  public Amount counted() {
    return counted;
  }

  /**
   * The parts built from the gestionnaire's own revenue, excluded from the base.
   *
   * @return the amount, zero or more
   */
  public Amount excluded() {
    return excluded;
  }

  /**
   * All the credit balances weighed: {@link #counted()} plus {@link #excluded()}.
   *
   * @return the amount
   */
  public Amount total() {
    return counted.plus(excluded);
  }

  /**
   * The base of one compte de résultat.
   *
   * @param compteId the compte's id
   * @return its counted parts, zero if it has none
   */
  public Amount counted(String compteId) {
    Objects.requireNonNull(compteId, "compteId");
    Amount sum = Amount.ZERO;
    for (OrigineDeReserve p : parts) {
      if (p.compteId().equals(compteId) && p.origine().counts()) {
        sum = sum.plus(p.amount());
      }
    }
    return sum;
  }

  /**
   * The steps: each part with its origin and article, then the base and the excluded amount.
   *
   * @return the trace
   */
  public Trace trace() {
    return trace;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ReservesAuRenouvellement)) {
      return false;
    }
    ReservesAuRenouvellement o = (ReservesAuRenouvellement) obj;
    return referenceStart.equals(o.referenceStart) && referenceEnd.equals(o.referenceEnd) && parts.equals(o.parts)
        && trace.equals(o.trace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(referenceStart, referenceEnd, parts, trace);
  }

  @Override
  public String toString() {
    return "ReservesAuRenouvellement{" + referenceStart + "-" + referenceEnd + ", counted=" + counted
        + ", excluded=" + excluded + ", parts=" + parts + "}";
  }
}
