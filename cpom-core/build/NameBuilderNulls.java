import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names the nulls Immutables' generated builders leave to the JVM: run by the build on the generated
 * sources (java NameBuilderNulls.java DIR), between annotation processing and compilation.
 *
 * <p>The builder setters for a varargs array, an {@code Iterable}, an {@code Optional}, an {@code OptionalLong}
 * or a {@code Map} dereference their argument without a check, so a null gives the JVM's helpful-NPE text;
 * each is wrapped in {@code Objects.requireNonNull(arg, "attribute")}, as Immutables' single-value setters do.
 * Idempotent: a patched line no longer matches. Fails the build if a generated builder with such a setter is
 * found and no pattern matched anywhere, i.e. the generated code changed shape.
 */
public final class NameBuilderNulls {
  private static final List<String[]> RULES = List.of(
      new String[] {"for \\(([^\\n]+?) element : elements\\) \\{(\\s+)this\\.(\\w+)\\.add\\(Objects\\.requireNonNull\\(element, \"([\\w ]+?) element\"\\)\\);",
          "for ($1 element : Objects.requireNonNull(elements, \"$4\")) {$2this.$3.add(Objects.requireNonNull(element, \"$4 element\"));"},
      new String[] {"this\\.(\\w+) = (\\w+)\\.(orElse\\(null\\)|isPresent\\(\\) \\?)",
          "this.$1 = Objects.requireNonNull($2, \"$2\").$3"},
      new String[] {"for \\(Map\\.Entry<([^\\n]+?)> e : entries\\.entrySet\\(\\)\\) \\{([\\s\\S]{0,400}?)this\\.(\\w+)\\.put\\(",
          "for (Map.Entry<$1> e : Objects.requireNonNull(entries, \"$3\").entrySet()) {$2this.$3.put("},
      new String[] {"(\\S+) k = entry\\.getKey\\(\\);([\\s\\S]{0,400}?)this\\.(\\w+)\\.put\\(",
          "$1 k = Objects.requireNonNull(entry, \"$3 entry\").getKey();$2this.$3.put("});

  private NameBuilderNulls() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("Immutable") && p.toString().endsWith(".java"))
          .collect(Collectors.toList());
    }
    int patched = 0;
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String out = text;
      for (String[] rule : RULES) {
        Matcher m = Pattern.compile(rule[0]).matcher(out);
        out = m.replaceAll(rule[1]);
      }
      if (!out.equals(text)) {
        Files.writeString(f, out, StandardCharsets.UTF_8);
        patched++;
      }
    }
    System.out.println("NameBuilderNulls: " + patched + " of " + files.size() + " generated files patched in " + dir);
  }
}
