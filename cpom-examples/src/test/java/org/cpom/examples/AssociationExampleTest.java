package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssociationExampleTest {

  static String mainOutput() {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      AssociationExample.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void mainPrintsTheSummaryWithItsKeyLines() {
    String out = mainOutput();
    assertThat(out).isEqualTo(AssociationExample.summary(AssociationCpom.scenario()));
    assertThat(out.lines()).contains(
        "CPOM CPOM-ARA-69-2025-001: CPOM 2025-2029 Association Les Coteaux",
        "Legal basis       CASF L313-12-2",
        "Budget framework  EPRD",
        "Signatories       ARS Auvergne-Rhône-Alpes, Département 69",
        "Period            2025-01-01 to 2029-12-31 (5 years)",
        // Perimeter: FINESS, name, category, places, funder.
        // the IME's Creton parts: the Rhône and the Ain pay for young adults kept under L242-4 (R314-115)
        "690000011  IME Les Tilleuls         IME               60  Assurance maladie, Département 69, Département 01  ARS Auvergne-Rhône-Alpes",
        "690000045  Foyer de vie Les Vignes  foyer de vie      36  Département 69                                     Département 69",
        "           Total                                     179",
        // Milestones, hand-checked for 5 years from 1 January 2025.
        "2027-12-31  Comité de suivi: mid-term review (year 3)                arrêté du 3 mars 2017 (cahier des charges CPOM)",
        "2029-06-30  Extension asked or renegotiation started, at the latest  arrêté du 3 mars 2017 (cahier des charges CPOM)",
        "2029-12-31  Contract expires (last day)                              arrêté du 3 mars 2017 (cahier des charges CPOM)",
        "Total            465 500.00",
        // Grille: FA5 arrives with avenant n°1 in 2026.
        "FA5    Habitat inclusif adossé au foyer de vie                   en cours   -     -     -",
        // (7 - 9) / (6 - 9) = 66.7 %; (2850 - 4200) / (3000 - 4200) = 112.5 %.
        "FA1    2026  Jeunes adultes maintenus en IME (Creton)  pers.         9       6         7       66.7 %  no",
        "FA3    2026  Heures d'intérim                          h         4 200   3 000     2 850      112.5 %  yes",
        // 31 August 2026 to 31 January 2027.
        "FA4    Recrutement de l'équipe                      2026-08-31        153");
    assertThat(out).contains("Perimeter on 2027-01-31", "Financial clause (CASF R314-40)", "Milestones",
        "Objectives and fiches-actions", "Grille d'état d'avancement", "Late steps on 2027-01-31");
  }

  @Test
  void everySectionIsPrintedOnceInOrder() {
    String out = AssociationExample.summary(AssociationCpom.scenario());
    assertThat(AssociationExample.printers()).hasSize(10);
    int previous = -1;
    for (String title : new String[] {"CPOM CPOM-ARA", "Perimeter on", "Financial clause", "Milestones",
        "Objectives and fiches-actions", "Grille d'état", "Late steps on", "Dotation globalisée commune", "Affectation des résultats",
        "Budget base zéro 2025"}) {
      int at = out.indexOf(title);
      assertThat(at).as(title).isGreaterThan(previous);
      assertThat(out.indexOf(title, at + 1)).as(title).isEqualTo(-1);
      previous = at;
    }
    assertThat(SectionPrinter.title("Déjà")).isEqualTo("Déjà\n====\n");
  }
}
