package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpom.PackageNullSweep;
import org.cpom.money.Amount;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The null sweep of the staff types of the dialogue package (and of the staff functions of its engine), through
 * {@link org.cpom.Hostile}: the package's other sections have their own sweeps.
 */
class HostileStaffTest {
  static Salarie member() {
    return Salarie.of("IME", LocalDate.of(1980, 1, 1), LocalDate.of(2020, 1, 1), BigDecimal.ONE, TypeContrat.CDI);
  }

  static final PackageNullSweep SWEEP = PackageNullSweep.common()
      .with(Salarie.class, HostileStaffTest::member)
      .with(Absence.class, () -> Absence.of("IME", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2),
          MotifAbsence.MALADIE_ORDINAIRE))
      .with(ParametresPersonnel.class, ParametresPersonnel::defaults)
      .with(Integer.class, () -> 30)
      .with(PrestationsExternes.class, () -> PrestationsExternes.of(Amount.ZERO, Amount.ZERO, Amount.ZERO,
          Amount.ZERO, Amount.ZERO, Amount.of("1.00")))
      .with(IndicateursPersonnel.class, () -> DialogueEngine.indicateursPersonnel(Year.of(2025), List.of(member()),
          List.of()))
      .with(TrancheAge.class, () -> new TrancheAge(0, 24, 1));

  /** The staff types of the package, whose methods this sweep covers. */
  private static final Set<String> STAFF = Set.of("Salarie", "Absence", "ParametresPersonnel", "PrestationsExternes",
      "TauxPrestationsExternes", "IndicateursPersonnel", "TrancheAge", "MotifAbsence", "TypeContrat",
      "MotifRemplacement", "JoursAbsenteisme", "DialogueEngine.indicateursPersonnel",
      "DialogueEngine.tauxPrestationsExternes");

  @TestFactory
  List<DynamicTest> nullSweep() {
    List<DynamicTest> mine = SWEEP.cases("org.cpom.dialogue").stream()
        .filter(t -> STAFF.stream().anyMatch(p -> t.getDisplayName().startsWith(p + ".")
            || t.getDisplayName().startsWith(p + "[")))
        .collect(Collectors.toList());
    assertThat(mine).as("staff null sweep").hasSizeGreaterThan(25);
    return mine;
  }
}
