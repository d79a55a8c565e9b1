package org.cpom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameter names of a method as its declaration in {@code src/main/java} spells them: the class files are
 * compiled without {@code -parameters}, so reflection knows only {@code arg0}, {@code arg1}. Used by
 * {@link PackageNullSweep#namingParameters()}. A declaration is a name, a parenthesised list of type-and-name pairs
 * whose types match the method's erased parameter types by simple name, then a body, a {@code ;} or a
 * {@code throws}.
 */
final class SourceParameters {
  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Map<Class<?>, String> TEXTS = new ConcurrentHashMap<>();
  private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  private SourceParameters() {}

  /**
   * The name of one parameter.
   *
   * @param m the method
   * @param index the parameter's index
   * @return its name in the source
   * @throws AssertionError if no declaration of the method is found
   */
  static String name(Method m, int index) {
    Class<?> top = m.getDeclaringClass();
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    String text = TEXTS.computeIfAbsent(top, SourceParameters::read);
    Matcher at = Pattern.compile("\\b" + Pattern.quote(m.getName()) + "\\s*\\(").matcher(text);
    while (at.find()) {
      int close = closing(text, at.end());
      if (close < 0 || !declaration(text, close + 1)) {
        continue;
      }
      List<String[]> params = params(text.substring(at.end(), close));
      if (params != null && params.size() == m.getParameterCount() && typesMatch(params, m.getParameterTypes())) {
        return params.get(index)[1];
      }
    }
    throw new AssertionError("no declaration of " + m + " in " + path(top));
  }

  private static Path path(Class<?> top) {
    return SOURCES.resolve(top.getName().replace('.', '/') + ".java");
  }

  private static String read(Class<?> top) {
    try {
      return COMMENTS.matcher(Files.readString(path(top), StandardCharsets.UTF_8)).replaceAll(" ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index of the parenthesis closing the one just before {@code from}, or -1. */
  private static int closing(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean declaration(String text, int from) {
    String rest = text.substring(from, Math.min(text.length(), from + 40)).stripLeading();
    return rest.startsWith("{") || rest.startsWith(";") || rest.startsWith("throws ");
  }

  /** Type and name pairs split at the top-level commas, or null when a piece is not one. */
  private static List<String[]> params(String list) {
    List<String[]> out = new ArrayList<>();
    if (list.isBlank()) {
      return out;
    }
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= list.length(); i++) {
      char c = i < list.length() ? list.charAt(i) : ',';
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String piece = list.substring(start, i).replaceAll("@\\w+(\\([^)]*\\))?", " ").replaceAll("\\bfinal\\b", " ")
            .trim();
        Matcher pm = Pattern.compile("(.+?)\\s+(\\w+)").matcher(piece);
        if (!pm.matches()) {
          return null;
        }
        out.add(new String[] {pm.group(1).replaceAll("\\s+", ""), pm.group(2)});
        start = i + 1;
      }
    }
    return out;
  }

  private static boolean typesMatch(List<String[]> params, Class<?>[] types) {
    for (int i = 0; i < types.length; i++) {
      String t = params.get(i)[0].replaceAll("<.*>", "").replace("...", "[]");
      t = t.substring(t.lastIndexOf('.') + 1);
      boolean typeVariable = t.matches("[A-Z]");
      if (!typeVariable && !t.equals(types[i].getSimpleName())) {
        return false;
      }
    }
    return true;
  }
}
