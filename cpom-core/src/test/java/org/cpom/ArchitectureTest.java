package org.cpom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.convert.ExchangeRateProvider;
import org.junit.jupiter.api.Test;

/** The floors of ARCHITECTURE.md, and the promise that cpom never reaches the network. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.cpom");

  @Test
  void noPackageCycles() {
    slices().matching("org.cpom.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void floorOneImportsNothingAbove() {
    noClasses().that().resideInAnyPackage("org.cpom.money..", "org.cpom.trace..", "org.cpom.param..", "org.cpom.calendar..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.cpom.referential..", "org.cpom.contract..", "org.cpom.activity..", "org.cpom.dotation..",
            "org.cpom.payment..", "org.cpom.result..", "org.cpom.budget..", "org.cpom.accounts..", "org.cpom.finance..",
            "org.cpom.investment..")
        .check(CLASSES);
  }

  @Test
  void accountsIsAFloorOnMoneyReferentialAndTrace() {
    // floor 2b: reads the ledgers with money, referential, trace and internal; nothing below it uses it
    noClasses().that().resideInAPackage("org.cpom.accounts..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.cpom.contract..", "org.cpom.activity..", "org.cpom.dotation..", "org.cpom.payment..",
            "org.cpom.result..", "org.cpom.budget..", "org.cpom.calendar..", "org.cpom.param..", "org.cpom.finance..",
            "org.cpom.investment..")
        .check(CLASSES);
  }

  @Test
  void financeReadsTheAccountsAndNoEngine() {
    // floor 4b: the financial tables of the filing, from the accounts, with dated thresholds and deadlines
    noClasses().that().resideInAPackage("org.cpom.finance..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.cpom.activity..", "org.cpom.dotation..", "org.cpom.payment..", "org.cpom.result..", "org.cpom.budget..",
            "org.cpom.investment..")
        .check(CLASSES);
  }

  @Test
  void investmentPlansOnFinanceAndTheDotationNotOnPaymentsOrResults() {
    // floor 4c: PPI, schedules and the PGFP, over the financial tables and the dotation's projection
    noClasses().that().resideInAPackage("org.cpom.investment..")
        .should().dependOnClassesThat().resideInAnyPackage("org.cpom.payment..", "org.cpom.result..", "org.cpom.activity..")
        .check(CLASSES);
  }

  @Test
  void dialogueIsTheTopFloor() {
    // floor 5: the dialogue de gestion reads every other floor's values; nothing uses it
    noClasses().that().resideOutsideOfPackage("org.cpom.dialogue..")
        .should().dependOnClassesThat().resideInAPackage("org.cpom.dialogue..")
        .check(CLASSES);
  }

  @Test
  void referentialImportsNoContractOrEngine() {
    noClasses().that().resideInAPackage("org.cpom.referential..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.cpom.contract..", "org.cpom.activity..", "org.cpom.dotation..", "org.cpom.payment..",
            "org.cpom.result..", "org.cpom.budget..", "org.cpom.accounts..", "org.cpom.finance..",
            "org.cpom.investment..")
        .check(CLASSES);
  }

  @Test
  void contractImportsNoEngine() {
    noClasses().that().resideInAPackage("org.cpom.contract..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.cpom.activity..", "org.cpom.dotation..", "org.cpom.payment..", "org.cpom.result..", "org.cpom.budget..",
            "org.cpom.finance..", "org.cpom.investment..")
        .check(CLASSES);
  }

  @Test
  void enginesTalkThroughValuesNotEachOther() {
    noClasses().that().resideInAnyPackage("org.cpom.result..", "org.cpom.budget..")
        .should().dependOnClassesThat().resideInAnyPackage("org.cpom.dotation..", "org.cpom.payment..", "org.cpom.activity..")
        .check(CLASSES);
    noClasses().that().resideInAnyPackage("org.cpom.activity..", "org.cpom.dotation..", "org.cpom.payment..")
        .should().dependOnClassesThat().resideInAnyPackage("org.cpom.result..", "org.cpom.budget..")
        .check(CLASSES);
  }

  @Test
  void noCurrencyConversionNoNetworkNoClockNoFiles() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "javax.money.convert..", "java.net..", "java.nio.file..", "okhttp3..", "java.sql..")
        .check(CLASSES);
    noClasses().should().callMethod(java.time.LocalDate.class, "now").check(CLASSES);
    noClasses().should().callMethod(System.class, "currentTimeMillis").check(CLASSES);
    noClasses().should().callMethod(java.util.Locale.class, "getDefault").check(CLASSES);
  }

  @Test
  void noExchangeRateProviderIsOnTheClassPath() {
    // With moneta-core alone no provider is registered, so nothing can start a rate download.
    assertThat(ServiceLoader.load(ExchangeRateProvider.class).stream().count()).isZero();
  }

  @Test
  void theModuleExportsOnlyApiPackages() throws IOException {
    Path descriptor = Path.of("target", "classes", "module-info.class");
    ModuleDescriptor md;
    try (InputStream in = Files.newInputStream(descriptor)) {
      md = ModuleDescriptor.read(in);
    }
    Set<String> exported = md.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(md.name()).isEqualTo("org.cpom.core");
    Set<String> compiled;
    try (var files = Files.walk(Path.of("target", "classes", "org"))) {
      compiled = files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("package-info.class"))
          .map(f -> Path.of("target", "classes").relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
          .collect(Collectors.toSet());
    }
    assertThat(compiled).contains("org.cpom.internal", "org.cpom.money");
    Set<String> api = compiled.stream().filter(p -> !p.equals("org.cpom.internal")).collect(Collectors.toSet());
    assertThat(exported).isEqualTo(api);
  }
}
