package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.cpom.dotation.EsmsYear;
import org.cpom.referential.Esms;
import org.junit.jupiter.api.Test;

/** A builder left incomplete throws a cpom exception naming what is missing, never Immutables' own. */
class MissingAttributeExceptionTest {

  @Test
  void anEmptyEsmsBuilderNamesEveryMissingAttribute() {
    assertThatThrownBy(() -> Esms.builder().build())
        .isInstanceOfSatisfying(MissingAttributeException.class, e -> {
          assertThat(e.field()).isEqualTo("esms.finess");
          assertThat(e.missing()).containsExactly("finess", "name", "category", "gestionnaire");
          assertThat(e.rule()).isEqualTo(MissingAttributeException.RULE);
          assertThat(e.getMessage()).contains("esms.name", "esms.gestionnaire", "when building Esms");
        })
        .isInstanceOf(CpomValidationException.class);
  }

  @Test
  void oneMissingAttributeIsNamedAlone() {
    assertThatThrownBy(() -> EsmsYear.builder().esms(org.cpom.referential.FinessNumber.of("690000011")).build())
        .isInstanceOfSatisfying(MissingAttributeException.class, e -> {
          assertThat(e.field()).isEqualTo("esmsYear.actualisation");
          assertThat(e.missing()).containsExactly("actualisation");
          assertThat(e.getMessage()).contains("required attribute esmsYear.actualisation not set");
        });
  }

  @Test
  void calledWithoutNamesItStillNamesSomething() {
    MissingAttributeException e = new MissingAttributeException();
    assertThat(e.missing()).containsExactly("?");
    assertThat(e.field()).endsWith("?");
  }

  /** Every public builder of an exported package, built empty: it builds, or throws a cpom exception. */
  @Test
  void everyPublicBuilderBuiltEmptyThrowsOnlyCpomExceptions() throws Exception {
    List<String> checked = new ArrayList<>();
    List<String> missingNamed = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.cpom")) {
      if (!c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
          || c.getPackageName().startsWith("org.cpom.internal") || c.isNestedClass()) {
        continue;
      }
      Class<?> type = Class.forName(c.getName());
      Method factory;
      try {
        factory = type.getMethod("builder");
      } catch (NoSuchMethodException none) {
        continue;
      }
      if (!Modifier.isStatic(factory.getModifiers())) {
        continue;
      }
      Object builder = factory.invoke(null);
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      checked.add(type.getSimpleName());
      try {
        build.invoke(builder);
      } catch (InvocationTargetException thrown) {
        Throwable t = thrown.getCause();
        if (!(t instanceof CpomException)) {
          fail(type.getName() + ".builder().build() threw " + t);
        }
        if (t instanceof MissingAttributeException) {
          MissingAttributeException m = (MissingAttributeException) t;
          String prefix = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1) + ".";
          assertThat(m.field()).as(type.getName()).startsWith(prefix);
          assertThat(m.missing()).as(type.getName()).isNotEmpty();
          missingNamed.add(type.getSimpleName());
        }
      }
    }
    // the library has a few dozen builders; most have a required attribute
    assertThat(checked).hasSizeGreaterThan(20).contains("Esms", "EsmsYear", "Cpom");
    assertThat(missingNamed).hasSizeGreaterThan(20).contains("Esms", "EsmsYear", "Cpom");
  }

  @Test
  void thePeopleRecordsAndIndicatorDefinitionsOfTheDialogueNameWhatIsMissing() {
    assertThatThrownBy(() -> org.cpom.dialogue.PersonRecord.builder().id("R1").build())
        .isInstanceOfSatisfying(MissingAttributeException.class, e -> {
          assertThat(e.field()).isEqualTo("personRecord.birthDate");
          assertThat(e.missing()).containsExactly("birthDate", "entryDate", "mode", "domicileDeSecours");
        });
    assertThatThrownBy(() -> org.cpom.dialogue.IndicatorDefinition.builder().build())
        .isInstanceOfSatisfying(MissingAttributeException.class,
            e -> assertThat(e.missing()).containsExactly("key", "label", "numerator", "unit", "period", "source"));
  }

  @Test
  void theCallersFinancialFiguresOfTheDialogueNameWhatIsMissing() {
    // the stocks and the debt default to zero; the CAF, its produits, the FRNG and the BFR are required
    assertThatThrownBy(() -> org.cpom.dialogue.DonneesFinancieres.builder().frng(org.cpom.money.Amount.ZERO).build())
        .isInstanceOfSatisfying(MissingAttributeException.class,
            e -> assertThat(e.missing()).containsExactly("caf", "produitsTauxDeCaf", "bfr"));
  }

  @Test
  void theInputsOfTheDialogueReportNameWhatIsMissing() {
    assertThatThrownBy(() -> org.cpom.dialogue.ReportInputs.builder().year(java.time.Year.of(2026)).build())
        .isInstanceOfSatisfying(MissingAttributeException.class, e -> {
          assertThat(e.field()).isEqualTo("reportInputs.cpom");
          assertThat(e.missing()).containsExactly("cpom", "asOf");
        });
  }
}
