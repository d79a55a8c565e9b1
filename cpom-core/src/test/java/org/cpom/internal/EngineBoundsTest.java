package org.cpom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/** The engine bounds exactly at their limits, and the value each rejection shows. */
class EngineBoundsTest {

  private static CpomValidationException rejection(Runnable r) {
    try {
      r.run();
    } catch (CpomValidationException e) {
      return e;
    }
    throw new AssertionError("not rejected");
  }

  @Test
  void aRejectedDecimalWithTrailingZerosIsShownWhole() {
    // 10^41 written with 41 zeros: 42 digits, but 1 significant digit once its zeros are stripped, so it is shown
    // as it is rather than as "a decimal of 42 digits"
    BigDecimal tenTo41 = new BigDecimal("1" + "0".repeat(41));
    assertThatThrownBy(() -> EngineBounds.decimal(tenTo41, "x"))
        .isInstanceOfSatisfying(CpomValidationException.class, e -> {
          assertThat(e.value()).isEqualTo("1" + "0".repeat(41));
          assertThat(e.getMessage()).contains("order of magnitude");
        });
  }

  @Test
  void yearsFrom1583To9999Only() {
    Year first = Year.of(1583);
    Year last = Year.of(9999);
    assertThat(EngineBounds.year(first, "y")).isSameAs(first);
    assertThat(EngineBounds.year(last, "y")).isSameAs(last);
    CpomValidationException before = rejection(() -> EngineBounds.year(Year.of(1582), "cpom.year"));
    assertThat(before.field()).isEqualTo("cpom.year");
    assertThat(before.value()).isEqualTo("1582");
    assertThat(before.getMessage()).contains("years 1583 to 9999 only");
    assertThat(rejection(() -> EngineBounds.year(Year.of(10000), "y")).value()).isEqualTo("10000");
  }

  @Test
  void monthReturnsItsArgumentAndChecksItsYear() {
    YearMonth m = YearMonth.of(1583, 1);
    assertThat(EngineBounds.month(m, "m")).isSameAs(m);
    YearMonth last = YearMonth.of(9999, 12);
    assertThat(EngineBounds.month(last, "m")).isSameAs(last);
    assertThat(rejection(() -> EngineBounds.month(YearMonth.of(1582, 12), "m")).field()).isEqualTo("m");
  }

  @Test
  void datesInYears1583To9999Only() {
    LocalDate first = LocalDate.of(1583, 1, 1);
    LocalDate last = LocalDate.of(9999, 12, 31);
    assertThat(EngineBounds.date(first, "d")).isSameAs(first);
    assertThat(EngineBounds.date(last, "d")).isSameAs(last);
    CpomValidationException before = rejection(() -> EngineBounds.date(LocalDate.of(1582, 12, 31), "d"));
    assertThat(before.value()).isEqualTo("1582-12-31");
    assertThat(before.getMessage()).contains("dates in the years 1583 to 9999 only");
    assertThat(rejection(() -> EngineBounds.date(LocalDate.of(10000, 1, 1), "d")).value()).isEqualTo("+10000-01-01");
  }

  @Test
  void placesFromZeroToAMillion() {
    assertThat(EngineBounds.places(0, "p")).isZero();
    assertThat(EngineBounds.places(7, "p")).isEqualTo(7);
    assertThat(EngineBounds.places(1_000_000, "p")).isEqualTo(1_000_000);
    CpomValidationException negative = rejection(() -> EngineBounds.places(-1, "esms.places"));
    assertThat(negative.field()).isEqualTo("esms.places");
    assertThat(negative.value()).isEqualTo("-1");
    assertThat(negative.getMessage()).contains("must not be negative");
    CpomValidationException over = rejection(() -> EngineBounds.places(1_000_001, "p"));
    assertThat(over.value()).isEqualTo("1000001");
    assertThat(over.getMessage()).contains("more than 1000000 places");
  }

  @Test
  void shownKeepsSixtyCharactersAndCutsSixtyOne() {
    String sixty = "a".repeat(60);
    assertThat(EngineBounds.shown(sixty)).isEqualTo(sixty);
    assertThat(EngineBounds.shown("a".repeat(61))).isEqualTo(sixty + "...(61 characters)");
    assertThat(EngineBounds.shown(null)).isEqualTo("null");
  }

  @Test
  void decimalReturnsAPlainValueAsItIsAndCopiesASubclass() {
    BigDecimal plain = new BigDecimal("1.50");
    assertThat(EngineBounds.decimal(plain, "d")).isSameAs(plain);
    BigDecimal sub = new BigDecimal("2.25") {
      private static final long serialVersionUID = 1L;
    };
    BigDecimal copy = EngineBounds.decimal(sub, "d");
    assertThat(copy.getClass()).isEqualTo(BigDecimal.class);
    assertThat(copy.unscaledValue()).isEqualTo(BigInteger.valueOf(225));
    assertThat(copy.scale()).isEqualTo(2);
  }

  @Test
  void decimalZeroIsTheZeroOfScaleZero() {
    assertThat(EngineBounds.decimal(new BigDecimal("0.000"), "d")).isSameAs(BigDecimal.ZERO);
  }

  @Test
  void decimalCountsSignificantDigitsWithoutTrailingZeros() {
    // 1 written with 70 trailing zeros: 71 digits unstripped, one significant digit
    BigDecimal one = new BigDecimal(BigInteger.TEN.pow(70), 70);
    assertThat(EngineBounds.decimal(one, "d")).isSameAs(one);
    // 64 significant digits accepted, 65 refused
    BigDecimal sixtyFour = new BigDecimal(new BigInteger("1".repeat(64)), 60);
    assertThat(EngineBounds.decimal(sixtyFour, "d")).isSameAs(sixtyFour);
    BigDecimal sixtyFive = new BigDecimal(new BigInteger("1".repeat(65)), 60);
    CpomValidationException e = rejection(() -> EngineBounds.decimal(sixtyFive, "coef"));
    assertThat(e.field()).isEqualTo("coef");
    assertThat(e.value()).isEqualTo("a decimal of 65 digits, scale 60");
    assertThat(e.getMessage()).contains("more than 64 significant digits");
  }

  @Test
  void decimalOrderOfMagnitudeWithinTenToThePlusMinusForty() {
    assertThat(EngineBounds.decimal(new BigDecimal("1E+40"), "d")).isEqualByComparingTo("1E+40");
    assertThat(EngineBounds.decimal(new BigDecimal("1E-40"), "d")).isEqualByComparingTo("1E-40");
    BigDecimal big = new BigDecimal("9.9999E+40");
    assertThat(EngineBounds.decimal(big, "d")).isSameAs(big);
    CpomValidationException over = rejection(() -> EngineBounds.decimal(new BigDecimal("1E+41"), "d"));
    assertThat(over.value()).isEqualTo("1E+41");
    assertThat(over.getMessage()).contains("order of magnitude beyond 10^+-40");
    assertThat(rejection(() -> EngineBounds.decimal(new BigDecimal("1E-41"), "d")).value()).isEqualTo("1E-41");
    // 5 digits, scale -37: 1.2345E+41, order 41
    assertThat(rejection(() -> EngineBounds.decimal(new BigDecimal("1.2345E+41"), "d")).value())
        .isEqualTo("1.2345E+41");
  }

  @Test
  void decimalShowsUpToFortyDigitsAndCountsLongerOnes() {
    // 40 digits, order 41: shown whole
    BigDecimal forty = new BigDecimal(new BigInteger("1" + "2".repeat(39)), -2);
    assertThat(rejection(() -> EngineBounds.decimal(forty, "d")).value()).isEqualTo(forty.toString());
    // 41 digits, order 41: shown by its digit count
    BigDecimal fortyOne = new BigDecimal(new BigInteger("1" + "2".repeat(40)), -1);
    assertThat(rejection(() -> EngineBounds.decimal(fortyOne, "d")).value())
        .isEqualTo("a decimal of 41 digits, scale -1");
  }

  @Test
  void decimalOfBitLength336IsCountedAndLongerIsCutShort() {
    BigDecimal at = new BigDecimal(BigInteger.ONE.shiftLeft(335)); // bit length 336, 101 digits
    assertThat(rejection(() -> EngineBounds.decimal(at, "d")).value()).isEqualTo("a decimal of 101 digits, scale 0");
    BigDecimal over = new BigDecimal(BigInteger.ONE.shiftLeft(336)); // bit length 337
    assertThat(rejection(() -> EngineBounds.decimal(over, "d")).value()).isEqualTo("a decimal of over 64 digits, scale 0");
  }

  @Test
  void storedDecimalReturnsThePlainValue() {
    BigDecimal v = new BigDecimal("3.75");
    assertThat(EngineBounds.storedDecimal(v, "d")).isSameAs(v);
    assertThat(EngineBounds.storedDecimal(new BigDecimal("0.0"), "d")).isSameAs(BigDecimal.ZERO);
  }
}
