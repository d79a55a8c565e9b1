package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every convention of the catalogue is applied by the code, not only documented: some rule a rejection or a trace
 * step carries cites it ({@code Convention.X} in the code of cpom-core's main sources, comments left out), except
 * the few listed here as documentation only, which describe a property of every message rather than a rule one
 * check carries.
 */
class ConventionCitedTest {
  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Pattern CITED = Pattern.compile("\\bConvention\\.([A-Z][A-Z0-9_]*)\\b");
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  /**
   * Conventions that no single rule carries, documented in the catalogue and in the Javadoc of the type that
   * applies them.
   */
  private static final Set<Convention> DOCUMENTATION_ONLY = EnumSet.of(
      // how every CpomValidationException shortens the value and the parts of its message
      Convention.QUOTED_INPUT);

  private static Set<Convention> citedInCode() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(MAIN)) {
      files = s.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("Convention.java"))
          .collect(Collectors.toList());
    }
    Set<Convention> cited = EnumSet.noneOf(Convention.class);
    for (Path p : files) {
      String code = COMMENT.matcher(Files.readString(p, StandardCharsets.UTF_8)).replaceAll(" ");
      Matcher m = CITED.matcher(code);
      while (m.find()) {
        cited.add(Convention.valueOf(m.group(1)));
      }
    }
    return cited;
  }

  @Test
  void everyConventionIsCitedByTheCodeOrListedAsDocumentationOnly() throws IOException {
    Set<Convention> cited = citedInCode();
    Set<Convention> uncited = EnumSet.complementOf(EnumSet.copyOf(cited));
    assertThat(uncited).as("conventions no code cites (cite one, or list it as documentation only)")
        .containsExactlyInAnyOrderElementsOf(DOCUMENTATION_ONLY);
  }

  @Test
  void aConventionListedAsDocumentationOnlyIsDocumentedWhereItApplies() throws IOException {
    String exception = Files.readString(MAIN.resolve(Path.of("org", "cpom", "CpomValidationException.java")),
        StandardCharsets.UTF_8);
    assertThat(exception).contains("{@link Convention#QUOTED_INPUT}");
  }
}
