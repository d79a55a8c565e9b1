package org.cpom.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day counts' year fractions, hand-counted. */
class DayCountTest {
  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /**
   * 30/360: a start on the 31st counts as the 30th; an end on the 31st counts as the 30th only when the start is on
   * the 30th or 31st. 15 to 31 January: 31 − 15 = 16 days; 30 January to 31 March: 2 × 30 + 30 − 30 = 60; 31 January
   * to 31 March: 60 too; 31 January to 28 February: 30 + 28 − 30 = 28; over a year end, 20 December to 5 January:
   * 360 − 11 × 30 + 5 − 20 = 15.
   */
  @Test
  void thirty360() {
    DayCount t = DayCount.THIRTY_360;
    assertThat(t.days(d(2025, 1, 15), d(2025, 1, 31))).isEqualTo(16);
    assertThat(t.days(d(2025, 1, 30), d(2025, 3, 31))).isEqualTo(60);
    assertThat(t.days(d(2025, 1, 31), d(2025, 3, 31))).isEqualTo(60);
    assertThat(t.days(d(2025, 1, 31), d(2025, 2, 28))).isEqualTo(28);
    assertThat(t.days(d(2024, 12, 20), d(2025, 1, 5))).isEqualTo(15);
    assertThat(t.numerator(d(2025, 1, 15), d(2025, 1, 31))).isEqualTo(16);
    assertThat(t.denominator()).isEqualTo(360);
  }

  @Test
  void actualDaysOverAFixedYear() {
    assertThat(DayCount.ACT_365_FIXED.numerator(d(2025, 1, 15), d(2025, 1, 31))).isEqualTo(16);
    assertThat(DayCount.ACT_360.numerator(d(2025, 1, 30), d(2025, 3, 31))).isEqualTo(60);
    assertThat(DayCount.ACT_365_FIXED.denominator()).isEqualTo(365);
    assertThat(DayCount.ACT_360.denominator()).isEqualTo(360);
  }

  /**
   * ACT/ACT ISDA over 366 × 365 = 133,590: 12 days of 2024 and 4 of 2025 are 12 × 365 + 4 × 366 = 5,844, that is
   * 12/366 + 4/365; 12 days of 2023 and 4 of 2024 are 12 × 366 + 4 × 365 = 5,852; a whole common year 365 × 366 =
   * 133,590, one year; the same day, zero.
   */
  @Test
  void actActIsda() {
    DayCount a = DayCount.ACT_ACT_ISDA;
    assertThat(a.denominator()).isEqualTo(133_590);
    assertThat(a.numerator(d(2024, 12, 20), d(2025, 1, 5))).isEqualTo(5_844);
    assertThat(a.numerator(d(2023, 12, 20), d(2024, 1, 5))).isEqualTo(5_852);
    assertThat(a.numerator(d(2025, 1, 1), d(2026, 1, 1))).isEqualTo(133_590);
    assertThat(a.numerator(d(2024, 1, 1), d(2025, 1, 1))).isEqualTo(133_590);
    assertThat(a.numerator(d(2025, 3, 20), d(2025, 3, 20))).isZero();
    assertThat(a.numerator(d(2024, 12, 31), d(2025, 1, 1))).isEqualTo(365);
  }
}
