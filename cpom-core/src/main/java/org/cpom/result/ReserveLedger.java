package org.cpom.result;

import java.time.Year;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cpom.internal.Checks;

/**
 * The ledger of the reserve and report à nouveau accounts of each compte de résultat, with their balances
 * by exercice, carried from year to year.
 *
 * <p>The balances kept for an exercice are those after the allocation of that exercice's result. A ledger
 * starts from {@link #opening(Year, Map)} (the balances after the last allocation made outside cpom) and
 * grows by one exercice with each {@link ResultEngine#allocate applied} allocation, which needs the ledger
 * to end on the exercice just before the one allocated. A compte de résultat the ledger does not know has
 * all its balances at zero; balances of a compte not touched in a year are carried unchanged.
 *
 * <p>Comptes de résultat are identified by {@link CompteDeResultat#id()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReserveLedger {
  private final NavigableMap<Year, Map<String, ReserveBalances>> history;

  private ReserveLedger(NavigableMap<Year, Map<String, ReserveBalances>> history) {
    this.history = history;
  }

  /**
   * A ledger opening with the balances after the allocation of the result of {@code exercice}.
   *
   * @param exercice the last exercice whose result has been allocated
   * @param balances the balances by compte de résultat id
   * @return the ledger
   */
  public static ReserveLedger opening(Year exercice, Map<String, ReserveBalances> balances) {
    Objects.requireNonNull(exercice, "exercice");
    Objects.requireNonNull(balances, "balances");
    Map<String, ReserveBalances> copy = new LinkedHashMap<>();
    balances.forEach((id, b) -> copy.put(Checks.notBlank(id, "balances.compte"), Objects.requireNonNull(b, "balances")));
    NavigableMap<Year, Map<String, ReserveBalances>> history = new TreeMap<>();
    history.put(exercice, Collections.unmodifiableMap(copy));
    return new ReserveLedger(Collections.unmodifiableNavigableMap(history));
  }

  /**
   * An empty ledger (every balance at zero) ready for the allocation of the exercice after
   * {@code exercice}.
   *
   * @param exercice the last exercice before the ledger starts
   * @return the ledger
   */
  public static ReserveLedger empty(Year exercice) {
    return opening(exercice, Map.of());
  }

  /**
   * The ledger with the balances after one more exercice. Package-private: only an applied allocation adds
   * a year.
   */
  ReserveLedger plus(Year exercice, Map<String, ReserveBalances> changed) {
    Map<String, ReserveBalances> next = new LinkedHashMap<>(history.lastEntry().getValue());
    next.putAll(changed);
    NavigableMap<Year, Map<String, ReserveBalances>> copy = new TreeMap<>(history);
    copy.put(exercice, Collections.unmodifiableMap(next));
    return new ReserveLedger(Collections.unmodifiableNavigableMap(copy));
  }

  /**
   * The last exercice whose allocation the ledger holds.
   *
   * @return the exercice
   */
  public Year latestExercice() {
    return history.lastKey();
  }

  /**
   * The first exercice the ledger holds (its opening).
   *
   * @return the exercice
   */
  public Year openingExercice() {
    return history.firstKey();
  }

  /**
   * The exercices the ledger holds, in order.
   *
   * @return an unmodifiable set
   */
  public Set<Year> exercices() {
    return history.navigableKeySet();
  }

  /**
   * The comptes de résultat the ledger knows at its latest exercice.
   *
   * @return their ids, in the order first met
   */
  public Set<String> comptes() {
    return history.lastEntry().getValue().keySet();
  }

  /**
   * The latest balances of a compte de résultat.
   *
   * @param compteId the compte's id
   * @return its balances, zero if the ledger does not know it
   */
  public ReserveBalances balances(String compteId) {
    Objects.requireNonNull(compteId, "compteId");
    return history.lastEntry().getValue().getOrDefault(compteId, ReserveBalances.ZERO);
  }

  /**
   * The balances of a compte de résultat after the allocation of one exercice.
   *
   * @param compteId the compte's id
   * @param exercice the exercice
   * @return its balances, zero if the ledger does not know the compte that year, or empty if the ledger
   *     does not hold that exercice
   */
  public Optional<ReserveBalances> balances(String compteId, Year exercice) {
    Objects.requireNonNull(compteId, "compteId");
    Map<String, ReserveBalances> year = history.get(Objects.requireNonNull(exercice, "exercice"));
    return year == null ? Optional.empty() : Optional.of(year.getOrDefault(compteId, ReserveBalances.ZERO));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReserveLedger && ((ReserveLedger) obj).history.equals(history);
  }

  @Override
  public int hashCode() {
    return history.hashCode();
  }

  @Override
  public String toString() {
    return "ReserveLedger" + history;
  }
}
