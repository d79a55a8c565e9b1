package org.cpom.examples.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.Monetary;
import javax.money.MonetaryOperator;
import javax.money.RoundingQueryBuilder;
import org.javamoney.moneta.Money;

/**
 * The campaign computed the way a user would without cpom: plain Moneta {@link Money} arithmetic with
 * explicit roundings, the same rules as cpom written by hand, and no traces.
 *
 * <p>Per ESMS: base × (1 + 1.20 %) rounded HALF_UP to the cent, plus each mesure nouvelle × days from its start
 * to 31 December / days of the year (HALF_UP), plus the CNR. The DGC is their sum, or the arrêté's amount when
 * it gives one; the provisional split spreads the DGC in proportion to the ESMS amounts by the largest
 * remainder (floors, then the cents left to the largest remainders, ties to the first ESMS). Payments: the
 * twelve dates are the 20th or the working day before, against a holiday list written by hand for 2025;
 * twelfths are rounded down with the cents left over added to the first months; before the notification the
 * twelfths of the 2024 amount are advanced, the first payment after it catches up the new twelfths to date
 * minus what was paid, the others are new twelfths. The DGC and each ESMS are scheduled that way on their own
 * amounts.
 *
 * <p>What it does not do, compared with cpom: no trace of any figure, no input validation, no décision
 * modificative, no regularisation for an arrêté notified after the December payment (rejected), one year's
 * holidays only, and the ESMS payments of a date are not reconciled with the DGC payment (each ESMS is
 * scheduled on its own share; their sum may differ from the DGC payment of the date by a few cents).
 */
final class Baseline {
  private static final String EUR = "EUR";
  private static final Money ZERO = Money.of(BigDecimal.ZERO, EUR);
  static final MonetaryOperator CENTS_HALF_UP =
      Monetary.getRounding(RoundingQueryBuilder.of().setScale(2).set(RoundingMode.HALF_UP).build());
  static final MonetaryOperator CENTS_DOWN =
      Monetary.getRounding(RoundingQueryBuilder.of().setScale(2).set(RoundingMode.DOWN).build());
  private static final BigDecimal RATE_FACTOR = BigDecimal.ONE.add(Campaign.RATE_PERCENT.movePointLeft(2));
  private static final BigDecimal CENT = new BigDecimal("0.01");
  private static final Year HOLIDAY_YEAR = Year.of(2025);
  /** The national public holidays of 2025, copied from the calendar. */
  private static final Set<LocalDate> HOLIDAYS_2025 = Set.of(
      LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 8),
      LocalDate.of(2025, 5, 29), LocalDate.of(2025, 6, 9), LocalDate.of(2025, 7, 14), LocalDate.of(2025, 8, 15),
      LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 11), LocalDate.of(2025, 12, 25));

  private Baseline() {}

  /** A mesure nouvelle. */
  static final class Mesure {
    final Money fullYear;
    final LocalDate start;

    Mesure(Money fullYear, LocalDate start) {
      this.fullYear = fullYear;
      this.start = start;
    }
  }

  /** An ESMS: its 2024 base (also its 2024 amount paid), mesures nouvelles and CNR. */
  static final class Esms {
    final String finess;
    final Money base;
    final List<Mesure> mesures;
    final List<Money> cnr;

    Esms(String finess, Money base, List<Mesure> mesures, List<Money> cnr) {
      this.finess = finess;
      this.base = base;
      this.mesures = mesures;
      this.cnr = cnr;
    }
  }

  /** A DGC. */
  static final class Dgc {
    final List<Esms> esms;
    final LocalDate notified;
    final Optional<Money> notifiedTotal;

    Dgc(List<Esms> esms, LocalDate notified, Optional<Money> notifiedTotal) {
      this.esms = esms;
      this.notified = notified;
      this.notifiedTotal = notifiedTotal;
    }
  }

  /** The figures of one DGC. */
  static final class Result {
    final Money[] amounts;
    final Money total;
    final Money[] shares;
    final List<LocalDate> dates;
    final Money[] dgcPayments;
    final Money[][] esmsPayments;

    Result(Money[] amounts, Money total, Money[] shares, List<LocalDate> dates, Money[] dgcPayments,
        Money[][] esmsPayments) {
      this.amounts = amounts;
      this.total = total;
      this.shares = shares;
      this.dates = dates;
      this.dgcPayments = dgcPayments;
      this.esmsPayments = esmsPayments;
    }
  }

  /** The campaign's DGCs as Moneta values (done once, outside the measurement, like cpom's inputs). */
  static List<Dgc> prepare(Campaign campaign) {
    List<Dgc> dgcs = new ArrayList<>(campaign.dgcs().size());
    for (Campaign.DgcInput d : campaign.dgcs()) {
      List<Esms> esms = new ArrayList<>(d.esms.size());
      for (Campaign.EsmsInput e : d.esms) {
        List<Mesure> mesures = new ArrayList<>();
        e.mesures.forEach(m -> mesures.add(new Mesure(Money.of(m.fullYear, EUR), m.start)));
        List<Money> cnr = new ArrayList<>();
        e.cnr.forEach(c -> cnr.add(Money.of(c, EUR)));
        esms.add(new Esms(e.finess, Money.of(e.base, EUR), mesures, cnr));
      }
      dgcs.add(new Dgc(esms, d.notified, d.notifiedTotal.map(t -> Money.of(t, EUR))));
    }
    return dgcs;
  }

  /** The twelve payment dates of the year: the 20th, or the last working day before. */
  static List<LocalDate> paymentDates(Year year) {
    if (!year.equals(HOLIDAY_YEAR)) {
      throw new IllegalArgumentException("holidays are only written for " + HOLIDAY_YEAR);
    }
    List<LocalDate> dates = new ArrayList<>(12);
    for (int month = 1; month <= 12; month++) {
      LocalDate d = year.atMonth(month).atDay(20);
      while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || HOLIDAYS_2025.contains(d)) {
        d = d.minusDays(1);
      }
      dates.add(d);
    }
    return dates;
  }

  static Result compute(Dgc dgc, List<LocalDate> dates) {
    int n = dgc.esms.size();
    Money[] amounts = new Money[n];
    Money sum = ZERO;
    for (int i = 0; i < n; i++) {
      Esms e = dgc.esms.get(i);
      Money amount = e.base.multiply(RATE_FACTOR).with(CENTS_HALF_UP);
      for (Mesure m : e.mesures) {
        int daysInYear = m.start.lengthOfYear();
        int days = daysInYear - m.start.getDayOfYear() + 1;
        amount = amount.add(m.fullYear.multiply(days).divide(daysInYear).with(CENTS_HALF_UP));
      }
      for (Money c : e.cnr) {
        amount = amount.add(c);
      }
      amounts[i] = amount;
      sum = sum.add(amount);
    }
    Money total = dgc.notifiedTotal.orElse(sum);
    Money[] shares = split(total, amounts, sum);

    if (!dates.get(11).isAfter(dgc.notified)) {
      throw new IllegalArgumentException("arrêté notified after the December payment: not handled");
    }
    Money previousTotal = ZERO;
    for (Esms e : dgc.esms) {
      previousTotal = previousTotal.add(e.base);
    }
    Money[] dgcPayments = schedule(previousTotal, total, dgc.notified, dates);
    Money[][] esmsPayments = new Money[n][];
    for (int i = 0; i < n; i++) {
      esmsPayments[i] = schedule(dgc.esms.get(i).base, shares[i], dgc.notified, dates);
    }
    return new Result(amounts, total, shares, dates, dgcPayments, esmsPayments);
  }

  /** Largest remainder, on whole cents so the remainders compare exactly. */
  private static Money[] split(Money total, Money[] weights, Money weightSum) {
    int n = weights.length;
    BigDecimal totalCents = total.getNumberStripped().movePointRight(2);
    BigDecimal sum = weightSum.getNumberStripped();
    long[] cents = new long[n];
    BigDecimal[] remainders = new BigDecimal[n];
    long left = totalCents.longValueExact();
    for (int i = 0; i < n; i++) {
      BigDecimal[] qr = totalCents.multiply(weights[i].getNumberStripped()).divideAndRemainder(sum);
      cents[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      left -= cents[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < left; k++) {
      cents[order[k]]++;
    }
    Money[] shares = new Money[n];
    for (int i = 0; i < n; i++) {
      shares[i] = Money.of(BigDecimal.valueOf(cents[i], 2), EUR);
    }
    return shares;
  }

  /** Twelfths rounded down, the cents left over added to the first months. */
  private static Money[] twelfths(Money annual) {
    Money twelfth = annual.divide(12).with(CENTS_DOWN);
    Money rest = annual.subtract(twelfth.multiply(12));
    int extraCents = rest.getNumberStripped().divide(CENT).intValueExact();
    Money[] months = new Money[12];
    Money plusOneCent = twelfth.add(Money.of(CENT, EUR));
    for (int m = 0; m < 12; m++) {
      months[m] = m < extraCents ? plusOneCent : twelfth;
    }
    return months;
  }

  /** Advances before the notification, then the catch-up, then the new twelfths. */
  private static Money[] schedule(Money previous, Money annual, LocalDate notified, List<LocalDate> dates) {
    Money[] advances = twelfths(previous);
    Money[] twelfths = twelfths(annual);
    Money[] payments = new Money[12];
    Money paid = ZERO;
    Money due = ZERO;
    boolean caughtUp = false;
    for (int m = 0; m < 12; m++) {
      due = due.add(twelfths[m]);
      if (!dates.get(m).isAfter(notified)) {
        payments[m] = advances[m];
      } else if (!caughtUp) {
        payments[m] = due.subtract(paid);
        caughtUp = true;
      } else {
        payments[m] = twelfths[m];
      }
      paid = paid.add(payments[m]);
    }
    return payments;
  }
}
