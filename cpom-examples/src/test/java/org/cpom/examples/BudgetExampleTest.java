package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.junit.jupiter.api.Test;

class BudgetExampleTest {

  @Test
  void aGapPercentageIsShownWithOneDecimalOrNaWhenItsBaseIsZero() {
    assertThat(BudgetExample.pct(Optional.of(Rate.ofFraction("0.123456")))).isEqualTo("12.3 %");
    assertThat(BudgetExample.pct(Optional.of(Rate.ofFraction("-0.0405")))).isEqualTo("-4.1 %");
    assertThat(BudgetExample.pct(Optional.empty())).isEqualTo("n/a");
    assertThat(BudgetExample.money(Amount.of("-1234567.80"))).isEqualTo("-1 234 567.80");
  }

  @Test
  void theExamplePrintsTheBbzThePackagesTheViewsTheMatrixAndThePrixDeJournee() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BudgetExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("staffing 45.0 ETP", "11970 forecast days")
        .contains("tarification needed 1 909 574.97")
        .contains("Decision packages within the IME's share of the DGC: 1 821 600.00")
        .containsPattern("Funded +1 788 127.17 +1 796 677.17")
        .containsPattern("Global CPOM +6 936 827.17 +6 936 827.17 +0.00")
        .contains("at the end of September 2025")
        .containsPattern("2025-10 +123 078.34 +- +- +-")
        .containsPattern("Prix de journée : charges à financer / 11903,33 jours .* +148.71 +CASF R314-113")
        .doesNotContain("\t");
  }
}
