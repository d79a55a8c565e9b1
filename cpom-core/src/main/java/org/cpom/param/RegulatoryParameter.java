package org.cpom.param;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cpom.CpomValidationException;
import org.cpom.internal.Checks;
import org.cpom.LegalBasis;

/**
 * A regulatory value that changes over time: each value applies from its effective date until the next
 * one, and the whole carries its legal reference (in the manner of OpenFisca's parameter files).
 *
 * <p>Example: the EHPAD occupancy threshold is 95 % from 1 January 2024, with other values before. Asking
 * for a date before the first effective date fails rather than guessing.
 *
 * <p>This class is immutable and thread-safe if the values are: a list, set or map given as a value is
 * copied (later changes to the caller's collection do not reach the parameter), and a {@code BigDecimal}
 * subclass becomes a plain {@code BigDecimal}; other mutable values are the caller's to leave alone.
 *
 * @param <T> the type of the value
 */
public final class RegulatoryParameter<T> {
  private final String name;
  private final LegalBasis basis;
  private final NavigableMap<LocalDate, T> values;

  private RegulatoryParameter(String name, LegalBasis basis, NavigableMap<LocalDate, T> values) {
    this.name = name;
    this.basis = basis;
    this.values = values;
  }

  /**
   * Creates a parameter from its values by effective date.
   *
   * @param <T> the value type
   * @param name the parameter's name, e.g. "EHPAD occupancy threshold"
   * @param basis the legal reference
   * @param valuesByEffectiveDate each value with the date it applies from; at least one
   * @return the parameter
   */
  public static <T> RegulatoryParameter<T> of(
      String name, LegalBasis basis, Map<LocalDate, T> valuesByEffectiveDate) {
    Checks.notBlank(name, "name");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(valuesByEffectiveDate, "valuesByEffectiveDate");
    Checks.check(!valuesByEffectiveDate.isEmpty(), name, "{}", basis, "a parameter needs at least one value");
    TreeMap<LocalDate, T> copy = new TreeMap<>();
    valuesByEffectiveDate.forEach(
        (d, v) -> copy.put(Objects.requireNonNull(d, "effective date"), immutable(Objects.requireNonNull(v, "value"))));
    return new RegulatoryParameter<>(name, basis, Collections.unmodifiableNavigableMap(copy));
  }

  /**
   * Creates a parameter with one value applying from a date on.
   *
   * @param <T> the value type
   * @param name the parameter's name
   * @param basis the legal reference
   * @param effectiveFrom the date the value applies from
   * @param value the value
   * @return the parameter
   */
  public static <T> RegulatoryParameter<T> of(String name, LegalBasis basis, LocalDate effectiveFrom, T value) {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(value, "value");
    return of(name, basis, Map.of(effectiveFrom, value));
  }

  /**
   * The value in force on a date.
   *
   * @param date the date
   * @return the value
   * @throws CpomValidationException if the date is before the first effective date
   */
  public T valueAt(LocalDate date) {
    return find(date)
        .orElseThrow(
            () -> new CpomValidationException(
                name + ".date", date, basis, "no value in force before " + values.firstKey()));
  }

  /**
   * The value in force on 1 January of a year, the usual reading for a financial year (exercice).
   *
   * @param year the year
   * @return the value
   */
  public T valueFor(Year year) {
    return valueAt(Objects.requireNonNull(year, "year").atDay(1));
  }

  /**
   * The value in force on a date, if any.
   *
   * @param date the date
   * @return the value, or empty before the first effective date
   */
  public Optional<T> find(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Map.Entry<LocalDate, T> e = values.floorEntry(date);
    return e == null ? Optional.empty() : Optional.of(e.getValue());
  }

  /**
   * This parameter with one more value from a date on (replacing any value from that exact date): how an
   * integrator follows a new text without waiting for a release.
   *
   * @param effectiveFrom the date
   * @param value the value
   * @return a new parameter
   */
  public RegulatoryParameter<T> withValue(LocalDate effectiveFrom, T value) {
    TreeMap<LocalDate, T> copy = new TreeMap<>(values);
    copy.put(Objects.requireNonNull(effectiveFrom, "effectiveFrom"), immutable(Objects.requireNonNull(value, "value")));
    return new RegulatoryParameter<>(name, basis, Collections.unmodifiableNavigableMap(copy));
  }

  /**
   * The caller's value, or an unmodifiable copy when it is a list, set or map (so that adding to the caller's
   * collection later cannot change a parameter in force), or a plain {@code BigDecimal} when it is a subclass.
   */
  @SuppressWarnings("unchecked")
  private static <T> T immutable(T value) {
    Object copy = value;
    if (value instanceof java.util.List) {
      copy = java.util.List.copyOf((java.util.List<?>) value);
    } else if (value instanceof java.util.SortedSet) {
      copy = Collections.unmodifiableSortedSet(new java.util.TreeSet<>((java.util.SortedSet<?>) value));
    } else if (value instanceof java.util.Set) {
      copy = Collections.unmodifiableSet(new java.util.LinkedHashSet<>((java.util.Set<?>) value));
    } else if (value instanceof java.util.SortedMap) {
      copy = Collections.unmodifiableSortedMap(new TreeMap<>((java.util.SortedMap<?, ?>) value));
    } else if (value instanceof Map) {
      copy = Collections.unmodifiableMap(new java.util.LinkedHashMap<>((Map<?, ?>) value));
    } else if (value instanceof java.math.BigDecimal && value.getClass() != java.math.BigDecimal.class) {
      java.math.BigDecimal d = (java.math.BigDecimal) value;
      copy = new java.math.BigDecimal(d.unscaledValue(), d.scale());
    }
    return (T) copy;
  }

  /**
   * The parameter's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The legal reference.
   *
   * @return the basis
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Every value by its effective date, in date order.
   *
   * @return an unmodifiable map
   */
  public NavigableMap<LocalDate, T> values() {
    return values;
  }

  @Override
  public boolean equals(Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof RegulatoryParameter)) {
      return false;
    }
    RegulatoryParameter<?> o = (RegulatoryParameter<?>) obj;
    return o.name.equals(name) && o.basis.equals(basis) && o.values.equals(values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, basis, values);
  }

  @Override
  public String toString() {
    return name + " (" + basis + ") " + values;
  }
}
