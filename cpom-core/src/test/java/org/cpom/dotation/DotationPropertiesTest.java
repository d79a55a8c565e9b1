package org.cpom.dotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.dotation.DgcFixtures.A;
import static org.cpom.dotation.DgcFixtures.B;
import static org.cpom.dotation.DgcFixtures.C;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cpom.activity.ActivityRecord;
import org.cpom.activity.ActivityModulation;
import org.cpom.activity.PhModulation;
import org.cpom.activity.UnmodulatedPart;
import org.cpom.activity.Waiver;
import org.cpom.contract.AbatementBase;
import org.cpom.contract.ResolvedDgc;
import org.cpom.contract.ModulationClause;
import org.cpom.contract.ModulationCombination;
import org.cpom.contract.ModulationIndicator;
import org.cpom.contract.ModulationStep;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;
import org.cpom.LegalBasis;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** Seeded properties: every split and every trace sums exactly; DMs keep the total. */
class DotationPropertiesTest {
  static final List<FinessNumber> ESMS = List.of(A, B, C);
  static final ResolvedDgc DGC = DgcFixtures.rateDgc();
  static final LegalBasis BASIS = LegalBasis.given("test");

  static Amount sum(Trace t) {
    return Amount.total(t.steps().stream().map(TraceStep::amount).toList());
  }

  /** A random year: bases up to 10 M EUR (some zero), rates -2 % to +5 %, mesures nouvelles, CNR, DMs. */
  static DgcDotation randomYear(long seed) {
    return draw(seed).result();
  }

  /** A random year's input and its result. */
  record Drawn(DgcYear input, DgcDotation result) {}

  static Drawn draw(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Map<FinessNumber, Amount> bases = new LinkedHashMap<>();
    int year = 2024 + rnd.nextInt(5);
    DgcYear.Builder y = DgcYear.builder().year(Year.of(year)).prorata(rnd.nextBoolean() ? ProrataMethod.DAYS : ProrataMethod.WHOLE_MONTHS);
    for (FinessNumber f : ESMS) {
      bases.put(f, rnd.nextInt(5) == 0 ? Amount.ZERO : Amount.ofCents(rnd.nextLong(1_000_000_000L)));
      EsmsYear.Builder e = EsmsYear.builder().esms(f)
          .actualisation(Actualisation.campaignRate(Rate.ofPercent(java.math.BigDecimal.valueOf(rnd.nextInt(-200, 500), 2))));
      for (int i = rnd.nextInt(3); i > 0; i--) {
        e.addMesuresNouvelles(MesureNouvelle.of("mn", Amount.ofCents(rnd.nextLong(10_000_000L)),
            Year.of(year).atDay(1 + rnd.nextInt(Year.of(year).length())), BASIS));
      }
      for (int i = rnd.nextInt(2); i > 0; i--) {
        e.addCnr(Cnr.of("cnr", Amount.ofCents(rnd.nextLong(5_000_000L)), BASIS));
      }
      if (rnd.nextBoolean()) {
        // an occupancy objective of 80 % to 100 % against 50 % to 110 % observed, by one of the contract's
        // modalities, sometimes with people supported as a second indicator and a combination rule
        long theoretical = 1 + rnd.nextLong(50_000L);
        long people = rnd.nextInt(250);
        ActivityRecord last = ActivityRecord.builder().esms(f).year(Year.of(year - 1 - rnd.nextInt(2)))
            .theoreticalDays(theoretical).daysProvided(theoretical * (50 + rnd.nextInt(61)) / 100 + rnd.nextInt(3))
            .peopleSupported(people).build();
        ModulationCombination rule = ModulationCombination.values()[rnd.nextInt(3)];
        AbatementBase on = rnd.nextInt(3) == 0 ? AbatementBase.NOTIFIED_DOTATION : AbatementBase.PERENNIAL_PART;
        boolean reduces = on == AbatementBase.PERENNIAL_PART && rnd.nextInt(4) == 0;
        ModulationClause clause = modality(rnd, ModulationClause.builder().esms(f).indicator(ModulationIndicator.OCCUPANCY_RATE)
            .objective(BigDecimal.valueOf(80 + rnd.nextInt(21), 2))).combination(rule).abatementBase(on)
            .reducesBase(reduces).clause(LegalBasis.clause("art. 7")).build();
        PhModulation.Builder m = PhModulation.builder().clause(clause).addActivity(last);
        if (rnd.nextInt(3) == 0) {
          m.addClauses(modality(rnd, ModulationClause.builder().esms(f).indicator(ModulationIndicator.PEOPLE_SUPPORTED)
              .objective(BigDecimal.valueOf(50 + rnd.nextInt(151)))).combination(rule).abatementBase(on)
              .reducesBase(reduces).weight(BigDecimal.valueOf(1 + rnd.nextInt(5))).clause(LegalBasis.clause("art. 7"))
              .build());
        }
        if (rnd.nextInt(5) == 0) {
          m.waiver(Waiver.partial(Rate.ofPercent(BigDecimal.valueOf(1 + rnd.nextInt(100))), "circumstances"));
        }
        e.modulation(m.build());
        if (rnd.nextInt(4) == 0) {
          // at most half the base, below any perennial part since the rates are -2 % or more
          e.addUnmodulatedParts(UnmodulatedPart.of("left out", Amount.ofCents(bases.get(f).cents() / 2), BASIS));
        }
      }
      for (int i = rnd.nextInt(2); i > 0; i--) {
        e.addAdjustments(Adjustment.of("adjustment", Amount.ofCents(rnd.nextLong(1_000_000L)), BASIS));
      }
      y.addEsms(e.build());
    }
    if (rnd.nextBoolean() && bases.values().stream().anyMatch(Amount::isPositive)) {
      y.notifiedTotal(Amount.ofCents(rnd.nextLong(3_000_000_000L)));
    }
    DgcDotation first = DotationEngine.compute(DGC, y.build(), bases);
    // DMs drawn so that no share and no next base goes negative (a permanent re-split moves the base too)
    Map<FinessNumber, Amount> shares = new LinkedHashMap<>(first.provisionalSplit().shares());
    Map<FinessNumber, Amount> next = new LinkedHashMap<>(first.nextBases());
    int dms = rnd.nextInt(4);
    for (int k = 0; k < dms; k++) {
      FinessNumber from = ESMS.get(rnd.nextInt(3));
      FinessNumber to = ESMS.get((ESMS.indexOf(from) + 1 + rnd.nextInt(2)) % 3);
      long available = Math.min(shares.get(from).cents(), next.get(from).cents());
      if (available <= 0) {
        continue;
      }
      Amount moved = Amount.ofCents(1 + rnd.nextLong(available));
      shares.put(from, shares.get(from).minus(moved));
      shares.put(to, shares.get(to).plus(moved));
      next.put(from, next.get(from).minus(moved));
      next.put(to, next.get(to).plus(moved));
      LocalDate d = Year.of(year).atDay(1).plusDays(30L * k);
      y.addDecisionsModificatives(DecisionModificative.builder().reference("DM " + k).submitted(d).status(DmStatus.APPROVED)
          .decisionDate(d).addTransfers(DmTransfer.of(from, to, moved)).build());
    }
    DgcYear input = y.build();
    return new Drawn(input, DotationEngine.compute(DGC, input, bases));
  }

  /** One of the contract's modalities: coefficient, franchise, steps, any of them sometimes capped in euros. */
  static ModulationClause.Builder modality(SplittableRandom rnd, ModulationClause.Builder b) {
    switch (rnd.nextInt(3)) {
      case 0:
        b.coefficient(BigDecimal.valueOf(1 + rnd.nextInt(50), 2));
        break;
      case 1:
        b.franchise(Rate.ofPercent(BigDecimal.valueOf(rnd.nextInt(600), 2))).coefficient(BigDecimal.valueOf(1 + rnd.nextInt(50), 2));
        break;
      default:
        // steps from a gap of g to at most g / 2
        int from = 0;
        for (int i = 1 + rnd.nextInt(3); i > 0; i--) {
          from += 1 + rnd.nextInt(800);
          b.addSteps(ModulationStep.of(Rate.ofPercent(BigDecimal.valueOf(from, 2)),
              Rate.ofPercent(BigDecimal.valueOf(1 + rnd.nextInt(from / 2 + 1), 2).min(BigDecimal.valueOf(from, 2).divide(BigDecimal.valueOf(2))))));
        }
    }
    if (rnd.nextInt(4) == 0) {
      b.euroCap(Amount.ofCents(1 + rnd.nextLong(20_000_000L)));
    }
    return b;
  }

  /** Half the largest gap of the clauses, from the inputs (R314-43-2 III), zero when activity meets them all. */
  static BigDecimal halfTheLargestGap(PhModulation m) {
    ActivityRecord r = m.activity().get(0);
    BigDecimal largest = BigDecimal.ZERO;
    for (ModulationClause c : m.clauses()) {
      BigDecimal gap = c.indicator().isCount()
          ? c.objective().subtract(BigDecimal.valueOf(r.peopleSupported().getAsLong()))
              .divide(c.objective(), 30, java.math.RoundingMode.UP)
          : c.objective().subtract(BigDecimal.valueOf(r.daysProvided())
              .divide(BigDecimal.valueOf(r.theoreticalDays()), 30, java.math.RoundingMode.DOWN));
      largest = largest.max(gap);
    }
    return largest.divide(BigDecimal.valueOf(2));
  }

  /** Plain checks: AssertJ costs too much per example over 10,000 examples. */
  static void same(Object expected, Object actual, String what) {
    if (!expected.equals(actual)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }

  static void isTrue(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  @Test
  void everySplitSumsExactlyAndDmsKeepTheTotal() {
    qt().withFixedSeed(20250101L).withExamples(org.cpom.Conservation.cases(10_000)).forAll(longs().all()).checkAssert(seed -> {
      DgcDotation r = randomYear(seed);
      Amount total = r.total();
      for (DgcSplit s : r.splits()) {
        same(total, Amount.total(s.shares().values()), "shares of " + s.origin());
        same(total, s.total(), "total of " + s.origin());
        s.shares().values().forEach(a -> isTrue(!a.isNegative(), "negative share in " + s));
      }
      same(total, sum(r.provisionalSplit().trace()), "provisional split trace");
      for (int i = 1; i < r.splits().size(); i++) {
        same(Amount.ZERO, sum(r.splits().get(i).trace()), "DM trace");
      }
      if (r.computedTotal().equals(total)) {
        for (EsmsDotation d : r.esms()) {
          same(d.amount(), r.provisionalSplit().share(d.esms()), "proportional share equals computed amount");
        }
      }
    });
    assertThat(randomYear(20250101L).splits()).isNotEmpty();
  }

  @Test
  void everyTraceSumsToItsAmountAndCnrNeverEntersTheBase() {
    qt().withFixedSeed(777L).withExamples(org.cpom.Conservation.cases(10_000)).forAll(longs().all()).checkAssert(seed -> {
      Drawn drawn = draw(seed);
      DgcDotation r = drawn.result();
      Map<FinessNumber, EsmsYear> inputs = new java.util.HashMap<>();
      drawn.input().esms().forEach(e -> inputs.put(e.esms(), e));
      same(r.computedTotal(), sum(r.trace()), "DGC trace");
      Amount moved = Amount.ZERO;
      for (EsmsDotation d : r.esms()) {
        same(d.amount(), sum(d.trace()), "ESMS trace");
        same(d.nextBase(), sum(d.nextBaseTrace()), "next base trace");
        Amount perennial = d.updatedBase().plus(d.mesuresNouvelles());
        Amount modulation = d.modulation().map(ActivityModulation::adjustment).orElse(Amount.ZERO);
        same(perennial.plus(d.cnr()).plus(modulation).plus(d.adjustments()), d.amount(), "amount in the order of the dotation engine");
        Amount carried = Amount.ZERO;
        if (d.modulation().isPresent()) {
          ActivityModulation m = d.modulation().get();
          // on the perennial part, or the notified dotation when the contract says so, less the parts left out;
          // a reduction of at most half the largest gap, whatever the modality and the combination rule
          PhModulation in = (PhModulation) inputs.get(d.esms()).modulation().orElseThrow();
          Amount whole = in.clause().abatementBase() == AbatementBase.NOTIFIED_DOTATION ? perennial.plus(d.cnr()) : perennial;
          Amount leftOut = Amount.total(m.unmodulated().stream().map(UnmodulatedPart::amount).toList());
          same(whole.minus(leftOut), m.base(), "modulation base");
          isTrue(!modulation.isPositive(), "a PH modulation raised the dotation: " + m);
          Amount cap = m.base().multipliedBy(halfTheLargestGap(in), java.math.RoundingMode.UP);
          isTrue(!modulation.abs().isGreaterThan(cap), "modulation " + modulation + " above half the gap " + cap);
          // the ceiling is reported to 12 digits; rounded up, it bounds the amount rounded once from the exact gap
          Amount reported = m.base().multipliedBy(m.ceiling(), java.math.RoundingMode.UP);
          isTrue(!modulation.abs().isGreaterThan(reported), "modulation " + modulation + " above the ceiling " + reported);
          if (in.clauses().size() == 1 && in.clause().euroCap().isPresent()) {
            isTrue(!modulation.abs().isGreaterThan(in.clause().euroCap().get()), "modulation above the cap in euros");
          }
          carried = m.persistsInBase() ? modulation : Amount.ZERO;
        }
        moved = moved.plus(d.nextBase().minus(d.updatedBase()).minus(d.mesuresNouvellesFullYear()).minus(carried));
        isTrue(!d.mesuresNouvelles().isGreaterThan(d.mesuresNouvellesFullYear()), "prorata above full year");
        same(d.nextBase(), r.nextBases().get(d.esms()), "next bases");
      }
      // permanent re-splits only move bases between ESMS, and CNR never enter them: the moves sum to zero
      same(Amount.ZERO, moved, "base moves");
      // every step names its article, the contract clause, or the basis the caller gave
      List<Trace> traces = new java.util.ArrayList<>(List.of(r.trace()));
      r.splits().forEach(sp -> traces.add(sp.trace()));
      r.esms().forEach(d -> traces.addAll(List.of(d.trace(), d.nextBaseTrace())));
      for (Trace t : traces) {
        for (TraceStep step : t.steps()) {
          String basis = step.basis().text();
          isTrue(basis.startsWith("CASF R314-") || basis.equals("CPOM clause art. 7") || basis.equals("test"),
              "step without its article: " + step);
        }
      }
    });
    assertThat(randomYear(777L).esms()).hasSize(3);
  }
}
