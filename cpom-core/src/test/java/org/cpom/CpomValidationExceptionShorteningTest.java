package org.cpom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rejected value is kept up to 200 characters, and cut there without splitting a surrogate pair. */
class CpomValidationExceptionShorteningTest {
  private static String valueOf(String text) {
    return new CpomValidationException("f", text, LegalBasis.given("r"), "p").value();
  }

  @Test
  void twoHundredCharactersAreKeptWhole() {
    String text = "a".repeat(200);
    assertThat(valueOf(text)).isEqualTo(text);
  }

  @Test
  void twoHundredAndOneAreCutAtTwoHundred() {
    assertThat(valueOf("a".repeat(201))).isEqualTo("a".repeat(200) + "... (201 chars)");
  }

  @Test
  void aSurrogatePairAcrossTheCutIsLeftOutWhole() {
    // 199 letters, then U+1F600 as a pair at indexes 199 and 200, then 10 letters: 211 chars
    String text = "a".repeat(199) + "\uD83D\uDE00" + "b".repeat(10);
    assertThat(valueOf(text)).isEqualTo("a".repeat(199) + "... (211 chars)");
  }
}
