package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  private static final HolidayCalendar NATIONAL = HolidayCalendars.national();
  private static final HolidayCalendar ALSACE = HolidayCalendars.alsaceMoselle();
  private static final LegalBasis R314_232 = LegalBasis.casf("R314-232 III");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Deadline errd2027() {
    return Deadline.of(" ERRD transmission ", d("2028-04-30"), R314_232, SourceStatus.VERIFIED);
  }

  @Test
  void aNewDeadlineIsUnadjusted() {
    Deadline dl = errd2027();
    assertThat(dl.label()).isEqualTo("ERRD transmission");
    assertThat(dl.date()).isEqualTo(d("2028-04-30"));
    assertThat(dl.unadjustedDate()).isEqualTo(d("2028-04-30"));
    assertThat(dl.legalBasis()).isEqualTo(R314_232);
    assertThat(dl.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(dl).hasToString("2028-04-30 ERRD transmission [CASF R314-232 III, VERIFIED]");
  }

  @Test
  void adjustingMovesTheDateAndKeepsTheTextsDate() {
    Deadline moved = errd2027().adjusted(WorkingDayAdjustment.FOLLOWING, NATIONAL);
    assertThat(moved.date()).isEqualTo(d("2028-05-02"));
    assertThat(moved.unadjustedDate()).isEqualTo(d("2028-04-30"));
    assertThat(moved.label()).isEqualTo("ERRD transmission");
    assertThat(moved.legalBasis()).isEqualTo(R314_232);
    assertThat(moved.source()).isEqualTo(SourceStatus.VERIFIED);
    assertThat(moved).hasToString("2028-05-02 (moved from 2028-04-30) ERRD transmission [CASF R314-232 III, VERIFIED]");
    // A second adjustment starts again from the text's date.
    assertThat(moved.adjusted(WorkingDayAdjustment.PRECEDING, NATIONAL).date()).isEqualTo(d("2028-04-28"));
    assertThat(moved.adjusted(WorkingDayAdjustment.NONE, NATIONAL)).isEqualTo(errd2027());
  }

  @Test
  void aDeadlineThatDoesNotMoveIsReturnedAsIs() {
    Deadline onAWorkingDay = Deadline.of("x", d("2025-04-17"), R314_232, SourceStatus.SECONDARY);
    assertThat(onAWorkingDay.adjusted(WorkingDayAdjustment.FOLLOWING, ALSACE)).isSameAs(onAWorkingDay);
    Deadline sunday = errd2027();
    assertThat(sunday.adjusted(WorkingDayAdjustment.NONE, NATIONAL)).isSameAs(sunday);
  }

  @Test
  void valueSemantics() {
    Deadline a = errd2027();
    assertThat(a).isEqualTo(errd2027()).hasSameHashCodeAs(errd2027());
    assertThat(a)
        .isNotEqualTo(Deadline.of("ERRD", d("2028-04-30"), R314_232, SourceStatus.VERIFIED))
        .isNotEqualTo(Deadline.of("ERRD transmission", d("2028-04-29"), R314_232, SourceStatus.VERIFIED))
        .isNotEqualTo(Deadline.of("ERRD transmission", d("2028-04-30"), LegalBasis.casf("R314-49"), SourceStatus.VERIFIED))
        .isNotEqualTo(Deadline.of("ERRD transmission", d("2028-04-30"), R314_232, SourceStatus.SECONDARY))
        .isNotEqualTo(a.adjusted(WorkingDayAdjustment.FOLLOWING, NATIONAL))
        .isNotEqualTo("2028-04-30");
    assertThat(a.hashCode())
        .isNotEqualTo(Deadline.of("ERRD", d("2028-04-30"), R314_232, SourceStatus.VERIFIED).hashCode());
    // Same date, different text date.
    Deadline moved = a.adjusted(WorkingDayAdjustment.FOLLOWING, NATIONAL);
    assertThat(moved).isNotEqualTo(Deadline.of("ERRD transmission", d("2028-05-02"), R314_232, SourceStatus.VERIFIED));
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> Deadline.of(" ", d("2025-01-01"), R314_232, SourceStatus.VERIFIED))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("label");
    assertThatThrownBy(() -> Deadline.of(null, d("2025-01-01"), R314_232, SourceStatus.VERIFIED)).hasMessage("label");
    assertThatThrownBy(() -> Deadline.of("x", null, R314_232, SourceStatus.VERIFIED)).hasMessage("date");
    assertThatThrownBy(() -> Deadline.of("x", d("2025-01-01"), null, SourceStatus.VERIFIED)).hasMessage("legalBasis");
    assertThatThrownBy(() -> Deadline.of("x", d("2025-01-01"), R314_232, null)).hasMessage("source");
    assertThatThrownBy(() -> errd2027().adjusted(null, NATIONAL)).hasMessage("adjustment");
    assertThatThrownBy(() -> errd2027().adjusted(WorkingDayAdjustment.NONE, null)).hasMessage("calendar");
  }

  @Test
  void workingDayAdjustments() {
    LocalDate easterSunday = d("2025-04-20");
    assertThat(WorkingDayAdjustment.NONE.adjust(easterSunday, ALSACE)).isEqualTo(easterSunday);
    assertThat(WorkingDayAdjustment.FOLLOWING.adjust(easterSunday, ALSACE)).isEqualTo(d("2025-04-22"));
    assertThat(WorkingDayAdjustment.PRECEDING.adjust(easterSunday, ALSACE)).isEqualTo(d("2025-04-17"));
    assertThat(WorkingDayAdjustment.PRECEDING.adjust(easterSunday, NATIONAL)).isEqualTo(d("2025-04-18"));
    LocalDate tuesday = d("2025-04-22");
    for (WorkingDayAdjustment a : WorkingDayAdjustment.values()) {
      assertThat(a.adjust(tuesday, NATIONAL)).as("%s", a).isEqualTo(tuesday);
      assertThatThrownBy(() -> a.adjust(null, NATIONAL)).as("%s", a).hasMessage("date");
      assertThatThrownBy(() -> a.adjust(tuesday, null)).as("%s", a).hasMessage("calendar");
    }
  }
}
