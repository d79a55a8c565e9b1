package org.cpom.trace;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;

/**
 * One step of a computation a user may have to justify to an authority (étape de calcul): what was done, the
 * amount it gave, and the article or clause it rests on.
 *
 * <p>What was done is machine-readable: a {@linkplain #kind() kind} and its {@linkplain #arguments() typed
 * arguments}. The label is built from them in French or English by {@link #label(Locale)}; {@link #label()} is
 * the English one. Two steps are equal when their kind, arguments, amount and basis are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TraceStep {
  private final StepKind kind;
  // Up to four arguments (every step the payments build) are held in fields; a kind of more holds them all in
  // a private array in a0. A campaign keeps a step for every figure: the array around four values would cost a
  // third of the step, and a field for it or for a cached label another eighth (40 bytes, not 48).
  private final Object a0;
  private final Object a1;
  private final Object a2;
  private final Object a3;
  private final Amount amount;
  private final LegalBasis basis;

  // Written by hand rather than generated: the generated constructor copies the argument list twice (a copy
  // and an unmodifiable view), and the engines build a step for every figure of a campaign.
  private TraceStep(StepKind kind, int n, Object a, Object b, Object c, Object d, Amount amount, LegalBasis basis) {
    this.kind = kind;
    this.a0 = a;
    this.a1 = b;
    this.a2 = c;
    this.a3 = d;
    this.amount = amount;
    this.basis = basis;
    // on the values held, not on the caller's array, which may change meanwhile
    check(n);
  }

  /** The number of arguments: the kind's arity, which the constructor checked. */
  private int count() {
    return kind.arity();
  }

  /** Argument {@code i}, below the kind's arity; read only once the constructor has checked the arity. */
  private Object argument(int i) {
    if (kind.arity() > 4) {
      return ((Object[]) a0)[i];
    }
    switch (i) {
      case 0:
        return a0;
      case 1:
        return a1;
      case 2:
        return a2;
      default:
        return a3;
    }
  }

  /**
   * Creates a step of a kind.
   *
   * @param kind what the step does
   * @param amount the amount the step gives
   * @param basis the legal basis
   * @param arguments the values its label shows, in the order {@link StepKind} gives for the kind
   * @return the step
   * @throws IllegalArgumentException if the number of arguments is not the kind's
   */
  public static TraceStep of(StepKind kind, Amount amount, LegalBasis basis, Object... arguments) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(arguments, "arguments");
    for (Object a : arguments) {
      Objects.requireNonNull(a, "arguments element");
    }
    // up to four values are copied into the step's fields; more into a copy of the array, which the caller
    // may change after the call
    int n = arguments.length;
    if (n > 4) {
      return new TraceStep(kind, n, arguments.clone(), null, null, null, amount, basis);
    }
    return new TraceStep(kind, n, at(arguments, 0), at(arguments, 1), at(arguments, 2), at(arguments, 3), amount,
        basis);
  }

  private static Object at(Object[] arguments, int i) {
    return i < arguments.length ? arguments[i] : null;
  }

  /**
   * Creates a step of a kind that takes two arguments; the same as {@link #of(StepKind, Amount, LegalBasis,
   * Object...)} without the varargs array, as for the overloads of three and four arguments. (There is no
   * overload of one argument: it would take an {@code Object[]} passed on from a varargs caller as a single
   * argument.)
   *
   * @param kind what the step does
   * @param amount the amount the step gives
   * @param basis the legal basis
   * @param a the first value its label shows
   * @param b the second
   * @return the step
   * @throws IllegalArgumentException if the kind does not take two arguments
   */
  public static TraceStep of(StepKind kind, Amount amount, LegalBasis basis, Object a, Object b) {
    return fixed(kind, amount, basis, 2, a, b, null, null);
  }

  /**
   * Creates a step of a kind that takes three arguments.
   *
   * @param kind what the step does
   * @param amount the amount the step gives
   * @param basis the legal basis
   * @param a the first value its label shows
   * @param b the second
   * @param c the third
   * @return the step
   * @throws IllegalArgumentException if the kind does not take three arguments
   */
  public static TraceStep of(StepKind kind, Amount amount, LegalBasis basis, Object a, Object b, Object c) {
    return fixed(kind, amount, basis, 3, a, b, c, null);
  }

  /**
   * Creates a step of a kind that takes four arguments.
   *
   * @param kind what the step does
   * @param amount the amount the step gives
   * @param basis the legal basis
   * @param a the first value its label shows
   * @param b the second
   * @param c the third
   * @param d the fourth
   * @return the step
   * @throws IllegalArgumentException if the kind does not take four arguments
   */
  public static TraceStep of(StepKind kind, Amount amount, LegalBasis basis, Object a, Object b, Object c,
      Object d) {
    return fixed(kind, amount, basis, 4, a, b, c, d);
  }

  /** A step of two to four values passed one by one: no array at all. */
  private static TraceStep fixed(StepKind kind, Amount amount, LegalBasis basis, int n, Object a, Object b, Object c,
      Object d) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(a, "arguments element");
    Objects.requireNonNull(b, "arguments element");
    if (n > 2) {
      Objects.requireNonNull(c, "arguments element");
    }
    if (n > 3) {
      Objects.requireNonNull(d, "arguments element");
    }
    return new TraceStep(kind, n, a, b, c, d, amount, basis);
  }

  /**
   * Creates a step whose label the caller wrote: a step of kind {@link StepKind#GIVEN}, shown as given in
   * every language.
   *
   * @param label what the step does, e.g. "reprise de provision"
   * @param amount the amount the step gives
   * @param basis the legal basis
   * @return the step
   */
  public static TraceStep of(String label, Amount amount, LegalBasis basis) {
    Objects.requireNonNull(label, "label");
    org.cpom.internal.Checks.notBlank(label, "traceStep.label");
    return of(StepKind.GIVEN, amount, basis, label);
  }

  /**
   * What the step does.
   *
   * @return the kind
   */
  public StepKind kind() {
    return kind;
  }

  /**
   * The values the label shows, in the order {@link StepKind} gives for the kind.
   *
   * @return an unmodifiable list
   */
  public List<Object> arguments() {
    return new Arguments(this);
  }

  /** An unmodifiable view of the arguments, made on each read: the step keeps only the values. */
  private static final class Arguments extends java.util.AbstractList<Object> implements java.util.RandomAccess {
    private final TraceStep step;

    Arguments(TraceStep step) {
      this.step = step;
    }

    @Override
    public Object get(int index) {
      Objects.checkIndex(index, step.count());
      return step.argument(index);
    }

    @Override
    public int size() {
      return step.count();
    }
  }

  /**
   * The amount the step gives.
   *
   * @return the amount
   */
  public Amount amount() {
    return amount;
  }

  /**
   * The article or clause the step rests on.
   *
   * @return the legal basis
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * What the step does, in English; built on each read from the kind and the arguments, as most steps are
   * never rendered.
   *
   * @return the label, e.g. "Actualisation at the campaign rate 1.2% on EUR 1000000.00"
   */
  public String label() {
    return label(Locale.ENGLISH);
  }

  /**
   * What the step does, in French or English.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return the label
   * @throws org.cpom.CpomValidationException if the locale's language is neither {@code fr} nor {@code en}
   */
  public String label(Locale locale) {
    return TraceLabels.fill(kind().template(locale), arguments(), locale);
  }

  /**
   * The step as one line: label, amount and basis, in French or English, the basis as its
   * {@linkplain LegalBasis#label(Locale) label} in the language.
   *
   * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   * @return e.g. "Base reconductible 2024 : 1 000 000,00 € [CASF R314-40]"
   */
  public String render(Locale locale) {
    String separator = TraceLabels.pick(locale, " : ", ": ");
    return label(locale) + separator + TraceLabels.amount(amount(), locale) + " [" + basis().label(locale) + "]";
  }

  private void check(int n) {
    // a kind fixes its arguments, so that every step renders in both languages without a placeholder left;
    // the messages are built only on failure: every step of every trace passes here
    if (n != kind.arity()) {
      throw new CpomValidationException("traceStep.arguments", n + " argument(s)", RULE,
          "a step " + kind + " takes " + kind.arity());
    }
    for (int i = 0; i < n; i++) {
      Object a = argument(i);
      if (!isImmutable(a)) {
        throw new CpomValidationException("traceStep.arguments[" + i + "]", a.getClass().getName(), RULE,
            "an argument is an immutable value (text, number, date, enum or a cpom value), so the step stays as built");
      }
    }
  }

  private static final LegalBasis RULE = LegalBasis.convention(Convention.TRACE_STEPS);

  /** Whether the instances of a class are immutable values, decided once per class. */
  private static final ClassValue<Boolean> IMMUTABLE = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return isImmutableType(type);
    }
  };

  /** Text, exact numbers, java.time dates, enums and cpom's own values, which are all immutable. */
  static boolean isImmutable(Object a) {
    Class<?> type = a.getClass();
    // the arguments the engines pass most, compared first: cheaper than the class-value lookup
    if (type == String.class || type == Amount.class || type == Integer.class || type == Year.class
        || type == LocalDate.class || type == Phrase.class) {
      return true;
    }
    return IMMUTABLE.get(type);
  }

  private static boolean isImmutableType(Class<?> type) {
    if (type == String.class || type == Integer.class || type == Long.class || BigDecimal.class.isAssignableFrom(type)
        || BigInteger.class.isAssignableFrom(type) || type == LocalDate.class || type == Year.class
        || type == YearMonth.class || type == MonthDay.class || Enum.class.isAssignableFrom(type)) {
      return true;
    }
    // cpom values (Amount, Rate, FinessNumber, Phrase...) are immutable by the library's specification
    return type.getName().startsWith("org.cpom.") && !Iterable.class.isAssignableFrom(type)
        && !java.util.Map.class.isAssignableFrom(type);
  }

  /**
   * Whether another object is a step of the same kind, arguments, amount and basis.
   *
   * @param other the object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof TraceStep && equalTo((TraceStep) other);
  }

  private boolean equalTo(TraceStep o) {
    if (kind != o.kind || !amount.equals(o.amount) || !basis.equals(o.basis)) {
      return false;
    }
    int n = count();
    if (n != o.count()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!argument(i).equals(o.argument(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A hash of the kind, arguments, amount and basis.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + kind.hashCode();
    // the hash of the arguments as a list
    int list = 1;
    for (int i = 0, n = count(); i < n; i++) {
      list = 31 * list + argument(i).hashCode();
    }
    h += (h << 5) + list;
    h += (h << 5) + amount.hashCode();
    h += (h << 5) + basis.hashCode();
    return h;
  }

  @Override
  public String toString() {
    return label() + ": " + amount() + " [" + basis() + "]";
  }
}
