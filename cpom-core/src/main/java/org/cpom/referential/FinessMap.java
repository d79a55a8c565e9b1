package org.cpom.referential;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map keyed by FINESS number, in the order its entries were given: the order of the members of a
 * DGC as the arrêté lists them, for the shares, bases and schedules the engines return.
 *
 * <p>It is a {@link Map} for reading: equal to any map of the same entries, with the same hash and the same
 * {@code {750000001=…, …}} text as the JDK's maps; every method that would change it throws {@link
 * UnsupportedOperationException}. It holds no {@code null}: asking for a {@code null} key throws {@link
 * NullPointerException}, as {@link Map#of()} does. Its entries are held in two arrays, one slot per ESMS,
 * where a linked hash map takes an object per entry; a map of more than eight entries also keeps an index by
 * hash.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <V> the type of the values
 */
public final class FinessMap<V> extends AbstractMap<FinessNumber, V> {
  private static final FinessMap<Object> EMPTY = new FinessMap<>(new FinessNumber[0], new Object[0]);
  // up to this size a look-up reads the keys in turn, which is faster than hashing them
  private static final int SCANNED = 8;

  private final FinessNumber[] keys;
  private final Object[] values;
  // open addressing on the keys' hash: slot -> position + 1, 0 for an empty slot; null for a small map
  private final int[] index;

  private FinessMap(FinessNumber[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
    this.index = keys.length > SCANNED ? index(keys) : null;
    if (index == null) {
      for (int i = 1; i < keys.length; i++) {
        for (int j = 0; j < i; j++) {
          if (keys[j].equals(keys[i])) {
            throw duplicate(keys[i]);
          }
        }
      }
    }
  }

  private static int[] index(FinessNumber[] keys) {
    int[] slots = new int[Integer.highestOneBit(keys.length * 2 - 1) << 1];
    int mask = slots.length - 1;
    for (int i = 0; i < keys.length; i++) {
      int s = spread(keys[i].hashCode()) & mask;
      while (slots[s] != 0) {
        if (keys[slots[s] - 1].equals(keys[i])) {
          throw duplicate(keys[i]);
        }
        s = (s + 1) & mask;
      }
      slots[s] = i + 1;
    }
    return slots;
  }

  private static IllegalArgumentException duplicate(FinessNumber key) {
    return new IllegalArgumentException("FINESS given twice: " + key);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * The empty map.
   *
   * @param <V> the type of the values
   * @return the map
   */
  @SuppressWarnings("unchecked")
  public static <V> FinessMap<V> of() {
    return (FinessMap<V>) EMPTY;
  }

  /**
   * A map of the same entries, in the map's iteration order; the map itself if it is a {@code FinessMap}.
   *
   * @param map the entries
   * @param <V> the type of the values
   * @return the map
   * @throws NullPointerException if the map or one of its keys or values is {@code null}
   */
  @SuppressWarnings("unchecked")
  public static <V> FinessMap<V> copyOf(Map<FinessNumber, ? extends V> map) {
    Objects.requireNonNull(map, "map");
    if (map instanceof FinessMap) {
      return (FinessMap<V>) map;
    }
    Builder<V> b = new Builder<>(map.size());
    map.forEach(b::put);
    return b.build();
  }

  /**
   * A builder of a map, in the order of its {@link Builder#put(FinessNumber, Object) put} calls.
   *
   * @param expectedSize the number of entries expected, which sizes the builder (more are accepted)
   * @param <V> the type of the values
   * @return the builder
   * @throws IllegalArgumentException if the size is negative
   */
  public static <V> Builder<V> builder(int expectedSize) {
    if (expectedSize < 0) {
      throw new IllegalArgumentException("expectedSize: " + expectedSize + " is negative");
    }
    return new Builder<>(expectedSize);
  }

  /**
   * Gathers the entries of a {@link FinessMap}, in order. A builder is not thread-safe.
   *
   * @param <V> the type of the values
   */
  public static final class Builder<V> {
    private FinessNumber[] keys;
    private Object[] values;
    private int size;
    // the arrays went to a map: a further put works on copies
    private boolean shared;

    private Builder(int expectedSize) {
      keys = new FinessNumber[expectedSize];
      values = new Object[expectedSize];
    }

    /**
     * Adds an entry after those already put.
     *
     * @param key the FINESS
     * @param value its value
     * @return this builder
     * @throws NullPointerException if the key or the value is {@code null}
     */
    public Builder<V> put(FinessNumber key, V value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (shared || size == keys.length) {
        int capacity = size == keys.length ? Math.max(4, size + (size >> 1)) : keys.length;
        keys = Arrays.copyOf(keys, capacity);
        values = Arrays.copyOf(values, capacity);
        shared = false;
      }
      keys[size] = key;
      values[size] = value;
      size++;
      return this;
    }

    /**
     * The map of the entries put so far.
     *
     * @return the map
     * @throws IllegalArgumentException if a FINESS was put twice
     */
    public FinessMap<V> build() {
      if (size == 0) {
        return of();
      }
      if (size < keys.length) {
        return new FinessMap<>(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
      }
      FinessMap<V> map = new FinessMap<>(keys, values);
      shared = true;
      return map;
    }
  }

  /** The position of a key, -1 if absent. */
  private int positionOf(Object key) {
    Objects.requireNonNull(key, "key");
    if (index == null) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == key || keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }
    if (!(key instanceof FinessNumber)) {
      return -1;
    }
    int mask = index.length - 1;
    for (int s = spread(key.hashCode()) & mask; index[s] != 0; s = (s + 1) & mask) {
      int i = index[s] - 1;
      if (keys[i] == key || keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = positionOf(key);
    return i < 0 ? null : (V) values[i];
  }

  @Override
  @SuppressWarnings("unchecked")
  public V getOrDefault(Object key, V defaultValue) {
    int i = positionOf(key);
    return i < 0 ? defaultValue : (V) values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return positionOf(key) >= 0;
  }

  @Override
  public boolean containsValue(Object value) {
    Objects.requireNonNull(value, "value");
    for (Object v : values) {
      if (v.equals(value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean isEmpty() {
    return keys.length == 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super FinessNumber, ? super V> action) {
    Objects.requireNonNull(action, "action");
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], (V) values[i]);
    }
  }

  /**
   * The values, in order.
   *
   * @return an unmodifiable view
   */
  @Override
  @SuppressWarnings("unchecked")
  public Collection<V> values() {
    return (Collection<V>) Collections.unmodifiableList(Arrays.asList(values));
  }

  /**
   * The FINESS numbers, in order.
   *
   * @return an unmodifiable view
   */
  @Override
  public Set<FinessNumber> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<FinessNumber> iterator() {
        return new Position<>() {
          @Override
          FinessNumber at(int i) {
            return keys[i];
          }
        };
      }

      @Override
      public boolean contains(Object o) {
        return containsKey(o);
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  /**
   * The entries, in order.
   *
   * @return an unmodifiable view; its entries are unmodifiable
   */
  @Override
  public Set<Entry<FinessNumber, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<FinessNumber, V>> iterator() {
        return new Position<>() {
          @Override
          @SuppressWarnings("unchecked")
          Entry<FinessNumber, V> at(int i) {
            return new SimpleImmutableEntry<>(keys[i], (V) values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }

  /** An iterator over the positions, reading the element at each; it removes nothing. */
  private abstract class Position<T> implements Iterator<T> {
    private int next;

    abstract T at(int i);

    @Override
    public boolean hasNext() {
      return next < keys.length;
    }

    @Override
    public T next() {
      if (next >= keys.length) {
        throw new NoSuchElementException();
      }
      return at(next++);
    }
  }

  /**
   * Unsupported: the map is immutable.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public V put(FinessNumber key, V value) {
    throw new UnsupportedOperationException("a FinessMap is immutable");
  }

  /**
   * Unsupported: the map is immutable.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public V remove(Object key) {
    throw new UnsupportedOperationException("a FinessMap is immutable");
  }

  /**
   * Unsupported: the map is immutable.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public void putAll(Map<? extends FinessNumber, ? extends V> m) {
    throw new UnsupportedOperationException("a FinessMap is immutable");
  }

  /**
   * Unsupported: the map is immutable.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public void clear() {
    throw new UnsupportedOperationException("a FinessMap is immutable");
  }

  /**
   * Unsupported: the map is immutable.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public void replaceAll(java.util.function.BiFunction<? super FinessNumber, ? super V, ? extends V> function) {
    throw new UnsupportedOperationException("a FinessMap is immutable");
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < keys.length; i++) {
      h += keys[i].hashCode() ^ values[i].hashCode();
    }
    return h;
  }
}
