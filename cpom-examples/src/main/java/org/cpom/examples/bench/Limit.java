package org.cpom.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * The campaign's figures computed as fast as this machine allows: the same rules as cpom and the
 * {@link Baseline}, on primitive {@code long} cents and {@code int} epoch days, with no object but the
 * arrays. It is the benchmark's physical limit: the time a campaign costs when nothing but the arithmetic is
 * done, with no trace, no validation, no value type.
 *
 * <p>It computes, for each DGC:
 * <ul>
 *   <li>each ESMS amount: base × (1 + rate) rounded HALF_UP to the cent, plus each mesure nouvelle × days from
 *       its start to 31 December / days of the year (HALF_UP), plus the CNR; the DGC is their sum, or the
 *       arrêté's total;</li>
 *   <li>the provisional split by the largest remainder (floors, then the cents left to the largest
 *       remainders, ties to the first ESMS), run in full even when the total is the sum;</li>
 *   <li>the twelve payment dates: the 20th, or the working day before, against the eleven national holidays
 *       with Easter by the Gregorian computus. They are computed again for every DGC, as cpom computes the
 *       dates of every schedule it builds;</li>
 *   <li>the DGC's cumulative amounts paid: the twelfths of the previous year's amount (the first months taking
 *       the extra cents) until the payment dates after the arrêté, then the twelfths of the new amount, which
 *       pays the catch-up at the first date after it;</li>
 *   <li>the ESMS payments: at each date the DGC's cumulative amount is split between the ESMS by the largest
 *       remainder in proportion to their own cumulative amounts due, as {@code PaymentEngine} does, so that
 *       they sum to the DGC payment of the date.</li>
 * </ul>
 *
 * <p>The campaign has no modulation, no décision modificative and no Creton part, so neither has the limit.
 * It throws on what the campaign never reaches: an arrêté notified on or after the December payment (cpom
 * would regularise it the next year), a negative amount, an ESMS-less DGC, a mesure starting outside the year.
 *
 * <p>One {@link #compute} allocates its six output arrays and a few scratch arrays, once per campaign.
 */
final class Limit {
  private static final int MONTHS = 12;
  private static final int PAYMENT_DAY = 20;
  private static final int RATE_DENOMINATOR = 10_000;

  private Limit() {}

  /** The campaign as arrays; ESMS of DGC {@code k} are {@code esmsFrom[k]} to {@code esmsFrom[k + 1] - 1}. */
  static final class Input {
    final int year;
    final long rateFactor;
    final int[] esmsFrom;
    final long[] base;
    final int[] mesureFrom;
    final long[] mesureCents;
    final int[] mesureStart;
    final int[] cnrFrom;
    final long[] cnrCents;
    final int[] notified;
    final boolean[] hasNotifiedTotal;
    final long[] notifiedTotal;
    final int largestDgc;

    Input(int year, long rateFactor, int[] esmsFrom, long[] base, int[] mesureFrom, long[] mesureCents,
        int[] mesureStart, int[] cnrFrom, long[] cnrCents, int[] notified, boolean[] hasNotifiedTotal,
        long[] notifiedTotal) {
      this.year = year;
      this.rateFactor = rateFactor;
      this.esmsFrom = esmsFrom;
      this.base = base;
      this.mesureFrom = mesureFrom;
      this.mesureCents = mesureCents;
      this.mesureStart = mesureStart;
      this.cnrFrom = cnrFrom;
      this.cnrCents = cnrCents;
      this.notified = notified;
      this.hasNotifiedTotal = hasNotifiedTotal;
      this.notifiedTotal = notifiedTotal;
      int largest = 0;
      for (int k = 0; k + 1 < esmsFrom.length; k++) {
        largest = Math.max(largest, esmsFrom[k + 1] - esmsFrom[k]);
      }
      this.largestDgc = largest;
    }

    int dgcCount() {
      return esmsFrom.length - 1;
    }

    int esmsCount() {
      return base.length;
    }
  }

  /**
   * The figures: per ESMS (in campaign order) its amount, share and twelve payments; per DGC its total, twelve
   * payments and twelve payment dates (epoch days). Payments of ESMS {@code i} are {@code esmsPayments[12 i]}
   * to {@code esmsPayments[12 i + 11]}.
   */
  static final class Result {
    final long[] amounts;
    final long[] totals;
    final long[] shares;
    final long[] dgcPayments;
    final long[] esmsPayments;
    final int[] dates;

    Result(long[] amounts, long[] totals, long[] shares, long[] dgcPayments, long[] esmsPayments, int[] dates) {
      this.amounts = amounts;
      this.totals = totals;
      this.shares = shares;
      this.dgcPayments = dgcPayments;
      this.esmsPayments = esmsPayments;
      this.dates = dates;
    }
  }

  /** The benchmark's campaign as arrays (done once, outside the measurement, like the other inputs). */
  static Input prepare(Campaign campaign) {
    return prepare(campaign.dgcs(), Campaign.YEAR, Campaign.RATE_PERCENT);
  }

  /**
   * DGCs as arrays.
   *
   * @param ratePercent the campaign rate in percent, a whole number of basis points
   */
  static Input prepare(List<Campaign.DgcInput> dgcs, Year year, BigDecimal ratePercent) {
    int d = dgcs.size();
    int e = 0;
    int mesures = 0;
    int cnrs = 0;
    for (Campaign.DgcInput dgc : dgcs) {
      e += dgc.esms.size();
      for (Campaign.EsmsInput x : dgc.esms) {
        mesures += x.mesures.size();
        cnrs += x.cnr.size();
      }
    }
    int[] esmsFrom = new int[d + 1];
    long[] base = new long[e];
    int[] mesureFrom = new int[e + 1];
    long[] mesureCents = new long[mesures];
    int[] mesureStart = new int[mesures];
    int[] cnrFrom = new int[e + 1];
    long[] cnrCents = new long[cnrs];
    int[] notified = new int[d];
    boolean[] hasNotifiedTotal = new boolean[d];
    long[] notifiedTotal = new long[d];
    int i = 0;
    int m = 0;
    int c = 0;
    for (int k = 0; k < d; k++) {
      Campaign.DgcInput dgc = dgcs.get(k);
      if (dgc.esms.isEmpty()) {
        throw new IllegalArgumentException("DGC " + k + " has no ESMS");
      }
      esmsFrom[k] = i;
      for (Campaign.EsmsInput x : dgc.esms) {
        base[i] = cents(x.base);
        mesureFrom[i] = m;
        for (Campaign.MesureInput mn : x.mesures) {
          if (mn.start.getYear() != year.getValue()) {
            throw new IllegalArgumentException("a mesure nouvelle starts outside " + year + ": " + mn.start);
          }
          mesureCents[m] = cents(mn.fullYear);
          mesureStart[m++] = Math.toIntExact(mn.start.toEpochDay());
        }
        cnrFrom[i] = c;
        for (BigDecimal cnr : x.cnr) {
          cnrCents[c++] = cents(cnr);
        }
        i++;
      }
      notified[k] = Math.toIntExact(dgc.notified.toEpochDay());
      hasNotifiedTotal[k] = dgc.notifiedTotal.isPresent();
      notifiedTotal[k] = dgc.notifiedTotal.map(Limit::cents).orElse(0L);
    }
    esmsFrom[d] = i;
    mesureFrom[e] = m;
    cnrFrom[e] = c;
    long rateFactor = RATE_DENOMINATOR + ratePercent.movePointRight(2).intValueExact();
    return new Input(year.getValue(), rateFactor, esmsFrom, base, mesureFrom, mesureCents, mesureStart, cnrFrom,
        cnrCents, notified, hasNotifiedTotal, notifiedTotal);
  }

  private static long cents(BigDecimal amount) {
    long cents = amount.movePointRight(2).longValueExact();
    if (cents < 0) {
      throw new IllegalArgumentException("a negative amount: " + amount);
    }
    return cents;
  }

  /** The whole campaign. */
  static Result compute(Input in) {
    int d = in.dgcCount();
    int e = in.esmsCount();
    long[] amounts = new long[e];
    long[] totals = new long[d];
    long[] shares = new long[e];
    long[] dgcPayments = new long[d * MONTHS];
    long[] esmsPayments = new long[e * MONTHS];
    int[] dates = new int[d * MONTHS];
    int n = in.largestDgc;
    long[] remainders = new long[n];
    boolean[] taken = new boolean[n];
    long[] weights = new long[n];
    long[] cumulative = new long[n];
    long[] paidBefore = new long[n];
    long[] dgcTarget = new long[MONTHS];
    int[] holidays = new int[11];
    int yearStart = epochDay(in.year, 1, 1);
    int yearLength = epochDay(in.year + 1, 1, 1) - yearStart;
    for (int k = 0; k < d; k++) {
      int from = in.esmsFrom[k];
      int size = in.esmsFrom[k + 1] - from;
      long sum = 0;
      long previousTotal = 0;
      for (int i = from; i < from + size; i++) {
        long amount = halfUp(in.base[i] * in.rateFactor, RATE_DENOMINATOR);
        for (int m = in.mesureFrom[i]; m < in.mesureFrom[i + 1]; m++) {
          int days = yearStart + yearLength - in.mesureStart[m];
          amount += halfUp(in.mesureCents[m] * days, yearLength);
        }
        for (int c = in.cnrFrom[i]; c < in.cnrFrom[i + 1]; c++) {
          amount += in.cnrCents[c];
        }
        amounts[i] = amount;
        sum += amount;
        previousTotal += in.base[i];
      }
      long total = in.hasNotifiedTotal[k] ? in.notifiedTotal[k] : sum;
      totals[k] = total;
      split(total, amounts, from, size, sum, shares, from, remainders, taken);

      int dateFrom = k * MONTHS;
      paymentDates(in.year, holidays, dates, dateFrom);
      int notified = in.notified[k];
      if (dates[dateFrom + MONTHS - 1] <= notified) {
        throw new IllegalArgumentException("DGC " + k + ": arrêté notified on or after the December payment");
      }
      long before = 0;
      for (int c = 0; c < MONTHS; c++) {
        dgcTarget[c] = twelfthsTo(dates[dateFrom + c] > notified ? total : previousTotal, c);
        dgcPayments[dateFrom + c] = dgcTarget[c] - before;
        before = dgcTarget[c];
      }
      for (int i = 0; i < size; i++) {
        paidBefore[i] = 0;
      }
      for (int c = 0; c < MONTHS; c++) {
        boolean decided = dates[dateFrom + c] > notified;
        long weightSum = 0;
        for (int i = 0; i < size; i++) {
          weights[i] = twelfthsTo(decided ? shares[from + i] : in.base[from + i], c);
          weightSum += weights[i];
        }
        split(dgcTarget[c], weights, 0, size, weightSum, cumulative, 0, remainders, taken);
        for (int i = 0; i < size; i++) {
          esmsPayments[(from + i) * MONTHS + c] = cumulative[i] - paidBefore[i];
          paidBefore[i] = cumulative[i];
        }
      }
    }
    return new Result(amounts, totals, shares, dgcPayments, esmsPayments, dates);
  }

  /**
   * Largest remainder: {@code total} split in proportion to {@code weights[from..from+size)} (whose sum is
   * {@code weightSum}) into {@code parts[to..to+size)}; the cents left by the floors go to the largest
   * remainders, ties to the first.
   */
  private static void split(long total, long[] weights, int from, int size, long weightSum, long[] parts, int to,
      long[] remainders, boolean[] taken) {
    if (weightSum <= 0) {
      throw new IllegalArgumentException("nothing to split in proportion to: weights sum to " + weightSum);
    }
    long left = total;
    for (int i = 0; i < size; i++) {
      long product = Math.multiplyExact(total, weights[from + i]);
      long floor = product / weightSum;
      parts[to + i] = floor;
      remainders[i] = product - floor * weightSum;
      taken[i] = false;
      left -= floor;
    }
    for (long cent = 0; cent < left; cent++) {
      int best = -1;
      for (int i = 0; i < size; i++) {
        if (!taken[i] && (best < 0 || remainders[i] > remainders[best])) {
          best = i;
        }
      }
      taken[best] = true;
      parts[to + best]++;
    }
  }

  /** The sum of the twelfths of months 0 to {@code month}, the first months taking the extra cents. */
  static long twelfthsTo(long annual, int month) {
    int months = month + 1;
    return annual / MONTHS * months + Math.min(months, annual % MONTHS);
  }

  /** {@code numerator / denominator} rounded HALF_UP, both non-negative. */
  private static long halfUp(long numerator, long denominator) {
    if (numerator < 0) {
      throw new IllegalArgumentException("a negative amount: " + numerator);
    }
    long q = numerator / denominator;
    return 2 * (numerator - q * denominator) >= denominator ? q + 1 : q;
  }

  /**
   * The twelve payment dates of a year as epoch days into {@code out[from..from+12)}: the 20th, or the last
   * working day before (not a Saturday, a Sunday or one of the eleven national holidays).
   */
  static void paymentDates(int year, int[] holidays, int[] out, int from) {
    nationalHolidays(year, holidays);
    for (int month = 1; month <= MONTHS; month++) {
      int day = epochDay(year, month, PAYMENT_DAY);
      while (Math.floorMod(day + 3, 7) >= 5 || contains(holidays, day)) {
        day--;
      }
      out[from + month - 1] = day;
    }
  }

  private static boolean contains(int[] days, int day) {
    for (int h : days) {
      if (h == day) {
        return true;
      }
    }
    return false;
  }

  /** The eleven national holidays (CT L3133-1) as epoch days, Easter by the anonymous Gregorian computus. */
  static void nationalHolidays(int year, int[] out) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
    int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int easterMonth = (h + l - 7 * m + 114) / 31;
    int easterDay = (h + l - 7 * m + 114) % 31 + 1;
    int easter = epochDay(year, easterMonth, easterDay);
    out[0] = epochDay(year, 1, 1);
    out[1] = easter + 1;
    out[2] = epochDay(year, 5, 1);
    out[3] = epochDay(year, 5, 8);
    out[4] = easter + 39;
    out[5] = easter + 50;
    out[6] = epochDay(year, 7, 14);
    out[7] = epochDay(year, 8, 15);
    out[8] = epochDay(year, 11, 1);
    out[9] = epochDay(year, 11, 11);
    out[10] = epochDay(year, 12, 25);
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse, as in java.time). */
  static int epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  /** An epoch day as a date, for tests and messages. */
  static LocalDate date(int epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }
}
