package org.cpom.dialogue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.Convention;
import org.cpom.money.Amount;
import org.junit.jupiter.api.Test;

/** Every bad staff record is rejected naming the record and the field, and nothing is computed from the set. */
class StaffRecordsValidationTest {
  private static final LocalDate BORN = LocalDate.of(1980, 5, 1);
  private static final LocalDate HIRED = LocalDate.of(2020, 1, 1);
  private static final LegalBasis RULE = LegalBasis.convention(Convention.STAFF_RECORDS);

  private static void rejected(ThrowingCallable call, String field, String problem) {
    assertThatThrownBy(call).isInstanceOfSatisfying(CpomValidationException.class, e -> {
      org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
      org.assertj.core.api.Assertions.assertThat(e.problem()).contains(problem);
    });
  }

  private static void rejectedBy(ThrowingCallable call, String field, LegalBasis rule) {
    assertThatThrownBy(call).isInstanceOfSatisfying(CpomValidationException.class, e -> {
      org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
      org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo(rule);
    });
  }

  @Test
  void anEtpAboveOneOrNotAboveZeroOrTooFineIsRejectedNamingTheRecord() {
    rejected(() -> Salarie.of("S7", BORN, HIRED, new BigDecimal("1.01"), TypeContrat.CDI), "salarie[S7].etp",
        "at most 1");
    rejected(() -> Salarie.of("S7", BORN, HIRED, BigDecimal.ZERO, TypeContrat.CDI), "salarie[S7].etp", "above 0");
    rejected(() -> Salarie.of("S7", BORN, HIRED, new BigDecimal("-0.5"), TypeContrat.CDI), "salarie[S7].etp",
        "above 0");
    rejected(() -> Salarie.of("S7", BORN, HIRED, new BigDecimal("0.1234567"), TypeContrat.CDI), "salarie[S7].etp",
        "6 decimals");
    rejected(() -> Salarie.of("S7", BORN, HIRED, new BigDecimal("1E-50"), TypeContrat.CDI), "salarie[S7].etp",
        "6 decimals");
  }

  @Test
  void aLeaveBeforeTheHireOrABirthAfterTheHireIsRejected() {
    Salarie s = Salarie.of("S8", BORN, HIRED, BigDecimal.ONE, TypeContrat.CDI);
    rejectedBy(() -> s.leaving(LocalDate.of(2019, 12, 31)), "salarie[S8].leaveDate", RULE);
    rejected(() -> Salarie.of("S9", LocalDate.of(2020, 1, 2), HIRED, BigDecimal.ONE, TypeContrat.CDI),
        "salarie[S9].birthDate", "after the hire date");
    rejected(() -> Salarie.of("S9", LocalDate.of(1899, 12, 31), HIRED, BigDecimal.ONE, TypeContrat.CDI),
        "salarie[S9].birthDate", "1900 to 2200");
    rejected(() -> s.leaving(LocalDate.of(2201, 1, 1)), "salarie[S8].leaveDate", "1900 to 2200");
  }

  @Test
  void aCddDeRemplacementStatesItsReasonAndTheIdIsShownText() {
    rejectedBy(() -> Salarie.of("R1", BORN, HIRED, BigDecimal.ONE, TypeContrat.CDD_REMPLACEMENT),
        "salarie[R1].contract", LegalBasis.law("Code du travail", "L1242-2 1°"));
    rejectedBy(() -> Salarie.of(" ", BORN, HIRED, BigDecimal.ONE, TypeContrat.CDI), "id",
        LegalBasis.convention(Convention.LABEL_TEXT));
    rejected(() -> Salarie.of("x".repeat(65), BORN, HIRED, BigDecimal.ONE, TypeContrat.CDI), "id", "64 characters");
    rejected(() -> Absence.of("x".repeat(65), HIRED, HIRED, MotifAbsence.CONGES_SPECIAUX), "salarieId",
        "64 characters");
  }

  @Test
  void anAbsenceEndingBeforeItStartsIsRejected() {
    rejected(() -> Absence.of("S1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), MotifAbsence.MALADIE_ORDINAIRE),
        "absence[S1 from 2026-03-02].to", "before the first day");
    rejected(() -> Absence.of("S1", LocalDate.of(1899, 3, 2), LocalDate.of(2026, 3, 1), MotifAbsence.MALADIE_ORDINAIRE),
        "absence[S1 from 1899-03-02].from", "1900 to 2200");
  }

  private static List<Salarie> staff() {
    return List.of(Salarie.of("A", BORN, HIRED, BigDecimal.ONE, TypeContrat.CDI),
        Salarie.of("B", BORN, HIRED, BigDecimal.ONE, TypeContrat.CDI).leaving(LocalDate.of(2026, 6, 30)));
  }

  private static ThrowingCallable compute(List<Salarie> staff, Absence... absences) {
    return () -> DialogueEngine.indicateursPersonnel(Year.of(2026), staff, List.of(absences));
  }

  @Test
  void anAbsenceOutsideTheEmploymentPeriodIsRejectedNamingTheAbsence() {
    rejected(compute(staff(), Absence.of("B", LocalDate.of(2026, 6, 20), LocalDate.of(2026, 7, 2),
        MotifAbsence.MALADIE_ORDINAIRE)), "absence[B from 2026-06-20].to", "after the leave of B on 2026-06-30");
    rejected(compute(staff(), Absence.of("A", LocalDate.of(2019, 12, 20), LocalDate.of(2020, 1, 2),
        MotifAbsence.MALADIE_ORDINAIRE)), "absence[A from 2019-12-20].from", "before the hire of A on 2020-01-01");
    rejected(compute(staff(), Absence.of("Z", LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 22),
        MotifAbsence.MALADIE_ORDINAIRE)), "absence[Z from 2026-01-20].salarieId", "names no staff record");
  }

  @Test
  void overlappingAbsencesOfOneMemberAreRejectedButThoseOfTwoMembersAreNot() {
    Absence first = Absence.of("A", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), MotifAbsence.MALADIE_ORDINAIRE);
    Absence sameLastDay = Absence.of("A", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12),
        MotifAbsence.CONGES_SPECIAUX);
    rejected(compute(staff(), sameLastDay, first), "absence[A from 2026-03-10].from",
        "absences[0] overlaps absences[1] of A (2026-03-01 to 2026-03-10)");
    rejected(compute(staff(), first, first), "absence[A from 2026-03-01].from", "overlaps");
    Absence inside = Absence.of("A", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5), MotifAbsence.CONGES_SPECIAUX);
    Absence after = Absence.of("A", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 25), MotifAbsence.CONGES_SPECIAUX);
    rejected(compute(staff(), after, first, inside), "absence[A from 2026-03-04].from", "overlaps absences[1]");
    Absence nextDay = Absence.of("A", LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 12), MotifAbsence.CONGES_SPECIAUX);
    Absence otherMember = Absence.of("B", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10),
        MotifAbsence.MALADIE_ORDINAIRE);
    org.assertj.core.api.Assertions.assertThat(DialogueEngine.indicateursPersonnel(Year.of(2026), staff(),
        List.of(first, nextDay, otherMember)).totalAbsenceDays()).isEqualTo(22);
  }

  @Test
  void aSecondRecordWithTheSameIdIsRejected() {
    List<Salarie> twice = new ArrayList<>(staff());
    twice.add(Salarie.of("A", BORN, LocalDate.of(2024, 1, 1), BigDecimal.ONE, TypeContrat.CDD));
    rejected(compute(twice), "salarie[A].id", "salaries[2] has the id of salaries[0]");
  }

  @Test
  void oneBadRecordAmongGoodOnesStopsTheWholeComputation() {
    List<Salarie> many = new ArrayList<>();
    List<Absence> absences = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(Salarie.of("S" + i, BORN, HIRED, BigDecimal.ONE, TypeContrat.CDI));
      absences.add(Absence.of("S" + i, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 3), MotifAbsence.MALADIE_ORDINAIRE));
    }
    absences.add(Absence.of("S999", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4), MotifAbsence.CONGES_SPECIAUX));
    rejected(() -> DialogueEngine.indicateursPersonnel(Year.of(2026), many, absences),
        "absence[S999 from 2026-02-03].from", "overlaps");
  }

  @Test
  void theYearAndTheParametersAreChecked() {
    rejected(() -> DialogueEngine.indicateursPersonnel(Year.of(1900), staff(), List.of()), "year", "1901 to 2200");
    rejected(() -> DialogueEngine.indicateursPersonnel(Year.of(2201), staff(), List.of()), "year", "1901 to 2200");
    rejected(() -> ParametresPersonnel.defaults().withAgeBandStarts(List.of(30, 30)), "ageBandStarts[1]",
        "above the previous start");
    rejected(() -> ParametresPersonnel.defaults().withAgeBandStarts(List.of(0)), "ageBandStarts[0]", "from 1 to 150");
    rejected(() -> ParametresPersonnel.defaults().withAgeBandStarts(List.of(151)), "ageBandStarts[0]", "from 1 to 150");
    rejected(() -> ParametresPersonnel.defaults().withRotationContracts(java.util.Set.of()), "rotationContracts",
        "at least one");
    rejected(() -> PrestationsExternes.of(Amount.ZERO, Amount.ZERO, Amount.of("-1.00"), Amount.ZERO, Amount.ZERO,
        Amount.ZERO), "c621Direct", "must not be negative");
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    Salarie s = staff().get(0);
    Year y = Year.of(2026);
    List<ThrowingCallable> calls = List.of(
        () -> Salarie.of(null, BORN, HIRED, BigDecimal.ONE, TypeContrat.CDI),
        () -> Salarie.of("A", null, HIRED, BigDecimal.ONE, TypeContrat.CDI),
        () -> Salarie.of("A", BORN, null, BigDecimal.ONE, TypeContrat.CDI),
        () -> Salarie.of("A", BORN, HIRED, null, TypeContrat.CDI),
        () -> Salarie.of("A", BORN, HIRED, BigDecimal.ONE, null),
        () -> Salarie.remplacement("A", BORN, HIRED, BigDecimal.ONE, null),
        () -> s.leaving(null),
        () -> Absence.of(null, HIRED, HIRED, MotifAbsence.MALADIE_ORDINAIRE),
        () -> Absence.of("A", null, HIRED, MotifAbsence.MALADIE_ORDINAIRE),
        () -> Absence.of("A", HIRED, null, MotifAbsence.MALADIE_ORDINAIRE),
        () -> Absence.of("A", HIRED, HIRED, null),
        () -> DialogueEngine.indicateursPersonnel(null, staff(), List.of()),
        () -> DialogueEngine.indicateursPersonnel(y, null, List.of()),
        () -> DialogueEngine.indicateursPersonnel(y, staff(), null),
        () -> DialogueEngine.indicateursPersonnel(y, staff(), List.of(), null),
        () -> DialogueEngine.indicateursPersonnel(y, java.util.Arrays.asList(s, null), List.of()),
        () -> DialogueEngine.indicateursPersonnel(y, staff(), java.util.Arrays.asList((Absence) null)),
        () -> DialogueEngine.tauxPrestationsExternes(null),
        () -> ParametresPersonnel.defaults().withAbsenteeismDays(null),
        () -> ParametresPersonnel.defaults().withAgeBandStarts(java.util.Arrays.asList(25, null)),
        () -> PrestationsExternes.of(Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, null));
    for (ThrowingCallable c : calls) {
      assertThatThrownBy(c).isInstanceOf(NullPointerException.class).message().isNotBlank()
          .doesNotContain("because");
    }
  }
}
