package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deadline tables of the two procedures, read by one engine. */
class DeadlineRuleTest {
  private static List<DeadlineRule> bothTables() {
    List<DeadlineRule> all = new ArrayList<>(EprdDeadlines.TABLE);
    all.addAll(TraditionalDeadlines.TABLE);
    return all;
  }

  @Test
  void everyRowIsDistinctAndOnlyTheEprdTransmissionRestsOnASecondarySource() {
    assertThat(EprdDeadlines.TABLE).hasSize(9).doesNotHaveDuplicates();
    assertThat(TraditionalDeadlines.TABLE).hasSize(6).doesNotHaveDuplicates();
    assertThat(bothTables()).extracting(DeadlineRule::label).doesNotHaveDuplicates();
    assertThat(bothTables()).filteredOn(r -> r.source() == SourceStatus.SECONDARY)
        .extracting(r -> r.basis().toString()).containsExactly(EprdDeadlines.standard()
            .eprdTransmission(Year.of(2025), LocalDate.of(2025, 3, 14)).legalBasis().toString());
  }

  @Test
  void theEngineGivesTheSameDeadlineAsTheProcedureMethods() {
    EprdDeadlines eprd = EprdDeadlines.standard();
    TraditionalDeadlines trad = TraditionalDeadlines.standard();
    DeadlineSchedule none = DeadlineSchedule.UNADJUSTED;
    LocalDate d = LocalDate.of(2025, 1, 31);
    assertThat(EprdDeadlines.TABLE.get(0).dueFor(Year.of(2025), none)).isEqualTo(eprd.activityForecast(Year.of(2025)));
    // one month after 31 January is the last day of February
    assertThat(EprdDeadlines.TABLE.get(5).dueFor(d, none)).isEqualTo(eprd.dmTransmission(d))
        .extracting(Deadline::date).isEqualTo(LocalDate.of(2025, 2, 28));
    // a negative period counts back from the trigger
    assertThat(TraditionalDeadlines.TABLE.get(2).dueFor(d, none)).isEqualTo(trad.authorityLetters(d))
        .extracting(Deadline::date).isEqualTo(LocalDate.of(2025, 1, 19));
  }

  @Test
  void aRowIsReadOnlyFromWhatItIsCountedFrom() {
    assertThatThrownBy(() -> EprdDeadlines.TABLE.get(0).dueFor(LocalDate.of(2025, 1, 1), DeadlineSchedule.UNADJUSTED))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a date");
    assertThatThrownBy(() -> EprdDeadlines.TABLE.get(1).dueFor(Year.of(2025), DeadlineSchedule.UNADJUSTED))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not an exercice");
  }
}
