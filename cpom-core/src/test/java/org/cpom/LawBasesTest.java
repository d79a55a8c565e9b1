package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every LAW basis the library builds is structured: each article is an article (with its paragraph), never a list,
 * a range or a comment; comments are notes, a second code is {@link LegalBasis#through(LegalBasis)}, and GIVEN is
 * left to the caller.
 */
class LawBasesTest {
  /**
   * An article and its paragraph as the texts cite them: "R314-43-2 III", "R314-234 2° a", "L313-12 IV ter",
   * "R314-51 II 1°", the LPF's "A47 A-1", or the annexe of an arrêté.
   */
  static final Pattern ARTICLE = Pattern.compile(
      "^(?:[LRD]\\d+(?:-\\d+)*|\\d+|A\\d+ [A-Z]-\\d+|annexe)(?: [IVX]+)?(?: (?:bis|ter))?(?: \\d+°)?(?: [a-z])?$");

  static final Path MAIN = Path.of("src/main/java");

  /** Files allowed to write {@code LegalBasis.given(}: the factory itself and its Javadoc. */
  static final Set<String> GIVEN_ALLOWED = Set.of("org/cpom/LegalBasis.java");

  static final Pattern LITERAL_CALL = Pattern.compile(
      "\\b(casf|css|law)\\(\\s*(\"(?:[^\"\\\\]|\\\\.)*\"(?:\\s*,\\s*\"(?:[^\"\\\\]|\\\\.)*\")*)\\s*[,)]");
  /** A deadline row of the calendar: its label, then the CASF article it cites. */
  static final Pattern DEADLINE_ROW = Pattern.compile(
      // label, French label, article
      "DeadlineRule\\.(?:inYear|after)\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*,\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*,\\s*"
          + "\"((?:[^\"\\\\]|\\\\.)*)\"");
  static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  @Test
  void theArticlePatternAcceptsRealArticlesAndRejectsFreeText() {
    assertThat(List.of("R314-43-2 III", "R314-234 4°", "R314-234 2° a", "L313-12 IV ter", "A47 A-1", "R314-51 II 1°",
        "R314-222 II 2°", "L3133-1", "D312-1", "annexe")).allMatch(a -> ARTICLE.matcher(a).matches());
    assertThat(List.of("R314-115, L242-4", "R314-160 / R314-174", "R314-210 (secondary source)",
        "R174-16-1 to R174-16-5", "fiche-action", "(CASF R314-160)", "R314-43-1; approval CASF R314-231"))
        .noneMatch(a -> ARTICLE.matcher(a).matches());
  }

  @Test
  void everyArticleLiteralInTheLibraryIsAnArticle() throws IOException {
    Map<String, List<String>> bad = new TreeMap<>();
    int seen = 0;
    int rows = 0;
    for (Path file : sources()) {
      String code = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = LITERAL_CALL.matcher(code);
      while (m.find()) {
        List<String> literals = new ArrayList<>();
        Matcher s = STRING.matcher(m.group(2));
        while (s.find()) {
          literals.add(s.group(1));
        }
        // law(source, article, ...): the first literal is the source
        List<String> articles = m.group(1).equals("law") ? literals.subList(1, literals.size()) : literals;
        for (String a : articles) {
          seen++;
          if (!ARTICLE.matcher(a).matches()) {
            bad.computeIfAbsent(MAIN.relativize(file).toString(), k -> new ArrayList<>()).add(a);
          }
        }
      }
      Matcher d = DEADLINE_ROW.matcher(code);
      while (d.find()) {
        rows++;
        if (!ARTICLE.matcher(d.group(1)).matches()) {
          bad.computeIfAbsent(MAIN.relativize(file).toString(), k -> new ArrayList<>()).add(d.group(1));
        }
      }
    }
    assertThat(seen).as("article literals found").isGreaterThan(50);
    assertThat(rows).as("deadline rows found").isGreaterThanOrEqualTo(15);
    assertThat(bad).as("casf/css/law literals that are not articles").isEmpty();
  }

  @Test
  void everyLawConstantOfTheLibraryIsStructured() throws Exception {
    List<String> bad = new ArrayList<>();
    int seen = 0;
    for (Path file : sources()) {
      String name = MAIN.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
      if (name.endsWith("package-info") || name.equals("module-info")) {
        continue;
      }
      Class<?> type = Class.forName(name);
      List<Map.Entry<String, LegalBasis>> bases = new ArrayList<>();
      for (Field f : type.getDeclaredFields()) {
        if (f.getType() != LegalBasis.class) {
          continue;
        }
        f.setAccessible(true);
        if (Modifier.isStatic(f.getModifiers())) {
          bases.add(new AbstractMap.SimpleEntry<>(f.getName(), (LegalBasis) f.get(null)));
        } else if (type.isEnum()) {
          // the basis each constant of an enum holds (a regime's articles, a compte kind's article)
          for (Object constant : type.getEnumConstants()) {
            bases.add(new AbstractMap.SimpleEntry<>(constant + "." + f.getName(), (LegalBasis) f.get(constant)));
          }
        }
      }
      if (type.isEnum()) {
        // what an enum's constants answer: an article as text (a tariff mode's, an indicator's), or a basis
        for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
          if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) {
            continue;
          }
          if (m.getReturnType() == LegalBasis.class || m.getReturnType() == String.class && m.getName().equals("article")) {
            m.setAccessible(true);
            for (Object constant : type.getEnumConstants()) {
              Object v = m.invoke(constant);
              LegalBasis b = v instanceof String ? LegalBasis.casf((String) v) : (LegalBasis) v;
              bases.add(new AbstractMap.SimpleEntry<>(constant + "." + m.getName() + "()", b));
            }
          }
        }
      }
      for (Map.Entry<String, LegalBasis> e : bases) {
        LegalBasis b = e.getValue();
        if (b == null || b.kind() != LegalBasis.Kind.LAW) {
          assertThat(b == null || b.kind() != LegalBasis.Kind.GIVEN).as(name + "." + e.getKey() + " is GIVEN").isTrue();
          continue;
        }
        seen++;
        List<LegalBasis> parts = new ArrayList<>(List.of(b));
        b.through().ifPresent(parts::add);
        for (LegalBasis p : parts) {
          for (String a : p.articles()) {
            if (!ARTICLE.matcher(a).matches()) {
              bad.add(name + "." + e.getKey() + ": " + a);
            }
          }
        }
      }
    }
    assertThat(seen).as("LAW constants found (the Articles of each package among them)").isGreaterThan(40);
    assertThat(bad).isEmpty();
  }

  @Test
  void noLibraryCodeBuildsAGivenBasis() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : sources()) {
      String rel = MAIN.relativize(file).toString();
      if (!GIVEN_ALLOWED.contains(rel) && Files.readString(file, StandardCharsets.UTF_8).contains("LegalBasis.given(")) {
        found.add(rel);
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void articlesOfOneSourceAreCitedTogether() {
    LegalBasis b = LegalBasis.casf("R314-234 4°", "R314-222 II 2°");
    assertThat(b.text()).isEqualTo("CASF R314-234 4°, R314-222 II 2°");
    assertThat(b.articles()).containsExactly("R314-234 4°", "R314-222 II 2°");
    assertThat(b.article()).contains("R314-234 4°");
    assertThat(b).isEqualTo(LegalBasis.casf("R314-234 4°", "R314-222 II 2°")).isNotEqualTo(LegalBasis.casf("R314-234 4°"));
    assertThat(LegalBasis.casf("R314-107").articles()).containsExactly("R314-107");
    assertThat(LegalBasis.clause("art. 4").articles()).isEmpty();
    assertThatThrownBy(() -> LegalBasis.casf("R314-1", " ")).isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> LegalBasis.casf("R314-1", (String) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aNoteIsKeptApartFromTheArticle() {
    LegalBasis b = LegalBasis.casf("R314-210").withNote(" secondary source ");
    assertThat(b.text()).isEqualTo("CASF R314-210 (secondary source)");
    assertThat(b.article()).contains("R314-210");
    assertThat(b.note()).contains("secondary source");
    assertThat(b).isNotEqualTo(LegalBasis.casf("R314-210"));
    assertThat(LegalBasis.casf("R314-210").note()).isEmpty();
    assertThat(b.readWith(Convention.LATE_NOTIFICATION).text())
        .isEqualTo("CASF R314-210 (secondary source); " + LegalBasis.convention(Convention.LATE_NOTIFICATION).text());
    assertThatThrownBy(() -> b.withNote("again")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LegalBasis.clause("art. 4").withNote("n")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LegalBasis.casf("R314-1").readWith(Convention.CNR).withNote("n"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anArticleAppliesThroughAnotherCode() {
    LegalBasis b = LegalBasis.css("R174-9").through(LegalBasis.casf("R314-111"));
    assertThat(b.text()).isEqualTo("CSS R174-9 (CASF R314-111)");
    assertThat(b.source()).contains("CSS");
    assertThat(b.through()).contains(LegalBasis.casf("R314-111"));
    assertThat(b.withNote("payment day: x").text()).isEqualTo("CSS R174-9 (CASF R314-111) (payment day: x)");
    assertThat(b.readWith(Convention.CSS_PAYMENT_DAY).through()).contains(LegalBasis.casf("R314-111"));
    assertThatThrownBy(() -> LegalBasis.casf("R314-1").through(LegalBasis.casf("R314-2")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.through(LegalBasis.law("LPF", "A47 A-1"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LegalBasis.css("R174-9").through(LegalBasis.clause("art. 4")))
        .isInstanceOf(IllegalStateException.class);
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
