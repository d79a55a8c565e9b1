package org.cpom;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A value built without one or more of its required attributes.
 *
 * <p>Every builder of the library throws it from {@code build()} when a required attribute was never set,
 * instead of building a half-valid value. {@link #field()} names the first missing attribute, prefixed by the
 * value being built where it can be told (e.g. {@code esmsYear.actualisation}); {@link #missing()} lists them
 * all. Nothing is built when it is thrown.
 */
public class MissingAttributeException extends CpomValidationException {
  private static final long serialVersionUID = 1L;
  /** The convention broken: a value is built complete or not at all. */
  public static final LegalBasis RULE = LegalBasis.convention(Convention.REQUIRED_ATTRIBUTES);

  private final List<String> missing;

  /**
   * Creates the exception; the builders of the library call it with the names of the attributes not set.
   *
   * @param missing the names of the required attributes not set, at least one
   */
  public MissingAttributeException(String... missing) {
    this(names(missing), builtType().orElse(""));
  }

  private MissingAttributeException(List<String> missing, String type) {
    super(qualified(type, missing.get(0)), "not set", RULE,
        "required attribute" + (missing.size() > 1 ? "s " : " ") + qualifiedAll(type, missing) + " not set"
            + (type.isEmpty() ? "" : " when building " + type));
    this.missing = missing;
  }

  /**
   * The required attributes not set, in declaration order.
   *
   * @return the attribute names, unqualified
   */
  public List<String> missing() {
    return missing;
  }

  private static List<String> names(String... missing) {
    java.util.Objects.requireNonNull(missing, "missing");
    for (String m : missing) {
      java.util.Objects.requireNonNull(m, "missing element");
    }
    return List.of(missing.length == 0 ? new String[] {"?"} : missing);
  }

  private static String qualified(String type, String attribute) {
    if (type.isEmpty()) {
      return attribute;
    }
    return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1) + "." + attribute;
  }

  private static String qualifiedAll(String type, List<String> attributes) {
    StringBuilder s = new StringBuilder();
    for (String a : attributes) {
      s.append(s.length() == 0 ? "" : ", ").append(qualified(type, a));
    }
    return s.toString();
  }

  /**
   * The simple name of the value whose builder threw, read from the generated builder class on the stack
   * ({@code org.cpom.x.ImmutableFoo$Builder} gives {@code Foo}); empty when none is found.
   */
  private static Optional<String> builtType() {
    return StackWalker.getInstance().walk(frames -> frames
        .map(StackWalker.StackFrame::getClassName)
        .filter(c -> c.startsWith("org.cpom.") && c.endsWith("$Builder"))
        .findFirst()
        .map(c -> c.substring(c.lastIndexOf('.') + 1, c.length() - "$Builder".length()))
        .map(c -> c.startsWith("Immutable") ? c.substring("Immutable".length()) : c)
        .map(c -> c.replace('$', '.')));
  }
}
