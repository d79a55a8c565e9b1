package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of conventions is the one source of the library's conventions: every id stable-looking and
 * unique, titled in English and in French, documented in docs/conventions.md (and nothing documented there that the catalogue lacks), and no
 * convention cited in the main code other than through {@link Convention}.
 */
class ConventionCatalogueTest {
  private static final Pattern ID = Pattern.compile("cpom:[a-z0-9-]+");
  /** The page at the root of the repository; the tests run in the module directory. */
  private static final Path PAGE = Path.of("..", "docs", "conventions.md");
  private static final Path MAIN = Path.of("src", "main", "java");

  /** The sections of the page: the id of each "### cpom:..." heading and the text under it. */
  private static Map<String, String> sections() throws IOException {
    Map<String, String> sections = new LinkedHashMap<>();
    String id = null;
    StringBuilder text = new StringBuilder();
    for (String line : Files.readAllLines(PAGE, StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) {
        if (id != null) {
          sections.put(id, text.toString());
        }
        String heading = line.replaceFirst("^#+\\s*", "").trim();
        id = heading.startsWith("cpom:") ? heading : null;
        if (id != null) {
          assertThat(sections).as("a second section for " + id).doesNotContainKey(id);
        }
        text.setLength(0);
      } else {
        text.append(line).append('\n');
      }
    }
    if (id != null) {
      sections.put(id, text.toString());
    }
    return sections;
  }

  @Test
  void everyIdIsStableLookingAndUniqueAndEveryTitleIsGiven() {
    Set<String> ids = new HashSet<>();
    for (Convention c : Convention.values()) {
      assertThat(c.id()).as(c.name()).matches(ID);
      assertThat(ids.add(c.id())).as("id given twice: " + c.id()).isTrue();
      assertThat(c.title()).as(c.name()).isNotBlank();
      assertThat(LegalBasis.convention(c).text()).isEqualTo("cpom convention " + c.id() + " (" + c.title() + ")");
      assertThat(c.title(Locale.ENGLISH)).as(c.name()).isEqualTo(c.title());
      assertThat(LegalBasis.convention(c).label(Locale.FRENCH))
          .isEqualTo("convention " + c.id() + " (" + c.title(Locale.FRENCH) + ")");
    }
  }

  @Test
  void everyConventionHasAFrenchTitleOfItsOwn() {
    for (Convention c : Convention.values()) {
      String fr = c.title(Locale.FRENCH);
      assertThat(fr).as(c.name()).isNotBlank().isEqualTo(fr.strip());
      // no convention's French title is its English one: even the acronyms (ESMS, BBZ) say what they stand for
      assertThat(fr).as(c.name()).isNotEqualTo(c.title());
      assertThat(fr).as(c.name()).doesNotContain(" the ", " is ", " of ", " and ");
    }
    assertThat(Convention.LARGEST_REMAINDER.title(Locale.FRANCE)).isEqualTo("répartition au plus fort reste");
  }

  @Test
  void theIssueNamedConventionsAreInTheCatalogue() {
    assertThat(Stream.of(Convention.values()).map(Convention::id)).contains("cpom:largest-remainder",
        "cpom:half-up-rounding", "cpom:dotation-steps", "cpom:css-payment-day", "cpom:exact-arithmetic");
  }

  @Test
  void everyConventionHasItsSectionInTheDocsAndTheDocsNoOther() throws IOException {
    Map<String, String> sections = sections();
    for (Convention c : Convention.values()) {
      assertThat(sections).as("docs/conventions.md section for " + c.id()).containsKey(c.id());
      assertThat(sections.get(c.id())).as("title of " + c.id()).contains(c.title());
      assertThat(sections.get(c.id())).as("French title of " + c.id()).contains(c.title(Locale.FRENCH));
      assertThat(sections.get(c.id()).strip()).as("text of " + c.id()).hasSizeGreaterThan(c.title().length() + 40);
    }
    Set<String> known = Stream.of(Convention.values()).map(Convention::id).collect(Collectors.toSet());
    assertThat(sections.keySet()).as("sections of docs/conventions.md for unknown ids").isSubsetOf(known);
    for (String id : sections.keySet()) {
      assertThat(id).matches(ID);
    }
  }

  @Test
  void theMainCodeCitesNoConventionByTextAndNoTeamNote() throws IOException {
    // a string literal opening with the convention prefix, anywhere in the main sources but the one place that
    // writes the prefix (LegalBasis)
    Pattern literal = Pattern.compile("\"cpom convention");
    Pattern teamNote = Pattern.compile("RULES [0-9]");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          boolean prefixItself = f.getFileName().toString().equals("LegalBasis.java")
              && line.contains("CONVENTION_PREFIX = \"cpom convention\";");
          Matcher m = literal.matcher(line);
          if (m.find() && !prefixItself && !line.trim().startsWith("*") && !line.trim().startsWith("/*")
              && !line.trim().startsWith("//")) {
            offenders.add(f + ":" + (i + 1) + ": " + line.trim());
          }
          if (teamNote.matcher(line).find()) {
            offenders.add(f + ":" + (i + 1) + ": " + line.trim());
          }
        }
      }
    }
    assertThat(offenders).as("convention text or team-note reference in the main code").isEmpty();
  }

  @Test
  void theScanSeesTheSources() throws IOException {
    // the scan above would pass vacuously on a wrong directory
    try (Stream<Path> files = Files.walk(MAIN)) {
      assertThat(files.filter(p -> p.endsWith(Path.of("org", "cpom", "Convention.java"))).count()).isEqualTo(1);
    }
  }
}
