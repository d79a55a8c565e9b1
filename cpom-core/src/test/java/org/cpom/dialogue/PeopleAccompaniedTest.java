package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.DepartementCode;
import org.cpom.referential.Esms;
import org.cpom.referential.EsmsCategory;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.Funder;
import org.cpom.referential.Funding;
import org.cpom.referential.SectionTarifaire;
import org.cpom.referential.TariffAuthority;
import org.junit.jupiter.api.Test;

class PeopleAccompaniedTest {
  static final Year Y2026 = Year.of(2026);
  static final DepartementCode RHONE = DepartementCode.of("69");

  static Esms esms(EsmsCategory category, CapacityLine... lines) {
    return Esms.builder().finess(FinessNumber.of("690000011")).name("ESMS").category(category)
        .gestionnaire(FinessNumber.of("690000003")).addCapacity(lines)
        .addFundings(Funding.of(SectionTarifaire.GLOBAL, Funder.assuranceMaladie(),
            TariffAuthority.ars("Auvergne-Rhône-Alpes")))
        .build();
  }

  static PersonRecord.Builder person(String id, LocalDate birth, CapacityMode mode, long days) {
    PersonRecord.Builder b = PersonRecord.builder();
    b.id(id).birthDate(birth).entryDate(LocalDate.of(2020, 9, 1)).mode(mode).domicileDeSecours(RHONE)
        .daysOfPresence(days);
    return b;
  }

  static LocalDate child() {
    return LocalDate.of(2014, 5, 4);
  }

  /** W9: 40 funded places open 365 days, 13,870 days (30 people x 347 + 10 x 346), 13,140 funded days. */
  static List<PersonRecord> w9() {
    List<PersonRecord> l = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      l.add(person("P" + i, child(), CapacityMode.INTERNAT, i < 30 ? 347 : 346).build());
    }
    return l;
  }

  @Test
  void w9OccupancyAndRealisationFromGeneratedRecords() {
    Esms esms = esms(EsmsCategory.MAS, CapacityLine.of(CapacityMode.INTERNAT, 40, 40, 365));
    PeopleActivity a = DialogueEngine.peopleActivity(esms, Y2026, w9(), Map.of(CapacityMode.INTERNAT, 13_140L));
    ActivityLine internat = a.mode(CapacityMode.INTERNAT).orElseThrow();
    assertThat(internat.daysProvided()).isEqualTo(13_870);
    assertThat(internat.theoreticalDays()).isEqualTo(14_600);
    assertThat(internat.occupancy().fraction()).contains(new BigDecimal("0.950000"));
    assertThat(internat.occupancy().percent()).contains(new BigDecimal("95.00"));
    assertThat(internat.realisation().orElseThrow().percent()).contains(new BigDecimal("105.56"));
    assertThat(internat.realisation().orElseThrow().fraction()).contains(new BigDecimal("1.055556"));
    assertThat(a.overall()).isEqualTo(new ActivityLine(null, 13_870, 14_600, java.util.OptionalLong.of(13_140)));
    assertThat(a.overall().occupancy().percentage().orElseThrow()).hasToString("95.00 %");
    assertThat(a.effectif()).isEqualTo(40);
    assertThat(a.definitiveExits()).isZero();
    assertThat(a.fileActive()).isEqualTo(40);
    // the same counts as the modulation engine reads them
    assertThat(a.activityRecord().occupancyRate().toFraction()).isEqualByComparingTo("0.95");
    assertThat(a.activityRecord().realisationRate().toPercent(2, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("105.56");
    assertThat(a.activityRecord().peopleSupported()).hasValue(40);
    // without funded days there is no realisation
    assertThat(DialogueEngine.peopleActivity(esms, Y2026, w9()).overall().realisation()).isEmpty();
  }

  @Test
  void modesAreSeparateAndSumToTheOverallLineAndTheFileActiveCountsTheExitsOfTheYear() {
    Esms ime = esms(EsmsCategory.IME, CapacityLine.of(CapacityMode.INTERNAT, 20, 18, 210),
        CapacityLine.of(CapacityMode.SEMI_INTERNAT, 12, 10, 200), CapacityLine.of(CapacityMode.EXTERNAT, 5, 5, 200));
    List<PersonRecord> people = List.of(
        person("A", child(), CapacityMode.INTERNAT, 210).build(),
        person("B", child(), CapacityMode.INTERNAT, 100).exitDate(LocalDate.of(2026, 6, 30)).build(),
        person("C", child(), CapacityMode.SEMI_INTERNAT, 150).entryDate(LocalDate.of(2026, 3, 2)).build(),
        // an exit on 31 December is an exit of the year, not in the effectif
        person("D", child(), CapacityMode.SEMI_INTERNAT, 200).exitDate(LocalDate.of(2026, 12, 31)).build(),
        // gone before the year, and arriving after it: neither counted
        person("E", child(), CapacityMode.INTERNAT, 0).exitDate(LocalDate.of(2025, 7, 1)).build(),
        person("F", child(), CapacityMode.INTERNAT, 0).entryDate(LocalDate.of(2027, 1, 4)).build());
    PeopleActivity a = DialogueEngine.peopleActivity(ime, Y2026, people,
        Map.of(CapacityMode.INTERNAT, 3_600L, CapacityMode.SEMI_INTERNAT, 1_800L));
    assertThat(a.byMode()).extracting(l -> l.mode().orElseThrow())
        .containsExactly(CapacityMode.INTERNAT, CapacityMode.SEMI_INTERNAT, CapacityMode.EXTERNAT);
    assertThat(a.mode(CapacityMode.INTERNAT).orElseThrow().occupancy()).isEqualTo(new IndicatorRate(310, 3_780));
    assertThat(a.mode(CapacityMode.INTERNAT).orElseThrow().occupancy().percent()).contains(new BigDecimal("8.20"));
    assertThat(a.mode(CapacityMode.SEMI_INTERNAT).orElseThrow().realisation().orElseThrow())
        .isEqualTo(new IndicatorRate(350, 1_800));
    assertThat(a.mode(CapacityMode.EXTERNAT).orElseThrow().daysProvided()).isZero();
    assertThat(a.mode(CapacityMode.EXTERNAT).orElseThrow().realisation()).isEmpty();
    assertThat(a.mode(CapacityMode.ACCUEIL_DE_JOUR)).isEmpty();
    assertThat(a.overall().daysProvided()).isEqualTo(660);
    assertThat(a.overall().theoreticalDays()).isEqualTo(3_780 + 2_000 + 1_000);
    // one mode without funded days: no overall realisation
    assertThat(a.overall().fundedDays()).isEmpty();
    assertThat(a.effectif()).isEqualTo(2);
    assertThat(a.definitiveExits()).isEqualTo(2);
    assertThat(a.fileActive()).isEqualTo(4);
    assertThat(a).isEqualTo(DialogueEngine.peopleActivity(ime, Y2026, people,
        Map.of(CapacityMode.INTERNAT, 3_600L, CapacityMode.SEMI_INTERNAT, 1_800L)));
  }

  /** The IME of the acceptance test: 60 people on 31 December, 7 of them 20 or older kept under L242-4. */
  static List<PersonRecord> ime60() {
    List<PersonRecord> l = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      // 3 of them have their domicile de secours in another département
      l.add(person("E" + i, child(), CapacityMode.INTERNAT, 200)
          .domicileDeSecours(DepartementCode.of(i == 0 ? "01" : i < 3 ? "38" : "69")).build());
    }
    for (int i = 0; i < 6; i++) {
      l.add(person("C" + i, LocalDate.of(2004, 2, 1), CapacityMode.INTERNAT, 200).placementProlonged(true)
          .orientation(EsmsCategory.FAM).build());
    }
    // 20 on 31 December 2026 exactly: counts
    l.add(person("C6", LocalDate.of(2006, 12, 31), CapacityMode.INTERNAT, 200).placementProlonged(true).build());
    // 19 on 31 December: prolonged early, does not count as 20 or older
    l.add(person("Y", LocalDate.of(2007, 1, 1), CapacityMode.INTERNAT, 200).placementProlonged(true).build());
    // 22 with no L242-4 decision recorded: counts only on age alone
    l.add(person("N", LocalDate.of(2004, 3, 1), CapacityMode.INTERNAT, 200).build());
    // a young adult kept until he left in October, from another département: not in the effectif
    l.add(person("X", LocalDate.of(2003, 1, 1), CapacityMode.INTERNAT, 150).placementProlonged(true)
        .exitDate(LocalDate.of(2026, 10, 15)).domicileDeSecours(DepartementCode.of("42")).build());
    return l;
  }

  static final Esms IME = esms(EsmsCategory.IME, CapacityLine.of(CapacityMode.INTERNAT, 70, 70, 210));

  @Test
  void theCretonShareOfTheImeIs7Of60AndNamesItsDefinition() {
    CretonShare s = DialogueEngine.cretonShare(IME, Y2026, ime60());
    assertThat(s.rate()).isEqualTo(new IndicatorRate(7, 60));
    assertThat(s.rate().percent()).contains(new BigDecimal("11.67"));
    assertThat(s.rate().fraction()).contains(new BigDecimal("0.116667"));
    assertThat(s.counted()).containsExactly("C0", "C1", "C2", "C3", "C4", "C5", "C6");
    assertThat(s.definition()).isEqualTo(CretonDefinition.libraryDefault());
    assertThat(s.definition().isLibraryDefault()).isTrue();
    assertThat(s.definitionText(Locale.FRENCH)).isEqualTo("personnes âgées de 20 ans ou plus, maintenues au titre du "
        + "CASF L242-4, personnes dans l'effectif au 31 décembre ; définition par défaut cpom:creton-share");
    assertThat(s.definitionText(Locale.ENGLISH)).contains("kept under CASF L242-4", "library default cpom:creton-share");
    assertThat(s.esms()).isEqualTo(IME.finess());
    assertThat(s.year()).isEqualTo(Y2026);
  }

  @Test
  void theCretonParametersChangeTheCountAndTheResultSaysSo() {
    CretonDefinition ageAlone = CretonDefinition.builder().decisionRequired(false).build();
    CretonShare proxy = DialogueEngine.cretonShare(IME, Y2026, ime60(), ageAlone);
    assertThat(proxy.rate()).isEqualTo(new IndicatorRate(8, 60));
    assertThat(proxy.rate().percent()).contains(new BigDecimal("13.33"));
    assertThat(proxy.definition().isLibraryDefault()).isFalse();
    assertThat(proxy.definitionText(Locale.FRENCH)).contains("âge seul", "définition cpom:creton-share")
        .doesNotContain("par défaut");
    // the file active adds the young adult who left in October: (7 + 1) / 61
    CretonShare fileActive = DialogueEngine.cretonShare(IME, Y2026, ime60(),
        CretonDefinition.builder().count(PeopleCount.FILE_ACTIVE).build());
    assertThat(fileActive.rate()).isEqualTo(new IndicatorRate(8, 61));
    assertThat(fileActive.rate().percent()).contains(new BigDecimal("13.11"));
    // days: 7 x 200 + 150 of 60 x 200 + 150
    CretonShare days = DialogueEngine.cretonShare(IME, Y2026, ime60(),
        CretonDefinition.builder().count(PeopleCount.DAYS_OF_PRESENCE).build());
    assertThat(days.rate()).isEqualTo(new IndicatorRate(1_550, 12_150));
    // a higher agreed age limit of 21: the one who is 20 on 31 December no longer counts
    assertThat(DialogueEngine.cretonShare(IME, Y2026, ime60(), CretonDefinition.builder().minimumAge(21).build())
        .rate()).isEqualTo(new IndicatorRate(6, 60));
    // nobody in the effectif: undefined, not zero
    CretonShare none = DialogueEngine.cretonShare(IME, Y2026, List.of());
    assertThat(none.rate().isDefined()).isFalse();
    assertThat(none.rate().percent()).isEmpty();
    assertThat(none.rate().fraction()).isEmpty();
  }

  @Test
  void theCretonShareIsRefusedOutsideTheCategoriesOfItsDefinition() {
    Esms mas = esms(EsmsCategory.MAS, CapacityLine.of(CapacityMode.INTERNAT, 70, 70, 365));
    assertThatThrownBy(() -> DialogueEngine.cretonShare(mas, Y2026, ime60()))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("esms.category");
          assertThat(e.rule()).isEqualTo(LegalBasis.convention(Convention.CRETON_SHARE));
        });
    assertThat(DialogueEngine.cretonShare(mas, Y2026, ime60(),
        CretonDefinition.builder().categories(Set.of(EsmsCategory.MAS)).build()).rate().numerator()).isEqualTo(7);
    assertThatThrownBy(() -> CretonDefinition.builder().minimumAge(15).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("cretonDefinition.minimumAge"));
    assertThatThrownBy(() -> CretonDefinition.builder().minimumAge(31).build())
        .isInstanceOf(CpomValidationException.class);
    assertThatThrownBy(() -> CretonDefinition.builder().categories(Set.of()).build())
        .isInstanceOfSatisfying(CpomValidationException.class, e -> assertThat(e.field()).isEqualTo("cretonDefinition.categories"));
  }

  @Test
  void threeOfTheSixtyFromOtherDepartementsIs5Percent() {
    OtherDepartementsShare s = DialogueEngine.otherDepartementsShare(IME, Y2026, ime60());
    assertThat(s.rate()).isEqualTo(new IndicatorRate(3, 60));
    assertThat(s.rate().percent()).contains(new BigDecimal("5.00"));
    assertThat(s.rate().fraction()).contains(new BigDecimal("0.050000"));
    assertThat(s.departement()).isEqualTo(RHONE);
    assertThat(s.byDepartement()).containsExactly(Map.entry(DepartementCode.of("01"), 1L),
        Map.entry(DepartementCode.of("38"), 2L));
    assertThat(s.counted()).containsExactly("E0", "E1", "E2");
    assertThat(s.count()).isEqualTo(PeopleCount.EFFECTIF_31_DECEMBER);
    assertThat(s.definitionText(Locale.FRENCH)).contains("définition par défaut cpom:other-departements-share", "69");
    OtherDepartementsShare fileActive = DialogueEngine.otherDepartementsShare(IME, Y2026, ime60(),
        PeopleCount.FILE_ACTIVE);
    assertThat(fileActive.rate()).isEqualTo(new IndicatorRate(4, 61));
    assertThat(fileActive.byDepartement()).containsEntry(DepartementCode.of("42"), 1L);
    assertThat(fileActive.definitionText(Locale.ENGLISH)).contains("people of the file active")
        .doesNotContain("default");
    assertThat(DialogueEngine.otherDepartementsShare(IME, Y2026, ime60(), PeopleCount.DAYS_OF_PRESENCE).rate())
        .isEqualTo(new IndicatorRate(750, 12_150));
  }

  private static void rejected(Runnable r, String field, String... words) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(CpomValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      if (words.length > 0) {
        assertThat(e.getMessage()).contains(words);
      }
    });
  }

  @Test
  void badRecordsAreRejectedNamingTheRecordAndTheField() {
    rejected(() -> person("R-17", child(), CapacityMode.INTERNAT, 10).exitDate(LocalDate.of(2020, 8, 31)).build(),
        "personRecord.exitDate", "R-17", "before the entry");
    rejected(() -> person("R-18", LocalDate.of(2021, 1, 1), CapacityMode.INTERNAT, 10).build(),
        "personRecord.birthDate", "R-18", "after the entry");
    rejected(() -> person("R-19", child(), CapacityMode.INTERNAT, 367).build(), "personRecord.daysOfPresence", "R-19");
    rejected(() -> person("R-20", child(), CapacityMode.INTERNAT, -1).build(), "personRecord.daysOfPresence", "R-20");
    rejected(() -> person(" ", child(), CapacityMode.INTERNAT, 1).build(), "personRecord.id");
    rejected(() -> person("R-21", LocalDate.of(1, 1, 1), CapacityMode.INTERNAT, 1).build(), "personRecord.birthDate");

    List<PersonRecord> good = ime60();
    // the bad record is the last one: nothing is computed from the others
    List<PersonRecord> twice = new ArrayList<>(good);
    twice.add(person("E3", child(), CapacityMode.INTERNAT, 1).build());
    rejected(() -> DialogueEngine.peopleActivity(IME, Y2026, twice), "people[61].id", "people[3]");
    List<PersonRecord> noPlace = new ArrayList<>(good);
    noPlace.add(person("Z1", child(), CapacityMode.ACCUEIL_DE_JOUR, 1).build());
    rejected(() -> DialogueEngine.cretonShare(IME, Y2026, noPlace), "people[61].mode", "Z1", "no capacity");
    List<PersonRecord> longer = new ArrayList<>(good);
    longer.add(person("Z2", child(), CapacityMode.INTERNAT, 32).entryDate(LocalDate.of(2026, 12, 1)).build());
    rejected(() -> DialogueEngine.otherDepartementsShare(IME, Y2026, longer), "people[61].daysOfPresence", "Z2",
        "31 days of the stay");
    List<PersonRecord> gone = new ArrayList<>(good);
    gone.add(person("Z3", child(), CapacityMode.INTERNAT, 1).exitDate(LocalDate.of(2025, 12, 31)).build());
    rejected(() -> DialogueEngine.peopleActivity(IME, Y2026, gone), "people[61].daysOfPresence", "Z3", "0 days");
    List<PersonRecord> open = new ArrayList<>(good);
    open.add(person("Z4", child(), CapacityMode.INTERNAT, 211).build());
    rejected(() -> DialogueEngine.peopleActivity(IME, Y2026, open), "people[61].daysOfPresence", "Z4", "210 days");
    // the stay covers 1 December to 31 December: 31 days are accepted
    List<PersonRecord> fits = new ArrayList<>(good);
    fits.add(person("Z5", child(), CapacityMode.INTERNAT, 31).entryDate(LocalDate.of(2026, 12, 1)).build());
    assertThat(DialogueEngine.peopleActivity(IME, Y2026, fits).overall().daysProvided()).isEqualTo(12_150 + 31);

    rejected(() -> DialogueEngine.peopleActivity(IME, Y2026, good, Map.of(CapacityMode.EXTERNAT, 10L)),
        "fundedDays[EXTERNAT]", "no capacity");
    rejected(() -> DialogueEngine.peopleActivity(IME, Y2026, good, Map.of(CapacityMode.INTERNAT, -1L)),
        "fundedDays[INTERNAT]");
    rejected(() -> DialogueEngine.peopleActivity(IME, Year.of(1500), List.of()), "year");
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    List<PersonRecord> good = ime60();
    List<PersonRecord> withNull = new ArrayList<>(good);
    withNull.add(null);
    assertThatThrownBy(() -> DialogueEngine.peopleActivity(null, Y2026, good)).hasMessage("esms");
    assertThatThrownBy(() -> DialogueEngine.peopleActivity(IME, null, good)).hasMessage("year");
    assertThatThrownBy(() -> DialogueEngine.peopleActivity(IME, Y2026, null)).hasMessage("people");
    assertThatThrownBy(() -> DialogueEngine.peopleActivity(IME, Y2026, withNull)).hasMessage("people element");
    assertThatThrownBy(() -> DialogueEngine.peopleActivity(IME, Y2026, good, null)).hasMessage("fundedDays");
    java.util.Map<CapacityMode, Long> nullValue = new java.util.HashMap<>();
    nullValue.put(CapacityMode.INTERNAT, null);
    assertThatThrownBy(() -> DialogueEngine.peopleActivity(IME, Y2026, good, nullValue))
        .hasMessage("fundedDays[INTERNAT]");
    assertThatThrownBy(() -> DialogueEngine.cretonShare(IME, Y2026, good, null)).hasMessage("definition");
    assertThatThrownBy(() -> DialogueEngine.cretonShare(null, Y2026, good)).hasMessage("esms");
    assertThatThrownBy(() -> DialogueEngine.otherDepartementsShare(IME, Y2026, good, null)).hasMessage("count");
    assertThatThrownBy(() -> DialogueEngine.otherDepartementsShare(IME, Y2026, withNull)).hasMessage("people element");
    assertThatThrownBy(() -> DialogueEngine.peopleActivity(IME, Y2026, good).mode(null)).hasMessage("mode");
    assertThatThrownBy(() -> person("A", child(), CapacityMode.INTERNAT, 1).domicileDeSecours(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void ratesShowTheirCountsAndCompareByValue() {
    assertThat(new IndicatorRate(7, 60)).hasToString("7/60 = 11.67 %").isEqualTo(new IndicatorRate(7, 60))
        .hasSameHashCodeAs(new IndicatorRate(7, 60)).isNotEqualTo(new IndicatorRate(14, 120));
    assertThat(new IndicatorRate(0, 0)).hasToString("0/0 (undefined)");
    rejected(() -> new IndicatorRate(-1, 5), "rate");
    rejected(() -> new IndicatorRate(1, -5), "rate");
    assertThat(new IndicatorRate(0, 5).percent()).contains(new BigDecimal("0.00"));
    // half up from the exact ratio: 1/8 = 12.5 %, 1/800 = 0.125 % shows 0.13 %
    assertThat(new IndicatorRate(1, 800).percent()).contains(new BigDecimal("0.13"));
    assertThat(new IndicatorRate(1, 8).fraction()).contains(new BigDecimal("0.125000"));
    assertThat(Arrays.asList(PeopleCount.values())).allSatisfy(c -> assertThat(c.label(Locale.FRENCH)).isNotBlank());
  }
}
