package org.cpom.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Supplier;
import org.cpom.CpomValidationException;
import org.cpom.Convention;
import org.cpom.LegalBasis;

/**
 * The bounds the engines ({@code activity}, {@code dotation}, {@code payment}, {@code result}, {@code budget})
 * put on their inputs, so that every value that builds can be computed with: no {@code long} overflow, no date
 * outside {@code java.time}'s range, no unbounded loop or allocation.
 *
 * <ul>
 *   <li>Years from {@value #MIN_YEAR} (the first full Gregorian year, as in {@code org.cpom.calendar}) to
 *       {@value #MAX_YEAR}.
 *   <li>At most {@value #MAX_PLACES} places, hence at most {@value #MAX_DAYS} days (366 x the places) in a
 *       day count.
 *   <li>Amounts that are added together total at most {@code Long.MAX_VALUE} cents in absolute value, so
 *       that every partial sum, difference and subtotal of them is exact.
 *   <li>Decimals (objectives, coefficients, weights, ETP) of at most {@value #MAX_DIGITS} significant digits
 *       and an order of magnitude within 10^&plusmn;{@value #MAX_EXPONENT}, copied to a plain
 *       {@code BigDecimal}.
 * </ul>
 */
public final class EngineBounds {
  /** The rule cited for these bounds. */
  public static final LegalBasis RULE = LegalBasis.convention(Convention.ENGINE_BOUNDS);
  /** The first year supported. */
  public static final int MIN_YEAR = 1583;
  /** The last year supported. */
  public static final int MAX_YEAR = 9999;
  /** The most places of one ESMS or record. */
  public static final int MAX_PLACES = 1_000_000;
  /** The most days of a day count: 366 days for each of {@link #MAX_PLACES} places. */
  public static final long MAX_DAYS = 366L * MAX_PLACES;
  /** Significant digits of an accepted decimal. */
  public static final int MAX_DIGITS = 64;
  /** Largest order of magnitude, either way, of an accepted non-zero decimal. */
  public static final int MAX_EXPONENT = 40;

  private EngineBounds() {}

  /**
   * Checks a year is supported.
   *
   * @param year the year
   * @param field the input named on failure
   * @return the year
   */
  public static Year year(Year year, String field) {
    Objects.requireNonNull(year, field);
    Checks.check(year.getValue() >= MIN_YEAR && year.getValue() <= MAX_YEAR, field, year, RULE,
        "years " + MIN_YEAR + " to " + MAX_YEAR + " only");
    return year;
  }

  /**
   * Checks the year of a month is supported.
   *
   * @param month the month
   * @param field the input named on failure
   * @return the month
   */
  public static YearMonth month(YearMonth month, String field) {
    Objects.requireNonNull(month, field);
    year(Year.of(month.getYear()), field);
    return month;
  }

  /**
   * Checks the year of a date is supported.
   *
   * @param date the date
   * @param field the input named on failure
   * @return the date
   */
  public static LocalDate date(LocalDate date, String field) {
    Objects.requireNonNull(date, field);
    Checks.check(date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR, field, date, RULE,
        "dates in the years " + MIN_YEAR + " to " + MAX_YEAR + " only");
    return date;
  }

  /**
   * Checks a day count is between zero and {@link #MAX_DAYS}.
   *
   * @param days the count
   * @param field the input named on failure
   * @param rule the rule of the count
   * @return the count
   */
  public static long days(long days, String field, LegalBasis rule) {
    Checks.check(days >= 0, field, days, rule, "must not be negative");
    Checks.check(days <= MAX_DAYS, field, days, RULE,
        "more than " + MAX_DAYS + " days (366 days for each of at most " + MAX_PLACES + " places)");
    return days;
  }

  /**
   * Checks a number of places is between zero and {@link #MAX_PLACES}.
   *
   * @param places the places
   * @param field the input named on failure
   * @return the places
   */
  public static int places(int places, String field) {
    Checks.check(places >= 0, field, places, RULE, "must not be negative");
    Checks.check(places <= MAX_PLACES, field, places, RULE, "more than " + MAX_PLACES + " places");
    return places;
  }

  /**
   * Checks a decimal has at most {@link #MAX_DIGITS} digits and a magnitude within
   * 10^&plusmn;{@link #MAX_EXPONENT}, and returns it as a plain {@code BigDecimal} (a subclass could override
   * {@code signum} or {@code compareTo} to pass a check with another value).
   *
   * @param value the decimal
   * @param field the input named on failure
   * @return a plain copy
   */
  public static BigDecimal decimal(BigDecimal value, String field) {
    Objects.requireNonNull(value, field);
    BigDecimal plain = value.getClass() == BigDecimal.class ? value : new BigDecimal(value.unscaledValue(), value.scale());
    if (plain.unscaledValue().signum() == 0) {
      return BigDecimal.ZERO;
    }
    String problem = Checks.decimalProblem(plain);
    if (problem != null) {
      // the precision of a value of thousands of digits is not counted: that alone can take seconds
      boolean tooLong = plain.unscaledValue().bitLength() > (MAX_DIGITS + 20) * 4;
      BigDecimal stripped = tooLong ? plain : plain.stripTrailingZeros();
      String shown = tooLong || stripped.precision() > 40
          ? "a decimal of " + (tooLong ? "over " + MAX_DIGITS : stripped.precision()) + " digits, scale " + plain.scale()
          : plain.toString();
      throw new CpomValidationException(field, shown, RULE, problem);
    }
    return plain;
  }

  /**
   * Checks a decimal kept in a value: bounded as {@link #decimal}, and of class {@code BigDecimal} itself,
   * since the value keeps the instance given (a subclass could change what it says it is after the check).
   *
   * @param value the decimal
   * @param field the input named on failure
   * @return the value
   */
  public static BigDecimal storedDecimal(BigDecimal value, String field) {
    Objects.requireNonNull(value, field);
    Checks.check(value.getClass() == BigDecimal.class, field, value.getClass().getName(), RULE,
        "a subclass of BigDecimal: give a plain BigDecimal");
    return decimal(value, field);
  }

  /**
   * Runs a computation on inputs already checked one by one, and names the input when the result is still
   * out of range: a {@link CpomValidationException} of the money kernel (field {@code amount}, an amount
   * beyond {@code Long.MAX_VALUE} cents) becomes one naming {@code field}; other rejections pass unchanged.
   *
   * @param <T> the result type
   * @param computation the computation
   * @param field the input named on failure
   * @param value the input's value, shown on failure
   * @return the result
   */
  public static <T> T naming(Supplier<T> computation, String field, Object value) {
    try {
      return computation.get();
    } catch (CpomValidationException e) {
      // only the kernel's own range error, whose field is the bare "amount": an engine's rejections name
      // their inputs already
      if (!e.field().equals("amount")) {
        throw e;
      }
      throw new CpomValidationException(field, value, RULE, "gives a result out of range: " + e.getMessage());
    }
  }

  /**
   * {@link #naming(Supplier, String, Object)} with the field named only on failure: for the engines' loops,
   * where the field is built from the FINESS of each ESMS.
   *
   * @param <T> the result type
   * @param computation the computation
   * @param field the input named on failure
   * @param value the input's value, shown on failure
   * @return the result
   */
  public static <T> T naming(Supplier<T> computation, Supplier<String> field, Object value) {
    try {
      return computation.get();
    } catch (CpomValidationException e) {
      if (!e.field().equals("amount")) {
        throw e;
      }
      throw new CpomValidationException(field.get(), value, RULE, "gives a result out of range: " + e.getMessage());
    }
  }

  /**
   * A text cut for a message: at most 60 characters, quoted.
   *
   * @param text the text
   * @return the text to show
   */
  public static String shown(String text) {
    return text == null ? "null" : text.length() <= 60 ? text : text.substring(0, 60) + "...(" + text.length() + " characters)";
  }

  /**
   * A running total of amounts, in cents, in absolute value: fails, naming the input that makes it pass
   * {@code Long.MAX_VALUE} cents, so that any sum or difference of the amounts is exact. It takes cents, not
   * {@code Amount}s, so that this package does not depend on {@code org.cpom.money}.
   */
  public static final class AbsoluteTotal {
    private final String what;
    private long cents;

    /**
     * Starts a total.
     *
     * @param what what the amounts are, for the message: e.g. "the lines of a budget"
     */
    public AbsoluteTotal(String what) {
      this.what = what;
    }

    /**
     * Adds an amount.
     *
     * @param amount the amount in cents
     * @param field the input it comes from
     */
    public void add(long amount, String field) {
      add(amount, 1, () -> field);
    }

    /**
     * Adds an amount, the field's name built only on failure.
     *
     * @param amount the amount in cents
     * @param field the input it comes from
     */
    public void add(long amount, Supplier<String> field) {
      add(amount, 1, field);
    }

    /**
     * Adds an amount counted several times: an input that a computation may multiply or use more than once.
     *
     * @param amount the amount in cents
     * @param times how many times it counts, 1 or more
     * @param field the input it comes from
     */
    public void add(long amount, int times, Supplier<String> field) {
      long next;
      try {
        next = Math.addExact(cents, Math.multiplyExact(Math.absExact(amount), (long) times));
      } catch (ArithmeticException e) {
        next = -1;
      }
      if (next < 0) {
        throw new CpomValidationException(field.get(), BigDecimal.valueOf(amount, 2).toPlainString() + " EUR", RULE,
            what + " total more than " + BigDecimal.valueOf(Long.MAX_VALUE, 2).toPlainString()
                + " EUR in absolute value, beyond exact arithmetic");
      }
      cents = next;
    }
  }
}
