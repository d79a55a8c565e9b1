package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.cpom.CpomValidationException;
import org.cpom.Convention;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class EprdDeadlinesTest {
  private static final EprdDeadlines EPRD = EprdDeadlines.standard();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void activityForecastBy31OctoberOfTheYearBefore() {
    Deadline dl = EPRD.activityForecast(Year.of(2026));
    assertThat(dl.date()).isEqualTo(d("2025-10-31"));
    assertThat(dl.legalBasis()).isEqualTo(LegalBasis.casf("R314-219"));
    assertThat(dl.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(dl.label()).contains("tableau prévisionnel d'activité");
  }

  @Test
  void authorityCommentsWithin60DaysOfReceipt() {
    // 31 October + 30 days = 30 November, + 30 more = 30 December.
    Deadline dl = EPRD.activityForecastComments(d("2025-10-31"));
    assertThat(dl.date()).isEqualTo(d("2025-12-30"));
    assertThat(dl.legalBasis()).isEqualTo(LegalBasis.casf("R314-219"));
    assertThat(dl.source()).isEqualTo(SourceStatus.VERIFIED);
  }

  @Test
  void eprdWithin30DaysOfTheNotification() {
    // Notified Friday 14 March 2025: 30 calendar days later is Sunday 13 April, kept by default.
    Deadline dl = EPRD.eprdTransmission(Year.of(2025), d("2025-03-14"));
    assertThat(dl.date()).isEqualTo(d("2025-04-13"));
    assertThat(dl.unadjustedDate()).isEqualTo(d("2025-04-13"));
    assertThat(dl.legalBasis()).isEqualTo(LegalBasis.casf("R314-210"));
    assertThat(dl.source()).isEqualTo(SourceStatus.SECONDARY);
    assertThat(dl.label()).contains("EPRD");
  }

  @Test
  void lateNotificationIsCappedAt30June() {
    // Notified 10 June 2025: 10 July would be the 30th day, but the EPRD is due by 30 June.
    assertThat(EPRD.eprdTransmission(Year.of(2025), d("2025-06-10")).date()).isEqualTo(d("2025-06-30"));
    // Boundaries: 31 May + 30 days is exactly 30 June; 1 June would give 1 July.
    assertThat(EPRD.eprdTransmission(Year.of(2025), d("2025-05-31")).date()).isEqualTo(d("2025-06-30"));
    assertThat(EPRD.eprdTransmission(Year.of(2025), d("2025-05-30")).date()).isEqualTo(d("2025-06-29"));
    assertThat(EPRD.eprdTransmission(Year.of(2025), d("2025-06-01")).date()).isEqualTo(d("2025-06-30"));
    // Notified on the cap date itself: due the same day.
    assertThat(EPRD.eprdTransmission(Year.of(2025), d("2025-06-30")).date()).isEqualTo(d("2025-06-30"));
  }

  @Test
  void notificationBeforeTheExercice() {
    // Notified 15 December 2024 for 2025: due 14 January 2025, well before the cap.
    assertThat(EPRD.eprdTransmission(Year.of(2025), d("2024-12-15")).date()).isEqualTo(d("2025-01-14"));
  }

  @Test
  void notificationAfterTheCapGivesTheTimeLimitWithACapPassedStatus() {
    // A13: the Département notifies on 2 July 2025, after the 30 June cap. 2 July + 30 days: 29 days to
    // 31 July, one more is 1 August.
    EprdTransmission t = EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-07-02")));
    assertThat(t.deadline().date()).isEqualTo(d("2025-08-01"));
    assertThat(t.status()).isEqualTo(EprdTransmission.Status.CAP_PASSED);
    assertThat(t.capPassed()).isTrue();
    assertThat(t.lastNotification()).isEqualTo(d("2025-07-02"));
    assertThat(t.deadline().legalBasis())
        .isEqualTo(LegalBasis.casf("R314-210").readWith(Convention.LATE_NOTIFICATION));
    assertThat(t.deadline().source()).isEqualTo(SourceStatus.SECONDARY);
    assertThat(t.deadline().label()).contains("2025-06-30 had passed");
    // the single-date form no longer throws either
    assertThat(EPRD.eprdTransmission(Year.of(2025), d("2025-07-02"))).isEqualTo(t.deadline());
  }

  @Test
  void aroundTheCapDay() {
    // On the cap day: 30 June + 30 days is after the cap, the notification is not: due that same day.
    EprdTransmission onCap = EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-06-30")));
    assertThat(onCap.deadline().date()).isEqualTo(d("2025-06-30"));
    assertThat(onCap.status()).isEqualTo(EprdTransmission.Status.CAPPED);
    // 1 July, the day after the cap: 1 July + 30 days = 31 July.
    EprdTransmission july1 = EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-07-01")));
    assertThat(july1.deadline().date()).isEqualTo(d("2025-07-31"));
    assertThat(july1.status()).isEqualTo(EprdTransmission.Status.CAP_PASSED);
    // 31 May + 30 days is exactly 30 June: within the time limit, not capped.
    assertThat(EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-05-31"))).status())
        .isEqualTo(EprdTransmission.Status.WITHIN_TIME_LIMIT);
    // leap year: 31 January 2024 + 30 days = 1 March 2024 (29 days of February)
    assertThat(EPRD.eprdTransmissionAfter(Year.of(2024), List.of(d("2024-01-31"))).deadline().date())
        .isEqualTo(d("2024-03-01"));
  }

  @Test
  void aTransmissionIsAValueOfItsDeadlineStatusAndNotifications() {
    EprdTransmission t = EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-05-15"), d("2025-06-02")));
    EprdTransmission same = EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-05-15"), d("2025-06-02")));
    assertThat(t).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(t.deadline());
    assertThat(t.capPassed()).isFalse();
    // Each of the three fields on its own makes another value: the status and the deadline can only be
    // set apart from the notifications through the constructor.
    List<LocalDate> notifications = List.of(d("2025-05-15"), d("2025-06-02"));
    assertThat(new EprdTransmission(t.deadline(), EprdTransmission.Status.WITHIN_TIME_LIMIT, d("2025-06-02"),
        notifications)).isNotEqualTo(t);
    Deadline otherDay = EPRD.eprdTransmission(Year.of(2025), d("2025-05-15"));
    assertThat(new EprdTransmission(otherDay, EprdTransmission.Status.CAPPED, d("2025-06-02"), notifications))
        .isNotEqualTo(t);
    // the same deadline (30 June, capped) from the notifications in the other order
    EprdTransmission reordered =
        EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-06-02"), d("2025-05-15")));
    assertThat(reordered.deadline()).isEqualTo(t.deadline());
    assertThat(reordered.status()).isEqualTo(t.status());
    assertThat(reordered).isNotEqualTo(t);
    assertThat(reordered.hashCode()).isNotEqualTo(t.hashCode());
    assertThat(t).hasToString(t.deadline() + " CAPPED (last notification 2025-06-02)");
  }

  @Test
  void theExerciceOfAJointTransmissionIsChecked() {
    // Without the check, exercice 1582 would give a cap of 30 June 1582, long passed: no error.
    assertThatThrownBy(() -> EPRD.eprdTransmissionAfter(Year.of(1582), List.of(d("2025-05-15"))))
        .isInstanceOf(CpomValidationException.class)
        .extracting(e -> ((CpomValidationException) e).field())
        .isEqualTo("exercice");
  }

  @Test
  void aDeadlineBeyondTheSupportedYearsNamesTheNotificationsItCameFrom() {
    // 15 December 9999 + 30 days is in 10000: the one date is named, or the whole list when there are two.
    assertThatThrownBy(() -> EPRD.eprdTransmissionAfter(Year.of(9999), List.of(d("9999-12-15"))))
        .isInstanceOf(CpomValidationException.class)
        .extracting(e -> ((CpomValidationException) e).value())
        .isEqualTo("9999-12-15");
    assertThatThrownBy(() -> EPRD.eprdTransmissionAfter(Year.of(9999), List.of(d("9999-12-01"), d("9999-12-15"))))
        .isInstanceOf(CpomValidationException.class)
        .extracting(e -> ((CpomValidationException) e).value())
        .isEqualTo("[9999-12-01, 9999-12-15]");
  }

  @Test
  void aJointlyFundedEsmsRunsFromTheLastNotification() {
    // ARS on 15 May, Département on 2 June 2025: from 2 June, + 30 days = 2 July, after the cap: 30 June.
    EprdTransmission t = EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-05-15"), d("2025-06-02")));
    assertThat(t.deadline().date()).isEqualTo(d("2025-06-30"));
    assertThat(t.status()).isEqualTo(EprdTransmission.Status.CAPPED);
    assertThat(t.lastNotification()).isEqualTo(d("2025-06-02"));
    assertThat(t.notifications()).containsExactly(d("2025-05-15"), d("2025-06-02"));
    // the order given does not matter
    assertThat(EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-06-02"), d("2025-05-15"))).deadline())
        .isEqualTo(t.deadline());
    // ARS on 3 March, Département on 10 April: from 10 April, 10 May.
    assertThat(EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-03-03"), d("2025-04-10"))).deadline().date())
        .isEqualTo(d("2025-05-10"));
    // ARS on 12 May, Département late on 3 July: the cap has passed, 3 July + 30 = 2 August.
    EprdTransmission late = EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("2025-05-12"), d("2025-07-03")));
    assertThat(late.deadline().date()).isEqualTo(d("2025-08-02"));
    assertThat(late.capPassed()).isTrue();
  }

  @Test
  void notificationsAreRequired() {
    assertThatThrownBy(() -> EPRD.eprdTransmissionAfter(Year.of(2025), List.<LocalDate>of()))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("tariffNotifications = []")
        .hasMessageContaining("R314-210");
    assertThatThrownBy(() -> EPRD.eprdTransmissionAfter(Year.of(2025), null))
        .hasMessage("tariffNotifications");
    assertThatThrownBy(() -> EPRD.eprdTransmissionAfter(Year.of(2025), Arrays.asList(d("2025-05-15"), null)))
        .hasMessage("tariffNotifications element");
    assertThatThrownBy(() -> EPRD.eprdTransmissionAfter(Year.of(2025), List.of(d("1582-12-01"))))
        .isInstanceOf(CpomValidationException.class)
        .extracting(e -> ((CpomValidationException) e).field())
        .isEqualTo("tariffNotifications[0]");
  }

  @Test
  void theTransmissionRuleIsAParameter() {
    assertThat(EPRD.eprdTransmissionDays()).isEqualTo(30).isEqualTo(EprdDeadlines.DEFAULT_EPRD_TRANSMISSION_DAYS);
    assertThat(EPRD.eprdTransmissionCap()).isEqualTo(MonthDay.of(6, 30)).isEqualTo(EprdDeadlines.DEFAULT_EPRD_TRANSMISSION_CAP);
    EprdDeadlines april = EPRD.withEprdTransmission(30, MonthDay.of(4, 30));
    assertThat(april.eprdTransmission(Year.of(2025), d("2025-04-15")).date()).isEqualTo(d("2025-04-30"));
    assertThat(april.eprdTransmission(Year.of(2025), d("2025-03-20")).date()).isEqualTo(d("2025-04-19"));
    EprdDeadlines fortyFive = EPRD.withEprdTransmission(45, MonthDay.of(6, 30));
    assertThat(fortyFive.eprdTransmission(Year.of(2025), d("2025-03-14")).date()).isEqualTo(d("2025-04-28"));
    assertThat(fortyFive.eprdTransmissionDays()).isEqualTo(45);
    assertThatThrownBy(() -> EPRD.withEprdTransmission(0, MonthDay.of(6, 30)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("eprdTransmissionDays = 0")
        .hasMessageContaining("R314-210");
    assertThatThrownBy(() -> EPRD.withEprdTransmission(30, null)).hasMessage("cap");
    // at most a year of 366 days
    assertThat(EPRD.withEprdTransmission(366, MonthDay.of(6, 30)).eprdTransmissionDays()).isEqualTo(366);
    assertThatThrownBy(() -> EPRD.withEprdTransmission(367, MonthDay.of(6, 30)))
        .isInstanceOf(CpomValidationException.class).hasMessageContaining("at most 366 days");
  }

  @Test
  void eprdDeemedApprovedOrRejected30DaysAfterReceipt() {
    Deadline approved = EPRD.eprdTacitDecision(d("2025-04-14"), false);
    assertThat(approved.date()).isEqualTo(d("2025-05-14"));
    assertThat(approved.label()).contains("deemed approved").doesNotContain("rejected");
    assertThat(approved.legalBasis()).isEqualTo(LegalBasis.casf("R314-225 II"));
    assertThat(approved.source()).isEqualTo(SourceStatus.VERIFIED);
    Deadline rejected = EPRD.eprdTacitDecision(d("2025-04-14"), true);
    assertThat(rejected.date()).isEqualTo(d("2025-05-14"));
    assertThat(rejected.label()).contains("deemed rejected", "recovery plan");
  }

  @Test
  void dmTacitDecisionTheSameWay() {
    // 31 January + 30 days: 28 February is day 28, 2 March day 30.
    Deadline approved = EPRD.dmTacitDecision(d("2025-01-31"), false);
    assertThat(approved.date()).isEqualTo(d("2025-03-02"));
    assertThat(approved.label()).contains("Décision modificative", "deemed approved");
    assertThat(approved.legalBasis()).isEqualTo(LegalBasis.casf("R314-225 IV"));
    assertThat(EPRD.dmTacitDecision(d("2024-01-31"), true).date()).isEqualTo(d("2024-03-01"));
    assertThat(EPRD.dmTacitDecision(d("2024-01-31"), true).label()).contains("deemed rejected");
  }

  @Test
  void dmWithinOneMonthOfTheTriggeringFact() {
    assertThat(EPRD.dmTransmission(d("2025-03-15")).date()).isEqualTo(d("2025-04-15"));
    assertThat(EPRD.dmTransmission(d("2025-01-31")).date()).isEqualTo(d("2025-02-28"));
    assertThat(EPRD.dmTransmission(d("2024-01-31")).date()).isEqualTo(d("2024-02-29"));
    assertThat(EPRD.dmTransmission(d("2025-12-15")).date()).isEqualTo(d("2026-01-15"));
    assertThat(EPRD.dmTransmission(d("2025-03-15")).legalBasis()).isEqualTo(LegalBasis.casf("R314-229"));
    assertThat(EPRD.dmTransmission(d("2025-03-15")).source()).isEqualTo(SourceStatus.VERIFIED);
  }

  @Test
  void errdBy30AprilOfTheNextYear() {
    Deadline dl = EPRD.errdTransmission(Year.of(2024));
    assertThat(dl.date()).isEqualTo(d("2025-04-30"));
    assertThat(dl.legalBasis()).isEqualTo(LegalBasis.casf("R314-232 III"));
    assertThat(dl.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(dl.label()).contains("ERRD");
  }

  @Test
  void noShiftByDefaultAndShiftsOnRequest() {
    // ERRD of 2027: Sunday 30 April 2028; Monday 1 May is a holiday.
    assertThat(EPRD.errdTransmission(Year.of(2027)).date()).isEqualTo(d("2028-04-30"));
    assertThat(EPRD.adjustment()).isEqualTo(WorkingDayAdjustment.NONE);
    assertThat(EPRD.calendar()).isEqualTo(HolidayCalendars.national());
    EprdDeadlines following = EPRD.withAdjustment(WorkingDayAdjustment.FOLLOWING, HolidayCalendars.national());
    Deadline moved = following.errdTransmission(Year.of(2027));
    assertThat(moved.date()).isEqualTo(d("2028-05-02"));
    assertThat(moved.unadjustedDate()).isEqualTo(d("2028-04-30"));
    assertThat(following.adjustment()).isEqualTo(WorkingDayAdjustment.FOLLOWING);
    EprdDeadlines preceding = EPRD.withAdjustment(WorkingDayAdjustment.PRECEDING, HolidayCalendars.national());
    assertThat(preceding.errdTransmission(Year.of(2027)).date()).isEqualTo(d("2028-04-28"));
    // The 30 June cap of 2024 is a Sunday.
    assertThat(following.eprdTransmission(Year.of(2024), d("2024-06-05")).date()).isEqualTo(d("2024-07-01"));
    assertThat(preceding.eprdTransmission(Year.of(2024), d("2024-06-05")).date()).isEqualTo(d("2024-06-28"));
    // The adjustment keeps the transmission rule, and the rule keeps the adjustment.
    assertThat(EPRD.withEprdTransmission(45, MonthDay.of(6, 30)).withAdjustment(WorkingDayAdjustment.FOLLOWING, HolidayCalendars.national()).eprdTransmissionDays())
        .isEqualTo(45);
    assertThat(following.withEprdTransmission(45, MonthDay.of(6, 30)).adjustment()).isEqualTo(WorkingDayAdjustment.FOLLOWING);
  }

  @Test
  void theCalendarOfTheShiftMatters() {
    // A DM triggered on 26 November 2025 is due Friday 26 December: a working day nationally only.
    EprdDeadlines national = EPRD.withAdjustment(WorkingDayAdjustment.FOLLOWING, HolidayCalendars.national());
    EprdDeadlines alsace = EPRD.withAdjustment(WorkingDayAdjustment.FOLLOWING, HolidayCalendars.alsaceMoselle());
    assertThat(national.dmTransmission(d("2025-11-26")).date()).isEqualTo(d("2025-12-26"));
    assertThat(alsace.dmTransmission(d("2025-11-26")).date()).isEqualTo(d("2025-12-29"));
    assertThat(alsace.calendar()).isEqualTo(HolidayCalendars.alsaceMoselle());
  }

  @Test
  void valueSemantics() {
    assertThat(EprdDeadlines.standard())
        .isSameAs(EPRD)
        .isEqualTo(EPRD.withEprdTransmission(30, MonthDay.of(6, 30)))
        .hasSameHashCodeAs(EPRD.withEprdTransmission(30, MonthDay.of(6, 30)))
        .isEqualTo(EPRD.withAdjustment(WorkingDayAdjustment.NONE, HolidayCalendars.national()))
        .isNotEqualTo(EPRD.withEprdTransmission(31, MonthDay.of(6, 30)))
        .isNotEqualTo(EPRD.withEprdTransmission(30, MonthDay.of(4, 30)))
        .isNotEqualTo(EPRD.withAdjustment(WorkingDayAdjustment.NONE, HolidayCalendars.alsaceMoselle()))
        .isNotEqualTo(EPRD.withAdjustment(WorkingDayAdjustment.FOLLOWING, HolidayCalendars.national()))
        .isNotEqualTo(TraditionalDeadlines.standard());
    assertThat(EPRD.hashCode())
        .isNotEqualTo(EPRD.withEprdTransmission(31, MonthDay.of(6, 30)).hashCode())
        .isNotEqualTo(EPRD.withAdjustment(WorkingDayAdjustment.FOLLOWING, HolidayCalendars.national()).hashCode());
    assertThat(EPRD).hasToString("EprdDeadlines[EPRD 30 days, by --06-30; NONE on France (national)]");
  }

  @Test
  void badInputIsRejectedNamingTheField() {
    assertThatThrownBy(() -> EPRD.activityForecast(Year.of(1583)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("exercice = 1583")
        .hasMessageContaining("1582-10-31")
        .hasMessageContaining(SupportedYears.RULE.text());
    assertThatThrownBy(() -> EPRD.activityForecast(Year.of(1582)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("exercice = 1582");
    assertThatThrownBy(() -> EPRD.errdTransmission(Year.of(9999)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("exercice = 9999")
        .hasMessageContaining("+10000-04-30");
    assertThatThrownBy(() -> EPRD.errdTransmission(Year.of(10000)))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("exercice = 10000");
    assertThatThrownBy(() -> EPRD.activityForecastComments(d("9999-12-01")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("forecastReceipt = 9999-12-01");
    assertThatThrownBy(() -> EPRD.eprdTransmission(Year.of(2025), d("1582-12-01")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("tariffNotification = 1582-12-01");
    assertThatThrownBy(() -> EPRD.eprdTacitDecision(d("1500-01-01"), false))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("eprdReceipt = 1500-01-01");
    assertThatThrownBy(() -> EPRD.dmTacitDecision(d("1500-01-01"), false))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("dmReceipt = 1500-01-01");
    assertThatThrownBy(() -> EPRD.dmTransmission(d("9999-12-15")))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("triggeringFact = 9999-12-15");
    assertThatThrownBy(() -> EPRD.activityForecast(null)).isInstanceOf(NullPointerException.class).hasMessage("exercice");
    assertThatThrownBy(() -> EPRD.errdTransmission(null)).hasMessage("exercice");
    assertThatThrownBy(() -> EPRD.eprdTransmission(null, d("2025-03-14"))).hasMessage("exercice");
    assertThatThrownBy(() -> EPRD.eprdTransmission(Year.of(2025), null)).hasMessage("tariffNotification");
    assertThatThrownBy(() -> EPRD.activityForecastComments(null)).hasMessage("forecastReceipt");
    assertThatThrownBy(() -> EPRD.eprdTacitDecision(null, false)).hasMessage("eprdReceipt");
    assertThatThrownBy(() -> EPRD.dmTacitDecision(null, false)).hasMessage("dmReceipt");
    assertThatThrownBy(() -> EPRD.dmTransmission(null)).hasMessage("triggeringFact");
    assertThatThrownBy(() -> EPRD.withAdjustment(null, HolidayCalendars.national())).hasMessage("adjustment");
    assertThatThrownBy(() -> EPRD.withAdjustment(WorkingDayAdjustment.NONE, null)).hasMessage("calendar");
  }
}
