package org.cpom.dialogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.cpom.internal.Checks;
import org.cpom.money.Amount;

/**
 * The taux de prestations externes sur les prestations directes of a year ({@code cpom:staff-external-services},
 * key {@value IndicateursPersonnel#EXTERNAL_SERVICES}): its numerator 6111 + 6112 + 621 + 6223 + 6226 (direct
 * services), its denominator dépenses de personnel + 6111 + 6112, and the rate in percent of scale 2, rounded
 * {@link RoundingMode#HALF_UP} once.
 *
 * <p>This class is immutable and thread-safe; two rates are equal when their amounts are.
 */
public final class TauxPrestationsExternes {
  private final PrestationsExternes amounts;
  private final Amount numerator;
  private final Amount denominator;
  private final BigDecimal rate;

  private TauxPrestationsExternes(PrestationsExternes amounts, Amount numerator, Amount denominator,
      BigDecimal rate) {
    this.amounts = amounts;
    this.numerator = numerator;
    this.denominator = denominator;
    this.rate = rate;
  }

  static TauxPrestationsExternes of(PrestationsExternes p) {
    Checks.notNull(p, "amounts");
    long num = 0;
    for (Amount a : new Amount[] {p.c6111(), p.c6112(), p.c621Direct(), p.c6223(), p.c6226Direct()}) {
      num = Checks.addExact(num, a.cents(), "prestationsExternes");
    }
    long den = Checks.addExact(Checks.addExact(p.personnel().cents(), p.c6111().cents(), "personnelEtPrestations"),
        p.c6112().cents(), "personnelEtPrestations");
    BigDecimal rate = den == 0 ? null : BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP);
    return new TauxPrestationsExternes(p, Amount.ofCents(num), Amount.ofCents(den), rate);
  }

  /** @return the amounts the rate is worked from */
  public PrestationsExternes amounts() {
    return amounts;
  }

  /** @return 6111 + 6112 + 621 + 6223 + 6226, the parts tied to the direct services */
  public Amount numerator() {
    return numerator;
  }

  /** @return dépenses de personnel (groupe II) + 6111 + 6112 */
  public Amount denominator() {
    return denominator;
  }

  /** @return the rate in percent, scale 2; empty when the denominator is zero */
  public Optional<BigDecimal> rate() {
    return Optional.ofNullable(rate);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TauxPrestationsExternes t && amounts.equals(t.amounts);
  }

  @Override
  public int hashCode() {
    return amounts.hashCode();
  }

  @Override
  public String toString() {
    return "TauxPrestationsExternes[" + numerator + " / " + denominator + " = " + (rate == null ? "n/a" : rate + " %")
        + "]";
  }
}
