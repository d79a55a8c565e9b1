package org.cpom.budget;

import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cpom.money.Amount;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.GroupeFonctionnel;
import org.immutables.value.Value;

/**
 * One amount of budget or of actual for an ESMS, a groupe fonctionnel and a month: the input of the
 * {@link MatriceDeSuivi}. Several entries for the same cell are added up.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrackingEntry {
  TrackingEntry() {}

  /**
   * Creates an entry.
   *
   * @param esms the ESMS
   * @param group the groupe fonctionnel
   * @param month the month
   * @param amount the amount
   * @return the entry
   */
  public static TrackingEntry of(FinessNumber esms, GroupeFonctionnel group, YearMonth month, Amount amount) {
    return ImmutableTrackingEntry.of(esms, group, month, amount);
  }

  /**
   * An annual budget spread in twelfths, January first; the first months take the extra cents (largest
   * remainder, {@link Amount#splitTwelfths()}), so the twelve entries sum exactly to the annual amount.
   *
   * @param esms the ESMS
   * @param group the groupe fonctionnel
   * @param year the year
   * @param annual the annual amount
   * @return twelve entries
   */
  public static List<TrackingEntry> twelfths(FinessNumber esms, GroupeFonctionnel group, Year year, Amount annual) {
    Objects.requireNonNull(year, "year");
    List<Amount> parts = Objects.requireNonNull(annual, "annual").splitTwelfths();
    List<TrackingEntry> entries = new ArrayList<>(12);
    for (Month m : Month.values()) {
      entries.add(of(esms, group, year.atMonth(m), parts.get(m.ordinal())));
    }
    return List.copyOf(entries);
  }

  /**
   * The ESMS.
   *
   * @return its FINESS géographique
   */
  @Value.Parameter
  public abstract FinessNumber esms();

  /**
   * The groupe fonctionnel.
   *
   * @return the group
   */
  @Value.Parameter
  public abstract GroupeFonctionnel group();

  /**
   * The month.
   *
   * @return the month
   */
  @Value.Parameter
  public abstract YearMonth month();

  /**
   * The amount.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Amount amount();
}
