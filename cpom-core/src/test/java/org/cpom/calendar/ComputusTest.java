package org.cpom.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ComputusTest {

  @ParameterizedTest(name = "Easter {0} = {1}")
  @CsvSource({
    "1583, 1583-04-10", // first supported year
    "1818, 1818-03-22", // earliest possible date
    "1886, 1886-04-25", // latest possible date
    "1943, 1943-04-25",
    "2000, 2000-04-23",
    "2008, 2008-03-23",
    "2011, 2011-04-24",
    "2019, 2019-04-21",
    "2024, 2024-03-31",
    "2025, 2025-04-20",
    "2026, 2026-04-05",
    "2038, 2038-04-25",
    "2285, 2285-03-22",
    "9999, 9999-03-28" // last supported year
  })
  void knownEasterSundays(int year, LocalDate easter) {
    assertThat(Computus.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void agreesWithLichtenbergsFormOfGausssAlgorithmForEverySupportedYear() {
    for (int y = SupportedYears.MIN; y <= SupportedYears.MAX; y++) {
      LocalDate easter = Computus.easterSunday(y);
      assertThat(easter).as("year %d", y).isEqualTo(lichtenberg(y));
      assertThat(easter.getDayOfWeek()).as("year %d", y).isEqualTo(DayOfWeek.SUNDAY);
      MonthDay md = MonthDay.from(easter);
      assertThat(md).as("year %d", y).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
    }
  }

  /** An independent oracle: Gauss's Easter formula with Lichtenberg's corrections (1997). */
  private static LocalDate lichtenberg(int x) {
    int k = x / 100;
    int m = 15 + (3 * k + 3) / 4 - (8 * k + 13) / 25;
    int s = 2 - (3 * k + 3) / 4;
    int a = x % 19;
    int d = (19 * a + m) % 30;
    int r = (d + a / 11) / 29;
    int og = 21 + d - r; // paschal full moon, as a day of March
    int sz = 7 - (x + x / 4 + s) % 7; // first Sunday of March
    int oe = 7 - (og - sz) % 7;
    return LocalDate.of(x, 3, 1).plusDays(og + oe - 1L);
  }
}
