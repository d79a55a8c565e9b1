package org.cpom.payment;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.cpom.calendar.HolidayCalendar;
import org.cpom.calendar.HolidayCalendars;
import org.cpom.calendar.PaymentDates;
import org.cpom.contract.ResolvedDgc;
import org.cpom.dotation.DgcSplit;
import org.cpom.dotation.DgcDotation;
import org.cpom.internal.Checks;
import org.cpom.internal.EngineBounds;
import org.cpom.internal.LongSplit;
import org.cpom.money.Amount;
import org.cpom.param.RegulatoryParameter;
import org.cpom.referential.FinessMap;
import org.cpom.referential.FinessNumber;
import org.cpom.trace.Phrase;
import org.cpom.trace.StepKind;
import org.cpom.Convention;
import org.cpom.CpomValidationException;
import org.cpom.LegalBasis;
import org.cpom.trace.Trace;
import org.cpom.trace.TraceStep;

/**
 * The payment engine: the monthly schedule of a dotation, and of a DGC with the quote-part of each ESMS
 * (CASF R314-107, R314-108; CSS R174-9 and R174-16-1 for the assurance maladie, see {@link PaymentRegime}).
 *
 * <p><b>The rule.</b> A dotation is paid in twelve monthly instalments on the 20th, or on the last working
 * day before it ({@link PaymentDates}, R314-107), or on the payment day of the {@link PaymentRegime} given
 * (a dated parameter, the 20th by default, for the assurance maladie whose CSS texts name no day); the twelfths split the annual amount exactly, the first
 * months taking the extra cents. While the year's amount is not notified, each payment is a twelfth of the
 * previous year's amount (R314-108, R314-116). The first payment after a decision pays the new twelfth plus
 * the catch-up of the months already paid (new twelfths minus the amounts paid); the following ones pay the
 * new twelfths, so the year sums exactly to the new amount. Put another way, each payment brings the
 * cumulative amount paid to the cumulative new twelfths of the amount in force. When the decision comes on
 * or after the December payment date, the difference is paid at the first payment date after the decision,
 * in the next year (a {@link PaymentKind#REGULARISATION}); it is left out when it is zero.
 *
 * <p><b>Decision on a payment date.</b> A decision counts only for the payments dated strictly after the day
 * it is notified (or decided, for a DM): the payment of that very day has already been ordered on the
 * previous basis, and the next payment regularises (R314-116: "à la prochaine échéance"). A library choice,
 * documented here and tested.
 *
 * <p><b>DGC and ESMS.</b> The DGC is scheduled on the DGC amount and the arrêté's notification; a décision
 * modificative does not change it. Each ESMS follows the same rule on its own share: the provisional share
 * from the notification, then its share after each approved DM from the first payment after the DM's
 * decision date. So that the ESMS payments of every date sum exactly to the DGC payment, the cumulative DGC
 * amount paid at each date is split between the ESMS in proportion to their cumulative amounts due by the
 * rule, by the largest-remainder method (ties to the ESMS listed first); an ESMS payment may thus differ
 * from its own rule by a few cents, shown as a rounding step of its trace. (The twelfths of an amount, the
 * first months taking the extra cents, run 0 to 3 cents ahead of its exact k/12; so the DGC's cumulative
 * twelfths and the sum of its shares' differ by at most 3 cents per ESMS, and a payment moves at most twice
 * that off its rule.) At the last payment the cumulative amounts are the annual shares, so every ESMS
 * schedule sums exactly to its share. An IME of an assurance-maladie DGC that keeps young adults under CASF
 * L242-4 is paid its share less the parts of its Départements, which it bills to them as prix de journée
 * (CASF R314-115; {@link DgcScheduleRequest#cretonSplits()}), and the DGC total less all those parts.
 *
 * <p>The engine keeps no state: it is thread-safe.
 */
public final class PaymentEngine {
  private static final LegalBasis ROUNDING = LegalBasis.convention(Convention.LARGEST_REMAINDER);
  private static final LegalBasis RULE = LegalBasis.convention(Convention.DM_REGULARISATION);

  private PaymentEngine() {}

  /**
   * Schedules the payments of one annual amount.
   *
   * @param request the amount, its notification, the previous amount, the calendar and any change
   * @return the schedule, summing exactly to the last amount decided
   * @throws org.cpom.CpomValidationException if a decision comes after the December payment of the next
   *     year, or the year is outside the calendar's range
   */
  public static PaymentSchedule schedule(ScheduleRequest request) {
    Objects.requireNonNull(request, "request");
    Line line = new Line(request.previousAmount(), request.advanceBasis(),
        request.regime().twelfthBasis(request.paymentDay()));
    line.decide(request.notified(), request.annualAmount(), Phrase.of("arrêté notifié le ", "arrêté notified on ").value(request.notified()),
        request.advanceBasis(), "scheduleRequest.notified");
    for (int k = 0; k < request.changes().size(); k++) {
      AmountChange c = request.changes().get(k);
      line.decide(c.date(), c.annualAmount(), Phrase.empty().value(c.label()), c.basis(), "scheduleRequest.changes[" + k + "].date");
    }
    Columns cols = Columns.of(request.year(), request.calendar(), request.paymentDay(), List.of(line));
    long[] target = line.targets(cols);
    return line.schedule(request.year(), cols, target, target, request.regime(), request.paymentDay(),
        new RecentAmounts());
  }

  /**
   * Schedules the payments of a DGC and of each of its ESMS for the usual case: the regime of the DGC's
   * funder ({@link PaymentRegime#from(ResolvedDgc)}), the national holiday calendar, the payment day of the
   * regime, no Creton parts, and the advances before the arrêté on the dotation's {@link
   * DgcDotation#previousShares()}. For any other option build a {@link DgcScheduleRequest}.
   *
   * @param dotation the year's DGC result
   * @param notifiedOn the date the arrêté was notified, in the dotation's year or the year before (an arrêté for
   *     2025 notified in 2020 is rejected: the tariff is fixed year by year, CASF R314-36 and R314-40, {@link
   *     org.cpom.Convention#NOTIFICATION_YEAR}); a date after the year is a late arrêté, paid by advances
   * @return the DGC schedule and one schedule per ESMS
   * @throws org.cpom.CpomValidationException as for {@link #schedule(DgcScheduleRequest)}
   */
  public static DgcPaymentSchedule schedule(DgcDotation dotation, LocalDate notifiedOn) {
    Objects.requireNonNull(dotation, "dotation");
    Objects.requireNonNull(notifiedOn, "notifiedOn");
    return schedule(DgcScheduleRequest.builder().dotation(dotation).notified(notifiedOn).build());
  }

  /**
   * Schedules the payments of a DGC and of each of its ESMS.
   *
   * @param request the year's DGC result, the notification and the options (previous shares, calendar,
   *     regime, payment day, Creton splits)
   * @return the DGC schedule and one schedule per ESMS
   * @throws org.cpom.CpomValidationException if the previous shares do not cover each ESMS of the DGC once,
   *     or total more than {@code Long.MAX_VALUE} cents ({@link org.cpom.Convention#ENGINE_BOUNDS}), a DM is decided before the
   *     notification, or a decision comes after the December payment of the next year
   */
  public static DgcPaymentSchedule schedule(DgcScheduleRequest request) {
    Objects.requireNonNull(request, "request");
    DgcDotation year = request.dotation();
    ResolvedDgc dgc = year.dgc();
    Map<FinessNumber, Amount> previous = request.previousShares();
    List<FinessNumber> esms = dgc.finessNumbers();
    // messages built only on failure: these checks run for every ESMS of every schedule. As many shares as
    // members with one for each member leave none for another ESMS: the keys are read only otherwise
    if (previous.size() != esms.size()) {
      checkMembers(dgc, previous);
    }
    long previousTotal = 0;
    // the DGC's previous amount is the sum of the shares: bounded so, it is exact
    EngineBounds.AbsoluteTotal total = new EngineBounds.AbsoluteTotal("the previous shares");
    for (FinessNumber f : esms) {
      Amount p = previous.get(f);
      if (p == null) {
        checkMembers(dgc, previous);
        throw new CpomValidationException("dgcScheduleRequest.previousShares", "missing " + f, Articles.R314_108,
            "one previous share per ESMS of " + dgc.name() + " (zero for a new one)");
      }
      // a share of another ESMS is named before any fault of the members' shares, as when it is seen first
      if (p.isNegative()) {
        checkMembers(dgc, previous);
        throw new CpomValidationException("dgcScheduleRequest.previousShares[" + f + "]", p, Articles.R314_108,
            "an annual amount is not negative");
      }
      try {
        total.add(p.cents(), () -> "dgcScheduleRequest.previousShares[" + f + "]");
      } catch (CpomValidationException e) {
        checkMembers(dgc, previous);
        throw e;
      }
      previousTotal += p.cents();
    }
    Phrase arrete = Phrase.of("arrêté notifié le ", "arrêté notified on ").value(request.notified());
    PaymentRegime dgcRegime = request.dgcRegime();
    RegulatoryParameter<Integer> day = request.paymentDay();
    // R314-115: the assurance maladie pays an ESMS's share less the parts its Départements pay for Creton young adults
    FinessMap<Amount> creton = request.cretonParts();
    Amount cretonTotal = Amount.total(creton.values());
    Phrase dgcLabel = cretonTotal.isZero() ? arrete : arrete.then(lessCreton(cretonTotal));
    Line dgcLine = new Line(Amount.ofCents(previousTotal), request.advanceBasis(), dgcRegime.twelfthBasis(day));
    dgcLine.decide(request.notified(), year.total().minus(cretonTotal), dgcLabel, request.advanceBasis(),
        "dgcScheduleRequest.notified");
    List<Line> rows = new ArrayList<>(esms.size());
    LegalBasis dmBasis = LegalBasis.casf("R314-43-1", dgc.dmApprovalBasis().article().orElseThrow());
    List<PaymentRegime> rowRegimes = new ArrayList<>(esms.size());
    // the basis of a twelfth depends on the regime and the payment day only: built once per regime here
    Map<PaymentRegime, LegalBasis> twelfthBases = new EnumMap<>(PaymentRegime.class);
    for (FinessNumber f : esms) {
      // a mixed assurance-maladie DGC: an EHPAD row cites CSS R174-9, the others R174-16-1
      PaymentRegime rowRegime = request.regime()
          .orElse(PaymentRegime.from(dgc.funder(), dgc.member(f).orElseThrow().esms().category()));
      rowRegimes.add(rowRegime);
      // an advance basis the caller gave (R314-116) applies to every row; otherwise each row's regime's
      LegalBasis rowAdvance = request.advanceBasis().equals(dgcRegime.advanceBasis())
          ? rowRegime.advanceBasis() : request.advanceBasis();
      Line row = new Line(previous.get(f), rowAdvance, twelfthBases.computeIfAbsent(rowRegime, r -> r.twelfthBasis(day)));
      Amount parts = creton.getOrDefault(f, Amount.ZERO);
      Phrase less = parts.isZero() ? Phrase.empty() : lessCreton(parts);
      row.decide(request.notified(), paidByFunder(year.provisionalSplit(), f, parts), arrete.then(less), rowAdvance,
          "dgcScheduleRequest.notified");
      for (int k = 1; k < year.splits().size(); k++) {
        DgcSplit s = year.splits().get(k);
        LocalDate d = s.effectiveFrom().orElseThrow();
        Checks.check(!d.isBefore(request.notified()), "dotation.splits[" + s.origin() + "].effectiveFrom", d,
            Articles.R314_43_1, "a DM re-splits the split the arrêté notified on " + request.notified());
        row.decide(d, paidByFunder(s, f, parts), Phrase.empty().value(s.origin()).then(less), dmBasis,
            "dotation.splits[" + s.origin() + "].effectiveFrom");
      }
      rows.add(row);
    }
    List<Line> all = new ArrayList<>(rows);
    all.add(dgcLine);
    Columns cols = Columns.of(year.year(), request.calendar(), day, all);
    long[] dgcTarget = dgcLine.targets(cols);
    int n = rows.size();
    long[][] targets = new long[n][];
    long[][] paid = new long[n][cols.size()];
    for (int i = 0; i < n; i++) {
      targets[i] = rows.get(i).targets(cols);
    }
    long[] weights = new long[n];
    long[] split = new long[n];
    long[] scratch = new long[n];
    for (int c = 0; c < cols.size(); c++) {
      boolean anyDue = false;
      for (int i = 0; i < n; i++) {
        // never negative: the previous shares and the shares less their Creton parts were checked above
        weights[i] = targets[i][c];
        anyDue |= weights[i] > 0;
      }
      // nothing due to any ESMS yet (zero previous shares during the advances): nothing due to the DGC either
      long cumulative = dgcTarget[c];
      long[] parts;
      if (!anyDue) {
        parts = LongSplit.equalParts(cumulative, n);
      } else {
        // the same largest remainder as Amount.splitByWeights, on the cents themselves
        LongSplit.byWeights(cumulative, weights, split, scratch);
        parts = split;
      }
      for (int i = 0; i < n; i++) {
        paid[i][c] = parts[i];
      }
    }
    FinessMap.Builder<PaymentSchedule> schedules = FinessMap.builder(n);
    // one memo for the rows in turn: each row's months repeat its own few amounts
    RecentAmounts recent = new RecentAmounts();
    for (int i = 0; i < n; i++) {
      schedules.put(esms.get(i), rows.get(i).schedule(year.year(), cols, targets[i], paid[i], rowRegimes.get(i), day,
          recent));
    }
    return DgcPaymentSchedule.builder()
        .dgc(dgcLine.schedule(year.year(), cols, dgcTarget, dgcTarget, dgcRegime, day, recent))
        .esms(schedules.build())
        .cretonParts(creton)
        .build();
  }

  /** Rejects a previous share of an ESMS that is not a member, before any missing member is named. */
  private static void checkMembers(ResolvedDgc dgc, Map<FinessNumber, Amount> previous) {
    for (FinessNumber f : previous.keySet()) {
      if (dgc.member(f).isEmpty()) {
        throw new CpomValidationException("dgcScheduleRequest.previousShares", f, Articles.R314_43_1,
            "not an ESMS of " + dgc.name());
      }
    }
  }

  /** The part of a decision's label naming the Creton parts the assurance maladie does not pay. */
  private static Phrase lessCreton(Amount parts) {
    return Phrase.of(", moins les parts Creton ", ", less the Creton parts ").value(parts)
        .text(" facturées aux départements en prix de journée (CASF R314-115)",
            " billed to the Départements as prix de journée (CASF R314-115)");
  }

  /** An ESMS's share of a split less its Creton parts, which the share must cover (CASF R314-115). */
  private static Amount paidByFunder(DgcSplit split, FinessNumber f, Amount cretonParts) {
    Amount share = split.share(f);
    if (cretonParts.isGreaterThan(share)) {
      throw new CpomValidationException("dgcScheduleRequest.cretonSplits", f, Articles.R314_115,
          "the Creton parts " + cretonParts + " exceed the share " + share + " of " + split.origin());
    }
    return share.minus(cretonParts);
  }

  // ----------------------------------------------------------------------------------------------------

  /**
   * The last few amounts of a schedule, reused: its months pay and explain the same few values again. One
   * memo serves the rows of a DGC in turn; its values are immutable, so sharing one across rows is harmless.
   */
  private static final class RecentAmounts {
    private final long[] cents = new long[4];
    private final Amount[] amounts = new Amount[4];
    private int next;

    Amount of(long value) {
      for (int i = 0; i < amounts.length; i++) {
        if (amounts[i] != null && cents[i] == value) {
          return amounts[i];
        }
      }
      Amount a = Amount.ofCents(value);
      cents[next] = value;
      amounts[next] = a;
      next = (next + 1) % amounts.length;
      return a;
    }
  }

  /**
   * The twelve payment dates and months of a year for a calendar and a payment day. The last ones computed
   * are kept for the next schedule, as every DGC of a campaign asks for the same year: only for the national
   * and Alsace-Moselle calendars, whose answers never change, and the same year and day (a new value replaces
   * the old; nothing else is kept).
   */
  static final class YearDates {
    private static final java.util.concurrent.atomic.AtomicReference<YearDates> LAST =
        new java.util.concurrent.atomic.AtomicReference<>();

    final Year year;
    final HolidayCalendar calendar;
    final RegulatoryParameter<Integer> day;
    final List<LocalDate> dates;
    final YearMonth[] months;

    private YearDates(Year year, HolidayCalendar calendar, RegulatoryParameter<Integer> day, List<LocalDate> dates,
        YearMonth[] months) {
      this.year = year;
      this.calendar = calendar;
      this.day = day;
      this.dates = dates;
      this.months = months;
    }

    static YearDates of(Year year, HolidayCalendar calendar, RegulatoryParameter<Integer> day) {
      YearDates last = LAST.get();
      if (last != null && last.calendar == calendar && last.year.equals(year) && last.day.equals(day)) {
        return last;
      }
      List<LocalDate> dates = new ArrayList<>(12);
      YearMonth[] months = new YearMonth[12];
      for (Month m : Month.values()) {
        YearMonth month = year.atMonth(m);
        months[m.ordinal()] = month;
        dates.add(Columns.date(month, calendar, day));
      }
      YearDates computed = new YearDates(year, calendar, day, java.util.Collections.unmodifiableList(dates), months);
      if (calendar == HolidayCalendars.national() || calendar == HolidayCalendars.alsaceMoselle()) {
        LAST.set(computed);
      }
      return computed;
    }
  }

  /** The payment dates: the twelve of the year, then any regularisation date after December. */
  static final class Columns {
    final List<LocalDate> dates;
    /** The twelve months of the year, shared by the payments of every line. */
    final YearMonth[] months;

    private Columns(List<LocalDate> dates, YearMonth[] months) {
      this.dates = dates;
      this.months = months;
    }

    static Columns of(Year year, HolidayCalendar calendar, RegulatoryParameter<Integer> day, List<Line> lines) {
      if (year.getValue() < EngineBounds.MIN_YEAR || year.getValue() > EngineBounds.MAX_YEAR) {
        // rejected by the R314-107 dates, under their own field name
        PaymentDates.paymentDates(year, calendar);
      }
      YearDates twelve = YearDates.of(year, calendar, day);
      List<LocalDate> dates = twelve.dates;
      YearMonth[] months = twelve.months;
      LocalDate december = dates.get(11);
      TreeSet<LocalDate> extra = null;
      for (Line l : lines) {
        LocalDate last = l.lastDecision();
        if (!last.isBefore(december)) {
          if (extra == null) {
            extra = new TreeSet<>();
          }
          extra.add(regularisationDate(year, calendar, day, last, l.lastDecisionField()));
        }
      }
      if (extra != null) {
        dates = new ArrayList<>(dates);
        dates.addAll(extra);
      }
      return new Columns(dates, months);
    }

    /** The first payment date of the next year strictly after the decision. */
    private static LocalDate regularisationDate(Year year, HolidayCalendar calendar, RegulatoryParameter<Integer> day,
        LocalDate decision, String field) {
      Year next = year.plusYears(1);
      for (Month m : Month.values()) {
        LocalDate d = date(next.atMonth(m), calendar, day);
        if (d.isAfter(decision)) {
          return d;
        }
      }
      throw new CpomValidationException(field, decision, RULE,
          "a decision for " + year + " comes on or after the last payment date of " + next
              + ", too late to be regularised");
    }

    /** The payment date of a month: the day in force on its first day, or the last working day before. */
    private static LocalDate date(YearMonth month, HolidayCalendar calendar, RegulatoryParameter<Integer> day) {
      return PaymentDates.paymentDate(month, day.valueAt(month.atDay(1)), calendar);
    }

    int size() {
      return dates.size();
    }
  }

  /**
   * A decision on the amount of a payee: its date, the annual amount from then, its label and basis for the
   * trace, and the input field it comes from for the errors.
   */
  private record Decision(LocalDate date, Amount amount, Phrase label, LegalBasis basis, String field) {}

  /** One payee: the previous amount and the decisions in date order. */
  static final class Line {
    private final Amount previous;
    private final LegalBasis advanceBasis;
    private final LegalBasis twelfthBasis;
    private final List<Decision> decisions = new ArrayList<>(2);

    Line(Amount previous, LegalBasis advanceBasis, LegalBasis twelfthBasis) {
      this.previous = previous;
      this.advanceBasis = advanceBasis;
      this.twelfthBasis = twelfthBasis;
    }

    /** Adds a decision; {@code field} names the input it comes from, for the errors. */
    void decide(LocalDate date, Amount amount, Phrase label, LegalBasis basis, String field) {
      decisions.add(new Decision(date, amount, label, basis, field));
    }

    private Decision last() {
      return decisions.get(decisions.size() - 1);
    }

    LocalDate lastDecision() {
      return last().date();
    }

    String lastDecisionField() {
      return last().field();
    }

    /** The decision in force for a payment on a date: the last one strictly before; -1 for none. */
    int inForce(LocalDate paymentDate) {
      int idx = -1;
      for (int k = 0; k < decisions.size(); k++) {
        if (decisions.get(k).date().isBefore(paymentDate)) {
          idx = k;
        }
      }
      return idx;
    }

    Amount amountOf(int idx) {
      return idx < 0 ? previous : decisions.get(idx).amount();
    }

    /**
     * Twelfth {@code month} (0 to 11) of an annual amount, as {@link Amount#splitTwelfths()} gives it: the
     * cents left over by the division go to the first months.
     */
    static long twelfth(long cents, int month) {
      long extra = Math.abs(cents % 12);
      return cents / 12 + (month < extra ? Long.signum(cents) : 0);
    }

    /** The sum of the twelfths of months 0 to {@code month}; the whole amount from December on. */
    static long twelfthsTo(long cents, int month) {
      int months = Math.min(month, 11) + 1;
      long extra = Math.abs(cents % 12);
      return cents / 12 * months + Long.signum(cents) * Math.min(months, extra);
    }

    /** The cumulative amount due by each payment date: the twelfths to date of the amount in force. */
    long[] targets(Columns cols) {
      long[] t = new long[cols.size()];
      for (int c = 0; c < t.length; c++) {
        t[c] = twelfthsTo(amountOf(inForce(cols.dates.get(c))).cents(), c);
      }
      return t;
    }

    /** The schedule from the cumulative amounts paid, with the trace of each payment. */
    PaymentSchedule schedule(Year year, Columns cols, long[] target, long[] paid, PaymentRegime regime,
        RegulatoryParameter<Integer> paymentDay, RecentAmounts recent) {
      Payment[] payments = new Payment[cols.size()];
      int count = 0;
      Year previousYear = year.minusYears(1);
      // an amount has two twelfths (with and without an extra cent): their values are shared by the months
      long before = 0;
      for (int c = 0; c < cols.size(); c++) {
        LocalDate date = cols.dates.get(c);
        long amount = paid[c] - before;
        int idx = inForce(date);
        // at most three steps: the rule's, a catch-up, a rounding; no list until the trace is built
        TraceStep first;
        TraceStep second = null;
        long explained;
        PaymentKind kind;
        if (c >= 12) {
          long regularisation = target[c] - before;
          if (amount == 0 && regularisation == 0) {
            continue;
          }
          kind = PaymentKind.REGULARISATION;
          first = TraceStep.of(StepKind.REGULARISATION, Amount.ofCents(regularisation), decisions.get(idx).basis(), year,
              decisions.get(idx).amount(), decisions.get(idx).label(), Amount.ofCents(before));
          explained = regularisation;
        } else if (idx < 0) {
          kind = PaymentKind.ADVANCE;
          long tw = twelfth(previous.cents(), c);
          first = TraceStep.of(StepKind.ADVANCE, recent.of(tw), advanceBasis, c + 1, previousYear, previous,
              year);
          explained = tw;
        } else {
          long tw = twelfth(decisions.get(idx).amount().cents(), c);
          first = TraceStep.of(StepKind.TWELFTH, recent.of(tw), twelfthBasis, c + 1, year, decisions.get(idx).amount(),
              decisions.get(idx).label());
          explained = tw;
          boolean justDecided = c == 0 || inForce(cols.dates.get(c - 1)) != idx;
          long catchUp = target[c] - tw - before;
          if (justDecided && catchUp != 0) {
            second = TraceStep.of(StepKind.CATCH_UP, Amount.ofCents(catchUp), decisions.get(idx).basis(), c,
                decisions.get(idx).label(), Amount.ofCents(before));
            explained += catchUp;
            kind = PaymentKind.CATCH_UP;
          } else {
            kind = PaymentKind.TWELFTH;
          }
        }
        YearMonth month = c < 12 ? cols.months[c] : YearMonth.from(date);
        if (amount == explained && second == null) {
          // one step explains the payment: its amount is the payment's, the same value
          payments[count++] = Payment.of(date, month, kind, first);
        } else if (amount == explained) {
          payments[count++] = Payment.of(date, month, kind, recent.of(amount), Trace.of(first, second));
        } else {
          TraceStep rounding = TraceStep.of(StepKind.PAYMENT_ROUNDING, Amount.ofCents(amount - explained), ROUNDING);
          Trace trace = second == null ? Trace.of(first, rounding) : Trace.of(first, second, rounding);
          payments[count++] = Payment.of(date, month, kind, recent.of(amount), trace);
        }
        before = paid[c];
      }
      return PaymentSchedule.of(year, last().amount(), previous, regime, paymentDay,
          count == payments.length ? payments : Arrays.copyOf(payments, count));
    }
  }
}
