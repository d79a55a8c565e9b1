package org.cpom.dialogue;

import java.time.LocalDate;
import java.util.List;
import org.cpom.PackageNullSweep;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.Esms;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The null sweep of the catalogue and people types of the dialogue package, through {@link org.cpom.Hostile}. */
class DialoguePeopleNullSweepTest {
  static PersonRecord record() {
    return PeopleAccompaniedTest.person("P1", LocalDate.of(2004, 1, 1), CapacityMode.INTERNAT, 200)
        .placementProlonged(true).build();
  }

  static final PackageNullSweep SWEEP = PackageNullSweep.common()
      .with(Esms.class, () -> PeopleAccompaniedTest.IME)
      .with(DepartementCode.class, () -> DepartementCode.of("69"))
      .with(PersonRecord.class, DialoguePeopleNullSweepTest::record)
      .with(IndicatorDefinition.class, () -> IndicatorCatalogueTest.own("contrat.a"))
      .with(IndicatorSource.class, () -> IndicatorSource.of(IndicatorStatus.SECONDARY, "ARS"))
      .with(IndicatorCatalogue.class, IndicatorCatalogue::library)
      .with(IndicatorRate.class, () -> new IndicatorRate(7, 60))
      .with(CretonDefinition.class, CretonDefinition::libraryDefault)
      // every parameter of the Creton definition has its default: built empty, it is the library's
      .buildsEmpty(CretonDefinition.class)
      .with(java.util.Locale.class, () -> java.util.Locale.FRENCH)
      .with(Long.class, () -> 100L)
      .with(PeopleCount.class, () -> PeopleCount.FILE_ACTIVE)
      .with(IndicatorStatus.class, () -> IndicatorStatus.VERIFIED)
      .with(IndicatorUnit.class, () -> IndicatorUnit.RATE)
      .with(IndicatorPeriod.class, () -> IndicatorPeriod.EXERCICE)
      .with(PeopleActivity.class, () -> DialogueEngine.peopleActivity(PeopleAccompaniedTest.IME,
          PeopleAccompaniedTest.Y2026, List.of(record())))
      .with(ActivityLine.class, () -> DialogueEngine.peopleActivity(PeopleAccompaniedTest.IME,
          PeopleAccompaniedTest.Y2026, List.of(record())).overall())
      .with(CretonShare.class, () -> DialogueEngine.cretonShare(PeopleAccompaniedTest.IME,
          PeopleAccompaniedTest.Y2026, List.of(record())))
      .with(OtherDepartementsShare.class, () -> DialogueEngine.otherDepartementsShare(PeopleAccompaniedTest.IME,
          PeopleAccompaniedTest.Y2026, List.of(record())));

  @TestFactory
  List<DynamicTest> nullSweep() {
    return SWEEP.casesAtLeast("org.cpom.dialogue", 40);
  }
}
