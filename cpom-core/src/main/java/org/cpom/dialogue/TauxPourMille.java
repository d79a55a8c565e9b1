package org.cpom.dialogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;

/**
 * A count per 1,000 days of presence (taux pour 1 000 journées, {@link org.cpom.Convention#QUALITY_PER_THOUSAND_DAYS}):
 * the events counted and the days of presence, kept exact, and the value count × 1,000 / days rounded half up to
 * two decimals. Empty for zero days.
 *
 * <p>Built inside this package. This class is immutable and thread-safe; it compares by value (its two counts).
 */
public final class TauxPourMille {
  private final long count;
  private final long days;

  TauxPourMille(long count, long days) {
    Checks.check(count >= 0 && days >= 0, "tauxPourMille", count + "/" + days, QualityRecords.PER_THOUSAND,
        "the counts of a rate are zero or more");
    this.count = count;
    this.days = days;
  }

  /** @return the events counted */
  public long count() {
    return count;
  }

  /** @return the days of presence counted against */
  public long days() {
    return days;
  }

  /**
   * The count per 1,000 days, rounded {@link RoundingMode#HALF_UP} to two decimals.
   *
   * @return e.g. {@code 0.34} for 5 complaints over 14,600 days; empty for zero days
   */
  public Optional<BigDecimal> value() {
    return days == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(count).movePointRight(3)
        .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TauxPourMille t && t.count == count && t.days == days;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, days);
  }

  @Override
  public String toString() {
    return count + " per " + days + " days" + value().map(v -> " = " + v.toPlainString() + " per 1,000 days").orElse(" (undefined)");
  }
}
