package org.cpom.dotation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;

/**
 * How the arrêté de tarification splits the DGC between its ESMS for the year (répartition prévisionnelle,
 * CASF R314-43-1).
 *
 * <ul>
 *   <li>{@link #proportional()}: the DGC amount is split in proportion to the computed ESMS amounts, by the
 *       largest-remainder method (every part rounded down to the cent, the cents left over to the largest
 *       remainders, ties to the ESMS listed first in the DGC). When the DGC amount is the computed total,
 *       each ESMS receives exactly its computed amount.
 *   <li>{@link #explicit(Map)}: the amounts written in the arrêté; they must sum to the DGC amount.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProvisionalSplit {
  private static final ProvisionalSplit PROPORTIONAL = new ProvisionalSplit(null);

  private final Map<FinessNumber, Amount> shares;

  private ProvisionalSplit(Map<FinessNumber, Amount> shares) {
    this.shares = shares;
  }

  /**
   * The split in proportion to the computed ESMS amounts.
   *
   * @return the split
   */
  public static ProvisionalSplit proportional() {
    return PROPORTIONAL;
  }

  /**
   * The amounts the arrêté writes, one per ESMS of the DGC.
   *
   * @param shares the share of each ESMS
   * @return the split
   */
  public static ProvisionalSplit explicit(Map<FinessNumber, Amount> shares) {
    Objects.requireNonNull(shares, "shares");
    Map<FinessNumber, Amount> copy = new LinkedHashMap<>();
    shares.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "shares key"), Objects.requireNonNull(v, "shares value")));
    return new ProvisionalSplit(Collections.unmodifiableMap(copy));
  }

  /**
   * The explicit shares.
   *
   * @return the shares, or empty for a proportional split
   */
  public Optional<Map<FinessNumber, Amount>> shares() {
    return Optional.ofNullable(shares);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ProvisionalSplit && Objects.equals(((ProvisionalSplit) obj).shares, shares);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(shares);
  }

  @Override
  public String toString() {
    return shares == null ? "ProvisionalSplit[proportional]" : "ProvisionalSplit" + shares;
  }
}
