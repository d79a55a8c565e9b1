package org.cpom;

import java.io.File;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The reflective null sweep of a package: every public method of every public type of the package (builder
 * methods inherited from the generated classes included) called with {@code null} in each reference
 * parameter, and with a collection or map holding {@code null} in each collection or map parameter, the other
 * arguments taken from a table of valid samples; and every public {@code builder()} built with nothing set.
 * Each case goes through {@link Hostile#rejects}. A method whose declaring type has no sample instance, or one
 * of whose parameters has no sample, is skipped and listed by {@link #skipped()}.
 */
public final class PackageNullSweep {
  private final Map<Class<?>, Supplier<?>> samples = new LinkedHashMap<>();
  private final List<String> skipped = new ArrayList<>();
  private final java.util.Set<Class<?>> buildEmpty = new java.util.HashSet<>();
  private final List<String> generatedNpes = java.util.Collections.synchronizedList(new ArrayList<>());

  /**
   * A sweep holding the samples every package uses: amounts, rates, dates, FINESS numbers, legal bases.
   *
   * @return a new sweep
   */
  public static PackageNullSweep common() {
    return new PackageNullSweep()
        .with(String.class, () -> "IME")
        .with(CharSequence.class, () -> "IME")
        .with(Object.class, () -> "IME")
        .with(org.cpom.money.Amount.class, () -> org.cpom.money.Amount.of("1000.00"))
        .with(org.cpom.money.Rate.class, () -> org.cpom.money.Rate.ofPercent("1"))
        .with(java.math.BigDecimal.class, () -> java.math.BigDecimal.ONE)
        .with(java.math.RoundingMode.class, () -> java.math.RoundingMode.HALF_UP)
        .with(java.time.Year.class, () -> java.time.Year.of(2025))
        .with(java.time.YearMonth.class, () -> java.time.YearMonth.of(2025, 6))
        .with(java.time.LocalDate.class, () -> java.time.LocalDate.of(2025, 3, 1))
        .with(org.cpom.referential.FinessNumber.class, () -> org.cpom.referential.FinessNumber.of("690000011"))
        .with(org.cpom.LegalBasis.class, () -> org.cpom.LegalBasis.casf("R314-105"))
        .with(org.cpom.referential.Funder.class, org.cpom.referential.Funder::assuranceMaladie)
        .with(org.cpom.referential.TariffAuthority.class, () -> org.cpom.referential.TariffAuthority.ars("ARA"));
  }

  /**
   * Adds a sample: a supplier of a valid value, called afresh for each case (builders are mutable).
   *
   * @param <T> the type
   * @param type the type the sample stands for
   * @param sample the supplier
   * @return this sweep
   */
  public <T> PackageNullSweep with(Class<T> type, Supplier<? extends T> sample) {
    samples.put(type, sample);
    return this;
  }

  /**
   * Declares a type whose builder builds with nothing set, by design (every attribute has a default): its
   * empty build must then succeed and give a usable value.
   *
   * @param type the type
   * @return this sweep
   */
  public PackageNullSweep buildsEmpty(Class<?> type) {
    buildEmpty.add(type);
    return this;
  }

  /**
   * The methods skipped by the last {@link #cases} call, with the reason.
   *
   * @return the skipped methods
   */
  public List<String> skipped() {
    return skipped;
  }

  /**
   * The cases of a package, failing unless there are more than {@code atLeast} (so that a sweep that finds
   * nothing cannot pass), with their count and the skipped types printed.
   *
   * @param packageName the package
   * @param atLeast the count the cases must exceed
   * @return the cases
   */
  public List<DynamicTest> casesAtLeast(String packageName, int atLeast) {
    List<DynamicTest> cases = cases(packageName);
    System.out.println(packageName + " null sweep: " + cases.size() + " cases, skipped " + skipped());
    org.assertj.core.api.Assertions.assertThat(cases).as(packageName + " null sweep").hasSizeGreaterThan(atLeast);
    return cases;
  }

  /** Prints how many generated setters failed with the JVM's NPE text rather than a named one. */
  public void reportGeneratedNpes() {
    System.out.println("generated setters failing with the JVM's NPE text: " + generatedNpes().size());
  }

  /**
   * The cases of a package.
   *
   * @param packageName e.g. {@code org.cpom.budget}
   * @return one dynamic test per case
   */
  public List<DynamicTest> cases(String packageName) {
    skipped.clear();
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : publicTypes(packageName)) {
      builderCase(type, tests);
      builderSample(type);
      Method[] methods = type.getMethods();
      Arrays.sort(methods, Comparator.comparing(Method::toGenericString));
      for (Method m : methods) {
        if (!inScope(type, m)) {
          continue;
        }
        boolean isStatic = Modifier.isStatic(m.getModifiers());
        if (!isStatic && !samples.containsKey(type)) {
          skipped.add(type.getSimpleName() + "." + m.getName() + ": no sample " + type.getSimpleName());
          continue;
        }
        Type[] params = m.getGenericParameterTypes();
        for (int i = 0; i < params.length; i++) {
          if (m.getParameterTypes()[i].isPrimitive()) {
            continue;
          }
          String name = type.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()) .replace("class ", "")
              + " #" + i;
          final int index = i;
          try {
            sampleArgs(params); // probe: every parameter has a sample
          } catch (NoSample e) {
            skipped.add(name + ": no sample " + e.getMessage());
            continue;
          }
          tests.add(judged(name + " null", m, () -> call(type, m, index, null)));
          Object holdingNull = holdingNull(params[i], m.getParameterTypes()[i]);
          if (holdingNull != null) {
            tests.add(judged(name + " holding null", m, () -> call(type, m, index, holdingNull)));
          }
          Object nullKey = holdingNullKey(params[i], m.getParameterTypes()[i]);
          if (nullKey != null) {
            tests.add(judged(name + " null key", m, () -> call(type, m, index, nullKey)));
          }
        }
      }
    }
    return tests;
  }

  /**
   * A case judged by {@link Hostile#rejects}, except for a setter generated by Immutables (a {@code final}
   * method of a package-private {@code Immutable*} class, which cpom cannot override): there a null must fail
   * at once with a {@link NullPointerException}, whose text the generator writes; such cases are listed by
   * {@link #generatedNpes()}.
   */
  private DynamicTest judged(String name, Method m, Executable call) {
    if (!m.getDeclaringClass().getSimpleName().startsWith("Immutable")
        && !m.getDeclaringClass().getName().contains(".Immutable")) {
      return DynamicTest.dynamicTest(name, () -> Hostile.rejects(name, call));
    }
    return DynamicTest.dynamicTest(name, () -> {
      Throwable t = null;
      try {
        call.execute();
      } catch (Throwable e) {
        t = e;
      }
      if (t instanceof NullPointerException && String.valueOf(t.getMessage()).contains("because")) {
        generatedNpes.add(name);
        return;
      }
      Throwable thrown = t;
      if (thrown == null) {
        Hostile.rejects(name, () -> { });
      } else {
        Hostile.rejects(name, () -> {
          throw thrown;
        });
      }
    });
  }

  /**
   * The generated setters that failed on a null with the JVM's own NPE text in the cases run so far.
   *
   * @return their cases
   */
  public List<String> generatedNpes() {
    return generatedNpes;
  }

  private void builderCase(Class<?> type, List<DynamicTest> tests) {
    Method builder;
    try {
      builder = type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      return;
    }
    if (!Modifier.isStatic(builder.getModifiers()) || builder.getDeclaringClass() != type) {
      return;
    }
    String name = type.getSimpleName() + ".builder().build() with nothing set";
    Executable empty = () -> {
      Object b = builder.invoke(null);
      Method build = b.getClass().getMethod("build");
      build.setAccessible(true);
      invoke(build, b, new Object[0]);
    };
    tests.add(DynamicTest.dynamicTest(name, buildEmpty.contains(type) ? empty : () -> Hostile.rejects(name, empty)));
  }

  /** A nested {@code Builder} without a sample gets a fresh {@code builder()} of its enclosing type. */
  private void builderSample(Class<?> type) {
    Class<?> outer = type.getEnclosingClass();
    if (samples.containsKey(type) || outer == null || !type.getSimpleName().equals("Builder")) {
      return;
    }
    try {
      Method builder = outer.getMethod("builder");
      if (Modifier.isStatic(builder.getModifiers()) && type.isAssignableFrom(builder.getReturnType())) {
        samples.put(type, () -> {
          try {
            return builder.invoke(null);
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        });
      }
    } catch (NoSuchMethodException e) {
      // no builder: the methods are skipped
    }
  }

  private static boolean inScope(Class<?> type, Method m) {
    if (m.isSynthetic() || m.isBridge() || m.getParameterCount() == 0) {
      return false;
    }
    Class<?> d = m.getDeclaringClass();
    if (!d.getName().startsWith("org.cpom.") || d.isEnum() && (m.getName().equals("valueOf"))) {
      return false;
    }
    if (m.getName().equals("equals") || type.isEnum() && m.getName().equals("valueOf")) {
      return false;
    }
    return !Throwable.class.isAssignableFrom(type);
  }

  private void call(Class<?> type, Method m, int index, Object value) throws Throwable {
    Object[] args = sampleArgs(m.getGenericParameterTypes());
    args[index] = value;
    Object target = Modifier.isStatic(m.getModifiers()) ? null : samples.get(type).get();
    m.setAccessible(true);
    invoke(m, target, args);
  }

  private static void invoke(Method m, Object target, Object[] args) throws Throwable {
    try {
      Object result = m.invoke(target, args);
      if (result != null) {
        result.toString(); // a value that builds must be usable
      }
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private Object[] sampleArgs(Type[] params) {
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      args[i] = sample(params[i]);
    }
    return args;
  }

  /** Thrown when no sample stands for a type. */
  private static final class NoSample extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoSample(String type) {
      super(type, null, false, false);
    }
  }

  private Object sample(Type type) {
    if (type instanceof WildcardType) {
      return sample(((WildcardType) type).getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable) {
      return sample(((TypeVariable<?>) type).getBounds()[0]);
    }
    if (type instanceof GenericArrayType) {
      Type component = ((GenericArrayType) type).getGenericComponentType();
      Object array = Array.newInstance(raw(component), 1);
      Array.set(array, 0, sample(component));
      return array;
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] a = p.getActualTypeArguments();
      if (Map.class.isAssignableFrom(raw)) {
        Map<Object, Object> m = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
        m.put(sample(a[0]), sample(a[1]));
        return m;
      }
      if (Set.class.isAssignableFrom(raw)) {
        return new LinkedHashSet<>(List.of(sample(a[0])));
      }
      if (Iterable.class.isAssignableFrom(raw)) {
        return new ArrayList<>(List.of(sample(a[0])));
      }
      if (raw == Optional.class) {
        return Optional.of(sample(a[0]));
      }
      if (raw == Supplier.class) {
        Object v = sample(a[0]);
        return (Supplier<Object>) () -> v;
      }
      return sample(raw);
    }
    Class<?> c = (Class<?>) type;
    if (c.isPrimitive()) {
      return c == int.class ? 1 : c == long.class ? 1L : c == boolean.class ? false : c == double.class ? 1.0 : null;
    }
    if (c.isArray()) {
      Object array = Array.newInstance(c.getComponentType(), 1);
      Array.set(array, 0, sample(c.getComponentType()));
      return array;
    }
    if (c == OptionalLong.class) {
      return OptionalLong.of(1);
    }
    Supplier<?> s = samples.get(c);
    if (s != null) {
      return s.get();
    }
    if (c.isEnum()) {
      return c.getEnumConstants()[0];
    }
    for (Map.Entry<Class<?>, Supplier<?>> e : samples.entrySet()) {
      if (c.isAssignableFrom(e.getKey())) {
        return e.getValue().get();
      }
    }
    throw new NoSample(c.getSimpleName());
  }

  private static Class<?> raw(Type t) {
    return t instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) t).getRawType() : (Class<?>) t;
  }

  private Object holdingNull(Type type, Class<?> raw) {
    if (raw.isArray()) {
      return Array.newInstance(raw.getComponentType(), 1);
    }
    if (!(type instanceof ParameterizedType)) {
      return null;
    }
    Type[] a = ((ParameterizedType) type).getActualTypeArguments();
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> m = new HashMap<>();
      m.put(sample(a[0]), null);
      return m;
    }
    if (Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
      List<Object> l = new ArrayList<>();
      l.add(null);
      return Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>(l) : l;
    }
    return null;
  }

  private Object holdingNullKey(Type type, Class<?> raw) {
    if (!(type instanceof ParameterizedType) || !Map.class.isAssignableFrom(raw) || SortedMap.class.isAssignableFrom(raw)) {
      return null;
    }
    Map<Object, Object> m = new HashMap<>();
    m.put(null, sample(((ParameterizedType) type).getActualTypeArguments()[1]));
    return m;
  }

  /** The public types of a package, nested public types included, read from the class-path directory. */
  static List<Class<?>> publicTypes(String packageName) {
    // the main classes, not the test classes of the same package that come first on the class path
    URL url = CpomException.class.getProtectionDomain().getCodeSource().getLocation();
    File dir;
    try {
      dir = new File(new File(url.toURI()), packageName.replace('.', '/'));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> types = new ArrayList<>();
    String[] files = dir.list((d, n) -> n.endsWith(".class") && !n.equals("package-info.class"));
    Arrays.sort(files);
    for (String f : files) {
      String name = packageName + "." + f.substring(0, f.length() - ".class".length());
      Class<?> c;
      try {
        c = Class.forName(name, false, PackageNullSweep.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isSynthetic()
          && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
        types.add(c);
      }
    }
    return types;
  }
}
