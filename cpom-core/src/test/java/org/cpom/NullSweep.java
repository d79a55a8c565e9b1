package org.cpom;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The reflective null sweep of the hostile-input suites: every public constructor and method of the given
 * public types is called once with {@code null} in each reference parameter, and once with a collection, map
 * or array holding a {@code null} in each such parameter, the other arguments being sample values; every
 * case must pass {@link Hostile#rejects}. A builder's {@code build()} is called with nothing set.
 *
 * <p>Skipped, by design: methods declared by {@code Object}, {@code Enum}, {@code Throwable} and
 * {@code Comparable} bridges, and overrides of {@code equals(Object)} ({@code equals(null)} is false by contract, {@code Enum.valueOf} is the JDK's);
 * the compiler's enum {@code values()}/{@code valueOf(String)}; synthetic and bridge methods; methods with
 * no reference parameter (nothing to null); and methods whose receiver or another parameter has no sample,
 * which {@link #skipped()} lists so a test can show them.
 *
 * <p>Known limitation: the builder setters Immutables generates for a varargs array, an {@code Optional} or a
 * {@code Map} throw the JVM's helpful NPE on a null argument (no style option names it); those cases check
 * only that an NPE is thrown. The {@code Iterable} setters name the attribute since {@code CpomStyle} sets
 * {@code deferCollectionAllocation}.
 */
public final class NullSweep {
  private final Map<Class<?>, Supplier<?>> samples = new LinkedHashMap<>();
  private final List<String> skipped = new ArrayList<>();
  private final Map<String, String> tolerated = new LinkedHashMap<>();
  private int cases;
  private int knownJvmNpe;

  /** Creates a sweep knowing the JDK's everyday values. */
  public NullSweep() {
    sample(String.class, () -> "x");
    sample(CharSequence.class, () -> "x");
    sample(Object.class, () -> "x");
  }

  /**
   * Registers the sample of a type: the receiver of its instance methods and the argument for its
   * parameters. A fresh sample is asked for each case, so a builder may be registered.
   *
   * @param <T> the type
   * @param type the type
   * @param sample the sample supplier
   * @return this sweep
   */
  public <T> NullSweep sample(Class<T> type, Supplier<? extends T> sample) {
    samples.put(type, sample);
    return this;
  }

  /**
   * Exempts one case, e.g. {@code "CpomException.<init>(String, Throwable) with null #2"}, that accepts null
   * by design; it is listed in {@link #skipped()} with the reason.
   *
   * @param caseName the case name as generated
   * @param why why null is accepted there
   * @return this sweep
   */
  public NullSweep tolerate(String caseName, String why) {
    tolerated.put(caseName, why);
    return this;
  }

  /**
   * The cases generated so far.
   *
   * @return the count
   */
  public int cases() {
    return cases;
  }

  /**
   * The cases of Immutables-generated overloads that still give the JVM's NPE text (see the class comment).
   *
   * @return the count
   */
  public int knownJvmNpe() {
    return knownJvmNpe;
  }

  /**
   * The methods not swept for want of a sample, with the reason.
   *
   * @return the skipped methods
   */
  public List<String> skipped() {
    return skipped;
  }

  /**
   * The null cases of every public constructor and method of the types.
   *
   * @param types the public types
   * @return one test per case
   */
  public Stream<DynamicTest> sweep(Class<?>... types) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : types) {
      List<Executable> members = new ArrayList<>();
      if (!Modifier.isAbstract(type.getModifiers())) {
        Arrays.stream(type.getConstructors()).forEach(members::add);
      }
      Arrays.stream(type.getMethods()).filter(NullSweep::swept)
          .sorted(Comparator.comparing(Method::toGenericString)).forEach(members::add);
      for (Executable m : members) {
        tests.addAll(cases(type, m));
      }
    }
    cases += tests.size();
    if (Boolean.getBoolean("cpom.sweep.show")) {
      skipped.forEach(x -> System.out.println("SKIPPED " + x));
      System.out.println("KNOWN " + knownJvmNpe);
    }
    return tests.stream();
  }

  /**
   * A builder's {@code build()} with nothing set.
   *
   * @param name the builder, shown in the case name
   * @param build the call
   * @return the test
   */
  public DynamicTest emptyBuild(String name, org.junit.jupiter.api.function.Executable build) {
    cases++;
    return DynamicTest.dynamicTest(name + ".build() with nothing set", () -> Hostile.rejects(name, build));
  }

  private static boolean swept(Method m) {
    Class<?> d = m.getDeclaringClass();
    if (d == Object.class || d == Enum.class || d == Throwable.class || d == Comparable.class
        || m.isSynthetic() || m.isBridge()) {
      return false;
    }
    if (m.getName().equals("equals") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class) {
      return false;
    }
    if (d.isEnum() && Modifier.isStatic(m.getModifiers())
        && (m.getName().equals("values") || m.getName().equals("valueOf"))) {
      return false;
    }
    return Arrays.stream(m.getParameterTypes()).anyMatch(p -> !p.isPrimitive());
  }

  private List<DynamicTest> cases(Class<?> type, Executable m) {
    List<DynamicTest> out = new ArrayList<>();
    boolean isStatic = m instanceof Constructor || Modifier.isStatic(m.getModifiers());
    Parameter[] ps = m.getParameters();
    String label = type.getSimpleName() + "." + (m instanceof Constructor ? "<init>" : m.getName())
        + Arrays.stream(ps).map(p -> p.getType().getSimpleName()).reduce((a, b) -> a + ", " + b)
            .map(s -> "(" + s + ")").orElse("()");
    if (!isStatic && value(type) == null) {
      skipped.add(label + ": no sample of " + type.getSimpleName());
      return out;
    }
    for (int i = 0; i < ps.length; i++) {
      if (!ps[i].getType().isPrimitive() && value(ps[i].getParameterizedType()) == null) {
        skipped.add(label + ": no sample of " + ps[i].getParameterizedType().getTypeName());
        return out;
      }
    }
    for (int i = 0; i < ps.length; i++) {
      Class<?> t = ps[i].getType();
      if (t.isPrimitive()) {
        continue;
      }
      int at = i;
      if (generatedOverload(m, t)) {
        String name = label + " with null #" + (i + 1) + " (Immutables overload)";
        knownJvmNpe++;
        out.add(DynamicTest.dynamicTest(name, () -> org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> invoke(type, m, at, false)).as(name).isInstanceOf(NullPointerException.class)));
        continue;
      }
      add(out, label + " with null #" + (i + 1), () -> invoke(type, m, at, false));
      if (holder(t) && !(t.isArray() && t.getComponentType().isPrimitive())) {
        add(out, label + " holding null #" + (i + 1), () -> invoke(type, m, at, true));
      }
    }
    return out;
  }

  private void add(List<DynamicTest> out, String name, org.junit.jupiter.api.function.Executable call) {
    if (tolerated.containsKey(name)) {
      skipped.add(name + ": tolerated, " + tolerated.get(name));
      return;
    }
    out.add(DynamicTest.dynamicTest(name, () -> Hostile.rejects(name, call)));
  }

  /**
   * A builder setter generated by Immutables for an array (varargs), {@code Optional} or {@code Map} argument:
   * the generated code dereferences it without a named check, and no style option adds one (checked with
   * 2.12.2), so a null there gives the JVM's helpful-NPE text. Such a case only checks that an NPE is thrown
   * before anything is set; {@link #knownJvmNpe()} counts them.
   */
  private static boolean generatedOverload(Executable m, Class<?> t) {
    return m.getDeclaringClass().getName().contains(".Immutable")
        && (t.isArray() || t == Optional.class || Map.class.isAssignableFrom(t) || t == Map.Entry.class);
  }

  private static boolean holder(Class<?> t) {
    return t.isArray() || Iterable.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t);
  }

  private void invoke(Class<?> type, Executable m, int nulled, boolean holding) throws Throwable {
    Parameter[] ps = m.getParameters();
    Object[] args = new Object[ps.length];
    for (int i = 0; i < ps.length; i++) {
      if (i == nulled) {
        args[i] = holding ? holdingNull(ps[i].getType(), ps[i].getParameterizedType()) : null;
      } else {
        args[i] = value(ps[i].getParameterizedType());
      }
    }
    m.setAccessible(true);
    try {
      Object result;
      if (m instanceof Constructor) {
        result = ((Constructor<?>) m).newInstance(args);
      } else {
        Method method = (Method) m;
        Object receiver = Modifier.isStatic(method.getModifiers()) ? null : value(type);
        result = method.invoke(receiver, args);
      }
      // a result that comes back is shown: its toString must not be the failure either
      String.valueOf(result);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private Object holdingNull(Class<?> raw, Type generic) {
    if (raw.isArray()) {
      Object a = Array.newInstance(raw.getComponentType(), 1);
      if (raw.getComponentType().isPrimitive()) {
        return null;
      }
      return a;
    }
    if (SortedMap.class.isAssignableFrom(raw)) {
      TreeMap<Object, Object> m = new TreeMap<>();
      m.put(value(typeArgument(generic, 0)), null);
      return m;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> m = new HashMap<>();
      m.put(value(typeArgument(generic, 0)), null);
      return m;
    }
    if (SortedSet.class.isAssignableFrom(raw)) {
      // a TreeSet cannot hold null: an iterable holding null is the nearest
      return null;
    }
    if (Set.class.isAssignableFrom(raw)) {
      Set<Object> s = new HashSet<>();
      s.add(null);
      return s;
    }
    return Arrays.asList(value(typeArgument(generic, 0)), null);
  }

  /** A sample for a parameter type, or null when none is known. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object value(Type generic) {
    Class<?> raw = rawOf(generic);
    if (raw == null) {
      return samples.get(Object.class).get();
    }
    if (raw.isPrimitive()) {
      return primitive(raw);
    }
    if (raw == Integer.class || raw == Long.class) {
      return raw == Integer.class ? (Object) 1 : (Object) 1L;
    }
    Supplier<?> s = samples.get(raw);
    if (s != null) {
      return s.get();
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    if (raw.isArray()) {
      Object element = value(raw.getComponentType());
      if (element == null) {
        return null;
      }
      Object a = Array.newInstance(raw.getComponentType(), 1);
      Array.set(a, 0, element);
      return a;
    }
    if (raw == Map.Entry.class) {
      Object k = value(typeArgument(generic, 0));
      Object v = value(typeArgument(generic, 1));
      return k == null || v == null ? null : Map.entry(k, v);
    }
    if (raw == Optional.class) {
      Object e = value(typeArgument(generic, 0));
      return e == null ? null : Optional.of(e);
    }
    if (Map.class.isAssignableFrom(raw)) {
      Object k = value(typeArgument(generic, 0));
      Object v = value(typeArgument(generic, 1));
      if (k == null || v == null) {
        return null;
      }
      Map m = SortedMap.class.isAssignableFrom(raw) || NavigableMap.class.isAssignableFrom(raw)
          ? new TreeMap<>() : new HashMap<>();
      m.put(k, v);
      return m;
    }
    if (Iterable.class.isAssignableFrom(raw)) {
      Object e = value(typeArgument(generic, 0));
      if (e == null) {
        return null;
      }
      if (SortedSet.class.isAssignableFrom(raw) || NavigableSet.class.isAssignableFrom(raw)) {
        return new TreeSet<>(List.of(e));
      }
      return Set.class.isAssignableFrom(raw) ? Set.of(e) : (Collection) List.of(e);
    }
    for (Map.Entry<Class<?>, Supplier<?>> e : samples.entrySet()) {
      if (raw.isAssignableFrom(e.getKey()) && e.getKey() != Object.class) {
        return e.getValue().get();
      }
    }
    return null;
  }

  private static Object primitive(Class<?> t) {
    if (t == boolean.class) {
      return false;
    }
    if (t == char.class) {
      return 'a';
    }
    if (t == long.class) {
      return 1L;
    }
    if (t == double.class) {
      return 1d;
    }
    if (t == float.class) {
      return 1f;
    }
    if (t == short.class) {
      return (short) 1;
    }
    if (t == byte.class) {
      return (byte) 1;
    }
    return 1;
  }

  private static Type typeArgument(Type generic, int index) {
    if (generic instanceof ParameterizedType) {
      Type[] args = ((ParameterizedType) generic).getActualTypeArguments();
      return index < args.length ? args[index] : Object.class;
    }
    return Object.class;
  }

  private static Class<?> rawOf(Type t) {
    if (t instanceof Class) {
      return (Class<?>) t;
    }
    if (t instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) t).getRawType();
    }
    if (t instanceof WildcardType) {
      Type[] upper = ((WildcardType) t).getUpperBounds();
      return upper.length == 0 ? null : rawOf(upper[0]);
    }
    return null;
  }
}
