package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A FEC header name folded: letters and digits kept up to each end of their ranges, the rest dropped. */
class FecHeaderFoldTest {
  @Test
  void theEndsOfEachRangeAreKept() {
    assertThat(FecParser.fold("az09")).isEqualTo("az09");
    assertThat(FecParser.fold("AZ")).isEqualTo("az");
  }

  @Test
  void theCharactersJustOutsideAreDropped() {
    // '`' precedes 'a', '{' follows 'z', '/' precedes '0', ':' follows '9'
    assertThat(FecParser.fold("`{/:")).isEmpty();
    assertThat(FecParser.fold("Ecriture_Num")).isEqualTo("ecriturenum");
  }

  @Test
  void accentsOnEAreFolded() {
    assertThat(FecParser.fold("ÉèÊë")).isEqualTo("eeee");
    assertThat(FecParser.fold("Écriture Lib")).isEqualTo("ecriturelib");
  }
}
