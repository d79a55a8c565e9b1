package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * cpom-core and Moneta on the module path: the module graph resolves (Moneta's descriptor requires okhttp
 * and jakarta.annotation) and Moneta's service loading works from a named module.
 */
class ModulePathSmokeTest {
  private static final List<String> MODULE_JARS = List.of(
      "cpom-core", "money-api", "moneta-core", "okhttp", "okio", "kotlin-stdlib", "jakarta.annotation-api", "annotations");

  @Test
  void cpomCoreRunsAsANamedModule() throws Exception {
    String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
    List<String> modulePath = new ArrayList<>();
    List<String> classPath = new ArrayList<>();
    for (String e : entries) {
      String name = Path.of(e).getFileName().toString();
      boolean isModule = MODULE_JARS.stream().anyMatch(m -> name.startsWith(m)) || e.replace('\\', '/').contains("cpom-core/target/classes");
      (isModule ? modulePath : classPath).add(e);
    }
    assertThat(modulePath).anyMatch(e -> e.contains("cpom-core"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java,
        "--module-path", String.join(File.pathSeparator, modulePath),
        "--add-modules", "org.cpom.core",
        "-cp", classPath.stream().collect(Collectors.joining(File.pathSeparator)),
        ModulePathSmokeMain.class.getName())
        .redirectErrorStream(true)
        .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(Arrays.asList(out.split("\\R"))).contains("org.cpom.core", "true EUR 463833.34");
  }
}
