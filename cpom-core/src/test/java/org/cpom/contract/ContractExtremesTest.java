package org.cpom.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cpom.Hostile;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.CapacityLine;
import org.cpom.referential.CapacityMode;
import org.cpom.referential.FinessNumber;
import org.cpom.referential.TariffAuthority;
import org.cpom.LegalBasis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** Extreme and malformed input for the contract and referential values, each through {@link Hostile}. */
class ContractExtremesTest {
  private static final String HUGE = "x".repeat(10_000_000);

  private static DynamicTest rejects(String name, Executable call) {
    return DynamicTest.dynamicTest(name, () -> Hostile.rejects(name, call));
  }

  @TestFactory
  Stream<DynamicTest> hostileInput() {
    List<DynamicTest> t = new ArrayList<>();
    for (LocalDate d : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1582, 10, 15), LocalDate.of(1899, 12, 31),
        LocalDate.of(2201, 1, 1), LocalDate.of(Year.MAX_VALUE, 6, 1), LocalDate.of(Year.MIN_VALUE, 1, 1))) {
      t.add(rejects("cpom starting " + d, () -> Fixtures.cpom().startDate(d).build()));
    }
    t.add(rejects("cpom ending after 2200", () -> Fixtures.cpom().startDate(LocalDate.of(2198, 1, 1)).build()));
    t.add(rejects("cpom of Integer.MAX_VALUE years", () -> Fixtures.cpom().durationYears(Integer.MAX_VALUE).build()));
    t.add(rejects("cpom max duration Integer.MAX_VALUE years", () -> Fixtures.cpom()
        .maximumDuration(MaximumDuration.of(Integer.MAX_VALUE, Integer.MAX_VALUE, LegalBasis.clause("x")))
        .durationYears(Integer.MAX_VALUE).extension(Period.ofMonths(Integer.MAX_VALUE)).build()));
    t.add(rejects("cpom extension Integer.MAX_VALUE years", () -> Fixtures.cpom()
        .extension(Period.ofYears(Integer.MAX_VALUE)).build()));
    t.add(rejects("avenant extension Integer.MAX_VALUE years", () -> Fixtures.cpom().addAvenants(Avenant.builder()
        .number(1).effectiveDate(LocalDate.of(2027, 1, 1)).subject("s").extension(Period.ofYears(Integer.MAX_VALUE))
        .build()).build()));
    for (LocalDate d : List.of(LocalDate.MIN, LocalDate.MAX)) {
      t.add(rejects("avenant effective " + d, () -> Fixtures.cpom().addAvenants(Avenant.builder().number(1)
          .effectiveDate(d).subject("s").extension(Period.ofYears(1)).build()).build()));
      t.add(rejects("step due " + d, () -> Fixtures.cpom().addFichesActions(Fixtures.fa1().id("FA9")
          .addSteps(Step.of("late", d)).build()).build()));
    }
    t.add(rejects("avenant number Integer.MIN_VALUE", () -> Avenant.builder().number(Integer.MIN_VALUE)
        .effectiveDate(LocalDate.of(2027, 1, 1)).subject("s").extension(Period.ofYears(1)).build()));
    t.add(rejects("cpom id of 10 MB", () -> Fixtures.cpom().id(HUGE).build()));
    t.add(rejects("cpom name of 10 MB", () -> Fixtures.cpom().name(HUGE).build()));
    t.add(rejects("cpom name with ESC", () -> Fixtures.cpom().name("CPOM\u001B[2J").build()));
    t.add(rejects("cpom name with NUL", () -> Fixtures.cpom().name("CPOM\u0000").build()));
    t.add(rejects("cpom name of no-break spaces", () -> Fixtures.cpom().name("\u00A0\u202F").build()));
    t.add(rejects("objective title of 10 MB", () -> Objective.of("OS9", HUGE)));
    t.add(rejects("step label with BEL", () -> Step.of("a\u0007", LocalDate.of(2025, 1, 1))));
    t.add(rejects("means label of 10 MB", () -> Means.of(HUGE, Amount.of("1.00"), FundingWay.REDEPLOYMENT)));
    t.add(rejects("FINESS of 10 MB", () -> FinessNumber.of(HUGE)));
    t.add(rejects("authority of 10 MB", () -> TariffAuthority.ars(HUGE)));
    t.add(rejects("authority with ESC", () -> TariffAuthority.ars("Auvergne\u001BRhône")));
    t.add(rejects("capacity Integer.MAX_VALUE days", () -> CapacityLine.of(CapacityMode.INTERNAT, 30, 30, Integer.MAX_VALUE)));
    t.add(rejects("capacity Integer.MIN_VALUE places", () -> CapacityLine.of(CapacityMode.INTERNAT, Integer.MIN_VALUE, 30, 365)));
    t.add(rejects("indicator baseline 1E+1000000", () -> Indicator.builder().from(Fixtures.creton())
        .baseline(new BigDecimal("1E+1000000")).build()));
    t.add(rejects("indicator target 1E-1000000", () -> Indicator.builder().id("I").label("l")
        .baseline(BigDecimal.ZERO).putTargets(1, new BigDecimal("1E-1000000")).build()));
    t.add(rejects("achievement of 1E+1000000", () -> Fixtures.creton().achievement(1, new BigDecimal("1E+1000000"))));
    t.add(rejects("achievement of 1E-1000000", () -> Fixtures.creton().achievement(1, new BigDecimal("1E-1000000"))));
    t.add(rejects("meets with 1E+999999999", () -> Fixtures.creton().meets(new BigDecimal("1E+999999999"), BigDecimal.ONE)));
    t.add(rejects("modulation objective 1E-1000000", () -> ModulationClause.occupancy(Fixtures.IME.finess(),
        Rate.ofFraction(new BigDecimal("1E-1000000")), LegalBasis.clause("art. 7"))));
    t.add(rejects("modulation objective 1E+999999999", () -> ModulationClause.builder().from(ModulationClause.occupancy(
        Fixtures.IME.finess(), Rate.ofPercent("90"), LegalBasis.clause("art. 7"))).objective(new BigDecimal("1E+999999999")).build()));
    t.add(rejects("follow-up observed 1E+1000000", () -> FollowUp.builder().ficheAction("FA1").year(1)
        .status(ActionStatus.values()[0]).putObserved("I1", new BigDecimal("1E+1000000")).build()));
    t.add(rejects("fiche-action costs beyond an amount", () -> Fixtures.fa1()
        .addMeans(Means.of("a", Amount.ofCents(Long.MAX_VALUE), FundingWay.REDEPLOYMENT)).build()));
    t.add(rejects("contract year 0", () -> Fixtures.cpom().build().contractYear(0)));
    t.add(rejects("contract year Integer.MAX_VALUE", () -> Fixtures.cpom().build().contractYear(Integer.MAX_VALUE)));
    t.add(rejects("follow-up year Integer.MAX_VALUE", () -> GrilleAvancement.from(Fixtures.cpom().build(),
        List.of(FollowUp.builder().ficheAction("FA1").year(Integer.MAX_VALUE).status(ActionStatus.values()[0]).build()))));
    return t.stream();
  }

  /** A query at an extreme either answers or is a cpom rejection naming a field: nothing else escapes. */
  private static DynamicTest answersOrRejects(String name, java.util.concurrent.Callable<?> call) {
    return DynamicTest.dynamicTest(name, () -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Hostile.LIMIT,
        () -> {
          try {
            assertThat(String.valueOf(call.call())).as(name).isNotNull();
          } catch (org.cpom.CpomValidationException e) {
            assertThat(e.field()).as(name).isNotBlank();
            assertThat(e.getMessage().length()).as(name).isLessThanOrEqualTo(Hostile.MAX_MESSAGE);
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> queriesAtTheExtremes() {
    Cpom c = Fixtures.cpom().addAvenants(Avenant.builder().number(1).effectiveDate(LocalDate.of(2027, 1, 1))
        .subject("Sixth year").extension(Period.ofYears(1)).build()).build();
    List<FollowUp> followUps = List.of(FollowUp.builder().ficheAction("FA1").year(1).status(ActionStatus.values()[0])
        .putStepsCompleted("Partnership agreement", LocalDate.MIN).build());
    List<DynamicTest> t = new ArrayList<>();
    for (LocalDate d : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1582, 1, 1))) {
      t.add(answersOrRejects("asOf " + d, () -> c.asOf(d).milestones()));
      t.add(answersOrRejects("contains " + d, () -> c.contains(d)));
      t.add(answersOrRejects("contractYearOf " + d, () -> c.contractYearOf(d)));
      t.add(answersOrRejects("contract year 1 contains " + d, () -> c.contractYear(1).contains(d)));
      t.add(answersOrRejects("late steps on " + d, () -> GrilleAvancement.lateSteps(c, followUps, d)));
      t.add(answersOrRejects("step due " + d, () -> Step.of("s", d)));
      t.add(answersOrRejects("milestone on " + d, () -> Milestone.of(Milestone.Kind.START, d, LegalBasis.casf("L313-11"))));
    }
    t.add(answersOrRejects("grille with a step completed on LocalDate.MIN", () -> GrilleAvancement.from(c, followUps)));
    t.add(answersOrRejects("contract year Integer.MIN_VALUE", () -> c.contractYear(Integer.MIN_VALUE)));
    t.add(answersOrRejects("grille cell Integer.MAX_VALUE", () -> GrilleAvancement.from(c, followUps).cell("FA1", Integer.MAX_VALUE)));
    t.add(answersOrRejects("target Integer.MIN_VALUE", () -> Fixtures.creton().target(Integer.MIN_VALUE)));
    t.add(answersOrRejects("max duration Integer.MAX_VALUE", () -> MaximumDuration.of(Integer.MAX_VALUE, Integer.MAX_VALUE,
        LegalBasis.clause("x"))));
    t.add(answersOrRejects("max duration Integer.MIN_VALUE", () -> MaximumDuration.of(Integer.MIN_VALUE, Integer.MIN_VALUE,
        LegalBasis.clause("x"))));
    t.add(answersOrRejects("people supported Long.MAX_VALUE", () -> ModulationClause.peopleSupported(Fixtures.IME.finess(),
        Long.MAX_VALUE, LegalBasis.clause("x"))));
    t.add(answersOrRejects("services delivered Long.MIN_VALUE", () -> ModulationClause.servicesDelivered(Fixtures.IME.finess(),
        Long.MIN_VALUE, LegalBasis.clause("x"))));
    t.add(answersOrRejects("modulation step of 10^15 %", () -> ModulationStep.of(Rate.ofPercent("1000000000000000"),
        Rate.ofPercent("1000000000000000"))));
    return t.stream();
  }

  @Test
  void aContractAtTheBoundsBuildsAndIsUsable() {
    Cpom first = Fixtures.cpom().startDate(LocalDate.of(1900, 1, 1)).fichesActions(List.of()).build();
    assertThat(first.milestones()).isNotEmpty();
    assertThat(first.toString()).isNotEmpty();
    Cpom last = Fixtures.cpom().startDate(LocalDate.of(2196, 1, 1)).fichesActions(List.of()).build();
    assertThat(last.endDate()).isEqualTo(LocalDate.of(2200, 12, 31));
    assertThat(last.contractYears()).hasSize(5);
    assertThat(Fixtures.creton().achievement(Integer.MIN_VALUE, BigDecimal.ONE)).isEmpty();
  }

  /** A BigDecimal that holds 5 but compares as it likes. */
  static final class Disguised extends BigDecimal {
    private static final long serialVersionUID = 1L;

    Disguised() {
      super("5");
    }

    @Override
    public int compareTo(BigDecimal other) {
      // always "greater": a worse target of a higher-is-better indicator would pass the side check
      return 1;
    }
  }

  @Test
  void decimalsOfASubclassAreKeptAsPlainBigDecimals() {
    // lower is better from 9: a target of 5 is on the better side once the subclass no longer compares
    Indicator i = Indicator.builder().from(Fixtures.creton()).putTargets(6, new Disguised()).build();
    assertThat(i.targets().get(6)).isExactlyInstanceOf(BigDecimal.class).isEqualByComparingTo("5");
    // a higher-is-better indicator cannot be given a worse target through a subclass
    Indicator.Builder worse = Indicator.builder().id("I").label("l").baseline(new BigDecimal("9"))
        .putTargets(1, new Disguised());
    Hostile.rejects("worse target of a subclass", worse::build);
    FollowUp f = FollowUp.builder().ficheAction("FA1").year(1).status(ActionStatus.values()[0])
        .putObserved("I1", new Disguised()).build();
    assertThat(f.observed().get("I1")).isExactlyInstanceOf(BigDecimal.class);
    ModulationClause m = ModulationClause.builder().from(ModulationClause.peopleSupported(Fixtures.IME.finess(), 10,
        LegalBasis.clause("art. 7"))).objective(new Disguised()).build();
    assertThat(m.objective()).isExactlyInstanceOf(BigDecimal.class).isEqualByComparingTo("5");
    assertThat(Fixtures.creton().achievement(1, new Disguised())).contains(Rate.ratio(new BigDecimal("-4"),
        new BigDecimal("-1"), Indicator.PRECISION, java.math.RoundingMode.HALF_UP));
  }

  @Test
  void distinctContractYearsHashDifferently() {
    Cpom c = Fixtures.cpom().build();
    assertThat(c.contractYears()).extracting(ContractYear::hashCode).doesNotHaveDuplicates();
  }
}
