package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.contract.Fixtures.cpom;
import static org.cpom.contract.Rejections.rejects;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.Test;

class MilestoneTest {

  static Cpom contract(LocalDate start, int years) {
    // No fiche-action: its fixed dates would fall outside shifted periods.
    return cpom().startDate(start).durationYears(years).fichesActions(List.of()).build();
  }

  static List<String> milestones(Cpom c) {
    return c.milestones().stream().map(m -> m.kind() + " " + m.date()).collect(Collectors.toList());
  }

  @Test
  void fiveYearsFromFirstJanuary2025() {
    Cpom c = contract(LocalDate.of(2025, 1, 1), 5);
    assertThat(c.contractYears()).extracting(ContractYear::toString).containsExactly(
        "year 1 (2025-01-01 to 2025-12-31)",
        "year 2 (2026-01-01 to 2026-12-31)",
        "year 3 (2027-01-01 to 2027-12-31)",
        "year 4 (2028-01-01 to 2028-12-31)",
        "year 5 (2029-01-01 to 2029-12-31)");
    assertThat(c.contractYears()).allMatch(ContractYear::isCalendarYear);
    assertThat(c.contractYear(4).lengthInDays()).isEqualTo(366); // 2028 is a leap year
    assertThat(milestones(c)).containsExactly(
        "START 2025-01-01",
        "MID_TERM_REVIEW 2027-12-31",
        "FINAL_EVALUATION 2029-06-30",
        "RENEGOTIATION_DEADLINE 2029-06-30",
        "EXPIRY 2029-12-31");
    assertThat(c.milestone(Milestone.Kind.MID_TERM_REVIEW).orElseThrow().basis()).isEqualTo(Milestone.ARRETE_3_MARS_2017);
    assertThat(c.milestone(Milestone.Kind.FINAL_EVALUATION).orElseThrow().basis().text()).contains("arrêté du 3 mars 2017");
    assertThat(c.milestone(Milestone.Kind.RENEGOTIATION_DEADLINE).orElseThrow().basis().text()).contains("arrêté du 3 mars 2017");
    assertThat(c.milestone(Milestone.Kind.EXPIRY).orElseThrow().basis().text()).isEqualTo("CASF L313-11");
    assertThat(c.milestone(Milestone.Kind.START).orElseThrow().basis().text()).isEqualTo("CASF L313-11");
    assertThat(c.milestone(Milestone.Kind.START).orElseThrow().toString()).isEqualTo("2025-01-01 START (CASF L313-11)");
    assertThat(Milestone.Kind.MID_TERM_REVIEW.description()).contains("Comité de suivi");
  }

  @Test
  void theStartAndExpiryOfAnL313_12_2ContractCiteItsMaximumDurationNotL313_11() {
    // the duration of an IV ter or L313-12-2 contract is set by the arrêté of 3 March 2017, not by L313-11
    Cpom c = Fixtures.arsCpom().fichesActions(List.of()).build();
    assertThat(c.milestone(Milestone.Kind.START).orElseThrow().basis()).isEqualTo(Milestone.ARRETE_3_MARS_2017);
    assertThat(c.milestone(Milestone.Kind.EXPIRY).orElseThrow().basis()).isEqualTo(Milestone.ARRETE_3_MARS_2017);
    rejects(() -> c.contractYear(6), "contractYear", Milestone.ARRETE_3_MARS_2017);
    // a maximum the caller gives is the one cited
    org.cpom.LegalBasis own = org.cpom.LegalBasis.clause("art. 2 (durée)");
    Cpom seven = Fixtures.arsCpom().fichesActions(List.of()).durationYears(7)
        .maximumDuration(MaximumDuration.of(7, 0, own)).build();
    assertThat(seven.milestone(Milestone.Kind.EXPIRY).orElseThrow().basis()).isEqualTo(own);
    assertThat(seven.milestone(Milestone.Kind.EXPIRY).orElseThrow().date()).isEqualTo(LocalDate.of(2031, 12, 31));
  }

  @Test
  void fiveYearsFromFirstJuly2025() {
    Cpom c = contract(LocalDate.of(2025, 7, 1), 5);
    assertThat(c.contractYears()).extracting(ContractYear::toString).containsExactly(
        "year 1 (2025-07-01 to 2026-06-30)",
        "year 2 (2026-07-01 to 2027-06-30)",
        "year 3 (2027-07-01 to 2028-06-30)",
        "year 4 (2028-07-01 to 2029-06-30)",
        "year 5 (2029-07-01 to 2030-06-30)");
    assertThat(c.contractYears()).noneMatch(ContractYear::isCalendarYear);
    assertThat(milestones(c)).containsExactly(
        "START 2025-07-01",
        "MID_TERM_REVIEW 2028-06-30",
        "FINAL_EVALUATION 2029-12-31",
        "RENEGOTIATION_DEADLINE 2029-12-31",
        "EXPIRY 2030-06-30");
    assertThat(c.contractYearOf(LocalDate.of(2026, 6, 30))).map(ContractYear::number).contains(1);
    assertThat(c.contractYearOf(LocalDate.of(2026, 7, 1))).map(ContractYear::number).contains(2);
    assertThat(c.contractYearOf(LocalDate.of(2025, 6, 30))).isEmpty();
    assertThat(c.contractYearOf(LocalDate.of(2030, 7, 1))).isEmpty();
  }

  @Test
  void fiveYearsFrom29February2028() {
    Cpom c = contract(LocalDate.of(2028, 2, 29), 5);
    // Anniversaries from the start each time: 28 February in common years, 29 February again in 2032.
    assertThat(c.contractYears()).extracting(ContractYear::toString).containsExactly(
        "year 1 (2028-02-29 to 2029-02-27)",
        "year 2 (2029-02-28 to 2030-02-27)",
        "year 3 (2030-02-28 to 2031-02-27)",
        "year 4 (2031-02-28 to 2032-02-28)",
        "year 5 (2032-02-29 to 2033-02-27)");
    assertThat(c.contractYears()).extracting(ContractYear::lengthInDays).containsExactly(365L, 365L, 365L, 366L, 365L);
    // Expiry: the day before 28 Feb 2033; renegotiation: 28 Feb 2033 - 6 months = 28 Aug 2032, minus one day.
    assertThat(milestones(c)).containsExactly(
        "START 2028-02-29",
        "MID_TERM_REVIEW 2031-02-27",
        "FINAL_EVALUATION 2032-08-27",
        "RENEGOTIATION_DEADLINE 2032-08-27",
        "EXPIRY 2033-02-27");
  }

  @Test
  void anExtensionAddsAYearAndMovesTheEndMilestones() {
    Cpom c = cpom().extension(Period.ofYears(1)).build();
    assertThat(c.contractYears()).hasSize(6);
    assertThat(c.contractYear(6).toString()).isEqualTo("year 6 (2030-01-01 to 2030-12-31)");
    assertThat(milestones(c)).containsExactly(
        "START 2025-01-01",
        "MID_TERM_REVIEW 2027-12-31",
        "FINAL_EVALUATION 2030-06-30",
        "RENEGOTIATION_DEADLINE 2030-06-30",
        "EXPIRY 2030-12-31");

    Cpom half = cpom().extension(Period.ofMonths(6)).build();
    assertThat(half.contractYear(6).toString()).isEqualTo("year 6 (2030-01-01 to 2030-06-30)");
    assertThat(half.contractYear(6).lengthInDays()).isEqualTo(181);
    assertThat(half.contractYear(6).isCalendarYear()).isFalse();
    assertThat(half.milestone(Milestone.Kind.RENEGOTIATION_DEADLINE).orElseThrow().date()).isEqualTo(LocalDate.of(2029, 12, 31));
  }

  @Test
  void shortContractsHaveNoSeparateMidTermReview() {
    assertThat(milestones(contract(LocalDate.of(2025, 1, 1), 3))).containsExactly(
        "START 2025-01-01", "FINAL_EVALUATION 2027-06-30", "RENEGOTIATION_DEADLINE 2027-06-30", "EXPIRY 2027-12-31");
    assertThat(milestones(contract(LocalDate.of(2025, 1, 1), 4))).containsExactly(
        "START 2025-01-01", "MID_TERM_REVIEW 2027-12-31", "FINAL_EVALUATION 2028-06-30",
        "RENEGOTIATION_DEADLINE 2028-06-30", "EXPIRY 2028-12-31");
    assertThat(milestones(contract(LocalDate.of(2025, 1, 1), 1))).containsExactly(
        "START 2025-01-01", "FINAL_EVALUATION 2025-06-30", "RENEGOTIATION_DEADLINE 2025-06-30", "EXPIRY 2025-12-31");
    assertThat(contract(LocalDate.of(2025, 1, 1), 3).milestone(Milestone.Kind.MID_TERM_REVIEW)).isEmpty();
  }

  @Test
  void contractYearsAreValues() {
    Cpom c = contract(LocalDate.of(2025, 1, 1), 5);
    Cpom same = contract(LocalDate.of(2025, 1, 1), 5);
    Cpom july = contract(LocalDate.of(2025, 7, 1), 5);
    assertThat(c.contractYear(2)).isEqualTo(same.contractYear(2)).hasSameHashCodeAs(same.contractYear(2));
    assertThat(c.contractYear(2)).isNotEqualTo(c.contractYear(3)).isNotEqualTo(july.contractYear(2)).isNotEqualTo("year 2");
    assertThat(c.contractYear(1)).isNotEqualTo(july.contractYear(1));
    Cpom half = cpom().extension(Period.ofMonths(6)).build();
    assertThat(half.contractYear(6)).isNotEqualTo(cpom().extension(Period.ofYears(1)).build().contractYear(6));
    assertThat(c.contractYear(2).compareTo(c.contractYear(3))).isNegative();
    assertThat(c.contractYear(3).compareTo(c.contractYear(2))).isPositive();
    assertThat(c.contractYear(3).compareTo(july.contractYear(3))).isZero();
  }

  @Test
  void contractYearsOutsideThePeriodAreRejected() {
    Cpom c = contract(LocalDate.of(2025, 1, 1), 5);
    rejects(() -> c.contractYear(0), "contractYear", LegalBasis.casf("L313-11"));
    rejects(() -> c.contractYear(6), "contractYear", LegalBasis.casf("L313-11"));
    assertThat(c.contractYear(5).endDate()).isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(c.contractYear(1).startDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(c.contains(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(c.contains(LocalDate.of(2029, 12, 31))).isTrue();
    assertThat(c.contains(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(c.contains(LocalDate.of(2030, 1, 1))).isFalse();
  }

  @Test
  void contractYearsTileThePeriodAndMilestonesAreOrderedInsideIt() {
    LocalDate epoch = LocalDate.of(2020, 1, 1);
    qt().withFixedSeed(20250101L).withExamples(2_000)
        .forAll(integers().between(0, 3650), integers().between(1, 5), integers().between(0, 12))
        .checkAssert((offset, years, extensionMonths) -> {
          Cpom.Builder b = cpom().startDate(epoch.plusDays(offset)).durationYears(years).fichesActions(List.of());
          if (extensionMonths > 0) {
            b.extension(Period.ofMonths(extensionMonths));
          }
          Cpom c = b.build();
          List<ContractYear> ys = c.contractYears();
          assertThat(ys).hasSize(years + (extensionMonths > 0 ? 1 : 0));
          assertThat(ys.get(0).startDate()).isEqualTo(c.startDate());
          assertThat(ys.get(ys.size() - 1).endDate()).isEqualTo(c.endDate());
          for (int i = 1; i < ys.size(); i++) {
            assertThat(ys.get(i).startDate()).isEqualTo(ys.get(i - 1).endDate().plusDays(1));
            assertThat(ys.get(i).number()).isEqualTo(i + 1);
          }
          for (int i = 0; i < years; i++) {
            assertThat(ys.get(i).lengthInDays()).isBetween(365L, 366L);
          }
          assertThat(c.endDate()).isEqualTo(c.startDate().plusMonths(12L * years + extensionMonths).minusDays(1));
          List<Milestone> ms = c.milestones();
          for (int i = 1; i < ms.size(); i++) {
            assertThat(ms.get(i).date()).isAfterOrEqualTo(ms.get(i - 1).date());
          }
          assertThat(ms).allMatch(m -> c.contains(m.date()));
          // Six months before the day after expiry, give or take the clamping of month ends.
          assertThat(c.milestone(Milestone.Kind.RENEGOTIATION_DEADLINE).orElseThrow().date().plusDays(1).plusMonths(6))
              .isBetween(c.endDate().minusDays(2), c.endDate().plusDays(1));
        });
  }
}
