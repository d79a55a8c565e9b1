package org.cpom.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/**
 * FINESS format (cpom convention), on seeded random nine-character strings: exactly the numbers whose first
 * two characters are 01-95, 2A, 2B, 97 or 98, followed by seven digits, are accepted, and every accepted
 * number reads back equal from its own value.
 */
class FinessNumberPropertiesTest {
  private static final long SEED = 20251124L;
  private static final int CASES = 20_000;

  /** Characters drawn for the random strings: mostly ASCII digits, plus the near misses of the format. */
  private static final String DIGITS = "0123456789";
  private static final String NOISE = "AB2aCbZ -.\t\u0663\uFF11O";

  /** The format written out without a regular expression, to check the one in FinessNumber. */
  static boolean rulesOneFormat(String text) {
    String compact = text.replace(" ", "");
    if (compact.length() != 9) {
      return false;
    }
    for (int i = 2; i < 9; i++) {
      char c = compact.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    String prefix = compact.substring(0, 2);
    if (prefix.equals("2A") || prefix.equals("2B")) {
      return true;
    }
    char tens = prefix.charAt(0);
    char units = prefix.charAt(1);
    if (tens < '0' || tens > '9' || units < '0' || units > '9') {
      return false;
    }
    int departement = (tens - '0') * 10 + (units - '0');
    if (departement == 97) {
      // 97d or 970d, d from 1 to 8
      char d = compact.charAt(2) == '0' ? compact.charAt(3) : compact.charAt(2);
      return d >= '1' && d <= '8';
    }
    if (departement == 98) {
      return compact.charAt(2) >= '4';
    }
    return departement >= 1 && departement <= 95 && departement != 20;
  }

  private static String randomNineChars(SplittableRandom random) {
    StringBuilder sb = new StringBuilder(9);
    // One string in two is digits only after the prefix, so that both outcomes are frequent.
    boolean cleanTail = random.nextBoolean();
    for (int i = 0; i < 9; i++) {
      boolean noise = (i < 2 || !cleanTail) && random.nextInt(6) == 0;
      String pool = noise ? NOISE : DIGITS;
      sb.append(pool.charAt(random.nextInt(pool.length())));
    }
    return sb.toString();
  }

  private static void checkOne(String text, long seed, int index) {
    String where = "seed " + seed + ", case " + index + ": \"" + text + "\"";
    if (rulesOneFormat(text)) {
      FinessNumber finess = FinessNumber.of(text);
      assertThat(finess.value()).as(where).isEqualTo(text.replace(" ", ""));
      assertThat(FinessNumber.of(finess.value())).as(where).isEqualTo(finess).hasSameHashCodeAs(finess);
      assertThat(FinessNumber.of(finess.toString())).as(where).isEqualTo(finess);
      String v = finess.value();
      String expected = v.startsWith("970") ? "97" + v.charAt(3) : v.substring(0, v.startsWith("9") && v.charAt(1) >= '7' ? 3 : 2);
      assertThat(finess.departement().code()).as(where).isEqualTo(expected);
    } else {
      assertThatThrownBy(() -> FinessNumber.of(text))
          .as(where)
          .isInstanceOf(CpomValidationException.class)
          .hasMessageContaining("FINESS format");
    }
  }

  @Test
  void exactlyTheRulesOneFormatsAreAcceptedAndEachReadsBackEqual() {
    SplittableRandom random = new SplittableRandom(SEED);
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      String text = randomNineChars(random);
      checkOne(text, SEED, i);
      if (rulesOneFormat(text)) {
        accepted++;
      }
    }
    // Both sides of the rule are exercised, each in thousands of cases.
    assertThat(accepted).isBetween(CASES / 5, CASES - CASES / 5);
  }

  @Test
  void everyTwoCharacterPrefixIsJudgedByRulesOne() {
    // All 62 x 62 letter-and-digit prefixes before "1234567": 01-95 but 20 (94), 97 (as 971; 981 is no
    // collectivité), 2A and 2B pass.
    String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    int accepted = 0;
    for (int i = 0; i < chars.length(); i++) {
      for (int j = 0; j < chars.length(); j++) {
        String text = "" + chars.charAt(i) + chars.charAt(j) + "1234567";
        checkOne(text, 0, i * chars.length() + j);
        if (rulesOneFormat(text)) {
          accepted++;
        }
      }
    }
    assertThat(accepted).isEqualTo(94 + 1 + 2);
  }

  @Test
  void theOracleAgreesWithTheWorkedExamples() {
    assertThat(rulesOneFormat("690000011")).isTrue();
    assertThat(rulesOneFormat("2A0001234")).isTrue();
    assertThat(rulesOneFormat("974 000 123")).isTrue();
    assertThat(rulesOneFormat("960000001")).isFalse();
    assertThat(rulesOneFormat("200000001")).isFalse();
    assertThat(rulesOneFormat("970400001")).isTrue();
    assertThat(rulesOneFormat("970000001")).isFalse();
    assertThat(rulesOneFormat("984000001")).isTrue();
    assertThat(rulesOneFormat("980000001")).isFalse();
    assertThat(rulesOneFormat("990000001")).isFalse();
    assertThat(rulesOneFormat("000000001")).isFalse();
    assertThat(rulesOneFormat("2a0000001")).isFalse();
    assertThat(rulesOneFormat("69000001\u0663")).isFalse();
  }
}
