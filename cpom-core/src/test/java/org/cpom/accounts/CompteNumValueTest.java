package org.cpom.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cpom.CpomValidationException;
import org.junit.jupiter.api.Test;

/** CompteNum as a value: its bound, its three leading digits, equality and hash. */
class CompteNumValueTest {
  @Test
  void exactlyFortyCharactersAndOneMore() {
    String forty = "4".repeat(40);
    assertThat(CompteNum.of(forty).number()).isEqualTo(forty);
    assertThat(CompteNum.problem(forty)).isNull();
    assertThat(CompteNum.problem(forty + "1")).isEqualTo("longer than 40 characters");
    assertThatThrownBy(() -> CompteNum.of(forty + "1"))
        .isInstanceOf(CpomValidationException.class)
        .hasMessageContaining("longer than 40 characters");
  }

  @Test
  void threeDigitsAtTheEdges() {
    assertThat(CompteNum.of("41").startsWithThreeDigits()).isFalse();
    assertThat(CompteNum.of("411").startsWithThreeDigits()).isTrue();
    assertThat(CompteNum.of("012").startsWithThreeDigits()).isTrue();
    assertThat(CompteNum.of("999").startsWithThreeDigits()).isTrue();
    assertThat(CompteNum.of("/11").startsWithThreeDigits()).isFalse();
    assertThat(CompteNum.of(":11").startsWithThreeDigits()).isFalse();
    assertThat(CompteNum.of("41A").startsWithThreeDigits()).isFalse();
  }

  @Test
  void equalityAndHash() {
    CompteNum a = CompteNum.of("411");
    assertThat(a).isEqualTo(CompteNum.of("411"));
    assertThat(a).isNotEqualTo(CompteNum.of("401"));
    assertThat(a).isNotEqualTo("411");
    assertThat(a.hashCode()).isEqualTo(CompteNum.of("411").hashCode());
    assertThat(a.hashCode()).isNotEqualTo(CompteNum.of("401").hashCode());
    assertThat(a.toString()).isEqualTo("411");
  }
}
