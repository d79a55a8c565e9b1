package org.cpom.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.cpom.dialogue.CretonShare;
import org.cpom.dialogue.DialogueEngine;
import org.cpom.dialogue.IndicateursPersonnel;
import org.cpom.dialogue.MotifAbsence;
import org.cpom.dialogue.OtherDepartementsShare;
import org.cpom.dialogue.PeopleActivity;
import org.cpom.referential.CapacityMode;
import org.junit.jupiter.api.Test;

/** The benchmark's generated records are valid, and the indicators give the figures the generator counted. */
class DialogueRecordsTest {
  @Test
  void theIndicatorsGiveWhatTheGeneratorImplies() {
    DialogueRecords r = DialogueRecords.generate(3_000, 1_500, DialogueBenchmark.SEED);
    assertThat(r.people).hasSize(3_000);
    assertThat(r.staff).hasSize(1_500);
    assertThat(r.absences).hasSizeGreaterThan(300);
    PeopleActivity a = DialogueEngine.peopleActivity(r.esms, DialogueRecords.YEAR, r.people);
    long total = 0;
    for (CapacityMode m : new CapacityMode[] {CapacityMode.INTERNAT, CapacityMode.SEMI_INTERNAT,
        CapacityMode.EXTERNAT}) {
      long days = r.daysByMode.get(m);
      assertThat(a.mode(m)).hasValueSatisfying(l -> assertThat(l.daysProvided()).isEqualTo(days));
      total += days;
    }
    assertThat(a.overall().daysProvided()).isEqualTo(total).isPositive();
    assertThat(a.effectif()).isEqualTo(r.effectif).isPositive();
    assertThat(a.definitiveExits()).isEqualTo(r.exits).isPositive();
    assertThat(a.fileActive()).isEqualTo(r.effectif + r.exits);
    CretonShare c = DialogueEngine.cretonShare(r.esms, DialogueRecords.YEAR, r.people);
    assertThat(c.rate().numerator()).isEqualTo(r.creton).isPositive();
    assertThat(c.rate().denominator()).isEqualTo(r.effectif);
    OtherDepartementsShare o = DialogueEngine.otherDepartementsShare(r.esms, DialogueRecords.YEAR, r.people);
    assertThat(o.rate().numerator()).isEqualTo(r.otherDepartements).isPositive();
    assertThat(o.rate().denominator()).isEqualTo(r.effectif);
    IndicateursPersonnel p = DialogueEngine.indicateursPersonnel(DialogueRecords.YEAR, r.staff, r.absences);
    assertThat(p.headcountStart()).isEqualTo(r.headcountStart).isPositive();
    assertThat(p.hires()).isEqualTo(r.hires).isPositive();
    assertThat(p.departures()).isEqualTo(r.departures).isPositive();
    assertThat(p.cddRemplacement()).isEqualTo(r.cddRemplacement).isPositive();
    long absent = 0;
    for (MotifAbsence m : MotifAbsence.values()) {
      long days = r.absenceDays.getOrDefault(m, 0L);
      assertThat(p.absenceDays().getOrDefault(m, 0L)).as(m.name()).isEqualTo(days);
      absent += days;
    }
    assertThat(p.totalAbsenceDays()).isEqualTo(absent).isPositive();
    // the same seed gives the same records
    assertThat(DialogueRecords.generate(3_000, 1_500, DialogueBenchmark.SEED).people).isEqualTo(r.people);
  }
}
