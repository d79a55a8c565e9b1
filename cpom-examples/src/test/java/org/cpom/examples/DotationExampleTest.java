package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import org.cpom.dotation.DgcProjection;
import org.cpom.dotation.DgcYearResult;
import org.cpom.money.Amount;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.PaymentKind;
import org.junit.jupiter.api.Test;

class DotationExampleTest {
  @Test
  void theTwoYearsOfTheArsDgc() {
    DgcProjection p = DotationExample.projection();
    DgcYearResult y2025 = p.year(Year.of(2025));
    assertThat(y2025.esms(Association.IME.finess()).amount()).isEqualTo(Amount.ofEuros(1_840_000));
    assertThat(y2025.esms(Association.SESSAD.finess()).amount()).isEqualTo(Amount.ofEuros(647_200));
    assertThat(y2025.esms(Association.MAS.finess()).amount()).isEqualTo(Amount.ofEuros(3_058_770));
    assertThat(y2025.total()).isEqualTo(Amount.ofEuros(5_545_970));
    assertThat(y2025.finalSplit().share(Association.IME.finess())).isEqualTo(Amount.ofEuros(1_890_000));
    assertThat(y2025.nextBases().get(Association.IME.finess())).isEqualTo(Amount.ofEuros(1_944_600));
    // 2026: the SESSAD's base 607,200 at 1.00 % = 613,272, less 1.5 % (franchise of 2 points, half of the 3
    // points beyond) = 9,199.08
    assertThat(p.year(Year.of(2026)).esms(Association.SESSAD.finess()).modulation().orElseThrow().adjustment())
        .isEqualTo(Amount.of("-9199.08"));
    assertThat(p.year(Year.of(2026)).total()).isEqualTo(Amount.of("5686190.92"));

    DgcPaymentSchedule s = DotationExample.payments(y2025, LocalDate.of(2025, 4, 10), DotationExample.bases2024());
    assertThat(s.dgc().payments().get(0).kind()).isEqualTo(PaymentKind.ADVANCE);
    assertThat(s.dgc().payments().get(3).kind()).isEqualTo(PaymentKind.CATCH_UP);
    assertThat(s.dgc().total()).isEqualTo(Amount.ofEuros(5_545_970));
    assertThat(s.esms(Association.MAS.finess()).total()).isEqualTo(Amount.ofEuros(3_008_770));
  }

  @Test
  void printsTracesAndSchedules() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DotationExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("CASF R314-39 1°", "CASF R314-40 1°", "CASF R314-43-2 III", "prorata 92/365 days",
        "CNR equipment for home visits", "DM n° 1 2025", "approval CASF R314-231", "5 545 970.00", "2025-04-18  CATCH_UP",
        "CSS R174-16-1 to R174-16-5 (CASF R314-111)", "= base 2026", "1 944 600.00", "2026-12-18", "franchise 2.00 %",
        "legal cap (R314-43-2 III) half the gap = 2.50 %");
  }
}
