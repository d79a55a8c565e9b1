package org.cpom.accounts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.trace.Trace;

/**
 * A ledger split into its comptes de résultat (ventilation par compte de résultat, CASF R314-217): one
 * {@link ResultatDuCompte} per ESMS or annex of the {@link RattachementTable}, the charges communes shared out
 * by the {@link RepartitionKeys} (R314-213 I 7°), and the totals. Every cent of the ledger's classes 6 and 7 is
 * in exactly one compte: the sum of the results of the comptes is the result of the whole ledger.
 *
 * <p>{@link #trace()} shows each split of a pool: its total, then the share of each compte.
 *
 * <p>Built by {@link AccountsEngine#ventilate}. This class is immutable and thread-safe; two ventilations are
 * equal when their comptes and their trace are.
 *
 * @param <K> the key of the figures, such as {@link org.cpom.referential.GroupeFonctionnel}
 */
public final class Ventilation<K extends Comparable<? super K>> {
  private final List<ResultatDuCompte<K>> comptes;
  private final Trace trace;

  Ventilation(List<ResultatDuCompte<K>> comptes, Trace trace) {
    List<ResultatDuCompte<K>> sorted = new ArrayList<>(comptes);
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    this.comptes = Collections.unmodifiableList(sorted);
    this.trace = Objects.requireNonNull(trace, "trace");
  }

  /**
   * The comptes de résultat, by id.
   *
   * @return an unmodifiable list, every compte of the table or of the keys, with or without lines
   */
  public List<ResultatDuCompte<K>> comptes() {
    return comptes;
  }

  /**
   * One compte de résultat.
   *
   * @param id its id
   * @return the compte, or empty if the table and the keys do not name it
   */
  public Optional<ResultatDuCompte<K>> compte(String id) {
    Objects.requireNonNull(id, "id");
    return comptes.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The total charges of every compte.
   *
   * @return the total
   */
  public Amount totalCharges() {
    Amount total = Amount.ZERO;
    for (ResultatDuCompte<K> c : comptes) {
      total = total.plus(c.totalCharges());
    }
    return total;
  }

  /**
   * The total produits of every compte.
   *
   * @return the total
   */
  public Amount totalProduits() {
    Amount total = Amount.ZERO;
    for (ResultatDuCompte<K> c : comptes) {
      total = total.plus(c.totalProduits());
    }
    return total;
  }

  /**
   * The result of the whole ledger, the sum of the results of the comptes.
   *
   * @return produits less charges
   */
  public Amount result() {
    return totalProduits().minus(totalCharges());
  }

  /**
   * How the charges communes were split.
   *
   * @return the trace, empty without a pool
   */
  public Trace trace() {
    return trace;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Ventilation && ((Ventilation<?>) obj).comptes.equals(comptes)
        && ((Ventilation<?>) obj).trace.equals(trace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(comptes, trace);
  }

  @Override
  public String toString() {
    return "Ventilation" + comptes + ", result " + result();
  }
}
