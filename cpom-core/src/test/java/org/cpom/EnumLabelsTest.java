package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cpom.trace.Labelled;
import org.junit.jupiter.api.Test;

/**
 * Every public enum of cpom-core a user prints has a label in French and in English ({@link Labelled}): each
 * constant's French and English labels are not blank, and the French one is not the constant's name (but for
 * the acronyms the sector writes as they are, such as IME). An enum
 * that is not labelled is listed here with why, so that a new enum has to choose.
 */
class EnumLabelsTest {
  /** The public enums deliberately not {@link Labelled}, with why. */
  private static final Map<Class<?>, String> NOT_LABELLED = Map.of(
      Convention.class, "a catalogue entry: printed by its stable id and title, documented in docs/conventions.md",
      LegalBasis.Kind.class, "the kind of a basis, which prints as its own text (article, clause, convention)",
      org.cpom.trace.StepKind.class, "a step's kind: its French and English label templates are the step's label",
      org.cpom.calendar.WorkingDayAdjustment.class, "a policy the caller passes to a calendar, not a printed value",
      org.cpom.payment.PaymentRegime.class, "a payment regime, printed by the article it cites; not labelled yet");

  /**
   * The enums whose constants are named by the acronym French users write (IME, EHPAD, CNR): there the French
   * label may be the name, when the name is one word of capitals.
   */
  private static final java.util.Set<Class<?>> ACRONYMS = java.util.Set.of(
      org.cpom.referential.EsmsCategory.class, org.cpom.contract.FundingWay.class);

  /** The exported packages of the module: every directory of main classes under org/cpom but internal. */
  private static List<String> packages() throws URISyntaxException {
    File root = new File(new File(CpomException.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
        "org/cpom");
    List<String> packages = new ArrayList<>(List.of("org.cpom"));
    File[] dirs = root.listFiles(File::isDirectory);
    Arrays.sort(dirs);
    for (File d : dirs) {
      if (!d.getName().equals("internal")) {
        packages.add("org.cpom." + d.getName());
      }
    }
    return packages;
  }

  private static List<Class<?>> publicEnums() throws URISyntaxException {
    List<Class<?>> enums = new ArrayList<>();
    for (String p : packages()) {
      for (Class<?> c : PackageNullSweep.publicTypes(p)) {
        if (c.isEnum()) {
          enums.add(c);
        }
      }
    }
    return enums;
  }

  @Test
  void everyLabelledEnumHasAFrenchAndAnEnglishLabelForEachConstant() throws URISyntaxException {
    Map<String, String> bad = new TreeMap<>();
    int labelled = 0;
    for (Class<?> c : publicEnums()) {
      if (!Labelled.class.isAssignableFrom(c)) {
        continue;
      }
      labelled++;
      for (Object constant : c.getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        String fr = ((Labelled) constant).label(Locale.FRENCH);
        String en = ((Labelled) constant).label(Locale.ENGLISH);
        if (fr == null || fr.isBlank() || en == null || en.isBlank() || fr.equals(name) && !(ACRONYMS.contains(c) && name.matches("[A-Z]+"))) {
          bad.put(c.getName() + "." + name, "fr=" + fr + ", en=" + en);
        }
        assertThat(((Labelled) constant).label(Locale.CANADA_FRENCH)).isEqualTo(fr);
      }
    }
    assertThat(bad).as("constants without a French and an English label, or whose French label is the name")
        .isEmpty();
    assertThat(labelled).isGreaterThan(30);
  }

  @Test
  void anEnumNotLabelledIsListedWithWhy() throws URISyntaxException {
    List<Class<?>> unlisted = new ArrayList<>();
    List<Class<?>> notLabelled = new ArrayList<>();
    for (Class<?> c : publicEnums()) {
      if (!Labelled.class.isAssignableFrom(c)) {
        notLabelled.add(c);
        if (!NOT_LABELLED.containsKey(c)) {
          unlisted.add(c);
        }
      }
    }
    assertThat(unlisted).as("public enums neither Labelled nor listed as deliberately not labelled").isEmpty();
    assertThat(notLabelled).as("an enum listed as not labelled that is labelled now")
        .containsExactlyInAnyOrderElementsOf(NOT_LABELLED.keySet());
  }

  @Test
  void theNewLabelsReadInFrench() {
    assertThat(org.cpom.contract.BudgetFramework.TRADITIONAL.label(Locale.FRENCH))
        .isEqualTo("budget prévisionnel (procédure budgétaire classique)");
    assertThat(org.cpom.referential.FunderKind.ETAT.label(Locale.FRENCH)).isEqualTo("État");
    assertThat(org.cpom.result.ReserveAccount.RESERVE_DE_COMPENSATION.label(Locale.FRENCH))
        .isEqualTo(org.cpom.result.ReserveAccount.RESERVE_DE_COMPENSATION.label());
    assertThat(org.cpom.contract.Milestone.Kind.EXPIRY.label(Locale.ENGLISH))
        .isEqualTo(org.cpom.contract.Milestone.Kind.EXPIRY.description());
    assertThat(org.cpom.calendar.SourceStatus.SECONDARY.label(Locale.ENGLISH)).isEqualTo("known from a secondary source");
  }
}
