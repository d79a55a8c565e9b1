package org.cpom.accounts;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.cpom.money.Amount;

/**
 * The figures of one compte de résultat read from the accounts (CASF R314-217): its charges (class 6, debit
 * less credit) and its produits (class 7, credit less debit) by the key the caller's classifier gives each
 * account, a {@link org.cpom.referential.GroupeFonctionnel} (R314-13) or, for an EHPAD, a {@link
 * org.cpom.referential.SectionTarifaire}; its share of the charges communes included (R314-213 I 7°); and its
 * result, produits less charges: a surplus (excédent) when above zero, a deficit (déficit) when below.
 *
 * <p>{@link #id()} is the id of the compte in the {@link RattachementTable}: the id that
 * {@code org.cpom.result.CompteDeResultat#id()} holds, so that the result can feed the allocation.
 *
 * <p>Built by {@link AccountsEngine#ventilate}. This class is immutable and thread-safe; two comptes are equal
 * when their id and every figure are.
 *
 * @param <K> the key of the figures
 */
public final class ResultatDuCompte<K extends Comparable<? super K>> {
  private final String id;
  private final SortedMap<K, Amount> charges;
  private final SortedMap<K, Amount> produits;
  private final Amount chargesCommunes;
  private final Amount produitsCommuns;
  private final Amount totalCharges;
  private final Amount totalProduits;

  ResultatDuCompte(String id, Map<K, Amount> charges, Map<K, Amount> produits, Amount chargesCommunes,
      Amount produitsCommuns) {
    this.id = Objects.requireNonNull(id, "id");
    this.charges = Collections.unmodifiableSortedMap(new TreeMap<>(charges));
    this.produits = Collections.unmodifiableSortedMap(new TreeMap<>(produits));
    this.chargesCommunes = Objects.requireNonNull(chargesCommunes, "chargesCommunes");
    this.produitsCommuns = Objects.requireNonNull(produitsCommuns, "produitsCommuns");
    this.totalCharges = sum(this.charges);
    this.totalProduits = sum(this.produits);
  }

  static <K> Amount sum(Map<K, Amount> amounts) {
    Amount total = Amount.ZERO;
    for (Amount a : amounts.values()) {
      total = total.plus(a);
    }
    return total;
  }

  /**
   * The id of the compte de résultat.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The charges by key, the share of the charges communes included; a key with no line is absent.
   *
   * @return an unmodifiable map in the order of the keys
   */
  public SortedMap<K, Amount> charges() {
    return charges;
  }

  /**
   * The produits by key, the share of the pools' produits included; a key with no line is absent.
   *
   * @return an unmodifiable map in the order of the keys
   */
  public SortedMap<K, Amount> produits() {
    return produits;
  }

  /**
   * The part of {@link #totalCharges()} that is the compte's share of the charges communes.
   *
   * @return the share, zero without a pool
   */
  public Amount chargesCommunes() {
    return chargesCommunes;
  }

  /**
   * The part of {@link #totalProduits()} that is the compte's share of the produits of the pools.
   *
   * @return the share, zero without a pool
   */
  public Amount produitsCommuns() {
    return produitsCommuns;
  }

  /**
   * The total charges (total des charges).
   *
   * @return the sum of {@link #charges()}
   */
  public Amount totalCharges() {
    return totalCharges;
  }

  /**
   * The total produits (total des produits).
   *
   * @return the sum of {@link #produits()}
   */
  public Amount totalProduits() {
    return totalProduits;
  }

  /**
   * The result (résultat de l'exercice): produits less charges, a deficit when below zero.
   *
   * @return the result
   */
  public Amount result() {
    return totalProduits.minus(totalCharges);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ResultatDuCompte)) {
      return false;
    }
    ResultatDuCompte<?> other = (ResultatDuCompte<?>) obj;
    return id.equals(other.id) && charges.equals(other.charges) && produits.equals(other.produits)
        && chargesCommunes.equals(other.chargesCommunes) && produitsCommuns.equals(other.produitsCommuns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, charges, produits, chargesCommunes, produitsCommuns);
  }

  @Override
  public String toString() {
    return id + "[charges " + charges + ", produits " + produits + ", result " + result() + "]";
  }
}
