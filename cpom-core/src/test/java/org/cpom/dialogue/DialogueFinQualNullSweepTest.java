package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpom.PackageNullSweep;
import org.cpom.accounts.BalanceGenerale;
import org.cpom.finance.Seuils;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The null sweep of the finance and quality types of the dialogue package (and of their functions in its engine),
 * through {@link org.cpom.Hostile}: the package's other sections have their own sweeps.
 */
class DialogueFinQualNullSweepTest {
  static final PackageNullSweep SWEEP = PackageNullSweep.common()
      .with(BalanceGenerale.class, DialogueFinanceTest::small)
      .with(Seuils.class, () -> Seuils.DEFAULT)
      .with(DonneesFinancieres.class, DialogueFinanceTest::sameByHand)
      .with(IndicateursFinanciers.class, () -> DialogueEngine.indicateursFinanciers(DialogueFinanceTest.sameByHand(),
          DialogueFinanceTest.Y2025))
      .with(Reclamation.class, () -> DialogueQualityTest.complaints().get(0))
      .with(EvenementIndesirable.class, () -> DialogueQualityTest.events().get(0))
      .with(EvaluationHas.class, () -> DialogueQualityTest.evaluations().get(0))
      .with(MotifReclamation.class, () -> MotifReclamation.FACTURATION)
      .with(GraviteEvenement.class, () -> GraviteEvenement.EVENEMENT_GRAVE)
      .with(TauxPourMille.class, () -> new TauxPourMille(5, 14_600))
      .with(IndicateursQualite.class, () -> DialogueEngine.indicateursQualite(DialogueQualityTest.IME,
          DialogueQualityTest.Y2026, DialogueQualityTest.complaints(), DialogueQualityTest.events(),
          DialogueQualityTest.evaluations(), 14_600))
      .with(java.util.Locale.class, () -> java.util.Locale.FRENCH)
      .with(Long.class, () -> 100L)
      .with(Integer.class, () -> 3);

  /** The finance and quality types of the package, whose methods this sweep covers. */
  private static final Set<String> MINE = Set.of("DonneesFinancieres", "IndicateursFinanciers", "Reclamation",
      "EvenementIndesirable", "EvaluationHas", "MotifReclamation", "GraviteEvenement", "TauxPourMille",
      "IndicateursQualite", "DialogueEngine.indicateursFinanciers", "DialogueEngine.indicateursQualite");

  @TestFactory
  List<DynamicTest> nullSweep() {
    List<DynamicTest> mine = SWEEP.cases("org.cpom.dialogue").stream()
        .filter(t -> MINE.stream().anyMatch(p -> t.getDisplayName().startsWith(p + ".")
            || t.getDisplayName().startsWith(p + "[")))
        .collect(Collectors.toList());
    assertThat(mine).as("finance and quality null sweep").hasSizeGreaterThan(25);
    return mine;
  }
}
