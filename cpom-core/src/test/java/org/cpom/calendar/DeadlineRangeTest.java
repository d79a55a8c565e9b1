package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/** Inputs outside 1583..9999 are rejected even when the deadline they lead to would be inside. */
class DeadlineRangeTest {
  private static final EprdDeadlines EPRD = EprdDeadlines.standard();
  private static final TraditionalDeadlines TRAD = TraditionalDeadlines.standard();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static void rejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isInstanceOf(CpomValidationException.class)
        .hasMessageStartingWith(field + " = " + value + " rejected")
        .hasMessageContaining(SupportedYears.RULE.text())
        .extracting(e -> ((CpomValidationException) e).field())
        .isEqualTo(field);
  }

  @Test
  void triggersIn1582AreRejected() {
    rejected(() -> EPRD.activityForecastComments(d("1582-12-01")), "forecastReceipt", "1582-12-01");
    rejected(() -> EPRD.eprdTransmission(Year.of(1583), d("1582-12-15")), "tariffNotification", "1582-12-15");
    rejected(() -> EPRD.eprdTacitDecision(d("1582-12-15"), false), "eprdReceipt", "1582-12-15");
    rejected(() -> EPRD.dmTacitDecision(d("1582-12-15"), true), "dmReceipt", "1582-12-15");
    rejected(() -> EPRD.dmTransmission(d("1582-12-15")), "triggeringFact", "1582-12-15");
    rejected(() -> EPRD.errdTransmission(Year.of(1582)), "exercice", "1582");
    rejected(() -> TRAD.budgetDecision(d("1582-12-15")), "enveloppePublication", "1582-12-15");
    rejected(() -> TRAD.gestionnaireAnswer(d("1582-12-30")), "letterReceipt", "1582-12-30");
    rejected(() -> TRAD.compteAdministratif(Year.of(1582)), "exercice", "1582");
    rejected(() -> TRAD.tariffRevisingDmTacitApproval(d("1582-12-15")), "dmReceipt", "1582-12-15");
  }

  @Test
  void triggersAfter9999AreRejected() {
    rejected(() -> EPRD.activityForecast(Year.of(10000)), "exercice", "10000");
    rejected(() -> EPRD.eprdTransmission(Year.of(10000), d("9999-12-15")), "exercice", "10000");
    rejected(() -> TRAD.budgetProposals(Year.of(10000)), "exercice", "10000");
    rejected(() -> TRAD.authorityLetters(d("+10000-01-05")), "decisionDeadline", "+10000-01-05");
  }

  @Test
  void deadlinesInTheFirstAndLastSupportedYearsAreFine() {
    assertThat(EPRD.activityForecast(Year.of(1584)).date()).isEqualTo(d("1583-10-31"));
    assertThat(TRAD.budgetProposals(Year.of(1584)).date()).isEqualTo(d("1583-10-31"));
    assertThat(EPRD.errdTransmission(Year.of(9998)).date()).isEqualTo(d("9999-04-30"));
    assertThat(TRAD.compteAdministratif(Year.of(9998)).date()).isEqualTo(d("9999-04-30"));
    assertThat(TRAD.authorityLetters(d("1583-01-13")).date()).isEqualTo(d("1583-01-01"));
    assertThat(EPRD.dmTransmission(d("9999-11-30")).date()).isEqualTo(d("9999-12-30"));
  }
}
