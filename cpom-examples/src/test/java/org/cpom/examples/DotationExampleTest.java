package org.cpom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import org.cpom.dotation.DgcProjection;
import org.cpom.dotation.DgcDotation;
import org.cpom.money.Amount;
import org.cpom.payment.DgcPaymentSchedule;
import org.cpom.payment.PaymentKind;
import org.junit.jupiter.api.Test;

class DotationExampleTest {
  @Test
  void theTwoYearsOfTheArsDgc() {
    DgcProjection p = DotationExample.projection();
    DgcDotation y2025 = p.year(Year.of(2025));
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

    // R314-115: the IME's 2025 share 1,840,000 includes the Creton parts of the Rhône (42,000) and the Ain
    // (18,500), billed to them as prix de journée: the assurance maladie's part is 1,779,500
    org.cpom.dotation.CretonSplit creton = DotationExample.creton(y2025);
    assertThat(creton.dotation()).isEqualTo(Amount.ofEuros(1_840_000));
    assertThat(creton.departementsTotal()).isEqualTo(Amount.ofEuros(60_500));
    assertThat(creton.assuranceMaladiePart()).isEqualTo(Amount.ofEuros(1_779_500));
    assertThat(creton.transmissionDeadline().date()).isEqualTo(LocalDate.of(2025, 1, 31));
    // 2026: 1,944,600 x 1.01 = 1,964,046 less 45,150 + 18,500 = 1,900,396
    assertThat(DotationExample.creton(p.year(Year.of(2026))).assuranceMaladiePart()).isEqualTo(Amount.ofEuros(1_900_396));

    DgcPaymentSchedule s = DotationExample.payments(y2025, LocalDate.of(2025, 4, 10), DotationExample.bases2024());
    assertThat(s.dgc().payments().get(0).kind()).isEqualTo(PaymentKind.ADVANCE);
    assertThat(s.dgc().payments().get(3).kind()).isEqualTo(PaymentKind.CATCH_UP);
    // the assurance maladie pays the DGC less the Creton parts: 5,545,970 - 60,500; the IME its share after the
    // DM less them: 1,890,000 - 60,500
    assertThat(s.dgc().total()).isEqualTo(Amount.ofEuros(5_485_470));
    assertThat(s.esms(Association.IME.finess()).total()).isEqualTo(Amount.ofEuros(1_829_500));
    assertThat(s.esms(Association.MAS.finess()).total()).isEqualTo(Amount.ofEuros(3_008_770));
    // 2026, notified in time: twelve twelfths of 1,900,396.00 (190,039,600 cents = 12 x 15,836,633 + 4)
    DgcPaymentSchedule s2026 = DotationExample.payments(p.year(Year.of(2026)), LocalDate.of(2025, 12, 12),
        DotationExample.paid(s));
    assertThat(s2026.esms(Association.IME.finess()).total()).isEqualTo(Amount.ofEuros(1_900_396));
    assertThat(s2026.esms(Association.IME.finess()).payments().get(3).amount()).isEqualTo(Amount.of("158366.34"));
    assertThat(s2026.esms(Association.IME.finess()).payments().get(4).amount()).isEqualTo(Amount.of("158366.33"));
  }

  @Test
  void printsTracesAndSchedules() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DotationExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("CASF R314-39 1°", "CASF R314-40 1°", "CASF R314-43-2 III", "prorata 92/365 jours",
        "CNR equipment for home visits", "DM n° 1 2025", "approval CASF R314-231", "5 545 970.00", "2025-04-18  rattrapage",
        "CSS R174-16-1 to R174-16-5 (CASF R314-111)", "= base 2026", "1 944 600.00", "2026-12-18", "franchise 2,00 %",
        "plafond légal (R314-43-2 III) moitié de l'écart = 2,50 %");
    // the traces print in French, with no placeholder left
    assertThat(out).doesNotContain("{", "}", "Actualisation at", "Twelfth ");
    // the Creton lines of the IME (R314-115): the split, its 31 January deadline, and the AM payments net of it
    assertThat(out.lines()).contains(
        "-- 2025: Creton young adults of IME Les Tilleuls (CASF R314-115, L242-4), parts sent to the DG ARS by 2025-01-31",
        "-- 2026: Creton young adults of IME Les Tilleuls (CASF R314-115, L242-4), parts sent to the DG ARS by 2026-01-31");
    assertThat(out).contains("Part du Département 01 : recettes Creton facturées sur l'exercice 2024", "-42 000.00",
        "= part of the assurance maladie 2025", "1 779 500.00", "1 900 396.00", "1 829 500.00", "5 485 470.00",
        "moins les parts Creton 60 500,00 € facturées aux départements en prix de journée (CASF R314-115)");
  }
}
