package org.cpom.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpom.payment.PaymentEngineTest.A;
import static org.cpom.payment.PaymentEngineTest.B;
import static org.cpom.payment.PaymentEngineTest.C;
import static org.cpom.payment.PaymentEngineTest.DGC;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.calendar.PaymentDates;
import org.cpom.dotation.Actualisation;
import org.cpom.dotation.DecisionModificative;
import org.cpom.dotation.DgcYear;
import org.cpom.dotation.DgcDotation;
import org.cpom.dotation.DmStatus;
import org.cpom.dotation.DmTransfer;
import org.cpom.dotation.DotationEngine;
import org.cpom.dotation.EsmsYear;
import org.cpom.money.Amount;
import org.cpom.money.Rate;
import org.cpom.referential.FinessNumber;
import org.cpom.LegalBasis;
import org.cpom.trace.TraceStep;
import org.junit.jupiter.api.Test;

/** Seeded properties: every schedule sums exactly, on the dates of R314-107, and ESMS payments sum to the DGC's. */
class PaymentPropertiesTest {
  static final List<FinessNumber> ESMS = List.of(A, B, C);

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

  static void checkTraces(PaymentSchedule s) {
    for (Payment p : s.payments()) {
      long sum = 0;
      for (TraceStep t : p.trace().steps()) {
        sum += t.amount().cents();
        // R314-107 (twelfths), R314-108 (advances, catch-up), R314-43-1 (a DM), the CSS articles of the
        // assurance maladie (CASF R314-111), the caller's basis, or the rounding convention
        String basis = t.basis().text();
        isTrue(basis.startsWith("CASF R314-") || basis.startsWith("CSS R174-") || basis.equals("test")
            || basis.startsWith("cpom convention cpom:largest-remainder"),
            "step without its article in " + p + ": " + t);
      }
      same(p.amount().cents(), sum, "trace of " + p);
    }
  }

  static void checkDates(PaymentSchedule s, HolidayCalendar cal) {
    List<LocalDate> dates = PaymentDates.paymentDates(s.year(), cal);
    for (int m = 0; m < 12; m++) {
      same(dates.get(m), s.payments().get(m).date(), "date of month " + (m + 1));
    }
    for (int k = 12; k < s.payments().size(); k++) {
      same(PaymentKind.REGULARISATION, s.payments().get(k).kind(), "payment after December");
    }
  }

  /** A notification from October of the year before to November of the year after. */
  static LocalDate notification(SplittableRandom rnd, int year) {
    return LocalDate.of(year - 1, 10, 1).plusDays(rnd.nextInt(760));
  }

  @Test
  void everyScheduleSumsExactlyToTheAmountDecided() {
    qt().withFixedSeed(42L).withExamples(org.cpom.Conservation.cases(10_000)).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      int year = 2020 + rnd.nextInt(11);
      HolidayCalendar cal = rnd.nextBoolean() ? HolidayCalendars.national() : HolidayCalendars.alsaceMoselle();
      LocalDate notified = notification(rnd, year);
      ScheduleRequest.Builder b = ScheduleRequest.builder().year(Year.of(year)).calendar(cal).notified(notified)
          .previousAmount(Amount.ofCents(rnd.nextInt(4) == 0 ? 0 : rnd.nextLong(1_000_000_000L)))
          .annualAmount(Amount.ofCents(rnd.nextInt(4) == 0 ? 0 : rnd.nextLong(1_000_000_000L)));
      Amount last = null;
      LocalDate d = notified;
      for (int k = rnd.nextInt(3); k > 0; k--) {
        d = d.plusDays(rnd.nextInt(90));
        if (d.getYear() > year) {
          break;
        }
        last = Amount.ofCents(rnd.nextLong(1_000_000_000L));
        b.addChanges(AmountChange.of(d, last, "change", LegalBasis.given("test")));
      }
      ScheduleRequest r = b.build();
      PaymentSchedule s = PaymentEngine.schedule(r);
      Amount expected = last == null ? r.annualAmount() : last;
      same(expected, s.annualAmount(), "annual amount");
      same(expected, s.total(), "total");
      checkDates(s, cal);
      checkTraces(s);
      // before the notification, the previous year's twelfths
      List<Amount> previous = r.previousAmount().splitTwelfths();
      for (int m = 0; m < 12; m++) {
        Payment p = s.payments().get(m);
        if (!p.date().isAfter(notified)) {
          same(PaymentKind.ADVANCE, p.kind(), "kind before the notification");
          same(previous.get(m), p.amount(), "advance");
        }
      }
    });
    assertThat(HolidayCalendars.national()).isNotNull();
  }

  @Test
  void esmsPaymentsSumToTheDgcPaymentsAndToTheirShares() {
    qt().withFixedSeed(2026L).withExamples(org.cpom.Conservation.cases(10_000)).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom rnd = new SplittableRandom(seed);
      int year = 2024 + rnd.nextInt(5);
      Map<FinessNumber, Amount> bases = new LinkedHashMap<>();
      Map<FinessNumber, Amount> previous = new LinkedHashMap<>();
      DgcYear.Builder y = DgcYear.builder().year(Year.of(year));
      for (FinessNumber f : ESMS) {
        bases.put(f, Amount.ofCents(rnd.nextInt(6) == 0 ? 0 : rnd.nextLong(1_000_000_000L)));
        previous.put(f, Amount.ofCents(rnd.nextInt(6) == 0 ? 0 : rnd.nextLong(1_000_000_000L)));
        y.addEsms(EsmsYear.builder().esms(f)
            .actualisation(Actualisation.campaignRate(Rate.ofPercent(java.math.BigDecimal.valueOf(rnd.nextInt(-100, 400), 2))))
            .build());
      }
      LocalDate notified = notification(rnd, year);
      DgcDotation plain = DotationEngine.compute(DGC, y.build(), bases);
      Map<FinessNumber, Amount> shares = new HashMap<>(plain.provisionalSplit().shares());
      Map<FinessNumber, Amount> next = new HashMap<>(plain.nextBases());
      LocalDate d = notified.getYear() < year ? LocalDate.of(year, 1, 1) : notified;
      for (int k = rnd.nextInt(4); k > 0; k--) {
        d = d.plusDays(rnd.nextInt(120));
        if (d.getYear() > year) {
          break;
        }
        FinessNumber from = ESMS.get(rnd.nextInt(3));
        FinessNumber to = ESMS.get((ESMS.indexOf(from) + 1 + rnd.nextInt(2)) % 3);
        long available = Math.min(shares.get(from).cents(), next.get(from).cents());
        if (available <= 0) {
          continue;
        }
        Amount moved = Amount.ofCents(1 + rnd.nextLong(available));
        shares.merge(from, moved.negated(), Amount::plus);
        shares.merge(to, moved, Amount::plus);
        next.merge(from, moved.negated(), Amount::plus);
        next.merge(to, moved, Amount::plus);
        y.addDecisionsModificatives(DecisionModificative.builder().reference("DM " + k).submitted(d).status(DmStatus.APPROVED)
            .decisionDate(d).addTransfers(DmTransfer.of(from, to, moved)).build());
      }
      DgcDotation result = DotationEngine.compute(DGC, y.build(), bases);
      HolidayCalendar cal = HolidayCalendars.national();
      DgcPaymentSchedule s = PaymentEngine.schedule(DgcScheduleRequest.builder().dotation(result).notified(notified)
          .previousShares(previous).calendar(cal).build());
      same(result.total(), s.dgc().total(), "DGC total");
      checkDates(s.dgc(), cal);
      checkTraces(s.dgc());
      Map<LocalDate, Long> byDate = new HashMap<>();
      for (FinessNumber f : ESMS) {
        PaymentSchedule e = s.esms(f);
        same(result.finalSplit().share(f), e.total(), "ESMS total");
        checkDates(e, cal);
        checkTraces(e);
        // the cumulative twelfths of an amount exceed its exact k/12 by 0 to 3 cents, so the DGC's and the sum of
        // the shares' disagree by at most 3 cents per ESMS: a payment moves at most 2 x 3 x n cents off its rule
        for (Payment p : e.payments()) {
          for (TraceStep t : p.trace().steps()) {
            if (t.label().startsWith("Rounding")) {
              isTrue(Math.abs(t.amount().cents()) <= 6L * ESMS.size(), "rounding of " + p + ": " + t.amount());
              isTrue(t.amount().isPositive() || t.amount().isNegative(), "zero rounding step in " + p);
            }
          }
        }
        e.payments().forEach(p -> byDate.merge(p.date(), p.amount().cents(), Long::sum));
      }
      Map<LocalDate, Long> dgc = new HashMap<>();
      s.dgc().payments().forEach(p -> dgc.put(p.date(), p.amount().cents()));
      for (LocalDate date : dgc.keySet()) {
        same(dgc.get(date), byDate.getOrDefault(date, 0L), "ESMS payments on " + date);
      }
      for (Map.Entry<LocalDate, Long> e : byDate.entrySet()) {
        same(dgc.getOrDefault(e.getKey(), 0L), e.getValue(), "ESMS payments on " + e.getKey());
      }
    });
    assertThat(ESMS).hasSize(3);
  }
}
