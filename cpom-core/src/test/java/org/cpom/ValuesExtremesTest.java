package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cpom.calendar.CretonDeadlines;
import org.cpom.calendar.Deadline;
import org.cpom.calendar.EprdDeadlines;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.calendar.PaymentDates;
import org.cpom.calendar.SourceStatus;
import org.cpom.calendar.TraditionalDeadlines;
import org.cpom.calendar.WorkingDayAdjustment;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.param.RegulatoryParameter;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Gestionnaire;
import org.cpom.referential.LegalStatus;
import org.cpom.referential.TariffAuthority;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Extreme and malformed input for the money, calendar, param, trace and referential values: each case
 * through {@link Hostile#rejects}, or an exact result where the input is valid.
 */
class ValuesExtremesTest {
  private static final String HUGE = "x".repeat(10_000_000);
  private static final LegalBasis BASIS = LegalBasis.casf("R314-210");
  private static final HolidayCalendar NATIONAL = HolidayCalendars.national();

  /** A custom calendar where every day is a holiday: no working day can ever be found. */
  private static final HolidayCalendar ALWAYS = new HolidayCalendar() {
    @Override
    public String name() {
      return "always";
    }

    @Override
    public LegalBasis legalBasis() {
      return LegalBasis.given("test");
    }

    @Override
    public boolean isHoliday(LocalDate date) {
      return true;
    }
  };

  /** A BigDecimal that holds 5 but prints 0.5. */
  static final class Disguised extends BigDecimal {
    private static final long serialVersionUID = 1L;

    Disguised(String v) {
      super(v);
    }

    @Override
    public String toString() {
      return "0.5";
    }

    @Override
    public int signum() {
      return 0;
    }
  }

  private static DynamicTest rejects(String name, Executable call) {
    return DynamicTest.dynamicTest(name, () -> Hostile.rejects(name, call));
  }

  @TestFactory
  Stream<DynamicTest> money() {
    List<DynamicTest> t = new ArrayList<>();
    t.add(rejects("Amount of 1,000,001 digits", () -> Amount.of("1" + "0".repeat(1_000_000))));
    t.add(rejects("Amount of 10 MB", () -> Amount.of(HUGE)));
    t.add(rejects("Amount of 1E+1000000", () -> Amount.of(new BigDecimal("1E+1000000"))));
    t.add(rejects("Amount of a huge subclass", () -> Amount.of(new Disguised("1E+30"))));
    t.add(rejects("Amount fullwidth digits", () -> Amount.of("\uFF11\uFF12.\uFF10\uFF10")));
    t.add(rejects("Amount with NBSP", () -> Amount.of("12\u00A0000.00")));
    t.add(rejects("Amount with ESC", () -> Amount.of("12\u001B.00")));
    t.add(rejects("Amount.ofEuros(Long.MAX_VALUE)", () -> Amount.ofEuros(Long.MAX_VALUE)));
    t.add(rejects("Amount Long.MIN_VALUE cents negated", () -> Amount.ofCents(Long.MIN_VALUE).negated()));
    t.add(rejects("splitEqually(Integer.MAX_VALUE)", () -> Amount.of("1.00").splitEqually(Integer.MAX_VALUE)));
    t.add(rejects("splitEqually(Integer.MIN_VALUE)", () -> Amount.of("1.00").splitEqually(Integer.MIN_VALUE)));
    t.add(rejects("splitByWeights 1E-100000000", () -> Amount.of("1.00")
        .splitByWeights(List.of(new BigDecimal("1E-100000000"), BigDecimal.ONE))));
    t.add(rejects("multipliedBy UNNECESSARY", () -> Amount.of("1.00").multipliedBy(Rate.ofPercent("33.333"),
        RoundingMode.UNNECESSARY)));
    t.add(rejects("prorated Integer.MAX_VALUE of 0", () -> Amount.of("1.00").prorated(Integer.MAX_VALUE, 0,
        RoundingMode.HALF_UP)));
    t.add(rejects("Rate 1E-100000000", () -> Rate.ofFraction(new BigDecimal("1E-100000000"))));
    t.add(rejects("Rate of 10^200000", () -> Rate.ofFraction(BigDecimal.TEN.pow(200_000))));
    t.add(rejects("Rate.ofPercent 1e-2147483647", () -> Rate.ofPercent("1e-2147483647")));
    t.add(rejects("Rate.ratio precision MAX", () -> Rate.ratio(BigDecimal.ONE, new BigDecimal("3"), Integer.MAX_VALUE,
        RoundingMode.HALF_UP)));
    t.add(rejects("Rate.toPercent scale MAX", () -> Rate.ofPercent("5").toPercent(Integer.MAX_VALUE, RoundingMode.HALF_UP)));
    return t.stream();
  }

  @TestFactory
  Stream<DynamicTest> calendar() {
    List<DynamicTest> t = new ArrayList<>();
    for (LocalDate d : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1582, 10, 15))) {
      t.add(rejects("Deadline.of " + d, () -> Deadline.of("d", d, BASIS, SourceStatus.values()[0])));
      t.add(rejects("EPRD dmTransmission " + d, () -> EprdDeadlines.standard().dmTransmission(d)));
      t.add(rejects("EPRD activityForecastComments " + d, () -> EprdDeadlines.standard().activityForecastComments(d)));
      t.add(rejects("EPRD eprdTacitDecision " + d, () -> EprdDeadlines.standard().eprdTacitDecision(d, true)));
      t.add(rejects("EPRD dmTacitDecision " + d, () -> EprdDeadlines.standard().dmTacitDecision(d, false)));
      t.add(rejects("traditional budgetDecision " + d, () -> TraditionalDeadlines.standard().budgetDecision(d)));
      t.add(rejects("traditional authorityLetters " + d, () -> TraditionalDeadlines.standard().authorityLetters(d)));
      t.add(rejects("traditional gestionnaireAnswer " + d, () -> TraditionalDeadlines.standard().gestionnaireAnswer(d)));
      t.add(rejects("traditional DM approval " + d, () -> TraditionalDeadlines.standard().tariffRevisingDmTacitApproval(d)));
      t.add(rejects("plusWorkingDays from " + d, () -> NATIONAL.plusWorkingDays(d, 10)));
      t.add(rejects("holidays of " + d.getYear(), () -> NATIONAL.holidays(Year.of(d.getYear()))));
    }
    for (int y : new int[] {Year.MIN_VALUE, Year.MAX_VALUE, 1582, 10_000}) {
      Year year = Year.of(y);
      t.add(rejects("Creton deadline " + y, () -> CretonDeadlines.departementPartsTransmission(year)));
      t.add(rejects("EPRD activityForecast " + y, () -> EprdDeadlines.standard().activityForecast(year)));
      t.add(rejects("EPRD eprdTransmission " + y, () -> EprdDeadlines.standard().eprdTransmission(year, LocalDate.of(2025, 3, 1))));
      t.add(rejects("EPRD errdTransmission " + y, () -> EprdDeadlines.standard().errdTransmission(year)));
      t.add(rejects("traditional budgetProposals " + y, () -> TraditionalDeadlines.standard().budgetProposals(year)));
      t.add(rejects("traditional compteAdministratif " + y, () -> TraditionalDeadlines.standard().compteAdministratif(year)));
      t.add(rejects("payment dates " + y, () -> PaymentDates.paymentDates(year, NATIONAL)));
    }
    t.add(rejects("payment day Integer.MAX_VALUE", () -> PaymentDates.paymentDate(YearMonth.of(2025, 3), Integer.MAX_VALUE, NATIONAL)));
    t.add(rejects("payment day Integer.MIN_VALUE", () -> PaymentDates.checkDay(Integer.MIN_VALUE)));
    t.add(rejects("payment in December 9999", () -> PaymentDates.paymentDate(YearMonth.of(Year.MAX_VALUE, 12), NATIONAL)));
    t.add(rejects("EPRD transmission Integer.MAX_VALUE days",
        () -> EprdDeadlines.standard().withEprdTransmission(Integer.MAX_VALUE, MonthDay.of(6, 30))));
    t.add(rejects("EPRD transmission Integer.MIN_VALUE days",
        () -> EprdDeadlines.standard().withEprdTransmission(Integer.MIN_VALUE, MonthDay.of(6, 30))));
    t.add(rejects("EPRD transmission after notifications in 9999", () -> EprdDeadlines.standard()
        .eprdTransmissionAfter(Year.of(2025), List.of(LocalDate.of(9999, 12, 30)))));
    t.add(rejects("EPRD transmission after no notification", () -> EprdDeadlines.standard()
        .eprdTransmissionAfter(Year.of(2025), List.of())));
    t.add(rejects("plusWorkingDays Integer.MAX_VALUE", () -> NATIONAL.plusWorkingDays(LocalDate.of(2025, 1, 1), Integer.MAX_VALUE)));
    t.add(rejects("plusWorkingDays Integer.MIN_VALUE", () -> NATIONAL.plusWorkingDays(LocalDate.of(2025, 1, 1), Integer.MIN_VALUE)));
    t.add(rejects("workingDaysBetween MIN and MAX", () -> NATIONAL.workingDaysBetween(LocalDate.MIN, LocalDate.MAX)));
    t.add(rejects("custom calendar: no next working day", () -> ALWAYS.nextWorkingDay(LocalDate.of(2025, 1, 1))));
    t.add(rejects("custom calendar: no previous working day", () -> ALWAYS.previousOrSameWorkingDay(LocalDate.of(2025, 1, 1))));
    t.add(rejects("Deadline.adjusted on a custom calendar", () -> Deadline.of("d", LocalDate.of(2025, 4, 30), BASIS,
        SourceStatus.values()[0]).adjusted(WorkingDayAdjustment.FOLLOWING, ALWAYS)));
    t.add(rejects("Deadline.adjusted past 9999", () -> Deadline.of("d", LocalDate.of(9999, 12, 31), BASIS,
        SourceStatus.values()[0]).adjusted(WorkingDayAdjustment.FOLLOWING, NATIONAL.withExtraHolidays(Set.of(LocalDate.of(9999, 12, 31))))));
    t.add(rejects("Deadline label of 10 MB", () -> Deadline.of(HUGE, LocalDate.of(2025, 4, 30), BASIS, SourceStatus.values()[0])));
    t.add(rejects("Deadline label with ESC", () -> Deadline.of("d\u001B", LocalDate.of(2025, 4, 30), BASIS, SourceStatus.values()[0])));
    return t.stream();
  }

  @TestFactory
  Stream<DynamicTest> paramTraceReferential() {
    List<DynamicTest> t = new ArrayList<>();
    RegulatoryParameter<BigDecimal> p = RegulatoryParameter.of("rate", BASIS, LocalDate.of(2024, 1, 1), BigDecimal.ONE);
    t.add(rejects("parameter name of 10 MB", () -> RegulatoryParameter.of(HUGE, BASIS, LocalDate.of(2024, 1, 1), 1)));
    t.add(rejects("parameter name with NUL", () -> RegulatoryParameter.of("r\u0000", BASIS, LocalDate.of(2024, 1, 1), 1)));
    t.add(rejects("parameter value before its first date", () -> p.valueAt(LocalDate.MIN)));
    t.add(rejects("parameter value for Year.MIN", () -> p.valueFor(Year.of(Year.MIN_VALUE))));
    t.add(rejects("parameter with no value", () -> RegulatoryParameter.of("r", BASIS, Map.of())));
    t.add(rejects("legal basis of 10 MB", () -> LegalBasis.given(HUGE)));
    t.add(rejects("legal basis with ESC", () -> LegalBasis.casf("L313\u001B-11")));
    t.add(rejects("legal basis of NBSP", () -> LegalBasis.clause("\u00A0")));
    t.add(rejects("trace step label of 10 MB", () -> TraceStep.of(HUGE, Amount.of("1.00"), BASIS)));
    t.add(rejects("trace plus label with BEL", () -> Trace.empty().plus("a\u0007", Amount.of("1.00"), BASIS)));
    t.add(rejects("FINESS of 10 MB", () -> FinessNumber.of(HUGE)));
    t.add(rejects("FINESS fullwidth", () -> FinessNumber.of("\uFF16\uFF19\uFF10\uFF10\uFF10\uFF10\uFF10\uFF11\uFF11")));
    t.add(rejects("FINESS with NBSP", () -> FinessNumber.of("690\u00A0000\u00A0011")));
    t.add(rejects("FINESS parse of 10 MB", () -> FinessNumber.of(HUGE)));
    t.add(rejects("département 20", () -> DepartementCode.of("20")));
    t.add(rejects("département Arabic-Indic", () -> DepartementCode.of("\u0666\u0669")));
    t.add(rejects("département of 10 MB", () -> DepartementCode.of(HUGE)));
    t.add(rejects("ARS of 10 MB", () -> TariffAuthority.ars(HUGE)));
    t.add(rejects("ARS of NBSP", () -> TariffAuthority.ars("\u00A0")));
    t.add(rejects("gestionnaire name of 10 MB", () -> Gestionnaire.of(FinessNumber.of("690000003"), HUGE,
        LegalStatus.PRIVATE_NON_PROFIT)));
    t.add(rejects("gestionnaire name with ESC", () -> Gestionnaire.of(FinessNumber.of("690000003"), "A\u001B[31m",
        LegalStatus.PRIVATE_NON_PROFIT)));
    t.add(rejects("capacity Integer.MAX_VALUE places", () -> CapacityLine.of(CapacityMode.INTERNAT, Integer.MAX_VALUE, 30,
        Integer.MAX_VALUE)));
    t.add(rejects("capacity negative funded places", () -> CapacityLine.of(CapacityMode.INTERNAT, 30, -1, 365)));
    t.add(rejects("capacity 367 days", () -> CapacityLine.of(CapacityMode.INTERNAT, 30, 30, 367)));
    return t.stream();
  }

  @Test
  void outsideTheFrenchCalendarsACustomCalendarStillAnswers() {
    // a custom calendar says which days are holidays in any year: the default holidays(Year) lists them
    assertThat(ALWAYS.holidays(Year.of(10_000))).hasSize(366);
    assertThat(ALWAYS.holidays(Year.of(Year.MIN_VALUE))).first().isEqualTo(LocalDate.MIN);
    assertThat(ALWAYS.holidays(Year.of(1582))).hasSize(365);
    // an extra holiday the French calendars never reach changes nothing else
    assertThat(NATIONAL.withExtraHolidays(Set.of(LocalDate.MIN)).isHoliday(LocalDate.of(2025, 1, 1))).isTrue();
    // a parameter in force since the first date answers for any later year, Year.MAX included
    RegulatoryParameter<Integer> always = RegulatoryParameter.of("r", BASIS, LocalDate.MIN, 7);
    assertThat(always.valueFor(Year.of(Year.MAX_VALUE))).isEqualTo(7);
    assertThat(always.valueAt(LocalDate.MIN)).isEqualTo(7);
  }

  @Test
  void theLargestCapacityIsUsable() {
    CapacityLine big = CapacityLine.of(CapacityMode.INTERNAT, Integer.MAX_VALUE, Integer.MAX_VALUE, 366);
    assertThat(big.theoreticalDays()).isEqualTo(BigInteger.valueOf(Integer.MAX_VALUE).multiply(BigInteger.valueOf(366)).longValueExact());
    assertThat(big.toString()).contains("2147483647");
  }
}
