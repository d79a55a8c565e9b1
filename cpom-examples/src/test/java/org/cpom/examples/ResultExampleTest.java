package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

class ResultExampleTest {

  @Test
  void printsTwoYearsOfAllocation() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ResultExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("2 violation(s), nothing applied:")
        .contains("surplus[MAS].RESERVE_DE_TRESORERIE")
        .contains("(CASF R314-48 III)")
        .contains("Corrected proposal for 2024: 0 violation(s)")
        .contains("Proposal for 2025: 0 violation(s)")
        .contains("Tableau de détermination et d'affectation du résultat 2024")
        .contains("Tableau de détermination et d'affectation du résultat 2025")
        .contains("Ledger exercices: [2023, 2024, 2025]");
    // the IME's deficit of 85,000: 30,000 from the MAS, 12,000 of 110, 25,000 of 10686, 18,000 to 119
    assertThat(text).containsPattern("IME +Report à nouveau débiteur \\(119\\) +-18 000.00 +CASF R314-234 2° c");
    assertThat(text).containsPattern("IME +Couverture par un autre compte de résultat \\(MAS\\) +-30 000.00");
    // the résidence outside the contract, allocated by the Département: 2024 +6,000 clears its 119 of 2,500 and
    // puts 3,500 to 10686; 2025 -4,000 takes those 3,500 back and leaves 500 on 119
    assertThat(text).containsPattern("Résidence +ESMS hors du périmètre du CPOM +allocated by "
        + "autorité de tarification \\(CASF R314-234 4°\\)");
    assertThat(text).containsPattern("Résidence +Apurement du report à nouveau débiteur \\(119\\) +2 500.00 +"
        + "CASF R314-234 4° \\(1° a\\)");
    assertThat(text).containsPattern("Résidence +Affectation de l'excédent : Réserve de compensation des déficits "
        + "\\(10686\\) +3 500.00 +CASF R314-234 4° \\(1° d\\)");
    assertThat(text).containsPattern("Résidence +Report à nouveau débiteur \\(119\\) +-500.00 +CASF R314-234 4° "
        + "\\(2° c\\)");
    assertThat(text).containsPattern("Affecté par +gestionnaire +gestionnaire +gestionnaire +gestionnaire +autorité");
  }

  @Test
  void formatsAmountsWithFixedGrouping() {
    assertThat(ResultExample.format(Amount.of("1234567.89"))).isEqualTo("1 234 567.89");
    assertThat(ResultExample.format(Amount.of("-1234.5"))).isEqualTo("-1 234.50");
    assertThat(ResultExample.format(Amount.of("-0.07"))).isEqualTo("-0.07");
    assertThat(ResultExample.format(Amount.of("100"))).isEqualTo("100.00");
    assertThat(ResultExample.format(Amount.ZERO)).isEqualTo("0.00");
  }
}
