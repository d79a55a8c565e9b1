package org.cpom.accounts;

import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.internal.TextInput;

/**
 * The keys of the tableau de répartition des charges communes (CASF R314-213 I 7°): for each pool of charges
 * communes (the frais de siège of c/655, a common service), the weight of each compte de résultat that shares
 * it, such as its staff, its days or its square metres. A pool's charges and produits are split in proportion
 * to the weights by the largest-remainder method ({@link Convention#CHARGES_COMMUNES}), so that every split
 * sums exactly to its total.
 *
 * <p>Format, one key a line, read by the caller's {@link Reader}; comment lines ({@code #}) and blank lines are
 * ignored; fields separated by semicolons:
 * <pre>
 * # pool;compte;weight
 * SIEGE;IME;60
 * SIEGE;SESSAD;40
 * </pre>
 * where the weight is a decimal with a {@code .} point, zero or above. A (pool, compte) pair appears once, each
 * pool has a weight above zero, and a pool is not a compte. At most {@value #MAX_KEYS} keys, a line at most
 * {@value #MAX_LINE} characters.
 *
 * <p>This class is immutable and thread-safe; two tables are equal when they hold the same weights.
 */
public final class RepartitionKeys {
  static final LegalBasis RULE = LegalBasis.casf("R314-213 I 7°").readWith(Convention.CHARGES_COMMUNES);
  /** The most keys. */
  public static final int MAX_KEYS = 10_000;
  /** The longest line read. */
  public static final int MAX_LINE = 200;

  private final Map<String, Map<String, BigDecimal>> weights;

  private RepartitionKeys(Map<String, Map<String, BigDecimal>> weights) {
    this.weights = weights;
  }

  /**
   * No pool: for a ledger without charges communes.
   *
   * @return the empty table
   */
  public static RepartitionKeys none() {
    return new RepartitionKeys(Collections.emptyMap());
  }

  /**
   * A table of the given weights.
   *
   * @param weights for each pool, the weight of each compte de résultat, in the order of the map
   * @return the table
   * @throws CpomValidationException if a weight is negative or unbounded, a pool has no weight above zero, a pool
   *     is also a compte, an id is blank or too long, or there are more than {@value #MAX_KEYS} keys
   */
  public static RepartitionKeys of(Map<String, Map<String, BigDecimal>> weights) {
    Objects.requireNonNull(weights, "weights");
    Map<String, Map<String, BigDecimal>> copy = new LinkedHashMap<>();
    int count = 0;
    for (Map.Entry<String, Map<String, BigDecimal>> pool : weights.entrySet()) {
      String id = id(pool.getKey(), "repartitionKeys.pool");
      Map<String, BigDecimal> keys = new LinkedHashMap<>();
      BigDecimal sum = BigDecimal.ZERO;
      for (Map.Entry<String, BigDecimal> key : Objects.requireNonNull(pool.getValue(), "weights of " + id).entrySet()) {
        String field = "repartitionKeys." + id + "." + key.getKey();
        BigDecimal w = Checks.plain(Checks.bounded(Objects.requireNonNull(key.getValue(), field), field)).stripTrailingZeros();
        Checks.check(w.signum() >= 0, field, w.toPlainString(), RULE, "a key is zero or above");
        keys.put(id(key.getKey(), "repartitionKeys." + id + ".compte"), w);
        sum = sum.add(w);
        count++;
      }
      Checks.check(count <= MAX_KEYS, "repartitionKeys", count + " keys", RULE, "at most " + MAX_KEYS + " keys");
      Checks.check(sum.signum() > 0, "repartitionKeys." + id, keys, RULE,
          "a pool of charges communes needs a key above zero");
      copy.put(id, Collections.unmodifiableMap(keys));
    }
    for (Map.Entry<String, Map<String, BigDecimal>> pool : copy.entrySet()) {
      for (String compte : pool.getValue().keySet()) {
        Checks.check(!copy.containsKey(compte), "repartitionKeys." + pool.getKey() + "." + compte, compte, RULE,
            "a pool of charges communes is split between comptes de résultat, not into another pool");
      }
    }
    return new RepartitionKeys(Collections.unmodifiableMap(copy));
  }

  private static String id(String id, String field) {
    Checks.notBlank(id, field);
    TextInput.checkValue(id, field, Rattachement.MAX_CODE);
    return id;
  }

  /**
   * Reads a table in the format described above.
   *
   * @param reader the text; read to its end, not closed
   * @return the table
   * @throws CpomValidationException naming the line when a line is malformed, too long, repeats a (pool, compte)
   *     pair, or the table breaks a rule of {@link #of(Map)}
   * @throws UncheckedIOException if the reader fails
   */
  public static RepartitionKeys parse(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    Map<String, Map<String, BigDecimal>> weights = new LinkedHashMap<>();
    TextInput.Lines lines = new TextInput.Lines(reader, MAX_LINE, "repartitionKeys");
    int count = 0;
    String line;
    while ((line = lines.next()) != null) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String field = "repartitionKeys line " + lines.number();
      Checks.check(++count <= MAX_KEYS, field, TextInput.shown(text), RULE, "at most " + MAX_KEYS + " keys");
      java.util.List<String> parts = TextInput.split(text, ';', 3, field);
      Checks.check(parts.size() == 3, field, TextInput.shown(text), RULE, "expected pool;compte;weight");
      BigDecimal weight;
      try {
        weight = new BigDecimal(parts.get(2).strip());
      } catch (NumberFormatException e) {
        throw new CpomValidationException(field, TextInput.shown(text), RULE, "the weight is not a decimal");
      }
      Map<String, BigDecimal> pool = weights.computeIfAbsent(parts.get(0).strip(), p -> new LinkedHashMap<>());
      Checks.check(pool.put(parts.get(1).strip(), weight) == null, field, TextInput.shown(text), RULE,
          "the compte " + parts.get(1).strip() + " is given twice for this pool");
    }
    return of(weights);
  }

  /**
   * Reads a table from text in the format described above.
   *
   * @param text the whole table
   * @return the table
   */
  public static RepartitionKeys parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parse(new StringReader(text.toString()));
  }

  /**
   * The pools, in the order given.
   *
   * @return an unmodifiable set
   */
  public Set<String> pools() {
    return weights.keySet();
  }

  /**
   * The weights of one pool, by compte de résultat in the order given (the order that breaks ties).
   *
   * @param pool the pool
   * @return an unmodifiable map, empty if the pool is unknown
   */
  public Map<String, BigDecimal> weights(String pool) {
    Objects.requireNonNull(pool, "pool");
    return weights.getOrDefault(pool, Collections.emptyMap());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RepartitionKeys && ((RepartitionKeys) obj).weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  @Override
  public String toString() {
    return "RepartitionKeys" + weights;
  }
}
